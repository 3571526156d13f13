"""A paediatric dental practice's app "Murmushi" (English keys; the practice's name is Hausa for
"smile"), used by her for Aisha: the parent's account, log-in, ``/me``, linking Aisha (her name,
birth date, sex, the practice's patient number), the medical history (sickle-cell trait, an
allergy), the dental chart after a check-up, a fluoride varnish and fissure sealant plan, an
appointment and its deposit, the check-in (her fix), a consent form signed by her (base64 JSON
in a form field), X-ray images (multipart), a tooth-brushing timer's sync (msgpack), a message
to the dentist, the invoice by patient number in the path, an HMO claim, reminders, the school
excuse letter, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families145_kit import (
    DAUGHTER,
    DENTAL,
    DENTAL_FIX,
    HUSBAND,
    KANO_HOME,
    KANO_HOME_AT,
    NIN,
    fix,
    hd,
    push,
)
from eval_families145_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families145_svc import fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("murmushi", "Murmushi", "com.example.murmushi", "2.2.4",
          "https://api.murmushi.example.org")
IID = "X-Murmushi-Install"
PW = "Aisha&Teeth2017"
PID = DAUGHTER["patient"]
KID_NAME = (DAUGHTER["first"], DAUGHTER["last"])


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def murmushi() -> list[Case]:
    rng = random.Random(14509)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patients=[L(PID, MED)]))}
    dla, dlo = fix(DENTAL_FIX, 6)
    invoice = at_path(case(f, f"{a}/api/patients/{PID}/invoice", headers=_h(rng, **b)),
                      PID, MED)
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother",
            "city": L(KANO_HOME["town"], COARSE), "second_guardian": {
                "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/patients", headers=_h(rng, **b), body={
            "first_name": L(KID_NAME[0], NAMEC), "last_name": L(KID_NAME[1], NAMEC),
            "dob": L(DAUGHTER["dob"], BIRTH), "sex": L("F", GENDER),
            "patient_no": L(PID, MED), "school": "Nassarawa Model Primary", "class": "Primary 3"}),
        case(f, f"{a}/api/patients/{PID}/history", headers=_h(rng, **b), body={
            "sickle_cell_status": L("AS (trait)", MED), "allergies": [L("amoxicillin", MED)],
            "asthma": L(False, MED), "medications": [],
            "notes": L("Aisha gags easily; she had a tooth pulled last year",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/patients/chart", headers=_h(rng, **b), query={
            "patient_no": L(PID, MED), "visit": "2025-12-03"}),
        case(f, f"{a}/api/plans", headers=_h(rng, **b), body={
            "patient_no": L(PID, MED), "items": [
                {"proc": L("fluoride varnish", MED), "teeth": "all", "fee": 8000},
                {"proc": L("fissure sealant 36, 46", MED), "fee": 16000}],
            "total": L(24000, BUY)}),
        case(f, f"{a}/api/appointments", headers=_h(rng, **b), body={
            "patient_no": L(PID, MED), "practice": DENTAL["id"], "slot": "2025-12-18T15:00",
            "reason": L("sealants, and her lower molar hurts when she eats sweets",
                        f"{TEXT}|{MED}"), "chair": "C2"}),
        case(f, f"{a}/api/appointments/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("5000", BUY), "currency": "NGN",
            "pm": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "practice": DENTAL["id"], "lat": dla, "lon": dlo,
            "practice_lat": DENTAL["lat"], "practice_lon": DENTAL["lon"],
            "patient_no": L(PID, MED)}),
        case(f, f"{a}/api/consents", fmt="form", headers=_h(rng, **b), body={
            "payload": W({"patient_no": L(PID, MED), "guardian": L(f"{FIRST} {LAST}", NAMEC),
                          "procedure": L("fissure sealants with local anaesthetic", MED),
                          "signed": "2025-12-18T14:52:00+01:00"}, "b64json"),
            "signature": "sig_" + opaque(rng, "", 32)}),
        multipart(f, f"{a}/api/patients/{PID}/xrays", [
            ("image", "bitewing_l.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("report", "radiology.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"patient_no": L(PID, MED),
                                                 "finding": L("early caries 75", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/brushing/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "patient_no": L(PID, MED), "brush": "TB-BLE-3391",
            "sessions": [{"t": 1765260000 + 43200 * i, "secs": 95 + 7 * i} for i in range(6)],
            "profile": L(DAUGHTER["first"], NAMEC)}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "practice": DENTAL["id"],
            "text": L("Aisha's gum is swollen near the new sealant, is that normal?",
                      f"{TEXT}|{MED}|{NAMEC}"), "patient_no": L(PID, MED)}),
        invoice,
        case(f, f"{a}/api/claims", headers=_h(rng, **b), body={
            "hmo": "Example Health HMO", "member": L("EHH-77120-03", MED),
            "patient_no": L(PID, MED), "amount": L(24000, BUY),
            "enrollee_nin": L(NIN, "personal.national_id")}),
        case(f, f"{a}/api/reminders", headers=_h(rng, **b), query={
            "patient_no": L(PID, MED), "channel": "sms"}),
        case(f, f"{a}/api/letters/school", headers=_h(rng, **b), body={
            "patient_no": L(PID, MED), "child": L(f"{KID_NAME[0]} {KID_NAME[1]}", NAMEC),
            "date": "2025-12-18", "text": L("Aisha was at the dentist from 2 pm and may miss "
                                            "afternoon lessons", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("brush_sync", 1), ev("appt_booked", 2),
                ev("screen", 3, screen=L("ChildChart", USAGE))]}),
    ]


def murmushi_sdks() -> list[Case]:
    rng = random.Random(14510)
    return [
        mc_batch(APP, rng, [("Appointment Booked", {"chair": "C2"}),
                            ("Brushing Synced", {"sessions": 6})]),
        mc_identify(APP, rng, {"city": L("Kano", COARSE), "children": 1, "plan": "sealants"}),
        tn_launch(APP, rng, first=True),
        fn_eval(APP, rng, {"practice": DENTAL["id"]}, hdr=True),
        pt_register(APP, rng, tags={"practice": DENTAL["id"], "child_age": L(8, BIRTH)}),
        mm_route(APP, rng, [(KANO_HOME_AT, "location.precise"),
                            ((DENTAL["lat"], DENTAL["lon"]), None)]),
        hs_message(APP, rng, L("Can I move Aisha's appointment to Saturday?",
                               f"{TEXT}|{NAMEC}"), {"patient_no": L(PID, MED)}),
        cd_crash(APP, rng, ("android.bluetooth.BluetoothException", "gatt 133"),
                 [cd_crumb("nav", "Brushing -> Pair"), cd_crumb("log", "ble scan")],
                 screen="PairActivity"),
    ]
