"""A goitre and thyroid clinic's app "Siparmed" in Dushanbe (her own health data; goitre and
thyroid apps exist in sets 91, 99, 117 and 123: this one follows her nodular goitre through a
Tajik clinic, with ultrasound, a fine-needle biopsy and a levothyroxine dose): registration with
her passport, an OAuth password grant, ``/patients/me``, the intake, lab results by her record
number, an ultrasound upload, a biopsy appointment and its consent, a medication log (msgpack),
a symptom diary (JSON Lines), vitals (protobuf), a message to her endocrinologist, results shared
with her, push, events and the visit list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
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
    PAY,
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
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families131_kit import CLINIC, DU_HOME, ENDO_DOC, MRN, PASSPORT_US, TSH, obj
from eval_families131_sdk import by_bid, gm_batch, gm_identify, il_event, il_launch
from eval_families131_svc import at_save, ck_attach, pc_register, pt_confirm, tm_geocode
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("siparmed", "Siparmed", "tj.example.siparmed", "5.0.1", "https://api.siparmed.example.com")
IID = "X-Siparmed-Device"
PASS = "Gulbahor!2025"
LEVO = "Levothyroxine 50 mcg"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def siparmed() -> list[Case]:
    rng = random.Random(13131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mrn=L(MRN, MED), name=L(f"{FIRST} {LAST}", NAMEC)))}
    appt = obj(rng, "apt", 8)
    lab: dict[str, str] = {}
    vit = pb([(1, L(USER_ID, UID)), (2, 1765340000), (3, L(64.2, FIT)), (4, L(78, FIT)),
              (5, L(118, FIT)), (6, L(76, FIT)), (7, "manual")], "", lab)
    diary = [{"date": f"2025-12-0{i + 6}", "fatigue": L(s, MED), "palpitations": L(p, MED),
              "note": L(n, f"{TEXT}|{MED}"), "uid": L(USER_ID, UID)}
             for i, (s, p, n) in enumerate([(3, False, "tired after lunch, neck feels tight"),
                                            (2, True, "heart racing at night after the dose"),
                                            (2, False, "better, swallowing ok")])]
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "sex": L("F", GENDER), "phone": L(PHONE, TEL), "email": L(EMAIL, MAIL),
            "passportNo": L(PASSPORT_US, NATID), "address": L(DU_HOME["line"], ADDR),
            "city": L(DU_HOME["city"], COARSE), "clinic": CLINIC["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PASS, CRED),
            "client_id": "siparmed-android", "scope": "patient"}),
        case(f, f"{a}/v1/patients/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "complaints": [L("neck swelling", MED), L("fatigue", MED),
                                               L("hoarse voice", MED)],
            "familyHistory": L("mother: goitre", MED), "iodisedSalt": L(False, MED),
            "pregnant": L(False, SENS), "heightCm": L(167, FIT), "weightKg": L(64.2, FIT),
            "medications": [L(LEVO, MED)], "smoker": False}),
        case(f, f"{a}/v1/labs", headers=_h(rng, **b), query={
            "mrn": L(MRN, MED), "tests": "TSH,FT4,anti-TPO", "from": "2025-09-01"}),
        case(f, f"{a}/v1/labs/import", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "source": "lab-upload",
            "results": L([{"test": "TSH", "date": d, "value": v, "unit": "mIU/L"}
                          for d, v in TSH], MED),
            "antiTPO": L(212, MED)}),
        multipart(f, f"{a}/v1/imaging/ultrasound", [
            ("image", "us_thyroid.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("report", "us_report.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "mrn": L(MRN, MED), "tirads": L("TR4", MED), "noduleMm": L(17, MED),
                "lobe": L("right", MED), "study": obj(rng, "us")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "id": appt, "clinic": CLINIC["id"], "doctor": "doc_0117",
            "slot": "2025-12-16T09:30:00+05:00", "type": "fna_biopsy",
            "reason": L("Fine-needle biopsy of the right nodule, TI-RADS 4", f"{TEXT}|{MED}"),
            "fee": L("350.00", BUY), "currency": "TJS"}),
        case(f, f"{a}/v1/appointments/{appt}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments/{appt}/consent", fmt="form", headers=_h(rng, **b), body={
            "signedName": L(f"{FIRST} {LAST}", NAMEC), "procedure": L("FNA biopsy", MED),
            "anticoagulants": L("no", MED), "pin": L("4417", CRED)}),
        case(f, f"{a}/v1/medications/log", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "drug": L(LEVO, MED), "takenAt": 1765339200,
            "fasting": True, "missed": 0}),
        lines(f, f"{a}/v1/diary/import", diary, headers=_h(rng, **b)),
        raw(f, f"{a}/v1/vitals", vit, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "doc_0117", "thread": obj(rng, "th"),
            "text": L("Since the dose went up to 50 mcg my heart races at night. Should I"
                      " take it later?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/results/share", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "recipient": {"name": L(ENDO_DOC[0], NAMEC),
                                              "phone": L(ENDO_DOC[1], TEL)},
            "items": ["labs", "ultrasound"], "expiresDays": 14}),
        case(f, f"{a}/v1/insurance/claim", fmt="form", headers=_h(rng, **b), body={
            "memberId": L("HPX881204417", MED), "amount": L("350.00", BUY),
            "invoice": L("SPM-INV-77104", BUY), "iban": L("DE89370400440532013000", PAY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "tz": L("Asia/Dushanbe", DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "events": [
                ev("labs_viewed", 1), ev("ultrasound_uploaded", 2),
                ev("screen", 3, screen=L("TshChart", USAGE))]}),
        case(f, f"{a}/v1/visits", headers=_h(rng, how="none"), cookies={
            "spm_sid": L(opaque(rng, "", 40), CRED), "spm_dev": L(INSTALL_ID, DID),
            "spm_req": rid(rng)}),
        case(f, f"{a}/v1/clinics/{CLINIC['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/doctors", headers=_h(rng, **b), query={
            "specialty": "endocrinology", "clinic": CLINIC["id"]}),
        case(f, f"{a}/v1/notifications", headers=_h(rng, **b), query={"unread": "1"}),
        case(f, f"{a}/v1/labs/{obj(rng, 'lr', 8)}/pdf", headers=_h(rng, **b)),
    ]


def siparmed_sdks() -> list[Case]:
    rng = random.Random(13132)
    return [
        gm_batch(APP, rng, [("Lab Viewed", {"test": L("TSH", MED)}),
                            ("Appointment Booked", {"type": L("fna_biopsy", MED)})]),
        gm_identify(APP, rng, {"condition": L("nodular goitre", MED),
                               "city": L("Dushanbe", COARSE)}),
        il_launch(APP, rng, first=True),
        il_event(APP, rng, "appointment", {"fee": L(350, BUY)}, revenue=350.0),
        by_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="thyroid,iodine"),
        pc_register(APP, rng, tags={"reminder": L("levothyroxine", MED)}),
        at_save(APP, rng, {"analytics": True, "ads": False, "health": True}, user=True),
        pt_confirm(APP, rng, "350.00"),
        tm_geocode(APP, rng, "Siparmed Endocrine Centre", "behavior.search"),
        ck_attach(APP, rng, L(JPEG + b"\x52", f"{MEDIA}|{MED}"), "tsh_result.jpg", "image/jpeg"),
    ]
