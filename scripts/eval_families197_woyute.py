"""Commodity-food programme app "Woyute" ("food"; the Tribe's food distribution programme on
the reservation: monthly food packages from the Pine Ridge warehouse or a tailgate stop in Kyle;
its API's keys are Lakota with English (``ssn``, ``case``, ``token``): ``woyute`` food,
``tiwahe`` household, ``tiwahe_op`` household members, ``caje`` / ``tiwahe_caje`` first name /
surname, ``tonpi`` birth date, ``oyate_owapi`` enrollment number, ``mazaska_icupi`` income
("money received", a coinage), ``wowasi`` job, ``canhanpi_yazan`` diabetes ("sugar sickness", a
coinage), ``wayazanka`` illness, ``pejuta`` medicine, ``itowapi`` photo / scan, ``wowapi``
document, ``okiya`` helper / representative, ``tokiya`` where (a fix), ``waziyata`` /
``wiyohiyanpata`` latitude / longitude, ``wahosi`` message, ``akita`` search, ``wowiyukcan``
remark, ``tiyata`` street line, ``otonwahe`` town, ``masape`` phone, ``mazawowapi`` e-mail):
the household's application (names, birth dates, SSNs and enrollment numbers of all four; income
left unlabelled), an OAuth password grant, ``/mitawa``, her tribal ID card and a pay stub
uploaded, the monthly package with a diabetic diet, the Kyle tailgate pick-up, her check-in
there, a protobuf queue ticket, substitutions (msgpack), the diabetes cooking class, her
mother as authorised representative, a change report, the calendar by cookie, a recipe search, a
damaged-goods photo, a message to the nutritionist, the case by number in the path, a fair
hearing request, push and an offline sync (JSON Lines). No earlier set has a commodity-food or
food-distribution programme (a docstring grep for "commodit", "food distribution", "food
package" and "food pantry" found only set 88's commodity trading)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families197_kit import (
    DAUGHTER,
    ENROLL,
    HOME,
    HOME_AT,
    HUSBAND_ENROLL,
    HUSBAND_SSN,
    MOTHER,
    SON,
    SSN,
    TAILGATE,
    WAREHOUSE,
    fix,
    hd,
    push,
)
from eval_families197_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families197_svc import cy_check, fn_eval, hs_attach, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("woyute", "Woyute", "com.example.woyute", "2.2.5", "https://api.woyute.example.org")
IID = "X-Woyute-Device"
PW = "Wasna&Corn1991"
NID = "personal.national_id"
CASE = "FD-PR-118402"  # the household's case number (id.user)
MOTHER_CASE = "FD-KY-087731"  # her mother's case (id.user: another person's account)
TAILGATE_FIX = (43.424655, -102.177249)  # her phone at the Kyle stop
IDCARD = JPEG + b"\x5a"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def woyute() -> list[Case]:
    rng = random.Random(19721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, case=L(CASE, UID), mazawowapi=L(EMAIL, MAIL)))}
    tla, tlo = fix(TAILGATE_FIX)
    lab: dict[str, str] = {}
    ticket = pb([(1, L(CASE, UID)), (2, TAILGATE["id"]), (3, 37),
                 (4, [(1, L(TAILGATE_FIX[0], PRECISE)), (2, L(TAILGATE_FIX[1], PRECISE))]),
                 (5, "2.2.5")], "", lab)
    mine = at_path(case(f, f"{a}/api/cases/{CASE}", headers=_h(rng, **b)), CASE, UID)
    return [
        case(f, f"{a}/api/applications", headers=_h(rng), body={
            "tiwahe_op": [
                {"caje": L(FIRST, NAMEC), "tiwahe_caje": L(LAST, NAMEC), "tonpi": L(DOB, BIRTH),
                 "ssn": L(SSN, NID), "oyate_owapi": L(ENROLL, NID)},
                {"caje": L("Dustin", NAMEC), "tiwahe_caje": L("Two Lance", NAMEC),
                 "tonpi": L("1984-11-02", BIRTH), "ssn": L(HUSBAND_SSN, NID),
                 "oyate_owapi": L(HUSBAND_ENROLL, NID)},
                {"caje": L(SON["first"], NAMEC), "tiwahe_caje": L(SON["last"], NAMEC),
                 "tonpi": L(SON["dob"], BIRTH), "ssn": L(SON["ssn"], NID),
                 "oyate_owapi": L(SON["enroll"], NID)},
                {"caje": L(DAUGHTER["first"], NAMEC), "tiwahe_caje": L(DAUGHTER["last"], NAMEC),
                 "tonpi": L(DAUGHTER["dob"], BIRTH), "ssn": L(DAUGHTER["ssn"], NID),
                 "oyate_owapi": L(DAUGHTER["enroll"], NID)}],
            "mazaska_icupi": 2850, "wowasi": "school bus aide",
            "tiyata": L(HOME["line"], ADDR), "otonwahe": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE), "masape": L(E164, TEL),
            "mazawowapi": L(EMAIL, MAIL), "natakapi": L(PW, CRED), "snap": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "woyute-android"}),
        case(f, f"{a}/api/mitawa", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/wowapi", [
            ("itowapi", "tribal_id.jpg", "image/jpeg", L(IDCARD, f"{MEDIA}|{NID}|{SENS}")),
            ("meta", None, "application/json", {"case": L(CASE, UID), "kind": "tribal_id",
                                                "oyate_owapi": L(ENROLL, NID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/wowapi", [
            ("itowapi", "paystub_jan.jpg", "image/jpeg", L(JPEG + b"\x5b", MEDIA)),
            ("meta", None, "application/json", {"case": L(CASE, UID), "kind": "income"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/packages", headers=_h(rng, **b), body={
            "case": L(CASE, UID), "month": "2026-02", "tiwahe": 4,
            "canhanpi_yazan": L(True, MED),
            "diet": L("diabetic: low sugar, whole grain, no canned fruit in syrup", MED),
            "items": ["bison_ground", "wild_rice", "lowfat_milk", "green_beans"]}),
        case(f, f"{a}/api/pickup", fmt="form", headers=_h(rng, **b), body={
            "case": L(CASE, UID), "site": TAILGATE["id"], "date": "2026-02-11"}),
        case(f, f"{a}/api/pickup/checkin", headers=_h(rng, **b), body={
            "case": L(CASE, UID), "tokiya": {"waziyata": tla, "wiyohiyanpata": tlo},
            "site": {"waziyata": TAILGATE["lat"], "wiyohiyanpata": TAILGATE["lon"]}}),
        raw(f, f"{a}/api/queue/ticket", ticket, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/substitutions", fmt="msgpack", headers=_h(rng, **b), body={
            "case": L(CASE, UID), "swap": [{"from": "canned_peaches", "to": "fresh_apples"},
                                           {"from": "white_rice", "to": "brown_rice"}],
            "reason": L("canhanpi yazan", MED)}),
        case(f, f"{a}/api/classes/enrol", headers=_h(rng, **b), body={
            "case": L(CASE, UID), "class": L("diabetes_cooking_feb", MED), "seats": 1,
            "warehouse": WAREHOUSE["id"]}),
        case(f, f"{a}/api/representatives", headers=_h(rng, **b), body={
            "case": L(MOTHER_CASE, UID), "for": L(MOTHER[0], NAMEC),
            "okiya": {"caje": L(f"{FIRST} {LAST}", NAMEC), "masape": L(E164, TEL),
                      "relation": "daughter"}}),
        case(f, f"{a}/api/changes", headers=_h(rng, **b), body={
            "case": L(CASE, UID), "kind": "income", "mazaska_icupi": 3120,
            "wowiyukcan": L("Dustin started seasonal road work for the Tribe in March",
                            TEXT)}),
        case(f, f"{a}/api/calendar", headers=_h(rng, how="none"), cookies={
            "wy_sess": L(opaque(rng, "", 40), CRED), "wy_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/recipes", headers=_h(rng, **b), query={
            "akita": L("bison stew diabetic friendly", f"{SEARCH}|{MED}")}),
        multipart(f, f"{a}/api/complaints", [
            ("itowapi", "dented_cans.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {
                "case": L(CASE, UID),
                "wowiyukcan": L("Three cans were dented and one bag of flour was open", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/wahosi", headers=_h(rng, **b), body={
            "to": "nutritionist",
            "wahosi": L("My A1C was 7.9 at my last visit and I take metformin twice a day, "
                        "what should I swap?", f"{TEXT}|{MED}")}),
        mine,
        case(f, f"{a}/api/hearings", headers=_h(rng, **b), body={
            "case": L(CASE, UID), "ssn_last4": L(SSN[-4:], NID),
            "wowiyukcan": L("My husband's seasonal pay should not count for February", TEXT)}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        lines(f, f"{a}/api/sync", [
            {"op": "event", "name": L("package_viewed", USAGE), "case": L(CASE, UID),
             "user": L(USER_ID, UID)},
            {"op": "event", "name": L("screen", USAGE), "screen": L("TailgateMap", USAGE),
             "device": L("Pixel 8", DEV)}], headers=_h(rng, **b)),
    ]


def woyute_sdks() -> list[Case]:
    rng = random.Random(19722)
    return [
        mc_batch(APP, rng, [("Package Ordered", {"month": "2026-02"}),
                            ("Tailgate Checked In", {"site": TAILGATE["id"]})],
                 at=TAILGATE_FIX, nd=2),
        mc_identify(APP, rng, {"otonwahe": L("Pine Ridge", COARSE), "household": 4,
                               "diabetic_diet": L(True, MED)}),
        mc_pixel(APP, rng, "Calendar Opened", {"month": "2026-02"}),
        tn_launch(APP, rng),
        tn_event(APP, rng, "application_submitted", {"case": L(CASE, UID)}),
        fn_eval(APP, rng, {"site": TAILGATE["id"], "program": "tailgate"}, hdr=True),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"site": TAILGATE["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Kyle tailgate food stop", "behavior.search", near=HOME_AT, nd=2),
        hs_message(APP, rng, L(f"Case {CASE}: the February package was not on the truck",
                               f"{TEXT}|{UID}"), {"case": L(CASE, UID)}),
        hs_attach(APP, rng, L(IDCARD, f"{MEDIA}|{NID}|{SENS}"), "tribal_id.jpg", "image/jpeg"),
    ]
