"""Chronic-medication pick-up app "Refillpoint" (a pharmacy group's repeat prescriptions
collected from lockers): sign-up with her medical aid, an OAuth log-in, ``/me``, her conditions
and allergies, the repeat script's photo, the medical-aid card, lockers nearby, a refill order
and its status by number in the path, collecting it at the locker with a one-time PIN, dose
check-ins, a blood-pressure and a peak-flow reading, a medicine search, a message to the
pharmacist, home delivery instead, a caregiver added, reminders, a rating, push, events and the
scripts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families15_kit import ll
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
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families96_kit import (
    COLLECT_PIN,
    DBN,
    DBN_HOME_AT,
    DOCTOR,
    HUSBAND,
    LOCKERS,
    MEDAID,
    PICKUP_FIX,
    SA_ID,
    SCRIPT,
)
from eval_families96_sdk import ab_event, ab_session, co_crash, co_crumb, tw_batch, tw_queue
from eval_families96_svc import fp_eval, od_check, pd_card, pd_confirm, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("refillpoint", "Refillpoint", "com.example.refillpoint", "5.2.0",
          "https://api.refillpoint.example.com")
IID = "X-Refill-Install"
PW = "Baobab#Inhaler42"
ORDER = "RFP-2512-77120"  # her refill order (financial.purchase)
MEDS = [("Amlodipine", "5 mg"), ("Budesonide/formoterol", "160/4.5 mcg")]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-ZA,en;q=0.9", DEV)
    return h


def refillpoint() -> list[Case]:
    rng = random.Random(9621)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEDAID[1], MED)))}
    b = {"auth": "bearer"}
    pla, plo = fix(PICKUP_FIX, 6)
    hla, hlo = fix(DBN_HOME_AT, 5)
    status = at_path(case(f, f"{a}/v2/orders/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    items = [{"name": L(n, MED), "strength": L(s, MED), "qty": 30} for n, s in MEDS]
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH),
            "idNumber": L(SA_ID, NATID), "medicalAid": {
                "scheme": MEDAID[0], "memberNo": L(MEDAID[1], MED), "dependantCode": "00"}}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "refillpoint-android", "scope": "patient"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/patients/me/conditions", headers=_h(rng, **b), body={
            "conditions": [L("hypertension", MED), L("asthma", MED)],
            "allergies": [L("penicillin", MED)], "smoker": L(False, MED)}),
        multipart(f, f"{a}/v2/scripts", [
            ("image", "script.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{MED}")),
            ("script", None, "application/json", {
                "scriptNo": L(SCRIPT, MED), "issued": "2025-10-02", "repeats": 5,
                "doctor": {"name": L(DOCTOR[0], NAMEC), "phone": L(DOCTOR[1], TEL)},
                "items": items})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/patients/me/medical-aid", [
            ("card", "aid_card.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberNo": L(MEDAID[1], MED),
                                                "plan": "Umoya Core", "dependantCode": "00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pickup-points", headers=_h(rng, **b), query={
            "lat": L(f"{DBN_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{DBN_HOME_AT[1]:.3f}", PRECISE),
            "radiusKm": "5", "type": "locker"}),
        case(f, f"{a}/v2/patients/me/pickup-point", headers=_h(rng, **b), body={
            "pointId": LOCKERS["id"], "name": LOCKERS["name"]}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "scriptNo": L(SCRIPT, MED), "items": items,
            "copay": L("86.40", BUY), "pickupPoint": LOCKERS["id"], "cycle": "2025-12"}),
        status,
        case(f, f"{a}/v2/lockers/{LOCKERS['id']}/open", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "pin": L(COLLECT_PIN, CRED),
            "position": {"lat": pla, "lng": plo, "accuracy": 6},
            "locker": {"lat": LOCKERS["lat"], "lng": LOCKERS["lon"], "bay": "B14"}}),
        case(f, f"{a}/v2/adherence", fmt="msgpack", headers=_h(rng, **b), body={
            "medicine": L(MEDS[0][0], MED), "taken": L(True, MED),
            "at": "2025-12-10T07:05:00+02:00", "id": obj(rng, "dose", 10)}),
        case(f, f"{a}/v2/readings/bp", fmt="form", headers=_h(rng, **b), body={
            "systolic": L("138", MED), "diastolic": L("88", MED), "pulse": L("74", FIT),
            "arm": "left", "device": "cuff_manual"}),
        case(f, f"{a}/v2/readings/peak-flow", headers=_h(rng, **b), body={
            "litresPerMin": L(380, MED), "personalBest": L(440, MED), "zone": L("yellow", MED)}),
        case(f, f"{a}/v2/catalogue/search", headers=_h(rng, **b), query={
            "q": L("salbutamol inhaler", f"{SEARCH}|{MED}"), "page": "1"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "pharmacist",
            "text": L("My ankles swell on the amlodipine, can I take it at night instead?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/patients/me/delivery-address", headers=_h(rng, **b), body={
            "line1": L(DBN["line"], ADDR), "suburb": L(DBN["suburb"], COARSE),
            "city": L(DBN["city"], COARSE), "postalCode": L(DBN["code"], COARSE),
            "lat": hla, "lng": hlo}),
        case(f, f"{a}/v2/patients/me/travel", headers=_h(rng, **b), body={
            "from": "2025-12-05", "to": "2025-12-19", "country": L("US", COARSE),
            "currentLocation": L(ll(5), PRECISE), "holdRefill": False}),
        case(f, f"{a}/v2/patients/me/caregivers", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
            "canCollect": True, "notify": "sms"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "times": "07:00,19:00", "tz": L("Africa/Johannesburg", DEV), "sound": "chime"}),
        case(f, f"{a}/v2/ratings", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "stars": "4",
            "comment": L("Locker was quick but the SMS came late", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_ZA", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "events": [
                ev("refill_ordered", 1), ev("locker_opened", 2),
                ev("screen", 3, screen=L("MyScripts", USAGE))]}),
        case(f, f"{a}/v2/scripts", headers=_h(rng, how="nodash"),
             cookies={"rp_session": L(opaque(rng, "", 44), CRED)}),
    ]


def refillpoint_sdks() -> list[Case]:
    rng = random.Random(9622)
    return [
        tw_batch(APP, rng, [("Refill Ordered", {"medicine": L("Amlodipine", MED), "items": 2}),
                            ("Locker Opened", {"bay": "B14"})], at=PICKUP_FIX, nd=2),
        tw_queue(APP, rng, [("Dose Logged", {"onTime": True}), ("Reminder Snoozed", {})]),
        ab_session(APP, rng, user=True),
        ab_event(APP, rng, "refill_collected", {"point": LOCKERS["id"]}, revenue=86.4,
                 hashed=True),
        co_crash(APP, rng, ("java.net.SocketTimeoutException", "locker open timeout"),
                 [co_crumb("navigation", "Orders -> Collect"),
                  co_crumb("log", "locker", {"point": LOCKERS["id"], "bay": "B14"})],
                 screen="CollectActivity"),
        fp_eval(APP, rng, {"lockers": True, "chronic": L("hypertension", MED)}, get=True),
        pw_register(APP, rng, at=(LAT, LON), nd=2, tags={"refill_cycle": "monthly"}),
        od_check(APP, rng, {"analytics": True, "marketing": False}),
        pd_card(APP, rng, email=True),
        pd_confirm(APP, rng, "86.40"),
    ]
