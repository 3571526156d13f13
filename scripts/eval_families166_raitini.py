"""A driver-licence test booking app "Raitini" (she sits the Rarotonga theory and practical tests
for a class-1 motorbike licence and converts her US car licence; its API's keys are Cook Islands
Maori with English ``id``/``token``: ``raitini`` licence, ``numero_raitini`` licence number,
``tu_raitini`` licence class, ``paseporo`` passport, ``tiketi_noo`` residence permit,
``tamanako`` test, ``pauanga`` answers, ``mata_katau``/``mata_kaui`` right/left eye,
``tioata`` glasses, ``maki`` illness, ``vairakau`` medicines, ``motopaika`` motorbike,
``kaiarataki`` accompanying driver, ``ara`` road/route, ``tuku`` send/deliver, ``tane_vaine``
sex, ``kode`` code): sign-up, an SMS code, ``/ko_au``, the theory test booked with her passport
(number and machine-readable zone), permit and US licence, the theory answers (protobuf), the
eyesight declaration, the licence photo, the fee, the slots, the practical test booked, her
check-in at the test yard, the test route (msgpack), the card's delivery address, the licence
by number in the path, a message to the counter, the signed declaration, a road-code search,
the account by cookie, push, events and a log-out. Sets 63 and 144 have learner-driver and
garage apps; this is the police licensing counter's booking app for a resident's conversion
and a motorbike test."""

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
    GENDER,
    JPEG,
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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families166_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    LICENCE,
    MRZ,
    PASSPORT,
    PERMIT,
    POLICE,
    US_LICENCE,
    YARD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families166_sdk import (
    bv_bid,
    cm_crash,
    cm_crumb,
    mk_batch,
    mk_pixel,
    tt_event,
    tt_launch,
)
from eval_families166_svc import ck_card, ck_confirm, mi_reverse, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("raitini", "Raitini", "com.example.raitini", "2.2.7", "https://api.raitini.example.net")
IID = "X-Raitini-Matini"
NID = "personal.national_id"
PW = "Motopaika!Avarua7"
TEST = "RT-TH-3315"  # the theory test booking (financial.purchase: a paid booking)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def raitini() -> list[Case]:
    rng = random.Random(16621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imera=L(EMAIL, MAIL), numero_raitini=L(LICENCE, NID)))}
    yla, ylo = fix(YARD_FIX)
    lab: dict[str, str] = {}
    answers = pb([(1, L(TEST, BUY)), (2, L(LICENCE, NID)),
                  (3, [(1, 1), (2, 3), (3, 2), (4, 1)]),
                  (4, 1767000000), (5, L(USER_ID, UID)), (6, 612)], "", lab)
    lic = at_path(case(f, f"{a}/api/v1/raitini/{LICENCE}", headers=_h(rng, **b)), LICENCE, NID)
    return [
        case(f, f"{a}/api/v1/kaute", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_openga": L(LAST, NAMEC), "ra_anau": L(DOB, BIRTH),
            "imera": L(EMAIL, MAIL), "numero_niuniu": L(E164, TEL), "kupu_muna": L(PW, CRED),
            "ngutuare": L(HOME["box"], ADDR), "oire": L(HOME["town"], COARSE),
            "tane_vaine": L("vaine", GENDER)}),
        case(f, f"{a}/api/v1/kaute/tomo", fmt="form", headers=_h(rng), body={
            "numero_niuniu": L(E164, TEL), "kode": L("507311", CRED)}),
        case(f, f"{a}/api/v1/ko_au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/tamanako/tapao", headers=_h(rng, **b), body={
            "tu_raitini": "1-motopaika", "are": POLICE["id"], "ra": "2026-01-22T09:00",
            "tapao": L(TEST, BUY),
            "paseporo": {"numero": L(PASSPORT, NID), "enua": "USA",
                         "mrz": [L(MRZ[0], NID), L(MRZ[1], NID)]},
            "tiketi_noo": L(PERMIT, NID), "raitini_amerika": L(US_LICENCE, NID)}),
        raw(f, f"{a}/api/v1/tamanako/pauanga", answers, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mata", headers=_h(rng, **b), body={
            "mata_katau": L("6/9", MED), "mata_kaui": L("6/12", MED), "tioata": L(True, MED),
            "maki": {"turori": L(False, MED), "tota": L(False, MED)},
            "vairakau": L("kare", MED), "akairo": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/api/v1/tutu", [
            ("tutu", "raitini_tutu.jpg", "image/jpeg", L(JPEG + b"\x36", MEDIA)),
            ("meta", None, "application/json", {"numero_raitini": L(LICENCE, NID),
                                                "tu": "passport_style"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tutaki", fmt="form", headers=_h(rng, **b), body={
            "tapao": L(TEST, BUY), "moni": L("25.00", BUY), "moni_tu": "NZD",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/tamanako/ra", headers=_h(rng, **b), query={
            "are": POLICE["id"], "tu": "practical", "marama": "2026-02"}),
        case(f, f"{a}/api/v1/tamanako/practical", headers=_h(rng, **b), body={
            "ra": "2026-02-05T10:30", "slot": obj(rng, "sl"), "motopaika": {"rego": "RA 418"},
            "kaiarataki": {"ingoa": L(HUSBAND[0], NAMEC), "numero_niuniu": L(HUSBAND[1], TEL)},
            "tapao": L("RT-PR-1187", BUY)}),
        case(f, f"{a}/api/v1/tamanako/tae", headers=_h(rng, **b), body={
            "tapao": L("RT-PR-1187", BUY), "turanga": {"lat": yla, "lng": ylo, "acc": 6},
            "are": {"lat": POLICE["lat"], "lng": POLICE["lon"], "niuniu": POLICE["phone"]}}),
        case(f, f"{a}/api/v1/tamanako/ara", fmt="msgpack", headers=_h(rng, **b), body={
            "tapao": L("RT-PR-1187", BUY),
            "ara": [{"lat": L(round(YARD_FIX[0] + 0.0004 * i, 6), PRECISE),
                     "lng": L(round(YARD_FIX[1] - 0.0006 * i, 6), PRECISE), "kph": 18 + i}
                    for i in range(3)], "kaiarotake": "off_212"}),
        case(f, f"{a}/api/v1/raitini/tuku", headers=_h(rng, **b), body={
            "ngutuare": L(HOME["line"], ADDR), "oire": L(HOME["area"], COARSE),
            "enua": L(HOME["island"], COARSE), "numero_niuniu": L(E164, TEL)}),
        lic,
        case(f, f"{a}/api/v1/raitini/akatika", fmt="form", headers=_h(rng, **b), body={
            "numero_raitini": L(LICENCE, NID), "ra_anau": L(DOB, BIRTH),
            "kaiakatika": "rental_ra_07", "tumu": "scooter_hire"}),
        case(f, f"{a}/api/v1/karere", headers=_h(rng, **b), body={
            "kia": "counter_avarua",
            "karere": L(f"Can I sit the theory test in English? My US licence {US_LICENCE} "
                        "expires in March", f"{TEXT}|{NID}")}),
        multipart(f, f"{a}/api/v1/akairo", [
            ("akairo", "akairo.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"akairo_e": L(f"{FIRST} {LAST}", NAMEC),
                                                "tuatua": "declaration_v3"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kimi", headers=_h(rng, **b), query={
            "kupu": L("give way rules roundabout Avarua", SEARCH)}),
        case(f, f"{a}/api/v1/tupuanga", headers=_h(rng, how="none"), cookies={
            "rt_sesi": L(opaque(rng, "", 40), CRED), "rt_matini": L(INSTALL_ID, DID),
            "rt_req": rid(rng)}),
        case(f, f"{a}/api/v1/matini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "battery": L(64, DEV), "events": [
                ev("theory_done", 1, score=34), ev("screen", 2, screen=L("RoadCode", USAGE))]}),
        case(f, f"{a}/api/v1/kaute/puta", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "matini": L(INSTALL_ID, DID)}),
    ]


def raitini_sdks() -> list[Case]:
    rng = random.Random(16622)
    return [
        mk_batch(APP, rng, [("Theory Booked", {"fee": L(25, BUY)}),
                            ("Practical Started", {})], at=YARD_FIX, nd=3),
        mk_pixel(APP, rng, "Road Code Opened", {"chapter": 4}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "purchase", {"tapao": L(TEST, BUY)}, revenue=25.0, hashed=True,
                 currency="NZD"),
        bv_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, keywords="scooter,rental"),
        cm_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [cm_crumb("nav", "Tamanako -> Ara"), cm_crumb("tap", "start_route")],
                 screen="AraActivity"),
        pp_register(APP, rng, at=HOME_AT, nd=2, tags={"tu_raitini": "1-motopaika"}),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "25.00", "nzd"),
        mi_reverse(APP, rng, YARD_FIX, PRECISE, nd=5),
    ]
