"""A Svan guesthouse and trek-registration app "Koshkigza" (a family guesthouse in Mestia that
also registers its guests' hikes with the mountain rescue desk): sign-up, log-in, ``/me``, the
stay booked for the three of them (her passport), the deposit, the transfer from Zugdidi, a
check-in at the guesthouse (its Wi-Fi joined), the hike registration (route, party, return time,
her emergency contact), a protobuf trail beat, an offline queue of fixes (msgpack), an "I am
back" check-out of the hike, dinner orders, laundry, a review, the stay by number in the path, a
horse hire, a lost item, a message to the host, the invoice by cookie, push and events. Set 89
has a Caucasus trekking GPS app with avalanche alerts; Koshkigza is a guesthouse's own booking
app whose trek registry is a side service (no avalanche beacon, no map of summits)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
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
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families151_kit import (
    DAUGHTER,
    GUESTHOUSE,
    GUESTHOUSE_FIX,
    HUSBAND,
    PASS_AT,
    PASSPORT,
    SISTER_US,
    STAY,
    TRAIL_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families151_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families151_svc import cl_card, cl_confirm, mm_reverse, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("koshkigza", "Koshkigza", "com.example.koshkigza", "3.3.1",
          "https://api.koshkigza.example.com")
IID = "X-KG-Device"
PW = "Ushba$Mestia2026"
NID = "personal.national_id"
SSID, BSSID = "Koshki-Guest-5G", "b4:fb:e4:2a:61:0d"  # the guesthouse's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def koshkigza() -> list[Case]:
    rng = random.Random(15141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    guest=L("gst_" + USER_ID[2:], UID)))}
    gla, glo = fix(GUESTHOUSE_FIX)
    hike = obj(rng, "hk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, hike), (3, 1770800000),
               (4, [(1, L(TRAIL_FIX[0], PRECISE)), (2, L(TRAIL_FIX[1], PRECISE)), (3, 2480.0)]),
               (5, L(44, DEV))], "", lab)
    stay = at_path(case(f, f"{a}/v1/stays/{STAY}", headers=_h(rng, **b)), STAY, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(NATIONAL, TEL), "password": L(PW, CRED),
            "birth_date": L(DOB, BIRTH), "country": "US", "lives_in": L("Tbilisi", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/stays", headers=_h(rng, **b), body={
            "guesthouse": GUESTHOUSE["id"], "from": "2026-02-10", "to": "2026-02-14",
            "room": "family_3", "stay": L(STAY, BUY), "total": L(480, BUY),
            "guests": [{"name": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT, NID)},
                       {"name": L(HUSBAND[0], NAMEC)},
                       {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                        "age": L(9, BIRTH)}],
            "meals": "half_board"}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "stay": L(STAY, BUY), "amount": L("150", BUY), "currency": "GEL",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/transfers", headers=_h(rng, **b), body={
            "stay": L(STAY, BUY), "from": L("Zugdidi railway station", COARSE),
            "date": "2026-02-10", "seats": 3, "price": L(210, BUY),
            "contact": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/stays/checkin", headers=_h(rng, **b), body={
            "stay": L(STAY, BUY), "at": {"lat": gla, "lon": glo, "acc": 11},
            "guesthouse": {"lat": GUESTHOUSE["lat"], "lon": GUESTHOUSE["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v1/hikes", headers=_h(rng, **b), body={
            "hike": hike, "route": "Mestia - Chalaadi glacier", "start": "2026-02-12T08:30",
            "return_by": "2026-02-12T16:00", "party": 2,
            "members": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "emergency": {"name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL)},
            "conditions": L("asthma, carries inhaler", f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v1/hikes/{hike}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hikes/{hike}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "fixes": [{"lat": L(round(TRAIL_FIX[0] + 0.0011 * i, 6), PRECISE),
                       "lon": L(round(TRAIL_FIX[1] - 0.0013 * i, 6), PRECISE), "t": 1770800300 +
                       300 * i}
                      for i in range(3)],
            "pass": {"lat": PASS_AT[0], "lon": PASS_AT[1]}}),
        case(f, f"{a}/v1/hikes/{hike}/back", fmt="form", headers=_h(rng, **b), body={
            "status": "back_safe", "lat": L(f"{GUESTHOUSE_FIX[0]:.5f}", PRECISE),
            "lon": L(f"{GUESTHOUSE_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/orders/dinner", headers=_h(rng, **b), body={
            "stay": L(STAY, BUY), "items": [{"dish": "kubdari", "qty": 2},
                                            {"dish": "tashmijabi", "qty": 1}],
            "total": L(54, BUY), "diet": L("no nuts for the girl", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/orders/laundry", fmt="form", headers=_h(rng, **b), body={
            "stay": L(STAY, BUY), "bags": "1", "price": L("15", BUY)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "guesthouse": GUESTHOUSE["id"], "stars": 5,
            "text": L("Warm rooms, the best kubdari, our daughter loved the horses.", TEXT)}),
        stay,
        case(f, f"{a}/v1/horses", headers=_h(rng, **b), body={
            "stay": L(STAY, BUY), "riders": [{"weight": L(58, "health.fitness")},
                                             {"weight": L(31, "health.fitness")}],
            "hours": 2, "price": L(80, BUY)}),
        multipart(f, f"{a}/v1/lost", [
            ("photo", "glove.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {"stay": L(STAY, BUY),
                                                "text": L("Red child glove lost near the tower",
                                                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "host_gh_0931",
            "text": L("We arrive at 19:00, my phone is +1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/invoices/latest", headers=_h(rng, how="none"), cookies={
            "kg_session": L(opaque(rng, "", 40), CRED), "kg_device": L(INSTALL_ID, DID),
            "kg_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("hike_registered", 1), ev("screen", 2, screen=L("HikeLive", USAGE))]}),
    ]


def koshkigza_sdks() -> list[Case]:
    rng = random.Random(15142)
    link = U("https://koshkigza.example.com/s", {"stay": L(STAY, BUY), "ref": "mail",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Stay Booked", {"total": L(480, BUY)}),
                            ("Hike Registered", {"party": 2})], at=GUESTHOUSE_FIX, nd=3),
        mc_queue(APP, rng, [("Hike Beat", {"alt": 2480}), ("Back Safe", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"stay": L(STAY, BUY)}, revenue=480.0, hashed=True),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=GUESTHOUSE_FIX, nd=2,
               keywords="mountains,svaneti,hiking"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=2210),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "150"),
        mm_reverse(APP, rng, TRAIL_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(GUESTHOUSE_FIX, PRECISE), (PASS_AT, None)], mode="walking"),
        mm_telemetry(APP, rng, [TRAIL_FIX, GUESTHOUSE_FIX], PRECISE),
    ]
