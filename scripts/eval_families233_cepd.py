"""A primary-school-leaving exam app "Egzamtom" (egzame: exam; the CEPD, the exam Togolese pupils
sit at the end of CM2; their son Tchilabalo's private school runs registration, mock exams and
Saturday revision classes through it; snake_case with Kabiyè words in ASCII: ``hide`` first name,
``diga_hide`` surname, ``lulu_wiye`` birth date, ``lulu_tetu`` birth place, ``halu_abalu`` sex
(``abalu`` male), ``piye`` child, ``caa`` father, ``telefoni`` phone, ``sukuli`` school,
``klasi`` class, ``egzame`` exam, ``takayag`` document, ``liidiye`` amount, ``tom`` message,
``wiye`` day, ``alafiya`` health, ``adiresi`` street line, ``tetu`` town): the parent's OAuth
log-in, ``/me`` with a ``candidates`` claim, the son's registration (his birth-certificate act
number), his photo, the exam fee, the convocation by candidate number in the path, the centre, the
mock papers, his typed answers, his mock results, an accommodation for his eyes, a message to his
teacher (a malaria absence), Saturday revision classes, the gate check-in with her fix, his
flash-card progress (msgpack), an offline quiz sync (JSON Lines), a signed outing permission
(PDF), notices, a search, events with a session cookie, push and the address. New: "cepd",
"national exam" and "bepc" matched nothing in a docstring grep; "exam registration" matched adult
graded exams (music, language); school apps of earlier sets are journals, buses and fees."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families233_kit import (
    CENTRE,
    GATE_FIX,
    HOME,
    HUSBAND,
    SCHOOL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families233_sdk import bs_bid, ck_crash, ck_crumb, mk_batch, mk_identify, tp_launch
from eval_families233_svc import cn_card, cn_confirm, co_save, ft_eval, hb_message, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("egzamtom", "Egzamtom", "com.example.egzamtom", "4.1.0",
          "https://api.egzamtom.example.org")
IID = "X-Egzamtom-Device"
PW = "Tchila2014!Cm2"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{SON['first']} {SON['last']}"
CAND = SON["candidate"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def egzamtom() -> list[Case]:
    rng = random.Random(23351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), candidates=[L(CAND, UID)],
                                    role="parent"))}
    gla, glo = fix(GATE_FIX, 5)
    conv = at_path(case(f, f"{a}/v1/candidates/{CAND}/convocation", headers=_h(rng, **b),
                        query={"format": "pdf"}), CAND, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "egzamtom-parent"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/candidates", headers=_h(rng, **b), body={
            "hide": L(SON["first"], NAMEC), "diga_hide": L(SON["last"], NAMEC),
            "lulu_wiye": L(SON["dob"], BIRTH), "lulu_tetu": L("Kara", COARSE),
            "halu_abalu": L(SON["sex"], GENDER), "acte_naissance": L(SON["birth_act"], NID),
            "candidate": L(CAND, UID), "sukuli": SCHOOL["id"], "klasi": "CM2-B",
            "caa": {"hide": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "tuteur": {"hide": L(f"{FIRST} {LAST}", NAMEC), "telefoni": L("+15550100199", TEL),
                       "relation": "mother"}}),
        multipart(f, f"{a}/v1/candidates/photo", [
            ("foto", "tchilabalo_cepd.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {"candidate": L(CAND, UID),
                                                "use": "convocation"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "candidate": L(CAND, UID), "liidiye": L("3500", BUY), "devise": "XOF",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        conv,
        case(f, f"{a}/v1/centres", headers=_h(rng, **b), query={
            "candidate": L(CAND, UID), "session": "2026"}),
        case(f, f"{a}/v1/mock/papers", headers=_h(rng, **b), query={
            "klasi": "CM2", "subject": "calcul", "sukuli": SCHOOL["id"]}),
        case(f, f"{a}/v1/mock/{obj(rng, 'pp')}/answers", headers=_h(rng, **b), body={
            "candidate": L(CAND, UID), "answers": [{"q": 1, "a": "B"}, {"q": 2, "a": "3/4"}],
            "redaction": L("Ma mère est américaine. Le samedi nous allons au champ de sorgho "
                           "de ma grand-mère à Landa.", TEXT)}),
        case(f, f"{a}/v1/mock/results", headers=_h(rng, **b), query={
            "candidate": L(CAND, UID), "term": "2"}),
        case(f, f"{a}/v1/candidates/accommodations", headers=_h(rng, **b), body={
            "candidate": L(CAND, UID), "alafiya": L("myopie, lunettes -1.50", MED),
            "seat": "front", "asthma_inhaler": L(True, MED)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "tch_cm2b",
            "tom": L("Monsieur Bawena, Tchilabalo a eu le paludisme lundi et a manqué l'examen "
                     "blanc. Il revient mercredi.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/revision/enrol", headers=_h(rng, **b), body={
            "candidate": L(CAND, UID), "group": "sam_matin", "liidiye": L(6000, BUY),
            "wiye": "2026-02-07"}),
        case(f, f"{a}/v1/gate/checkin", headers=_h(rng, **b), body={
            "candidate": L(CAND, UID), "at": {"lat": gla, "lng": glo},
            "gate": {"id": "gt_tmd", "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]},
            "kind": "pickup"}),
        case(f, f"{a}/v1/cards/progress", fmt="msgpack", headers=_h(rng, **b), body={
            "candidate": L(CAND, UID),
            "decks": [{"deck": "conjugaison", "seen": 42, "known": 31},
                      {"deck": "geographie_togo", "seen": 18, "known": 12}]}),
        lines(f, f"{a}/v1/quiz/sync", [
            {"candidate": L(CAND, UID), "quiz": obj(rng, "qz"), "score": 14, "of": 20},
            {"candidate": L(CAND, UID), "quiz": obj(rng, "qz"),
             "free": L("Le fleuve Kara coule vers l'Oti", TEXT)}], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/permissions", [
            ("doc", "sortie_centre.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"candidate": L(CAND, UID),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC),
                                                "centre": CENTRE["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notices", headers=_h(rng, **b), query={
            "sukuli": SCHOOL["id"], "klasi": "CM2-B", "since": "2026-01-01"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("sujets CEPD 2025 calcul corrigés", SEARCH)}),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "ez_sid": L(opaque(rng, "", 40), CRED), "ez_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("mock_opened", 1), ev("screen", 2, screen=L("Results", USAGE))]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "adiresi": L(HOME["line"], ADDR), "tetu": L(HOME["town"], COARSE),
            "quartier": L(HOME["area"], COARSE), "prefecture": L(HOME["prefecture"], COARSE)}),
    ]


def egzamtom_sdks() -> list[Case]:
    rng = random.Random(23352)
    return [
        mk_batch(APP, rng, [("Mock Submitted", {"subject": "calcul"}),
                            ("Fee Paid", {"amount": L(3500, BUY)})]),
        mk_identify(APP, rng, {"role": "parent", "children": 1, "tetu": L("Kara", COARSE)}),
        tp_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="ecole,cepd,livres"),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "convocation pdf"),
                 [ck_crumb("nav", "Candidate -> Convocation")],
                 user={"id": L(USER_ID, UID)}, screen="ConvocationActivity"),
        ft_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        pl_register(APP, rng, lang="fr", tags={"school": SCHOOL["id"], "klasi": "CM2-B"}),
        co_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "6000"),
        hb_message(APP, rng, L(f"The convocation for {KID} does not open", f"{TEXT}|{NAMEC}"),
                   {"candidate": L(CAND, UID)}),
    ]
