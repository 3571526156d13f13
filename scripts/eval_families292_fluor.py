"""A fluorosis screening and household-filter programme's app "Dakbes" (``dak`` water, ``bes``
good; a fictional district programme run with the Nala community health centre: camps test
people who have drunk high-fluoride hand-pump water for years, grade their teeth and joints,
and hand out defluoridation filters). English keys of a health programme with Santali words:
``hasu`` pain, ``muku`` knee, ``data`` teeth, ``jang`` bones, ``ran`` medicine, ``dak``
water, ``orak`` house, ``gidri`` child. She drank the village pump's water on long stays at her
in-laws' and has stiff knees. Sign-up with her OCI card, an SMS code, ``/me`` (a screening
number claim), the screening questionnaire (gzip), the camp slot and check-in (her fix), the
urine fluoride result by screening number in the path, a dental photo, a knee X-ray report
(PDF), a protobuf joint-pain diary, calcium and vitamin prescriptions, a message to the camp
doctor, a video follow-up, the daughter's dental check (Dean's index), the filter order to her
house and its deposit, a filter-candle change, sharing her file with her husband, the
household's water source, push and events. New: a docstring grep found no "fluorosis" (set 145's
fluoride is a child's varnish against caries; sets 170 and 270 test well water; nobody screens
people for too much fluoride)."""

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
from eval_families292_kit import (
    CAMP,
    CAMP_FIX,
    DAUGHTER,
    DK_HOME,
    DK_HOME_AT,
    HUSBAND,
    OCI,
    PUMP,
    SCREEN_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families292_sdk import cr_session, hp_launch, lk_batch, lk_queue
from eval_families292_svc import cj_check, fd_eval, hg_attach, md_geocode, ps_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("dakbes", "Dakbes", "com.example.dakbes", "3.0.1", "https://api.dakbes.example.com")
IID = "X-Dakbes-Install"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(46))
NID = "personal.national_id"
DOCTOR = ("Dr. Anjali Hansda", "a.hansda@nalachc.example.org")  # the camp doctor, typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def dakbes() -> list[Case]:
    rng = random.Random(29231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), screening=L(SCREEN_NO, MED)))}
    cla, clo = fix(CAMP_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(SCREEN_NO, MED)), (2, 1772956800),
                (3, [(1, L(6, MED)), (2, L("muku", MED)), (3, L(35, MED))]),
                (4, "3.0.1")], "", lab)
    result = at_path(case(f, f"{a}/v2/screenings/{SCREEN_NO}/urine", headers=_h(rng, **b)),
                     SCREEN_NO, MED)
    return [
        case(f, f"{a}/v2/people", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "sex": L("F", GENDER),
            "idDocument": {"type": "OCI", "number": L(OCI, NID)},
            "block": L("Nala", COARSE), "district": L("Jamtara", COARSE), "language": "en"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("274160", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/questionnaire", gz=True, headers=_h(rng, **b), body={
            "screening": L(SCREEN_NO, MED), "yearsOnSource": L(3, MED),
            "source": {"type": "hand_pump", "tag": PUMP["tag"]},
            "hasu": {"muku": L(True, MED), "kandha": L(False, MED), "kamar": L(True, MED)},
            "morningStiffnessMin": L(30, MED), "data": L("brown streaks on upper teeth", MED),
            "pregnant": L(False, MED), "medicines": [L("none", MED)]}),
        case(f, f"{a}/v2/camps/slots", headers=_h(rng, **b), query={
            "camp": CAMP["id"], "date": "2026-03-07"}),
        case(f, f"{a}/v2/camps/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "screening": L(SCREEN_NO, MED), "camp": CAMP["id"]}),
        case(f, f"{a}/v2/camps/checkin", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "at": {"lat": cla, "lng": clo},
            "camp": {"id": CAMP["id"], "lat": CAMP["lat"], "lng": CAMP["lon"]}}),
        result,
        multipart(f, f"{a}/v2/dental/photos", [
            ("photo", "data_upper.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"screening": L(SCREEN_NO, MED),
                                                "deanIndex": L(2, MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/imaging", [
            ("report", "knee_xray_report.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"screening": L(SCREEN_NO, MED),
                                                "region": L("both knees", MED)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/prescriptions", headers=_h(rng, **b), query={
            "screening": L(SCREEN_NO, MED), "active": "true"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": {"name": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "text": L("The knee pain is less with the calcium, but climbing the stairs still "
                      "hurts in the morning.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/children/dental", headers=_h(rng, **b), body={
            "guardianScreening": L(SCREEN_NO, MED),
            "child": {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                      "dob": L(DAUGHTER["dob"], BIRTH), "sex": L(DAUGHTER["sex"], GENDER),
                      "deanIndex": L(1, MED), "note": L("very mild white flecks", MED)}}),
        case(f, f"{a}/v2/filters/order", headers=_h(rng, **b), body={
            "screening": L(SCREEN_NO, MED), "model": "DF-20 candle", "deposit": L(250, BUY),
            "deliverTo": {"line": L(DK_HOME["line"], ADDR), "town": L(DK_HOME["town"], COARSE),
                          "pin": L(DK_HOME["pin"], COARSE)},
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "amount": L("250", BUY), "currency": "INR", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "order": L("FO-26-11873", BUY)}),
        case(f, f"{a}/v2/filters/candle", fmt="form", headers=_h(rng, **b), body={
            "order": L("FO-26-11873", BUY), "changed": "2026-05-02", "litresSince": "1460"}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "screening": L(SCREEN_NO, MED), "with": {"name": L(HUSBAND[0], NAMEC),
                                                   "phone": L(HUSBAND[1], TEL)},
            "scope": ["results", "filters"]}),
        case(f, f"{a}/v2/water/source", headers=_h(rng, **b), body={
            "pump": PUMP["tag"], "fluorideMgL": 2.8, "testedBy": "PHED kit",
            "pumpAt": {"lat": PUMP["lat"], "lng": PUMP["lon"]}}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("result_viewed", 1), ev("screen", 2, screen=L("JointDiary", USAGE))]}),
    ]


def dakbes_sdks() -> list[Case]:
    rng = random.Random(29232)
    return [
        lk_batch(APP, rng, [("Result Viewed", {"test": L("urine fluoride", MED)}),
                            ("Filter Ordered", {"deposit": L(250, BUY)})]),
        lk_queue(APP, rng, [("Diary Entry", {"pain": L(6, MED)}),
                            ("Photo Uploaded", {"kind": "dental"})]),
        hp_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=488),
        fd_eval(APP, rng, {"camp": CAMP["id"], "program": L("fluorosis", MED)}, hdr=True),
        ps_register(APP, rng, tags={"camp": CAMP["id"]}),
        cj_check(APP, rng, {"analytics": True, "research": False}),
        md_geocode(APP, rng, "Nala community health centre", "behavior.search",
                   near=DK_HOME_AT, nd=2),
        hg_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "urine_fluoride.pdf", "application/pdf"),
    ]
