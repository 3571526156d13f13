"""Sargassum landing reports and beach-crew app "Barana" ("sea"; the town board's seaweed watch
pays volunteer crews a small stipend to rake the beaches of Dangriga when the mats land): its
API's keys are Garifuna with English loans: ``iri`` / ``apeyidu`` name and surname,
``telefon``, ``paswod``, ``usteragule`` birth date, ``taun`` town, ``muna`` house, ``barana``
sea (the landing's size), ``weyu`` day, ``posishan`` position, ``foto`` photo, ``mesij``
message, ``sensu`` amount, ``akaunt`` bank account, ``ayanuha`` illness (an exposure report),
``hosban`` husband. Sign-up, a log-in, ``/me``, a landing report with her fix, its photo
(5-decimal position in the part's JSON), shifts, a sign-up, the shift check-in, a protobuf bag
tally, a tool loan (msgpack), an exposure report (rash, headache), the stipend account, the
stipends by crew number in the path, a forecast near her house (2 decimals), compost delivery
to her house, an offline queue of reports (JSON Lines), the crew chat, the hours certificate by
cookie, push, events and a log-out. New: "sargassum" and "beach clean" matched no docstring
(an earlier set's seaweed farmers' cooperative grows a crop; this is a beach landing)."""

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
    DID,
    EMAIL_UPPER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families252_kit import (
    BEACH_ACCESS,
    BEACH_FIX,
    BZ_ACCOUNT,
    CREW,
    DG_HOME,
    DG_HOME_AT,
    HUSBAND,
    fix,
    hd,
    obj,
    push,
)
from eval_families252_sdk import (
    bg_bid,
    bg_notice,
    cm_session,
    mh_batch,
    mh_queue,
    tp_launch,
    tp_link,
)
from eval_families252_svc import cb_save, mp_reverse, mp_telemetry, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("barana", "Barana", "com.example.barana", "1.4.5", "https://api.barana.example.com")
IID = "X-Barana-Device"
PW = "Sargasso*Tide55"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def barana() -> list[Case]:
    rng = random.Random(25241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), crew=L(CREW, UID)))}
    bla, blo = fix(BEACH_FIX)
    b5a, b5o = fix(BEACH_FIX, 5)
    lab: dict[str, str] = {}
    tally = pb([(1, L(CREW, UID)), (2, 1773475200), (3, 14), (4, 310),
                (5, [(1, L(round(BEACH_FIX[0], 4), PRECISE)), (2, L(round(BEACH_FIX[1], 4),
                                                                   PRECISE))])], "", lab)
    stip = at_path(case(f, f"{a}/api/v1/stipends/{CREW}", headers=_h(rng, **b)), CREW, UID)
    return [
        case(f, f"{a}/api/v1/volunteers", headers=_h(rng), body={
            "iri": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "telefon": L(NATIONAL, TEL),
            "email": L(EMAIL, MAIL), "paswod": L(PW, CRED), "usteragule": L(DOB, BIRTH),
            "taun": L(DG_HOME["town"], COARSE), "crew": L(CREW, UID), "shirt": "M",
            "emergency": {"iri": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "paswod": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/reports", headers=_h(rng, **b), body={
            "posishan": {"lat": bla, "lng": blo, "acc": 6},
            "access_point": {"lat": BEACH_ACCESS[0], "lng": BEACH_ACCESS[1]},
            "barana": "heavy", "mat_m": 40, "weyu": "2026-03-14T06:40",
            "mesij": L("Thick mats at the north end past the pier, strong egg smell, the turtle "
                       "nests by the almond trees are covered", TEXT), "crew": L(CREW, UID)}),
        multipart(f, f"{a}/api/v1/reports/foto", [
            ("foto", "north_end.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"report": obj(rng, "rp"),
                                                "lat": b5a, "lng": b5o})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/beaches", headers=_h(rng, **b), query={
            "near": L(f"{BEACH_FIX[0]:.3f},{BEACH_FIX[1]:.3f}", PRECISE), "radius_km": "3"}),
        case(f, f"{a}/api/v1/shifts", headers=_h(rng, **b), query={
            "weyu": "2026-03-15", "beach": "north"}),
        case(f, f"{a}/api/v1/shifts/signup", fmt="form", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh"), "crew": L(CREW, UID), "role": "raker"}),
        case(f, f"{a}/api/v1/shifts/checkin", headers=_h(rng, **b), body={
            "crew": L(CREW, UID), "posishan": {"lat": b5a, "lng": b5o},
            "access_point": {"lat": BEACH_ACCESS[0], "lng": BEACH_ACCESS[1]}}),
        raw(f, f"{a}/api/v1/tally", tally, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tools/loan", fmt="msgpack", headers=_h(rng, **b), body={
            "crew": L(CREW, UID), "tools": ["rk_118", "fk_042", "wb_007"],
            "deposit": L(20, BUY)}),
        case(f, f"{a}/api/v1/ayanuha", headers=_h(rng, **b), body={
            "crew": L(CREW, UID), "weyu": "2026-03-15",
            "symptoms": [L("skin rash on forearms", MED), L("headache", MED)],
            "mesij": L("Rash on both forearms after the wet mats and a headache from the smell, "
                       "I stopped at 9", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/stipend/akaunt", headers=_h(rng, **b), body={
            "crew": L(CREW, UID), "holder": L(f"{FIRST} {LAST}", NAMEC),
            "akaunt": L(BZ_ACCOUNT, PAY), "bank": "Example Bank Belize"}),
        stip,
        case(f, f"{a}/api/v1/forecast", headers=_h(rng, **b), query={
            "lat": L(f"{DG_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{DG_HOME_AT[1]:.2f}", COARSE),
            "days": "5"}),
        case(f, f"{a}/api/v1/compost/request", headers=_h(rng, **b), body={
            "crew": L(CREW, UID), "muna": L(DG_HOME["line"], ADDR),
            "taun": L(DG_HOME["town"], COARSE), "bags": 6, "weyu": "2026-03-18"}),
        lines(f, f"{a}/api/v1/reports/queue", [
            {"crew": L(CREW, UID), "barana": "light", "t": 1773390000,
             "lat": L(round(BEACH_FIX[0] + 0.0021, 6), PRECISE),
             "lng": L(round(BEACH_FIX[1] - 0.0007, 6), PRECISE)},
            {"crew": L(CREW, UID), "barana": "medium", "t": 1773393600,
             "lat": L(round(BEACH_FIX[0] + 0.0009, 6), PRECISE),
             "lng": L(round(BEACH_FIX[1] - 0.0003, 6), PRECISE)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/chat", headers=_h(rng, **b), body={
            "room": "crew-north",
            "mesij": L("Who has the truck key? Kenroy can drive the compost at 6", TEXT)}),
        case(f, f"{a}/api/v1/certificate", headers=_h(rng, how="none"), cookies={
            "br_session": L(opaque(rng, "", 40), CRED), "br_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("report_sent", 1), ev("screen", 2, screen=L("Shifts", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def barana_sdks() -> list[Case]:
    rng = random.Random(25242)
    link = U("https://barana.example.com/c", {"crew": L(CREW, UID), "src": "sms",
                                              "em": L(EMAIL, MAIL)})
    return [
        mh_batch(APP, rng, [("Report Sent", {"size": "heavy"}),
                            ("Shift Checked In", {"beach": "north"})], at=BEACH_FIX, nd=3),
        mh_queue(APP, rng, [("Tally", {"bags": 14}), ("Form Sent", {})]),
        tp_launch(APP, rng, first=True),
        tp_link(APP, rng, link),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BEACH_FIX, nd=2,
               keywords="beach,weather,volunteer"),
        bg_notice(APP, rng, "imp"),
        cm_session(APP, rng, secs=1804),
        mp_reverse(APP, rng, BEACH_FIX, PRECISE, nd=5),
        mp_telemetry(APP, rng, [BEACH_FIX, DG_HOME_AT], PRECISE),
        pj_register(APP, rng, at=BEACH_FIX, nd=2, tags={"beach": "north"}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
    ]
