"""Hotel-chain app "Harborine" (a conference stay in Chicago; camelCase API): log-in and MFA,
``/me``, the profile, a search, a booking for her and a colleague, the stay by its code in the
path, a geofenced mobile check-in from the lobby, a BLE digital key issued, activated and shared,
door-open logs (msgpack), points by the loyalty number in the path, room service, a chat with the
front desk, late check-out, the folio, a review, a profile photo, push, events and
offers by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

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
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families36_kit import (
    COLLEAGUE,
    HOTEL,
    HOTEL_AT,
    LOBBY_FIX,
    LOCK_HB,
    MEMBER_HB,
    ROOM,
    STAY,
    fix,
    obj,
)
from eval_families36_sdk import ab_event, ab_launch, fw_crash, fw_crumb, tq_batch, tq_identify
from eval_families36_svc import cl_message, cp_register, fm_eval, ps_card, rw_route, rw_search
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, Case, J, L, case

APP = App("harborine", "Harborine", "com.example.harborine", "9.14.2",
          "https://api.harborine.example.com")
IID = "X-HB-Install"
PW = "Lantern!Quay84"
BLE_KEY = "hbk1.9f3c0e7a22d14b6b8e1f5a0c4d7e2b19.ab77"  # the room key's secret (a credential)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def _s(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on the stay (its confirmation code in the URL path: ``financial.purchase``)."""
    c = case(APP.fam, f"{APP.api}/v2/stays/{STAY}{path}", headers=_h(rng, auth="bearer"),
             body=body, **kw)
    return at_path(c, STAY, BUY)


def harborine() -> list[Case]:
    rng = random.Random(3611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, memberNumber=L(MEMBER_HB, UID), tier="gold",
                                    name=L(NAME, NAMEC)))}
    fla, flo = fix(LOBBY_FIX)
    key_id = obj(rng, "key", 12)
    pts = case(f, f"{a}/v2/members/{MEMBER_HB}/points", query={"since": "2025-01-01"},
               headers=_h(rng, **b))
    return [
        case(f, f"{a}/v2/auth/login", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "rememberMe": True,
            "installId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/auth/mfa", fmt="form", headers=_h(rng), body={
            "mfaToken": L(opaque(rng, "mfa_", 32), CRED), "otp": L("384105", CRED)}),
        case(f, f"{a}/v2/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/members/me/profile", headers=_h(rng, **b), body={
            "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
            "mobile": L(NATIONAL, TEL), "birthday": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "postalCode": L(ZIP, COARSE), "country": "US"},
            "preferences": {"pillow": "foam", "floor": "high",
                            "allergyNote": L("Feather allergy, asthma", f"{TEXT}|{MED}")}}),
        case(f, f"{a}/v2/hotels/search", query={
            "q": L("chicago loop near art institute", SEARCH), "checkIn": "2025-12-14",
            "checkOut": "2025-12-17", "adults": "2", "rooms": "1"}, headers=_h(rng, **b)),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "hotelCode": HOTEL["code"], "rate": "CONF25", "roomType": "KING_ACC",
            "guests": [{"name": L(NAME, NAMEC), "primary": True},
                       {"name": L(COLLEAGUE[0], NAMEC), "email": L(COLLEAGUE[1], MAIL)}],
            "accessibility": L("Roll-in shower, I use a wheelchair", f"{TEXT}|{SENS}"),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "total": L("812.55", BUY),
            "pointsRedeemed": L(12000, BUY), "arrival": "17:30"}),
        _s(rng, "", query={"include": "folio,room"}),
        _s(rng, "/checkin", {"arrivalTime": "16:10", "geofence": {
            "hotelLat": HOTEL_AT[0], "hotelLng": HOTEL_AT[1], "radiusM": 150},
            "device": {"lat": fla, "lng": flo, "accuracy": 11.0},
            "phone": L(PHONE, TEL)}),
        _s(rng, "/keys", {"room": ROOM, "lockSerial": LOCK_HB["serial"],
                          "installId": L(INSTALL_ID, DID), "bleCapable": True}),
        case(f, f"{a}/v2/keys/{key_id}/activate", headers=_h(rng, **b), body={
            "keyMaterial": L(BLE_KEY, CRED), "lockFw": LOCK_HB["fw"], "stay": L(STAY, BUY)}),
        case(f, f"{a}/v2/keys/{key_id}/share", fmt="form", headers=_h(rng, **b), body={
            "recipientEmail": L(COLLEAGUE[1], MAIL), "recipientName": L(COLLEAGUE[0], NAMEC),
            "validUntil": "2025-12-17T12:00:00-06:00"}),
        case(f, f"{a}/v2/keys/{key_id}/log", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER_HB, UID), "opens": [
                {"at": 1765740210 + 3600 * i, "lock": LOCK_HB["serial"], "rssi": -60 - i,
                 "ok": True} for i in range(4)]}),
        at_path(pts, MEMBER_HB, UID),
        _s(rng, "/room-service", {"items": [{"sku": "RS-114", "qty": 1},
                                            {"sku": "RS-207", "qty": 2}],
                                  "total": L("46.20", BUY), "deliverTo": ROOM,
                                  "note": L("No nuts please, severe allergy", f"{TEXT}|{MED}")}),
        _s(rng, "/messages", {"text": L("Could I get an extra blanket and a 6am wake-up call?",
                                        TEXT), "channel": "front_desk"}),
        _s(rng, "/late-checkout", {"requested": "14:00", "reason": L(
            "My flight is at 7pm, presenting until noon", TEXT)}),
        _s(rng, "/folio/email", fmt="form", body={"email": L(EMAIL_UPPER, MAIL)}),
        _s(rng, "/review", {"rating": 4, "text": L("Key worked every time, the gym was tiny",
                                                   TEXT), "tripType": "business"}),
        multipart(f, f"{a}/v2/members/me/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "notify": {"keyReady": True, "offers": False}}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "memberNumber": L(MEMBER_HB, UID), "events": [
                ev("key_unlock", 1, result="ok"), ev("checkin_done", 2),
                ev("screen_view", 3, screen=L("StayDetail", USAGE))]}),
        case(f, f"{a}/v2/offers", query={"market": L("CHI", COARSE)},
             headers=_h(rng, how="none"), cookies={
                 "hb_sess": L(opaque(rng, "", 48), CRED), "hb_iid": L(INSTALL_ID, DID)}),
    ]


