"""Traditional Chinese medicine clinic app "Pulseherb" (acupuncture and herbal prescriptions):
sign-up, a log-in with a one-time code, ``/me``, the intake (TCM questions, her cycle, medicines,
allergies), a tongue photo, a pulse sensor's waveforms, her records transferred with the pulse
diagnosis notes, a herbal prescription refilled by number in the path, the herbs ordered, an
acupuncture appointment and its payment, clinics nearby, the insurance card, a symptom diary,
her cycle, a message to the practitioner, her mother added as a dependant, a constitution quiz,
reminders, a review, push, events and the prescriptions by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families64_kit import (
    CLINIC_PH,
    FORMULA,
    MOTHER,
    PATIENT_NO,
    PRACTITIONER,
    RX_PH,
    pulse_wave,
)
from eval_families64_sdk import cq_crash, cq_crumb, ek_batch, ek_identify, rr_link
from eval_families64_svc import ab_geocode, cw_check, ht_message, pc_register, pw_card, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("pulseherb", "Pulseherb", "com.example.pulseherb", "1.14.2",
          "https://api.pulseherb.example.com")
IID = "X-PH-Device"
PW = "Jade-Kettle-301"
REFILL = f"{APP.api}/v1/prescriptions/{RX_PH}/refill"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def pulseherb() -> list[Case]:
    rng = random.Random(6471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patientNo=L(PATIENT_NO, UID)))}
    refill = at_path(case(f, REFILL, headers=_h(rng, **b), body={
        "formula": L(FORMULA["name"], MED), "herbs": L(FORMULA["herbs"], MED),
        "form": "granules", "days": 14, "deliver": True, "addressId": opaque(rng, "adr_", 8)}),
        RX_PH, MED)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "dob": L(DOB, BIRTH),
            "sex": L("female", GENDER), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "otp": L("209114", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "chiefComplaint": L("insomnia and irregular periods", MED),
            "tcm": {"sweating": L("night sweats", MED), "thirst": L("dry mouth", MED),
                    "stool": L("loose", MED), "sleep": L("wakes at 3 am", MED),
                    "coldHeat": L("cold hands and feet", MED),
                    "emotions": L("irritable before period", MED)},
            "cycleDays": L(38, MED), "pregnant": L(False, SENS),
            "tryingToConceive": L(True, MED), "medications": [L("melatonin 3 mg", MED)],
            "allergies": [L("shellfish", MED)]}),
        multipart(f, f"{a}/v1/tongue", [
            ("photo", "tongue.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"lighting": "daylight",
                                                "takenAt": "2025-12-09T08:02:00-05:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pulse-readings", headers=_h(rng, **b), body={
            "device": {"serial": "PHS-2-00418", "fw": "1.2.0"}, "hz": 100,
            "left": {"guan": L(pulse_wave(rng, 80), MED)},
            "right": {"guan": L(pulse_wave(rng, 80), MED)}, "rate": L(72, FIT)}),
        case(f, f"{a}/v1/records/transfer", headers=_h(rng, **b), body={
            "toClinic": "Lotus Acupuncture Flushing", "consent": True,
            "signedName": L(NAME, NAMEC), "notes": [{
                "date": "2025-11-20", "practitioner": PRACTITIONER["name"],
                "pulse": L("wiry and thin (xian xi), weak at the right guan", MED),
                "tongue": L("pale, scalloped edges, thin white coat", MED),
                "pattern": L("Liver Qi stagnation with Spleen Qi deficiency", MED),
                "treatment": L("acupuncture LV3, SP6, HT7; Jia Wei Xiao Yao San", MED)}]}),
        refill,
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L("PHO-30071", BUY), "items": [{"rx": L(RX_PH, MED), "price": 68.0}],
            "total": L("76.50", BUY), "shipTo": {"line1": L(LINE1, ADDR),
                                                 "line2": L(LINE2, ADDR), "zip": L(ZIP, COARSE)},
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "practitioner": PRACTITIONER["id"], "clinic": CLINIC_PH["id"],
            "slot": "2025-12-18T17:30-05:00", "service": "acupuncture_60",
            "reason": L("insomnia follow-up", MED), "price": L("110.00", BUY)}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "amount": L("110.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "appointment": opaque(rng, "apt_", 10), "hsa": "1"}),
        case(f, f"{a}/v1/clinics/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "service": "acupuncture"}),
        multipart(f, f"{a}/v1/insurance", [
            ("front", "card.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L("AQH20917745", MED),
                                                "plan": "Silver PPO", "payer": "Keystone"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "sleepHours": L(5.5, MED), "mood": L("anxious", MED),
            "herbsTaken": True,
            "notes": L("Slept better after the needles but woke at 3 again", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/cycle", headers=_h(rng, **b), body={
            "periodStart": L("2025-12-02", MED), "flow": L("heavy", MED),
            "cramps": L(3, MED)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": PRACTITIONER["id"], "clientRef": rid(rng),
            "text": L("The granules make me nauseous in the morning, take them after food?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/family", headers=_h(rng, **b), body={
            "name": L(MOTHER[0], NAMEC), "dob": L(MOTHER[1], BIRTH), "relation": "mother"}),
        case(f, f"{a}/v1/constitution", headers=_h(rng, **b), body={
            "answers": L([3, 4, 2, 5, 1, 4, 3, 2], MED), "result": L("yin deficiency", MED)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "times": "08:00,20:00", "what": "herbs", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "practitioner": PRACTITIONER["id"], "rating": "5",
            "text": L("Dr. Lin was patient and explained everything", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("refill_requested", 1), ev("appointment_booked", 2),
                ev("screen", 3, screen=L("Prescriptions", USAGE))]}),
        case(f, f"{a}/v1/prescriptions", headers=_h(rng, how="upper"), cookies={
            "ph_sess": L(opaque(rng, "", 40), CRED), "ph_patient": L(PATIENT_NO, UID)}),
    ]


def pulseherb_sdks() -> list[Case]:
    rng = random.Random(6472)
    return [
        ek_batch(APP, rng, [("Appointment Booked", {"service": "acupuncture_60",
                                                    "price": L(110.0, BUY)}),
                            ("Refill Requested", {"formula": L(FORMULA["name"], MED)})]),
        ek_identify(APP, rng, {"patientNo": L(PATIENT_NO, UID), "clinic": CLINIC_PH["id"],
                               "zip": L(ZIP, COARSE)}),
        rr_link(APP, rng, U("https://pulseherb.example.com/l/refill", {
            "rx": L(RX_PH, MED), "utm_source": "sms", "utm_campaign": "refill"})),
        cq_crash(APP, rng, ("retrofit2.HttpException", "HTTP 502"),
                 [cq_crumb("navigation", "Home -> Prescriptions"),
                  cq_crumb("request", "POST", {"url": L(REFILL, MED), "status": 502})],
                 screen="RefillActivity"),
        tg_eval(APP, rng, {"clinic": CLINIC_PH["id"], "herbDelivery": True}, hdr=True),
        pc_register(APP, rng, tags={"clinic": CLINIC_PH["id"]}),
        cw_check(APP, rng, {"analytics": True, "marketing": False}),
        pw_card(APP, rng),
        ab_geocode(APP, rng, "acupuncture near Chinatown", SEARCH, near=(LAT, LON), nd=3),
        ht_message(APP, rng, L("Please send a superbill for my acupuncture visits for insomnia",
                               f"{TEXT}|{MED}"), {"patientNo": L(PATIENT_NO, UID)}),
    ]
