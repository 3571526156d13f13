"""Ride-hailing DRIVER app "Fareloop Driver": the user drives part-time in New York. Phone
sign-in, onboarding with her licences, SSN and car, documents and a selfie check, going online,
her location trail (protobuf, msgpack), offers, pickups and drop-offs, riders' names and pickup
points, telematics, earnings and payouts, the airport queue and a destination filter home."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import IID_UPPER, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, rid
from eval_families28_kit import (
    DEBIT_LAST4,
    HUB_AT,
    HUB_LINE,
    HUB_PHONE,
    JFK_T4,
    LOT_AT,
    POLICY,
    RIDER_PROXY,
    RIDERS,
    TLC,
    VEHICLE,
    drive,
)
from eval_families28_sdk import (
    orig_event,
    orig_launch,
    plot_batch,
    plot_profile,
    rook_crash,
    rook_crumb,
)
from eval_families28_svc import (
    carto_route,
    carto_telemetry,
    chime_register,
    fern_start,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("fareloop", "FareloopDriver", "com.example.fareloop.driver", "5.48.1",
          "https://driver-api.fareloop.example.com")
IID = "X-Fl-Device"
TRIPS = ["trp_7d21c09a4e", "trp_7d21c0b3f1", "trp_7d21c0c875"]  # internal trip IDs
VEH = "veh_3a91f0"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _fix(p: tuple[float, float], *, k: tuple[str, str] = ("lat", "lng")) -> dict[str, L]:
    return {k[0]: L(p[0], PRECISE), k[1]: L(p[1], PRECISE)}


def _pings(rng: random.Random) -> Case:
    """The online location trail as schema-less protobuf: the driver (1), repeated fixes
    ``2[i]`` (time, lat, lon, speed, heading), the vehicle (3) and the app state (4)."""
    fixes = drive(rng, 4)
    rows = [(2, [(1, t), (2, la), (3, lo), (4, sp), (5, hd)]) for t, la, lo, sp, hd in fixes]
    labels: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), *rows, (3, VEH), (4, "online_idle")], "", labels)
    for i in range(len(fixes)):
        labels.update({f"2[{i}].2": PRECISE, f"2[{i}].3": PRECISE})
    return raw(APP.fam, f"{APP.api}/v2/locations", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def fareloop() -> list[Case]:
    rng = random.Random(2811)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL), role="driver"))}
    trail = drive(rng, 5, t0=1765320000)
    here = (trail[-1][1], trail[-1][2])
    lot_fix = (round(LOT_AT[0] + 0.000412, 6), round(LOT_AT[1] - 0.000318, 6))
    brake = (round(RIDERS[1][1][0] + 0.004127, 6), round(RIDERS[1][1][1] + 0.002215, 6))
    t0, t1, t2 = TRIPS
    cases = [
        case(f, f"{a}/v2/auth/phone/start", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/auth/phone/verify", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "code": L("604218", CRED), "remember_device": "1"}),
        case(f, f"{a}/v2/driver/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/onboarding/profile", headers=_h(rng, auth="bearer"), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "date_of_birth": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "ssn": L(SSN, NATID), "background_check_consent": True,
            "drivers_license": {"number": L(LICENCE, NATID), "state": L("NY", COARSE),
                                "expires": "2029-05-17"},
            "tlc_license": L(TLC, NATID), "referral_code": "DRIVE250"}),
        multipart(f, f"{a}/v2/documents", [
            ("front", "license_front.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("back", "license_back.jpg", "image/jpeg", L(JPEG + b"\x01", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"type": "drivers_license",
                                                "number": L(LICENCE, NATID),
                                                "upload_id": rid(rng)})],
            headers=_h(rng, auth="bearer")),
        multipart(f, f"{a}/v2/documents", [
            ("file", "insurance_card.jpg", "image/jpeg", L(JPEG + b"\x02", MEDIA)),
            ("meta", None, "application/json", {"type": "insurance", "policy": L(POLICY, UID),
                                                "insurer": "Empire Mutual",
                                                "vin": VEHICLE["vin"],
                                                "expires": "2026-08-31"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/vehicles", headers=_h(rng, auth="bearer"), body=dict(
            VEHICLE, registered_owner=L(NAME, NAMEC), tlc_plate=True, wheelchair=False)),
        multipart(f, f"{a}/v2/identity/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x03", MEDIA)),
            ("meta", None, "application/json", {"check_id": rid(rng), "trigger": "go_online",
                                                "camera": "front"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/driver/status", headers=_h(rng, auth="bearer"), body={
            "online": True, "vehicle_id": VEH, **_fix((trail[0][1], trail[0][2])),
            "accuracy_m": 6, "battery": L(0.77, DEV), "charging": L(True, DEV)}),
        _pings(rng),
        case(f, f"{a}/v2/offers/ofr_5k29d1/accept", headers=_h(rng, auth="bearer"), body={
            "driver_location": _fix(here), "pickup": _fix(RIDERS[0][1]),
            "eta_s": 260, "offer_shown_ms": L(6400, USAGE)}),
        case(f, f"{a}/v2/trips/{t0}/start", headers=_h(rng, auth="bearer"), body={
            "rider_pin": L("4821", CRED), **_fix(RIDERS[0][1]), "odometer_mi": 48213.4}),
        case(f, f"{a}/v2/trips/{t0}/path", fmt="msgpack", headers=_h(rng, auth="bearer"), body={
            "driver": L(USER_ID, UID), "points": [
                {"t": t, "la": L(la, PRECISE), "lo": L(lo, PRECISE), "v": sp}
                for t, la, lo, sp, _ in trail]}),
        case(f, f"{a}/v2/trips/{t0}/complete", fmt="form", headers=_h(rng, auth="bearer"),
             body={"lat": L(f"{JFK_T4[0] + 0.00021:.6f}", PRECISE),
                   "lng": L(f"{JFK_T4[1] - 0.00017:.6f}", PRECISE), "distance_mi": "17.9",
                   "duration_s": "2310", "tolls": L("6.94", BUY), "dropoff_poi": "JFK-T4"}),
        case(f, f"{a}/v2/trips/{t1}/messages", headers=_h(rng, auth="bearer"), body={
            "client_msg_id": rid(rng), "to": "rider", "relay_number": RIDER_PROXY,
            "text": L(f"Hi {RIDERS[1][0][:5]}, I'm at the hotel entrance in a gray Camry",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/safety/telematics", gz=True, headers=_h(rng, auth="bearer"), body={
            "trip_id": t1, "events": [{"type": "hard_brake", "t": 1765321204, "g": -0.47,
                                       **_fix(brake)}],
            "imu": L(imu(rng, 10), MOTION), "speeding_s": 0}),
        case(f, f"{a}/v2/support/incidents", headers=_h(rng, auth="bearer"), body={
            "trip_id": t2, "category": "lost_item", "callback_phone": L(DASHED, TEL),
            "description": L(f"{RIDERS[2][0]} left a black umbrella in the back seat",
                             f"{TEXT}|{NAMEC}"),
            "return_to": {"hub": HUB_LINE, "phone": HUB_PHONE, "lat": HUB_AT[0],
                          "lng": HUB_AT[1]}}),
        case(f, f"{a}/v2/earnings/week", query={"start": "2025-12-08", "tz": "America/New_York"},
             headers=_h(rng, how="none"), cookies={"fl_sess": L(opaque(rng, "", 56), CRED),
                                                   "fl_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/payouts/instant", headers=_h(rng, auth="bearer"), body={
            "amount": L("212.40", BUY), "fee": L("0.85", BUY), "currency": "USD",
            "destination": {"type": "debit_card", "last4": L(DEBIT_LAST4, PAY)},
            "idempotency_key": rid(rng)}),
        case(f, f"{a}/v2/payouts/bank-account", fmt="form", headers=_h(rng, auth="bearer"),
             body={"holder_name": L(NAME, NAMEC), "routing_number": L(ROUTING, PAY),
                   "account_number": L(ACCOUNT, PAY), "account_type": "checking"}),
        case(f, f"{a}/v2/heatmap", headers=_h(rng, auth="bearer"), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE), "zoom": "13",
            "product": "xl"}),
        case(f, f"{a}/v2/airport/queue", headers=_h(rng, auth="bearer"), body={
            "airport": "JFK", "lot": {"lat": LOT_AT[0], "lng": LOT_AT[1]},
            "driver_location": _fix(lot_fix), "vehicle_id": VEH}),
        case(f, f"{a}/v2/destination-filter", headers=_h(rng, auth="bearer"), body={
            "label": "Home", "address": L(STREET, ADDR),
            "location": _fix((round(LAT, 5), round(LON, 5))), "expires_in_s": 7200}),
        case(f, f"{a}/v2/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(IID_UPPER, DID),
            "timezone": L("America/New_York", DEV), "app_version": APP.ver}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "driver_id": L(USER_ID, UID), "events": [
                ev("went_online", 1, hours_online_today=L(4.5, USAGE)),
                ev("offer_accepted", 2, offer_rank=1),
                ev("screen_view", 3, screen=L("EarningsWeek", USAGE))]}),
    ]
    return cases


def fareloop_sdks() -> list[Case]:
    rng = random.Random(2812)
    here = (LAT + 0.000633, LON - 0.000412)
    return [
        plot_batch(APP, rng, [("Went Online", {"market": L("nyc", COARSE), "product": "xl"}),
                              ("Offer Accepted", {"eta_s": 260}),
                              ("Payout Requested", {"amount": L(212.40, BUY)})], nd=4),
        plot_profile(APP, rng, {"tier": "gold", "city": L(CITY, COARSE), "lifetime_trips": 812,
                                "email": L(EMAIL, MAIL)}),
        orig_launch(APP, rng, user=True, n=214),
        orig_event(APP, rng, "weekly_goal_reached", {"trips": 40}),
        rook_crash(APP, rng, ("java.lang.IllegalStateException", "Map not ready"),
                   [rook_crumb("nav", "Home -> Heatmap"),
                    rook_crumb("net", "GET heatmap", {"url": U(f"{APP.api}/v2/heatmap", {
                        "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
                        "zoom": "13"}), "status": 503})],
                   extra={"trip_id": TRIPS[1], "vehicle": VEH}, screen="HeatmapActivity"),
        carto_route(APP, rng, here, PRECISE, RIDERS[1][1], PRECISE, nd=6),
        carto_route(APP, rng, RIDERS[0][1], PRECISE, JFK_T4, None),
        carto_telemetry(APP, rng, [(la, lo) for _, la, lo, _, _ in drive(rng, 3)], PRECISE),
        chime_register(APP, rng, tags={"market": L("nyc", COARSE), "product": "xl",
                                             "tier": "gold"}),
        fern_start(APP, rng, L("My instant payout to the card ending 4242 hasn't arrived",
                               f"{TEXT}|{PAY}"), {"tier": "gold", "week": "2025-12-08"}),
    ]
