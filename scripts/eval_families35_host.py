"""Home-rental app for hosts "Keyhaven" (she rents out her own flat while she is away): log-in
and MFA, ``/me``, the listing (her home's address and pin, house rules), photos, the check-in
guide (Wi-Fi, the street door's code), pairing the smart lock, codes for a guest and the cleaner,
a reservation by its code in the path, the guest's registration with his passport, messages and
a review, a co-host, her identity check (licence, selfie, landmarks), payout preferences, an
instant payout, a W-9, the calendar, devices, events and earnings by a cookie-authenticated GET."""

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
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import SSN, claims, head
from eval_families25_kit import PNG
from eval_families29_kit import HOME_WIFI_PASS
from eval_families35_kit import (
    CLEANER,
    CLEANER_CODE,
    COHOST,
    DOOR_CODE,
    GUEST,
    GUEST_CODE,
    LISTING,
    LOCK,
    RESERVATION_KH,
    home,
    obj,
)
from eval_families35_sdk import aw_session, cl_crumb, cl_notify, sl_batch, sl_pixel
from eval_families35_svc import (
    cb_attach,
    cb_message,
    cw_geocode,
    cw_reverse,
    fw_eval,
    pf_register,
    pw_bank,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, SSID, Case, J, L, case

APP = App("keyhaven", "Keyhaven Host", "com.example.keyhaven.host", "24.49.1",
          "https://api.keyhaven.example.com")
IID = "X-KH-Device"
PW = "Willow#Attic63"
HOST_ID = "hst_4471902"  # her host account (id.user)
R_URL = f"https://api.keyhaven.example.com/v1/reservations/{RESERVATION_KH}"
LK_URL = f"https://api.keyhaven.example.com/v1/locks/{LOCK['serial']}/codes"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _r(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on the reservation (its code in the URL path: ``financial.purchase``)."""
    c = case(APP.fam, f"{R_URL}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)
    return at_path(c, RESERVATION_KH, BUY)


def keyhaven() -> list[Case]:
    rng = random.Random(3551)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, host_id=L(HOST_ID, UID), name=L(NAME, NAMEC),
                                    superhost=False))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    g_first = GUEST[0].split()[0]
    cases = [
        case(f, f"{a}/v1/hosts/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "device": {"id": L(INSTALL_ID, DID), "name": L("Jane's Pixel 8", f"{DEV}|{NAMEC}")}}),
        case(f, f"{a}/v1/hosts/mfa", fmt="form", headers=_h(rng), body={
            "challenge": L(opaque(rng, "ch_", 32), CRED), "code": L("720551", CRED)}),
        case(f, f"{a}/v1/hosts/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/listings", headers=_h(rng, **b), body={
            "title": L("Sunny one-bedroom with a reading nook", TEXT),
            "address": {"street": L(LINE1, ADDR), "unit": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "location": {"lat": hla, "lng": hlo}, "bedrooms": 1, "maxGuests": 2,
            "nightlyRate": 189, "cleaningFee": 60, "currency": "USD",
            "houseRules": L("No parties, quiet after 10pm, shoes off please", TEXT)}),
        multipart(f, f"{a}/v1/listings/{LISTING}/photos", [
            ("photo", "living_room.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Living room with the reading nook", TEXT), "order": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/listings/{LISTING}/checkin-guide", headers=_h(rng, **b), body={
            "wifiName": L(SSID, WIFI), "wifiPassword": L(HOME_WIFI_PASS, CRED),
            "streetDoorCode": L(DOOR_CODE, CRED), "lockModel": LOCK["model"],
            "notes": L("Trash goes down the hall, the key safe is for emergencies only",
                       TEXT)}),
        case(f, f"{a}/v1/listings/{LISTING}/calendar", fmt="msgpack", headers=_h(rng, **b), body={
            "blocked": [{"from": "2025-12-12", "to": "2025-12-17"}],
            "minNights": 3, "checkIn": "15:00", "checkOut": "11:00"}),
        case(f, f"{a}/v1/locks/pair", headers=_h(rng, **b), body={
            "serial": LOCK["serial"], "ble": LOCK["ble"], "fw": LOCK["fw"],
            "model": LOCK["model"], "adminPin": L("880417", CRED), "listing": LISTING}),
        case(f, LK_URL, headers=_h(rng, **b), body={
            "code": L(GUEST_CODE, CRED), "label": L(GUEST[0], NAMEC),
            "validFrom": "2025-12-18T15:00:00-05:00", "validTo": "2025-12-22T11:00:00-05:00",
            "reservation": L(RESERVATION_KH, BUY)}),
        case(f, LK_URL, fmt="form", headers=_h(rng, **b), body={
            "code": L(CLEANER_CODE, CRED), "label": CLEANER["name"],
            "contact": CLEANER["phone"], "recurring": "after_checkout"}),
        _r(rng, "", query={"expand": "guest,payout"}),
        multipart(f, f"{R_URL}/guest-registration", [
            ("passport", "passport_lb.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "fullName": L(GUEST[0], NAMEC), "passportNo": L(GUEST[3], NATID),
                "nationality": "DE", "birthDate": L(GUEST[4], BIRTH),
                "phone": L(GUEST[1], TEL), "arrival": "2025-12-18"})],
            headers=_h(rng, **b)),
        _r(rng, "/messages", {"text": L(f"Hi {g_first}, your door code is {GUEST_CODE}, the "
                                        "door sticks a little so push hard", f"{TEXT}|{CRED}"),
                              "thread": obj(rng, "thr", 10)}),
        _r(rng, "/review", fmt="form", body={
            "rating": "5", "text": L(f"{g_first} left the flat spotless", f"{TEXT}|{NAMEC}"),
            "recommend": "true"}),
        case(f, f"{a}/v1/cohosts/invite", headers=_h(rng, **b), body={
            "name": L(COHOST[0], NAMEC), "email": L(COHOST[2], MAIL),
            "phone": L(COHOST[1], TEL), "permissions": ["calendar", "messages", "locks"]}),
        multipart(f, f"{a}/v1/identity/verify", [
            ("licence_front", "dl_front.jpg", "image/jpeg",
             L(JPEG + b"\x53", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x54", MEDIA)),
            ("data", None, "application/json", {
                "licenceNo": L(LICENCE, NATID), "state": L(STATE, COARSE),
                "faceLandmarks": L(landmarks(rng, 68), FACE), "liveness": 0.94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/payouts/preferences", headers=_h(rng, **b), body={
            "method": L(opaque(rng, "ba_", 24), PAY), "schedule": "per_reservation",
            "currency": "USD"}),
        case(f, f"{a}/v1/payouts/instant", fmt="form", headers=_h(rng, **b), body={
            "amount": L("612.40", BUY), "fee": L("9.19", BUY),
            "destinationLast4": L("4242", PAY)}),
        multipart(f, f"{a}/v1/tax/w9", [
            ("form", None, "application/json", {
                "legalName": L(NAME, NAMEC), "tinType": "ssn",
                "tin": L(SSN.replace("-", ""), NATID), "street": L(f"{LINE1} {LINE2}", ADDR),
                "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}),
            ("signature", "signature.png", "image/png", L(PNG, MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "host": L(HOST_ID, UID), "events": [
                ev("lock_code_created", 1, kind="guest"), ev("guest_registered", 2),
                ev("screen", 3, screen=L("Reservations", USAGE))]}),
        case(f, f"{a}/v1/earnings", query={"year": "2025"}, headers=_h(rng, how="none"),
             cookies={"kh_sess": L(opaque(rng, "", 44), CRED),
                      "kh_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def keyhaven_sdks() -> list[Case]:
    rng = random.Random(3552)
    return [
        sl_batch(APP, rng, [("Listing Published", {"bedrooms": 1}),
                            ("Lock Code Created", {"kind": "guest"})]),
        aw_session(APP, rng, user=True),
        cl_notify(APP, rng, ("java.util.concurrent.TimeoutException", "BLE write timed out"),
                  [cl_crumb("navigation", "Listing -> Lock"),
                   cl_crumb("log", "ble", {"lock": LOCK["serial"], "rssi": -77})],
                  ctx="LockSetupActivity"),
        fw_eval(APP, rng, {"hostId": L(HOST_ID, UID), "market": L("nyc", COARSE)}),
        pf_register(APP, rng, tags={"market": L("nyc", COARSE), "listings": 1}),
        pw_bank(APP, rng),
        cw_geocode(APP, rng, "350 Fifth Av", ADDR, near=(LAT, LON), nd=4),
        cw_reverse(APP, rng, (LAT, LON), "location.precise", nd=6),
        cb_message(APP, rng, L("A guest broke the reading lamp, how do I file a claim?", TEXT),
                   {"hostId": L(HOST_ID, UID), "reservation": L(RESERVATION_KH, BUY)}),
        cb_attach(APP, rng, L(JPEG + b"\x55", MEDIA), "lamp.jpg", "image/jpeg"),
        sl_pixel(APP, rng, "Host Signup Viewed", {"source": "web_banner"}),
    ]
