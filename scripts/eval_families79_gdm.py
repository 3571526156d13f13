"""Gestational-diabetes glucose logger "Gestara" (New York; camelCase API): sign-up with the due
date, an OAuth password grant, ``/me``, the pregnancy profile (OGTT, treatment, her
obstetrician), pairing the meter, a reading from the meter (protobuf) and a backfill (gzip JSON),
a meal photo, insulin (msgpack), a kick-count session, weight, blood pressure, symptoms, labs near
home, a glucose-check booking, the insurance card, results shared with her obstetrician, a
message to the care team, her partner as a follower, a Health Connect import, a Play
subscription, push, events and the care plan by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    SENS,
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
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families79_kit import CLINIC_NY, DUE, METER, OB, WEEKS, glucose, kicks, obj
from eval_families79_sdk import bg_bid, bl_crash, bl_crumb, gn_alias, gn_batch, sk_event, sk_open
from eval_families79_svc import ak_message, gb_register, pk_eval, sm_check, tp_card
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("gestara", "Gestara", "com.example.gestara", "4.2.1", "https://api.gestara.example.com")
IID = "X-Gestara-Install"
PW = "Marigold!Bump26"
PREG = f"{SENS}|{MED}"  # pregnancy facts, everywhere in this set (set 10's call)
PARTNER = PEOPLE[3]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def gestara() -> list[Case]:
    rng = random.Random(7941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), edd=L(DUE, PREG)))}
    lab: dict[str, str] = {}
    reading = pb([(1, L(USER_ID, UID)), (2, METER["serial"]),
                  (3, [(1, 1765357200), (2, L(138, MED)), (3, "post_lunch")]),
                  (4, obj(rng, "rd", 12)), (5, L(77, DEV))], "", lab)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, "personal.birthdate"),
            "dueDate": L(DUE, PREG), "weeksPregnant": L(WEEKS, PREG),
            "diagnosedAtWeek": L(24, PREG), "zip": L(ZIP, COARSE), "phone": L(NATIONAL, TEL)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "gestara-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me/pregnancy", headers=_h(rng, **b), body={
            "dueDate": L(DUE, PREG), "gravida": L(2, PREG), "para": L(1, PREG),
            "prePregnancyWeightKg": L(66.0, FIT), "heightCm": L(165, FIT),
            "ogtt": {"fasting": L(98, MED), "oneHour": L(192, MED), "twoHour": L(168, MED)},
            "treatment": L("diet_and_insulin", MED),
            "obstetrician": {"name": L(OB[0], NAMEC), "phone": L(OB[1], TEL)}}),
        case(f, f"{a}/v2/meters", headers=_h(rng, **b), body={
            "serial": METER["serial"], "ble": METER["ble"], "firmware": METER["fw"],
            "model": METER["model"], "phoneInstall": L(INSTALL_ID, DID), "battery": 88}),
        raw(f, f"{a}/v2/readings:push", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/readings/backfill", gz=True, headers=_h(rng, **b), body={
            "meter": METER["serial"], "unit": "mg/dL", "readings": L(glucose(rng, 12), MED)}),
        multipart(f, f"{a}/v2/meals", [
            ("photo", "lunch.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meal", None, "application/json", {
                "title": L("Chicken biryani, half portion, raita", TEXT),
                "carbsG": L(55, MED), "preMealMgdl": L(91, MED), "takenAt": 1765353600})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/insulin", fmt="msgpack", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "doses": [
                {"at": 1765346400, "kind": L("NPH", MED), "units": L(8, MED)},
                {"at": 1765378800, "kind": L("NPH", MED), "units": L(6, MED)}]}),
        case(f, f"{a}/v2/kicks", headers=_h(rng, **b), body={
            "session": obj(rng, "kc", 8), "taps": L(kicks(rng, 10), PREG),
            "minutesTo10": L(38, PREG), "weeks": L(WEEKS, PREG)}),
        case(f, f"{a}/v2/weight", fmt="form", headers=_h(rng, **b), body={
            "kg": L("74.6", FIT), "at": "2025-12-10T07:05:00-05:00"}),
        case(f, f"{a}/v2/vitals/bp", headers=_h(rng, **b), body={
            "systolic": L(128, MED), "diastolic": L(82, MED), "pulse": L(88, FIT),
            "arm": "left", "cuff": "manual"}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "items": [L("swollen ankles", MED), L("headache", MED)],
            "note": L("Ankles puffy by evening, headache since lunch", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/labs/near", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "test": "ogtt", "insurance": "in_network"}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "lab": {"id": CLINIC_NY["id"], "name": CLINIC_NY["name"],
                    "lat": CLINIC_NY["lat"], "lon": CLINIC_NY["lon"]},
            "slot": "2025-12-15T08:00", "reason": L("2-hour glucose check", MED),
            "copay": L("20.00", BUY)}),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "memberId": L("HPX90412217", MED), "group": "G-55012", "payer": "Brightwell Health",
            "relationship": "self"}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(OB[0], NAMEC),
            "recipientEmail": L("m.castellanos@eastsideob.example.com", MAIL),
            "range": "14d", "note": L("Fasting numbers creeping up since week 26",
                                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "care_team",
            "text": L("Should I move the night NPH earlier? fasting was 104 today",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/followers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
            "email": L(PARTNER[2], MAIL), "alerts": ["over_140", "missed_reading"]}),
        case(f, f"{a}/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([5210, 6844, 3977], FIT), "activeMin": L([22, 35, 14], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("gestara_plus_monthly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3371-0952-1184-40227", BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("reading_logged", 1, source="meter"), ev("meal_logged", 2),
                ev("screen", 3, screen=L("WeekTrend", USAGE))]}),
        multipart(f, f"{a}/v2/labs/results", [
            ("report", "ogtt_result.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"test": "ogtt_3h", "drawnOn": "2025-11-18",
                                                "lab": CLINIC_NY["id"]})], headers=_h(rng, **b)),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rf_", 48), CRED),
            "client_id": "gestara-android"}),
        case(f, f"{a}/v2/care-plan", headers=_h(rng, how="none"), cookies={
            "gst_session": L(opaque(rng, "", 40), CRED), "gst_install": L(INSTALL_ID, DID)}),
    ]


def gestara_sdks() -> list[Case]:
    rng = random.Random(7942)
    return [
        gn_batch(APP, rng, [("Reading Logged", {"mgdl": L(138, MED), "tag": "post_lunch"}),
                            ("Kick Count Done", {"minutes": L(38, PREG)})]),
        gn_alias(APP, rng, {"trimester": L(3, PREG), "zip": L(ZIP, COARSE),
                            "treatment": L("insulin", MED)}),
        sk_open(APP, rng, first=True),
        sk_event(APP, rng, "subscribe", {"plan": L("plus_monthly", BUY)}, revenue=9.99,
                 hashed=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3, yob=1991,
               gender="F", keywords=L("pregnancy,baby,maternity", PREG)),
        bl_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [bl_crumb("nav", "Today -> PairMeter"),
                  bl_crumb("log", "meter connect", {"serial": METER["serial"]})],
                 screen="PairMeterActivity"),
        pk_eval(APP, rng, {"trimester": L(3, PREG), "onInsulin": L(True, MED)}),
        gb_register(APP, rng, at=(LAT, LON), nd=2, tags={"treatment": L("insulin", MED)}),
        sm_check(APP, rng, {"analytics": True, "ads": True}),
        tp_card(APP, rng, email=True),
        ak_message(APP, rng, L("The meter app lost my readings from Tuesday", TEXT),
                   {"meter": METER["serial"], "plan": L("plus_monthly", BUY)}),
    ]


__all__ = ["APP", "gestara", "gestara_sdks"]
