"""Caspian ferry booking app "Xazarline" (Baku's Alat port to Kuryk in Kazakhstan and to
Turkmenbashi; the cargo-passenger ferries sail when loaded, so passengers wait for an
announcement): sign-up, a log-in, ``/profile`` with a JWT, a port search, sailings, a departure
alert by SMS, ports near her flat, a booking for her, her son and her car (passports, birth
dates, the plate), the booking by code in the path, online check-in with a passport scan, the
boarding pass by ticket number in the path, her arrival at the port gate, the vessel's position,
the ship's Wi-Fi with a voucher, meals, her position at sea (protobuf), a customs declaration,
feedback, a lost-property report, push, events and trips by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families95_kit import (
    BAKU_HOME_AT,
    BOOKING_XZ,
    CAR,
    PASSPORT,
    PORT_ALAT,
    PORT_FIX,
    PORT_KURYK,
    SHIP,
    SHIP_WIFI,
    SON,
    fix,
)
from eval_families95_sdk import be_bid, cm_batch, cm_queue, sm_event, sm_install
from eval_families95_svc import aw_message, ce_telemetry, cr_wallet, pt_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, W, case

APP = App("xazarline", "Xazarline", "com.example.xazarline", "1.9.4",
          "https://api.xazarline.example.net")
IID = "X-XZL-Device"
PW = "Caspian-Gull-2025"
B_URL = f"{APP.api}/v1/bookings/{BOOKING_XZ}"
TICKET = f"{BOOKING_XZ}-01"
SEA_FIX = (40.819214, 50.948377)  # her phone on deck, mid-crossing


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def xazarline() -> list[Case]:
    rng = random.Random(9541)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    gla, glo = fix(PORT_FIX)
    lab: dict[str, str] = {}
    track = pb([(1, L(USER_ID, UID)), (2, L(BOOKING_XZ, BUY)),
                (3, [(1, L(SEA_FIX[0], PRECISE)), (2, L(SEA_FIX[1], PRECISE))]),
                (4, 1765543311), (5, L(61, DEV))], "", lab)
    booking = at_path(case(f, B_URL, headers=_h(rng, **b)), BOOKING_XZ, BUY)
    checkin = at_path(multipart(f, f"{B_URL}/checkin", [
        ("passport", "passport_jane.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NATID}")),
        ("data", None, "application/json", {"passengers": 2, "visa": "visa_free"})],
        headers=_h(rng, **b)), BOOKING_XZ, BUY)
    bp = at_path(at_path(case(f, f"{B_URL}/boarding-pass/{TICKET}", headers=_h(rng, **b)),
                         BOOKING_XZ, BUY), TICKET, BUY)
    return [
        case(f, f"{a}/register", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH),
            "gender": L("F", GENDER), "nationality": "US"}),
        case(f, f"{a}/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/profile", headers=_h(rng, extra=jw)),
        case(f, f"{a}/ports/search", headers=_h(rng, **b), query={"q": L("Aktau", SEARCH)}),
        case(f, f"{a}/sailings", headers=_h(rng, **b), query={
            "from": PORT_ALAT["code"], "to": PORT_KURYK["code"], "date": "2025-12-20",
            "vehicle": "car", "pax": "2"}),
        case(f, f"{a}/sailings/alerts", headers=_h(rng, **b), body={
            "route": "ALT-KRK", "sms": L(PHONE, TEL), "email": L(EMAIL, MAIL),
            "meta": W({"source": "sailings", "query": L("Aktau", SEARCH), "pax": 2}, "json")}),
        case(f, f"{a}/ports/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{BAKU_HOME_AT[0]:.4f}", PRECISE),
            "lon": L(f"{BAKU_HOME_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/bookings", headers=_h(rng, **b), body={
            "sailing": "sl_ALT_KRK_1220", "fare": L("310.00", BUY), "currency": "USD",
            "cabin": "2-berth", "passengers": [
                {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                 "dateOfBirth": L(DOB, BIRTH), "passport": L(PASSPORT, NATID),
                 "gender": L("F", GENDER), "nationality": "US"},
                {"firstName": L(SON[0], NAMEC), "lastName": L(SON[1], NAMEC),
                 "dateOfBirth": L(SON[2], BIRTH), "passport": L(SON[3], NATID),
                 "gender": L("M", GENDER), "nationality": "US"}],
            "vehicle": {"plate": L(CAR["plate"], HW), "make": CAR["marka"],
                        "model": CAR["model"], "lengthM": 4.5}}),
        booking,
        checkin,
        bp,
        case(f, f"{a}/gate/arrival", headers=_h(rng, **b), body={
            "booking": L(BOOKING_XZ, BUY), "lat": gla, "lon": glo, "accuracy": 7,
            "port": {"code": PORT_ALAT["code"], "lat": PORT_ALAT["lat"], "lon": PORT_ALAT["lon"]}}),
        case(f, f"{a}/vessels/{SHIP['imo']}/position", headers=_h(rng, **b), query={
            "mmsi": SHIP["mmsi"]}),
        case(f, f"{a}/onboard/wifi", headers=_h(rng, **b), body={
            "booking": L(BOOKING_XZ, BUY), "ssid": L(SHIP_WIFI[0], WIFI),
            "bssid": L(SHIP_WIFI[1], WIFI), "voucher": L("KX4-77Q", CRED)}),
        case(f, f"{a}/onboard/meals", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_XZ, BUY), "meals": "vegetarian,child", "total": L("18.00", BUY)}),
        raw(f, f"{a}/track", track, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/customs/declarations", headers=_h(rng, **b), body={
            "country": "KZ", "fullName": L(NAME, NAMEC), "passport": L(PASSPORT, NATID),
            "carPlate": L(CAR["plate"], HW), "vin": L(CAR["vin"], HW),
            "cashOver10k": False, "goods": "personal belongings", "hotel": "Caspian Breeze Hotel"}),
        case(f, f"{a}/feedback", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_XZ, BUY), "rating": "3",
            "text": L("We waited 30 hours at Alat before boarding, the cabin was clean", TEXT)}),
        case(f, f"{a}/lost-found", headers=_h(rng, **b), body={
            "vessel": SHIP["name"], "cabin": "214", "phone": L(E164, TEL),
            "text": L("Left a blue backpack in cabin 214 with my son's asthma inhaler",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "timezone": L("Asia/Baku", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("alert_set", 1), ev("booking_paid", 2),
                ev("screen", 3, screen=L("BoardingPass", USAGE))]}),
        case(f, f"{a}/trips", headers=_h(rng, how="nodash"),
             cookies={"xz_session": L(opaque(rng, "", 44), CRED), "xz_lang": "en"}),
    ]


def xazarline_sdks() -> list[Case]:
    rng = random.Random(9542)
    return [
        cm_batch(APP, rng, [("Booking Completed", {"fare": L(310.0, BUY), "route": "ALT-KRK"}),
                            ("Gate Arrived", {"port": "AZ-ALT"})],
                 at=PORT_FIX, nd=3, baku=True, tz="Asia/Baku"),
        cm_queue(APP, rng, [("Deck Map Opened", {"deck": 4}), ("Cabin Found", {"cabin": "214"}),
                            ("Wifi Voucher Used", {})]),
        sm_install(APP, rng, baku=True),
        sm_event(APP, rng, "booking", {"booking": L(BOOKING_XZ, BUY), "pax": 2},
                 revenue="310.00"),
        be_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, baku=True, keywords="travel,ferry"),
        pt_register(APP, rng, tz="Asia/Baku", at=PORT_FIX, nd=2, tags={"route": "ALT-KRK"}),
        cr_wallet(APP, rng, "310.00"),
        ce_telemetry(APP, rng, [PORT_FIX, (39.944702, 49.409331)], PRECISE),
        aw_message(APP, rng, L("Is the car deck open yet? Booking XZL-7Q4K2M", f"{TEXT}|{BUY}"),
                   {"booking": L(BOOKING_XZ, BUY)}),
    ]
