"""Night-shift nurse's rota and on-call app "Nightrota" (she is the nurse; the patients, the
hospital and her colleagues are look-alikes): SSO sign-in with her work mailbox, ``/me``, her
licence and employee numbers, the rota, availability, a shift swap, on-call acknowledgement,
clock-in by geofence and the ward's Wi-Fi, a break, a handover note (patients' MRNs, names, beds
and birth dates), a needle-stick report, her sleep and fatigue log, overtime, payroll (address,
bank), the parking permit, a shift-pay export, "home safe" live location shared with her partner,
a chat message, push, events, a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, STATE, ZIP, App, ev, opaque
from eval_families24_kit import ACCOUNT, ROUTING, claims, head, others
from eval_families82_kit import (
    CLOCK_FIX,
    EMP_ID,
    HOSPITAL,
    PARTNER,
    PATIENTS,
    RN_LICENCE,
    WARD_BSSID,
    WARD_SSID,
    WORK_MAIL,
    fix,
    obj,
    track,
)
from eval_families82_sdk import kk_crash, kk_crumb, ll_open, oz_batch, oz_queue
from eval_families82_svc import kz_reverse, kz_route, pk_save, pz_message, sz_eval, zv_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("nightrota", "Nightrota", "com.example.nightrota", "3.0.7",
          "https://api.nightrota.example.org")
FIT = "health.fitness"
SUBWAY_AT = (40.739214, -73.984502)  # her phone on the walk home


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-Rota-Device", **kw)


def nightrota() -> list[Case]:
    rng = random.Random(8251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    colleague = others(rng, 1, "nurse_")[0]
    cla, clo = fix(CLOCK_FIX, 6)
    lab: dict[str, str] = {}
    walk = pb([(1, L(USER_ID, UID)), (2, obj(rng, "hs", 8)),
               (3, [(1, L(SUBWAY_AT[0], PRECISE)), (2, L(SUBWAY_AT[1], PRECISE))]),
               (4, 1765350911), (5, 84)], "", lab)
    return [
        case(f, f"{a}/v3/sso/start", fmt="form", headers=_h(rng, lang=True), body={
            "email": L(WORK_MAIL, MAIL), "org": HOSPITAL["id"], "redirect": "nightrota://sso"}),
        case(f, f"{a}/v3/sso/token", fmt="form", headers=_h(rng), body={
            "code": L(opaque(rng, "", 32), CRED), "code_verifier": L(opaque(rng, "", 43), CRED),
            "grant_type": "authorization_code"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, email=L(WORK_MAIL, MAIL), emp=L(EMP_ID, UID)))})),
        case(f, f"{a}/v3/me/credentials", headers=_h(rng, **b), body={
            "employeeId": L(EMP_ID, UID), "rnLicence": L(RN_LICENCE, NATID),
            "licenceState": L(STATE, COARSE), "expires": "2027-05-31", "bls": "2026-02-01",
            "personalEmail": L(EMAIL, MAIL), "mobile": L(E164, TEL)}),
        case(f, f"{a}/v3/rota", headers=_h(rng, **b), query={
            "employee": L(EMP_ID, UID), "from": "2025-12-08", "to": "2026-01-04",
            "unit": "7B"}),
        case(f, f"{a}/v3/availability", headers=_h(rng, **b), body={
            "nights": ["2025-12-19", "2025-12-20"], "maxPerWeek": 3,
            "note": L("No nights 24-26 Dec, family visiting", TEXT)}),
        case(f, f"{a}/v3/swaps", headers=_h(rng, **b), body={
            "give": "sh_20251219_n", "take": "sh_20251222_n", "with": colleague,
            "reason": L("Swapping so I can take my son to the dentist", TEXT)}),
        case(f, f"{a}/v3/oncall/ack", fmt="form", headers=_h(rng, **b), body={
            "page": obj(rng, "pg", 8), "eta_min": "25", "employee": L(EMP_ID, UID)}),
        case(f, f"{a}/v3/clock/in", headers=_h(rng, **b), body={
            "employee": L(EMP_ID, UID), "lat": cla, "lon": clo, "acc": 11,
            "wifi": {"ssid": L(WARD_SSID, WIFI), "bssid": L(WARD_BSSID, WIFI)},
            "geofence": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lon": HOSPITAL["lon"],
                         "r": 150}}),
        case(f, f"{a}/v3/clock/break", fmt="form", headers=_h(rng, **b), body={
            "minutes": "30", "start": "03:10", "employee": L(EMP_ID, UID)}),
        case(f, f"{a}/v3/handover", headers=_h(rng, **b), body={
            "unit": "7B", "shift": "night", "patients": [
                {"mrn": p["mrn"], "name": p["name"], "bed": p["bed"], "dob": p["dob"],
                 "acuity": 3} for p in PATIENTS],
            "summary": L("Quiet night, bed 12 needs a fall-risk review in the morning.", TEXT),
            "by": L(EMP_ID, UID)}),
        case(f, f"{a}/v3/incidents/sharps", headers=_h(rng, **b), body={
            "employee": L(EMP_ID, UID), "when": "2025-12-10T04:41:00-05:00",
            "injury": L("needle-stick, left index finger, after IV cannula", f"{TEXT}|{MED}"),
            "hepBVaccinated": L(True, MED), "occHealthVisit": L("2025-12-10", MED),
            "sourcePatient": PATIENTS[1]["mrn"]}),
        case(f, f"{a}/v3/wellbeing/sleep", headers=_h(rng, **b), body={"days": [
            {"date": "2025-12-09", "sleptH": L(5.2, FIT), "caffeineMg": 280, "fatigue": 7},
            {"date": "2025-12-10", "sleptH": L(4.6, FIT), "caffeineMg": 320, "fatigue": 8}]}),
        case(f, f"{a}/v3/overtime", fmt="form", headers=_h(rng, **b), body={
            "employee": L(EMP_ID, UID), "hours": "2.5", "reason": "short staffed"}),
        case(f, f"{a}/v3/payroll/details", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "dob": L(DOB, BIRTH),
            "home": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)},
            "bank": {"routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY)}}),
        case(f, f"{a}/v3/parking/permit", headers=_h(rng, **b), body={
            "plate": L("KJT-4417", HW), "plateState": L(STATE, COARSE), "lot": "P2",
            "nightOnly": True}),
        case(f, f"{a}/v3/home-safe", headers=_h(rng, **b), body={
            "share_with": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "start": {"lat": cla, "lon": clo}, "home": {"lat": L(round(LAT, 5), PRECISE),
                                                     "lon": L(round(LON, 5), PRECISE)}}),
        case(f, f"{a}/v3/home-safe/track", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "fixes": track(rng, 5, CLOCK_FIX, SUBWAY_AT)}),
        raw(f, f"{a}/v3/home-safe/hb", walk, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/chats/unit-7b/messages", headers=_h(rng, **b), body={
            "text": L("Anyone able to cover 19 Dec? I'll take your NYE night.", TEXT),
            "client_id": opaque(rng, "m", 12)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "dnd": False}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("clock_in", 1), ev("handover_sent", 2),
                ev("screen", 3, screen=L("Rota", USAGE))]}),
        case(f, f"{a}/v3/payslips", headers=_h(rng, how="upper"),
             cookies={"nr_session": L(opaque(rng, "", 40), CRED)}),
    ]


def nightrota_sdks() -> list[Case]:
    rng = random.Random(8252)
    return [
        oz_batch(APP, rng, [("Clocked In", {"unit": "7B"}), ("Swap Requested", {})],
                 at=CLOCK_FIX, nd=2),
        oz_queue(APP, rng, [("App Opened", {}), ("Rota Viewed", {"weeks": 4})]),
        ll_open(APP, rng, first=True),
        ll_open(APP, rng, user=True, n=44),
        kk_crash(APP, rng, ("java.net.SocketTimeoutException", "clock-in timeout"),
                 [kk_crumb("navigation", "Rota -> ClockIn"),
                  kk_crumb("log", "wifi scan", {"ssid": L(WARD_SSID, WIFI)})],
                 screen="ClockInActivity",
                 user={"id": L(USER_ID, UID), "employee": L(EMP_ID, UID)}),
        sz_eval(APP, rng, {"unit": "7B", "geofenceClockIn": True}),
        zv_register(APP, rng, tags={"role": "rn", "nights": "true"}),
        kz_reverse(APP, rng, SUBWAY_AT, PRECISE, nd=5),
        kz_route(APP, rng, [(CLOCK_FIX, PRECISE), ((round(LAT, 5), round(LON, 5)), PRECISE)]),
        pk_save(APP, rng, {"analytics": False, "ads": False}),
        pz_message(APP, rng, L("Clock-in keeps saying I'm outside the geofence at the staff door",
                               TEXT), {"unit": "7B"}),
    ]
