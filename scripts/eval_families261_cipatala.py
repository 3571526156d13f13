"""A mission hospital's mobile-clinic van app "Cipatala pa Nshila" (``icipatala`` hospital,
``pa nshila`` on the road: a fictional outreach van that stops at markets around Kasama on fixed
days; she is followed for high blood pressure and goes for a cervical screening, and takes her
daughter for a malaria test). Keys Bemba in ASCII with the medical English that Zambian clinics
keep: ``ishina`` name, ``ishina_lyalupwa`` surname, ``foni`` phone, ``ubushiku_bwakufyalwa``
birth date, ``jenda`` gender, ``apo_wikala`` address, ``umushi`` village, ``itauni`` town,
``ubulwele`` illness, ``imiti`` medicines, ``pressure_ya_mulopa`` blood pressure (``umulopa``
blood), ``ifumo`` pregnancy, ``shuga`` diabetes, ``ifyafumamo`` results, ``umwana`` child,
``ukusunga`` booking, ``ukulipila`` payment, ``ubukombe`` message, ``ukufwaya`` search,
``incende`` place, ``ikodi`` code. Calls: sign-up (her spouse permit, the Kasama plot), an SMS
code, ``/nebo`` (the patient number claim), the van's stops near her (2 decimals), a slot booked,
the health questionnaire (gzip), the check-in at the stop, the van's cuff readings (protobuf), an
old lab report (PDF), a message to the nurse, the daughter's malaria test, a medicine refill,
the fee, a video consult, sharing results with her husband, results by patient number in the path
and by query, her home readings (JSON Lines), a search, a cookie GET, push and events."""

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
    DID,
    E164,
    GENDER,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families261_kit import (
    DAUGHTER,
    HOSPITAL,
    HUSBAND,
    KS_PLOT,
    KS_PLOT_AT,
    PATIENT,
    PERMIT,
    VAN_FIX,
    VAN_STOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families261_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families261_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cipatala", "Cipatala pa Nshila", "com.example.cipatala", "1.3.7",
          "https://api.cipatala.example.org")
