"""The family farm's horse-herd app "Sylgy Uore" (sylgy uore, "horse herd": her husband's peasant
farm in Ulakhan-An keeps 46 Yakut horses that graze free all winter with GPS collars; her
mother-in-law lives there, she runs the app: foals, haymaking, meat and kymys sales, a
subsidy). Keys Sakha with some Russian and English: ``sylgy`` horses, ``uor`` herd, ``biye``
mare, ``ubaha`` foal, ``kollar`` collar, ``khahaayyn`` owner (the farm's head), ``chilien``
member, ``kergen_yal`` household, ``omuk`` nationality (ethnic group), ``otuu`` haymaking,
``khoduha`` hay meadow (``kyraha`` boundary, ``gektar`` hectares, ``tonna``), ``et`` meat,
``kymys`` fermented mare's milk, ``litr``, ``atyy`` sale, ``atyylahaachy`` buyer, ``tierdii``
delivery, ``subsidiya``, ``veterinaar``, ``ongo`` colour, ``ebe`` grandmother, and the shared
``aata``, ``familiyata``, ``telefon``, ``kistelen_tyl``, ``toroobut_kun``, ``nehilieke``
village, ``ulus``, ``aadyrys``, ``snils``, ``inn``, ``schet``, ``sir``, ``suuma``, ``suruk``,
``kordoo``, ``teril``, ``tugennar``, ``min``. Earlier horse apps differ: set 117's kymyz
subscription delivers bottles to a flat, set 169's stud book registers a pedigree mare, sets 77
and 81 are riding tours and betting; this is a free-ranging herd's collar map and the farm's
sales. Calls: registration (the farm's head), a log-in, ``/min``, the household with ethnic
group, collar positions (negatives), a foal registered with her fix, a protobuf collar batch, the
hay meadow's corners, meat sold to a neighbour, a kymys order delivered to their flat (msgpack),
the receipt by sale number in the path, the subsidy (gzip), a vet visit (a horse's illness: a
negative), a herd photo, a family message, a search, the village house's Wi-Fi for the collar
base, preferences by a base64 JSON cookie, documents by member number in the path, an offline
sync (JSON Lines), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families196_kit import (
    HUSBAND,
    HUSBAND_INN,
    HUSBAND_SNILS,
    MOTHER_IL,
    RU_ACCOUNT,
    SNILS,
    VILLAGE,
    VILLAGE_AT,
    YK_HOME,
    fix,
    hd,
    push,
)
from eval_families196_sdk import am_batch, am_identify, am_pixel, ts_event, ts_launch
from eval_families196_svc import ck_wallet, fs_eval, hk_message, mo_geocode, pb_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("sylgy", "Sylgy Uore", "com.example.sylgyuore", "1.2.5",
          "https://api.sylgyuore.example.com")
IID = "X-Sylgy-Teril"
PW = "Ubaha2026*Lena"
NID = "personal.national_id"
MEMBER = "KFKh-NK-0046-2"  # her membership in the family farm (id.user)
SALE = "ET-2026-0118"  # the meat sale (financial.purchase)
MEADOW = [(61.401822, 128.929410), (61.402710, 128.941125), (61.398533, 128.942206),
          (61.397914, 128.930034)]  # the family's hay meadow (hers: precise, as set 151's vineyard)
NEIGHBOUR = ("Semyon Gotovtsev", "+79244410327")  # the meat buyer, typed by her
HOUSE_WIFI = ("Ebe-Dyie", "c8:3a:35:4e:10:92")  # the village house's router (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sah=True, **kw)


def sylgy() -> list[Case]:
    rng = random.Random(19631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chilien=L(MEMBER, UID)))}
    vla, vlo = fix(VILLAGE_AT)
    lab: dict[str, str] = {}
    collars = pb([(1, L(MEMBER, UID)), (2, "uor_01"),
                  (3, [(1, "kl_2291"), (2, 61.43817), (3, 128.98702), (4, 71)]),
                  (3, [(1, "kl_2304"), (2, 61.44102), (3, 128.99415), (4, 64)]),
                  (4, 1768100000)], "", lab)
    docs = at_path(case(f, f"{a}/api/chilien/{MEMBER}/dokumuonnar", headers=_h(rng, **b)),
                   MEMBER, UID)
    receipt = at_path(case(f, f"{a}/api/atyy/{SALE}/chek", headers=_h(rng, **b)), SALE, BUY)
    return [
        case(f, f"{a}/api/suruttaryy", headers=_h(rng), body={
            "aata": L(FIRST, NAMEC), "familiyata": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kistelen_tyl": L(PW, CRED), "toroobut_kun": L(DOB, BIRTH),
            "nehilieke": L(VILLAGE["nasleg"], COARSE), "ulus": L(VILLAGE["ulus"], COARSE),
            "chilien": L(MEMBER, UID),
            "khahaayyn": {"aata": L(HUSBAND[0], NAMEC), "inn": L(HUSBAND_INN, NID),
                          "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/kiir", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kistelen_tyl": L(PW, CRED)}),
        case(f, f"{a}/api/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kergen_yal", headers=_h(rng, **b), body={
            "chilien": L(MEMBER, UID), "kihiler": [
                {"aata": L(HUSBAND[0], NAMEC), "snils": L(HUSBAND_SNILS, NID),
                 "omuk": L("sakha", SENS)},
                {"aata": L(MOTHER_IL[0], NAMEC), "toroobut_kun": L("1956-08-02", BIRTH),
                 "omuk": L("sakha", SENS), "telefon": L(MOTHER_IL[1], TEL)}]}),
        case(f, f"{a}/api/uor/kollar", headers=_h(rng, **b), query={
            "uor": "uor_01", "chaas": "24"}),
        case(f, f"{a}/api/ubaha", headers=_h(rng, **b), body={
            "biye": "by_kugas_07", "ubaha": {"ongo": "kugas", "toroobut_kun": "2026-05-11",
                                              "er_dakhtar": "atyyr"},
            "sir": {"lat": vla, "lon": vlo}, "chilien": L(MEMBER, UID)}),
        raw(f, f"{a}/api/uor/kollar/batch", collars, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/otuu", headers=_h(rng, **b), body={
            "khoduha": "kh_ulakhan", "gektar": 12.5, "tonna": 31,
            "kyraha": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in MEADOW]}),
        case(f, f"{a}/api/et/atyy", headers=_h(rng, **b), body={
            "atyy": L(SALE, BUY), "kg": 84, "syana_kg": 900, "suuma": L(75600, BUY),
            "atyylahaachy": {"aata": L(NEIGHBOUR[0], NAMEC), "telefon": L(NEIGHBOUR[1], TEL)}}),
        case(f, f"{a}/api/kymys/sakaas", fmt="msgpack", headers=_h(rng, **b), body={
            "litr": 6, "suuma": L(3600, BUY), "sakaas": L("KM-20418", BUY),
            "tierdii": {"aadyrys": L(YK_HOME["line"], ADDR), "kuorat": L("Yakutsk", COARSE)},
            "kem": "2026-06-21"}),
        receipt,
        case(f, f"{a}/api/subsidiya", gz=True, headers=_h(rng, **b), body={
            "khahaayyn_inn": L(HUSBAND_INN, NID), "snils": L(SNILS, NID),
            "schet": L(RU_ACCOUNT, PAY), "sylgy_akhsaana": 46, "biye_akhsaana": 21,
            "programma": "konevodstvo-2026"}),
        case(f, f"{a}/api/veterinaar", headers=_h(rng, **b), body={
            "biye": "by_kugas_07", "diagnoz": "mytyt", "emp": "ivermektin",
            "suruk": L("Biye atakhtara itiiliir, kuorakka byraaska kordorobun", TEXT)}),
        multipart(f, f"{a}/api/khartyyna", [
            ("khartyyna", "uor.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "uor": "uor_01", "sanaa": L("Kyhyngy uor alaaska", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/suruk", headers=_h(rng, **b), body={
            "chat": "kergen_yal",
            "suruk": L("Ebe, ubahalar chekhchiyelleri duo? Subbuota kelebit", TEXT)}),
        case(f, f"{a}/api/kordoo", headers=_h(rng, **b), query={
            "kordoo": L("ot syanata Pokrovsk", SEARCH)}),
        case(f, f"{a}/api/kollar/baza/wifi", headers=_h(rng, **b), body={
            "ssid": L(HOUSE_WIFI[0], WIFI), "bssid": L(HOUSE_WIFI[1], WIFI),
            "ip": L("192.168.0.14", DEV), "baza": "bs_0091"}),
        case(f, f"{a}/api/karta", headers=_h(rng, **b), cookies={
            "sy_sesiya": L(opaque(rng, "", 40), CRED),
            "sy_prefs": W({"chilien": L(MEMBER, UID), "tyl": L("sah", DEV), "kl": 1},
                          "b64json")}),
        docs,
        lines(f, f"{a}/api/sync", [
            {"op": "akhsaan", "uor": "uor_01", "sylgy": 46, "by": L(MEMBER, UID)},
            {"op": "atyy", "atyy": L(SALE, BUY), "suuma": L(75600, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/teril", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tugennar", headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID), "tugennar": [
                ev("ubaha_suruttarda", 1), ev("ekraan", 2, ekraan=L("KollarKarta", USAGE))]}),
    ]


def sylgy_sdks() -> list[Case]:
    rng = random.Random(19632)
    return [
        am_batch(APP, rng, [("Foal Registered", {"herd": "uor_01"}),
                            ("Meat Sold", {"total": L(75600, BUY)})], at=VILLAGE_AT, nd=2),
        am_identify(APP, rng, {"nehilieke": L(VILLAGE["name"], COARSE),
                               "chilien": L(MEMBER, UID), "sylgy": 46}),
        am_pixel(APP, rng, "Collar Map Opened", {"herd": "uor_01"}),
        ts_launch(APP, rng, user=True),
        ts_event(APP, rng, "sale", {"atyy": L(SALE, BUY)}, revenue=75600.0),
        fs_eval(APP, rng, {"ulus": L(VILLAGE["ulus"], COARSE), "role": "member"}),
        pb_register(APP, rng, lang="sah", at=VILLAGE_AT, nd=2,
                    tags={"ulus": L(VILLAGE["ulus"], COARSE)}),
        ck_wallet(APP, rng, "75600", L(E164, TEL)),
        mo_geocode(APP, rng, "Pokrovsk et rynoga", SEARCH, near=VILLAGE_AT, nd=3),
        hk_message(APP, rng, L(f"Atyy {SALE} chegin ylbatym", f"{TEXT}|{BUY}"),
                   {"chilien": L(MEMBER, UID)}),
    ]
