"""A Kano skin clinic's hand-eczema teledermatology app "Fatarki" (English keys): registration
with the clinic record number, an OAuth log-in, ``/me``, the intake (atopic history, triggers:
henna, detergent, harmattan dryness; medicines), a hand photo for triage with its lesion map,
the doctor's assessment, an itch-and-sleep diary (gzip), a skin hydration probe's sync
(protobuf), the patch-test results (PDF), an appointment, a clinic check-in (her fix), a video
consult's room token, a message to the doctor, an emollient and steroid refill (a form with
numbered item keys), a delivery to her house, reminders, results by record number in the
query, sharing with the doctor, the care plan, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import PDF
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
    SEARCH,
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
from eval_families145_kit import (
    DOCTOR,
    KANO_HOME,
    KANO_HOME_AT,
    SKIN,
    SKIN_FIX,
    SKIN_MRN,
    fix,
    hd,
    obj,
    push,
)
from eval_families145_sdk import cd_crash, cd_crumb, cd_session, mc_batch, tn_launch
from eval_families145_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fatarki", "Fatarki", "com.example.fatarki", "4.0.2",
          "https://api.fatarki.example.org")
IID = "X-Fatarki-Install"
PW = "Fata*Harmattan91"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fatarki() -> list[Case]:
    rng = random.Random(14505)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(SKIN_MRN, MED)))}
    lesion = obj(rng, "les")
    diary = [{"d": f"2025-12-0{i + 1}", "itch": rng.randint(3, 8), "sleepLost": rng.randint(0, 3)}
             for i in range(7)]
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, "HP-22-01981"), (3, 1765324800),
               (4, [(1, L(28.5, MED)), (2, L(31.0, MED)), (3, L(4, MED))]),
               (5, "1.2.0")], "", lab)
    cla, clo = fix(SKIN_FIX, 5)
    hla, hlo = fix(KANO_HOME_AT, 5)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "clinicNumber": L(SKIN_MRN, MED),
            "address": {"line": L(KANO_HOME["line"], ADDR), "city": L("Kano", COARSE)}}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "fatarki-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "condition": L("hand eczema", MED), "atopicHistory": L(True, MED),
            "childhoodAsthma": L(True, MED),
            "triggers": [L("henna (PPD black)", MED), L("detergent", MED),
                         L("harmattan dryness", MED)],
            "medications": [L("Betamethasone 0.1% cream", MED), L("Cetirizine 10 mg", MED)],
            "pregnant": L(False, MED), "occupation": "fabric reseller"}),
        multipart(f, f"{a}/v1/lesions/photos", [
            ("photo", "hand_left.jpg", "image/jpeg", L(JPEG + b"\x33", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "lesion": lesion, "site": L("left palm and fingers", MED),
                "areaCm2": L(14.5, MED), "fissures": L(True, MED), "mrn": L(SKIN_MRN, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lesions/{lesion}/assessment", headers=_h(rng, **b)),
        case(f, f"{a}/v1/diary", gz=True, headers=_h(rng, **b), body={
            "mrn": L(SKIN_MRN, MED), "entries": L(diary, MED), "unit": "0-10"}),
        raw(f, f"{a}/v1/probe/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/results/patch", [
            ("report", "patch_test.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "mrn": L(SKIN_MRN, MED), "positive": [L("p-phenylenediamine", MED),
                                                      L("nickel sulfate", MED)]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": SKIN["id"], "slot": "2025-12-16T10:30:00+01:00", "mrn": L(SKIN_MRN, MED),
            "reason": L("flare on both hands after henna for a wedding", f"{TEXT}|{MED}"),
            "fee": L(15000, BUY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "clinic": SKIN["id"], "at": {"lat": cla, "lon": clo},
            "clinicAt": {"lat": SKIN["lat"], "lon": SKIN["lon"]}, "mrn": L(SKIN_MRN, MED)}),
        case(f, f"{a}/v1/video/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "token": L(opaque(rng, "vr_", 40), CRED),
            "mrn": L(SKIN_MRN, MED)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"name": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "text": L("The cracks on my fingers bleed at night and the cream stings",
                      f"{TEXT}|{MED}"), "mrn": L(SKIN_MRN, MED)}),
        case(f, f"{a}/v1/refills", fmt="form", headers=_h(rng, **b), body={
            "item_1": L("Emollient 500 g", MED), "item_2": L("Betamethasone 0.1% 30 g", MED),
            "mrn": L(SKIN_MRN, MED), "amount": L("18500", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/refills/delivery", headers=_h(rng, **b), body={
            "line": L(KANO_HOME["line"], ADDR), "area": L(KANO_HOME["area"], COARSE),
            "lat": hla, "lon": hlo, "phone": L(E164, TEL), "window": "16:00-18:00"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "items": [{"what": L("Emollient after every hand wash", MED), "times": 6},
                      {"what": L("Steroid cream at night", MED), "times": 1}],
            "tz": L("Africa/Lagos", DEV)}),
        case(f, f"{a}/v1/results", headers=_h(rng, how="nodash", **b), query={
            "mrn": L(SKIN_MRN, MED), "kind": "patch,swab"}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "with": {"name": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "scope": ["photos", "diary"], "days": 30}),
        case(f, f"{a}/v1/careplan", headers=_h(rng, **b), query={"mrn": L(SKIN_MRN, MED)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("henna without black dye", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "installId": L(INSTALL_ID, DID), "events": [
                ev("photo_taken", 1, lesion=lesion), ev("diary_saved", 2),
                ev("screen", 3, screen=L("CarePlan", USAGE))]}),
    ]


def fatarki_sdks() -> list[Case]:
    rng = random.Random(14506)
    return [
        mc_batch(APP, rng, [("Photo Submitted", {"site": L("left palm", MED)}),
                            ("Diary Saved", {})], at=SKIN_FIX, nd=3),
        tn_launch(APP, rng, first=True),
        tn_launch(APP, rng, user=True, n=9),
        fn_eval(APP, rng, {"clinic": SKIN["id"], "teleconsult": True}, hdr=True),
        cy_check(APP, rng, {"analytics": True, "health_data": True}),
        pt_register(APP, rng, tags={"clinic": SKIN["id"], "condition": L("eczema", MED)}),
        mm_geocode(APP, rng, "Nassarawa Skin Clinic", SEARCH, near=KANO_HOME_AT, nd=2),
        hs_attach(APP, rng, L(JPEG + b"\x34", f"{MEDIA}|{MED}"), "fingers.jpg", "image/jpeg"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "camera preview null"),
                 [cd_crumb("nav", "Lesions -> Camera"), cd_crumb("tap", "shutter")],
                 screen="CameraActivity"),
        cd_session(APP, rng, secs=844),
    ]
