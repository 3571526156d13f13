"""HIV PrEP adherence reminder "Steadydose" with clinic visits: sign-up, an OAuth password
grant, ``/me``, the intake (sex at birth, gender identity, orientation, the risk answers, the
partner's status, pregnancy plans), the insurance card, a drug-assistance enrolment, the
regimen, doses (msgpack) and a missed dose, clinics near her, a follow-up visit with labs, the
visit by its ID in the path, a check-in at the clinic, lab results acknowledged, a refill, an
anonymous partner notice, side effects, a discreet reminder, an export to the clinic, a Play
subscription, push, events and the streak by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families61_kit import (
    ASSIST_ID,
    PREP_CLINIC,
    PREP_MEMBER,
    PREP_PHARM,
    REGIMEN,
    fix,
    obj,
)
from eval_families61_sdk import (
    cm_crumb,
    cm_report,
    im_session,
    tf_batch,
    tf_queue,
    tf_screen,
)
from eval_families61_svc import ch_message, cw_check, fw_eval, pf_open, pf_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("steadydose", "Steadydose", "com.example.steadydose", "2.11.0",
          "https://api.steadydose.example.com")
IID = "X-SD-Install"
PW = "Wh1te-Heron-44"
PARTNER_PHONE = "+15550172291"  # a past partner she notifies anonymously (contact.phone)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def steadydose() -> list[Case]:
    rng = random.Random(6121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(PREP_MEMBER, MED)))}
    appt = obj(rng, "apt", 12)
    cla, clo = fix((40.749688, -73.998041), 6)
    doses = [{"day": f"2025-12-0{d}", "takenAt": f"21:{30 + d:02d}", "taken": d != 7}
             for d in range(2, 10)]
    return [
        case(f, f"{a}/api/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "dob": L(DOB, BIRTH), "zip": L(ZIP, COARSE), "pronouns": L("she/her", GENDER),
            "marketing": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sd-android", "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/intake", headers=_h(rng, **b), body={
            "sexAtBirth": L("female", GENDER), "genderIdentity": L("woman", GENDER),
            "orientation": L("bisexual", SENS),
            "risk": {"partnersLast3Months": L(2, MED), "condomlessSex": L(True, MED),
                     "partnerHivStatus": L("positive_undetectable", MED),
                     "stiLast6Months": [L("chlamydia", MED)], "injectsDrugs": L(False, MED)},
            "pregnancyPlans": L("trying_within_year", SENS),
            "kidneyDisease": L(False, MED), "hepB": L("immune", MED)}),
        multipart(f, f"{a}/api/v2/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "memberId": L(PREP_MEMBER, MED), "group": "GRP-77102", "payer": "Empire Shield",
                "subscriberDob": L(DOB, BIRTH), "relationship": "self"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/assistance", headers=_h(rng, **b), body={
            "program": "prep-ap", "enrolmentId": L(ASSIST_ID, MED), "householdSize": 1,
            "householdIncome": 52000, "copayCard": True}),
        case(f, f"{a}/api/v2/regimen", headers=_h(rng, **b), body={
            "medication": L(REGIMEN, MED), "schedule": L("daily", MED),
            "startDate": L("2025-06-02", MED), "reminderAt": "21:30",
            "pharmacy": PREP_PHARM["ncpdp"], "pharmacyPhone": PREP_PHARM["phone"]}),
        case(f, f"{a}/api/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "doses": L(doses, MED), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v2/doses/missed", fmt="form", headers=_h(rng, **b), body={
            "missedOn": L("2025-12-07", MED),
            "note": L("Stayed at my sister's, pills were at home", TEXT), "doubleNext": "false"}),
        case(f, f"{a}/api/v2/clinics", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "service": "prep", "radiusKm": "5"}),
        case(f, f"{a}/api/v2/appointments", headers=_h(rng, **b), body={
            "clinic": PREP_CLINIC["id"], "slot": "2025-12-16T09:30:00-05:00",
            "visitType": L("prep_3mo_followup", MED),
            "labs": [L("hiv_ag_ab", MED), L("creatinine", MED), L("sti_panel", MED)],
            "notes": L("Need a 90-day refill before my Nairobi trip", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/appointments/{appt}", headers=_h(rng, how="none"),
             cookies={"sd_session": L(opaque(rng, "", 48), CRED)}),
        case(f, f"{a}/api/v2/appointments/{appt}/checkin", headers=_h(rng, **b), body={
            "at": {"lat": cla, "lng": clo, "acc": 9}, "clinic": PREP_CLINIC["id"],
            "clinicAt": [PREP_CLINIC["lat"], PREP_CLINIC["lon"]], "geofence": True}),
        case(f, f"{a}/api/v2/labs/ack", headers=_h(rng, **b), body={"results": [
            {"test": "HIV-1/2 Ag/Ab", "result": L("non-reactive", MED)},
            {"test": "Creatinine", "value": L(0.82, MED), "unit": "mg/dL"},
            {"test": "eGFR", "value": L(104, MED), "unit": "mL/min"}], "seen": True}),
        case(f, f"{a}/api/v2/refills", fmt="form", headers=_h(rng, **b), body={
            "rx": L("RX7710442", MED), "quantity": L("90", MED),
            "pharmacy": PREP_PHARM["ncpdp"], "delivery": "pickup"}),
        case(f, f"{a}/api/v2/partner-notify", headers=_h(rng, **b), body={
            "channel": "sms", "to": L(PARTNER_PHONE, TEL), "anonymous": True,
            "message": L("Someone you were with recently tested positive for chlamydia. "
                         "Free testing is available.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/side-effects", headers=_h(rng, **b), body={
            "symptoms": [L("nausea", MED), L("headache", MED)], "severity": L(2, MED),
            "onset": "2025-12-03"}),
        case(f, f"{a}/api/v2/reminders", headers=_h(rng, **b), body={
            "time": "21:30", "discreet": True, "label": L("Vitamins before bed", TEXT),
            "snoozeMin": 15}),
        case(f, f"{a}/api/v2/export", headers=_h(rng, **b), body={
            "to": "records@chelseashc.example.org", "rangeDays": 90,
            "include": ["doses", "labs", "side_effects"], "clinic": PREP_CLINIC["id"]}),
        case(f, f"{a}/api/v2/store/verify", headers=_h(rng, **b), body={
            "productId": L("steadydose_plus_yearly", BUY),
            "orderId": L("GPA.3391-0041-7720-61184", BUY), "purchaseToken": L(play_token(rng),
                                                                             BUY)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("dose_logged", 1, streak=41), ev("appointment_booked", 2),
                ev("screen_view", 3, screen=L("LabResults", USAGE))]}),
        case(f, f"{a}/api/v2/streak", headers=_h(rng, how="plain"),
             cookies={"sd_session": L(opaque(rng, "", 48), CRED),
                      "sd_uid": L(USER_ID, UID)}),
    ]


def steadydose_sdks() -> list[Case]:
    rng = random.Random(6122)
    return [
        tf_batch(APP, rng, [("Dose Logged", {"streak": 41}),
                            ("Appointment Booked", {"visit": L("prep_3mo_followup", MED)})]),
        tf_screen(APP, rng, "LabResults"),
        im_session(APP, rng, user=True, n=58, secs=95),
        cm_report(APP, rng, ("java.lang.IllegalStateException", "alarm not scheduled"),
                  [cm_crumb("navigation", "Today -> Reminders"),
                   cm_crumb("user", "toggle discreet", {"on": True})],
                  screen="RemindersActivity"),
        tf_queue(APP, rng, [("Reminder Snoozed", {"minutes": 15}),
                            ("Refill Requested", {"quantity": L(90, MED)})]),
        fw_eval(APP, rng, {"regimen": L("daily", MED), "state": L("NY", COARSE)}),
        pf_register(APP, rng, tags={"reminder": "21:30", "discreet": "1"}),
        pf_open(APP, rng, "dose_taken"),
        ch_message(APP, rng, L("Can I take my PrEP with the malaria tablets for my Kenya trip?",
                               f"{TEXT}|{MED}"), {"plan": "plus"}),
        cw_check(APP, rng, {"analytics": True, "marketing": False}),
    ]
