"""Day-care surgical hospital app "Pittasathi" (her laparoscopic gallbladder removal for
gallstones at a Patia hospital, cashless on her health insurance; keys Odia in Latin letters
with English medical words: ``rogi`` patient, ``daktar`` doctor, ``bibhaga`` department,
``lakshana`` symptoms, ``peta_byatha`` abdominal pain, ``bamana`` vomiting, ``aushadha``
medicines, ``rakta_chapa`` blood pressure, ``madhumeha`` diabetes, ``roga_nirnaya``
diagnosis, ``astropachara`` surgery, ``bhartti`` admission, ``chhuti`` discharge, ``bima``
insurance, ``bima_sankhya`` policy number, ``kharcha`` cost, ``sahachara`` attendant,
``khata`` wound, ``jwara`` fever, ``khadya`` food, ``sammati`` consent, ``dastakhata``
signature, ``uhid`` the hospital's record number): sign-up with her Aadhaar, an SMS code,
``/mo``, the symptom questionnaire (gzip), the ultrasound report (PDF), a surgeon's
consultation, the package quote, the insurer's pre-authorisation, an advance by UPI, the
admission with her husband as attendant, the consent signature, a check-in with her fix, a
protobuf post-op diary, the wound photo, a message to the surgeon, prescriptions, the discharge
summary by record number in the path, a diet search, the final bill, a video follow-up, push
and events. No earlier set has a gallbladder or general-surgery package app (a docstring grep
for gallbladder, gallstone and cholecyst matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families174_kit import (
    AADHAAR,
    HOME,
    HOME_AT,
    HOSP_FIX,
    HOSPITAL,
    HUSBAND,
    POLICY,
    UHID,
    UPI,
    fix,
    hd,
    obj,
    push,
    spaced,
)
from eval_families174_sdk import bh_session, ch_launch, gn_batch, gn_queue
from eval_families174_svc import am_check, dw_eval, gp_register, mn_geocode, sd_attach, tp_upi
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("pittasathi", "Pittasathi", "com.example.pittasathi", "5.0.3",
          "https://api.pittasathi.example.com")
IID = "X-PS-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def pittasathi() -> list[Case]:
    rng = random.Random(17431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), uhid=L(UHID, MED)))}
    hla, hlo = fix(HOSP_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(UHID, MED)), (2, 1769385600),
                (3, [(1, L(3, MED)), (2, L(37.4, MED)), (3, L("paracetamol 650 mg", MED)),
                     (4, L("halka byatha dahina kandha", MED))]), (4, "2.0.1")], "", lab)
    summary = at_path(case(f, f"{a}/v3/rogi/{UHID}/chhuti/saransha", headers=_h(rng, **b)),
                      UHID, MED)
    return [
        case(f, f"{a}/v3/rogi", headers=_h(rng), body={
            "nama": L(FIRST, NAMEC), "upanama": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "janma_tarikha": L(DOB, BIRTH), "linga": L("mahila", GENDER),
            "aadhaar": L(spaced(AADHAAR), NID), "uhid": L(UHID, MED), "bhasa": "en"}),
        case(f, f"{a}/v3/auth/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "otp": L("552917", CRED)}),
        case(f, f"{a}/v3/mo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/lakshana", gz=True, headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "peta_byatha": L("dahina upara, khaiba pare", MED),
            "bamana": L(True, MED), "jwara": L(False, MED),
            "aushadha": [L("pantoprazole 40 mg", MED)], "allergy": [L("sulfa", MED)],
            "rakta_chapa": L("118/76", MED), "madhumeha": L(False, MED),
            "garbhabati": L(False, MED), "ojana_kg": L(64, "health.fitness")}),
        multipart(f, f"{a}/v3/report", [
            ("report", "usg_abdomen.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uhid": L(UHID, MED), "prakara": "USG",
                                                "sara": L("multiple calculi, largest 12 mm",
                                                          MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/paramarsa", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "bibhaga": L("General & Laparoscopic Surgery", MED),
            "daktar": "dr_gs_014", "samaya": "2026-01-19T11:30", "prakara": "opd"}),
        case(f, f"{a}/v3/package/quote", headers=_h(rng, **b), query={
            "uhid": L(UHID, MED), "package": L("lap-cholecystectomy", MED), "ward": "semi"}),
        case(f, f"{a}/v3/bima/purba_anumati", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "bima_sankhya": L(POLICY, MED), "bimakari": "ins_odh_07",
            "rogi": {"nama": L(f"{FIRST} {LAST}", NAMEC), "aadhaar": L(AADHAAR, NID)},
            "roga_nirnaya": L("cholelithiasis", MED), "icd10": L("K80.20", MED),
            "anumanika_kharcha": L(68000, BUY)}),
        case(f, f"{a}/v3/bhugtana/agrima", fmt="form", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "rashi": L("10000", BUY), "mudra": "INR",
            "upi_id": L(UPI, PAY), "txn": rid(rng)}),
        case(f, f"{a}/v3/bhartti", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "tarikha": "2026-01-24", "ward": "semi-private",
            "astropachara": L("laparoscopic cholecystectomy", MED),
            "sahachara": {"nama": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
                          "sampark": "swami"}, "upabasa_arambha": "2026-01-23T22:00"}),
        multipart(f, f"{a}/v3/sammati", [
            ("dastakhata", "dastakhata.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(30),
                                                            MEDIA)),
            ("form", None, "application/json", {"uhid": L(UHID, MED), "form": "lap_chole_v3",
                                                "anesthesia": L("general", MED),
                                                "dastakhata_kari": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "avasthiti": {"lat": hla, "lng": hlo},
            "hospital": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]},
            "counter": "adm_02"}),
        raw(f, f"{a}/v3/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/khata/photo", [
            ("photo", "port_sites_day5.jpg", "image/jpeg", L(JPEG + b"\x85", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uhid": L(UHID, MED), "dina": 5,
                                                "phula": L("na", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/sandesha", headers=_h(rng, **b), body={
            "daktar": "dr_gs_014",
            "sandesha": L("Doctor, nabhi pakhare khata tikie lal dekhajauchhi, aushadha badalibi ki?",
                          f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/prescription", headers=_h(rng, **b), query={
            "uhid": L(UHID, MED), "sakriya": "true"}),
        summary,
        case(f, f"{a}/v3/khoja", headers=_h(rng, **b), query={
            "q": L("pitta thali operation pare kana khaibi", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v3/bill/antima", fmt="form", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "mota": L("71250", BUY), "bima_deba": L("64000", BUY),
            "rogi_deba": L("7250", BUY), "bill": L("PDS-BL-26-01187", BUY)}),
        case(f, f"{a}/v3/video/room", headers=_h(rng, **b), body={
            "paramarsa": obj(rng, "op"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v3/rakta_pariksha", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "pariksha": [L("LFT", MED), L("CBC", MED), L("PT-INR", MED)],
            "sangraha": {"thikana": L(HOME["line"], "contact.address"),
                         "pin": L(HOME["pin"], "location.coarse")},
            "samaya": "2026-01-21T07:00", "upabasa": L(True, MED), "rashi": L(1450, BUY)}),
        case(f, f"{a}/v3/yantra", headers=_h(rng, **b), body=push(push_token(rng), "en_IN")),
        case(f, f"{a}/v3/ghatana", headers=_h(rng, **b), body={
            "byabaharakari": L(USER_ID, UID), "session": rid(rng), "ghatana": [
                ev("quote_dekhila", 1), ev("screen", 2, screen=L("PostOpDiary", USAGE)),
                ev("app_state", 3, battery=L(41, DEV))]}),
    ]


def pittasathi_sdks() -> list[Case]:
    rng = random.Random(17432)
    return [
        gn_batch(APP, rng, [("Quote Viewed", {"package": L("lap-cholecystectomy", MED)}),
                            ("Advance Paid", {"amount": L(10000, BUY)})]),
        gn_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}),
                            ("Wound Photo", {"day": 5})]),
        ch_launch(APP, rng, first=True, user=True),
        bh_session(APP, rng, secs=604),
        dw_eval(APP, rng, {"hospital": HOSPITAL["id"], "program": L("surgery", MED)}, hdr=True),
        gp_register(APP, rng, tags={"hospital": HOSPITAL["id"]}),
        am_check(APP, rng, {"analytics": True, "research": False}),
        mn_geocode(APP, rng, "Patia Day-Care Surgical Hospital", "behavior.search",
                   near=HOME_AT, nd=2),
        sd_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_summary.pdf", "application/pdf"),
        tp_upi(APP, rng, "7250.00", L("co-pay gallbladder surgery", f"{TEXT}|{MED}")),
    ]
