"""Dermatology telehealth app "Dermalume": sign-up and a password log-in, an intake (skin type,
conditions, medicines, allergies, family history), insurance-card photos, skin photos with EXIF,
a mole map (body-diagram points), an AI mole check, an async consult and a video visit with the
dermatologist's public profile, messages, prescriptions and a refill, a pharmacy search, the UV
index, a treatment log (msgpack), acne selfies with landmarks, a licence check for prescribing and
a report shared with her primary-care doctor."""

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
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    canonical_face,
    landmarks,
    multipart,
    push_token,
    srflx,
)
from eval_families18_kit import NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, ZIP, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head, rid
from eval_families34_kit import (
    CLINIC_MAIL,
    DERMATOLOGIST,
    LICENCE_EXP,
    MEMBER_DL,
    MOLES,
    PCP,
    PHARMACY,
    RX_DL,
    obj,
)
from eval_families34_sdk import (
    cl_identify,
    cl_track,
    cw_crash,
    cw_crumb,
    cw_session,
    sw_event,
    sw_session,
)
from eval_families34_svc import ch_register, hb_attach, mf_search, ol_check, pq_card, tr_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, Case, J, L, case

APP = App("dermalume", "Dermalume", "com.example.dermalume", "5.9.3",
          "https://api.dermalume.example.com")
