"""Ayurvedic clinic appointment app "Osupala" (osu: medicines) of a fictional wedagedara (a
traditional clinic) in Nawala: unlike set 64's Chinese-medicine clinic, the consultation is
ayurvedic (a prakriti constitution quiz, a tongue photo, kasaya decoctions and oils, a Panchakarma
course). Sign-up, a log-in, ``/me`` with a JWT, the intake, the prakriti quiz, clinics near her,
the physicians, an appointment and the check-in by the booking code in the path, an old X-ray
report and a tongue photo uploaded, a prescription refilled by number in the path, oils ordered,
a Panchakarma booking, a pain diary (msgpack), a message to the physician, her husband added as a
dependant, reminders, a review, a teleconsult bought on Play, push, events and the appointments by
a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DASHED
from eval_families110_kit import (
    ADDR,
    BIRTH,
    BOOKING,
    BUY,
    CLINIC,
    CMB_HOME,
    CMB_HOME_AT,
    COARSE,
    CRED,
    DEV,
    DID,
    DOB,
    E164,
    FIT,
    GENDER,
    HUSBAND,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PATIENT_NO,
    PAY,
    PHYSICIAN,
    PRECISE,
    RX_NO,
    TEL,
    TEXT,
    TZ,
    UID,
    USAGE,
    App,
    at_path,
    claims,
    ev,
    fix,
    lk_head,
    multipart,
    obj,
    opaque,
    play_token,
    push_token,
)
from eval_families110_sdk import bk_bid, ch_crash, ch_crumb, mt_event, mt_session, sk_batch
from eval_families110_svc import ck_attach, cw_check, pk_register, pm_confirm, sm_route, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("osupala", "Osupala", "com.example.osupala", "2.4.7", "https://api.osupala.example.com")
IID = "X-Osupala-Install"
PW = "Kothamalli-72"
CLINIC_FIX = (6.899388, 79.888754)  # her phone in the clinic's waiting room
MT = f"{MED}|{TEXT}"


def _h(rng: random.Random, how: str = "none", **kw: Any) -> dict[str, Any]:
    return lk_head(APP, rng, IID, how, lang=False, **kw)


def osupala() -> list[Case]:
    rng = random.Random(11061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    pat = L(PATIENT_NO, UID)
    cla, clo = fix(CLINIC_FIX)
    jw = {"Authorization": J(claims(rng, patient=L(PATIENT_NO, UID), email=L(EMAIL, MAIL)))}
    checkin = at_path(case(f, f"{a}/v1/appointments/{BOOKING}/checkin", headers=_h(rng, **b),
                           body={"lat": cla, "lon": clo, "queueToken": 17}), BOOKING, BUY)
    refill = at_path(case(f, f"{a}/v1/prescriptions/{RX_NO}/refill", headers=_h(rng, **b), body={
        "items": [{"name": L("Maharasnadi kasaya", MED), "qty": 2},
                  {"name": L("Mahanarayana thailaya", MED), "qty": 1}],
        "delivery": {"line": L(CMB_HOME["line"], ADDR), "city": L(CMB_HOME["city"], COARSE)}}),
        RX_NO, MED)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng, how="plain"), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "dob": L(DOB, BIRTH), "gender": L("female", GENDER), "password": L(PW, CRED),
            "address": {"line": L(CMB_HOME["line"], ADDR), "city": L(CMB_HOME["city"], COARSE),
                        "postcode": L(CMB_HOME["postcode"], COARSE)}}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng, how="plain"), body={
            "phone": L(DASHED, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "patient": pat,
            "complaint": L("Right knee pain and morning stiffness for two months", MT),
            "conditions": [L("hypothyroidism", MED)],
            "medications": [{"name": L("Levothyroxine", MED), "dose": L("50 mcg", MED)}],
            "allergies": [L("sesame oil", MED)], "heightCm": L(165, FIT),
            "weightKg": L(63.5, FIT)}),
        case(f, f"{a}/v1/prakriti", headers=_h(rng, **b), body={
            "patient": pat, "answers": [L(x, MED) for x in (
                "thin frame", "dry skin", "irregular appetite", "light sleep", "feels cold")],
            "result": L("vata-pitta", MED)}),
        case(f, f"{a}/v1/clinics/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{CMB_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{CMB_HOME_AT[1]:.3f}", PRECISE),
            "service": "panchakarma"}),
        case(f, f"{a}/v1/practitioners", headers=_h(rng, **b), query={
            "clinic": CLINIC["id"], "day": "2025-12-12"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "patient": pat, "clinic": {k: CLINIC[k] for k in ("id", "name", "phone", "line",
                                                               "lat", "lon")},
            "practitioner": {"id": PHYSICIAN[0], "name": PHYSICIAN[1]},
            "slot": "2025-12-12T16:30+05:30", "reason": L("knee pain (sandhivata)", MED),
            "fee": L("2500.00", BUY), "booking": L(BOOKING, BUY)}),
        checkin,
        multipart(f, f"{a}/v1/records", [
            ("file", "xray_report.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"type": L("knee x-ray report", MED),
                                                "date": "2025-10-02"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/tongue", [
            ("photo", "tongue.jpg", "image/jpeg", L(JPEG + b"\xc2", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"lighting": "daylight", "booking": BOOKING})],
            headers=_h(rng, **b)),
        refill,
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "osp-oil-200", "qty": 2}], "total": L("3850.00", BUY),
            "orderNo": L("OSP-ORD-30177", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/panchakarma/bookings", headers=_h(rng, **b), body={
            "patient": pat, "package": L("7-day Panchakarma: abhyanga, swedana, virechana", MED),
            "price": L("68000.00", BUY), "start": "2026-01-05",
            "diet": L("no dairy, no cold food", MED)}),
        case(f, f"{a}/v1/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09", "pain": L(6, MED), "stiffnessMin": L(35, MED),
            "sleepHours": L(6.5, FIT), "steps": L(5200, FIT)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": PHYSICIAN[0],
            "text": L("Can I keep taking my thyroid tablet during the Panchakarma week?", MT)}),
        case(f, f"{a}/v1/dependants", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "dob": L("1987-08-07", BIRTH),
            "phone": L(HUSBAND[1], TEL), "condition": L("gout", MED), "relation": "husband"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "kasaya": "07:00,19:00", "oil": "21:00", "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "practitioner": PHYSICIAN[0], "rating": "5",
            "text": L("Very patient doctor, the knee is much better after two weeks", MT)}),
        case(f, f"{a}/v1/play/verify", headers=_h(rng, **b), body={
            "productId": L("osp_teleconsult_single", BUY),
            "orderId": L("GPA.3317-0045-9921-60413", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_LK", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("appointment_booked", 1), ev("prakriti_done", 2),
                ev("screen", 3, screen=L("Prescriptions", USAGE))]}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, how="upper"), cookies={
            "osp_session": L(opaque(rng, "", 40), CRED), "osp_patient": L(PATIENT_NO, UID)}),
    ]


def osupala_sdks() -> list[Case]:
    rng = random.Random(11062)
    return [
        sk_batch(APP, rng, [("Appointment Booked", {"fee": L(2500, BUY)}),
                            ("Prakriti Done", {"result": L("vata-pitta", MED)})]),
        mt_session(APP, rng, user=True, n=6),
        mt_event(APP, rng, "appointment_booked", {"clinic": CLINIC["id"]}, revenue=2500.0),
        bk_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="wellness,herbal"),
        ch_crash(APP, rng, ("java.lang.IllegalArgumentException", "slot not in range"),
                 [ch_crumb("nav", "Clinic -> Slots"), ch_crumb("tap", "slot 16:30")],
                 screen="SlotsActivity"),
        tp_eval(APP, rng, {"teleconsult": True}),
        pk_register(APP, rng, at=CMB_HOME_AT, nd=2, tags={"clinic": CLINIC["id"]}),
        cw_check(APP, rng, {"analytics": True, "ads": True}),
        pm_confirm(APP, rng, "68000.00"),
        sm_route(APP, rng, [(CMB_HOME_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        ck_attach(APP, rng, L(JPEG + b"\xc3", f"{MEDIA}|{MED}"), "knee_swelling.jpg",
                  "image/jpeg"),
    ]
