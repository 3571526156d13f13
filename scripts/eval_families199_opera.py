"""A private hospital's day-surgery app "Operahan" (Naga City; her umbilical hernia repair;
Bikol keys with English: ``pasyente`` patient, ``operasyon`` operation, ``doktor``, ``bulong``
medicine, ``helang`` illness, ``kulog`` pain, ``lugad`` wound, ``kaibahan`` companion,
``timbang``, ``langkaw``, ``pangaran``, ``apelyido``, ``aldaw_kamundagan``, ``kasarian``,
``istaran``, ``syudad``, ``numero_selpon``, ``kakanon``, ``mensahe``, ``resibo``, ``bayad``):
patient registration (her PhilHealth PIN), an SMS code, ``/sako`` (hospital number claim), the
pre-admission questionnaire (gzip), lab results (PDF), the anaesthesia consult, the PhilHealth
eligibility check, the HMO letter of authorisation, a deposit, the surgery confirmed, the consent
signature, her husband as companion, the admission check-in with her fix, the room and diet, a
protobuf pain diary, a wound photo, a message to the surgeon, discharge prescriptions, the bill
by hospital number in the path, the PhilHealth deduction, a teleconsult room, push and events.
Hospital and clinic apps exist (dental 151, endoscopy 44/84, gallbladder 174); this is a day
surgery's pre-admission and PhilHealth/HMO paperwork ("pre-admission", "day surgery" and
"hernia" matched nothing)."""

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
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families199_kit import (
    HMO_CARD,
    HOME,
    HOME_AT,
    HOSPITAL,
    HOSPITAL_FIX,
    HUSBAND,
    MRN,
    PHILHEALTH,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families199_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families199_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("operahan", "Operahan", "com.example.operahan", "3.1.0",
          "https://api.operahan.example.net")
IID = "X-Operahan-Install"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def operahan() -> list[Case]:
    rng = random.Random(19961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    hla, hlo = fix(HOSPITAL_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(MRN, MED)), (2, 1773878400),
                (3, [(1, L(3, MED)), (2, L("paracetamol 500 mg", MED)), (3, L("dry", MED))]),
                (4, "3.1.0")], "", lab)
    bill = at_path(case(f, f"{a}/v1/pasyente/{MRN}/bill", headers=_h(rng, **b)), MRN, MED)
    return [
        case(f, f"{a}/v1/pasyente", headers=_h(rng), body={
            "pangaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "numero_selpon": L(E164, TEL), "aldaw_kamundagan": L(DOB, BIRTH),
            "kasarian": L("F", GENDER), "philhealth": L(PHILHEALTH, NID),
            "istaran": L(HOME["line"], ADDR), "syudad": L(HOME["town"], COARSE),
            "mrn": L(MRN, MED), "tataramon": "en"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "numero_selpon": L(E164, TEL), "code": L("907162", CRED)}),
        case(f, f"{a}/v1/sako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pre-admission", gz=True, headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "helang": L("umbilical hernia", MED),
            "bulong": [L("levothyroxine 50 mcg", MED), L("cetirizine 10 mg", MED)],
            "allergy": [L("penicillin", MED)], "dating_operasyon": [L("appendectomy 2008", MED)],
            "diabetes": L(False, MED), "nagsisigarilyo": L(False, MED),
            "timbang_kg": L(61, FIT), "langkaw_cm": L(165, FIT), "buntis": L(False, MED)}),
        multipart(f, f"{a}/v1/labs", [
            ("result", "cbc_ecg.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(MRN, MED), "tests": [
                L("CBC", MED), L("ECG", MED), L("urinalysis", MED)]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/anaesthesia/booking", fmt="form", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "slot": obj(rng, "an"), "type": L("spinal", MED)}),
        case(f, f"{a}/v1/philhealth/eligibility", headers=_h(rng, **b), query={
            "pin": L(PHILHEALTH, NID), "member_type": "voluntary", "case_rate": L("hernia", MED)}),
        case(f, f"{a}/v1/hmo/loa", headers=_h(rng, **b), body={
            "hmo_card": L(HMO_CARD, MED), "mrn": L(MRN, MED),
            "procedure": L("herniorrhaphy, open, umbilical", MED), "loa": L("LOA-88120", MED)}),
        case(f, f"{a}/v1/bayad/deposit", fmt="form", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "kantidad": L("10000", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/operasyon/confirm", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "operasyon": L("umbilical hernia repair with mesh", MED),
            "doktor": "dr_villaflor", "oras": "2026-03-19T08:00", "room": "OR-2"}),
        multipart(f, f"{a}/v1/consent", [
            ("pirma", "pirma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {"mrn": L(MRN, MED), "form": "surg_consent_v4",
                                                "pirma_ni": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kaibahan", headers=_h(rng, **b), body={
            "pangaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL), "relasyon": "agom",
            "pass": obj(rng, "cp")}),
        case(f, f"{a}/v1/admission/checkin", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "at": {"lat": hla, "lng": hlo},
            "hospital": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]}}),
        case(f, f"{a}/v1/room", fmt="form", headers=_h(rng, **b), body={
            "klase": "semi-private", "kakanon": L("low salt, soft diet", MED),
            "mrn": L(MRN, MED)}),
        raw(f, f"{a}/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/lugad/photo", [
            ("photo", "wound_day3.jpg", "image/jpeg", L(JPEG + b"\xe1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(MRN, MED), "day": 3,
                                                "kulog": L(3, MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "para_sa": {"pangaran": L(SURGEON[0], NAMEC), "email": L(SURGEON[1], MAIL)},
            "mensahe": L("Doc, medyo namumula an lugad sa pusod, normal daw iyan?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/prescriptions", headers=_h(rng, **b), query={
            "mrn": L(MRN, MED), "active": "true"}),
        bill,
        case(f, f"{a}/v1/philhealth/deduction", fmt="form", headers=_h(rng, **b), body={
            "pin": L(PHILHEALTH, NID), "deduction": L("10500", BUY), "balance": L("13250", BUY),
            "mrn": L(MRN, MED)}),
        case(f, f"{a}/v1/teleconsult", headers=_h(rng, **b), body={
            "appointment": obj(rng, "tc"), "token": L(opaque(rng, "tc_", 36), CRED),
            "session": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("loa_requested", 1), ev("screen", 2, screen=L("PainDiary", USAGE))]}),
    ]


def operahan_sdks() -> list[Case]:
    rng = random.Random(19962)
    return [
        mc_batch(APP, rng, [("LOA Requested", {"procedure": L("hernia repair", MED)}),
                            ("Deposit Paid", {"amount": L(10000, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}), ("Photo Uploaded", {"day": 3})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=640),
        fn_eval(APP, rng, {"hospital": HOSPITAL["id"], "program": L("day-surgery", MED)},
                hdr=True),
        pt_register(APP, rng, tags={"hospital": HOSPITAL["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Naga Riverside Medical Center", "behavior.search", near=HOME_AT,
                   nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_summary.pdf",
                  "application/pdf"),
    ]
