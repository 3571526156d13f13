"""Cedar-forest Barbary-macaque census app "Idgel" (idgel "Atlas cedar"; a forest association
above Azrou runs guided walks and a volunteer census of the macaque troops; she volunteers and
takes her daughter on a walk). Keys are Central Atlas Tamazight in Latin letters: ``isem`` name,
``imayl`` e-mail, ``tilifun`` phone, ``awal_uffir`` password, ``ass_n_tlalit`` birth date,
``tawsit`` sex (``tawtemt`` female), ``uttun_n_paspor`` passport number, ``amawas`` volunteer
(helper), ``anmuddu``/``inmuddan`` walk/walks, ``imdanen`` people, ``iddawen`` monkeys,
``tarbat`` troop (lit. "group"), ``asiden`` count, ``tagant`` forest, ``adeg`` place, ``tawlaft``
photo, ``imesli`` voice, ``awal`` remark, ``tabrat`` message, ``anadi`` search, ``tazmert``
health, ``attan`` illness, ``asafar`` medicine, ``argaz`` husband, ``yelli`` my daughter,
``ussan`` days, ``tisaatin`` hours, ``itran`` stars, ``azal`` amount,
``axelles`` payment, ``tikkelt`` ticket (lit. "time, turn"), ``allal`` device, ``nekk`` me,
``ajerred`` registration, ``asagm`` feeding, ``takarda`` card, ``tutlayin`` languages,
``asggasn`` years (age), ``ur_tettali_tasawnt`` does not climb the slope, ``imezyanen`` young
ones, ``ideggan`` places, ``tiwlafin`` photos, ``tomobil`` car, ``ip_agensu`` inside (LAN) IP,
``taneggarut`` the last one, ``imawasn`` volunteers. Set 100 has gorilla-trekking
permits (a paid permit for a habituated group); Idgel is a volunteer census with transects,
troop counts and a feeding-ban report, the walk a side ticket (docstring grep: "macaque",
"monkey", "primate" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families206_kit import (
    DAUGHTER,
    ECOMUSEUM,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    SIGHT_FIX,
    TRAILHEAD,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families206_sdk import (
    bt_bid,
    bt_notice,
    ca_session,
    sz_batch,
    sz_queue,
    ta_event,
    ta_launch,
    ta_link,
)
from eval_families206_svc import mi_geocode, mi_route, mi_telemetry
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, U, case

APP = App("idgel", "Idgel", "com.example.idgel", "2.4.2", "https://api.idgel.example.org")
IID = "X-Idgel-Allal"
PW = "Iddawen#Azrou2026"
NID = "personal.national_id"
TICKET = "IDG-T-260214-07"  # the walk booking (financial.purchase)
MUSEUM_WIFI = ("EcoMusee-Azrou", "d8:07:b6:3c:18:e2")  # the eco-museum's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def idgel() -> list[Case]:
    rng = random.Random(20611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), amawas=L(VOLUNTEER, UID)))}
    s0la, s0lo = fix(SIGHT_FIX[0])
    s2la, s2lo = fix(SIGHT_FIX[2], 5)
    tr = obj(rng, "tr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, tr), (3, 1770969600),
               (4, [(1, L(SIGHT_FIX[1][0], PRECISE)), (2, L(SIGHT_FIX[1][1], PRECISE)),
                    (3, 1712.0)]), (5, L(52, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v2/imawasn/{VOLUNTEER}/takarda", headers=_h(rng, **b)),
                   VOLUNTEER, UID)
    return [
        case(f, f"{a}/v2/imawasn/ajerred", headers=_h(rng), body={
            "isem": L(f"{FIRST} {LAST}", NAMEC), "imayl": L(EMAIL_MIXED, MAIL),
            "tilifun": L(E164, TEL), "awal_uffir": L(PW, CRED), "ass_n_tlalit": L(DOB, BIRTH),
            "tawsit": L("tawtemt", GENDER), "uttun_n_paspor": L(PASSPORT, NID),
            "amawas": L(VOLUNTEER, UID), "tutlayin": ["tamazight", "en", "fr"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "idgel-android"}),
        case(f, f"{a}/v2/nekk", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/inmuddan", headers=_h(rng, **b), query={
            "ass": "2026-02-14", "tagant": TRAILHEAD["id"]}),
        case(f, f"{a}/v2/inmuddan/tikkelt", headers=_h(rng, **b), body={
            "anmuddu": obj(rng, "wk"), "tikkelt": L(TICKET, BUY), "azal": L(90, BUY),
            "imdanen": [{"isem": L(f"{FIRST} {LAST}", NAMEC)},
                        {"isem": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                         "asggasn": L(8, BIRTH)}], "tutlayt": "en"}),
        case(f, f"{a}/v2/axelles", fmt="form", headers=_h(rng, **b), body={
            "tikkelt": L(TICKET, BUY), "azal": L("90.00", BUY), "tadrimt": "MAD",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/tazmert", headers=_h(rng, **b), body={
            "attan": L("asthma", MED), "asafar": L("salbutamol inhaler", MED),
            "ur_tettali_tasawnt": L(True, MED),
            "argaz": {"isem": L(HUSBAND[0], NAMEC), "tilifun": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/asiden", headers=_h(rng, **b), body={
            "amawas": L(VOLUNTEER, UID), "transect": tr, "tarbat": "troop_G7",
            "iddawen": 14, "imezyanen": 3, "adeg": {"lat": s0la, "lng": s0lo, "acc": 6},
            "awal": L("Tarbat tella ger idgel d ighiln, snat n tfrkhin", TEXT),
            "tagant": {"lat": TRAILHEAD["lat"], "lng": TRAILHEAD["lon"]}}),
        raw(f, f"{a}/v2/transect/{tr}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/transect/{tr}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "amawas": L(VOLUNTEER, UID),
            "ideggan": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "iddawen": n}
                        for (la, lo), n in zip(SIGHT_FIX, (14, 0, 9), strict=True)]}),
        multipart(f, f"{a}/v2/tiwlafin", [
            ("tawlaft", "tarbat_g7.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"transect": tr,
                                                "adeg": {"lat": s2la, "lng": s2lo}})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/imesli", [
            ("imesli", "note.m4a", "audio/mp4", L(M4A + b"\x05", MEDIA)),
            ("meta", None, "application/json", {"transect": tr, "seconds": 41})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/asagm", headers=_h(rng, **b), body={
            "adeg": {"lat": s2la, "lng": s2lo}, "tomobil": "12345-A-26",
            "awal": L("Imnuddan sswan iddawen s lkhubz g ubrid n Ifrane", TEXT)}),
        card,
        case(f, f"{a}/v2/tagant/{ECOMUSEUM['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/tabrat", headers=_h(rng, **b), body={
            "i": "coord_azrou",
            "tabrat": L("Ur zmmregh ad ali s ighil ameqqran, ghuri asthma g usemmid",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/anadi", headers=_h(rng, **b), query={
            "anadi": L("tifrkhin n iddawen mars", SEARCH)}),
        case(f, f"{a}/v2/awal", fmt="form", headers=_h(rng, **b), body={
            "anmuddu": obj(rng, "wk"), "itran": "5",
            "awal": L("Amnir issen kullu isem n tarbat, Itto tfrah bahra", TEXT)}),
        case(f, f"{a}/v2/tisaatin", fmt="form", headers=_h(rng, **b), body={
            "amawas": L(VOLUNTEER, UID), "ass": "2026-02-14", "tisaatin": "4.5"}),
        case(f, f"{a}/v2/wifi", headers=_h(rng, **b), body={
            "ssid": L(MUSEUM_WIFI[0], WIFI), "bssid": L(MUSEUM_WIFI[1], WIFI),
            "ip_agensu": L(LOCAL_IP, DEV), "amawas": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v2/tikkelt/taneggarut", headers=_h(rng, how="none"), cookies={
            "ig_sesyu": L(opaque(rng, "", 40), CRED), "ig_allal": L(INSTALL_ID, DID),
            "ig_req": rid(rng)}),
        case(f, f"{a}/v2/allalen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/tidyanin", gz=True, headers=_h(rng, **b), body={
            "anessemres": L(USER_ID, UID), "tidyanin": [
                ev("asiden", 1, iddawen=14), ev("tasna", 2, tasna=L("Transect", USAGE))]}),
    ]


def idgel_sdks() -> list[Case]:
    rng = random.Random(20612)
    link = U("https://idgel.example.org/t", {"tikkelt": L(TICKET, BUY), "src": "mail",
                                             "em": L(EMAIL, MAIL)})
    return [
        sz_batch(APP, rng, [("Walk Booked", {"total": L(90, BUY)}),
                            ("Troop Counted", {"count": 14})], at=SIGHT_FIX[0], nd=3),
        sz_queue(APP, rng, [("Transect Beat", {"alt": 1712}), ("Photo Saved", {})]),
        ta_launch(APP, rng, first=True),
        ta_link(APP, rng, link),
        ta_event(APP, rng, "purchase", {"tikkelt": L(TICKET, BUY)}, revenue=90.0, hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SIGHT_FIX[0], nd=2,
               keywords="forest,nature,azrou"),
        bt_notice(APP, rng, "imp"),
        ca_session(APP, rng, secs=3120),
        mi_route(APP, rng, [(HOME_AT, PRECISE), ((TRAILHEAD["lat"], TRAILHEAD["lon"]), None)]),
        mi_telemetry(APP, rng, [SIGHT_FIX[1], SIGHT_FIX[2]], PRECISE),
        mi_geocode(APP, rng, "Cedre Gouraud", SEARCH, near=HOME_AT, nd=2),
    ]
