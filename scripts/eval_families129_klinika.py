"""Malaria and dengue fever clinic's telehealth app "Febrila" (a clinic in Bidau, Dili): her own
health. Registration, an SMS log-in, ``/me`` with a JWT, the fever triage, malaria and dengue
rapid tests (photos and results), vitals, a video consultation and its ICE candidate, messages
and a rash photo, lab results by patient number, a home blood draw, a prescription delivered,
the day-3 follow-up, a fever diary (msgpack), the household check (her son), the surveillance
notice, consent, push, first-party analytics and articles by cookie."""

from __future__ import annotations

import random
from typing import Any

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
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    srflx,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families129_kit import (
    CLINIC,
    ELECTORAL,
    HOME_AT,
    HOME_LINE,
    HOME_SUKU,
    PATIENT_NO,
    SON,
    fix,
    obj,
)
from eval_families129_sdk import ct_crash, ct_crumb, tk_batch, tl_event
from eval_families129_svc import (
    ao_attach,
    bh_register,
    cj_geocode,
    cp_card,
    cp_confirm,
    fw_eval,
    ol_save,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("febrila", "Febrila", "com.example.febrila", "5.0.3", "https://api.febrila.example.com")
IID = "X-Febrila-Device"


def _h(rng: random.Random, how: str = "plain", lang: bool = True, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=lang, **kw)


def febrila() -> list[Case]:
    rng = random.Random(12931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, patient=L(PATIENT_NO, MED), phone=L(E164, TEL)))}
    cons, rx = obj(rng, "cons", 10), obj(rng, "rx", 8)
    hla, hlo = fix(HOME_AT)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng, lang=True), body={
            "fullName": L(NAME, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER),
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "idCard": L(ELECTORAL, NATID),
            "address": {"line": L(HOME_LINE, ADDR), "suku": L(HOME_SUKU, COARSE),
                        "municipality": L("Dili", COARSE)}, "clinic": CLINIC["id"]}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms"}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("771042", CRED)}),
        case(f, f"{a}/v2/patients/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/triage", headers=_h(rng, **b), body={
            "patient": L(PATIENT_NO, MED), "symptoms": [
                L("fever", MED), L("headache", MED), L("pain_behind_eyes", MED),
                L("joint_pain", MED), L("rash", MED)],
            "temperatureC": L(39.2, MED), "onset": L("2025-12-06", MED), "painScore": L(7, MED),
            "breastfeeding": L(True, MED), "recentTravel": L("Ermera, coffee harvest", MED),
            "triageId": obj(rng, "tri", 8)}),
        multipart(f, f"{a}/v2/tests/rdt", [
            ("malaria", "rdt_malaria.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{MED}")),
            ("dengue", "rdt_ns1.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{MED}")),
            ("result", None, "application/json", {
                "patient": L(PATIENT_NO, MED), "malariaPf": L("negative", MED),
                "malariaPv": L("negative", MED), "dengueNS1": L("positive", MED),
                "kitLot": "NS1-24K-0815", "readAt": "2025-12-09T08:22:10+09:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/vitals", headers=_h(rng, **b), body={
            "patient": L(PATIENT_NO, MED), "temperatures": [L(t, MED) for t in (38.9, 39.2, 38.4)],
            "pulseBpm": L(104, FIT), "weightKg": L(61, FIT), "thermometer": "TH-22-0071"}),
        case(f, f"{a}/v2/consultations", headers=_h(rng, **b), body={
            "consultation": cons, "slot": "2025-12-09T10:30:00+09:00", "doctor": "dr_0412",
            "reason": L("NS1 positive, fever for 3 days, I'm breastfeeding a 3-month-old",
                        f"{TEXT}|{MED}"), "fee": L("15.00", BUY)}),
        case(f, f"{a}/v2/consultations/{cons}/ice", headers=_h(rng, **b), body={
            "candidate": L(srflx(53211), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "consultation": cons, "clientId": opaque(rng, "m_", 12),
            "text": L("Since last night my gums bleed when I brush and I have red spots on my "
                      "legs.", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/messages/attachments", [
            ("image", "legs.jpg", "image/jpeg", L(JPEG + b"\xa3", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"consultation": cons})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/labs/results", headers=_h(rng, **b),
             query={"patient": L(PATIENT_NO, MED), "since": "2025-12-01"}),
        case(f, f"{a}/v2/labs/home-draw", headers=_h(rng, **b), body={
            "tests": [L("CBC", MED), L("platelets", MED), L("hematocrit", MED)],
            "address": L(HOME_LINE, ADDR), "lat": hla, "lon": hlo,
            "window": "2025-12-10T07:00/09:00", "lab": "lab_bidau"}),
        case(f, f"{a}/v2/prescriptions/{rx}/fill", headers=_h(rng, **b), body={
            "items": [{"drug": L("Paracetamol 500 mg", MED), "qty": 20},
                      {"drug": L("Oral rehydration salts", MED), "qty": 10}],
            "deliverTo": L(HOME_LINE, ADDR), "pharmacy": "ph_becora_3",
            "total": L("6.40", BUY), "contactPhone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v2/followups", fmt="form", headers=_h(rng, **b), body={
            "patient": L(PATIENT_NO, MED), "day": "3", "platelets": L("98000", MED),
            "hematocrit": L("41", MED), "warningSigns": L("bleeding_gums", MED)}),
        case(f, f"{a}/v2/diary", fmt="msgpack", headers=_h(rng, how="upper", **b), body={
            "uid": L(USER_ID, UID), "entries": [
                {"t": 1765321200 + 14400 * i, "tempC": L(tc, MED), "fluidsMl": L(ml, MED)}
                for i, (tc, ml) in enumerate([(38.6, 900), (38.1, 1250), (37.6, 1400)])]}),
        case(f, f"{a}/v2/household", headers=_h(rng, **b), body={
            "members": [{"name": L(SON[0], NAMEC), "age": L(SON[2], BIRTH),
                         "fever": L(True, MED), "since": L("2025-12-09", MED)}]}),
        case(f, f"{a}/v2/surveillance/notice", headers=_h(rng, **b), body={
            "case": obj(rng, "sv", 8), "disease": L("dengue", MED), "suku": L(HOME_SUKU, COARSE),
            "home": {"lat": L(round(HOME_AT[0], 4), PRECISE), "lon": L(round(HOME_AT[1], 4),
                                                                       PRECISE)},
            "clinic": CLINIC["id"], "clinicLat": CLINIC["lat"], "clinicLon": CLINIC["lon"]}),
        case(f, f"{a}/v2/consents", fmt="form", headers=_h(rng, **b), body={
            "shareWithMinistry": "true", "telehealth": "true", "signedName": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Asia/Dili", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("rdt_submitted", 1, dengue=L("positive", MED)), ev("video_call", 2,
                                                                     secs=L(612, USAGE)),
                ev("screen", 3, screen=L("DengueCare", USAGE))]}),
        case(f, f"{a}/v2/articles", headers=_h(rng, how="none"), query={"topic": "prevention"},
             cookies={"fb_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v2/auth/refresh", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def febrila_sdks() -> list[Case]:
    rng = random.Random(12932)
    return [
        tk_batch(APP, rng, [("Triage Completed", {"severity": L("warning_signs", MED)}),
                            ("Consultation Booked", {"fee": L(15.0, BUY)})], at=HOME_AT, nd=2),
        tl_event(APP, rng, "consultation_booked", {"type": "video"}, revenue=15.0),
        ct_crash(APP, rng, ("android.media.MediaCodec$CodecException", "video encoder died"),
                 [ct_crumb("nav", "Consultation -> Video"), ct_crumb("net", "POST /v2/ice")],
                 screen="VideoCallActivity"),
        fw_eval(APP, rng, {"videoCalls": True}),
        bh_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ol_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "15.00"),
        ao_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "cbc_results.pdf", "application/pdf"),
        cj_geocode(APP, rng, "farmasia Becora", SEARCH, near=HOME_AT, nd=3),
    ]
