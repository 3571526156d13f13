"""Facial-palsy rehabilitation app "Guyabalik" (``guya`` face, ``balik`` return; a Jaro
neuro-rehabilitation clinic follows her right-sided Bell's palsy: steroids and an antiviral, eye
care, facial exercises filmed with the front camera and scored for symmetry, electrical
stimulation sessions, House-Brackmann grades at follow-ups; her own health data). Keys
Hiligaynon, ASCII, mixed with English: ``ngalan``, ``apelyido``, ``telepono`` phone,
``kodigo_sekreto`` password, ``petsa_sang_pagkatawo`` birth date, ``kasarian`` sex
(``babayi``), ``numero_rekord`` record number, ``balatian`` illness, ``bulong`` medicine,
``dosis``, ``sintomas`` symptoms, ``mata`` eye, ``baba`` mouth, ``sakit`` pain, ``alerhiya``
allergy, ``ehersisyo`` exercise, ``tanda_guya`` face landmarks (lit. "marks of the face"),
``bidyo`` video, ``litrato`` photo, ``iskedyul`` appointment, ``bayad`` payment, ``sulat``
message): sign-up with her ACR I-Card, an SMS code, ``/ako``, the intake (gzip), the referral
letter (PDF), medicines, a deposit with her health-plan card, an appointment, the check-in at the
clinic, a protobuf daily eye and pain diary, an exercise video with 68 face landmarks and a
symmetry score, a progress photo, a message to her doctor, the stimulation session, a video
consult, the grade by record number in the path, sharing with her husband, a medical certificate
for her employer, a search, push and events. New: a docstring grep for "palsy", "facial nerve"
and "prednis" matched nothing (face landmarks appear in beauty, try-on and proctoring sets; not
a rehabilitation)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    E164,
    FACE,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families242_kit import (
    ACR,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HMO_CARD,
    HOME_AT,
    HUSBAND,
    RECORD,
    fix,
    hd,
    obj,
    push,
)
from eval_families242_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families242_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("guyabalik", "Guyabalik", "com.example.guyabalik", "1.9.0",
          "https://api.guyabalik.example.net")
IID = "X-GB-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"


def _landmarks(rng: random.Random) -> list[list[float]]:
    """68 face landmarks (x, y in the frame's pixels) from the exercise video's best frame."""
    pts = []
    for i in range(68):
        x = 360 + 140 * ((i % 17) / 16 - 0.5) + rng.uniform(-3, 3)
        y = 520 + 180 * ((i // 17) / 3 - 0.5) + rng.uniform(-3, 3)
        pts.append([round(x, 1), round(y, 1)])
    return pts


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def guyabalik() -> list[Case]:
    rng = random.Random(24231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rekord=L(RECORD, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(RECORD, MED)), (2, 1768608000),
                (3, [(1, L(2, MED)), (2, L(True, MED)), (3, L("artificial tears x6", MED))]),
                (4, L(3, MED)), (5, "2.0.1")], "", lab)
    grade = at_path(case(f, f"{a}/v2/pasyente/{RECORD}/grado", headers=_h(rng, **b)),
                    RECORD, MED)
    return [
        case(f, f"{a}/v2/pasyente", headers=_h(rng), body={
            "ngalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telepono": L(E164, TEL), "kodigo_sekreto": L("Guya-Balik-2026", CRED),
            "petsa_sang_pagkatawo": L(DOB, BIRTH), "kasarian": L("babayi", GENDER),
            "dokumento": {"klase": "ACR I-Card", "numero": L(ACR, NID)},
            "hmo": L(HMO_CARD, MED)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telepono": L(E164, TEL), "kodigo_sms": L("730418", CRED)}),
        case(f, f"{a}/v2/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", gz=True, headers=_h(rng, **b), body={
            "numero_rekord": L(RECORD, MED), "balatian": L("Bell's palsy, right", MED),
            "umpisa": L("2026-01-12", MED),
            "sintomas": [L("right eye cannot close", MED), L("drooling right corner", MED),
                         L("pain behind the ear", MED)],
            "bulong": [L("prednisone 60 mg", MED), L("valacyclovir 1 g", MED)],
            "alerhiya": [L("sulfa", MED)], "nagabusong": L(False, "personal.sensitive"),  # pregnancy
            "diabetes": L(False, MED), "presyon": L("118/76", MED)}),
        multipart(f, f"{a}/v2/referral", [
            ("sulat", "referral_ent.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numero_rekord": L(RECORD, MED),
                                                "halin_sa": "ENT clinic"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/bulong", headers=_h(rng, **b), query={
            "numero_rekord": L(RECORD, MED), "aktibo": "true"}),
        case(f, f"{a}/v2/bayad/deposito", fmt="form", headers=_h(rng, **b), body={
            "kantidad": L("1500", BUY), "kwarta": "PHP", "hmo": L(HMO_CARD, MED),
            "pamaagi": L(opaque(rng, "pm_", 24), PAY), "ulihi_apat": L("4444", PAY)}),
        case(f, f"{a}/v2/iskedyul", headers=_h(rng, **b), body={
            "numero_rekord": L(RECORD, MED), "klase": L("facial nerve follow-up", MED),
            "umpisa": "2026-01-26T09:30", "kwarto": "rm_3"}),
        case(f, f"{a}/v2/abot", headers=_h(rng, **b), body={
            "iskedyul": obj(rng, "ap"), "lugar": {"lat": cla, "lng": clo},
            "klinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/ehersisyo", [
            ("bidyo", "smile_brow_day14.mp4", "video/mp4", L(MP4, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "numero_rekord": L(RECORD, MED), "ehersisyo": "brow-raise+smile",
                "tanda_guya": L(_landmarks(rng), FACE),
                "simetriya": L(0.71, MED), "mata_gap_mm": L(2.5, MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/litrato", [
            ("litrato", "day14_rest.jpg", "image/jpeg", L(b"\xff\xd8\xff\xe0" + bytes(24),
                                                           f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numero_rekord": L(RECORD, MED), "adlaw": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sulat", headers=_h(rng, **b), body={
            "para_kay": {"ngalan": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "sulat": L("Doc, mas maayo na ang pagpiyong sang akon mata pero masakit pa ang "
                       "likod sang dulunggan", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/stimulation", fmt="form", headers=_h(rng, **b), body={
            "numero_rekord": L(RECORD, MED), "sesyon": "6", "milliamp": L("4.5", MED),
            "makina": "estim_unit_02"}),
        case(f, f"{a}/v2/video/kwarto", headers=_h(rng, **b), body={
            "iskedyul": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/hmo/loa", headers=_h(rng, **b), body={
            "hmo": L(HMO_CARD, MED), "numero_rekord": L(RECORD, MED),
            "diagnosis": L("G51.0 Bell's palsy", MED), "serbisyo": L("facial EMG", MED),
            "kantidad": L(3200, BUY), "tag_iya": L(f"{FIRST} {LAST}", NAMEC)}),
        grade,
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "numero_rekord": L(RECORD, MED),
            "para_kay": {"ngalan": L(HUSBAND[0], NAMEC), "telepono": L(HUSBAND[1], TEL)},
            "sakop": ["iskedyul", "resibo"]}),
        case(f, f"{a}/v2/sertipiko", headers=_h(rng, **b), body={
            "numero_rekord": L(RECORD, MED), "para_sa": "employer",
            "pahuway": {"halin": "2026-01-12", "tubtob": "2026-01-25"},
            "diagnosis_ipakita": L(True, MED)}),
        case(f, f"{a}/v2/pangita", headers=_h(rng, **b), query={
            "q": L("eye patch for sleeping", SEARCH)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("exercise_done", 1), ev("screen", 2, screen=L("EyeDiary", USAGE))]}),
    ]


def guyabalik_sdks() -> list[Case]:
    rng = random.Random(24232)
    return [
        mc_batch(APP, rng, [("Exercise Uploaded", {"score": L(0.71, MED)}),
                            ("Deposit Paid", {"amount": L(1500, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"eye_closed": L(False, MED)}),
                            ("Reminder Opened", {"kind": "eye-drops"})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=389),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("facial-palsy", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"], "reminder": "eye-drops"}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Jaro Neuro-Rehab Center", SEARCH, near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "hmo_loa.pdf", "application/pdf"),
    ]
