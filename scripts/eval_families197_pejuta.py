"""Referred-care and pharmacy app "Pejuta Ti" ("medicine house"; a fictional patient app of the
reservation's service unit, built around referred care: the specialist in Rapid City the
service unit authorises and pays for, the 72-hour notice after an emergency visit off the
reservation, mileage, refills mailed or picked up at the Kyle health station; its API's keys are
Lakota with English (``hrn``, ``rx``, ``token``): ``pejuta`` medicine, ``pejuta_wicasa`` doctor,
``wayazanka`` illness / complaint, ``cante`` heart, ``we`` blood, ``canhanpi`` sugar,
``yeyapi`` referral ("sent", a coinage), ``owicakiyaka`` appointment (a coinage), ``caje`` name,
``tonpi`` birth date, ``wiyawicasa`` sex, ``masape`` phone, ``mazawowapi`` e-mail, ``natakapi``
password, ``oyate_owapi`` enrollment number, ``tiyata`` street line, ``otonwahe`` town,
``tokiya`` where, ``waziyata`` / ``wiyohiyanpata`` latitude / longitude, ``wahosi`` message,
``akita`` search, ``mazaska`` amount, ``cinca`` child): sign-up with her health record number and
enrollment, an SMS code, ``/mitawa``, referrals, the 72-hour notice of her chest-pain visit to a
Rapid City emergency room, the cardiology appointment, mileage (ACH), refills, the mail-out
address, labs, a protobuf glucose log, blood pressure readings (msgpack), the ER's ECG (PDF), a
video visit, a message to the nurse, a records release, her son's sports physical, a hospital
check-in, a search, the chart by record number in the path, the schedule by cookie, push and
events. Many sets have patient portals and clinics (sets 87 and 95 dialysis, 151 dental); this one
is about referred care off the reservation (authorisations, 72-hour notices, mileage)."""

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
    DID,
    E164,
    GENDER,
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
from eval_families197_kit import (
    BANK_ACCOUNT,
    ENROLL,
    HOME,
    HOME_AT,
    HOSPITAL,
    HOSPITAL_FIX,
    HRN,
    HUSBAND,
    ROUTING,
    SON,
    SPECIALIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families197_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families197_svc import cl_ach, cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pejutati", "Pejuta Ti", "com.example.pejutati", "7.1.3",
          "https://api.pejutati.example.net")
