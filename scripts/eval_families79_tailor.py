"""Tailoring-shop app "Darjibari" (a Dhaka tailor that ships abroad; camelCase API): she orders
from New York. Sign-up by SMS, ``/me`` with a JWT, her measurements, a pregnancy update, her
mother's measurements, body photos for the fit, a fabric search, an inspiration photo, an order
shipped to New York, its status by number in the path, a shipping quote, a video fitting, chat
with the tailor (msgpack), an alteration, a review, push, events and the order history by a cookie
GET."""

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
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families79_kit import MEASURE, MOTHER, SHOP, obj
from eval_families79_sdk import bg_bid, bl_crash, bl_crumb, gn_alias, gn_batch, sk_event, sk_link
from eval_families79_svc import ak_attach, gb_register, nk_geocode, pk_eval, sm_save, tp_card
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, W, case

APP = App("darjibari", "Darjibari", "com.example.darjibari", "2.11.0",
          "https://api.darjibari.example.com")
IID = "X-Darji-Device"
ORDER = "DJB-2512-00731"  # her order number (financial.purchase)
O_URL = f"https://api.darjibari.example.com/v1/orders/{ORDER}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _mine(keys: list[str] | None = None) -> dict[str, Any]:
    return {k: L(v, FIT) for k, v in MEASURE.items() if keys is None or k in keys}


def darjibari() -> list[Case]:
    rng = random.Random(7971)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    prof = obj(rng, "mp", 8)
    status = at_path(case(f, O_URL, headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "name": L(NAME, NAMEC), "country": L("US", COARSE)}),
        case(f, f"{a}/v1/auth/sms/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("918205", CRED), "deviceName": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/measurements", headers=_h(rng, **b), body={
            "profileId": prof, "profileName": "Me", "unit": "cm", "fit": "regular",
            "values": _mine(), "heightCm": L(165, FIT),
            "extra": W({"posture": "slight_forward_head", "shoulderSlopeDeg": L(18, FIT),
                        "entered": "self"}, "json")}),
        case(f, f"{a}/v1/measurements/{prof}", headers=_h(rng, **b), body={
            "values": {"bust": L(99.0, FIT), "waist": L(96.5, FIT)},
            "note": L("Waist let out please, I'm six months pregnant", f"{TEXT}|{SENS}|{MED}")}),
        case(f, f"{a}/v1/measurements", headers=_h(rng, **b), body={
            "profileId": obj(rng, "mp", 8), "profileName": L(MOTHER[0], NAMEC),
            "relation": "mother", "unit": "cm",
            "values": {k: L(v, FIT) for k, v in MOTHER[1].items()}}),
        multipart(f, f"{a}/v1/measurements/{prof}/photos", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("side", "side.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"heightCm": L(165, FIT), "pose": "a_pose",
                                                "camera": "rear"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/fabrics", headers=_h(rng, **b), query={
            "q": L("cotton jamdani maroon", SEARCH), "page": "1"}),
        multipart(f, f"{a}/v1/inspirations", [
            ("image", "idea.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Like this neckline but longer sleeves", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "shop": SHOP["id"], "measurementProfile": prof,
            "items": [{"garment": "salwar_kameez", "fabric": "fab_2207", "qty": 2}],
            "total": L("86.00", BUY), "advance": L("40.00", BUY),
            "delivery": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                         "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                         "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                         "country": L("US", COARSE), "phone": L(NATIONAL, TEL)},
            "payment": L(opaque(rng, "pm_", 24), PAY)}),
        status,
        case(f, f"{a}/v1/shipping/quote", headers=_h(rng, **b), query={
            "from": "BD", "toCountry": L("US", COARSE), "toZip": L(ZIP, COARSE),
            "weightG": "900"}),
        case(f, f"{a}/v1/fittings", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "slot": "2025-12-14T09:00:00-05:00",
            "tz": L("America/New_York", DEV), "callback": L(E164, TEL), "tailor": "tlr_31"}),
        case(f, f"{a}/v1/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "to": "tlr_31", "id": obj(rng, "c", 10),
            "text": L("Please make the sleeve 56 cm, not 58", f"{TEXT}|{FIT}")}),
        case(f, f"{O_URL}/alterations", fmt="form", headers=_h(rng, **b), body={
            "issue": L("Kameez is tight across the shoulders", TEXT), "returnLabel": "1"}),
        case(f, f"{a}/v1/shops/{SHOP['id']}/reviews", fmt="form", headers=_h(rng, **b), body={
            "stars": "4", "comment": L("Beautiful stitching, shipping took three weeks", TEXT),
            "order": L(ORDER, BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "language": L("en", DEV), "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("measurements_saved", 1, fields=8), ev("order_placed", 2),
                ev("screen", 3, screen=L("FabricGallery", USAGE))]}),
        case(f, f"{a}/v1/orders/gift", headers=_h(rng, **b), body={
            "orderNo": L("DJB-2512-00744", BUY), "total": L("32.00", BUY),
            "recipient": {"name": L("Farhana Akter", NAMEC), "phone": L("+8801819447320", TEL),
                          "line": L("Flat 3B, 12 Lake Circus, Kalabagan", ADDR)},
            "message": L("Eid Mubarak apa, wear it for the dawat!", TEXT)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "remeasure_after_days": "60", "channel": "push", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/orders", headers=_h(rng, how="none"), query={"page": "1"},
             cookies={"djb_s": L(opaque(rng, "", 40), CRED), "djb_d": L(INSTALL_ID, DID),
                      "djb_rid": rid(rng)}),
    ]


def darjibari_sdks() -> list[Case]:
    rng = random.Random(7972)
    link = U("https://darjibari.example.com/o", {"order": L(ORDER, BUY), "utm_source": "email"})
    return [
        gn_batch(APP, rng, [("Order Placed", {"total": L(86.0, BUY), "items": 2}),
                            ("Measurements Saved", {"waist": L(96.5, FIT)})]),
        gn_alias(APP, rng, {"city": L("New York", COARSE), "email": L(EMAIL, MAIL)}),
        sk_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=86.0, hashed=True),
        sk_link(APP, rng, link),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="saree,eid,fashion"),
        bl_crash(APP, rng, ("java.lang.NumberFormatException", "sleeve: '56,5'"),
                 [bl_crumb("nav", "Measure -> Sleeve"), bl_crumb("tap", "save")],
                 screen="MeasureActivity"),
        pk_eval(APP, rng, {"country": L("US", COARSE)}, query=True),
        gb_register(APP, rng, tags={"orders": "1"}),
        sm_save(APP, rng, {"analytics": True, "ads": False}),
        tp_card(APP, rng, email=True),
        nk_geocode(APP, rng, "350 Fifth Avenue, New York", ADDR, near=(LAT, LON), nd=3),
        ak_attach(APP, rng, L(JPEG + b"\xc4", MEDIA), "fit_photo.jpg", "image/jpeg"),
    ]


__all__ = ["APP", "darjibari", "darjibari_sdks"]
