"""Gig delivery app "Runbasket" where she is the courier: the application (SSN, licence,
address), SMS log-in, ``/me``, a selfie check (a face template), a shift started from home (her
fix and Wi-Fi), location pings (msgpack) and a protobuf heartbeat, an offer accepted and one
declined, the pickup (a photo), a chat with the customer's masked number, the drop-off (a
photo, her fix, nearby Wi-Fi), the heat map by a rounded point in the path, earnings, an
instant payout to her debit card, the W-9, a mileage log, a crash report, a restaurant rating,
push, telemetry and her schedule by her courier ID in the path with a JWT session cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import token
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    DIGITS,
    E164,
    FACE,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import CARD2, SSN, claims, head
from eval_families61_kit import (
    COURIER_ID,
    DROP_AT,
    DROP_FIX,
    PROXY_PHONE,
    RESTAURANT,
    fix,
    obj,
    path,
)
from eval_families61_sdk import cm_crumb, cm_report, im_link, im_session, tf_batch, tf_queue
from eval_families61_svc import (
    ch_message,
    mp_reverse,
    mp_route,
    pf_register,
    pt_payout,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("runbasket", "Runbasket Courier", "com.example.runbasket.courier", "12.4.0",
          "https://courier.runbasket.example.com")
IID = "X-RB-Device"
PICKUP_FIX = (40.742588, -73.982761)  # her phone at the restaurant (location.precise)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def runbasket() -> list[Case]:
    rng = random.Random(6161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, courier=L(COURIER_ID, UID), phone=L(E164, TEL)))}
    shift, offer, order = obj(rng, "sh", 10), obj(rng, "of", 10), obj(rng, "ord", 10)
    hla, hlo = fix((LAT, LON), 6)
    pla, plo = fix(PICKUP_FIX, 5)
    dla, dlo = fix(DROP_FIX, 6)
    vec = [round(rng.gauss(0, 0.07), 4) for _ in range(128)]
    lab: dict[str, str] = {}
    beat = pb([(1, L(COURIER_ID, UID)), (2, shift), (3, [(1, L(40.744712, PRECISE)),
                                                         (2, L(-73.981033, PRECISE))]),
               (4, 4.2), (5, 38), (6, L(71, DEV)), (7, order)], "", lab)
    heat = f"{LAT:.2f},{LON:.2f}"
    acc: Acc = {}
    sess = token({"sub": L(USER_ID, UID), "courier": L(COURIER_ID, UID), "exp": 1765400000},
                 "cookie", "rb_session", acc)
    sched = case(f, f"{a}/v2/couriers/{COURIER_ID}/schedule", headers=_h(rng, how="none"),
                 cookies={"rb_session": sess})
    return [
        case(f, f"{a}/v2/couriers/apply", headers=_h(rng, lang=True), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID),
            "licence": {"number": L(LICENCE, NATID), "state": L(STATE, COARSE)},
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "vehicle": "ebike", "market": L("nyc", COARSE)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(DASHED, TEL), "country": "US"}),
        case(f, f"{a}/v2/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("339201", CRED)}),
        case(f, f"{a}/v2/couriers/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/identity/selfie", headers=_h(rng, **b), body={
            "template": L(f32b64(vec), FACE), "liveness": 0.97, "match": 0.93,
            "box": [188, 290, 412, 412], "check": obj(rng, "idc")}),
        case(f, f"{a}/v2/shifts/start", headers=_h(rng, **b), body={
            "shift": shift, "zone": L("manhattan-midtown", COARSE), "vehicle": "ebike",
            "at": {"lat": hla, "lng": hlo, "acc": 6},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "phoneBattery": L(83, DEV), "bag": True}),
        case(f, f"{a}/v2/location", fmt="msgpack", headers=_h(rng, **b), body={
            "courier": L(COURIER_ID, UID), "shift": shift,
            "pings": path(rng, 5, (LAT, LON), PICKUP_FIX)}),
        raw(f, f"{a}/v2/location/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/offers/{offer}/accept", headers=_h(rng, **b), body={
            "restaurant": RESTAURANT["id"], "pickup": [RESTAURANT["lat"], RESTAURANT["lon"]],
            "dropoff": list(DROP_AT), "payout": "8.75", "miles": 1.3,
            "at": {"lat": L(round(LAT + 0.0021, 5), PRECISE),
                   "lng": L(round(LON + 0.0034, 5), PRECISE)}}),
        case(f, f"{a}/v2/offers/{obj(rng, 'of', 10)}/decline", fmt="form",
             headers=_h(rng, **b), body={"reason": "too_far", "payout": "5.10"}),
        multipart(f, f"{a}/v2/orders/{order}/pickup", [
            ("photo", "bag.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "restaurant": RESTAURANT["name"], "restaurantPhone": RESTAURANT["phone"],
                "items": 3, "at": {"lat": pla, "lng": plo}})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/orders/{order}/chat", headers=_h(rng, **b), body={
            "to": PROXY_PHONE, "text": L("Downstairs at the Lexington door, green jacket", TEXT),
            "template": False}),
        multipart(f, f"{a}/v2/orders/{order}/dropoff", [
            ("photo", "door.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "at": {"lat": dla, "lng": dlo}, "handoff": "left_at_door",
                "dispatchedTo": list(DROP_AT),
                "scan": [L("0c:80:63:5e:11:a4", WIFI), L("b4:fb:e4:22:09:7c", WIFI)]})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/heatmap/{heat}", headers=_h(rng, **b),
                     query={"zoom": "13", "window": "60m"}), heat, COARSE),
        case(f, f"{a}/v2/earnings", headers=_h(rng, **b), query={"week": "2025-W50"}),
        case(f, f"{a}/v2/payouts/instant", fmt="form", headers=_h(rng, **b), body={
            "amount": "184.20", "fee": "0.50", "cardLast4": L(CARD2[-4:], PAY),
            "cardId": L(opaque(rng, "dc_", 20), PAY)}),
        case(f, f"{a}/v2/tax/w9", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "tin": L(SSN, NATID), "classification": "individual",
            "address": {"line1": L(f"{LINE1} {LINE2}", ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "signature": L(NAME, NAMEC), "signedAt": "2025-12-09T18:02:11-05:00"}),
        case(f, f"{a}/v2/mileage", headers=_h(rng, **b), body={
            "date": "2025-12-09", "miles": 14.2, "shift": shift,
            "start": {"lat": L(round(LAT, 4), PRECISE), "lng": L(round(LON, 4), PRECISE)},
            "end": {"lat": L(round(DROP_FIX[0], 4), PRECISE),
                    "lng": L(round(DROP_FIX[1], 4), PRECISE)}}),
        case(f, f"{a}/v2/safety/incidents", headers=_h(rng, **b), body={
            "kind": "crash", "injured": L(True, MED), "order": order,
            "text": L("A car door opened into the bike lane on 3rd Ave, scraped my knee",
                      f"{TEXT}|{MED}"),
            "at": {"lat": L(40.744102, PRECISE), "lng": L(-73.977418, PRECISE)}}),
        case(f, f"{a}/v2/ratings", headers=_h(rng, **b), body={
            "restaurant": RESTAURANT["id"], "stars": 2,
            "text": L("Order wasn't ready for 20 minutes again", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, how="nodash", **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/telemetry", gz=True, headers=_h(rng, **b), body={
            "courier": L(COURIER_ID, UID), "events": [
                ev("offer_accepted", 1, offer=offer), ev("dropoff_done", 2, order=order),
                ev("screen", 3, screen=L("Earnings", USAGE))]}),
        add(at_path(sched, COURIER_ID, UID), acc),
    ]


def runbasket_sdks() -> list[Case]:
    rng = random.Random(6162)
    return [
        tf_batch(APP, rng, [("Delivery Completed", {"miles": 1.3}),
                            ("Payout Requested", {"instant": True})], at=DROP_FIX, nd=3, ip=True),
        tf_queue(APP, rng, [("Shift Started", {"zone": L("manhattan-midtown", COARSE)}),
                            ("Offer Declined", {"reason": "too_far"})]),
        im_session(APP, rng, user=True, n=212, secs=18400),
        im_link(APP, rng, U("https://runbasket.example.com/join", {
            "invite": "RB-SAMIR-25", "market": L("nyc", COARSE), "ref": L(COURIER_ID, UID)})),
        cm_report(APP, rng, ("java.lang.SecurityException", "camera in use"),
                  [cm_crumb("navigation", "Order -> Dropoff"),
                   cm_crumb("request", "POST /v2/orders/dropoff", {"status": 500})],
                  screen="DropoffActivity", meta={"order": {"id": "ord_77a1"}}),
        mp_reverse(APP, rng, DROP_FIX, PRECISE, nd=5),
        pf_register(APP, rng, at=(LAT, LON), nd=2, tags={"vehicle": "ebike"}),
        pt_payout(APP, rng),
        mp_route(APP, rng, [(PICKUP_FIX, PRECISE),
                            ((RESTAURANT["lat"], RESTAURANT["lon"]), None), (DROP_AT, None)]),
        ch_message(APP, rng, L("My payout for the Dec 8 shift is missing", TEXT),
                   {"courier": L(COURIER_ID, UID)}),
    ]
