"""High-altitude trekking and climbing permit app "Chokuluk" (choku: a summit) for Lenin Peak in
the Pamir-Alay border zone (camelCase API). Not sets 89, 99 and 100 (a trekking GPS app, a Nepal
conservation permit, a gorilla permit): this issues a 7,000 m expedition permit with the
border-zone pass, registers her with the mountain rescue service and keeps her acclimatisation
log. She applied from New York before the move (the profile's position, her home Wi-Fi) and
climbed in July. Sign-up (passport, home address), a log-in, ``/me`` with a JWT, the application
with her emergency contact (her husband), documents (passport scan, medical certificate) and
the health declaration by permit number in the path, paying, the rescue policy, the permit's
status, checkpoint check-ins (JSON and a form), acclimatisation readings, a protobuf beacon, her
track (gzip), an SOS test, a summit photo, an offline sync, push, events, her permits and the
certificates by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families10_kit import PDF
from eval_families17_kit import JPEG, multipart, push_token
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families117_kit import (
    ADDR,
    BASECAMP_AT,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FIT,
    HUSBAND,
    KG_HOME_AT,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PASSPORT,
    PAY,
    PERMIT,
    PRECISE,
    RESCUE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    climb,
    fix,
    home,
)
from eval_families117_sdk import ag_batch, ag_queue, ay_event, ay_install, bs_bid, ci_crash
from eval_families117_svc import ca_save, fj_eval, mm_route, mm_search, ps_register, tp_card
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("chokuluk", "Chokuluk", "com.example.chokuluk", "2.3.1",
          "https://api.chokuluk.example.com")
IID = "X-Install-Id"
PW = "Achik-Tash#7134"
SARYTASH_FIX = (39.730412, 73.250187)  # her phone at the Sary-Tash checkpoint
BC_FIX = (39.593418, 72.954377)  # her phone at base camp
CAMP2_FIX = (39.511284, 72.930416)  # her phone at camp 2
SUMMIT_FIX = (39.339212, 72.877604)  # her phone on the summit


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def chokuluk() -> list[Case]:
    rng = random.Random(11731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), climber=L(USER_ID, UID)))}
    p = f"{a}/api/v1/permits/{PERMIT}"
    lab: dict[str, str] = {}
    beacon = pb([(1, L(USER_ID, UID)), (2, L(PERMIT, BUY)),
                 (3, [(1, L(CAMP2_FIX[0], PRECISE)), (2, L(CAMP2_FIX[1], PRECISE))]),
                 (4, 6100), (5, L(41, DEV)), (6, 1752912000)], "", lab)
    sla, slo = fix(SARYTASH_FIX, 5)
    sma, smo = fix(SUMMIT_FIX, 6)
    hla, hlo = home(5)
    return [
        case(f, f"{a}/api/v1/climbers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE_PAREN, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "nationality": "US", "passportNumber": L(PASSPORT, NATID),
            "passportExpiry": "2031-02-10", "homeAddress": {
                "line1": L(LINE1, ADDR), "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/permits", headers=_h(rng, **b), body={
            "peak": "Lenin", "route": "Razdelnaya", "from": "2025-07-08", "to": "2025-07-30",
            "permitNumber": L(PERMIT, BUY), "fee": L("180", BUY), "currency": "USD",
            "highestPeak": "Elbrus 5642 m", "agency": "ag_0217",
            "emergencyContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                                 "relation": "husband"}}),
        at_path(multipart(f, f"{p}/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NATID}")),
            ("medical", "fitness_certificate.pdf", "application/pdf",
             L(PDF + b"\x42", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"passportNumber": L(PASSPORT, NATID)})],
            headers=_h(rng, **b)), PERMIT, BUY),
        at_path(case(f, f"{p}/health", headers=_h(rng, **b), body={
            "conditions": [L("nodular goitre", MED)],
            "medications": [L("potassium iodide 200 mcg", MED)],
            "previousAltitudeSickness": L(True, MED), "bloodType": L("A+", MED),
            "restingHr": L(62, FIT), "weightKg": L(61.5, FIT), "smoker": L(False, MED)}),
            PERMIT, BUY),
        at_path(case(f, f"{p}/payment", fmt="form", headers=_h(rng, **b), body={
            "amount": L("180", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY)}), PERMIT, BUY),
        case(f, f"{a}/api/v1/rescue/policies", headers=_h(rng, **b), body={
            "policyNumber": L(RESCUE, BUY), "premium": L("95", BUY), "coverageUsd": 30000,
            "helicopterDeposit": L("500", BUY), "permitNumber": L(PERMIT, BUY)}),
        at_path(case(f, p, headers=_h(rng, **b)), PERMIT, BUY),
        case(f, f"{a}/api/v1/weather/{BASECAMP_AT[0]:.4f},{BASECAMP_AT[1]:.4f}",
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/checkpoints/checkin", headers=_h(rng, **b), body={
            "checkpoint": "cp_sarytash", "permitNumber": L(PERMIT, BUY), "lat": sla,
            "lon": slo, "ts": 1752040000}),
        case(f, f"{a}/api/v1/checkpoints/checkin", fmt="form", headers=_h(rng, **b), body={
            "checkpoint": "cp_achiktash", "permitNumber": L(PERMIT, BUY),
            "lat": L(f"{BC_FIX[0]:.6f}", PRECISE), "lon": L(f"{BC_FIX[1]:.6f}", PRECISE)}),
        case(f, f"{a}/api/v1/acclimatisation", headers=_h(rng, **b), body={
            "camp": "camp2", "altitudeM": 6100, "readings": [
                {"at": "2025-07-18T06:00:00+06:00", "spo2": L(79, FIT), "pulse": L(96, FIT)},
                {"at": "2025-07-18T20:00:00+06:00", "spo2": L(83, FIT), "pulse": L(88, FIT)}],
            "lakeLouiseScore": L(3, MED), "symptoms": [L("headache", MED),
                                                       L("poor sleep", MED)]}),
        raw(f, f"{a}/api/v1/beacon", beacon, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/track", gz=True, headers=_h(rng, **b), body={
            "permitNumber": L(PERMIT, BUY), "points": climb(rng, 5, BC_FIX, CAMP2_FIX, 3650)}),
        case(f, f"{a}/api/v1/sos/test", headers=_h(rng, **b), body={
            "test": True, "lat": L(round(CAMP2_FIX[0], 4), PRECISE),
            "lon": L(round(CAMP2_FIX[1], 4), PRECISE), "battery": L(41, DEV),
            "note": L("Test from camp 2, all fine, slight headache", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v1/summits", [
            ("photo", "summit.jpg", "image/jpeg", L(JPEG + b"\x43", MEDIA)),
            ("summit", None, "application/json", {"peak": "Lenin", "lat": sma, "lon": smo,
                                                  "at": "2025-07-24T09:41:00+06:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/offline/sync", headers=_h(rng, **b), body={
            "regions": ["pamir_alay"], "position": {"lat": hla, "lon": hlo},
            "network": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                        "localIp": L(LOCAL_IP, DEV), "type": L("wifi", DEV)}}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("permit_paid", 1), ev("checkin", 2, checkpoint="cp_sarytash"),
                ev("screen_view", 3, screen=L("Acclimatisation", USAGE))]}),
        case(f, f"{a}/api/v1/permits", headers=_h(rng, **b), query={
            "climberId": L(USER_ID, UID), "season": "2025"}),
        case(f, f"{a}/api/v1/certificates", headers=_h(rng, how="none"), cookies={
            "ck_session": L(opaque(rng, "", 40), CRED), "ck_install": L(INSTALL_ID, DID)}),
    ]


def chokuluk_sdks() -> list[Case]:
    rng = random.Random(11732)
    return [
        ag_batch(APP, rng, [("Permit Applied", {"peak": "Lenin"}),
                            ("Permit Paid", {"amount": L(180, BUY)})],
                 tz="America/New_York", locale="en-US"),
        ag_queue(APP, rng, [("Checkin", {"checkpoint": "cp_achiktash"}),
                            ("Track Saved", {"km": 7.2}), ("Offline Map", {"mb": 212})]),
        ay_install(APP, rng),
        ay_event(APP, rng, "permit_purchase", {"permit": L(PERMIT, BUY)}, revenue=180,
                 currency="USD", hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="USA", city="New York",
               yob=1991),
        ci_crash(APP, rng, ("java.lang.OutOfMemoryError", "tile cache"),
                 ["Map -> Offline", "GET tiles 200"], screen="OfflineMapActivity",
                 tz="Asia/Bishkek"),
        fj_eval(APP, rng, {"country": L("US", COARSE), "expedition": True}),
        ps_register(APP, rng, at=(BC_FIX[0], BC_FIX[1]), nd=2, lang="en",
                    tags={"peak": "lenin"}),
        mm_route(APP, rng, [(KG_HOME_AT, PRECISE), (BASECAMP_AT, None)]),
        mm_search(APP, rng, "Achik-Tash base camp", SEARCH),
        tp_card(APP, rng),
        ca_save(APP, rng, {"analytics": True, "ads": False}, country="US"),
    ]
