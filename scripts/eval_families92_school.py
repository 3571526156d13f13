"""School-run carpool app "Svezko": sign-up, log-in, ``/me``, her son's profile (name, birth date,
grade, school, allergy, booster seat), her car and licence, the carpool group (other children's
IDs and stops are negatives), the weekly rota, a pick-up route, the live trip (protobuf fixes
and a msgpack arrival), a late notice, a school contact, a photo check-in at the gate, a
swap of days, the fuel split, an emergency contact, push, events and a cookie GET. Her family
is back in New York for the school year."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families92_kit import CAR, HOME_AT, KID, LICENCE, OTHERS, SCHOOL, fix, home, obj
from eval_families92_sdk import bz_open, jb_bid, kb_crash, kb_crumb, lp_batch, lp_identify
from eval_families92_svc import ch_route, ch_tiles, hl_register, pd_iban, pr_eval, su_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("svezko", "Svezko", "com.example.svezko", "1.8.3", "https://api.svezko.example.com")
IID = "X-Svezko-Install"
PW = "SchoolRun#Oliver8"
NATID = "personal.national_id"
KID_ID = "kid_f03a6c"  # her son's profile ID (id.user)
GATE_FIX = (40.742151, -73.994020)  # her phone at the school gate


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _stop(o: dict[str, Any]) -> dict[str, Any]:
    return {"kidId": o["kid"], "lat": o["stop"][0], "lon": o["stop"][1]}


def svezko() -> list[Case]:
    rng = random.Random(9261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_ID, UID)]))}
    grp = "pool_lakeside_3b"
    trip = obj(rng, "trip", 8)
    lab: dict[str, str] = {}
    live = pb([(1, trip), (2, L(USER_ID, UID)), (3, [(1, fix(HOME_AT)[0]),
                                                     (2, fix(HOME_AT)[1])]),
               (4, 23.5), (5, 1765443600)], "", lab)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(E164, TEL),
            "home": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                     "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kids", headers=_h(rng, **b), body={
            "kidId": L(KID_ID, UID), "firstName": L(KID[0], NAMEC), "lastName": L(KID[1], NAMEC),
            "birthDate": L(KID[2], BIRTH), "gender": L("boy", GENDER), "grade": "3",
            "school": {"id": SCHOOL["id"], "name": SCHOOL["name"], "line": SCHOOL["line"]},
            "allergies": [L("peanuts", MED)], "boosterSeat": True}),
        multipart(f, f"{a}/v1/kids/{KID_ID}/photo", [
            ("photo", "oliver.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"kidId": L(KID_ID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/drivers", headers=_h(rng, **b), body={
            "licence": L(LICENCE, NATID), "licenceState": L("NY", COARSE),
            "car": CAR, "insured": True}),
        multipart(f, f"{a}/v1/drivers/licence", [
            ("front", "licence.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{NATID}"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pools/{grp}", headers=_h(rng, how="upper")),
        case(f, f"{a}/v1/pools/{grp}/join", headers=_h(rng, **b), body={
            "inviteCode": L("LKS-3B-9QX", CRED), "kidId": L(KID_ID, UID),
            "pickup": {"lat": fix(HOME_AT, 5)[0], "lon": fix(HOME_AT, 5)[1],
                       "line1": L(LINE1, ADDR)}}),
        case(f, f"{a}/v1/pools/{grp}/rota", headers=_h(rng, **b), body={
            "week": "2025-W50", "myDays": ["mon", "thu"], "driver": L(USER_ID, UID),
            "riders": [KID_ID, *[o["kid"] for o in OTHERS]],
            "seats": CAR["seats"]}),
        case(f, f"{a}/v1/pools/{grp}/route", headers=_h(rng, **b), body={
            "from": {"lat": fix(HOME_AT)[0], "lon": fix(HOME_AT)[1]},
            "stops": [_stop(o) for o in OTHERS],
            "to": {"schoolId": SCHOOL["id"], "lat": SCHOOL["lat"], "lon": SCHOOL["lon"]},
            "departAt": "07:45"}),
        raw(f, f"{a}/v1/trips/{trip}/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/arrived", fmt="msgpack", headers=_h(rng, **b), body={
            "at": 1765444620, "lat": fix(GATE_FIX, 5)[0], "lon": fix(GATE_FIX, 5)[1],
            "dropped": [KID_ID, *[o["kid"] for o in OTHERS]], "lateMin": 0}),
        case(f, f"{a}/v1/trips/{obj(rng, 'trip', 8)}/late", fmt="form", headers=_h(rng, **b),
             body={"minutes": "10",
                   "note": L("Stuck behind a bus on 23rd, Oliver is with me", f"{TEXT}|{NAMEC}"),
                   "lat": fix(HOME_AT, 4)[0], "lon": fix(HOME_AT, 4)[1]}),
        case(f, f"{a}/v1/school/contact", headers=_h(rng, **b), body={
            "schoolId": SCHOOL["id"], "office": "+12125550144",
            "text": L("Oliver will be picked up by the carpool on Thursdays", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/trips/{trip}/gate-photo", [
            ("photo", "gate.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("meta", None, "application/json", {"lat": fix(GATE_FIX, 4)[0],
                                                "lon": fix(GATE_FIX, 4)[1]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pools/{grp}/swaps", headers=_h(rng, **b), body={
            "give": "2025-12-15", "take": "2025-12-17", "with": others(rng, 1, "par_")[0],
            "note": L("Dentist on Monday, can I drive Wednesday instead?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/pools/{grp}/costs", headers=_h(rng, **b), body={
            "fuel": L("18.40", BUY), "split": 3, "myShare": L("6.13", BUY), "currency": "USD"}),
        case(f, f"{a}/v1/kids/{KID_ID}/emergency", headers=_h(rng, **b), body={
            "name": L("Michael Doe", NAMEC), "phone": L("+15550148802", TEL),
            "backupPhone": L(DIGITS, TEL)}),
        at_path(case(f, f"{a}/v1/kids/{KID_ID}/schedule", headers=_h(rng, how="nodash")),
                KID_ID, UID),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("trip_started", 1), ev("kid_dropped", 2),
                ev("screen", 3, screen=L("Rota", USAGE))]}),
        case(f, f"{a}/v1/trips", query={"from": "2025-12-01"},
             cookies={"sv_sid": L(opaque(rng, "", 40), CRED), "sv_kid": L(KID_ID, UID)},
             headers=_h(rng, how="none")),
        case(f, f"{a}/v1/eta", query={"lat": home(3)[0], "lon": home(3)[1],
                                      "school": SCHOOL["id"]}, headers=_h(rng, **b)),
    ]


def svezko_sdks() -> list[Case]:
    rng = random.Random(9262)
    return [
        lp_batch(APP, rng, [("Trip Started", {"riders": 3}), ("Rota Saved", {})],
                 at=HOME_AT, nd=4, tz="America/New_York"),
        lp_identify(APP, rng, {"kids": 1, "kid_age": L(KID[3], BIRTH)}),
        bz_open(APP, rng, user=True, n=31),
        jb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="USA", city="New York"),
        kb_crash(APP, rng, ("java.lang.SecurityException", "background location denied"),
                 [kb_crumb("navigation", "Trip -> Live")], screen="LiveTripActivity",
                 tz="America/New_York"),
        pr_eval(APP, rng, {"driver": True}),
        hl_register(APP, rng, tags={"pool": grp_tag()}, tz="America/New_York"),
        su_check(APP, rng, {"analytics": True, "ads": False}),
        pd_iban(APP, rng),
        ch_route(APP, rng, [(HOME_AT, PRECISE), (OTHERS[0]["stop"], None),
                            ((SCHOOL["lat"], SCHOOL["lon"]), None)]),
        ch_tiles(APP, rng, [(40.74183, -73.98931), (40.74201, -73.99012)], PRECISE),
    ]


def grp_tag() -> str:
    return "lakeside_3b"
