"""A teaching hospital's outpatient app "Ole Ogwu" (lit. "house of medicine": a fictional
teaching hospital in Makurdi; her uterine fibroids, followed in the gynaecology clinic up to a
myomectomy; its API's keys are Idoma with ``dokita`` doctor and English ``id``, ``email``,
``code``, ``nin``: ``enyi`` name, ``enyi_ada`` surname, ``foni`` phone, ``ojo_omi`` birth
date, ``ekpa`` sex (``oyinya``), ``ole`` house, ``ijeni`` town, ``nomba_ole_ogwu`` hospital
(folder) number, ``ohi`` illness, ``ogwu`` medicine, ``iju`` pain, ``ebe`` blood, ``ebe_ekpa``
blood group, ``ara`` body/weight, ``otu`` heart (blood pressure), ``onyi`` next of kin,
``owo`` amount, ``ikpo`` payment, ``ojo`` date, ``ebo`` place, ``efoto`` photo, ``akwo``
paper/report, ``ohu`` message, ``ekwo`` search): opening a folder (registration with her NIN and
next of kin), an SMS code, ``/me``, the card fee, the triage questionnaire (gzip), the
gynaecology clinic booking, a check-in at the outpatients, the laboratory requests and their
payment, results by hospital number in the path, an earlier scan report (PDF), a message to her
consultant, the myomectomy booking and deposit, the family blood donors, the consent signature,
home blood-pressure readings (protobuf), a pharmacy refill, her health insurance, a wound photo,
a search, the discharge summary by cookie, a video clinic room, push and events. Sets with
hospital and clinic apps exist (eye, dental, infection, IVF); a teaching hospital's outpatient
"folder" app with family replacement blood donors is made different (a docstring grep:
"teaching hospital" and "hospital card" matched nothing)."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families236_kit import (
    BROTHER_IL,
    DOCTOR,
    HOME,
    HOME_AT,
    HOSP_NO,
    HOSPITAL,
    HOSPITAL_FIX,
    HUSBAND,
    NIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families236_sdk import ab_launch, ck_session, mo_batch, mo_queue
from eval_families236_svc import (
    cn_card,
    cn_confirm,
    co_check,
    fi_eval,
    hj_attach,
    mw_route,
    pi_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("oleogwu", "Ole Ogwu", "com.example.oleogwu", "5.0.3", "https://api.oleogwu.example.org")
IID = "X-OO-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def oleogwu() -> list[Case]:
    rng = random.Random(23631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    nomba_ole_ogwu=L(HOSP_NO, MED)))}
    hla, hlo = fix(HOSPITAL_FIX, 5)
    lab: dict[str, str] = {}
    bp = pb([(1, L(HOSP_NO, MED)), (2, 1769000000),
             (3, [(1, L(138, MED)), (2, L(88, MED)), (3, L(84, FIT))]),
             (4, [(1, L(131, MED)), (2, L(85, MED)), (3, L(80, FIT))]),
             (5, L(71.5, FIT)), (6, "5.0.3")], "", lab)
    res = at_path(case(f, f"{a}/v2/patients/{HOSP_NO}/results", headers=_h(rng, **b),
                       query={"since": "2026-01-01"}), HOSP_NO, MED)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "enyi": L(FIRST, NAMEC), "enyi_ada": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "foni": L(E164, TEL), "ojo_omi": L(DOB, BIRTH), "ekpa": L("oyinya", GENDER),
            "ole": L(HOME["line"], ADDR), "ijeni": L(HOME["town"], COARSE),
            "state": L(HOME["state"], COARSE), "nin": L(NIN, NID),
            "onyi": {"enyi_kpo": L(HUSBAND[0], NAMEC), "foni": L(HUSBAND[1], TEL),
                     "relation": "oko"}}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "foni": L(E164, TEL), "code": L("731402", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ikpo/card", fmt="form", headers=_h(rng, **b), body={
            "nomba_ole_ogwu": L(HOSP_NO, MED), "owo": L("3500", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/triage", gz=True, headers=_h(rng, **b), body={
            "nomba_ole_ogwu": L(HOSP_NO, MED),
            "ohi": [L("heavy menstrual bleeding", MED), L("pelvic pressure", MED)],
            "iju": L(6, MED), "since": L("2024-08", MED), "last_period": L("2026-01-03", MED),
            "pregnant": L(False, MED), "ogwu": [L("ferrous sulphate 200 mg", MED),
                                                L("tranexamic acid 500 mg", MED)],
            "ebe_ekpa": L("O+", MED), "allergies": [L("sulfa drugs", MED)]}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "nomba_ole_ogwu": L(HOSP_NO, MED), "clinic": L("gynaecology", MED),
            "slot": obj(rng, "sl"), "ojo": "2026-01-20", "referral": L("fibroids", MED)}),
        case(f, f"{a}/v2/opd/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "ebo": {"lat": hla, "lng": hlo},
            "hospital": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]},
            "queue": "GYN-B"}),
        case(f, f"{a}/v2/lab/requests", headers=_h(rng, **b), body={
            "nomba_ole_ogwu": L(HOSP_NO, MED),
            "tests": [L("full blood count", MED), L("genotype", MED),
                      L("pelvic ultrasound", MED)], "owo": L(18500, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        res,
        multipart(f, f"{a}/v2/documents", [
            ("akwo", "scan_otukpo_nov.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nomba_ole_ogwu": L(HOSP_NO, MED),
                                                "kind": "ultrasound",
                                                "finding": L("multiple intramural fibroids, "
                                                             "largest 6.2 cm", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ohu", headers=_h(rng, **b), body={
            "to": {"enyi_kpo": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "ohu": L("Doctor, the bleeding is heavier this month and I feel dizzy when I stand",
                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/surgery", headers=_h(rng, **b), body={
            "nomba_ole_ogwu": L(HOSP_NO, MED), "procedure": L("abdominal myomectomy", MED),
            "ojo": "2026-02-16", "ward": "GYN-2", "deposit": L(250000, BUY)}),
        case(f, f"{a}/v2/surgery/donors", headers=_h(rng, **b), body={
            "nomba_ole_ogwu": L(HOSP_NO, MED), "units": L(2, MED),
            "donors": [{"enyi_kpo": L(HUSBAND[0], NAMEC), "foni": L(HUSBAND[1], TEL),
                        "ebe_ekpa": L("O+", MED)},
                       {"enyi_kpo": L(BROTHER_IL[0], NAMEC), "foni": L(BROTHER_IL[1], TEL),
                        "ebe_ekpa": L("O-", MED)}]}),
        multipart(f, f"{a}/v2/consents", [
            ("signature", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"nomba_ole_ogwu": L(HOSP_NO, MED),
                                                "form": "myomectomy_v3",
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/otu/readings", bp, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/pharmacy/refill", fmt="form", headers=_h(rng, **b), body={
            "nomba_ole_ogwu": L(HOSP_NO, MED), "ogwu": L("ferrous sulphate 200 mg x 60", MED),
            "owo": L("2400", BUY), "pickup": "main_pharmacy"}),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "scheme": "state_contributory", "member_no": L("BSHIA-0091-44721", MED),
            "nomba_ole_ogwu": L(HOSP_NO, MED)}),
        multipart(f, f"{a}/v2/wound/photos", [
            ("efoto", "wound_day5.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nomba_ole_ogwu": L(HOSP_NO, MED), "day": 5,
                                                "iju": L(3, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ekwo", headers=_h(rng, **b), query={
            "ekwo": L("food rich in iron after myomectomy", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v2/discharge/latest", headers=_h(rng, how="none"), cookies={
            "oo_sess": L(opaque(rng, "", 40), CRED), "oo_dev": L(INSTALL_ID, DID),
            "oo_req": rid(rng)}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("results_opened", 1), ev("screen", 2, screen=L("Surgery", USAGE))]}),
    ]


def oleogwu_sdks() -> list[Case]:
    rng = random.Random(23632)
    return [
        mo_batch(APP, rng, [("Appointment Booked", {"clinic": L("gynaecology", MED)}),
                            ("Card Paid", {"amount": L(3500, BUY)})]),
        mo_queue(APP, rng, [("BP Logged", {"sys": L(138, MED)}), ("Results Opened", {})]),
        ab_launch(APP, rng, first=True),
        ck_session(APP, rng, secs=733),
        fi_eval(APP, rng, {"hospital": HOSPITAL["id"], "clinic": L("gynaecology", MED)}),
        pi_register(APP, rng, tags={"hospital": HOSPITAL["id"]}),
        co_check(APP, rng, {"analytics": True, "research": False}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "250000.00"),
        mw_route(APP, rng, [(HOME_AT, PRECISE), ((HOSPITAL["lat"], HOSPITAL["lon"]), None)]),
        hj_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "lab_results.pdf", "application/pdf"),
    ]
