"""Mountain-rescue beacon companion "Ridgecall": sign-up, a log-in, ``/me``, the beacon paired,
her medical card and emergency contact, a trip plan, its start, a protobuf position report and a
gzip breadcrumb trail, an SOS with an injury photo and updates, its status, a satellite message, a
forecast by a point in the path, a friend following the trip, the trip closed by the home Wi-Fi,
the beacon's telemetry, a Play subscription check, push, events and trips by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import E164, IID_NODASH, JPEG, MCCMNC, PEOPLE, multipart, push_token
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families72_kit import (
    BEACON,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    FIT,
    ICE,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    RESCUE_BASE,
    SOS_FIX,
    SUMMIT,
    TEL,
    TEXT,
    TRAILHEAD,
    UID,
    USAGE,
    WIFI,
    fix,
    obj,
    trace,
)
from eval_families72_sdk import gp_crash, gp_crumb, lb_open, tf_batch, tf_pixel
from eval_families72_svc import mc_reverse, mc_telemetry, po_opened, po_register, pw_card, ss_stream
from eval_payloads import BSSID, EMAIL, LAT, LOCAL_IP, LON, NAME, SSID, USER_ID, Case, J, L, case

APP = App("ridgecall", "Ridgecall", "com.example.ridgecall", "2.8.0",
          "https://api.ridgecall.example.com")
IID = "X-Ridgecall-Device"
PWD = "Scree&Slab1991"
START_FIX = (44.158871, -73.963502)  # her phone at the trailhead when she starts


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def ridgecall() -> list[Case]:
    rng = random.Random(7221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    trip, sos = obj(rng, "trp"), obj(rng, "sos")
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    sla, slo = fix(SOS_FIX)
    tla, tlo = fix(START_FIX, 5)
    lab: dict[str, str] = {}
    track = pb([(1, trip), (2, L(USER_ID, UID)),
                (3, [(1, L(44.131187, PRECISE)), (2, L(-73.941562, PRECISE)), (3, 1187),
                     (4, 6)]), (5, BEACON["battery"]), (6, 1765318800)], "", lab)
    fc = "44.13,-73.94"
    return [
        case(f, f"{a}/api/v1/users", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PWD, CRED), "units": "metric", "newsletter": False}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PWD, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/beacons/pair", headers=_h(rng, **b), body={
            "serial": BEACON["serial"], "imei": BEACON["imei"], "ble": BEACON["ble"],
            "firmware": BEACON["fw"], "pairingPin": L("4417", CRED), "owner": L(USER_ID, UID)}),
        case(f, f"{a}/api/v1/profile/medical", headers=_h(rng, **b), body={
            "bloodType": L("O-", MED), "allergies": [L("penicillin", MED)],
            "conditions": [L("asthma", MED)], "medications": [L("albuterol inhaler", MED)],
            "heightCm": L(168, FIT), "weightKg": L(61, FIT), "dateOfBirth": L(DOB, BIRTH),
            "shareWithRescuers": True}),
        case(f, f"{a}/api/v1/contacts/emergency", headers=_h(rng, **b), body={
            "name": L(ICE[0], NAMEC), "phone": L(ICE[1], TEL), "relation": "partner",
            "notifyOnSos": True}),
        case(f, f"{a}/api/v1/trips", headers=_h(rng, **b), body={
            "tripId": trip, "title": "Gothics via Ore Bed Brook", "party": 1,
            "trailhead": {"lat": TRAILHEAD[0], "lon": TRAILHEAD[1]},
            "summit": {"lat": SUMMIT[0], "lon": SUMMIT[1]}, "returnBy": "2025-12-13T18:00",
            "notes": L("Solo. Turning back by 2pm if the weather closes in.", TEXT),
            "vehicle": L("Blue Honda Accord at the Garden lot", TEXT)}),
        case(f, f"{a}/api/v1/trips/{trip}/start", headers=_h(rng, **b), body={
            "lat": tla, "lon": tlo, "accuracyM": 8, "startedAt": 1765316400,
            "phoneBattery": L(91, DEV)}),
        raw(f, f"{a}/api/v1/trips/{trip}/position", track, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/trips/{trip}/breadcrumbs", gz=True, headers=_h(rng, **b), body={
            "points": trace(rng, 5, START_FIX, SOS_FIX, t0=1765316500),
            "source": "beacon+phone"}),
        case(f, f"{a}/api/v1/sos", headers=_h(rng, **b), body={
            "sosId": sos, "tripId": trip, "lat": sla, "lon": slo, "accuracyM": 5,
            "beacon": BEACON["serial"], "people": 1, "injury": L("ankle", MED),
            "message": L("Fell on the slab, left ankle, can't put weight on it",
                         f"{TEXT}|{MED}"),
            "phoneBattery": L(38, DEV),
            "base": {"id": RESCUE_BASE["id"], "lat": RESCUE_BASE["lat"],
                     "lon": RESCUE_BASE["lon"]}}),
        case(f, f"{a}/api/v1/sos/{sos}/update", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{SOS_FIX[0] + 0.00002:.5f}", PRECISE),
            "lon": L(f"{SOS_FIX[1] - 0.00001:.5f}", PRECISE), "status": "waiting",
            "text": L("Getting cold, have a bivvy bag, whistle every 10 min", TEXT)}),
        multipart(f, f"{a}/api/v1/sos/{sos}/photos", [
            ("photo", "ankle.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"sosId": sos, "clientId": rid(rng)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sos/{sos}/status", headers=_h(rng, **b),
             query={"since": "1765320100"}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": L(ICE[1], TEL), "via": "satellite",
            "text": L("Running late, off the mountain by 6. All fine.", TEXT),
            "pos": L(f"{SOS_FIX[0]:.4f},{SOS_FIX[1]:.4f}", PRECISE), "msgId": obj(rng, "msg")}),
        at_path(case(f, f"{a}/api/v1/forecast/{fc}", headers=_h(rng, **b),
                     query={"hours": "12", "units": "metric"}), fc, COARSE),
        case(f, f"{a}/api/v1/trips/{trip}/followers", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL),
            "expiresAt": "2025-12-14T00:00"}),
        case(f, f"{a}/api/v1/trips/{trip}/close", headers=_h(rng, **b), body={
            "closedBy": "home_wifi", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "returnedAt": 1765336200}),
        case(f, f"{a}/api/v1/beacons/{BEACON['serial']}/telemetry", headers=_h(rng, **b), body={
            "battery": BEACON["battery"], "firmware": BEACON["fw"], "satellites": 9,
            "tempC": -6.5, "gatewayIp": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/api/v1/subscription/verify", headers=_h(rng, **b), body={
            "productId": L("rc_safety_annual", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3345-8812-0417-22190", BUY)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(IID_NODASH, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "mccMnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "simCountry": L("us", CARRIER)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("trip_started", 1), ev("sos_sent", 2),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/api/v1/trips", headers=_h(rng, how="upper"), query={"limit": "20"},
             cookies={"rc_sid": L(opaque(rng, "", 48), CRED), "rc_csrf": opaque(rng, "", 24)}),
    ]


def ridgecall_sdks() -> list[Case]:
    rng = random.Random(7222)
    return [
        tf_batch(APP, rng, [("Trip Started", {"party": 1}), ("SOS Sent", {"injury": True})],
                 at=START_FIX, nd=4, ip=True),
        tf_pixel(APP, rng, "Paywall Viewed", {"plan": "annual"}),
        lb_open(APP, rng, first=True),
        gp_crash(APP, rng, ("android.os.DeadObjectException", "ble gatt closed"),
                 [gp_crumb("nav", "Trip -> SOS"),
                  gp_crumb("log", "sos sent", {"sos": True})],
                 meta={"beacon": {"fw": BEACON["fw"], "battery": BEACON["battery"]}},
                 screen="SosActivity"),
        ss_stream(APP, rng, {"plan": "annual", "beacon": True}),
        po_register(APP, rng, at=(LAT, LON), nd=2, tags={"sosContacts": 1}),
        po_opened(APP, rng, "cmp_weather_alert_1212"),
        pw_card(APP, rng, email=True),
        mc_reverse(APP, rng, SOS_FIX, PRECISE, nd=5),
        mc_telemetry(APP, rng, [(44.13119, -73.94156), (44.12901, -73.93987)], PRECISE),
    ]
