"""A Tirana skin clinic's vitiligo phototherapy app "Dritaderm" (her own health data: she has
non-segmental vitiligo and Hashimoto's thyroiditis, and goes for narrow-band UVB three times a
week). Calls: sign-up, an OAuth password grant, ``/me``, the intake, a patch photo (JPEG and
JSON), a phototherapy session's dose, the cabin's sync (protobuf), a quality-of-life
questionnaire (gzip JSON), an appointment, a video consult, a message to the nurse, an ointment
order, a home-lamp log (msgpack), reminders, thyroid results by chart number in the query,
sharing with her dermatologist in the US, her insurance, a clinic check-in, the care plan by a
cookie GET, an invoice paid, a patch's history, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families140_kit import CABIN, CHART, DERM, DERM_FIX, HOME, fix, hd, obj, push
from eval_families140_sdk import cx_crash, cx_crumb, cx_session, mk_batch, td_launch
from eval_families140_svc import ck_card, cv_check, fo_eval, hp_attach, md_geocode, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dritaderm", "Dritaderm", "com.example.dritaderm", "3.0.2",
          "https://api.dritaderm.example.net")
IID = "X-DD-Install"
PW = "Pigment*Blloku5"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(56))
US_DERM = ("Dr. Karen Whitfield", "k.whitfield@skinpractice.example.com")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dritaderm() -> list[Case]:
    rng = random.Random(14021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chart=L(CHART, MED)))}
    patch = obj(rng, "les")
    lab: dict[str, str] = {}
    sync = pb([(1, L(CHART, MED)), (2, CABIN["serial"]), (3, 1765360800),
               (4, [(1, L(620.0, MED)), (2, L(14880.0, MED)), (3, L(24, MED))]),
               (5, CABIN["lamp_hours"]), (6, CABIN["fw"])], "", lab)
    cla, clo = fix(DERM_FIX, 5)
    qol = [2, 1, 3, 2, 0, 1, 2, 3, 1, 0, 2, 1, 1, 2, 0, 1]
    return [
        case(f, f"{a}/api/patients", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "chartNumber": L(CHART, MED),
            "address": {"line": L(HOME["line"], ADDR), "city": L("Tirana", COARSE),
                        "postcode": L(HOME["postcode"], COARSE)}}),
        case(f, f"{a}/api/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dritaderm-android"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/intake", headers=_h(rng, **b), body={
            "diagnosis": L("non-segmental vitiligo", MED), "onsetYear": L(2019, MED),
            "bsaPercent": L(6.5, MED), "fitzpatrick": L("III", MED),
            "comorbidities": [L("Hashimoto's thyroiditis", MED)],
            "medications": [L("Levothyroxine 75 mcg", MED), L("Tacrolimus 0.1% ointment", MED)],
            "familyHistory": L("mother: vitiligo", MED),
            "pregnant": L(False, f"{MED}|personal.sensitive"),
            "heightCm": L(166, FIT), "weightKg": L(61.8, FIT)}),
        multipart(f, f"{a}/api/lesions/{patch}/photos", [
            ("photo", "left_hand_2025-12-10.jpg", "image/jpeg", L(JPEG + b"\xd1",
                                                                  f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "site": L("dorsum of left hand", MED), "areaCm2": L(14.2, MED),
                "repigmentationPct": L(20, MED), "woodLamp": True, "card": "GRY-18"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sessions", headers=_h(rng, **b), body={
            "session": obj(rng, "ses"), "cabin": CABIN["serial"], "doseMj": L(620, MED),
            "cumulativeMj": L(14880, MED), "sessionNo": L(24, MED),
            "erythema": L("grade 1", MED), "eyeShield": True, "seconds": 212}),
        raw(f, f"{a}/api/cabin/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/questionnaires/vitiqol", gz=True, headers=_h(rng, **b), body={
            "instrument": "VitiQoL-16", "answers": L(qol, MED), "score": L(sum(qol), MED),
            "completedAt": "2025-12-10T09:02:11+01:00"}),
        case(f, f"{a}/api/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": DERM["id"], "slot": "2025-12-15T08:30+01:00",
            "reason": L("Itchy redness after last session on my neck", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/teleconsult/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "displayName": L(f"{FIRST} {LAST}", NAMEC),
            "joinToken": L(opaque(rng, "vt_", 40), CRED), "camera": "front"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "nurse", "text": L("New white patch near my eye, can we cover it in the cabin?",
                                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/pharmacy/orders", headers=_h(rng, **b), body={
            "items": [{"sku": L("tacrolimus-0.1-30g", MED), "qty": 2},
                      {"sku": "spf50-fluid", "qty": 1}],
            "total": L(5800, BUY), "deliverTo": {"line": L(HOME["line"], ADDR),
                                                  "phone": L(E164, TEL)},
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/homelamp/log", fmt="msgpack", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "days": [{"d": "2025-12-08", "s": 45}, {"d": "2025-12-09",
                                                                        "s": 45}],
            "lamp": "HL-311-0093", "adherencePct": L(86, MED)}),
        case(f, f"{a}/api/reminders", headers=_h(rng, **b), body={
            "items": [{"what": L("Levothyroxine", MED), "at": "06:30"},
                      {"what": L("Tacrolimus on hands", MED), "at": "21:00"}],
            "tz": L("Europe/Tirane", DEV)}),
        case(f, f"{a}/api/results", headers=_h(rng, **b), query={
            "chart": L(CHART, MED), "panel": "thyroid"}),
        case(f, f"{a}/api/share", headers=_h(rng, **b), body={
            "doctor": {"name": L(US_DERM[0], NAMEC), "email": L(US_DERM[1], MAIL)},
            "include": ["photos", "sessions"], "days": 90}),
        case(f, f"{a}/api/insurance", headers=_h(rng, **b), body={
            "insurer": "Shqiponja Health Mutual", "policyNumber": L("SHM-00418823", MED),
            "holder": L(f"{FIRST} {LAST}", NAMEC), "validTo": "2026-06-30"}),
        case(f, f"{a}/api/visits/checkin", headers=_h(rng, **b), body={
            "clinic": DERM["id"], "at": {"lat": cla, "lon": clo},
            "clinicAt": {"lat": DERM["lat"], "lon": DERM["lon"]}}),
        case(f, f"{a}/api/careplan", headers=_h(rng, how="none"), cookies={
            "dd_session": L(opaque(rng, "", 40), CRED), "dd_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/invoices/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("DD-INV-25-4471", BUY), "amount": L("12000", BUY), "currency": "ALL",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/lesions/{patch}/history", headers=_h(rng, **b), query={"limit": "30"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("photo_taken", 1), ev("session_logged", 2, n=24),
                ev("screen", 3, view=L("PatchTimeline", USAGE))]}),
    ]


def dritaderm_sdks() -> list[Case]:
    rng = random.Random(14022)
    return [
        mk_batch(APP, rng, [("Patch Photo Uploaded", {"site": L("left hand", MED)}),
                            ("Session Logged", {})]),
        td_launch(APP, rng, user=True, n=9),
        cx_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "flash busy"),
                 [cx_crumb("nav", "Timeline -> Capture"), cx_crumb("log", "grey card missing")],
                 screen="CaptureActivity"),
        cx_session(APP, rng, secs=402),
        fo_eval(APP, rng, {"clinic": DERM["id"], "program": L("vitiligo nb-uvb", MED)}, hdr=True),
        pl_register(APP, rng, tags={"clinic": DERM["id"]}),
        cv_check(APP, rng, {"analytics": True, "research": False}),
        md_geocode(APP, rng, "Klinika Dermatologjike Drita", "behavior.search"),
        hp_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "thyroid_results.pdf", "application/pdf"),
        ck_card(APP, rng, email=True),
    ]
