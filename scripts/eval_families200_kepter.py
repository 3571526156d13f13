"""A pigeon fanciers' club app "Kepterwaz" (the Zhetysu union's: the family loft of tumbler and
high-flyer pigeons in her parents-in-law's yard in Zharkent, registered in her name since her
father-in-law's eyesight failed; she runs it from Almaty with her husband's cousin feeding the
birds). Uyghur keys in Latin letters: ``kepter`` pigeon, ``kepterxana`` loft,
``kepterxana_nomuri`` loft number, ``halqa`` ring, ``tur`` breed, ``rengi`` colour,
``korgezme`` show, ``musabiqe`` contest, ``yoqalghan`` lost, ``yem`` feed, ``waksina`` vaccine,
``burunqi_igisi`` previous owner, ``satquchi`` seller, ``baha`` price, ``buyrutma`` order,
``yetkuzush_adresi`` delivery address, ``ezaliq_heqqi`` dues, ``alaqe_telefoni`` contact phone,
``wilayet`` region, ``pochta_indeksi`` post code, ``kamera`` camera, ``ichki_ip`` LAN address,
with the set's shared words (``isim``, ``familiye``, ``elxet``, ``yanfon``, ``adres``,
``sheher``, ``nahiye``, ``kenglik``/``uzunluq``, ``summa``, ``uchur``, ``izdesh``). Calls:
sign-up with the loft, an OAuth password grant, ``/men``, the birds registered, shows in her
region, a show entry, its fee, a pair bought from another fancier, a lost-bird alert from the
yard, a photo of a bird, a protobuf training-toss beat, a feed order (msgpack), vaccinations,
dues by cookie, dues paid, a search, a message, the loft's birds by loft number in the path,
the loft camera joining the in-laws' Wi-Fi, push, events and a log-out. No earlier set has a
pigeon app (a docstring grep for "pigeon" found nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, others, rid
from eval_families200_kit import (
    COUSIN,
    HOME_AT,
    LOFT,
    PIGEON_CLUB,
    RINGS,
    YARD_AT,
    ZHARKENT,
    fix,
    hd,
    push,
)
from eval_families200_sdk import (
    bs_bid,
    bs_notice,
    cm_session,
    mr_batch,
    mr_queue,
    td_launch,
    td_link,
)
from eval_families200_svc import cy_wallet, fd_eval, ma_reverse, ma_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kepterwaz", "Kepterwaz", "com.example.kepterwaz", "1.9.0",
          "https://api.kepterwaz.example.net")
IID = "X-Kepter-Device"
PW = "Kepter#Zharkent7"
YARD_SSID, YARD_BSSID = "Sabitovlar_Hoyla", "e8:48:b8:3c:71:a4"  # the in-laws' home Wi-Fi
RELEASE_AT = (44.10420, 80.21977)  # the club's toss point on the Khorgos road (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kepterwaz() -> list[Case]:
    rng = random.Random(20021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kepterxana=L(LOFT, UID), yanfon=L(E164, TEL)))}
    yla, ylo = fix(YARD_AT, 5)
    seller = others(rng, 1, "kpw_")[0]
    lab: dict[str, str] = {}
    toss = pb([(1, L(LOFT, UID)), (2, RINGS[0]), (3, 1765620000),
               (4, [(1, RELEASE_AT[0]), (2, RELEASE_AT[1])]),
               (5, [(1, L(YARD_AT[0], PRECISE)), (2, L(YARD_AT[1], PRECISE)), (3, 14.0)]),
               (6, L(51, DEV))], "", lab)
    birds = at_path(case(f, f"{a}/v2/kepterxanilar/{LOFT}/kepterler", headers=_h(rng, **b)),
                    LOFT, UID)
    return [
        case(f, f"{a}/v2/tizimlitish", headers=_h(rng), body={
            "isim": L(FIRST, NAMEC), "familiye": L(LAST, NAMEC), "elxet": L(EMAIL_MIXED, MAIL),
            "yanfon": L(E164, TEL), "mexpiy_nomur": L(PW, CRED),
            "kepterxana": {"kepterxana_nomuri": L(LOFT, UID),
                           "adres": L(ZHARKENT["line"], ADDR),
                           "sheher": L(ZHARKENT["town"], COARSE),
                           "nahiye": L(ZHARKENT["district"], COARSE),
                           "wilayet": L(ZHARKENT["region"], COARSE),
                           "pochta_indeksi": L(ZHARKENT["post"], COARSE),
                           "kenglik": L(YARD_AT[0], PRECISE), "uzunluq": L(YARD_AT[1], PRECISE)},
            "burunqi_igisi": L("Abdukerim Sabitov", NAMEC), "klub": PIGEON_CLUB["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kepterwaz-android"}),
        case(f, f"{a}/v2/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kepterler", headers=_h(rng, **b), body={
            "kepterxana_nomuri": L(LOFT, UID), "kepterler": [
                {"halqa": RINGS[0], "tur": "Qumru", "rengi": "aq", "jinsi": "erkek",
                 "tughulghan_yili": 2025},
                {"halqa": RINGS[1], "tur": "Qumru", "rengi": "qizil", "jinsi": "chishi",
                 "tughulghan_yili": 2025},
                {"halqa": RINGS[2], "tur": "Tashkent_chiliki", "rengi": "ala", "jinsi": "erkek",
                 "tughulghan_yili": 2024}]}),
        case(f, f"{a}/v2/korgezmiler", headers=_h(rng, **b), query={
            "wilayet": L(ZHARKENT["region"], COARSE), "yil": "2026"}),
        case(f, f"{a}/v2/korgezme/qatnishish", headers=_h(rng, **b), body={
            "korgezme": "kg_2026_02_zhk", "halqilar": [RINGS[0], RINGS[1]],
            "kepterxana_nomuri": L(LOFT, UID), "heq": L(6000, BUY),
            "ekilidighan": {"isim": L(COUSIN[0], NAMEC), "yanfon": L(COUSIN[1], TEL)}}),
        case(f, f"{a}/v2/tolem", fmt="form", headers=_h(rng, **b), body={
            "maqsat": "korgezme", "summa": L("6000", BUY), "pul_birliki": "KZT",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_axirqi_4": L("4444", PAY)}),
        case(f, f"{a}/v2/sodiga", headers=_h(rng, **b), body={
            "satquchi": seller, "jup": ["KZ-2025-ALM-11802", "KZ-2025-ALM-11803"],
            "baha": L(45000, BUY), "buyrutma": L("KPB-25-0417", BUY),
            "yetkuzush_adresi": L(ZHARKENT["line"], ADDR),
            "sheher": L(ZHARKENT["town"], COARSE)}),
        case(f, f"{a}/v2/yoqalghan", headers=_h(rng, **b), body={
            "halqa": RINGS[2], "kun": "2026-01-09",
            "axirqi_korulgen": {"kenglik": yla, "uzunluq": ylo},
            "alaqe_telefoni": L(E164, TEL),
            "uchur": L("Ala chilik yoqaldi, tapqan kishi Zharkent Dostyk kochisigha ekelsun",
                       TEXT)}),
        multipart(f, f"{a}/v2/kepterler/resim", [
            ("resim", "qumru_aq.jpg", "image/jpeg", L(JPEG + b"\x15", MEDIA)),
            ("meta", None, "application/json", {"halqa": RINGS[0],
                                                "kepterxana_nomuri": L(LOFT, UID)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/uchush/pulsi", toss, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/yem", fmt="msgpack", headers=_h(rng, **b), body={
            "mallar": [{"mal": "bughday_25kg", "sani": 2, "baha": 9000},
                       {"mal": "vitamin_kepter", "sani": 1, "baha": 3500}],
            "summa": L(21500, BUY), "yetkuzush_adresi": L(ZHARKENT["line"], ADDR),
            "qobul_qilghuchi": L(COUSIN[1], TEL)}),
        case(f, f"{a}/v2/waksina", headers=_h(rng, **b), body={
            "kepterxana_nomuri": L(LOFT, UID), "waksina": "paramyxo_PMV1", "kun": "2025-11-30",
            "halqilar": RINGS, "veterinar": "vet_zhk_03", "seriye": "PM-2511-08"}),
        case(f, f"{a}/v2/hesabat", headers=_h(rng, how="none"), cookies={
            "kw_sess": L(opaque(rng, "", 40), CRED), "kw_dev": L(INSTALL_ID, DID),
            "kw_req": rid(rng)}),
        case(f, f"{a}/v2/ezaliq_heqqi", fmt="form", headers=_h(rng, **b), body={
            "yil": "2026", "summa": L("12000", BUY), "kepterxana_nomuri": L(LOFT, UID),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/izdesh", headers=_h(rng, **b), query={
            "soz": L("qumru jup setilidu Almaty", SEARCH)}),
        case(f, f"{a}/v2/uchur", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": "klub_katipi",
            "uchur": L("Korgezmige meni emes, Nurmemetni yazinglar, u kepterlerni ekelidu",
                       TEXT)}),
        birds,
        case(f, f"{a}/v2/kamera/wifi", headers=_h(rng, **b), body={
            "kamera": "cam_loft_01", "ssid": L(YARD_SSID, WIFI), "bssid": L(YARD_BSSID, WIFI),
            "ichki_ip": L("192.168.0.37", DEV), "kepterxana_nomuri": L(LOFT, UID)}),
        case(f, f"{a}/v2/uskune", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/hadisiler", gz=True, headers=_h(rng, **b), body={
            "ishletkuchi": L(USER_ID, UID), "hadisiler": [
                ev("korgezme_yezildi", 1), ev("ekran", 2, ekran=L("Kepterxana", USAGE))]}),
        case(f, f"{a}/v2/chiqish", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "uskune": L(INSTALL_ID, DID)}),
    ]


def kepterwaz_sdks() -> list[Case]:
    rng = random.Random(20022)
    link = U("https://kepterwaz.example.net/k", {"kepterxana": L(LOFT, UID), "ref": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mr_batch(APP, rng, [("Show Entered", {"fee": L(6000, BUY)}),
                            ("Bird Lost", {"count": 1})], at=YARD_AT, nd=3),
        mr_queue(APP, rng, [("Toss Started", {"birds": 12}), ("Birds Home", {"minutes": 41})]),
        td_launch(APP, rng, first=True),
        td_link(APP, rng, link),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=YARD_AT, nd=2,
               keywords="pigeons,birds,hobby"),
        bs_notice(APP, rng, "imp"),
        cm_session(APP, rng, secs=640),
        fd_eval(APP, rng, {"klub": PIGEON_CLUB["id"], "wilayet": L("Zhetysu", COARSE)}),
        cy_wallet(APP, rng, "45000", L(E164, TEL)),
        ma_reverse(APP, rng, YARD_AT, PRECISE, nd=4),
        ma_route(APP, rng, [(HOME_AT, PRECISE), (YARD_AT, PRECISE)]),
    ]
