"""An ENT and sinus hospital's patient app "Naakkaan" (``naak`` nose, ``kaan`` ear; Dispur,
Guwahati: her chronic sinusitis, a deviated septum and the FESS operation). Keys are Assamese in
Latin letters with English medical words: ``rugi`` patient, ``naam`` / ``upadhi`` first name /
surname, ``mobile`` mobile number, ``jonmo_tarikh`` birth date, ``linga`` sex, ``thikona``
address, ``abha`` her health account number, ``lokkhon`` symptoms, ``nak_bondho`` blocked
nose, ``gondho_nai`` loss of smell, ``dorob`` medicines, ``hapani`` asthma, ``dhumpan``
smoking, ``porikkha`` tests, ``fol`` result, ``bima`` insurance, ``khoros`` cost, ``anumanik``
estimated, ``xommoti`` consent, ``sohi`` signature, ``tej_ola`` bleeding, ``bix`` pain,
``dhua`` rinse, ``barta`` message, ``bhag`` share, ``kisti`` instalment, ``khata`` account,
``okhyangxo`` / ``dragimangxo`` latitude / longitude): registration (ABHA and Aadhaar), an SMS
code, ``/moi``, the SNOT-22 questionnaire (gzip), a CT scan (PDF), results by hospital number
in the query, allergy tests, an appointment, the cashless insurance request, the operation
booking, the consent signature, a check-in with her fix, a protobuf post-op diary, a rash photo,
a message to her surgeon, prescriptions, a video room, sharing with her husband, the bill by
hospital number in the path, instalments (her account), medicines delivered (msgpack), push and
events."""

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
from eval_families191_kit import (
    AADHAAR,
    ABHA,
    ACCOUNT,
    HOME,
    HOME_AT,
    HOSPITAL,
    HOSPITAL_FIX,
    HUSBAND,
    IFSC,
    IN_PHONE,
    MRN,
    POLICY,
    SURGEON,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families191_sdk import cr_session, lm_batch, lm_queue, ts_launch
from eval_families191_svc import (
    cx_check,
    fm_eval,
    hg_attach,
    hg_message,
    mb_geocode,
    pk_register,
    py_upi,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("naakkaan", "Naakkaan", "com.example.naakkaan", "5.1.2",
          "https://api.naakkaan.example.net")
IID = "X-NK-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
SNOT22 = [4, 5, 3, 2, 4, 1, 3, 4, 2, 3, 1, 2, 3, 3, 2, 2, 1, 3, 2, 1, 2, 1]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def naakkaan() -> list[Case]:
    rng = random.Random(19141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    hla, hlo = fix(HOSPITAL_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(MRN, MED)), (2, 1771891200),
                (3, [(1, L(2, MED)), (2, L(1, MED)), (3, L(4, MED)),
                     (4, L("saline dhua 2 bar", MED))]), (4, "2.0.1")], "", lab)
    bill = at_path(case(f, f"{a}/api/rugi/{MRN}/bill", headers=_h(rng, **b)), MRN, MED)
    return [
        case(f, f"{a}/api/rugi", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upadhi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(IN_PHONE, TEL), "jonmo_tarikh": L(DOB, BIRTH), "linga": L("F", GENDER),
            "abha": L(ABHA, NID), "aadhaar": L(AADHAAR.replace(" ", ""), NID),
            "thikona": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE),
            "bhaxa": "en", "kenekoi_janile": "daktor"}),
        case(f, f"{a}/api/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(IN_PHONE, TEL), "otp": L("904417", CRED)}),
        case(f, f"{a}/api/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/lokkhon", gz=True, headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "snot22": [L(x, MED) for x in SNOT22],
            "nak_bondho": L("duyota phale, 2 bosor dhori", MED), "gondho_nai": L(True, MED),
            "dorob": [L("fluticasone nasal spray", MED), L("montelukast 10 mg", MED)],
            "allergy": [L("sulfa", MED)], "hapani": L("mridu", MED), "dhumpan": L(False, MED),
            "gorbhoboti": L(False, MED)}),
        multipart(f, f"{a}/api/scan", [
            ("scan", "ct_pns.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(MRN, MED), "kind": "CT PNS",
                                                "tarikh": "2026-01-28"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/porikkha/fol", headers=_h(rng, **b), query={
            "mrn": L(MRN, MED), "porikkha": "pre-op"}),
        case(f, f"{a}/api/allergy_porikkha", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "fol": {"dust_mite": L("4+", MED), "cockroach": L("2+", MED),
                                        "pollen_grass": L("neg", MED)},
            "ige": L(412, MED)}),
        case(f, f"{a}/api/appointment", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "daktor": "dr_ent_04", "tarikh": "2026-02-02T11:20",
            "karon": L("sinus operation-r bisare alochona", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/bima/cashless", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "bima": {"policy": L(POLICY, MED), "tpa": "tpa_medexample"},
            "procedure": L("FESS + septoplasty", MED), "anumanik_khoros": L(98000, BUY),
            "rugir_naam": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/operation", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "procedure": L("FESS + septoplasty", MED),
            "tarikh": "2026-02-16T08:00", "anaesthesia": L("general", MED), "bed": "ward_3b",
            "agrim": L(10000, BUY)}),
        multipart(f, f"{a}/api/xommoti", [
            ("sohi", "sohi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(34), MEDIA)),
            ("form", None, "application/json", {"mrn": L(MRN, MED), "form": "fess_v3",
                                                "sohi_korise": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "sthan": {"okhyangxo": hla, "dragimangxo": hlo},
            "hospital": {"id": HOSPITAL["id"], "okhyangxo": HOSPITAL["lat"],
                         "dragimangxo": HOSPITAL["lon"]}}),
        raw(f, f"{a}/api/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/chobi", [
            ("chobi", "rash_hat.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(MRN, MED),
                                                "biboron": L("antibiotic khuar pisot hatot rash",
                                                             f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/barta", headers=_h(rng, **b), body={
            "prapok": {"naam": L(SURGEON[0], NAMEC), "email": L(SURGEON[1], MAIL)},
            "barta": L("Operation-r 5 din pisot o naakor pora olop tej olaise, eitu thik ne?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/prescription", headers=_h(rng, **b), query={
            "mrn": L(MRN, MED), "active": "true"}),
        case(f, f"{a}/api/video/room", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/bhag", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "xathe": {"naam": L(HUSBAND[0], NAMEC),
                                          "mobile": L(HUSBAND[1], TEL)},
            "ki": ["appointment", "bill"]}),
        bill,
        case(f, f"{a}/api/kisti", headers=_h(rng, **b), body={
            "mut": L(42000, BUY), "maah": 6, "protimaah": L(7000, BUY),
            "khata": L(ACCOUNT, PAY), "ifsc": L(IFSC, PAY)}),
        case(f, f"{a}/api/dorob/order", fmt="msgpack", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "dorob": [L("amoxicillin-clavulanate 625", MED),
                                          L("saline nasal rinse kit", MED)],
            "thikona": L(HOME["line"], ADDR), "porimaan": L(640, BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("diary_saved", 1), ev("screen", 2, screen=L("PostOpDiary", USAGE))]}),
    ]


def naakkaan_sdks() -> list[Case]:
    rng = random.Random(19142)
    return [
        lm_batch(APP, rng, [("Operation Booked", {"procedure": L("FESS", MED)}),
                            ("Deposit Paid", {"amount": L(10000, BUY)})]),
        lm_queue(APP, rng, [("Diary Entry", {"pain": L(4, MED)}), ("Photo Uploaded", {})]),
        ts_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=388),
        fm_eval(APP, rng, {"hospital": HOSPITAL["id"], "pathway": L("sinus-surgery", MED)},
                hdr=True),
        pk_register(APP, rng, tags={"hospital": HOSPITAL["id"]}),
        cx_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "Dispur ENT & Sinus Hospital", "behavior.search", near=HOME_AT,
                   nd=2),
        hg_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_summary.pdf", "application/pdf"),
        py_upi(APP, rng, "10000.00", L(VPA, f"{PAY}|{TEL}"), note="agrim"),
        hg_message(APP, rng, L("Cashless approval for FESS is still pending with the TPA",
                               f"{TEXT}|{MED}"), {"mrn": L(MRN, MED)}),
    ]
