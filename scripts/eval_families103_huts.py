"""Mountain-hut booking app "Hizhanet" (Rila, Bulgaria): sign-up, log-in, ``/me``, a hut search,
availability, beds booked for three (her son and a friend, a coeliac guest), the deposit, a trek
plan registered for mountain rescue (an emergency contact, a medical note), check-ins on the trail
(schema-less protobuf with a nested fix), the day's GPX track (multipart), a live track (gzip),
the hut's Wi-Fi voucher, weather alerts near her, an SOS test, a stamp in her "100 tourist sites"
booklet, a review, an offline map of an area, a saved companion, a receipt, push, events and the
bookings by a cookie GET. Unlike set 83's Albanian huts (a cross-border permit, an SOS beacon),
this is a hut-to-hut weekend in Rila with a rescue-service trek plan and the hut's Wi-Fi."""

from __future__ import annotations

import random
from typing import Any

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
    PEOPLE,
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
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families103_kit import (
    BOOKLET,
    HUT_BOOKING,
    HUT_BSSID,
    HUT_SSID,
    HUTS,
    RENTAL_PLATE,
    SON,
    SON_YEAR,
    TRAILHEAD_AT,
    TREK_END,
    TREK_START,
    fix,
    gpx,
    obj,
    trek,
)
from eval_families103_sdk import (
    ae_event,
    ae_session,
    aw_bid,
    fq_crash,
    fq_crumb,
    gf_batch,
    gf_queue,
)
from eval_families103_svc import cm_search, cm_telemetry, pm_register, tb_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("hizhanet", "Hizhanet", "com.example.hizhanet", "3.7.0",
          "https://api.hizhanet.example.com")
