"""A copra and cocoa buyer's app "Kokobaem" (she sells the copra and cocoa of her husband's
family's plantation on Malakula to the buying station at Lakatoro): grower registration, an SMS
code, ``/me``, the plantation's boundary, prices for her island, a delivery docket, a photo of the
bags, confirming the docket, the payout to mobile money, her bank account, an offline sync
(msgpack), a fermentation log, a boat pick-up at the family's landing, buyers nearby, weather
for the plot, a pest report with a photo, a message to the buyer, statements by a cookie GET,
receipts by grower number in the path, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families132_kit import (
    DOCKET,
    GROWER,
    HUSBAND,
    LANDING_AT,
    NATIONAL_ID,
    PLOT,
    STATION,
    VU_ACCOUNT,
    fix,
    hd,
    push,
)
from eval_families132_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_launch,
)
from eval_families132_svc import cl_wallet, hs_message, mm_telemetry, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kokobaem", "Kokobaem", "com.example.kokobaem", "4.0.2",
          "https://api.kokobaem.example.com")
IID = "X-KB-Device"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kokobaem() -> list[Case]:
    rng = random.Random(13241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), phone=L(E164, TEL)))}
    lla, llo = fix(LANDING_AT, 5)
    pla, plo = fix(PLOT[0], 6)
    rec = at_path(case(f, f"{a}/v3/growers/{GROWER}/receipts", headers=_h(rng, **b),
                       query={"season": "2025"}), GROWER, UID)
    return [
        case(f, f"{a}/v3/growers", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "village": L("Norsup", COARSE), "island": L("Malakula", COARSE),
            "province": L("Malampa", COARSE), "nationalId": L(NATIONAL_ID, NID),
            "dob": L(DOB, BIRTH), "gender": L("F", GENDER),
            "coOwner": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "crops": ["copra", "cocoa"]}),
        case(f, f"{a}/v3/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("604218", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/plots", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "name": "Malesu family block",
            "boundary": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in PLOT],
            "hectares": 3.4, "trees": {"coconut": 410, "cocoa": 650}}),
        case(f, f"{a}/v3/prices", headers=_h(rng, **b), query={
            "commodity": "copra,cocoa", "island": L("Malakula", COARSE), "grade": "1"}),
        case(f, f"{a}/v3/deliveries", headers=_h(rng, **b), body={
            "station": STATION["id"], "docket": L(DOCKET, BUY), "grower": L(GROWER, UID),
            "lines": [{"commodity": "copra", "bags": 14, "kg": 812.5, "grade": 1},
                      {"commodity": "cocoa", "bags": 3, "kg": 176.0, "ferment": "good"}],
            "amount": L(98420, BUY), "currency": "VUV",
            "stationAt": {"lat": STATION["lat"], "lon": STATION["lon"]}}),
        multipart(f, f"{a}/v3/deliveries/{DOCKET}/photos", [
            ("photo", "bags.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"docket": L(DOCKET, BUY), "n": 17})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/deliveries/{DOCKET}/confirm", fmt="form", headers=_h(rng, **b), body={
            "pin": L("2741", CRED), "agree_weight": "yes", "grower": L(GROWER, UID)}),
        case(f, f"{a}/v3/payouts", headers=_h(rng, **b), body={
            "docket": L(DOCKET, BUY), "amount": L(98420, BUY), "to": "mobile_money",
            "msisdn": L(E164, TEL), "name": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v3/growers/bank", fmt="form", headers=_h(rng, **b), body={
            "account_no": L(VU_ACCOUNT, PAY), "account_name": L(f"{FIRST} {LAST}", NAMEC),
            "branch": "Norsup", "grower": L(GROWER, UID)}),
        case(f, f"{a}/v3/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "queued": [
                {"kind": "price_view", "commodity": "copra", "ts": 1765290101},
                {"kind": "bag_count", "docket": L(DOCKET, BUY), "bags": 14, "ts": 1765290455}]}),
        case(f, f"{a}/v3/certification", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "scheme": "organic", "farmCode": "ORG-VU-0771",
            "inspection": "2026-02-03", "lastSpray": None, "plot": "Malesu family block"}),
        case(f, f"{a}/v3/fermentary/log", headers=_h(rng, **b), body={
            "batch": "FB-25-33", "day": 4, "boxTempC": 47.5, "turned": True,
            "note": L("Rain all night, covered the boxes with banana leaves", TEXT)}),
        case(f, f"{a}/v3/pickups", headers=_h(rng, **b), body={
            "landing": {"lat": lla, "lon": llo}, "date": "2025-12-13", "bags": 17,
            "boat": "MV Namele Star", "contact": L(NATIONAL, TEL)}),
        case(f, f"{a}/v3/buyers/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LANDING_AT[0]:.2f}", COARSE), "lon": L(f"{LANDING_AT[1]:.2f}", COARSE),
            "commodity": "cocoa"}),
        case(f, f"{a}/v3/weather", headers=_h(rng, **b), query={
            "lat": L(f"{PLOT[0][0]:.4f}", PRECISE), "lon": L(f"{PLOT[0][1]:.4f}", PRECISE),
            "days": "5"}),
        multipart(f, f"{a}/v3/pests", [
            ("photo", "pod.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("report", None, "application/json", {
                "pest": "black pod", "text": L("Many pods black near the creek side", TEXT),
                "at": {"lat": pla, "lon": plo}})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "to": STATION["id"], "text": L("Boat comes Saturday, can you hold the price?",
                                           TEXT), "ref": rid(rng)}),
        case(f, f"{a}/v3/statements", headers=_h(rng, how="none"), query={"season": "2025"},
             cookies={"kb_sess": L(opaque(rng, "", 40), CRED), "kb_dev": L(INSTALL_ID, DID)}),
        rec,
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("delivery_confirmed", 1), ev("payout_requested", 2),
                ev("screen", 3, screen=L("Prices", USAGE))]}),
        case(f, f"{a}/v3/config", headers=_h(rng, **b), query={
            "app": APP.ver, "lang": L("en", DEV)}),
    ]


def kokobaem_sdks() -> list[Case]:
    rng = random.Random(13242)
    return [
        mc_batch(APP, rng, [("Delivery Confirmed", {"amount": L(98420, BUY)}),
                            ("Price Viewed", {"commodity": "copra"})], at=LANDING_AT, nd=2),
        mc_queue(APP, rng, [("Plot Saved", {"ha": 3.4}), ("Pest Reported", {"pest": "black pod"})]),
        tn_launch(APP, rng, user=True, n=9),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="copra,cocoa,farm"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.io.IOException", "sync offline"),
                 [cd_crumb("net", "POST", {"url": f"{APP.api}/v3/sync", "status": 0})],
                 screen="SyncWorker"),
        pt_register(APP, rng, at=LANDING_AT, nd=2, tags={"island": L("Malakula", COARSE)}),
        mm_telemetry(APP, rng, [PLOT[1], PLOT[2]], PRECISE),
        cl_wallet(APP, rng, "98420", L(E164, TEL)),
        hs_message(APP, rng, L("Docket LKT-25-08812 paid short by 2,000 vatu", f"{TEXT}|{BUY}"),
                   {"grower": L(GROWER, UID)}),
    ]
