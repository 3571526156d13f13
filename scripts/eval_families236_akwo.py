"""A common-entrance registration and practice app "Akwo Oyi" (``akwo`` book, ``oyi`` child: the
son, in primary 6, sits the national common entrance into the federal colleges; the user is his
mother; its API's keys are Idoma with the school words Nigerians keep in English or loans
``sukulu``, ``ezam``: ``enyi`` name, ``enyi_ada`` surname, ``foni`` phone, ``asiri`` password,
``ojo_omi`` birth date, ``ekpa`` sex (``oyobi`` boy), ``oyi`` child, ``ene`` mother (the
parent), ``ole`` house, ``ijeni`` town, ``state_origin`` / ``lga_origin``, ``esi`` result,
``owo`` amount, ``ikpo`` payment, ``ebo`` place, ``efoto`` photo, ``ohu`` message, ``ekwo``
search, ``ohi`` illness, ``ebe_ekpa`` blood group): the parent's sign-up, a log-in, ``/me`` with
the child's number, the son's registration (NIN, origin, the religious knowledge paper, his
asthma), the fee, his passport photo, centre choices, a practice test (gzip), a protobuf practice
timer, a lesson teacher at home, the slip by examination number in the path, the exam-day
check-in at the centre, the result check with a scratch-card PIN, the college choices, the
boarding medical form, a message to the lesson teacher, a search, offline answers (JSON Lines),
flash-card progress (msgpack), news by cookie, push and events. Set 115 has a university
entrance-exam results app for a 17-year-old; this is a primary-6 pupil's registration, practice
and exam day (a docstring grep: "common entrance" nothing, "entrance exam" only set 115)."""

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
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families236_kit import (
    CENTRE,
    CENTRE_FIX,
    HOME,
    SCHOOL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families236_sdk import ab_launch, bo_bid, ck_crash, ck_crumb, mo_batch, mo_pixel
from eval_families236_svc import cn_card, cn_confirm, co_save, fi_eval, hj_message, pi_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("akwooyi", "Akwo Oyi", "com.example.akwooyi", "4.6.1", "https://api.akwooyi.example.org")
IID = "X-Akwo-Device"
PW = "Ochai2014!Upu"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
EXAM = SON["exam"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def akwooyi() -> list[Case]:
    rng = random.Random(23641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), oyi=[L(EXAM, UID)],
                                    role="parent"))}
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    timer = pb([(1, L(EXAM, UID)), (2, "mock_07"), (3, L(2710, USAGE)), (4, 1768500000),
                (5, [(1, "quant"), (2, 38), (3, 50)])], "", lab)
    slip = at_path(case(f, f"{a}/v1/candidates/{EXAM}/slip", headers=_h(rng, **b)), EXAM, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "enyi": L(FIRST, NAMEC), "enyi_ada": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "foni": L(E164, TEL), "asiri": L(PW, CRED), "ole": L(HOME["line"], ADDR),
            "ijeni": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "asiri": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/candidates", headers=_h(rng, **b), body={
            "oyi": {"enyi": L(SON["first"], NAMEC), "enyi_ada": L(SON["last"], NAMEC),
                    "ojo_omi": L(SON["dob"], BIRTH), "ekpa": L("oyobi", GENDER),
                    "nin": L(SON["nin"], NID), "state_origin": L("Benue", COARSE),
                    "lga_origin": L("Otukpo", COARSE), "religious_paper": L("CRS", SENS),
                    "special_needs": L("mild asthma, uses an inhaler", MED)},
            "sukulu": SCHOOL["id"], "ene": L(f"{FIRST} {LAST}", NAMEC),
            "foni": L(E164, TEL), "exam": L(EXAM, UID)}),
        case(f, f"{a}/v1/ikpo", fmt="form", headers=_h(rng, **b), body={
            "exam": L(EXAM, UID), "owo": L("9500", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "receipt": L("NCE-R-26-77310", BUY)}),
        multipart(f, f"{a}/v1/candidates/photo", [
            ("efoto", "ochai_passport.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"exam": L(EXAM, UID), "bg": "white"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/centres/choice", headers=_h(rng, **b), body={
            "exam": L(EXAM, UID), "centre": CENTRE["id"], "state": L("Benue", COARSE),
            "alternatives": ["ct_makurdi_fgc", "ct_otukpo_gss"]}),
        case(f, f"{a}/v1/practice/submit", gz=True, headers=_h(rng, **b), body={
            "exam": L(EXAM, UID), "test": "mock_07", "subject": "quantitative",
            "answers": ["B", "D", "A", "A", "C", "B", "D", "C"], "score": 38, "of": 50,
            "started": 1768497290}),
        raw(f, f"{a}/v1/practice/timer", timer, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tutors/book", headers=_h(rng, **b), body={
            "tutor": "tt_0419", "subjects": ["maths", "verbal"], "days": ["tue", "thu"],
            "ole": L(HOME["line"], ADDR), "ijeni": L(HOME["town"], COARSE),
            "owo": L(25000, BUY), "oyi": L(SON["first"], NAMEC)}),
        slip,
        case(f, f"{a}/v1/exam_day/checkin", headers=_h(rng, **b), body={
            "exam": L(EXAM, UID), "ebo": {"lat": cla, "lng": clo},
            "centre": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]},
            "kind": "drop_off"}),
        case(f, f"{a}/v1/esi", headers=_h(rng, **b), query={
            "exam": L(EXAM, UID), "pin": L("4418-2093-7716", CRED), "serial": "SC0911827"}),
        case(f, f"{a}/v1/admission/choices", headers=_h(rng, **b), body={
            "exam": L(EXAM, UID), "colleges": ["fgc_otukpo", "fgc_makurdi", "fgc_abuja"],
            "boarding": True, "oyi": L(KID, NAMEC)}),
        case(f, f"{a}/v1/boarding/medical", headers=_h(rng, **b), body={
            "exam": L(EXAM, UID), "enyi": L(SON["first"], NAMEC),
            "enyi_ada": L(SON["last"], NAMEC), "ojo_omi": L(SON["dob"], BIRTH),
            "genotype": L("AS", MED), "ebe_ekpa": L("O+", MED),
            "ohi": [L("asthma", MED)], "allergies": [L("groundnuts", MED)],
            "doctor_note": L("Salbutamol inhaler, two puffs when wheezing", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/ohu", headers=_h(rng, **b), body={
            "to": "tt_0419", "thread": obj(rng, "th"),
            "ohu": L("Ochai finds the ratio questions hard, please spend Thursday on them",
                     TEXT)}),
        case(f, f"{a}/v1/ekwo", headers=_h(rng, **b), query={
            "ekwo": L("past questions verbal reasoning 2024", SEARCH)}),
        lines(f, f"{a}/v1/practice/offline", [
            {"exam": L(EXAM, UID), "q": "v_112", "a": "C", "t": 1768411000},
            {"exam": L(EXAM, UID), "q": "v_113", "a": "A", "t": 1768411042}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/flashcards", fmt="msgpack", headers=_h(rng, **b), body={
            "exam": L(EXAM, UID), "deck": "spelling_p6", "known": 143, "learning": 27,
            "streak": L(9, USAGE)}),
        case(f, f"{a}/v1/news", headers=_h(rng, how="none"), cookies={
            "ak_sid": L(opaque(rng, "", 40), CRED), "ak_dev": L(INSTALL_ID, DID),
            "ak_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("mock_submitted", 1, score=38), ev("screen", 2, screen=L("Slip", USAGE))]}),
    ]


def akwooyi_sdks() -> list[Case]:
    rng = random.Random(23642)
    return [
        mo_batch(APP, rng, [("Mock Submitted", {"subject": "quantitative"}),
                            ("Fee Paid", {"amount": L(9500, BUY)})]),
        mo_pixel(APP, rng, "Slip Opened", {"year": 2026}),
        ab_launch(APP, rng),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="exam,school,books"),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "mock timer"),
                 [ck_crumb("nav", "Practice -> Mock07")],
                 user={"id": L(USER_ID, UID)}, screen="MockActivity"),
        fi_eval(APP, rng, {"children": 1, "state": L("Benue", COARSE)}),
        pi_register(APP, rng, tags={"centre": CENTRE["id"], "year": "2026"}),
        co_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "9500.00"),
        hj_message(APP, rng, L(f"The slip for {KID} shows the wrong centre", f"{TEXT}|{NAMEC}"),
                   {"exam": L(EXAM, UID)}),
    ]
