"""Intercity long-distance car-share "Karvanly" (she rides as a passenger, New York to
Philadelphia): SMS sign-up and code, the profile and its photo, a licence check, ``/me``, a ride
search, a ride's page, a seat booked with her pickup point, the payment, chat with the driver
(msgpack), the trip shared with a friend, a protobuf live position, an offline trace (JSON Lines),
an SOS with the cell, a rating, the receipt, friends invited from her contacts, a lost item, a
saved home, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MCCMNC,
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
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, LINE1, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families81_kit import CITIES, DRIVER, FRIEND, NATID, PICKUP_AT, fix, home, obj, trace
from eval_families81_sdk import (
    iz_event,
    iz_open,
    qs_crash,
    qs_crumb,
    sq_batch,
    zb_bid,
)
from eval_families81_svc import (
    bg_eval,
    hb_register,
    kb_geocode,
    kb_route,
    kl_save,
    tk_card,
)
from eval_payloads import INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("karvanly", "Karvanly", "com.example.karvanly", "5.4.0",
          "https://api.karvanly.example.com")
IID = "X-Karvanly-Device"
LICENCE = "D41 772 9015"  # her driver's licence number (personal.national_id)
RIDE = "rd_7f1c20a9e4"  # the driver's ride offer (a negative)
SEAT = "KV-Q7P2-3318"  # her seat booking reference (financial.purchase)
BOOK = [("Marta Kowalski", "+15550134456"), ("Dev Anand", "+15550162208"),
        ("Chloe Martin", "+15550190071")]  # address-book entries (content.contacts)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def karvanly() -> list[Case]:
    rng = random.Random(8151)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), role="passenger"))}
    pla, plo = fix(PICKUP_AT, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, RIDE),
               (3, [(1, L(40.218842, PRECISE)), (2, L(-74.763127, PRECISE))]), (4, 104)], "", lab)
    offline = lines(f, f"{a}/v2/rides/{RIDE}/trace", [
        dict(p, ride=RIDE) for p in trace(rng, 4, (40.52211, -74.41882), (0.004, -0.005))],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "captcha": opaque(rng, "cp_", 20)}),
        case(f, f"{a}/v2/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("551083", CRED), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastInitial": LAST[0], "gender": L("female", GENDER),
            "birthYear": L(1991, BIRTH), "bio": L("Architect, visiting my parents most weekends",
                                                 TEXT),
            "prefs": {"chat": "some", "music": True, "pets": False, "smoking": False}}),
        multipart(f, f"{a}/v2/profile/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA))], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/verify/licence", [
            ("front", "licence.jpg", "image/jpeg", L(JPEG + b"\xb2", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"number": L(LICENCE, NATID), "state": "NY",
                                                "class": "D", "expires": "2029-05-17"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/rides/search", headers=_h(rng, **b), query={
            "from": L(CITIES["from"], SEARCH), "to": L(CITIES["to"], SEARCH),
            "date": "2025-12-19", "seats": "1"}),
        case(f, f"{a}/v2/rides/{RIDE}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/rides/{RIDE}/bookings", headers=_h(rng, **b), body={
            "seat": L(SEAT, BUY), "seats": 1, "pickup": {"lat": pla, "lon": plo},
            "meetAt": {"lat": DRIVER["meet_at"][0], "lon": DRIVER["meet_at"][1]},
            "price": L("24.00", BUY), "luggage": "small", "requestId": rid(rng)}),
        case(f, f"{a}/v2/payments", headers=_h(rng, **b), body={
            "booking": L(SEAT, BUY), "amount": L("26.10", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "fee": "2.10"}),
        case(f, f"{a}/v2/chats/{RIDE}", fmt="msgpack", headers=_h(rng, **b), body={
            "to": DRIVER["id"], "msgId": obj(rng, "m", 10),
            "text": L("I'm by the pharmacy on 23rd, grey coat and a red backpack", TEXT)}),
        case(f, f"{a}/v2/rides/{RIDE}/share", fmt="form", headers=_h(rng, **b), body={
            "name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL), "live": "1"}),
        raw(f, f"{a}/v2/rides/{RIDE}/position", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        offline,
        case(f, f"{a}/v2/sos", headers=_h(rng, **b), body={
            "ride": RIDE, "lat": L(40.31452, PRECISE), "lon": L(-74.62018, PRECISE),
            "mccmnc": L(MCCMNC, CARRIER), "cellId": L(21044531, CARRIER),
            "driver": DRIVER["id"], "plate": DRIVER["plate"]}),
        case(f, f"{a}/v2/ratings", fmt="form", headers=_h(rng, **b), body={
            "ride": RIDE, "driver": DRIVER["id"], "stars": "5",
            "comment": L("Careful driver, on time, stopped for coffee", TEXT)}),
        case(f, f"{a}/v2/receipts", headers=_h(rng, **b), query={
            "booking": L(SEAT, BUY), "format": "pdf"}),
        case(f, f"{a}/v2/invites", headers=_h(rng, **b), body={
            "contacts": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p in BOOK],
            "code": "JANE-KV25"}),
        case(f, f"{a}/v2/support/lost", headers=_h(rng, **b), body={
            "ride": RIDE, "text": L("Left my black umbrella in the back seat", TEXT)}),
        case(f, f"{a}/v2/places", headers=_h(rng, **b), body={
            "label": "Home", "line": L(LINE1, ADDR), "lat": L(round(LAT, 5), PRECISE),
            "lon": L(round(LON, 5), PRECISE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("seat_booked", 1, seats=1), ev("trip_shared", 2),
                ev("screen", 3, screen=L("RideDetails", USAGE))]}),
        case(f, f"{a}/v2/trips", headers=_h(rng, how="upper"),
             cookies={"kv_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def karvanly_sdks() -> list[Case]:
    rng = random.Random(8152)
    la, lo = home(4)
    return [
        sq_batch(APP, rng, [("Seat Booked", {"price": L(24.0, BUY), "route": "NYC-PHL"}),
                            ("Ride Searched", {"from": L("New York", SEARCH)})],
                 at=PICKUP_AT, nd=4),
        iz_open(APP, rng, first=True),
        iz_event(APP, rng, "seat_booked", {"route": "NYC-PHL"}, revenue=26.1, hashed=True),
        zb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        qs_crash(APP, rng, ("java.lang.NullPointerException", "ride.driver was null"),
                 [qs_crumb("nav", "Search -> RideDetails")], screen="RideDetailsActivity"),
        bg_eval(APP, rng, {"verified": True, "homeArea": L("NYC", "location.coarse")}),
        hb_register(APP, rng, at=(la.value, lo.value), nd=2),
        kl_save(APP, rng, {"analytics": True, "ads": True}),
        tk_card(APP, rng),
        kb_geocode(APP, rng, "30th Street Station", SEARCH, near=(LAT, LON), nd=3),
        kb_route(APP, rng, [(PICKUP_AT, PRECISE), (DRIVER["meet_at"], None)], mode="walk"),
    ]
