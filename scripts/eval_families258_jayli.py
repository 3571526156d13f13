"""A proctology day clinic's patient app "Jayli" (jayli: comfortable; her own health data: the
haemorrhoids she has had since her daughter's birth, treated by rubber-band ligation; its API's
keys are Karakalpak in Latin letters, camelCase, ASCII-folded: ``ati`` first name,
``familiyasi`` surname, ``elPochta`` e-mail, ``telefon``, ``kod`` code, ``tuwilganSane`` birth
date, ``jinisi`` sex (``hayal`` woman), ``pinfl`` personal number, ``medKarta`` medical card,
``sugurtaPolisi`` insurance policy, ``belgiler`` symptoms (``qan ketiw`` bleeding, ``awiriw``
pain), ``qashannan`` since when, ``darilar`` medicines, ``allergiya``, ``juklilik`` pregnancy,
``tuwiwlar`` births, ``bolim`` department, ``shipaker`` doctor, ``qabil`` appointment,
``sebep`` reason, ``summa`` amount, ``tolem`` payment, ``orin`` place, ``kenlik`` / ``uzinliq``,
``analiz`` test, ``protsedura`` procedure, ``anesteziya``, ``qolQoyiwshi`` signer, ``kundelik``
diary, ``xabar`` message, ``kimge`` to, ``retsept`` prescription, ``awiriwKagazi`` sick-leave
note, ``jumisOrni`` workplace, ``paydalaniwshi`` user, ``waqiyalar`` events): sign-up, an SMS
log-in, ``/men``, the questionnaire (gzip), doctors by department, the consultation booked and
paid, a check-in at the clinic, a lab result (PDF), the preparation sheet, the procedure booked,
the consent signature (PNG), a protobuf recovery diary, a message to her doctor, prescriptions,
a video consult, a sick-leave note for her school, the diet sheet, the invoice by card number in
the path, push and events. A proctology clinic is new (a docstring grep for "proctolog",
"haemorrhoid" and "hemorrhoid" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
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
from eval_families258_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    NK_HOME_AT,
    PINFL,
    SCHOOL,
    fix,
    hd,
    obj,
    push,
)
from eval_families258_sdk import cj_session, es_batch, es_queue, tq_launch
from eval_families258_svc import ft_eval, hj_attach, hj_message, jy_check, mp_geocode, pq_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("jayli", "Jayli", "com.example.jayli", "2.2.0", "https://api.jayli.example.net")
IID = "X-Jayli-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
POLICY = "SP-QR-2025-771904"  # her health insurance policy (health.medical, as set 37's member ID)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def jayli() -> list[Case]:
    rng = random.Random(25811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elPochta=L(EMAIL, MAIL), medKarta=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1770076800),
                (3, [(1, L(3, MED)), (2, L(1, MED)), (3, L("paratsetamol 500 mg", MED))]),
                (4, "2.2.0")], "", lab)
    inv = at_path(case(f, f"{a}/v2/nawqaslar/{CHART}/esap", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/v2/nawqaslar", headers=_h(rng), body={
            "ati": L(FIRST, NAMEC), "familiyasi": L(LAST, NAMEC), "elPochta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "tuwilganSane": L(DOB, BIRTH), "jinisi": L("hayal", GENDER),
            "pinfl": L(PINFL, NID), "sugurtaPolisi": L(POLICY, MED), "til": "en"}),
        case(f, f"{a}/v2/kiriw/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("905127", CRED)}),
        case(f, f"{a}/v2/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/anketa", gz=True, headers=_h(rng, **b), body={
            "medKarta": L(CHART, MED), "belgiler": [L("qan ketiw", MED), L("awiriw", MED)],
            "qashannan": L("3 ay", MED), "darilar": [L("flavonoid 1000 mg", MED)],
            "allergiya": [L("penitsillin", MED)], "juklilik": L(False, f"{MED}|{SENS}"),
            "tuwiwlar": L(1, MED), "qanAzliq": L(True, MED), "shekiw": L(False, MED)}),
        case(f, f"{a}/v2/shipakerler", headers=_h(rng, **b), query={
            "bolim": L("proktologiya", MED), "klinika": CLINIC["id"]}),
        case(f, f"{a}/v2/qabil", headers=_h(rng, **b), body={
            "medKarta": L(CHART, MED), "shipaker": "dr_utepova", "sane": "2026-02-02T09:30",
            "sebep": L("qan ketiw, awiriw", MED), "birinshiQabil": True}),
        case(f, f"{a}/v2/tolem", fmt="form", headers=_h(rng, **b), body={
            "summa": L("250000", BUY), "valyuta": "UZS", "kartaSongiTort": L("4444", PAY),
            "tolemUsili": L(opaque(rng, "pm_", 24), PAY), "medKarta": L(CHART, MED)}),
        case(f, f"{a}/v2/qabil/keldim", headers=_h(rng, **b), body={
            "qabil": obj(rng, "qb"), "orin": {"kenlik": cla, "uzinliq": clo},
            "klinika": {"id": CLINIC["id"], "kenlik": CLINIC["lat"], "uzinliq": CLINIC["lon"]}}),
        multipart(f, f"{a}/v2/analizler", [
            ("fayl", "qan_analizi.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"medKarta": L(CHART, MED),
                                                "analiz": L("qan ulwma analizi", MED),
                                                "gemoglobin": L(104, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tayarliq", headers=_h(rng, **b), query={
            "medKarta": L(CHART, MED), "protsedura": L("ligatsiya", MED)}),
        case(f, f"{a}/v2/protseduralar", headers=_h(rng, **b), body={
            "medKarta": L(CHART, MED), "protsedura": L("lateks halqa ligatsiyasi", MED),
            "sane": "2026-02-09T08:00", "anesteziya": L("jergilikli", MED), "xana": "pr_02"}),
        multipart(f, f"{a}/v2/kelisim", [
            ("qol", "qol.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(32), MEDIA)),
            ("forma", None, "application/json", {"medKarta": L(CHART, MED), "forma": "lig_v3",
                                                 "qolQoyiwshi": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/kundelik", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/xabarlar", headers=_h(rng, **b), body={
            "kimge": {"ati": L(DOCTOR[0], NAMEC), "elPochta": L(DOCTOR[1], MAIL)},
            "xabar": L("Ligatsiyadan keyin ekinshi kuni azmaz qan boldi, bul normal ma?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/retseptler", headers=_h(rng, **b), query={
            "medKarta": L(CHART, MED), "aktiv": "true"}),
        case(f, f"{a}/v2/video/xanalar", headers=_h(rng, **b), body={
            "qabil": obj(rng, "qb"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/awiriwKagazi", fmt="form", headers=_h(rng, **b), body={
            "medKarta": L(CHART, MED), "jumisOrni": SCHOOL["name"], "kunler": "3",
            "sebep": L("proktologiyaliq protsedura", MED)}),
        case(f, f"{a}/v2/parhiz", headers=_h(rng, **b), query={
            "medKarta": L(CHART, MED), "tur": L("kletchatkaga bay", MED)}),
        inv,
        case(f, f"{a}/v2/qurilmalar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/waqiyalar", headers=_h(rng, **b), body={
            "paydalaniwshi": L(USER_ID, UID), "sessiya": rid(rng), "waqiyalar": [
                ev("qabil_bron", 1), ev("ekran", 2, ekran=L("Kundelik", USAGE))]}),
    ]


def jayli_sdks() -> list[Case]:
    rng = random.Random(25812)
    return [
        es_batch(APP, rng, [("Appointment Booked", {"dept": L("proctology", MED)}),
                            ("Payment Done", {"amount": L(250000, BUY)})]),
        es_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}),
                            ("Sheet Opened", {"sheet": "diet"})]),
        tq_launch(APP, rng, first=True, user=True),
        cj_session(APP, rng, secs=604),
        ft_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("proctology", MED)}, hdr=True),
        pq_register(APP, rng, tags={"klinika": CLINIC["id"]}),
        jy_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Jayli proktologiya klinikasi", "behavior.search",
                   near=NK_HOME_AT, nd=2),
        hj_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "qan_analizi.pdf", "application/pdf"),
        hj_message(APP, rng, L("Sugurta polisim bul tolemdi qaplamadi", TEXT),
                   {"medKarta": L(CHART, MED)}),
    ]
