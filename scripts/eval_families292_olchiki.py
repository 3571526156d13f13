"""The daughter's Sunday Ol Chiki reading class "Chatsali Ol" (``chatsali`` school, ``ol``
writing: a Santali-medium volunteer class in a hall in Dudhani, Dumka, where children learn to
read and write the Ol Chiki script; English API with Santali words: ``gidri`` child,
``gurugomke`` teacher, ``onol`` lesson, ``ol_akhor`` letter, ``parhao`` reading, ``orak_kami``
homework, ``hajira`` attendance, ``matri_parsi`` mother tongue, ``hor`` people/tribe). The
parent's OAuth password grant, ``/me`` with a ``pupils`` claim, Sonamuni's enrolment (her birth
certificate number, her mother tongue and tribe), the lessons by pupil number in the path, the
letters learnt, a reading recording, homework, attendance, an absence note (a cough), the health
note (asthma inhaler), the term fee, a workbook order, the Ol Chiki day recital consent, a pickup
authorisation for her brother-in-law, the hall-door check-in with her fix, a message to the
teacher, a parents' meeting slot, the pupil-card photo, notices, a search, the certificate (PDF)
acknowledged, the address, push and events with a session cookie. A docstring grep found no
"ol chiki", "olchiki" or "santali" and no script or mother-tongue class for a child (set 249's
Kabyle evening classes are the mother's own)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    M4A,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families292_kit import (
    BROTHER_IL,
    DAUGHTER,
    DK_HOME,
    HALL,
    HALL_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families292_sdk import bs_bid, cr_crash, cr_crumb, hp_launch, lk_batch, lk_identify
from eval_families292_svc import cj_save, fd_eval, hg_message, ps_register, tj_card, tj_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("chatsaliol", "Chatsali Ol", "com.example.chatsaliol", "2.3.0",
          "https://api.chatsaliol.example.org")
IID = "X-Chatsali-Device"
PW = "Sona2017!Dumka"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUP = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def chatsali() -> list[Case]:
    rng = random.Random(29211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pupils=[L(PUP, UID)],
                                    role="guardian"))}
    hla, hlo = fix(HALL_FIX, 5)
    lessons = at_path(case(f, f"{a}/v1/gidri/{PUP}/onol", headers=_h(rng, **b),
                           query={"term": "2", "level": "ol-1"}), PUP, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "chatsali-guardian"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/gidri/enrol", headers=_h(rng, **b), body={
            "gidri": {"firstName": L(DAUGHTER["first"], NAMEC),
                      "lastName": L(DAUGHTER["last"], NAMEC),
                      "birthDate": L(DAUGHTER["dob"], BIRTH), "sex": L(DAUGHTER["sex"], GENDER),
                      "birthCertificate": L(DAUGHTER["bc"], NID),
                      "matri_parsi": L("Santali", SENS), "hor": L("Santal", SENS),
                      "schoolClass": "3"},
            "guardian": {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L("+15550100199", TEL),
                         "relation": "mother"},
            "pupil": L(PUP, UID), "hall": HALL["id"]}),
        case(f, f"{a}/v1/gidri", headers=_h(rng, **b)),
        lessons,
        case(f, f"{a}/v1/ol_akhor/progress", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID), "learnt": ["la", "at", "ag", "ang", "al", "laa", "aak"],
            "level": "ol-1", "score": 14}),
        multipart(f, f"{a}/v1/parhao/recordings", [
            ("audio", "parhao_week6.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUP, UID), "lesson": "onol_06",
                                                "seconds": 41})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/orak_kami", headers=_h(rng, **b), query={
            "pupil": L(PUP, UID), "week": "2026-W05"}),
        case(f, f"{a}/v1/hajira", headers=_h(rng, **b), query={
            "pupil": L(PUP, UID), "month": "2026-01"}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID), "date": "2026-02-01", "reason": L("illness", MED),
            "note": L("Sonamuni has a bad cough since Friday and stays home this Sunday.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/health-note", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID), "conditions": [L("asthma", MED)],
            "medicine": L("salbutamol inhaler, 2 puffs when wheezy", MED),
            "allergies": [L("dust", MED)], "doctor": "Dr. on call, Sadar Hospital"}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID), "term": "2026-T1", "amount": L("300.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/workbooks/order", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID), "items": [{"sku": "olc-wb-1", "qty": 1, "price": 80},
                                            {"sku": "olc-slate", "qty": 1, "price": 45}],
            "total": L(125, BUY)}),
        case(f, f"{a}/v1/events/ol-chiki-day/consent", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID), "consent": "yes", "photo_ok": "no",
            "emergencyPhone": L("+15550100199", TEL)}),
        case(f, f"{a}/v1/pickup/authorise", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID),
            "person": {"name": L(BROTHER_IL[0], NAMEC), "phone": L(BROTHER_IL[1], TEL),
                       "relation": "kaka"}, "days": ["sun"]}),
        case(f, f"{a}/v1/hall/checkin", headers=_h(rng, **b), body={
            "pupil": L(PUP, UID), "at": {"lat": hla, "lng": hlo},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            "kind": "dropoff"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "gurugomke_02",
            "text": L("Gurugomke, Sonamuni wants to read the Baha story at the recital, can she "
                      "practise with you?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/meetings/slots", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ms"), "pupil": L(PUP, UID), "lang": "en"}),
        multipart(f, f"{a}/v1/gidri/photo", [
            ("photo", "sona_card.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUP, UID), "use": "pupil_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notices", headers=_h(rng, **b), query={
            "hall": HALL["id"], "level": "ol-1", "since": "2026-01-01"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("ol chiki stories for beginners", SEARCH)}),
        multipart(f, f"{a}/v1/certificates/ack", [
            ("certificate", "ol1_certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUP, UID),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "line": L(DK_HOME["line"], "contact.address"), "area": L(DK_HOME["area"], COARSE),
            "town": L(DK_HOME["town"], COARSE), "pin": L(DK_HOME["pin"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "co_sid": L(opaque(rng, "", 40), CRED), "co_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("lesson_opened", 1), ev("screen", 2, screen=L("LettersBoard", USAGE))]}),
    ]


def chatsali_sdks() -> list[Case]:
    rng = random.Random(29212)
    return [
        lk_batch(APP, rng, [("Lesson Opened", {"level": "ol-1"}),
                            ("Fee Paid", {"amount": L(300, BUY)})]),
        lk_identify(APP, rng, {"role": "guardian", "children": 1,
                               "town": L("Dumka", COARSE)}),
        hp_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,books,learning"),
        cr_crash(APP, rng, ("java.lang.NullPointerException", "letter tile"),
                 [cr_crumb("nav", "Pupils -> Letters")],
                 user={"id": L(USER_ID, UID)}, screen="LettersActivity"),
        fd_eval(APP, rng, {"hall": HALL["id"], "children": 1}),
        ps_register(APP, rng, tags={"hall": HALL["id"], "level": "ol-1"}),
        cj_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        tj_card(APP, rng),
        tj_confirm(APP, rng, "300.00"),
        hg_message(APP, rng, L(f"The term fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"pupil": L(PUP, UID)}),
    ]
