"""Rickshaw-van parcel app "Vanwala" (Dhaka; camelCase API): she is the sender. Sign-up by SMS,
the profile, ``/me`` with a JWT, her pickup address with a landmark, a quote (``lat,lon`` in the
query), the booking (her details, the recipient's, the contents, cash on delivery and the fare),
the booking's status and tracking by number in the path, her fix while she walks down to the van,
chat with the van puller (msgpack), a masked call, a photo of the parcel, the delivery code, a
rating and tip, a damage complaint, a recipient search, a promo code, the cash-on-delivery payout
to her wallet, push, events and the receipts by a cookie GET."""

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
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families79_kit import (
    DHAKA_AT,
    DHAKA_HOME,
    DROP_AT,
    PARCEL,
    PULLER,
    PULLER_AT,
    RECIPIENT,
    fix,
    obj,
)
from eval_families79_sdk import bg_bid, bl_session, gn_batch, gn_queue, sk_event, sk_link
from eval_families79_svc import gb_opened, nk_geocode, nk_route, nk_telemetry, tp_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("vanwala", "Vanwala", "com.example.vanwala", "1.19.0", "https://api.vanwala.example.com")
IID = "X-Vanwala-Install"
TZ = "Asia/Dhaka"
P_URL = f"https://api.vanwala.example.com/v1/parcels/{PARCEL}"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def vanwala() -> list[Case]:
    rng = random.Random(7921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    hla, hlo = fix(DHAKA_AT)
    wla, wlo = fix((23.806551, 90.368102), 5)  # her fix at the lane's corner
    status = at_path(case(f, P_URL, headers=_h(rng, **b)), PARCEL, BUY)
    track = at_path(case(f, f"{P_URL}/tracking", headers=_h(rng, **b), query={
        "since": "1765351200"}), PARCEL, BUY)
    return [
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "countryCode": "1", "code": L("660184", CRED)}),
        case(f, f"{a}/v1/me/profile", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "businessSender": False,
            "referralCode": "VW-JANE-19"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/addresses", headers=_h(rng, **b), body={
            "label": "Home", "line": L(DHAKA_HOME["line"], ADDR),
            "area": L(DHAKA_HOME["area"], COARSE), "city": L(DHAKA_HOME["city"], COARSE),
            "postcode": L(DHAKA_HOME["post"], COARSE), "lat": hla, "lng": hlo,
            "landmark": L("Opposite the blue mosque gate, second lane", ADDR)}),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b, extra={"X-VW-Client": W({
            "install": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV), "net": L("wifi", DEV),
            "app": APP.ver}, "b64json")}), query={
            "pickup": L(f"{DHAKA_AT[0]:.4f},{DHAKA_AT[1]:.4f}", PRECISE),
            "drop": f"{DROP_AT[0]:.4f},{DROP_AT[1]:.4f}", "weightKg": "3.5", "size": "M"}),
        case(f, f"{a}/v1/parcels", headers=_h(rng, **b), body={
            "bookingNo": L(PARCEL, BUY),
            "sender": {"name": L(NAME, NAMEC), "phone": L(E164, TEL),
                       "line": L(DHAKA_HOME["line"], ADDR), "lat": hla, "lng": hlo},
            "recipient": {"name": L(RECIPIENT[0], NAMEC), "phone": L(RECIPIENT[1], TEL),
                          "line": L(RECIPIENT[2], ADDR), "area": "Kalabagan",
                          "lat": DROP_AT[0], "lng": DROP_AT[1]},
            "parcel": {"contents": L("Two saris and a box of sweets for Eid", TEXT),
                       "weightKg": 3.5, "fragile": True},
            "codAmount": L("2500", BUY), "fare": L("120", BUY), "payBy": "cash",
            "vehicle": "rickshaw_van"}),
        status,
        track,
        case(f, f"{P_URL}/sender-location", headers=_h(rng, **b), body={
            "lat": wla, "lng": wlo, "accuracy": 11, "walkingToVan": True}),
        case(f, f"{a}/v1/chat/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "parcel": L(PARCEL, BUY), "to": PULLER["id"], "msgId": obj(rng, "msg", 10),
            "text": L("The gate is locked, please call when you reach", TEXT)}),
        case(f, f"{a}/v1/calls/masked", fmt="form", headers=_h(rng, **b), body={
            "parcel": L(PARCEL, BUY), "callee": PULLER["id"], "caller": L(E164, TEL)}),
        multipart(f, f"{P_URL}/photos", [
            ("photo", "parcel.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"kind": "before_pickup",
                                                "declaredValue": 3200, "takenAt": 1765351320})],
            headers=_h(rng, **b)),
        case(f, f"{P_URL}/handover", headers=_h(rng, **b), body={
            "deliveryCode": L("7731", CRED), "van": PULLER["van"], "puller": PULLER["id"],
            "pullerAt": {"lat": PULLER_AT[0], "lng": PULLER_AT[1]}}),
        case(f, f"{P_URL}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "comment": L("Very careful with the sweets box", TEXT),
            "tip": L("30", BUY), "puller": PULLER["id"]}),
        case(f, f"{a}/v1/complaints", headers=_h(rng, **b), body={
            "parcel": L(PARCEL, BUY), "kind": "damaged",
            "text": L("One sari arrived wet, the bag was torn at the corner", TEXT),
            "ticket": obj(rng, "tkt", 8)}),
        case(f, f"{a}/v1/recipients/search", headers=_h(rng, **b), query={
            "q": L("Farhana", f"{SEARCH}|{NAMEC}"), "limit": "10"}),
        case(f, f"{a}/v1/promos/apply", fmt="form", headers=_h(rng, **b), body={
            "code": "EID25", "bookingNo": L(PARCEL, BUY)}),
        case(f, f"{a}/v1/payouts/cod", headers=_h(rng, **b), body={
            "bookingNo": L(PARCEL, BUY), "amount": L("2500", BUY),
            "wallet": {"provider": "dakpay", "msisdn": L(E164, f"{TEL}|{PAY}")},
            "requestId": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_BD", DEV), "timeZone": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("parcel_booked", 1, size="M"), ev("chat_opened", 2),
                ev("screen", 3, screen=L("TrackParcel", USAGE))]}),
        case(f, f"{a}/v1/me/recipients", headers=_h(rng, **b), body={
            "name": L(RECIPIENT[0], NAMEC), "phone": L(RECIPIENT[1], TEL),
            "line": L(RECIPIENT[2], ADDR), "area": "Kalabagan", "nickname": "Farhana apa"}),
        case(f, f"{a}/v1/auth/refresh", fmt="form", headers=_h(rng), body={
            "refreshToken": L(opaque(rng, "rt.", 52), CRED), "installId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/receipts", headers=_h(rng, how="none"), query={
            "from": "2025-11-01", "to": "2025-12-10"},
            cookies={"vw_sess": L(opaque(rng, "", 44), CRED), "vw_iid": L(INSTALL_ID, DID)}),
    ]