IID = "X-CPN-Device"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def cipatala() -> list[Case]:
    rng = random.Random(26131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, foni=L(E164, TEL), patient=L(PATIENT, MED)))}
    vla, vlo = fix(VAN_FIX, 4)
    lab: dict[str, str] = {}
    cuff = pb([(1, L(PATIENT, MED)), (2, "cuff_OMX-22817"), (3, 1765789200),
               (4, [(1, L(148, MED)), (2, L(94, MED)), (3, L(81, MED))]),
               (5, VAN_STOP["id"])], "", lab)
    res = at_path(case(f, f"{a}/v1/patient/{PATIENT}/ifyafumamo", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/v1/ukulembesha", headers=_h(rng), body={
            "ishina": L(FIRST, NAMEC), "ishina_lyalupwa": L(LAST, NAMEC), "foni": L(E164, TEL),
            "ubushiku_bwakufyalwa": L(DOB, BIRTH), "jenda": L("F", GENDER),
            "permit": L(PERMIT, NID), "apo_wikala": L(KS_PLOT["line"], ADDR),
            "umushi": L("Mulilansolo", COARSE), "itauni": L(KS_PLOT["town"], COARSE),
            "cipatala": HOSPITAL["id"]}),
        case(f, f"{a}/v1/ikodi", fmt="form", headers=_h(rng), body={
            "foni": L(E164, TEL), "ikodi": L("771402", CRED)}),
        case(f, f"{a}/v1/nebo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/inshila/ifitesheni", headers=_h(rng, **b), query={
            "lat": L(f"{KS_PLOT_AT[0]:.2f}", COARSE), "lng": L(f"{KS_PLOT_AT[1]:.2f}", COARSE),
            "umulungu": "2025-W51"}),
        case(f, f"{a}/v1/ukusunga", headers=_h(rng, **b), body={
            "fitesheni": VAN_STOP["id"], "slot": obj(rng, "sl"), "ubushiku": "2025-12-15",
            "ifyo_ulefwaya": [L("pressure_ya_mulopa", MED), L("VIA_screening", MED)],
            "patient": L(PATIENT, MED)}),
        case(f, f"{a}/v1/amepusho", gz=True, headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED), "ubulwele": [L("hypertension", MED)],
            "imiti": [L("amlodipine 5 mg", MED), L("hydrochlorothiazide 12.5 mg", MED)],
            "allergies": [L("sulfa", MED)], "ifumo": L(False, MED), "shuga": L(False, MED),
            "ukupeepa": L(False, MED), "umutwe_ukulwala": L("ee", MED)}),
        case(f, f"{a}/v1/ukufika", headers=_h(rng, **b), body={
            "fitesheni": VAN_STOP["id"], "incende": {"lat": vla, "lng": vlo},
            "incende_ya_fitesheni": {"lat": VAN_STOP["lat"], "lng": VAN_STOP["lon"]},
            "queue_no": 14}),
        raw(f, f"{a}/v1/cuff/readings", cuff, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/ifyafumamo/ifyakale", [
            ("report", "lab_lusaka_2024.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"patient": L(PATIENT, MED),
                                                "umusango": L("lipid panel", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ilyashi", headers=_h(rng, **b), body={
            "ku": "nurse_desk",
            "ubukombe": L("Umutwe ulendwala cila lucelo kabili amolu yalefimba, ndenwa "
                          "amlodipine lelo", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/umwana/malaria", headers=_h(rng, **b), body={
            "umwana": {"ishina": L(KID, NAMEC), "ubushiku_bwakufyalwa": L(DAUGHTER["dob"],
                                                                           BIRTH),
                       "jenda": L(DAUGHTER["sex"], GENDER)},
            "ifyo_alwala": L("umubili wakaba 38.2, alekalipwa umutwe", f"{TEXT}|{MED}"),
            "rdt": L("negative", MED), "guardian": L(PATIENT, MED)}),
        case(f, f"{a}/v1/imiti/refill", fmt="form", headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED), "imiti": L("amlodipine 5 mg x30", MED),
            "ukupoka": VAN_STOP["id"]}),
        case(f, f"{a}/v1/ukulipila", fmt="form", headers=_h(rng, **b), body={
            "indalama": L("50.00", BUY), "ndalama": "ZMW",
            "method": L(opaque(rng, "pm_", 24), PAY), "risiti": L("CPN-R-20931", BUY)}),
        case(f, f"{a}/v1/video/ukwingila", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/ukwakana", headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED),
            "na": {"ishina": L(HUSBAND[0], NAMEC), "foni": L(HUSBAND[1], TEL)},
            "ifyakwakana": ["ifyafumamo", "ukusunga"]}),
        res,
        case(f, f"{a}/v1/ifyafumamo", headers=_h(rng, **b), query={
            "patient": L(PATIENT, MED), "umusango": L("VIA", MED)}),
        lines(f, f"{a}/v1/pressure/ku_nganda", [
            {"patient": L(PATIENT, MED), "sys": L(142, MED), "dia": L(91, MED),
             "at": "2025-12-16T06:40"},
            {"patient": L(PATIENT, MED), "sys": L(138, MED), "dia": L(88, MED),
             "at": "2025-12-17T06:35"}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ukufwaya", headers=_h(rng, **b), query={
            "q": L("VIA screening ku Kasama mu January", SEARCH)}),
        case(f, f"{a}/v1/amashiwi", headers=_h(rng, how="none"), cookies={
            "cpn_session": L(opaque(rng, "", 40), CRED), "cpn_device": L(INSTALL_ID, DID),
            "cpn_req": rid(rng)}),
        case(f, f"{a}/v1/icibombelo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ifyacitika", headers=_h(rng, **b), body={
            "umwina": L(USER_ID, UID), "session": rid(rng), "ifyacitika": [
                ev("slot_booked", 1), ev("screen", 2, screen=L("Ifyafumamo", USAGE))]}),
    ]


def cipatala_sdks() -> list[Case]:
    rng = random.Random(26132)
    return [
        mc_batch(APP, rng, [("Slot Booked", {"service": L("blood_pressure", MED)}),
                            ("Fee Paid", {"amount": L(50, BUY)})]),
        mc_queue(APP, rng, [("Home Reading", {"sys": L(142, MED)}),
                            ("Reminder Opened", {"kind": "refill"})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=604),
        fn_eval(APP, rng, {"cipatala": HOSPITAL["id"], "program": L("hypertension", MED)},
                hdr=True),
        pt_register(APP, rng, tags={"fitesheni": VAN_STOP["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Mulilansolo market", SEARCH, near=KS_PLOT_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "via_result.pdf", "application/pdf"),
    ]