IID = "X-DL-Device"
PID = "pt_55102987"  # her patient ID (id.user)
PW = "Freckle!Harbor27"
SKIN_MED = f"{MEDIA}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def dermalume() -> list[Case]:
    rng = random.Random(3431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient_id=L(PID, UID)))}
    photos = [obj(rng, "ph", 12) for _ in range(2)]
    moles = [{"id": m["id"], "bodySite": L(m["site"], MED),
              "diagram": {"x": m["x"], "y": m["y"]}, "diameterMm": L(m["d_mm"], MED)}
             for m in MOLES]
    cases = [
        case(f, f"{a}/v2/auth/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH),
            "sexAtBirth": L("female", GENDER), "phone": L(PHONE_PAREN, TEL),
            "state": L("NY", COARSE), "marketingOptIn": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dl-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", headers=_h(rng, **b), body={
            "fitzpatrick": L("III", f"{SENS}|{MED}"),
            "conditions": [L("eczema", MED), L("seasonal allergies", MED)],
            "currentMedications": [{"name": L("cetirizine", MED), "dose": L("10 mg", MED)}],
            "allergies": [L("penicillin", MED)], "pregnantOrNursing": L(False, SENS),
            "smoker": L(False, MED), "familyHistory": {"melanoma": L(True, MED),
                                                      "relation": "father"},
            "skinConcerns": [L("changing mole", MED), L("acne", MED)]}),
        multipart(f, f"{a}/v2/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG, SKIN_MED)),
            ("back", "card_back.jpg", "image/jpeg", L(JPEG + b"\x02", SKIN_MED)),
            ("data", None, "application/json", {
                "memberId": L(MEMBER_DL, MED), "groupNumber": "GRP-44120",
                "payer": "Keystone Health", "subscriberName": L(NAME, NAMEC),
                "subscriberDob": L(DOB, BIRTH)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/photos", [
            ("photo", "IMG_20251209_2114.jpg", "image/jpeg", L(JPEG + b"\x03", SKIN_MED)),
            ("meta", None, "application/json", {
                "bodySite": L("left upper back", MED), "moleId": MOLES[0]["id"],
                "capturedAt": "2025-12-09T21:14:02-05:00",
                "exif": {"lat": L(40.741829, PRECISE), "lng": L(-73.989306, PRECISE),
                         "make": L("Google", DEV), "model": L("Pixel 8", DEV)},
                "lighting": "flash", "rulerInFrame": True})], headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/patients/{PID}/moles", headers=_h(rng, **b),
                     body={"moles": moles, "diagramVersion": "body-2d-v4"}), PID, UID),
        case(f, f"{a}/v2/moles/{MOLES[0]['id']}/assessments", headers=_h(rng, **b), body={
            "photoId": photos[0], "asymmetry": L(0.41, MED), "borderIrregularity": L(0.58, MED),
            "diameterMm": L(6.1, MED), "riskBand": L("elevated", MED),
            "modelVersion": "derm-ai-3.4", "latencyMs": 840}),
        case(f, f"{a}/v2/consults", headers=_h(rng, **b), body={
            "reason": L("A mole on my back got darker and itches sometimes", f"{TEXT}|{MED}"),
            "durationWeeks": L(6, MED), "symptoms": [L("itching", MED), L("darkening", MED)],
            "photoIds": photos, "pharmacyId": PHARMACY["id"], "visitType": "async",
            "dermatologistId": DERMATOLOGIST["id"]}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "dermatologist": {k: DERMATOLOGIST[k] for k in ("id", "name", "credentials",
                                                            "npi", "phone")},
            "start": "2025-12-12T16:30:00-05:00", "visitType": "video",
            "copay": L("45.00", BUY), "paymentMethodId": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/visits/{obj(rng, 'vv', 10)}/ice", headers=_h(rng, **b), body={
            "candidate": L(srflx(50321), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0}),
        case(f, f"{a}/v2/threads/{obj(rng, 'th', 10)}/messages", headers=_h(rng, **b), body={
            "body": L("Attached the new photo. The itching is worse at night. Should I stop "
                      "the hydrocortisone?", f"{TEXT}|{MED}"), "photoIds": [photos[1]],
            "clientId": rid(rng)}),
        at_path(case(f, f"{a}/v2/prescriptions/{RX_DL[0]}", headers=_h(rng, **b)), RX_DL[0],
                MED),
        case(f, f"{a}/v2/prescriptions/refills", headers=_h(rng, **b), body={
            "rxNumber": L(RX_DL[1], MED), "medication": L("tretinoin 0.025% cream", MED),
            "pharmacy": {k: PHARMACY[k] for k in ("id", "name", "phone", "line", "lat",
                                                  "lon")}}),
        case(f, f"{a}/v2/pharmacies", headers=_h(rng, **b), query={
            "q": L("pharmacy ninth ave", SEARCH), "near": latlng(3), "radius_m": "2000"}),
        case(f, f"{a}/v2/uv", headers=_h(rng, how="none"),
             query={"lat": L("40.74", COARSE), "lon": L("-73.99", COARSE), "units": "us"}),
        case(f, f"{a}/v2/treatment/log", fmt="msgpack", headers=_h(rng, **b), body={
            "patientId": L(PID, UID), "entries": [
                {"date": d, "med": L("tretinoin 0.025%", MED), "applied": L(True, MED),
                 "irritation": L(i, MED)} for i, d in ((2, "2025-12-08"), (1, "2025-12-09"))]}),
        multipart(f, f"{a}/v2/acne/selfies", [
            ("selfie", "face_front.jpg", "image/jpeg", L(JPEG + b"\x04", SKIN_MED)),
            ("analysis", None, "application/json", {
                "landmarks68": L(landmarks(rng, 68), FACE),
                "lesionCounts": {"forehead": L(4, MED), "leftCheek": L(7, MED),
                                 "chin": L(3, MED)},
                "alignmentTemplate": canonical_face(68), "faceBox": [164, 388, 556, 870]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/identity/license", [
            ("front", "license_front.jpg", "image/jpeg", L(JPEG + b"\x05", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "licenseNumber": L(LICENCE, NATID), "issuingState": L("NY", COARSE),
                "expires": LICENCE_EXP, "address": {"line1": L(LINE1, ADDR),
                                                    "city": L(CITY, COARSE),
                                                    "zip": L(ZIP, COARSE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/records/share", headers=_h(rng, **b), body={
            "recipientName": L(PCP[0], NAMEC), "recipientEmail": L(PCP[1], MAIL),
            "include": ["moles", "prescriptions"], "expiresDays": 14,
            "replyTo": CLINIC_MAIL}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installationId": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "patientId": L(PID, UID), "events": [
                ev("photo_captured", 1, guide="ruler"), ev("consult_submitted", 2),
                ev("screen_view", 3, screen=L("MoleMap", USAGE))]}),
        case(f, f"{a}/v2/visits", query={"status": "past"}, headers=_h(rng, how="none"),
             cookies={"dl_session": L(opaque(rng, "", 48), CRED), "dl_device": L(INSTALL_ID, DID)}),
    ]
    return cases


def dermalume_sdks() -> list[Case]:
    rng = random.Random(3432)
    return [
        cl_identify(APP, rng, {"skinConcern": L("changing mole", MED), "plan": "per_visit",
                               "state": L("NY", COARSE)}),
        cl_track(APP, rng, [("Photo Uploaded", {"bodySite": L("left upper back", MED)}),
                            ("Consult Submitted", {"price": L(45.0, BUY)})]),
        sw_session(APP, rng, first=True),
        sw_event(APP, rng, "dl9x2q", {"visit": "async"}, revenue=45.0, name="consult_paid"),
        cw_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "camera in use"),
                 [cw_crumb("nav", "MoleMap -> Capture"), cw_crumb("tap", "shutter")],
                 screen="CaptureActivity"),
        cw_session(APP, rng, secs=733),
        tr_eval(APP, rng, {"state": L("NY", COARSE), "aiMoleCheck": True}, get=True),
        ch_register(APP, rng, tags={"condition": L("eczema", MED), "plan": "per_visit"}),
        ol_check(APP, rng, {"analytics": True, "ads": False}),
        pq_card(APP, rng),
        mf_search(APP, rng, "ninth avenue pharmacy", SEARCH),
        hb_attach(APP, rng, L(JPEG + b"\x06", SKIN_MED), "mole_back.jpg", "image/jpeg"),
    ]
