"""Biryani cloud-kitchen app "Handibox": one brand cooking in its own kitchens and delivering
with its own riders (no restaurant marketplace). OTP log-in, her profile (a birthday for
offers), ``/me`` with a JWT, serviceability at her flat, home and office addresses, the menu, a
search, the cart (msgpack), an order paid by UPI, its tracking by number in the path, a masked
call to the rider, a party order for 25 guests at a friend's house, a rating, a refund claim
with a photo, a wallet top-up, a subscription club, invitations from her address book, push, a
location ping on opening (protobuf: a nested fix, her Wi-Fi), events and the order history by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
    raw,
)
from eval_families20_kit import ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix
from eval_families105_kit import (
    FRIEND,
    FRIEND_LINE,
    HOME_AT,
    HOME_HY,
    KITCHEN,
    OFFICE_AT,
    OFFICE_HY,
    RIDER,
    UPI_VPA,
    InApp,
    hh,
    obj,
)
from eval_families105_sdk import (
    gn_batch,
    gn_identify,
    jl_event,
    jl_session,
    px_bid,
    vl_crash,
    vl_crumb,
)
from eval_families105_svc import cp_upi, dc_geocode, dc_telemetry, gm_register
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    INSTALL_ID,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = InApp("handibox", "Handibox", "com.example.handibox", "7.4.0",
            "https://api.handibox.example.com")
IID = "X-Hb-Device"
ORDER = "HB-HYD-25121088214"  # her order number (financial.purchase)
PEOPLE_IN = [("Sravani Reddy", "+919848022117"), ("Karthik Rao", "+919912340078"),
             ("Meena Iyer", "+919030055612")]  # address-book entries she invites


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how, lang=False, **kw)


def handibox() -> list[Case]:
    rng = random.Random(10541)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HOME_AT, 6)
    ola, olo = fix(OFFICE_AT, 5)
    track = at_path(case(f, f"{a}/v2/orders/{ORDER}/track", headers=_h(rng, **b),
                         query={"since": "1765341000"}), ORDER, BUY)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, L(INSTALL_ID, DID)),
               (3, [(1, L(round(HOME_AT[0], 5), PRECISE)), (2, L(round(HOME_AT[1], 5), PRECISE)),
                    (3, 12.0)]),
               (4, [(1, L(SSID, WIFI)), (2, L(BSSID, WIFI)), (3, 5180), (4, -61.0)]),
               (5, 1765341122)], "", lab)
    return [
        case(f, f"{a}/v2/auth/otp/send", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "appHash": "Xy7Q2kLm0aB"}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "cc": "+1", "phone": L(DIGITS, TEL), "otp": L("5719", CRED),
            "device_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "birthday": L("05-17", BIRTH),
            "gender": L("F", GENDER), "vegOnly": False}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kitchens/serviceable", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.6f}", PRECISE), "lng": L(f"{HOME_AT[1]:.6f}", PRECISE),
            "pincode": L(HOME_HY["pin"], COARSE)}),
        case(f, f"{a}/v2/addresses", headers=_h(rng, **b), body={
            "label": "Home", "flat": L(HOME_HY["flat"], ADDR),
            "building": L(HOME_HY["building"], ADDR), "street": L(HOME_HY["street"], ADDR),
            "city": L(HOME_HY["city"], COARSE), "pincode": L(HOME_HY["pin"], COARSE),
            "lat": hla, "lng": hlo, "receiverPhone": L(E164, TEL)}),
        case(f, f"{a}/v2/addresses", headers=_h(rng, **b), body={
            "label": "Work", "flat": L(OFFICE_HY["line1"], ADDR),
            "street": L(OFFICE_HY["line2"], ADDR), "city": L("Hyderabad", COARSE),
            "pincode": L(OFFICE_HY["pin"], COARSE), "lat": ola, "lng": olo,
            "receiverName": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/menu", headers=_h(rng, **b), query={
            "kitchen": KITCHEN["id"], "veg": "false", "slot": "dinner"}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("mutton dum biryani family pack", SEARCH), "kitchen": KITCHEN["id"]}),
        case(f, f"{a}/v2/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "kitchen": KITCHEN["id"], "items": [
                {"sku": "bir_mutton_fam", "qty": 1, "addons": ["raita", "mirchi_salan"]},
                {"sku": "dbl_ka_meetha", "qty": 2}],
            "coupon": "HANDI150", "subtotal": L(1298.0, BUY)}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "address": obj(rng, "adr", 8), "kitchen": KITCHEN["id"],
            "total": L("1412.40", BUY), "tip": L("40", BUY),
            "instructions": L("Less spicy in one handi please, my son can't take the heat", TEXT),
            "payment": {"mode": "upi", "vpa": L(UPI_VPA, PAY)}, "cutlery": False}),
        track,
        case(f, f"{a}/v2/orders/{ORDER}/call-rider", fmt="form", headers=_h(rng, **b), body={
            "from": L(E164, TEL), "rider": RIDER["id"], "bridge": "+914071234567"}),
        case(f, f"{a}/v2/party-orders", headers=_h(rng, **b), body={
            "guests": 25, "date": "2025-12-21", "slot": "19:30",
            "venue": {"line": L(FRIEND_LINE, ADDR), "city": L("Hyderabad", COARSE),
                      "contactName": L(FRIEND[0], NAMEC), "contactPhone": L(FRIEND[1], TEL)},
            "occasion": L("Housewarming at my friend Lakshmi's new place", f"{TEXT}|{NAMEC}"),
            "estimate": L("11800.00", BUY), "handis": {"chicken": 2, "mutton": 1, "veg": 1}}),
        case(f, f"{a}/v2/ratings", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "food": "4", "rider": "5",
            "comment": L("Biryani was great but the raita was missing", TEXT)}),
        multipart(f, f"{a}/v2/support/refunds", [
            ("photo", "spill.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("claim", None, "application/json", {
                "order": L(ORDER, BUY), "reason": "spilled",
                "text": L("The handi seal was broken and half the salan spilled", TEXT),
                "refundTo": "source"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("500", BUY), "vpa": L(UPI_VPA, PAY), "txn": rid(rng)}),
        case(f, f"{a}/v2/club/subscribe", headers=_h(rng, **b), body={
            "plan": L("biryani_club_quarterly", BUY), "amount": L("399.00", BUY),
            "autoRenew": True}),
        case(f, f"{a}/v2/referrals/invite", headers=_h(rng, **b), body={
            "invitees": [L(v, CONTACTS) for p in PEOPLE_IN for v in p],
            "code": "JANE150"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "deviceId": L(ANDROID_ID, DID),
            "adId": L(GAID, "id.advertising"), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "appVersion": APP.ver}),
        raw(f, f"{a}/v2/location/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, "upper", **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("order_placed", 1, value=L(1412.4, BUY)), ev("rider_called", 2),
                ev("screen", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/v2/orders", headers=_h(rng, how="none"), query={"page": "1"},
             cookies={"hb_session": L(opaque(rng, "", 48), CRED), "hb_uid": L(USER_ID, UID)}),
    ]


def handibox_sdks() -> list[Case]:
    rng = random.Random(10542)
    walk = [(round(HOME_AT[0] + 0.00004 * i, 6), round(HOME_AT[1] - 0.00003 * i, 6))
            for i in range(3)]  # her fixes walking down to the gate for the rider
    return [
        gn_batch(APP, rng, [("Order Placed", {"revenue": L(1412.4, BUY), "items": 3}),
                            ("Search", {"q": L("mutton dum biryani family pack", SEARCH)})],
                 at=HOME_AT, nd=3),
        gn_identify(APP, rng, {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
                               "pincode": L(HOME_HY["pin"], COARSE), "orders": 4}),
        jl_session(APP, rng, user=True, n=14),
        jl_event(APP, rng, "hb0rd1", "purchase", {"order": L(ORDER, BUY), "kitchen": KITCHEN["id"]},
                 revenue=1412.4, hashed=True),
        px_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}},
               at=HOME_AT, nd=3, keywords="biryani,food,delivery"),
        vl_crash(APP, rng, ("java.net.SocketTimeoutException", "track poll"),
                 [vl_crumb("nav", "Orders -> Tracking"),
                  vl_crumb("net", "GET", {"url": f"{APP.api}/v2/orders/track", "status": 0})],
                 screen="TrackingActivity"),
        gm_register(APP, rng, at=HOME_AT, nd=2, tags={"club": "1", "veg": "0"}),
        cp_upi(APP, rng, "1412.40", ORDER),
        dc_geocode(APP, rng, "Sri Sai Residency Kondapur", ADDR, near=HOME_AT, nd=3),
        dc_telemetry(APP, rng, walk, PRECISE),
    ]
