"""Type-1 diabetes closed-loop insulin pump companion "Loopwell" (camelCase API): sign-up, an
OAuth password grant, ``/me``, pairing the pump, therapy settings, CGM readings (protobuf with a
packed series, and gzip JSON), a bolus (msgpack), the loop's status, a meal photo, an urgent low
acknowledged with her fix, exercise mode, a caregiver invited, a clinic share code, a report
e-mailed to her endocrinologist, a sick-day note, a cannula change, an A1C, body measures, a
Health Connect import, the insurance card, a supplies order, push, events and reports by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    ADDR,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    varints,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families43_kit import (
    CARE_SHARE,
    ENDO_LW,
    PUMP,
    PUMP_KEY,
    SENSOR,
    WORK_AT,
    basal,
    egvs,
    obj43,
)
from eval_families43_sdk import cb_crumb, cb_report, cb_sessions, io_event, io_launch, th_batch
from eval_families43_svc import fs_eval, hm_attach, of_save, pm_card, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("loopwell", "Loopwell", "com.example.loopwell", "5.3.0",
          "https://api.loopwell.example.com")
IID = "X-Loopwell-Install"
PW = "Basal-Heron-19"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def loopwell() -> list[Case]:
    rng = random.Random(4321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dx=L("T1D", MED)))}
    rows = egvs(rng, 24)
    lab: dict[str, str] = {}
    cgm = pb([(1, L(USER_ID, UID)), (2, SENSOR["serial"]), (3, 1765300000),
              (4, L(varints([r["mgdl"] for r in rows]), MED)),
              (5, [(1, L(rows[-1]["mgdl"], MED)), (2, "flat"), (3, 1765306900)]),
              (6, PUMP["serial"])], "", lab)
    wla, wlo = fix(WORK_AT, 6)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH), "phone": L(E164, TEL),
            "diabetesType": L("type1", MED), "diagnosedYear": L(2004, MED),
            "zip": L(ZIP, COARSE), "units": "mg/dL"}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "loopwell-android", "scope": "therapy offline"}),
        case(f, f"{a}/v2/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/pumps", headers=_h(rng, **b), body={
            "serial": PUMP["serial"], "bleAddress": PUMP["ble"], "firmware": PUMP["fw"],
            "model": PUMP["model"], "pairingKey": L(PUMP_KEY, CRED),
            "phoneInstall": L(INSTALL_ID, DID), "cgm": SENSOR}),
        case(f, f"{a}/v2/therapy/settings", headers=_h(rng, **b), body={
            "basalProfile": L(basal(rng), MED), "carbRatioG": L(10, MED),
            "sensitivityMgdl": L(45, MED), "targetLow": L(100, MED), "targetHigh": L(120, MED),
            "maxBolusU": L(10, MED), "insulin": L("insulin lispro", MED),
            "actionHours": L(5, MED), "settingsId": obj43(rng, "set")}),
        raw(f, f"{a}/v2/cgm/batch", cgm, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/cgm/readings", gz=True, headers=_h(rng, **b), body={
            "sensor": SENSOR["serial"], "readings": L(rows, MED), "calibrated": False}),
        case(f, f"{a}/v2/boluses", fmt="msgpack", headers=_h(rng, **b), body={
            "bolusId": obj43(rng, "bol"), "units": L(4.35, MED), "carbsG": L(52, MED),
            "bgMgdl": L(168, MED), "iobU": L(1.2, MED), "kind": L("meal", MED),
            "deliveredAt": 1765306512, "pump": PUMP["serial"]}),
        case(f, f"{a}/v2/loop/status", headers=_h(rng, **b), body={
            "mode": L("automated", MED), "iobU": L(2.1, MED), "cobG": L(31, MED),
            "predicted": L([172, 165, 154, 141, 130, 122], MED),
            "tempBasalUh": L(1.35, MED), "reservoirU": PUMP["reservoir"],
            "pumpBattery": PUMP["battery"], "loopId": obj43(rng, "lp")}),
        multipart(f, f"{a}/v2/meals", [
            ("photo", "meal.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meal", None, "application/json", {
                "note": L("Pad thai at Mei's birthday dinner", TEXT), "carbsG": L(75, MED),
                "fatG": 22, "absorption": "slow"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/alerts/urgent-low/ack", headers=_h(rng, **b), body={
            "alertId": obj43(rng, "alr"), "mgdl": L(54, MED), "trend": L("down", MED),
            "treatedWithG": L(16, MED), "lat": wla, "lon": wlo, "accM": 9}),
        case(f, f"{a}/v2/modes/exercise", fmt="form", headers=_h(rng, **b), body={
            "activity": L("running", FIT), "minutes": L(45, FIT), "tempTarget": L(150, MED)}),
        case(f, f"{a}/v2/followers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
            "email": L(PARTNER[2], MAIL), "relation": "partner",
            "alerts": ["urgent_low", "pump_occlusion"]}),
        case(f, f"{a}/v2/clinic/link", fmt="form", headers=_h(rng, **b), body={
            "shareCode": L(CARE_SHARE, CRED), "doctor": L(ENDO_LW[0], NAMEC),
            "doctorPhone": L(ENDO_LW[1], TEL)}),
        case(f, f"{a}/v2/reports/email", headers=_h(rng, **b), body={
            "to": L("r.abernathy@eastsideendo.example.com", MAIL), "days": 14,
            "include": ["agp", "boluses", "settings"], "reportId": obj43(rng, "rep")}),
        case(f, f"{a}/v2/notes", headers=_h(rng, **b), body={
            "kind": "sick_day", "ketones": L(0.8, MED),
            "text": L("Stomach flu since last night, lowered basal to 80%", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "a1cPct": L(6.8, MED), "drawn": "2025-11-28", "lab": "Eastside Lab #44"}),
        case(f, f"{a}/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7102, 9913, 5230], FIT), "heartRateAvg": L([71, 69, 74], FIT),
            "source": "com.google.android.apps.healthdata"}),
        multipart(f, f"{a}/v2/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L("WXK55120441", MED),
                                                "group": "G-77310"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/supplies/orders", headers=_h(rng, **b), body={
            "orderNo": L("LWS-55102", BUY), "items": [{"sku": "CART-10", "qty": 1},
                                                      {"sku": "INF-SET-10", "qty": 1}],
            "total": L("64.90", BUY), "ship": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                               "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                               "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "criticalAlerts": True}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("bolus_confirmed", 1), ev("loop_closed", 2),
                ev("screen", 3, screen=L("TherapyHome", USAGE))]}),
        case(f, f"{a}/v2/reports", headers=_h(rng, how="upper"),
             cookies={"lw_session": L(opaque(rng, "", 44), CRED)}),
    ]


def loopwell_sdks() -> list[Case]:
    rng = random.Random(4322)
    return [
        th_batch(APP, rng, [("Bolus Delivered", {"units": L(4.35, MED)}),
                            ("Loop Closed", {"minutes": 180})]),
        io_launch(APP, rng, user=True),
        io_event(APP, rng, "supplies_order", {"orderNo": L("LWS-55102", BUY)}, revenue=64.9),
        cb_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                  [cb_crumb("nav", "Home -> Pump"),
                   cb_crumb("ble", "reconnect", {"pump": PUMP["serial"]})],
                  screen="PumpActivity"),
        cb_sessions(APP, rng),
        fs_eval(APP, rng, {"diabetesType": L("type1", MED), "closedLoop": True}),
        pt_register(APP, rng, tags={"condition": L("t1d", MED), "cgm": "gs7"}),
        of_save(APP, rng, {"analytics": True, "research": False, "marketing": False}),
        pm_card(APP, rng, email=True),
        hm_attach(APP, rng, L(JPEG + b"\x73", MEDIA), "occlusion_alarm.jpg", "image/jpeg"),
    ]
