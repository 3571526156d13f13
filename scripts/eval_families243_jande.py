"""Children's holiday-workbook app "Jande Ndungu" (``jande ndungu``: rainy-season lessons; the
long holidays fall in the rains: daily dictations read aloud by the app, sums, letter tracing,
a reading recorded by the child, a photo of the written page, a tutor's weekly report; Aissatou
(8, entering CE2) uses it on her mother's phone; its API's keys are Adamawa Fulfulde in ASCII
with the French school words: ``innde`` first name, ``yettoore`` surname, ``tilifon`` phone,
``kongol_sirri`` password, ``biddo`` child, ``innde_biddo`` child's name,
``nyalnde_jibineede`` birth date, ``jinsi`` sex, ``kalaas`` class, ``lekkol`` school,
``acte_jibineede`` birth-certificate number, ``jangoowo`` learner, ``diktee`` dictation,
``jaabawol`` answer, ``hiisa`` sums, ``janngude`` reading, ``binndol`` writing, ``natal``
photo, ``jannginoowo`` tutor, ``nulal`` message, ``abonman`` subscription, ``coggu`` price,
``ceede`` amount, ``njobdi`` payment, ``dabbitol`` search, ``kod_galle`` parent's code): the
parent's sign-up, an OAuth password grant, ``/am`` with a ``sukaabe`` claim, the child's profile
(her birth certificate), the day's work by learner number in the path, a dictation and the
child's typed answer, sums (msgpack), a reading recording (M4A), a photo of the page, letter
tracing strokes (gzip), the holiday subscription and its payment, a message to the tutor, the
weekly report, the child's nickname, the child's search, screen-time limits, badges by cookie,
push and events. Set 204's library reading challenge (books logged, badges, a read-aloud) is the
nearest; no earlier set has a holiday workbook or dictations ("holiday homework", "dictation",
"dictee" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
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
from eval_families24_kit import claims, rid
from eval_families243_kit import CM_LINE, DAUGHTER, SCHOOL_NAME, hd, obj, push
from eval_families243_sdk import (
    bl_bid,
    cm_crash,
    cm_crumb,
    cm_session,
    mn_batch,
    mn_identify,
    tw_launch,
)
from eval_families243_svc import ck_save, cp_card, cp_confirm, fs_eval, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jande", "Jande Ndungu", "com.example.jandendungu", "3.0.7",
          "https://api.jandendungu.example.org")
IID = "X-Jande-Device"
PW = "Aissatou2017!"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
LEARNER = DAUGHTER["learner"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _strokes(rng: random.Random, n: int) -> list[list[int]]:
    x, y, t = 120, 340, 0
    out = []
    for _ in range(n):
        x += rng.randint(-6, 9)
        y += rng.randint(-8, 7)
        t += rng.randint(14, 22)
        out.append([x, y, t])
    return out


def jande() -> list[Case]:
    rng = random.Random(24341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sukaabe=[L(LEARNER, UID)],
                                    role="galle"))}
    work = at_path(case(f, f"{a}/v1/jangoobe/{LEARNER}/golle", headers=_h(rng, **b),
                        query={"nyalnde": "2026-07-14"}), LEARNER, UID)
    return [
        case(f, f"{a}/v1/galle/winndito", headers=_h(rng), body={
            "innde": L(FIRST, NAMEC), "yettoore": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "tilifon": L(E164, TEL), "kongol_sirri": L(PW, CRED), "jokkondiral": "inna"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "jande-android"}),
        case(f, f"{a}/v1/am", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/biddo", headers=_h(rng, **b), body={
            "innde_biddo": L(DAUGHTER["first"], NAMEC), "yettoore": L(DAUGHTER["last"], NAMEC),
            "nyalnde_jibineede": L(DAUGHTER["dob"], BIRTH), "jinsi": L(DAUGHTER["sex"], GENDER),
            "kalaas": "CE2", "lekkol": SCHOOL_NAME,
            "acte_jibineede": L(DAUGHTER["acte"], NID), "jangoowo": L(LEARNER, UID)}),
        work,
        case(f, f"{a}/v1/diktee", headers=_h(rng, **b), query={
            "jangoowo": L(LEARNER, UID), "kalaas": "CE2", "lesson": "d_0714"}),
        case(f, f"{a}/v1/diktee/jaabawol", headers=_h(rng, **b), body={
            "jangoowo": L(LEARNER, UID), "diktee": "d_0714",
            "jaabawol": L("Le soir, ma grand-mere raconte des contes sous le grand arbre.",
                          TEXT), "dow_sekond": 412}),
        case(f, f"{a}/v1/hiisa/jaabawol", fmt="msgpack", headers=_h(rng, **b), body={
            "jangoowo": L(LEARNER, UID), "seri": "add_sub_07",
            "jaabawol": [47, 83, 19, 120, 56], "goongdi": 4, "sekond": 318}),
        multipart(f, f"{a}/v1/janngude/sawtu", [
            ("sawtu", "janngude_0714.m4a", "audio/mp4", L(M4A + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"jangoowo": L(LEARNER, UID),
                                                "deftere": "bk_conte_lievre"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/binndol/natal", [
            ("natal", "kaye_0714.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"jangoowo": L(LEARNER, UID),
                                                "golle": "ecriture_b"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/binndol/strokes", gz=True, headers=_h(rng, **b), body={
            "jangoowo": L(LEARNER, UID), "harf": "b",
            "strokes": L(_strokes(rng, 24), MOTION), "ekran": [1080, 2400]}),
        case(f, f"{a}/v1/abonman", headers=_h(rng, **b), body={
            "jangoowo": L(LEARNER, UID), "nder": "ndungu_2026", "coggu": L(5000, BUY),
            "moneyaa": "XAF"}),
        case(f, f"{a}/v1/njobdi", fmt="form", headers=_h(rng, **b), body={
            "ceede": L("5000", BUY), "limre_momo": L(CM_LINE, TEL),
            "metod": L(opaque(rng, "pm_", 24), PAY), "abonman": obj(rng, "ab")}),
        case(f, f"{a}/v1/nulal", headers=_h(rng, **b), body={
            "to": "tutor_fr_12", "jangoowo": L(LEARNER, UID),
            "binndi": L("Aissatou ina yiyi seeda, lunette makko ina heewi jaango, ndeen "
                        "diktee ina ɓura mo", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/rapor", headers=_h(rng, **b), query={
            "jangoowo": L(LEARNER, UID), "yontere": "3"}),
        case(f, f"{a}/v1/biddo/innde_huutoreede", fmt="form", headers=_h(rng, **b), body={
            "jangoowo": L(LEARNER, UID), "innde_huutoreede": L("Aicha_lievre", UID),
            "avatar": "av_lievre_03"}),
        case(f, f"{a}/v1/dabbitol", headers=_h(rng, **b), query={
            "q": L("conte lievre hyene", SEARCH), "jangoowo": L(LEARNER, UID)}),
        case(f, f"{a}/v1/waktu", fmt="form", headers=_h(rng, **b), body={
            "jangoowo": L(LEARNER, UID), "minit_nyalnde": "45", "kod_galle": L("2017", CRED)}),
        case(f, f"{a}/v1/badges", headers=_h(rng, how="none"), cookies={
            "jn_sesiyo": L(opaque(rng, "", 40), CRED), "jn_device": L(INSTALL_ID, DID),
            "jn_req": rid(rng)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kewuuji", gz=True, headers=_h(rng, **b), body={
            "jom_konte": L(USER_ID, UID), "kewuuji": [
                ev("diktee_gasii", 1, nootu=8), ev("yiyde", 2, yiyde=L("Hiisa", USAGE)),
                ev("badge", 3, badge="diktee_5")]}),
    ]


def jande_sdks() -> list[Case]:
    rng = random.Random(24342)
    return [
        mn_batch(APP, rng, [("Dictation Done", {"score": 8}),
                            ("Reading Recorded", {"book": "bk_conte_lievre"})]),
        mn_identify(APP, rng, {"role": "parent", "children": 1, "learner": L(LEARNER, UID)}),
        tw_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,school,books"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [cm_crumb("nav", "Janngude -> Sawtu")],
                 user={"id": L(USER_ID, UID)}, screen="RecordActivity"),
        cm_session(APP, rng, secs=1460),
        fs_eval(APP, rng, {"class": "CE2", "children": 1}),
        pn_register(APP, rng, tags={"kalaas": "CE2"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "5000"),
    ]
