"""E-scooter rental app "Toukur": SMS log-in, the profile with the age check, ``/me``, scooters
near her, unlocking, a second scooter for a friend, the ride's trace (JSON Lines) and a ping
(protobuf, a nested fix), ending with a parking photo, the receipt in the query, a tip, a
top-up, a pass, a damage report, a rating, a network diagnosis after a failed unlock, an
emergency contact, a referral, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families80_kit import KICK, KICK2, KICK_END, KICK_START, ZONE_AT, fix, home, leg, obj
from eval_families80_sdk import (
    km_batch,
    km_pixel,
    ok_bid,
    rv_event,
    rv_install,
    rv_link,
    vk_session,
)
from eval_families80_svc import kk_reverse, mh_card, tk_register
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("toukur", "Toukur", "com.example.toukur", "8.4.1", "https://api.toukur.example.net")
IID = "Tk-Install-Id"
PING_AT = (40.736412, -73.990187)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def toukur() -> list[Case]:
    rng = random.Random(8061)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    ride = obj(rng, "rd", 12)
    sla, slo = fix(KICK_START)
    ela, elo = fix(KICK_END)
    hla, hlo = home(4)
    lab: dict[str, str] = {}
    ping = pb([(1, ride), (2, [(1, L(PING_AT[0], PRECISE)), (2, L(PING_AT[1], PRECISE))]),
               (3, 17.2), (4, KICK["battery"]), (5, 11)], "", lab)
    trace = [dict(p, ride=ride, spd=round(rng.uniform(8, 20), 1))
             for p in leg(rng, 5, KICK_START, KICK_END, keys=("lat", "lng"))]
    return [
        case(f, f"{a}/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "lang": L("en", DEV)}),
        case(f, f"{a}/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("662019", CRED),
            "androidId": L(ANDROID_ID, DID)}),
        case(f, f"{a}/users/me", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "birth_date": L(DOB, BIRTH), "over18": L(True, BIRTH)}),
        case(f, f"{a}/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/vehicles", headers=_h(rng, **b), query={
            "lat": L(f"{hla.value:.4f}", PRECISE), "lng": L(f"{hlo.value:.4f}", PRECISE),
            "radius": "300", "type": "kick"}),
        case(f, f"{a}/rides", headers=_h(rng, **b), body={
            "ride": ride, "vehicle": KICK["id"], "qr": KICK["qr"], "serial": KICK["serial"],
            "battery": KICK["battery"], "at": {"lat": sla, "lng": slo, "acc": 6},
            "helmet": True}),
        case(f, f"{a}/rides/{ride}/group", headers=_h(rng, **b), body={
            "vehicle": KICK2["id"], "qr": KICK2["qr"], "rider": L(PEOPLE[1][0], NAMEC),
            "payer": "me"}),
        lines(f, f"{a}/rides/{ride}/trace", trace, headers=_h(rng, **b)),
        raw(f, f"{a}/rides/{ride}/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/rides/{ride}/end", [
            ("photo", "parking.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("end", None, "application/json", {"lat": ela, "lng": elo, "zone": "pz_0291",
                                               "zoneCentre": list(ZONE_AT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/rides/{ride}/receipt", headers=_h(rng, **b), query={
            "fare": L("5.40", BUY), "unlock": "1.00", "min": "11", "km": "1.9"}),
        case(f, f"{a}/rides/{ride}/tip", fmt="form", headers=_h(rng, **b), body={
            "amount": L("1.00", BUY), "to": "juicer_pool"}),
        case(f, f"{a}/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/passes", headers=_h(rng, **b), body={
            "sku": L("tk_day_pass", BUY), "price": L("12.99", BUY), "renew": False}),
        multipart(f, f"{a}/reports", [
            ("photo", "stem.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("report", None, "application/json", {
                "vehicle": KICK["id"], "part": "stem",
                "text": L("Handlebar stem wobbles at speed", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/rides/{ride}/rating", headers=_h(rng, **b), body={
            "stars": 4, "comment": L("Fine, but the brake squeaks", TEXT)}),
        case(f, f"{a}/diagnostics/unlock", headers=_h(rng, **b), body={
            "vehicle": KICK["id"], "error": "BLE_TIMEOUT", "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "localIp": L(LOCAL_IP, DEV), "publicIp": L(PUBLIC_IP, IPLOC),
            "mccMnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "network": L("wifi", DEV), "bt": True}),
        case(f, f"{a}/users/me/emergency", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL), "shareTrip": True}),
        case(f, f"{a}/referrals", fmt="form", headers=_h(rng, **b), body={
            "email": L(PEOPLE[3][2], MAIL), "code": "JANE-TK5"}),
        case(f, f"{a}/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ride_start", 1), ev("ride_end", 2, min=11),
                ev("screen", 3, screen=L("RideReceipt", USAGE))]}),
        case(f, f"{a}/rides", headers=_h(rng, how="plain"),
             cookies={"tk_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def toukur_sdks() -> list[Case]:
    rng = random.Random(8062)
    return [
        km_pixel(APP, rng, "Map Opened", {"vehicles": 12}),
        km_batch(APP, rng, [("Ride Ended", {"fare": L(5.4, BUY), "minutes": 11}),
                            ("Parking Photo", {})], at=KICK_END, nd=4, adid=True),
        rv_install(APP, rng, first=True),
        rv_event(APP, rng, "ride_completed", {"type": "kick"}, revenue=5.4, hashed=True),
        rv_link(APP, rng, U("https://go.toukur.example.net/r", {
            "promo": "FIRSTFREE", "ref": L(USER_ID, UID), "utm_source": "sms"})),
        ok_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=KICK_START, nd=3, yob=1991, gender="F"),
        vk_session(APP, rng, secs=702),
        tk_register(APP, rng, at=(LAT, LON), nd=2, tags={"pass": "day"}),
        mh_card(APP, rng),
        kk_reverse(APP, rng, KICK_END, PRECISE, nd=5),
    ]