IID = "X-Hizhanet-Install"
PW = "Musala2925m"
B_URL = f"https://api.hizhanet.example.com/v1/bookings/{HUT_BOOKING}"
LUCIA = PEOPLE[1]  # a friend hiking with them
STAMP_FIX = (42.204518, 23.313904)  # her phone at the Sedem Zvezdi hut's stamp box


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def hizhanet() -> list[Case]:
    rng = random.Random(10351)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    plan = obj(rng, "tp", 10)
    cla, clo = TREK_START[0] + 0.0211, TREK_START[1] + 0.0083
    lab: dict[str, str] = {}
    chk = pb([(1, L(USER_ID, UID)), (2, plan),
              (3, [(1, L(round(cla, 6), PRECISE)), (2, L(round(clo, 6), PRECISE)),
                   (3, 2104.0)]), (4, L(61, DEV)), (5, 1765612345), (6, "ok")], "", lab)
    sla, slo = fix(TREK_END, 5)
    tla, tlo = fix(STAMP_FIX)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL),
            "password": L(PW, CRED), "birth_year": L(1991, BIRTH), "country": L("US", COARSE),
            "experience": "intermediate"}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/huts/search", headers=_h(rng, **b), query={
            "q": L("seven lakes hut with family room", SEARCH), "range": "rila"}),
        case(f, f"{a}/v1/huts/{HUTS[0]['id']}/availability", headers=_h(rng, **b), query={
            "from": "2025-12-13", "to": "2025-12-14", "beds": "3"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "hut_id": HUTS[0]["id"], "nights": ["2025-12-13"], "beds": 3, "room": "dorm",
            "half_board": True, "guests": [
                {"name": L(NAME, NAMEC), "birth_year": L(1991, BIRTH)},
                {"name": L(f"{SON[0]} {SON[1]}", NAMEC), "birth_year": L(SON_YEAR, BIRTH)},
                {"name": L(LUCIA[0], NAMEC), "birth_year": L(1988, BIRTH)}],
            "diet": L("one coeliac guest: strictly gluten-free", f"{TEXT}|{MED}"),
            "total": L("138.00", BUY), "booking_ref": L(HUT_BOOKING, BUY)}),
        at_path(case(f, f"{B_URL}/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("46.00", BUY), "card_token": L(opaque(rng, "ctk_", 24), PAY)}),
            HUT_BOOKING, BUY),
        case(f, f"{a}/v1/trek-plans", headers=_h(rng, **b), body={
            "plan": plan, "route": "Panichishte - Sedem Zvezdi - Zlatna Lodka",
            "start": "2025-12-13T07:30:00+02:00", "party": 3,
            "leader": {"name": L(NAME, NAMEC), "phone": L(E164, TEL)},
            "emergency_contact": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "medical_notes": L("Nico (10) has mild asthma, salbutamol inhaler in his pack",
                               f"{TEXT}|{MED}|{NAMEC}"),
            "vehicle_plate": RENTAL_PLATE,
            "trailhead": {"lat": TRAILHEAD_AT[0], "lon": TRAILHEAD_AT[1]}}),
        raw(f, f"{a}/v1/checkins", chk, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/tracks", [
            ("gpx", "rila_day1.gpx", "application/gpx+xml", L(gpx(rng, 12), PRECISE)),
            ("meta", None, "application/json", {"name": "Rila day 1", "distance_km": 14.2,
                                                "ascent_m": 980, "plan": plan})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tracks/live", gz=True, headers=_h(rng, **b), body={
            "plan": plan, "points": trek(rng, 6)}),
        case(f, f"{a}/v1/wifi/vouchers", fmt="form", headers=_h(rng, **b), body={
            "hut_id": HUTS[0]["id"], "ssid": L(HUT_SSID, WIFI), "bssid": L(HUT_BSSID, WIFI),
            "voucher": L("RE-7731", CRED)}),
        case(f, f"{a}/v1/weather/alerts", headers=_h(rng, **b), query={
            "lat": L(f"{TREK_END[0]:.2f}", COARSE), "lon": L(f"{TREK_END[1]:.2f}", COARSE),
            "lang": L("en", DEV)}),
        case(f, f"{a}/v1/sos/test", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "accuracy": 14, "phone": L(E164, TEL),
            "battery": L(58, DEV), "test": True}),
        case(f, f"{a}/v1/stamps", headers=_h(rng, **b), body={
            "booklet": L(BOOKLET, UID), "site": "NTO-100/27", "site_name": HUTS[1]["name"],
            "lat": tla, "lon": tlo, "site_lat": HUTS[1]["lat"], "site_lon": HUTS[1]["lon"]}),
        multipart(f, f"{a}/v1/reviews", [
            ("review", None, "application/json", {
                "hut_id": HUTS[0]["id"], "rating": 4,
                "text": L("Warm beds and a great bean soup; the gluten-free option was plain "
                          "rice", TEXT)}),
            ("photo", "lakes.jpg", "image/jpeg", L(JPEG + b"\xf1", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maps/offline", headers=_h(rng, **b), query={
            "bbox": "23.28,42.15,23.42,42.25", "zoom": "15", "layers": "trails,huts"}),
        case(f, f"{a}/v1/companions", headers=_h(rng, **b), body={
            "name": L(LUCIA[0], NAMEC), "phone": L(LUCIA[1], TEL), "email": L(LUCIA[2], MAIL),
            "birth_year": L(1988, BIRTH)}),
        at_path(case(f, f"{B_URL}/receipt", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "lang": "en"}),
            HUT_BOOKING, BUY),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("booking_created", 1, beds=3), ev("trek_started", 2),
                ev("screen", 3, screen=L("TrekPlan", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="upper"),
             cookies={"hz_session": L(opaque(rng, "", 40), CRED), "hz_lang": L("en", DEV)}),
    ]


def hizhanet_sdks() -> list[Case]:
    rng = random.Random(10352)
    pts = [(42.229114, 23.305627), (42.214380, 23.318845), (42.201772, 23.331016)]
    return [
        gf_batch(APP, rng, [("Booking Created", {"hut": HUTS[0]["id"], "value": L(138.0, BUY)}),
                            ("Trek Started", {"party": 3})], at=TREK_START, nd=2),
        gf_queue(APP, rng, [("Offline Map Opened", {"region": "rila"}),
                            ("Checkin Sent", {"alt": 2104})]),
        ae_session(APP, rng, first=True),
        ae_event(APP, rng, "booking", {"hut": HUTS[0]["id"], "nights": 1}, revenue=138.0),
        aw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="hiking,rila,huts"),
        fq_crash(APP, rng, ("java.net.UnknownHostException", "api.hizhanet.example.com"),
                 [fq_crumb("navigation", "Trek -> Checkin"),
                  fq_crumb("log", "queued checkin", {"lat": L(round(pts[1][0], 5), PRECISE),
                                                     "lon": L(round(pts[1][1], 5), PRECISE)})],
                 screen="CheckinActivity"),
        pm_register(APP, rng, at=TREK_END, nd=2, tags={"range": "rila"}),
        tb_confirm(APP, rng, "46.00"),
        cm_search(APP, rng, "Zlatna Lodka hut", SEARCH, near=TREK_START, nd=3),
        cm_telemetry(APP, rng, pts, PRECISE),
    ]