def harborine_sdks() -> list[Case]:
    rng = random.Random(3612)
    return [
        tq_batch(APP, rng, [("stay_booked", {"nights": 3, "value": L(812.55, BUY)}),
                            ("key_unlock", {"attempt": 1})], at=HOTEL_AT, nd=2,
                 tz="America/Chicago"),
        tq_identify(APP, rng, {"tier": "gold", "homeCity": L(CITY, COARSE),
                               "birthYear": L(1991, BIRTH)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "af_purchase", {"stay": L(STAY, BUY), "hotel": HOTEL["code"]},
                 revenue=812.55, hashed=True),
        fw_crash(APP, rng, ("android.bluetooth.BluetoothException", "GATT 133 on unlock"),
                 [fw_crumb("navigation", "StayDetail -> Key"),
                  fw_crumb("ble", "lock", {"serial": LOCK_HB["serial"], "rssi": -81})],
                 screen="DigitalKeyActivity", tz="America/Chicago"),
        fm_eval(APP, rng, {"tier": "gold", "member": L(MEMBER_HB, UID)}),
        cp_register(APP, rng, tags={"tier": "gold", "city": L("Chicago", COARSE)},
                    tz="America/Chicago"),
        ps_card(APP, rng, email=True),
        rw_search(APP, rng, "Art Institute of Chicago", SEARCH, near=LOBBY_FIX, nd=4),
        rw_route(APP, rng, [(LOBBY_FIX, "location.precise"), ((41.87961, -87.62371), None)],
                 mode="pedestrian"),
        cl_message(APP, rng, L("My key stopped working on floor 14", TEXT),
                   {"member": L(MEMBER_HB, UID), "stay": L(STAY, BUY)}),
    ]
