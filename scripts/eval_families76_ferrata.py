"""Via-ferrata climbing log "Ferratrail" (a weekend in the Julian Alps during her Ljubljana
autumn): sign-up, a log-in, ``/me``, routes in an offline area and near the car park, a trip
planned with her partner and an emergency contact, the start (roaming network), the GPS track
(gzip JSON), a live beacon (protobuf), a checkpoint (msgpack), the finish, a logbook entry and a
summit photo, an SOS, a conditions report, the weather, gear with her weight, a watch paired and
its heart rate, a hut booked, push, events and the logbook by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import F32
from eval_families17_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families76_kit import (
    HUT,
    PARTNER,
    ROAM,
    ROUTE,
    SISTER,
    SUMMIT_FIX,
    TRAILHEAD_FIX,
    climb,
    code,
    hr_series,
)
from eval_families76_sdk import (
    dz_bid,
    pr_link,
    pr_session,
    sl_batch,
    ss_crash,
    ss_crumb,
    ss_session,
)
from eval_families76_svc import pm_attach, zm_route, zm_telemetry, zv_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("ferratrail", "Ferratrail", "com.example.ferratrail", "3.6.4",
          "https://api.ferratrail.example.org")
IID = "X-FT-Install"
PW = "Jeklenica!Vrh71"
TZ = "Europe/Ljubljana"
HANDLE = "jane_on_rock"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def ferratrail() -> list[Case]:
    rng = random.Random(7631)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    trip = code(rng, "trip", 10)
    tla, tlo = fix(TRAILHEAD_FIX, 6)
    cla, clo = fix((46.421944, 13.848372), 5)
    sla, slo = fix(SUMMIT_FIX, 6)
    mid = fix((46.423310, 13.850118), 6)
    lab: dict[str, str] = {}
    beacon = pb([(1, L(USER_ID, UID)), (2, trip),
                 (3, [(1, mid[0]), (2, mid[1]), (3, F32(1702.0))]), (4, L(61, DEV)),
                 (5, 1759563600)], "", lab)
    ll = f"{TRAILHEAD_FIX[0]:.3f},{TRAILHEAD_FIX[1]:.3f}"
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "birthYear": L(1991, "personal.birthdate"), "homeCountry": L("US", COARSE),
            "units": "metric"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/routes", headers=_h(rng, **b), query={
            "bbox": "13.70,46.35,13.95,46.50", "grade": "C-D", "offline": "1"}),
        case(f, f"{a}/v1/routes/nearby", headers=_h(rng, **b),
             query={"ll": L(ll, PRECISE), "radiusKm": "15"}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "id": trip, "route": ROUTE["id"], "date": "2025-10-04", "expectedBack": "17:30",
            "partner": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "emergencyContact": {"name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL),
                                 "email": L(SISTER[2], MAIL)}}),
        case(f, f"{a}/v1/trips/{trip}/start", headers=_h(rng, **b), body={
            "lat": tla, "lon": tlo, "altM": 1180, "hAcc": 5, "battery": L(87, DEV),
            "network": {"simMccMnc": L("310260", CARRIER), "mccMnc": L(ROAM["mccmnc"], CARRIER),
                        "operator": L(ROAM["operator"], CARRIER),
                        "country": L(ROAM["country"], CARRIER)}}),
        case(f, f"{a}/v1/trips/{trip}/track", gz=True, headers=_h(rng, **b), body={
            "points": climb(rng, 8), "source": "gps", "tz": L(TZ, DEV)}),
        raw(f, f"{a}/v1/trips/{trip}/beacon", beacon, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/checkpoints", fmt="msgpack", headers=_h(rng, **b), body={
            "section": "crux traverse", "lat": cla, "lon": clo, "t": 1759564800,
            "clippedIn": True}),
        case(f, f"{a}/v1/trips/{trip}/finish", headers=_h(rng, **b), body={
            "durationMin": L(236, FIT), "ascentM": L(742, FIT), "distanceKm": L(4.8, FIT),
            "avgHr": L(128, FIT), "maxHr": L(171, FIT), "kcal": L(1180, FIT),
            "summit": {"lat": sla, "lon": slo}}),
        case(f, f"{a}/v1/logbook", headers=_h(rng, **b), body={
            "trip": trip, "route": ROUTE["id"], "grade": ROUTE["grade"], "stars": 5,
            "notes": L("Wet crux traverse; Matej led the overhang and I seconded",
                       f"{TEXT}|{NAMEC}"),
            "public": True}),
        multipart(f, f"{a}/v1/logbook/{trip}/photos", [
            ("photo", "vrh.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"lat": sla, "lon": slo,
                                                 "takenAt": "2025-10-04T12:41:09+02:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "trip": trip, "lat": L(round(46.422871, 6), PRECISE),
            "lon": L(round(13.849650, 6), PRECISE), "hAcc": 8, "battery": L(54, DEV),
            "callback": L(E164, TEL), "rescue": "112",
            "message": L("Partner twisted his ankle at the second ladder, descending slowly",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/routes/{ROUTE['id']}/conditions", headers=_h(rng, **b), body={
            "cableDamage": True, "anchor": {"lat": 46.42211, "lon": 13.84904},
            "text": L("Cable loose after the suspension bridge, two anchors wobble", TEXT)}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L("46.42", COARSE), "lon": L("13.85", COARSE), "units": "metric"}),
        case(f, f"{a}/v1/gear", headers=_h(rng, **b), body={
            "items": [{"type": "lanyard", "year": 2023, "ratedKg": "40-120"},
                      {"type": "helmet", "year": 2021}], "climberWeightKg": L(62, FIT)}),
        case(f, f"{a}/v1/devices/watch", headers=_h(rng, **b), body={
            "serial": "FTW-2207-118390", "ble": "D4:61:9A:3C:0E:51", "model": "Altus 3",
            "firmware": "4.1.0", "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/trips/{trip}/heart", gz=True, headers=_h(rng, **b), body={
            "hz": 1, "bpm": L(hr_series(rng, 40), FIT),
            "spo2": L([96, 95, 94, 94, 93, 95], FIT)}),
        case(f, f"{a}/v1/huts/{HUT['id']}/bookings", headers=_h(rng, **b), body={
            "night": "2025-10-03", "guests": [L(NAME, NAMEC), L(PARTNER[0], NAMEC)],
            "hut": {"name": HUT["name"], "phone": HUT["phone"]}, "total": L("64.00", BUY),
            "halfBoard": True, "requestId": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_started", 1), ev("offline_area_saved", 2, mb=84),
                ev("screen", 3, screen=L("Logbook", USAGE))]}),
        case(f, f"{a}/v1/logbook", headers=_h(rng, how="none"), query={"page": "1"},
             cookies={"ft_sess": L(opaque(rng, "", 40), CRED), "ft_dev": L(INSTALL_ID, DID)}),
    ]


def ferratrail_sdks() -> list[Case]:
    rng = random.Random(7632)
    link = U("https://ferratrail.example.org/r/vf_jul_0412",
             {"from": "invite", "by": "usr_81c0a2", "invitee": L(EMAIL, MAIL),
              "utm_campaign": "trip_share"})
    return [
        sl_batch(APP, rng, [("Trip Started", {"grade": "C/D"}),
                            ("Trip Finished", {"ascent": L(742, FIT)})],
                 at=TRAILHEAD_FIX, nd=3, tz=TZ, roam=ROAM),
        pr_session(APP, rng, user=True, roam=ROAM),
        pr_link(APP, rng, link),
        dz_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=TRAILHEAD_FIX, nd=2,
               geo_ip={"country": "SVN"}, roam=ROAM, yob=1991),
        ss_crash(APP, rng, ("java.lang.OutOfMemoryError", "tile cache"),
                 [ss_crumb("navigation", "Trip -> Map"), ss_crumb("log", "offline tiles 2211")],
                 screen="TripMapActivity", tz=TZ),
        ss_session(APP, rng, secs=14220),
        zv_register(APP, rng, at=TRAILHEAD_FIX, nd=2, tz=TZ, tags={"grade_max": "D"}),
        zm_telemetry(APP, rng, [(46.420512, 13.847233), (46.420944, 13.847711)], PRECISE),
        zm_route(APP, rng, [(TRAILHEAD_FIX, PRECISE), (ROUTE["start"], None)], "hike"),
        pm_attach(APP, rng, L(JPEG + b"\x74", MEDIA), "broken_cable.jpg", "image/jpeg"),
    ]
