"""Travel-clinic app "Rendzo Rihanyo" (riendzo: journey, rihanyo: health; a Tzaneen travel clinic:
vaccines, malaria prophylaxis and certificates before trips; her own health data: she has asthma
and takes the family to Maputo and Inhambane in the rainy season; its API's keys are Xitsonga:
``vito``/``xivongo`` names, ``imeyili``, ``riqingho``, ``xihundla`` password, ``siku_ro_velekiwa``
birth date, ``rimbewu`` sex, ``pasipoto`` passport, ``nomboro_ya_id`` ID number, ``fayili`` file
number, ``riendzo`` trip, ``tiko_ra_ku_ya`` destination country, ``madoropa`` towns,
``vuvabyi_lebyi_nga_heriki`` chronic illness, ``mirhi`` medicines, ``ku_tshwa`` allergy,
``ku_tika`` pregnancy, ``ku_dzaha`` smoking, ``ntlhavelo`` vaccine, ``xitifiketi`` certificate,
``malariya`` malaria, ``murhi`` medicine, ``ku_teka`` taken, ``swikombiso`` symptoms, ``vuhisa``
temperature, ``vanhu`` companions, ``ntiko`` weight, ``xikhwama`` kit, ``ntsengo`` amount,
``hakelo`` payment, ``rungula`` message, ``lava`` search): sign-up with her passport and ID, an
OAuth password grant, ``/mina``, the trip, the health questionnaire (gzip), vaccines, an
appointment, the clinic check-in with her fix, the payment, the certificate by file number in the
path, a certificate QR (base64 JSON in a form field), a passport scan, the malaria prescription, a
protobuf pill diary, a post-trip fever report, a message to the nurse, a search, the companions
(her daughter's weight for the dose), a msgpack kit order, records by cookie, push, events, a
log-out. No earlier set has a travel-clinic app (a docstring grep for "travel clinic",
"travel-clinic" and "yellow fever" found nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families187_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DAUGHTER,
    DID,
    FILE,
    FIT,
    GENDER,
    HOME_AT,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NID,
    PASSPORT,
    PAY,
    PRECISE,
    SA_ID,
    SEARCH,
    TEL,
    TEXT,
    TRAVEL,
    TRAVEL_FIX,
    UID,
    USAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families187_sdk import (
    bn_bid,
    lz_event,
    lz_launch,
    nm_batch,
    nm_identify,
)
from eval_families187_svc import ft_eval, hp_message, mn_route, ph_card, ph_confirm, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("rendzo", "Rendzo Rihanyo", "com.example.rendzo", "4.1.0",
          "https://api.rendzo.example.com")
IID = "X-Rendzo-Install"
PW = "Inhambane*Sun26"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def rendzo() -> list[Case]:
    rng = random.Random(18761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), fayili=L(FILE, MED)))}
    tla, tlo = fix(TRAVEL_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE, MED)), (2, 1767600000),
                (3, [(1, L("atovaquone-proguanil", MED)), (2, L(True, MED))]), (4, "4.1.0")],
               "", lab)
    cert = at_path(case(f, f"{a}/v1/xitifiketi/{FILE}", headers=_h(rng, **b)), FILE, MED)
    return [
        case(f, f"{a}/v1/vavabyi", headers=_h(rng), body={
            "vito": L(FIRST, NAMEC), "xivongo": L(LAST, NAMEC), "imeyili": L(EMAIL, MAIL),
            "riqingho": L(E164, TEL), "xihundla": L(PW, CRED), "siku_ro_velekiwa": L(DOB, BIRTH),
            "rimbewu": L("wansati", GENDER), "pasipoto": L(PASSPORT, NID),
            "nomboro_ya_id": L(SA_ID, NID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "rendzo-android"}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/riendzo", headers=_h(rng, **b), body={
            "fayili": L(FILE, MED), "tiko_ra_ku_ya": L("MZ", COARSE),
            "madoropa": [L("Maputo", COARSE), L("Inhambane", COARSE)],
            "siku_ro_suka": "2026-02-10", "siku_ro_vuya": "2026-02-24",
            "xivangelo": "ku_endzela_ndyangu", "riendzo_id": obj(rng, "tr")}),
        case(f, f"{a}/v1/xivutiso_xa_rihanyo", gz=True, headers=_h(rng, **b), body={
            "fayili": L(FILE, MED), "vuvabyi_lebyi_nga_heriki": [L("asthma", MED)],
            "mirhi": [L("budesonide inhaler 200 mcg", MED), L("salbutamol", MED)],
            "ku_tshwa": [L("sulfonamides", MED)], "ku_tika": L(False, MED),
            "ku_dzaha": L(False, MED), "ntlhavelo_wa_khale": L("Hepatitis A 2019", MED)}),
        case(f, f"{a}/v1/mintlhavelo", headers=_h(rng, **b), query={
            "fayili": L(FILE, MED), "tiko": L("MZ", COARSE)}),
        case(f, f"{a}/v1/nkarhi", fmt="form", headers=_h(rng, **b), body={
            "fayili": L(FILE, MED), "slot": obj(rng, "sl"), "kliniki": TRAVEL["id"],
            "xivangelo": L("ntlhavelo wa typhoid na mirhi ya malariya", MED)}),
        case(f, f"{a}/v1/ku_fika", headers=_h(rng, **b), body={
            "nkarhi": obj(rng, "ap"), "ndhawu": {"lat": tla, "lng": tlo},
            "kliniki": {"id": TRAVEL["id"], "vito": TRAVEL["name"], "lat": TRAVEL["lat"],
                        "lng": TRAVEL["lon"], "riqingho": TRAVEL["phone"]}}),
        case(f, f"{a}/v1/hakelo", fmt="form", headers=_h(rng, **b), body={
            "ntsengo": L("780.00", BUY), "mali": "ZAR", "metodi": L(opaque(rng, "pm_", 24), PAY),
            "makhadi_4": L("4444", PAY), "risiti": L(obj(rng, "rc"), BUY)}),
        cert,
        case(f, f"{a}/v1/xitifiketi/qr", fmt="form", headers=_h(rng, **b), body={
            "data": W({"pasipoto": L(PASSPORT, NID), "vito": L(f"{FIRST} {LAST}", NAMEC),
                       "ntlhavelo": L("Typhoid Vi", MED), "siku": "2026-01-20"}, "b64json"),
            "v": "1"}),
        multipart(f, f"{a}/v1/pasipoto", [
            ("xifaniso", "pasipoto.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"pasipoto": L(PASSPORT, NID), "tluka": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/malariya/mirhi", headers=_h(rng, **b), body={
            "fayili": L(FILE, MED), "murhi": L("atovaquone-proguanil 250/100 mg", MED),
            "nhlayo": L(22, MED), "siku_ro_sungula": "2026-02-09"}),
        raw(f, f"{a}/v1/mirhi/ku_teka", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/swikombiso", headers=_h(rng, **b), body={
            "fayili": L(FILE, MED), "vuhisa": L(38.9, MED),
            "swikombiso": L("Ndzi na fivhara ni ku vava ka nhloko endzhaku ka ku vuya eMaputo",
                            f"{TEXT}|{MED}"),
            "ndhawu": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                       "lng": L(round(HOME_AT[1], 3), PRECISE)}}),
        case(f, f"{a}/v1/rungula", headers=_h(rng, **b), body={
            "eka": "muongori_travel", "fayili": L(FILE, MED),
            "rungula": L("Xana ndzi nga teka mirhi ya malariya na inhaler ya mina?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/lava", headers=_h(rng, **b), query={
            "lava": L("malariya eInhambane hi February", SEARCH)}),
        case(f, f"{a}/v1/riendzo/vanhu", headers=_h(rng, **b), body={
            "vanhu": [{"vito": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                       "siku_ro_velekiwa": L(DAUGHTER["dob"], BIRTH),
                       "ntiko_kg": L(15.8, FIT)},
                      {"vito": L(HUSBAND["name"], NAMEC), "riqingho": L(HUSBAND["phone"], TEL)}],
            "fayili": L(FILE, MED)}),
        case(f, f"{a}/v1/riendzo/xikhwama", fmt="msgpack", headers=_h(rng, **b), body={
            "swilo": [{"sku": "net-ltn-1", "nhlayo": 2, "ntsengo": 189},
                      {"sku": "deet-30", "nhlayo": 1, "ntsengo": 95}],
            "ntsengo": L(473, BUY), "odara": L(obj(rng, "od"), BUY)}),
        case(f, f"{a}/v1/rhekhodo", headers=_h(rng, how="none"), cookies={
            "rz_sesheni": L(opaque(rng, "", 40), CRED), "rz_xitirhisiwa": L(INSTALL_ID, DID),
            "rz_fayili": L(FILE, MED)}),
        case(f, f"{a}/v1/xitirhisiwa", headers=_h(rng, **b), body=push(push_token(rng), "en_ZA")),
        case(f, f"{a}/v1/swiendlakalo", headers=_h(rng, **b), body={
            "mutirhisi": L(USER_ID, UID), "sesheni": rid(rng), "swiendlakalo": [
                ev("riendzo_ri_engeteriwile", 1),
                ev("xikirini", 2, xikirini=L("Xitifiketi", USAGE))]}),
        case(f, f"{a}/v1/huma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "xitirhisiwa": L(INSTALL_ID, DID)}),
    ]


def rendzo_sdks() -> list[Case]:
    rng = random.Random(18762)
    return [
        nm_batch(APP, rng, [("Trip Added", {"country": L("MZ", COARSE)}),
                            ("Vaccine Booked", {"amount": L(780, BUY)})],
                 at=TRAVEL_FIX, nd=2, adid=True),
        nm_identify(APP, rng, {"asthma": L(True, MED), "trips": 2,
                               "city": L("Giyani", COARSE)}),
        lz_launch(APP, rng, first=True),
        lz_event(APP, rng, "booking", {"fayili": L(FILE, MED)}, revenue=780.0, hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="travel,mozambique,malaria"),
        ft_eval(APP, rng, {"clinic": TRAVEL["id"], "destination": L("MZ", COARSE)}),
        pr_register(APP, rng, tags={"riendzo": L("Maputo", COARSE)}, at=HOME_AT, nd=2),
        ph_card(APP, rng, email=True),
        ph_confirm(APP, rng, "780.00"),
        mn_route(APP, rng, [(HOME_AT, PRECISE), ((TRAVEL["lat"], TRAVEL["lon"]), None)]),
        hp_message(APP, rng, L("Xitifiketi xa mina xa ntlhavelo a xi si fika",
                               f"{TEXT}|{MED}"), {"fayili": L(FILE, MED)}),
    ]
