"""LPG cylinder-refill delivery app "Gasrunner" (cooking gas brought to the door, cylinders
swapped): sign-up, a JSON log-in, ``/me``, the delivery address with the complex's gate code,
a safety check with a photo of the cylinder and regulator, dealers near a point in the path,
a price quote, a refill order and its tracking by number in the path, the app's device check
(public IP, LAN address, SIM and network), a gas-leak alert with her fix, a smart scale's level
readings (msgpack), a rating, a deposit refund, reminders, a referral, an invoice by e-mail, a
support ticket, push, events and past orders by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families96_kit import CYLINDER, DBN, DBN_HOME_AT, DEALER, FRIENDS, GATE_CODE
from eval_families96_sdk import ab_event, ab_session, bk_bid, co_crash, co_crumb, tw_batch, tw_queue
from eval_families96_svc import pd_confirm, pw_opened, pw_register, ts_telemetry
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("gasrunner", "Gasrunner", "com.example.gasrunner", "7.0.4",
          "https://api.gasrunner.example.net")
IID = "Gr-Install"
PW = "Braai&Flame2025"
ORDER = "GR-2512-3391"  # her refill order (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def gasrunner() -> list[Case]:
    rng = random.Random(9651)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(DBN_HOME_AT, 6)
    lka, lko = fix(DBN_HOME_AT, 5)
    seg = f"{DBN_HOME_AT[0]:.3f},{DBN_HOME_AT[1]:.3f}"
    near = at_path(case(f, f"{a}/v1/dealers/near/{seg}", headers=_h(rng, **b),
                        query={"size": "9kg", "open": "now"}), seg, PRECISE)
    track = at_path(case(f, f"{a}/v1/orders/{ORDER}/track", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/customers", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL),
            "password": L(PW, CRED), "marketing": False}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/addresses", headers=_h(rng, **b), body={
            "line1": L(DBN["line"], ADDR), "suburb": L(DBN["suburb"], COARSE),
            "city": L(DBN["city"], COARSE), "postalCode": L(DBN["code"], COARSE),
            "province": L(DBN["province"], COARSE), "lat": hla, "lng": hlo,
            "gateCode": L(GATE_CODE, CRED),
            "instructions": L("Blue gate, press 1379# then leave the cylinder by the kitchen door",
                              f"{TEXT}|{CRED}")}),
        multipart(f, f"{a}/v1/safety-checks", [
            ("cylinder", "cylinder.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("regulator", "regulator.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("check", None, "application/json", {"cylinder": CYLINDER, "sizeKg": 9,
                                                 "regulatorAgeY": 3, "indoor": True,
                                                 "ventilated": True})], headers=_h(rng, **b)),
        near,
        case(f, f"{a}/v1/prices", headers=_h(rng, **b), query={
            "province": L("KZN", COARSE), "sizes": "9kg,19kg"}),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), query={
            "dealer": DEALER["id"], "size": "9kg", "exchange": "true"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "dealer": DEALER["id"], "sizeKg": 9, "exchange": True,
            "price": L("389.00", BUY), "slot": "2025-12-11T10:00/12:00",
            "method": L(opaque(rng, "pm_", 24), PAY), "returnCylinder": CYLINDER}),
        track,
        case(f, f"{a}/v1/orders/{ORDER}/delivered", fmt="form", headers=_h(rng, **b), body={
            "handoverCode": L("7741", CRED), "cylinderOut": CYLINDER, "signed": "1"}),
        case(f, f"{a}/v1/session/check", headers=_h(rng, **b, extra={
            "X-Gr-Client": W({"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                              "tz": L("Africa/Johannesburg", DEV), "build": "7.0.4-412"},
                             "b64json")}), body={
            "ip": L(PUBLIC_IP, IPLOC), "localIp": L(LOCAL_IP, DEV), "mccMnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER), "simCountry": L("US", CARRIER),
            "networkCountry": L("za", CARRIER), "rooted": L(False, DEV),
            "emulator": L(False, DEV), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "nonce": opaque(rng, "", 24)}),
        case(f, f"{a}/v1/emergencies/leak", headers=_h(rng, **b), body={
            "lat": lka, "lng": lko, "callback": L(E164, TEL),
            "text": L("Strong gas smell by the stove, I closed the valve and opened windows",
                      TEXT), "dealer": DEALER["id"], "dealerPhone": DEALER["phone"]}),
        case(f, f"{a}/v1/scales/readings", fmt="msgpack", headers=_h(rng, **b), body={
            "scale": "SC-44-1190", "levels": [62, 58, 55, 51], "battery": 80,
            "cylinder": CYLINDER}),
        case(f, f"{a}/v1/orders/{ORDER}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "4", "comment": L("On time, but he left the gate open", TEXT)}),
        case(f, f"{a}/v1/deposits/refund", headers=_h(rng, **b), body={
            "cylinder": CYLINDER, "amount": L("350.00", BUY), "ref": rid(rng)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "everyDays": "35", "tz": L("Africa/Johannesburg", DEV), "channel": "push"}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "name": L(FRIENDS[2][0], NAMEC), "phone": L(FRIENDS[2][1], TEL), "code": "JD-GAS"}),
        case(f, f"{a}/v1/orders/{ORDER}/invoice", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "format": "pdf"}),
        case(f, f"{a}/v1/support", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "topic": "damaged_valve", "id": obj(rng, "tk", 8),
            "text": L("The new cylinder's valve hisses when the regulator is on", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_ZA", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "customer": L(USER_ID, UID), "events": [
                ev("order_placed", 1, size="9kg"), ev("safety_check_done", 2),
                ev("screen", 3, screen=L("TrackOrder", USAGE))]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, how="upper"),
             cookies={"gr_sess": L(opaque(rng, "", 40), CRED), "gr_uid": L(USER_ID, UID)}),
    ]


def gasrunner_sdks() -> list[Case]:
    rng = random.Random(9652)
    return [
        tw_batch(APP, rng, [("Order Placed", {"price": L(389.0, BUY), "size": "9kg"}),
                            ("Leak Alert Sent", {})], at=DBN_HOME_AT, nd=4),
        tw_queue(APP, rng, [("Scale Synced", {"level": 51}), ("Reminder Shown", {})]),
        ab_session(APP, rng, first=True),
        ab_event(APP, rng, "first_order", {"size": "9kg"}, revenue=389.0),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               keywords="braai,cooking,gas"),
        co_crash(APP, rng, ("java.lang.SecurityException", "bluetooth scan denied"),
                 [co_crumb("navigation", "Home -> Scale"),
                  co_crumb("log", "scale", {"id": "SC-44-1190"})], screen="ScaleActivity"),
        pw_register(APP, rng, tags={"size": "9kg"}),
        pw_opened(APP, rng, "refill_due_dec"),
        pd_confirm(APP, rng, "389.00"),
        ts_telemetry(APP, rng, [DBN_HOME_AT, (-29.870498, 30.989341)], PRECISE),
    ]
