"""Public-sauna booking app "Leiliaeg": sign-up, log-in, ``/me`` with her member card in the JWT,
saunas near her, a women-only session booked and paid, the health declaration, the booking's door
code by its code in the path, check-in at the door with her fix and the guest Wi-Fi, a locker PIN,
a heat session with her watch's heart rate (msgpack), a friend invited, a waitlist by SMS, a gift
card, a membership, a review, an avatar, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families80_kit import BOOKING_LA, DOOR_CODE, SAUNA_CARD, SAUNAS, fix, home
from eval_families80_sdk import km_batch, km_pixel, ok_bid, rv_event, rv_install, vk_crash, vk_crumb
from eval_families80_svc import kk_route, ly_eval, mh_confirm, no_check, tk_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("leiliaeg", "Leiliaeg", "com.example.leiliaeg", "1.14.0",
          "https://api.leiliaeg.example.com")
IID = "X-Leil-Device"
PW = "Birch-Whisk-3310"
DOOR_FIX = (40.678694, -74.010881)  # her phone at the sauna's door
SN = SAUNAS[0]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def leiliaeg() -> list[Case]:
    rng = random.Random(8031)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(SAUNA_CARD, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    dla, dlo = fix(DOOR_FIX)
    hla, hlo = home(4)
    door = at_path(case(f, f"{a}/v1/bookings/{BOOKING_LA}/door", headers=_h(rng, **b)),
                   BOOKING_LA, BUY)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(DASHED, TEL), "birthDate": L(DOB, BIRTH), "gender": L("female", GENDER),
            "password": L(PW, CRED), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/saunas", headers=_h(rng, **b), query={
            "lat": L(f"{hla.value:.4f}", PRECISE), "lng": L(f"{hlo.value:.4f}", PRECISE),
            "open": "now"}),
        case(f, f"{a}/v1/saunas/{SN['id']}/slots", headers=_h(rng, **b),
             query={"date": "2025-12-13"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "sauna": SN["id"], "slot": "2025-12-13T18:00", "session": L("women_only", GENDER),
            "guests": 1, "member": L(SAUNA_CARD, UID), "towel": True,
            "price": L("32.00", BUY), "code": L(BOOKING_LA, BUY)}),
        case(f, f"{a}/v1/bookings/{BOOKING_LA}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("32.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "currency": "usd"}),
        case(f, f"{a}/v1/health-declaration", headers=_h(rng, **b), body={
            "heartCondition": L(True, MED), "bloodPressureMeds": L(True, MED),
            "pregnant": L(False, SENS), "epilepsy": L(False, MED),
            "note": L("I take amlodipine, I keep the hot room to 10 minutes", f"{TEXT}|{MED}"),
            "accepted": True}),
        door,
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "booking": L(BOOKING_LA, BUY), "doorQr": "lei://door/sn_104/w2", "lat": dla,
            "lng": dlo, "acc": 7, "doorCode": L(DOOR_CODE, CRED),
            "network": {"ssid": L("RedHookSauna-Guest", WIFI),
                        "bssid": L("6c:3b:6b:90:12:4e", WIFI)}}),
        case(f, f"{a}/v1/lockers/41", fmt="form", headers=_h(rng, **b), body={
            "pin": L("1984", CRED), "booking": L(BOOKING_LA, BUY)}),
        case(f, f"{a}/v1/sessions/heat", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": BOOKING_LA, "rounds": [{"min": 10, "tempC": 88}, {"min": 8, "tempC": 92}],
            "coldPlungeMin": 2, "hr": L([96, 112, 124, 131, 118, 88], FIT),
            "maxHr": L(134, FIT), "watch": "Fenix 7S"}),
        case(f, f"{a}/v1/bookings/{BOOKING_LA}/move", fmt="form", headers=_h(rng, **b), body={
            "to": "2025-12-13T19:30", "fee": L("4.00", BUY), "reason": "schedule"}),
        case(f, f"{a}/v1/friends/invite", headers=_h(rng, **b), body={
            "name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL),
            "booking": L(BOOKING_LA, BUY)}),
        case(f, f"{a}/v1/waitlist", fmt="form", headers=_h(rng, **b), body={
            "sauna": SAUNAS[1]["id"], "slot": "2025-12-14T07:00", "sms": L(E164, TEL)}),
        case(f, f"{a}/v1/giftcards", headers=_h(rng, **b), body={
            "to": {"name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL)},
            "message": L("Happy birthday Ana! Let's sweat it out together", TEXT),
            "amount": L("60.00", BUY)}),
        case(f, f"{a}/v1/memberships/play", headers=_h(rng, **b), body={
            "product": L("leil_ten_visits", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/saunas/{SN['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Best löyly in the city, the cold plunge is properly cold", TEXT),
            "visit": BOOKING_LA}),
        multipart(f, f"{a}/v1/me/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x90", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("booking_made", 1, sauna=SN["id"]), ev("checkin", 2),
                ev("screen", 3, screen=L("SaunaDetail", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="upper"),
             cookies={"leil_s": L(opaque(rng, "", 40), CRED), "theme": "dark"}),
    ]


def leiliaeg_sdks() -> list[Case]:
    rng = random.Random(8032)
    return [
        km_pixel(APP, rng, "Sauna Viewed", {"sauna": SN["id"]}),
        km_batch(APP, rng, [("Booking Made", {"price": L(32.0, BUY),
                                              "session": L("women_only", GENDER)}),
                            ("Checked In", {})], at=DOOR_FIX, nd=3),
        rv_install(APP, rng, first=True),
        rv_event(APP, rng, "booking", {"sauna": SN["id"]}, revenue=32.0),
        ok_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=4, yob=1991,
               gender="F"),
        vk_crash(APP, rng, ("java.lang.IllegalStateException", "slot already taken"),
                 [vk_crumb("nav", "Sauna -> Book"), vk_crumb("ui", "tap", {"slot": "18:00"})],
                 screen="BookActivity"),
        ly_eval(APP, rng, {"doorCodes": True}, user=False),
        tk_register(APP, rng, at=(LAT, LON), nd=2, tags={"member": "yes"}),
        no_check(APP, rng, {"analytics": True, "ads": False}),
        mh_confirm(APP, rng, "32.00"),
        kk_route(APP, rng, [((LAT, LON), PRECISE), ((SN["lat"], SN["lon"]), None)],
                 profile="cycling"),
    ]