def vanwala_sdks() -> list[Case]:
    rng = random.Random(7922)
    link = U("https://vanwala.example.com/t", {"p": L(PARCEL, BUY), "utm_source": "sms",
                                               "utm_campaign": "track"})
    return [
        gn_batch(APP, rng, [("Parcel Booked", {"fare": L(120, BUY), "cod": True}),
                            ("Puller Called", {})], tz=TZ, locale="en-BD"),
        gn_queue(APP, rng, [("Quote Viewed", {"size": "M"}), ("Promo Applied", {})]),
        sk_event(APP, rng, "book_parcel", {"booking": L(PARCEL, BUY)}, revenue=120.0,
                 currency="BDT", hashed=True),
        sk_link(APP, rng, link),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DHAKA_AT, nd=3, country="BGD",
               keywords="eid,saree,gifts"),
        bl_session(APP, rng, secs=420),
        nk_geocode(APP, rng, "12 Lake Circus, Kalabagan", ADDR, near=DHAKA_AT, nd=3),
        nk_route(APP, rng, [(DHAKA_AT, PRECISE), (DROP_AT, None)], profile="cycling"),
        nk_telemetry(APP, rng, [(23.806701, 90.368311), (23.806551, 90.368102)], PRECISE),
        tp_confirm(APP, rng, "120.00", "bdt"),
        gb_opened(APP, rng, "parcel_picked_up"),
    ]


__all__ = ["APP", "vanwala", "vanwala_sdks"]
