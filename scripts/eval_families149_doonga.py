"""Phewa lake rowing-boat hire app "Doongasawari" (a boat owners' samiti at Barahi ghat):
sign-up, log-in, boats, a booking with her party, a life-jacket waiver, the pier check-in, a
protobuf beat on the lake, the hourly timer, the payment, a lost-item report, a rating, a
Tal Barahi island drop-off, a receipt by number in the path, route telemetry. Set 99 had a
paragliding app and set 116 a canoe club; this is a hire-by-the-hour rowing boat."""
from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families149_kit import (
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    LAKE_FIX,
    PASSPORT,
    PIER,
    PIER_FIX,
    TZ,
    fix,
    hd,
)
from eval_families149_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families149_svc import (
    cl_wallet,
    fn_eval,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, L, case

MED, REL, NID = "health.medical", "personal.sensitive", "personal.national_id"


def _std_sdks(app: App, seed: int, at: Any, evs: list[Any], traits: dict[str, Any],
              ) -> list[Case]:
    rng = random.Random(seed)
    return [
        mc_batch(app, rng, evs, at=at, nd=2, locale="en_NP"),
        mc_identify(app, rng, traits),
        tn_launch(app, rng, first=True),
        tn_event(app, rng, "af_purchase", {"app": app.name}, revenue=500.0, hashed=True),
        bf_bid(app, rng, {"banner": {"w": 320, "h": 50}}),
        cd_crash(app, rng, ("java.lang.NullPointerException", "view detached"),
                 [cd_crumb("nav", "Home -> Detail")], screen="MainActivity"),
        pt_register(app, rng, at=HOME_AT, nd=2, lang="en"),
        fn_eval(app, rng, {"country": L("NP", COARSE), "userId": L(USER_ID, UID)}),
    ]

APP = App("doongasawari", "Doongasawari", "com.example.doongasawari", "1.3.8",
          "https://api.doongasawari.example.org")
IID = "X-Doonga-Install"
PW = "Phewa!Row2026"
RIDE = "DS-26-44812"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def doongasawari() -> list[Case]:
    return [*_base(), *_more()]


def _base() -> list[Case]:
    rng = random.Random(14941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    pla, plo = fix(PIER_FIX, 5)
    lla, llo = fix(LAKE_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, "bt_017"), (3, 1790100000),
               (4, [(1, lla), (2, llo)]), (5, 38)], "", lab)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "nationality": "US",
            "passport": L(PASSPORT, NID)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("550912", CRED)}),
        case(f, f"{a}/api/boats", headers=_h(rng, **b), query={
            "ghat": PIER["id"], "near": L(f"{PIER_FIX[0]:.4f},{PIER_FIX[1]:.4f}", PRECISE)}),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "ghat": PIER["id"], "boat": "bt_017", "hours": 2, "ride": L(RIDE, BUY),
            "amount": L(1400, BUY), "party": [
                {"name": L(HUSBAND[0], NAMEC), "age": L(41, BIRTH)},
                {"name": L(DAUGHTER["first"], NAMEC), "age": L(9, BIRTH)}]}),
        case(f, f"{a}/api/waiver", fmt="form", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "signed_by": L(f"{FIRST} {LAST}", NAMEC),
            "swimmer": "no", "child_lifejacket": "yes", "dob": L("1991-05-17", BIRTH)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "at": {"lat": pla, "lon": plo},
            "ghat": {"lat": PIER["lat"], "lon": PIER["lon"]}}),
        raw(f, f"{a}/api/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/timer", headers=_h(rng, **b), query={"ride": L(RIDE, BUY)}),
        case(f, f"{a}/api/pay", fmt="form", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "amount": L("1400", BUY), "wallet": L(E164, TEL)}),
        case(f, f"{a}/api/lost", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "text": L(
                "Left a pink water bottle with ASHA written on it in boat 17", TEXT),
            "at": {"lat": lla, "lon": llo}}),
        case(f, f"{a}/api/rate", fmt="form", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "stars": "4",
            "comment": L("Boatman was kind to my daughter", TEXT)}),
        case(f, f"{a}/api/island-drop", fmt="msgpack", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "drop": "tal_barahi", "wait_min": 30,
            "user": L(USER_ID, UID)}),
        at_path(case(f, f"{a}/api/receipts/{RIDE}", headers=_h(rng, **b)), RIDE, BUY),
        case(f, f"{a}/api/me", headers=_h(rng, how="none"), cookies={
            "ds_sid": L(opaque(rng, "", 32), CRED), "ds_dev": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "tz": L(TZ, DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/api/log", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [ev("start_ride", 1), ev("screen", 2,
                                                                          s=L("Timer", USAGE))]}),
    ]


def doongasawari_sdks() -> list[Case]:
    rng = random.Random(14942)
    return [*_std_sdks(APP, 14943, PIER_FIX, [("Start Ride", {"hours": 2})],
                       {"city": L("Pokhara", COARSE), "rides": 3}),
            mm_telemetry(APP, rng, [PIER_FIX, LAKE_FIX], PRECISE),
            cl_wallet(APP, rng, "1400", L(E164, TEL))]


def _more() -> list[Case]:
    rng = random.Random(14944)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    out: list[Case] = []
    for i, fx in enumerate([(28.203112, 83.950221), (28.202015, 83.947004),
                            (28.201544, 83.945120)]):
        la, lo = fix(fx, 5)
        out.append(case(f, f"{a}/api/track", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "seq": i, "lat": la, "lon": lo, "speed": 1.2 + i / 10}))
    out += [
        case(f, f"{a}/api/weather", headers=_h(rng, **b), query={"lake": "phewa"}),
        case(f, f"{a}/api/sos", headers=_h(rng, **b), body={
            "ride": L(RIDE, BUY), "at": L(f"{LAKE_FIX[0]:.5f},{LAKE_FIX[1]:.5f}", PRECISE),
            "text": L("Oar broke, drifting near the fish farm side", TEXT),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "emergency": {
                "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/history", headers=_h(rng, **b), query={"page": "1"}),
    ]
    return out
