"""Community-garden plot-sharing app "Allotmint": she has plot B-14 in a Kips Bay garden.
Sign-up (with an access need), an SMS log-in and its code, ``/me`` with a JWT, the waitlist, a
check-in at her plot with the gate code, a harvest, a photo, a plant-problem search, a message to
another gardener, a watering swap, a tool booking, dues, a seed swap picked up at her stoop, a
shared soil sensor's reading (msgpack), an offline harvest log (JSON Lines), a volunteer shift
with an emergency contact, weather, push, events and her plots by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families22_kit import PARTNER, lines
from eval_families24_kit import claims, head, others
from eval_families37_kit import fix, home
from eval_families84_kit import GARDEN, GARDEN_FIX, PLOT
from eval_families84_sdk import ak_crash, ak_crumb, en_bid, it_session, kt_batch, kt_pixel
from eval_families84_svc import dd_register, mp_reverse, mp_route, on_save
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("allotmint", "Allotmint", "com.example.allotmint", "1.8.5",
          "https://api.allotmint.example.com")
IID = "X-Allotmint-Install"
PW = "Marigold-Row-31"
PEERS = others(random.Random(8470), 3, "gdnr_")  # other gardeners (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def allotmint() -> list[Case]:
    rng = random.Random(8471)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    gla, glo = fix(GARDEN_FIX)
    hla, hlo = home(4)
    log = [{"user": L(USER_ID, UID), "plot": PLOT, "crop": c, "kg": kg, "ts": 1765200000 + i}
           for i, (c, kg) in enumerate([("kale", 0.6), ("chard", 0.4), ("garlic", 0.9)])]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_UPPER, MAIL), "phone": L(E164, TEL), "password": L(PW, CRED),
            "zip": L(ZIP, COARSE), "accessibility": L(
                "Wheelchair user, I need a raised bed near the gate", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={"phone": L(DIGITS, TEL)}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("418226", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/waitlist", headers=_h(rng, **b), body={
            "garden": GARDEN["id"], "from": {"lat": hla, "lon": hlo}, "maxWalkMin": 20,
            "raisedBed": True}),
        case(f, f"{a}/v1/plots/{PLOT}/checkin", headers=_h(rng, **b), body={
            "garden": {"id": GARDEN["id"], "lat": GARDEN["lat"], "lon": GARDEN["lon"]},
            "me": {"lat": gla, "lon": glo, "acc": 6}, "gateCode": L("2718", CRED)}),
        case(f, f"{a}/v1/harvests", headers=_h(rng, **b), body={
            "plot": PLOT, "crop": "tomato", "kg": 2.3, "variety": "Sungold"}),
        multipart(f, f"{a}/v1/plots/{PLOT}/photos", [
            ("photo", "bed.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Garlic is in, mulched with the leaves from the block party",
                             TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/plants/search", headers=_h(rng, **b), query={
            "q": L("yellow spots on tomato leaves", SEARCH), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": PEERS[0], "garden": GARDEN["id"],
            "text": L("Could you water B-14 on Thursday? I'll do yours next week", TEXT)}),
        case(f, f"{a}/v1/watering/swaps", headers=_h(rng, **b), body={
            "with": PEERS[0], "dates": ["2025-12-11", "2025-12-18"], "plots": [PLOT, "B-15"]}),
        case(f, f"{a}/v1/tools/bookings", fmt="form", headers=_h(rng, **b), body={
            "tool": "rototiller", "slot": "2025-12-13T10:00", "garden": GARDEN["id"]}),
        case(f, f"{a}/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "season": "2026", "amount": L("35.00", BUY), "method": L(opaque(rng, "pm_", 24),
                                                                     PAY)}),
        case(f, f"{a}/v1/seed-swaps", headers=_h(rng, **b), body={
            "offer": "Cherokee Purple seeds", "want": "fava beans",
            "pickup": L(LINE1, ADDR), "note": L("Box on my stoop after 6pm", TEXT)}),
        case(f, f"{a}/v1/sensors/soil", fmt="msgpack", headers=_h(rng, **b), body={
            "sensor": "soil_7731", "moisture": 0.31, "tempC": 8.4, "reporter": L(USER_ID, UID),
            "phone": L(INSTALL_ID, DID)}),
        lines(f, f"{a}/v1/harvests/offline", log, headers=_h(rng, **b)),
        case(f, f"{a}/v1/volunteer-shifts", headers=_h(rng, **b), body={
            "shift": "compost_sat_am", "garden": GARDEN["id"],
            "emergencyContact": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)}}),
        case(f, f"{a}/v1/garden-reports", headers=_h(rng, **b), body={
            "garden": GARDEN["id"], "kind": "broken_hose", "me": {"lat": gla, "lon": glo},
            "text": L("The hose by bed B-12 is split, water everywhere near the gate", TEXT)}),
        case(f, f"{a}/v1/weather", headers=_h(rng), query={
            "lat": L("40.74", COARSE), "lon": L("-73.98", COARSE)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("checkin", 1), ev("harvest_logged", 2, kg=2.3),
                ev("screen", 3, screen=L("PlotMap", USAGE))]}),
        case(f, f"{a}/v1/plots/mine", headers=_h(rng, how="nodash"),
             cookies={"am_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def allotmint_sdks() -> list[Case]:
    rng = random.Random(8472)
    hla, hlo = home(5)
    return [
        kt_batch(APP, rng, [("Checked In", {"plot": PLOT}), ("Harvest Logged", {"kg": 2.3})],
                 at=GARDEN_FIX, nd=3),
        kt_pixel(APP, rng, "Waitlist Viewed", {"garden": GARDEN["id"]}),
        it_session(APP, rng, first=True),
        en_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GARDEN_FIX, nd=3,
               keywords="gardening,seeds,compost"),
        ak_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "plot grid 4 of 4"),
                 [ak_crumb("nav", "Garden -> PlotMap")], screen="PlotMapActivity"),
        dd_register(APP, rng, at=GARDEN_FIX, nd=2, tags={"garden": GARDEN["id"]}),
        on_save(APP, rng, {"analytics": True, "ads": True}),
        mp_reverse(APP, rng, GARDEN_FIX, PRECISE, nd=5),
        mp_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((GARDEN["lat"], GARDEN["lon"]), None)]),
    ]
