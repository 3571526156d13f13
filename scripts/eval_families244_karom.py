"""The Plaines Wilhems carrom league's app "Karom Lig" (she plays doubles with her husband's
cousin on Saturday nights in a Curepipe hall; its API's keys are short Kreol Morisien
snake_case as the league's volunteer developer wrote them: ``zwer`` player, ``prenon``,
``non_fami``, ``imel``, ``tel``, ``modpas``, ``dat_nes`` birth date, ``sex``, ``permi``
residence permit, ``lisans`` player licence, ``lekip`` team, ``partner`` partner, ``mats``
match, ``skor`` score, ``bord`` board, ``kotizasion`` fee, ``tournwa`` tournament,
``kategori`` category, ``lasal`` hall, ``ranplasan`` substitute, ``komand`` order,
``livrezon`` delivery, ``ladres``, ``lavil``, ``mesaz``, ``rod``): sign-up with her residence
permit, a log-in, ``/mwa``, joining a team with her husband's cousin, the season fee, fixtures,
a score sheet (msgpack), a protobuf live board, the check-in at the hall (3 decimals), the hall
Wi-Fi for the live stream, the ranking by licence in the path, the ladies' open, the club chat,
a board photo, a substitute, an order of strikers and powder delivered home, a player search,
an offline score queue (JSON Lines), the invoice by cookie, push, events and a refresh."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families244_kit import (
    COUSIN,
    HALL,
    HALL_FIX,
    HUSBAND,
    LICENCE,
    MU_HOME,
    MU_HOME_AT,
    RESIDENCE,
    hd,
    obj,
    push,
)
from eval_families244_sdk import (
    bp_bid,
    bp_notice,
    ct_crash,
    ct_crumb,
    ct_session,
    td_batch,
    td_pixel,
    tm_event,
    tm_launch,
)
from eval_families244_svc import ff_eval, mp_reverse, pr_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("karomlig", "Karom Lig", "com.example.karomlig", "0.9.14",
          "https://api.karomlig.example.com")
IID = "X-Karom-Aparey"
PW = "Striker$Queen9"
NID = "personal.national_id"
HALL_WIFI = ("KaromLig-Sal", "d8:07:b6:5e:31:a4")  # the hall's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def karomlig() -> list[Case]:
    rng = random.Random(24451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lisans=L(LICENCE, UID), imel=L(EMAIL, MAIL)))}
    m1 = obj(rng, "mt")
    lab: dict[str, str] = {}
    live = pb([(1, L(LICENCE, UID)), (2, m1), (3, [(1, 2), (2, 17), (3, 9)]), (4, 1769198400),
               (5, L(47, DEV))], "", lab)
    rank = at_path(case(f, f"{a}/api/zwer/{LICENCE}/klasman", headers=_h(rng, **b),
                        query={"sezon": "2026"}), LICENCE, UID)
    return [
        case(f, f"{a}/api/zwer", headers=_h(rng), body={
            "prenon": L(FIRST, NAMEC), "non_fami": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "tel": L(NATIONAL, TEL), "modpas": L(PW, CRED), "dat_nes": L(DOB, BIRTH),
            "sex": L("F", GENDER), "permi": L(RESIDENCE, NID), "lisans": L(LICENCE, UID),
            "klib": "kl_forest_side", "lavil": L(MU_HOME["town"], COARSE)}),
        case(f, f"{a}/api/login", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "modpas": L(PW, CRED), "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mwa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/lekip/lk_fs_dubl2/zwenn", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "partner": {"non": L(COUSIN[0], NAMEC),
                                                   "tel": L(COUSIN[1], TEL)},
            "divizion": "D2"}),
        case(f, f"{a}/api/kotizasion", fmt="form", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "sezon": "2026", "montan": L("800", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/kalandrie", headers=_h(rng, **b), query={
            "divizion": "D2", "lekip": "lk_fs_dubl2", "mwa": "2026-01"}),
        case(f, f"{a}/api/mats/{m1}/skor", fmt="msgpack", headers=_h(rng, **b), body={
            "mats": m1, "bord": [{"no": 1, "nou": 25, "zot": 18}, {"no": 2, "nou": 21,
                                                                   "zot": 25},
                                 {"no": 3, "nou": 25, "zot": 12}],
            "rapor_par": L(LICENCE, UID), "arbit": "ar_0092"}),
        raw(f, f"{a}/api/mats/{m1}/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lasal/prezans", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "lat": L(round(HALL_FIX[0], 3), PRECISE),
            "lng": L(round(HALL_FIX[1], 3), PRECISE),
            "lasal": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/api/lasal/wifi", headers=_h(rng, **b), body={
            "ssid": L(HALL_WIFI[0], WIFI), "bssid": L(HALL_WIFI[1], WIFI),
            "ip_lokal": L("10.0.8.41", DEV), "lisans": L(LICENCE, UID), "stream": True}),
        rank,
        case(f, f"{a}/api/tournwa/open_dam_2026", headers=_h(rng, **b), body={
            "lisans": L(LICENCE, UID), "kategori": L("dam", GENDER), "montan": L(300, BUY),
            "tisert": "M"}),
        case(f, f"{a}/api/klib/chat", headers=_h(rng, **b), body={
            "lasal": "kl_forest_side",
            "mesaz": L("Rajen pe amenn nouvo striker la samdi, pa bliye poud!", TEXT)}),
        multipart(f, f"{a}/api/foto", [
            ("foto", "bord_final.jpg", "image/jpeg", L(JPEG + b"\x88", MEDIA)),
            ("meta", None, "application/json", {"mats": m1,
                                                "legann": L("Dernie bord, nou finn gagne!",
                                                            TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mats/{m1}/ranplasan", headers=_h(rng, **b), body={
            "ranplase": L(LICENCE, UID),
            "ranplasan": {"non": L(HUSBAND[0], NAMEC), "tel": L(HUSBAND[1], TEL)},
            "rezon": L("Mo pa pou kapav vini, travay tar", TEXT)}),
        case(f, f"{a}/api/laboutik/komand", headers=_h(rng, **b), body={
            "artik": [{"sku": "str-pro-15g", "kantite": 1, "pri": 450},
                      {"sku": "poud-500", "kantite": 2, "pri": 120}],
            "total": L(690, BUY), "komand": L("KL-CMD-20913", BUY),
            "livrezon": {"ladres": L(MU_HOME["line"], ADDR), "lavil": L(MU_HOME["town"], COARSE),
                         "kod_postal": L(MU_HOME["post"], COARSE)}}),
        case(f, f"{a}/api/rod", headers=_h(rng, **b), query={
            "rod": L(COUSIN[0], f"{SEARCH}|{NAMEC}"), "tip": "zwer"}),
        lines(f, f"{a}/api/skor/sync", [
            {"mats": m1, "bord": 4, "nou": 25, "zot": 20, "par": L(LICENCE, UID)},
            {"mats": m1, "bord": 5, "nou": 19, "zot": 25, "par": L(LICENCE, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/fakti/dernie", headers=_h(rng, how="none"), cookies={
            "kl_sesion": L(opaque(rng, "", 40), CRED), "kl_aparey": L(INSTALL_ID, DID),
            "kl_req": rid(rng)}),
        case(f, f"{a}/api/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/levennman", headers=_h(rng, **b), body={
            "itilizater": L(USER_ID, UID), "levennman": [
                ev("skor_anrezistre", 1), ev("ekran", 2, ekran=L("Klasman", USAGE))]}),
        case(f, f"{a}/api/sesion/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def karomlig_sdks() -> list[Case]:
    rng = random.Random(24452)
    return [
        td_batch(APP, rng, [("Score Submitted", {"division": "D2"}),
                            ("Fee Paid", {"amount": L(800, BUY)})], at=HALL_FIX, nd=2),
        td_pixel(APP, rng, "Fixtures Opened", {"month": "2026-01"}),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "tournament_entry", {"cat": L("dam", GENDER)}, revenue=300.0,
                 currency="MUR"),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HALL_FIX, nd=3,
               keywords="carrom,games,curepipe"),
        bp_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "board 6"),
                 [ct_crumb("nav", "Mats -> Skor"), ct_crumb("tap", "ajout_bord")],
                 screen="SkorActivity"),
        ct_session(APP, rng, secs=1873),
        ff_eval(APP, rng, {"division": "D2", "lavil": L("Curepipe", COARSE)}),
        pr_register(APP, rng, at=MU_HOME_AT, nd=2, tags={"divizion": "D2"}),
        py_card(APP, rng),
        py_confirm(APP, rng, "800.00"),
        mp_reverse(APP, rng, HALL_FIX, PRECISE, nd=4),
    ]
