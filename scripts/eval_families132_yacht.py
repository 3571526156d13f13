"""Yacht-charter crew booking app "Halyardcrew" (she works as a charter cook out of Port Vila):
sign-up, an OAuth password grant, ``/me``, her crew profile, her passport (scan and number), a
seafarer medical, availability, jobs near the marina, an application, an assignment, a check-in
on the pontoon, a protobuf position heartbeat at sea, hours (msgpack), a provisioning expense
with its receipt, her payout account, an emergency contact, a message to the skipper, an
incident, her schedule by user ID in the path, a payslip by a cookie GET, push and events."""

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
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families132_kit import (
    ANCHORAGE_AT,
    AT_SEA_FIX,
    HUSBAND,
    MARINA,
    MARINA_FIX,
    PASSPORT,
    VILA_HOME,
    VILA_HOME_AT,
    VU_ACCOUNT,
    YACHT,
    fix,
    hd,
    obj,
    push,
)
from eval_families132_sdk import cd_session, mc_batch, mc_queue, tn_launch, tn_link
from eval_families132_svc import fn_eval, hs_attach, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("halyardcrew", "Halyardcrew", "com.example.halyardcrew", "5.8.1",
          "https://api.halyardcrew.example.net")
IID = "X-HC-Install"
PW = "Spinnaker#Vila24"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def halyardcrew() -> list[Case]:
    rng = random.Random(13211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), crew=L("crw_" + USER_ID[2:], UID)))}
    job, asg = obj(rng, "job"), obj(rng, "asg")
    mla, mlo = fix(MARINA_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, asg), (3, 1765330000),
               (4, [(1, L(AT_SEA_FIX[0], PRECISE)), (2, L(AT_SEA_FIX[1], PRECISE)), (3, 11.0)]),
               (5, L(62, DEV)), (6, YACHT["mmsi"])], "", lab)
    sched = at_path(case(f, f"{a}/v2/crew/{USER_ID}/schedule", headers=_h(rng, **b),
                         query={"from": "2025-12-01", "to": "2026-01-31"}), USER_ID, UID)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED), "dateOfBirth": L(DOB, BIRTH),
            "gender": L("female", GENDER), "role": "cook", "nationality": "US",
            "homePort": L("Port Vila", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "halyard-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/crew/profile", headers=_h(rng, **b), body={
            "bio": L("Charter cook, 6 seasons in Vanuatu and Fiji. Island food, bread, fish.",
                     TEXT), "languages": ["en", "bi", "fr"], "yearsAtSea": 6,
            "address": {"line1": L(VILA_HOME["line"], ADDR), "city": L("Port Vila", COARSE),
                        "country": L("VU", COARSE)}}),
        multipart(f, f"{a}/v2/crew/documents", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NID}")),
            ("doc", None, "application/json", {"type": "passport", "number": L(PASSPORT, NID),
                                               "expires": "2031-02-28", "issuer": "USA"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/crew/medical", [
            ("certificate", "seafarer_medical.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "fitForDuty": True, "restrictions": L("Type 2 diabetes, no solo night watch",
                                                      f"{TEXT}|{MED}"),
                "expires": "2026-08-30"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/crew/availability", headers=_h(rng, **b), body={
            "available": [{"from": "2025-12-15", "to": "2026-01-10"}], "maxDays": 10,
            "basePort": MARINA["id"]}),
        case(f, f"{a}/v2/jobs", headers=_h(rng, **b), query={
            "near": L(f"{MARINA_FIX[0]:.3f},{MARINA_FIX[1]:.3f}", PRECISE), "radiusNm": "40",
            "role": "cook", "page": "1"}),
        case(f, f"{a}/v2/jobs/{job}/apply", fmt="form", headers=_h(rng, **b), body={
            "note": L("I can do gluten-free and I know the Havannah anchorages.", TEXT),
            "dayRate": "180", "currency": "USD"}),
        case(f, f"{a}/v2/assignments/{asg}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/assignments/{asg}/checkin", headers=_h(rng, **b), body={
            "at": {"lat": mla, "lng": mlo, "acc": 6}, "vessel": YACHT["id"],
            "marina": {"id": MARINA["id"], "lat": MARINA["lat"], "lng": MARINA["lon"]}}),
        raw(f, f"{a}/v2/assignments/{asg}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/timesheets", fmt="msgpack", headers=_h(rng, **b), body={
            "assignment": asg, "days": [{"d": "2025-12-16", "h": 11}, {"d": "2025-12-17", "h": 9}],
            "crew": L(USER_ID, UID)}),
        multipart(f, f"{a}/v2/expenses", [
            ("receipt", "vila_fresh_market.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{BUY}")),
            ("expense", None, "application/json", {"assignment": asg, "amount": L(18450, BUY),
                                                   "currency": "VUV", "category": "provisions",
                                                   "merchant": "Vila Fresh Market"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/assignments/{asg}/provisioning", fmt="msgpack", headers=_h(rng, **b),
             body={"crew": L(USER_ID, UID), "guests": 6, "diets": {"vegetarian": 1, "nuts": 1},
                   "list": ["taro", "lap lap leaves", "reef fish", "pamplemousse"],
                   "budget": 25000}),
        case(f, f"{a}/v2/payout/account", fmt="form", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "account": L(VU_ACCOUNT, PAY),
            "bank": "Efate Savings Bank", "swift": "EFSBVUVU"}),
        case(f, f"{a}/v2/crew/emergency", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "husband"}),
        case(f, f"{a}/v2/assignments/{asg}/messages", headers=_h(rng, **b), body={
            "to": "skipper", "text": L("Need 2 more bags of ice and the gas bottle before 0700",
                                       TEXT), "clientId": rid(rng)}),
        case(f, f"{a}/v2/incidents", headers=_h(rng, **b), body={
            "assignment": asg, "kind": "injury",
            "text": L("Guest slipped on the swim platform, ice and bandage given", TEXT),
            "at": {"lat": L(round(ANCHORAGE_AT[0] + 0.00021, 5), PRECISE),
                   "lng": L(round(ANCHORAGE_AT[1] - 0.00017, 5), PRECISE)}}),
        sched,
        case(f, f"{a}/v2/payslips/2025-12", headers=_h(rng, how="none"), cookies={
            "hc_session": L(opaque(rng, "", 44), CRED), "hc_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("job_viewed", 1, job=job), ev("applied", 2, job=job),
                ev("screen", 3, view=L("Assignments", USAGE))]}),
    ]


def halyardcrew_sdks() -> list[Case]:
    rng = random.Random(13212)
    link = U("https://halyardcrew.example.net/j/invite", {"job": "job_a41c", "crew": L(
        USER_ID, UID), "utm_source": "whatsapp"})
    return [
        mc_batch(APP, rng, [("Job Applied", {"role": "cook"}),
                            ("Checked In", {"vessel": YACHT["id"]})], adid=True),
        mc_queue(APP, rng, [("Beat Sent", {"n": 14}), ("Message Sent", {"to": "skipper"}),
                            ("Screen Viewed", {"screen": L("Provisioning", USAGE)})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        cd_session(APP, rng, secs=611),
        fn_eval(APP, rng, {"homePort": L("Port Vila", COARSE), "role": "cook"}),
        mm_route(APP, rng, [(MARINA_FIX, PRECISE), (ANCHORAGE_AT, None)], mode="boat"),
        mm_route(APP, rng, [(VILA_HOME_AT, PRECISE), (MARINA_FIX, PRECISE)]),
        hs_attach(APP, rng, L(JPEG + b"\x93", MEDIA), "galley_fridge.jpg", "image/jpeg"),
    ]
