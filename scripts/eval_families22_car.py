"""Blind set twenty-two, part three: a car-rental app ("Roamwheel"), its own API and the SDKs it
embeds (see ``eval_families22.py`` for the rules of this set, its conventions and its calls).

First party: a log-in with the e-mail as typed (capitals) and the install ID without dashes, a
token refresh (form), branches near a 4-decimal position, a branch's page, availability with the
driver's age, a quote, the reservation (the driver's name, e-mail, E.164 phone, date of birth,
licence number and state, home address, an additional driver, the loyalty number, a card), the
reservation by its number in the URL path, a curb-side check-in at 5 decimals, a phone-as-key
unlock at the car (6 decimals), a damage inspection (multipart: a note and a photo), the car's
trip log (JSON Lines, gzip, 5-decimal fixes), the return, the receipt PDF by its number in the
path, preferences with a home airport, a support chat quoting the reservation, push registration
with the Android ID and the app's event log (a tap on the branch's phone number: a negative); calls
carry the app's User-Agent, the install ID without dashes and, signed in, an opaque bearer. SDKs:
analytics upload and identify, MMP session, an event (with SHA-256 of the normalised e-mail and
of the E.164 phone for partners) and attribution, a crash with an HTTP breadcrumb,
identity verification (applicant, licence sides, selfie, check), card token and confirmation,
directions to the branch and its static map, push, flags and consent.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_SHA256,
    IID_NODASH,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PHONE_SHA256,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    T0,
    ZIP,
    App,
    opaque,
    pos,
)
from eval_families21_kit import at_path
from eval_families22_kit import BRANCH_AT, BRANCH_PHONE, LICENCE, lines, sdk_uuid
from eval_families22_sdk import (
    cr_attribution,
    cr_event,
    cr_session,
    gw_event,
    http,
    nav,
    sl_event,
    sl_identify,
    sl_upload,
)
from eval_families22_svc import (
    bc_player,
    cn_event,
    fw_init,
    fw_user,
    iv_applicant,
    iv_check,
    iv_upload,
    ms_directions,
    ms_static,
    tl_confirm,
    tl_token,
)
from eval_payloads import ANDROID_ID, EMAIL, LAT, LON, USER_ID, Case, L, case, rnd_hex, rnd_uuid

RW = App("roamwheel", "Roamwheel", "com.example.roamwheel", "7.4.2",
         "https://api.roamwheel.example.com/v2")
RES = "RW5520931"
BR = "LGA-T2"
LOYAL = "RW88120455"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(RW.ua, DEV), "X-RW-Device": L(IID_NODASH, DID),
                         "X-Request-Id": rnd_uuid(rng)}
    if auth:
        h["Authorization"] = L("Bearer " + opaque(random.Random(7), "rwat_", 48), CRED)
    return h


def roamwheel() -> list[Case]:
    rng = random.Random(22031)
    a, f = RW.api, RW.fam
    out = [case(f, f"{a}/auth/login", headers=_h(rng, False), body={
        "email": L(EMAIL_MIXED, MAIL), "password": L("Miles&Miles2025", CRED),
        "device_id": L(IID_NODASH, DID), "remember": True})]
    out.append(case(f, f"{a}/auth/token", headers=_h(rng, False), fmt="form", body={
        "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rwrt_", 56), CRED),
        "client_id": "roamwheel-android"}))
    lat, lng = pos(4)
    out.append(case(f, f"{a}/branches", headers=_h(rng), query={
        "lat": lat, "lng": lng, "radius_mi": "25", "pickup": "2025-12-19T10:00"}))
    out.append(case(f, f"{a}/branches/{BR}", headers=_h(rng)))
    out.append(case(f, f"{a}/availability", headers=_h(rng), query={
        "branch": BR, "pickup": "2025-12-19T10:00", "return": "2025-12-22T10:00",
        "driver_age": L("34", BIRTH), "class": "suv"}))
    out.append(case(f, f"{a}/quotes", headers=_h(rng), body={
        "branch": BR, "vehicle_class": "midsize_suv", "pickup": "2025-12-19T10:00",
        "return": "2025-12-22T10:00", "extras": ["toll_pass", "child_seat"],
        "promo": "WINTER15", "loyalty": L(LOYAL, UID)}))
    out.append(case(f, f"{a}/reservations", headers=_h(rng), body={
        "quote_id": "q_" + rnd_hex(rng, 12), "idempotency_key": rnd_uuid(rng),
        "driver": {"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                   "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
                   "date_of_birth": L(DOB, BIRTH),
                   "licence": {"number": L(LICENCE, NATID), "state": L(STATE, COARSE),
                               "expires": "2029-05-17"},
                   "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                               "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                               "zip": L(ZIP, COARSE)}},
        "additional_driver": {"name": L(PEOPLE[3][0], NAMEC),
                              "date_of_birth": L("1989-02-03", BIRTH)},
        "loyalty": L(LOYAL, UID), "flight": "SV214",
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY), "total": L(312.47, BUY),
        "currency": "USD"}))
    out.append(at_path(case(f, f"{a}/reservations/{RES}", headers=_h(rng)), RES, BUY))
    lat, lng = pos(5, 0.0301, 0.1173)
    out.append(at_path(case(f, f"{a}/reservations/{RES}/checkin", headers=_h(rng), body={
        "eta_min": 12, "lat": lat, "lng": lng, "accuracy_m": 11}), RES, BUY))
    lat, lng = pos(6, BRANCH_AT[0] - LAT + 0.00021, BRANCH_AT[1] - LON - 0.00034)
    out.append(case(f, f"{a}/vehicles/veh_81Kd2/unlock", headers=_h(rng), body={
        "reservation": L(RES, BUY), "lat": lat, "lng": lng, "ble_rssi": -61,
        "key_nonce": rnd_hex(rng, 16), "ts": (T0 + 86400 * 10) * 1000}))
    out.append(multipart(f, f"{a}/trips/tr_9Q2/inspection", [
        ("meta", None, "application/json", {
            "reservation": L(RES, BUY), "odometer": 12044, "fuel": 0.875,
            "damage": [{"panel": "rear_bumper",
                        "note": L("Scratch on the rear bumper, passenger side", TEXT)}]}),
        ("photo_1", "IMG_20251219_101522.jpg", "image/jpeg", L(JPEG + b"\x21" * 40, MEDIA)),
    ], headers=_h(rng)))
    fixes = [{"t": (T0 + 86400 * 10 + 60 * i) * 1000,
              "lat": L(round(BRANCH_AT[0] - 0.0041 * i, 5), "location.precise"),
              "lng": L(round(BRANCH_AT[1] + 0.0037 * i, 5), "location.precise"),
              "speed_kmh": 38 + 3 * i, "odo": 12044 + i} for i in range(1, 4)]
    out.append(lines(f, f"{a}/trips/tr_9Q2/log", fixes, headers=_h(rng), gz=True))
    lat, lng = pos(5, BRANCH_AT[0] - LAT - 0.00044, BRANCH_AT[1] - LON + 0.00012)
    out.append(case(f, f"{a}/trips/tr_9Q2/return", headers=_h(rng), body={
        "reservation": L(RES, BUY), "odometer": 12391, "fuel": 0.75, "lat": lat,
        "lng": lng, "key_drop": False}))
    out.append(at_path(case(f, f"{a}/receipts/{RES}.pdf", headers=_h(rng),
                            query={"download": "1"}), f"{RES}.pdf", BUY))
    out.append(case(f, f"{a}/me/preferences", headers=_h(rng), body={
        "home_airport": L("LGA", COARSE), "insurance": "basic", "marketing_sms": False,
        "units": "mi", "language": L("en-US", DEV)}))
    out.append(case(f, f"{a}/support/chat", headers=_h(rng), body={
        "topic": "billing", "message": L(f"I was charged twice for {RES}, please refund one",
                                         f"{TEXT}|{BUY}")}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "fcm_token": L(push_token(rng), DID), "android_id": L(ANDROID_ID, DID),
        "model": L("Pixel 8", DEV), "os": L("14", DEV)}))
    out.append(case(f, f"{a}/events", headers=_h(rng), gz=True, body={"events": [
        {"name": L("branch_view", USAGE), "branch": BR, "t": (T0 + 20) * 1000},
        {"name": L("call_branch", USAGE), "phone": BRANCH_PHONE, "t": (T0 + 33) * 1000},
        {"name": L("reservation_confirmed", USAGE), "reservation": L(RES, BUY),
         "t": (T0 + 95) * 1000}]}))
    return out



def roamwheel_sdks() -> list[Case]:
    rng = random.Random(22032)
    cuid = sdk_uuid(rng)
    out = [sl_upload(RW, [
        sl_event(RW, 0, "Branch Search", {"results": 6, "radius_mi": 25}),
        sl_event(RW, 1, "Vehicle Selected", {"class": "midsize_suv", "daily": 88.0}),
        sl_event(RW, 2, "Reservation Completed", {"reservation": L(RES, BUY),
                                                  "total": L(312.47, BUY), "days": 3})],
        gz=True)]
    out.append(sl_identify(RW, {"loyalty_tier": "silver", "home_state": L(STATE, COARSE),
                                "rentals": L(4, BUY)}))
    out.append(cr_session(RW, cuid, 18, push=push_token(rng)))
    out.append(cr_event(RW, cuid, 18, "q7x2ab", {"reservation": L(RES, BUY),
                                                 "user_id": L(USER_ID, UID)}, revenue=312.47,
                        partner={"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)}))
    out.append(cr_attribution(RW, cuid))
    out.append(gw_event(RW, rng, "java.io.IOException", "unexpected end of stream on "
                        "api.roamwheel.example.com", [
                            nav("Reservation", "Unlock"),
                            http(f"{RW.api}/availability", {"branch": BR,
                                                             "driver_age": L("34", BIRTH)}),
                            nav("Unlock", "Inspection")]))
    out.append(iv_applicant(RW))
    out.append(iv_upload(RW, rng, "document", "front"))
    out.append(iv_upload(RW, rng, "document", "back"))
    out.append(iv_upload(RW, rng, "live_photo"))
    out.append(iv_check(RW, rng))
    out.append(tl_token(RW, rng))
    out.append(tl_confirm(RW, rng))
    out.append(ms_directions(RW, BRANCH_AT, "driving"))
    out.append(ms_static(RW, BRANCH_AT))
    out.append(bc_player(RW, push_token(rng), {"tier": "silver",
                                               "home_airport": L("LGA", COARSE)}))
    out.append(fw_init(RW, fw_user(RW, email=True, plan="silver")))
    out.append(cn_event(RW, sdk_uuid(rng), True))
    return out

