"""Mountain trail safety check-in app "Lernpost" (she climbs Mount Aragats on the family's summer
stay in Armenia): sign-up with an emergency contact, a log-in, ``/me``, her hiker card (blood
type, asthma, inhaler), a trip plan with an expected-return time (the overdue alarm), the start
check-in (her fix, Wi-Fi, carrier), position pings (protobuf with a nested fix), the track (gzip
JSON), a summit check-in with a photo, a hazard report, an overdue extension, the finish, a late
SMS-gateway fallback (form), a shared live link for her husband, a trail search, the weather,
push, events and her trips by a cookie GET. Unlike set 92's rescue registration and set 89's
trekking GPS, the app's core is the dead-man timer: it alerts her contacts when she is overdue."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, MCCMNC, multipart, pb, raw
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families127_kit import (
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    FIT,
    HIKE_START,
    HUSBAND,
    HUT_AT,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    RANGER,
    SEARCH,
    SUMMIT_FIX,
    TEL,
    TEXT,
    TRAILHEAD_AT,
    UID,
    USAGE,
    WIFI,
    YVN_AT,
    fix,
    hike,
    obj,
)
from eval_families127_sdk import ab_open, bq_bid, cf_crash, cf_crumb, mc_batch, mc_identify
from eval_families127_svc import cl_message, nc_register, tg_reverse, tg_telemetry
from eval_payloads import BSSID, EMAIL, INSTALL_ID, NAME, SSID, USER_ID, Case, J, L, U, case

APP = App("hike", "Lernpost", "com.example.lernpost", "2.9.3", "https://api.lernpost.example.com")
IID = "X-Lernpost-Install"
PW = "Aragats-4090m"
TRIP = "trp_5c0e2a71"  # the trip's ID (a negative)
HUT_SSID, HUT_BSSID = "KariLich-Hut", "5e:2a:91:04:c3:17"  # the hut's Wi-Fi she joined


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lernpost() -> list[Case]:
    rng = random.Random(12713)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    sla, slo = fix(HIKE_START)
    lab: dict[str, str] = {}
    fx = hike(rng, 2)[1]
    ping = pb([(1, L(USER_ID, UID)), (2, TRIP), (3, [(1, fx["lat"]), (2, fx["lon"]),
                                                     (3, 3208.5)]),
               (4, 1752403600), (5, 64), (6, L(MCCMNC, CARRIER))], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "birthYear": L(1991, BIRTH),
            "emergency": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                           "relation": "husband"}]}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/hiker-card", headers=_h(rng, **b), body={
            "bloodType": L("A+", MED), "conditions": [L("asthma", MED)],
            "medications": [L("albuterol inhaler (in the top pocket)", MED)],
            "allergies": [L("penicillin", MED)], "weightKg": L(63, FIT),
            "experience": "intermediate", "jacketColour": "orange"}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "trip": TRIP, "route": "Aragats south summit via Kari lake",
            "trailhead": {"lat": TRAILHEAD_AT[0], "lon": TRAILHEAD_AT[1]},
            "start": "2025-07-13T07:00:00+04:00", "expectedBack": "2025-07-13T15:30:00+04:00",
            "party": 2, "companion": L("Davit", NAMEC), "notify": [L(HUSBAND[1], TEL)],
            "staying": {"lat": fix(YVN_AT, 4)[0], "lon": fix(YVN_AT, 4)[1]}}),
        case(f, f"{a}/v1/trips/{TRIP}/start", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "accuracy": 6, "battery": L(92, DEV),
            "wifi": {"ssid": L(HUT_SSID, WIFI), "bssid": L(HUT_BSSID, WIFI)},
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "roaming": L(True, DEV)}),
        raw(f, f"{a}/v1/trips/{TRIP}/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{TRIP}/track", gz=True, headers=_h(rng, **b), body={
            "points": hike(rng, 12), "device": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v1/trips/{TRIP}/checkins", [
            ("photo", "summit.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("data", None, "application/json", {
                "kind": "summit", "lat": fix(SUMMIT_FIX, 5)[0], "lon": fix(SUMMIT_FIX, 5)[1],
                "note": L("South summit! Windy, Ani would love it", TEXT),
                "spo2": L(91, MED), "pulse": L(118, FIT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/hazards", headers=_h(rng, **b), body={
            "kind": "snowfield", "lat": fix(SUMMIT_FIX, 4)[0], "lon": fix(SUMMIT_FIX, 4)[1],
            "text": L("Hard snow on the saddle, microspikes needed", TEXT)}),
        case(f, f"{a}/v1/trips/{TRIP}/extend", fmt="form", headers=_h(rng, **b), body={
            "minutes": "60", "reason": L("slow descent, short of breath", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/trips/{TRIP}/finish", headers=_h(rng, **b), body={
            "lat": fix(HUT_AT, 3)[0], "lon": fix(HUT_AT, 3)[1], "km": 11.2, "ascentM": 820,
            "durationMin": L(465, FIT)}),
        case(f, f"{a}/v1/sms-gateway", fmt="form", headers=_h(rng, **b), body={
            "from": L(E164, TEL), "body": L(f"LP OK {TRIP} {SUMMIT_FIX[0]:.4f},"
                                            f"{SUMMIT_FIX[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v1/trips/{TRIP}/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "link": U("https://lernpost.example.com/live", {"t": TRIP,
                                                             "by": L(USER_ID, UID)})}),
        case(f, f"{a}/v1/trails", headers=_h(rng, **b), query={
            "q": L("Azhdahak crater lake", SEARCH),
            "near": L(f"{YVN_AT[0]:.1f},{YVN_AT[1]:.1f}", COARSE)}),
        case(f, f"{a}/v1/weather", headers=_h(rng, how="upper"), query={
            "lat": f"{TRAILHEAD_AT[0]:.2f}", "lon": f"{TRAILHEAD_AT[1]:.2f}", "days": "2"}),
        case(f, f"{a}/v1/rescue", headers=_h(rng, **b), query={"post": RANGER["name"]}),
        case(f, f"{a}/v1/home-wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "purpose": "auto-finish at home"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "fcm-", 64), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "timezone": L("Asia/Yerevan", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("trip_started", 1), ev("summit_checkin", 2),
                ev("screen", 3, screen=L("TripLive", USAGE))]}),
        lines(f, f"{a}/v1/trips/{TRIP}/queue", [
            {"kind": "ping", "user": L(USER_ID, UID), "lat": p["lat"], "lon": p["lon"],
             "t": p["t"], "queued": True} for p in hike(rng, 3)], headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="nodash"),
             cookies={"lp_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/maps/regions/{obj(rng, 'rg', 6)}", headers={
            "User-Agent": L(APP.ua, DEV), "X-Req": rid(rng)}),
    ]


def lernpost_sdks() -> list[Case]:
    rng = random.Random(12714)
    return [
        mc_batch(APP, rng, [("Trip Started", {"route": "aragats-south"}),
                            ("Checkin Sent", {"kind": "summit"})],
                 at=HIKE_START, nd=3, tz="Asia/Yerevan", fmt="msgpack"),
        mc_identify(APP, rng, {"country": L("AM", COARSE), "experience": "intermediate"}),
        ab_open(APP, rng, n=9),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=YVN_AT, nd=3, yob=1991,
               keywords="hiking,armenia"),
        cf_crash(APP, rng, ("java.net.SocketTimeoutException", "ping timeout"),
                 [cf_crumb("nav", "TripLive"), cf_crumb("net", "POST ping timeout")],
                 screen="TripLiveActivity", tz="Asia/Yerevan"),
        nc_register(APP, rng, tags={"region": "aragatsotn"}, at=HIKE_START, nd=2,
                    tz="Asia/Yerevan"),
        tg_reverse(APP, rng, SUMMIT_FIX, PRECISE, nd=4),
        tg_telemetry(APP, rng, [(round(SUMMIT_FIX[0], 6), round(SUMMIT_FIX[1], 6)),
                                (40.512744, 44.196512)], PRECISE),
        cl_message(APP, rng, L("The overdue alarm called my husband while I was at the hut",
                               TEXT), {"trip": TRIP}),
    ]