IID = "X-PT-Install"
PW = "Cante$Waste77"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def pejutati() -> list[Case]:
    rng = random.Random(19741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hrn=L(HRN, MED), mazawowapi=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOSPITAL_FIX, 5)
    lab: dict[str, str] = {}
    glucose = pb([(1, L(HRN, MED)), (2, 1769932800),
                  (3, [(1, L(162, MED)), (2, "fasting"), (3, L("metformin 500 mg", MED))]),
                  (4, [(1, L(214, MED)), (2, "post_meal")]), (5, "7.1.3")], "", lab)
    ref = obj(rng, "ref")
    chart = at_path(case(f, f"{a}/v3/hrn/{HRN}/summary", headers=_h(rng, **b)), HRN, MED)
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "caje": L(f"{FIRST} {LAST}", NAMEC), "tonpi": L(DOB, BIRTH),
            "wiyawicasa": L("F", GENDER), "masape": L(E164, TEL), "mazawowapi": L(EMAIL, MAIL),
            "natakapi": L(PW, CRED), "hrn": L(HRN, MED), "oyate_owapi": L(ENROLL, NID),
            "service_unit": HOSPITAL["id"]}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "masape": L(E164, TEL), "code": L("904417", CRED)}),
        case(f, f"{a}/v3/mitawa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/yeyapi", headers=_h(rng, **b), query={
            "hrn": L(HRN, MED), "status": "open"}),
        case(f, f"{a}/v3/yeyapi/notice72", headers=_h(rng, **b), body={
            "hrn": L(HRN, MED), "facility": "Rapid City regional ER", "date": "2026-01-28",
            "wayazanka": L("chest pain and shortness of breath, kept overnight", MED),
            "caje": L(f"{FIRST} {LAST}", NAMEC), "notice_id": rid(rng)}),
        case(f, f"{a}/v3/owicakiyaka", headers=_h(rng, **b), body={
            "yeyapi": ref, "specialist": SPECIALIST["id"], "start": "2026-02-17T09:40",
            "reason": L("cardiology follow-up, abnormal stress test", MED),
            "hrn": L(HRN, MED)}),
        case(f, f"{a}/v3/mileage", headers=_h(rng, **b), body={
            "yeyapi": ref, "miles": 236, "mazaska": L(157.94, BUY),
            "routing": L(ROUTING, PAY), "account": L(BANK_ACCOUNT, PAY)}),
        case(f, f"{a}/v3/rx/refill", fmt="form", headers=_h(rng, **b), body={
            "rx": L("RX-7720481", MED), "pejuta": L("atorvastatin 40 mg", MED),
            "pickup": "kyle_health_station", "hrn": L(HRN, MED)}),
        case(f, f"{a}/v3/rx/mail", headers=_h(rng, **b), body={
            "tiyata": L(HOME["po"], ADDR), "otonwahe": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE), "rx": [L("RX-7720481", MED), L("RX-7720502", MED)]}),
        case(f, f"{a}/v3/labs", headers=_h(rng, **b), query={
            "hrn": L(HRN, MED), "panel": L("lipid,a1c", MED)}),
        raw(f, f"{a}/v3/canhanpi/log", glucose, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/cante/bp", fmt="msgpack", headers=_h(rng, **b), body={
            "hrn": L(HRN, MED),
            "readings": [{"sys": L(148, MED), "dia": L(92, MED), "pulse": L(81, MED),
                          "t": 1769940000}]}),
        multipart(f, f"{a}/v3/documents", [
            ("file", "er_ecg.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"hrn": L(HRN, MED), "kind": "ECG",
                                                "from": "outside_er"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/video/join", headers=_h(rng, **b), body={
            "visit": obj(rng, "vv"), "token": L(opaque(rng, "vt_", 36), CRED)}),
        case(f, f"{a}/v3/wahosi", headers=_h(rng, **b), body={
            "to": "nurse_case_manager",
            "wahosi": L("The cardiologist wants a stress echo, can you send the referral "
                        "before my insurance runs out?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/release", headers=_h(rng, **b), body={
            "hrn": L(HRN, MED), "to": SPECIALIST["id"], "scope": ["cardiology", "labs"],
            "signed": L(f"{FIRST} {LAST}", NAMEC), "witness": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v3/cinca/physical", headers=_h(rng, **b), body={
            "cinca": {"caje": L(f"{SON['first']} {SON['last']}", NAMEC),
                      "tonpi": L(SON["dob"], BIRTH), "hrn": L(SON["hrn"], MED)},
            "sport": "basketball", "wayazanka": L("exercise-induced asthma", MED),
            "pejuta": L("albuterol inhaler before games", MED)}),
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "tokiya": {"waziyata": hla, "wiyohiyanpata": hlo},
            "clinic": {"waziyata": HOSPITAL["lat"], "wiyohiyanpata": HOSPITAL["lon"]}}),
        case(f, f"{a}/v3/akita", headers=_h(rng, **b), query={
            "akita": L("heart doctor Rapid City accepts referral", f"{SEARCH}|{MED}")}),
        chart,
        case(f, f"{a}/v3/schedule", headers=_h(rng, how="none"), cookies={
            "pt_sess": L(opaque(rng, "", 40), CRED), "pt_dev": L(INSTALL_ID, DID),
            "pt_req": rid(rng)}),
        case(f, f"{a}/v3/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("refill_requested", 1), ev("screen", 2, screen=L("Referrals", USAGE))]}),
    ]


def pejutati_sdks() -> list[Case]:
    rng = random.Random(19742)
    return [
        mc_batch(APP, rng, [("Refill Requested", {"count": 1}),
                            ("Referral Viewed", {"specialty": L("cardiology", MED)})]),
        mc_queue(APP, rng, [("Glucose Logged", {"value": L(162, MED)}),
                            ("BP Logged", {"n": 1})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=622),
        fn_eval(APP, rng, {"service_unit": HOSPITAL["id"], "program": L("diabetes", MED)},
                hdr=True),
        pt_register(APP, rng, tags={"service_unit": HOSPITAL["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Canyon Lake Heart Clinic", "behavior.search", near=HOME_AT, nd=2),
        cl_ach(APP, rng, "157.94", L(f"{FIRST} {LAST}", NAMEC)),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "er_discharge.pdf", "application/pdf"),
    ]
