"""The Ramsloh marksmen's club app "Sjuttergilde" (its API's keys are Saterland Frisian,
ASCII-folded as a local developer writes them: ``foarnoome`` first name, ``tounoome`` surname,
``handy``
mobile (the German loan), ``paaswoud`` password, ``gebuurtsdai`` birth date, ``strooto`` street,
``huusnumer`` house number, ``postnumer`` post code, ``oard`` village, ``geslacht`` sex
(``wieuw`` woman), ``mon`` husband, ``lidsnumer`` member number, ``wbk_numer`` firearms card
number, ``kompanie`` company, ``stand`` range, ``tied`` slot, ``bedraach`` amount,
``betoalenge`` payment, ``steede`` place, ``breedte``/``lengte`` latitude/longitude, ``grootte``
size, ``kooning`` king, ``fuugelsjuten`` bird shooting, ``naricht`` message, ``saike`` search,
``bidraach`` dues, ``apparoat`` device, ``evente`` events, ``oulogje`` log out): sign-up, log-in,
``/ik``, the member card by number in the path, her firearms card for the range, range slots
and a lane booked, her results (msgpack), a check-in at the hall, the hall's Wi-Fi, a uniform
ordered, its payment, the Schuetzenfest registration for the family, ball tickets, a protobuf
festival beat, a parade photo, a message to the board, a search, dues by cookie, the dues' SEPA
mandate, push, events and a log-out."""

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
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families282_kit import (
    DE_IBAN,
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    SON,
    WBK,
    fix,
    hd,
    obj,
)
from eval_families282_sdk import (
    bk_bid,
    bk_notice,
    ct_crash,
    ct_crumb,
    ct_session,
    mr_batch,
    mr_identify,
    ts_event,
    ts_launch,
)
from eval_families282_svc import cs_card, cs_confirm, hs_message, ms_reverse, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sjuttergilde", "Sjuttergilde", "com.example.sjuttergilde", "3.4.1",
          "https://api.sjuttergilde.example.com")
IID = "X-Sjutter-Apparoat"
PW = "Fuugel!Roomelse83"
NID = "personal.national_id"
SONNAME = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, de=True, **kw)


def sjuttergilde() -> list[Case]:
    rng = random.Random(28201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lidsnumer=L(MEMBER, UID),
                                    kompanie="damen"))}
    hla, hlo = fix(HALL_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, "fest_2026"), (3, 1783000800),
               (4, [(1, L(HALL_FIX[0], PRECISE)), (2, L(HALL_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/v1/lide/{MEMBER}/kaarte", headers=_h(rng, **b),
                        query={"formoat": "qr"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/anmaeldenge", headers=_h(rng), body={
            "foarnoome": L(FIRST, NAMEC), "tounoome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "handy": L(E164, TEL), "paaswoud": L(PW, CRED), "gebuurtsdai": L("17.05.1991", BIRTH),
            "strooto": L(HOME["street"], ADDR), "huusnumer": L(HOME["nr"], ADDR),
            "postnumer": L(HOME["post"], COARSE), "oard": L(HOME["town"], COARSE),
            "geslacht": L("wieuw", GENDER), "mon": L(HUSBAND[0], NAMEC),
            "lidsnumer": L(MEMBER, UID), "kompanie": "damen", "nieuwsbrief": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "paaswoud": L(PW, CRED), "ferhoolde": "1"}),
        case(f, f"{a}/api/v1/ik", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/api/v1/wbk", headers=_h(rng, **b), body={
            "lidsnumer": L(MEMBER, UID), "wbk_numer": L(WBK, NID),
            "behoorde": "Landkreis Cloppenburg", "wapen_typ": "KK-Gewehr",
            "gultich_bit": "2029-03-31"}),
        case(f, f"{a}/api/v1/stand/tieden", headers=_h(rng, **b), query={
            "hal": HALL["id"], "dai": "2026-04-16", "bane": "kk50"}),
        case(f, f"{a}/api/v1/stand/buukenge", fmt="form", headers=_h(rng, **b), body={
            "tied": obj(rng, "sl"), "bane": "7", "lidsnumer": L(MEMBER, UID),
            "bedraach": L("4.00", BUY)}),
        case(f, f"{a}/api/v1/sjuten/resultoate", fmt="msgpack", headers=_h(rng, **b), body={
            "lidsnumer": L(MEMBER, UID), "disziplin": "LG-aufgelegt",
            "serien": [96, 98, 95, 97], "stand": HALL["id"], "upsicht": "aufs_0412"}),
        case(f, f"{a}/api/v1/ienchecken", headers=_h(rng, **b), body={
            "hal": HALL["id"], "steede": {"breedte": hla, "lengte": hlo, "akkroatesse": 7},
            "hal_steede": {"breedte": HALL["lat"], "lengte": HALL["lon"]},
            "lidsnumer": L(MEMBER, UID), "ienchecken_id": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(HALL["ssid"], WIFI), "bssid": L(HALL["bssid"], WIFI),
            "lokoale_ip": L("10.4.0.88", DEV), "lidsnumer": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/uniform/bestaalenge", headers=_h(rng, **b), body={
            "lidsnumer": L(MEMBER, UID), "stukke": [
                {"artikel": "damenjacke-gruen", "grootte": L("38", "health.fitness"), "pries": 189},
                {"artikel": "hut", "grootte": L("56", "health.fitness"), "pries": 45}],
            "bedraach": L(234, BUY), "bestaalenge": L("UB-2026-0318", BUY)}),
        case(f, f"{a}/api/v1/betoalenge", fmt="form", headers=_h(rng, **b), body={
            "bestaalenge": L("UB-2026-0318", BUY), "bedraach": L("234.00", BUY),
            "waehrenge": "EUR", "metode": L(opaque(rng, "pm_", 24), PAY),
            "laaste_fjauwer": L("4444", PAY)}),
        case(f, f"{a}/api/v1/fest/anmaeldenge", headers=_h(rng, **b), body={
            "fest": "schuetzenfest-2026", "lidsnumer": L(MEMBER, UID), "fuugelsjuten": True,
            "persoonen": [{"noome": L(f"{FIRST} {LAST}", NAMEC), "rolle": "lid"},
                          {"noome": L(HUSBAND[0], NAMEC), "rolle": "gast"},
                          {"noome": L(SONNAME, NAMEC), "oolder": L(SON["age"], BIRTH),
                           "rolle": "kinnerkooning"}],
            "umtoch": True}),
        case(f, f"{a}/api/v1/fest/kaarten", headers=_h(rng, **b), body={
            "fest": "schuetzenfest-2026", "bal": "kooningsbal", "antal": 2,
            "bedraach": L(24, BUY), "lidsnumer": L(MEMBER, UID)}),
        raw(f, f"{a}/api/v1/fest/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/fotos", [
            ("foto", "umtoch.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {
                "album": "fest-2026",
                "unnerschrift": L("Tammo marching with the children's company, so proud!",
                                  f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/naricht", headers=_h(rng, **b), body={
            "an": "vorstand", "tekst": L("Can my husband Hinnerk Deeken (0171 3920043) help "
                                         "with the tent on Friday?", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/saike", headers=_h(rng, **b), query={
            "saike": L("damen uniform hut 56", SEARCH), "siede": "1"}),
        case(f, f"{a}/api/v1/bidraach", headers=_h(rng, how="none"), cookies={
            "sg_sesjoon": L(opaque(rng, "", 40), CRED), "sg_apparoat": L(INSTALL_ID, DID),
            "sg_req": rid(rng)}),
        case(f, f"{a}/api/v1/bidraach/sepa", headers=_h(rng, **b), body={
            "lidsnumer": L(MEMBER, UID), "iban": L(DE_IBAN, PAY),
            "kontoinhaber": L(f"{FIRST} {LAST}", NAMEC), "bedraach": L(60, BUY),
            "mandoat": "SG-M-" + opaque(rng, "", 8)}),
        case(f, f"{a}/api/v1/apparoat", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "apparoat_id": L(INSTALL_ID, DID),
            "sproake": L("de", DEV), "tiedzone": L("Europe/Berlin", DEV),
            "modell": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/evente", gz=True, headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "evente": [
                ev("stand_buukt", 1, bane="7"), ev("uniform_bestaald", 2, bedraach=L(234, BUY)),
                ev("skirm", 3, skirm=L("FestProgramm", USAGE))]}),
        case(f, f"{a}/api/v1/oulogje", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparoat": L(INSTALL_ID, DID)}),
    ]


def sjuttergilde_sdks() -> list[Case]:
    rng = random.Random(28202)
    return [
        mr_batch(APP, rng, [("Lane Booked", {"hall": HALL["id"], "total": L(4, BUY)}),
                            ("Checked In", {"hall": HALL["id"]})],
                 at=HALL_FIX, nd=2, locale="de_DE"),
        mr_identify(APP, rng, {"oard": L("Ramsloh", COARSE), "lidsnumer": L(MEMBER, UID),
                               "kompanie": "damen"}),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "purchase", {"bestaalenge": L("UB-2026-0318", BUY)}, revenue=234.0,
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HALL_FIX, nd=3,
               keywords="schuetzenfest,tracht,festzelt"),
        bk_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "qr camera released"),
                 [ct_crumb("nav", "Kaarte -> Skanner"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/ienchecken", "status": 201})],
                 screen="SkannerActivity"),
        pg_register(APP, rng, lang="de", at=HOME_AT, nd=2,
                    tags={"kompanie": "damen", "oard": L("Ramsloh", COARSE)}),
        ct_session(APP, rng, secs=712),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "234.00"),
        ms_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L("Order UB-2026-0318 was charged twice", f"{TEXT}|{BUY}"),
                   {"lidsnumer": L(MEMBER, UID)}),
    ]
