"""A children's Tibetan script (Uchen) practice app "Yigzug" that Pema (9) uses on her mother's
phone for her Tibetan class: letters traced with a finger, the alphabet recited aloud, typing
practice on the Tibetan keyboard. Keys are Tibetan in the simplified phonetic spelling with
English: ``ama`` parent, ``pugu`` child, ``lobtrug`` learner, ``lobtrug_ang`` learner code,
``lobtri`` class, ``gegen`` teacher, ``yigdru`` letter, ``thig`` strokes, ``drajug`` recording,
``kedrag`` voice features, ``demig`` / ``dzub`` (keyboard) keys / finger timings, ``karma`` stars,
``tsidrang`` score, ``dutso_tsad`` screen-time limit, ``lagkhyer`` certificate, and the set's
common words (``ming``, ``ming_dangpo``, ``ming_jema``, ``lokthrin``, ``khapar``, ``sangtsig``,
``sang_ang``, ``kyetse``, ``phomo``, ``lo``, ``ngul``, ``ngultro``, ``thrinyig``, ``yige``,
``tsol``, ``jungwa``): the parent's sign-up, an e-mail code, ``/nga`` with a ``pugu`` claim,
Pema's profile, the parental consent, the class's teachers, joining the class by its code, the
lessons, traced strokes (JSON; an offline batch in msgpack), a recitation recording with a voice
embedding, stars, her progress by learner code in the path, a note to the teacher (a cough), the
screen-time limit, Pema's avatar, the subscription, a Losar certificate, a typing drill with key
timings, a search, progress by cookie GET, push and events. Set 102's tutor and set 68's school
have handwriting; this is a script-tracing app for a child (stroke series, voice)."""

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
    KEYS,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families186_kit import CLASSCODE, DAUGHTER, PUPIL, hd, obj, push
from eval_families186_sdk import cr_crash, cr_crumb, lt_launch, ts_batch, ts_queue
from eval_families186_svc import cc_save, fd_eval, hk_message, pd_register, pn_card, pn_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yigzug", "Yigzug", "com.example.yigzug", "5.1.0", "https://api.yigzug.example.org")
IID = "X-Yigzug-Device"
PW = "Pema#Uchen30"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bo=True, **kw)


def _stroke(rng: random.Random, n: int, x0: int, y0: int) -> list[dict[str, Any]]:
    """One traced stroke: screen x/y, pressure and ms offset (a finger trajectory)."""
    x, y, pts = x0, y0, []
    for i in range(n):
        x += rng.randrange(4, 19)
        y += rng.randrange(-5, 9)
        pts.append({"t": i * 16, "x": x, "y": y, "p": round(rng.uniform(0.25, 0.6), 2)})
    return pts


def _keys(rng: random.Random, n: int) -> list[dict[str, int]]:
    """Key-down times and dwell of each key (ms): the child's typing rhythm."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(180, 520)
        out.append({"down": t, "dwell": rng.randrange(70, 160)})
    return out


def yigzug() -> list[Case]:
    rng = random.Random(18661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lokthrin=L(EMAIL, MAIL), pugu=[L(PUPIL, UID)],
                                    role="ama"))}
    prog = at_path(case(f, f"{a}/v1/pugu/{PUPIL}/tsidrang", headers=_h(rng, **b),
                        query={"zla": "2026-02"}), PUPIL, UID)
    return [
        case(f, f"{a}/v1/ama", headers=_h(rng), body={
            "ming": L(f"{FIRST} {LAST}", NAMEC), "lokthrin": L(EMAIL_MIXED, MAIL),
            "khapar": L(E164, "contact.phone"), "sangtsig": L(PW, CRED), "chogthob": True}),
        case(f, f"{a}/v1/ama/zhug", fmt="form", headers=_h(rng), body={
            "lokthrin": L(EMAIL, MAIL), "sang_ang": L("804417", CRED)}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pugu", headers=_h(rng, **b), body={
            "ming_dangpo": L(DAUGHTER["first"], NAMEC), "ming_jema": L(DAUGHTER["last"], NAMEC),
            "kyetse": L(DAUGHTER["dob"], BIRTH), "phomo": L(DAUGHTER["sex"], GENDER),
            "lobtrug_ang": L(PUPIL, UID), "keyig": "bo", "rimpa": "3"}),
        case(f, f"{a}/v1/ama/chogthob", headers=_h(rng, **b), body={
            "ama": L(f"{FIRST} {LAST}", NAMEC), "pugu": L(PUPIL, UID), "drel": "ama",
            "kyetse": L(DAUGHTER["dob"], BIRTH), "chogthob": "coppa-v2", "yin": True}),
        case(f, f"{a}/v1/lobtri/{CLASSCODE}/gegen", headers=_h(rng, **b)),
        case(f, f"{a}/v1/lobtri/zhug", fmt="form", headers=_h(rng, **b), body={
            "lobtrug": L(PUPIL, UID), "lobtri": CLASSCODE}),
        case(f, f"{a}/v1/yigdru", headers=_h(rng, **b), query={
            "lobtrug": L(PUPIL, UID), "rimpa": "3", "yigdru": "ka-nga"}),
        case(f, f"{a}/v1/thig", headers=_h(rng, **b), body={
            "lobtrug": L(PUPIL, UID), "yigdru": "ka", "lesson": obj(rng, "ls"),
            "thig": [L(_stroke(rng, 14, 220, 610), MOTION), L(_stroke(rng, 9, 260, 700), MOTION),
                     L(_stroke(rng, 11, 240, 820), MOTION)],
            "tsidrang": 87}),
        case(f, f"{a}/v1/thig/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "lobtrug": L(PUPIL, UID), "yigdru": "kha", "offline": True,
            "thig": [L(_stroke(rng, 12, 230, 600), MOTION), L(_stroke(rng, 10, 300, 760), MOTION)],
            "tsidrang": 74}),
        multipart(f, f"{a}/v1/drajug", [
            ("drajug", "ka_kha_ga_nga.m4a", "audio/mp4", L(M4A + b"\x09\x01", MEDIA)),
            ("meta", None, "application/json", {
                "lobtrug": L(PUPIL, UID), "yigdru": "ka-nga", "secs": 11,
                "kedrag": L([round(rng.gauss(0, 0.12), 4) for _ in range(192)], VOICE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/karma", headers=_h(rng, **b), body={
            "lobtrug": L(PUPIL, UID), "karma": 3, "lesson": obj(rng, "ls")}),
        prog,
        case(f, f"{a}/v1/gegen/thrinyig", headers=_h(rng, **b), body={
            "gegen": "tch_uchen3b",
            "yige": L("Pema had a bad cough this week so she could not practise her letters",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/dutso_tsad", fmt="form", headers=_h(rng, **b), body={
            "lobtrug": L(PUPIL, UID), "nyinre": "30", "nub": "20:00"}),
        multipart(f, f"{a}/v1/pugu/par", [
            ("par", "pema.jpg", "image/jpeg", L(JPEG + b"\x48", MEDIA)),
            ("meta", None, "application/json", {"lobtrug": L(PUPIL, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ama/ngultro", fmt="form", headers=_h(rng, **b), body={
            "ngul": L("499", BUY), "dus": "zla", "method": L(opaque(rng, "pm_", 24), PAY),
            "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v1/lagkhyer", headers=_h(rng, **b), body={
            "ming": L(KID, NAMEC), "lo": L(9, BIRTH), "rig": "losar_30_letters",
            "lobtrug": L(PUPIL, UID)}),
        case(f, f"{a}/v1/demig", headers=_h(rng, **b), body={
            "lobtrug": L(PUPIL, UID), "yige": L("bkra shis bde legs", f"{KEYS}|{TEXT}"),
            "dzub": L(_keys(rng, 18), KEYS), "keyboard": "bo-wylie"}),
        case(f, f"{a}/v1/tsol", headers=_h(rng, **b), query={
            "tsol": L("nga letter song", SEARCH)}),
        case(f, f"{a}/v1/tsidrang/latest", headers=_h(rng, how="none"), cookies={
            "yz_sid": L(opaque(rng, "", 40), CRED), "yz_dev": L(INSTALL_ID, DID),
            "yz_req": rid(rng)}),
        case(f, f"{a}/v1/yoche", headers=_h(rng, **b), body=push(push_token(rng), "bo_IN")),
        case(f, f"{a}/v1/jungwa", gz=True, headers=_h(rng, **b), body={
            "chokhen": L(USER_ID, UID), "lobtrug": L(PUPIL, UID), "jungwa": [
                ev("yigdru_done", 1, yigdru="ka"), ev("nyenngo", 2, nyenngo=L("Thig", USAGE))]}),
    ]


def yigzug_sdks() -> list[Case]:
    rng = random.Random(18662)
    return [
        ts_batch(APP, rng, [("Letter Traced", {"letter": "ka"}),
                            ("Recitation Saved", {"secs": 11})], locale="bo_IN"),
        ts_queue(APP, rng, [("Letter Traced", {"letter": "kha", "offline": True}),
                            ("Stars Earned", {"n": 3})]),
        lt_launch(APP, rng),
        cr_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "stroke 4 of 3"),
                 [cr_crumb("nav", "Yigdru -> Thig"), cr_crumb("tap", "next_letter")],
                 user={"id": L(USER_ID, UID), "child": L(PUPIL, UID)}, screen="ThigActivity"),
        fd_eval(APP, rng, {"audience": "child", "rimpa": 3}),
        pd_register(APP, rng, lang="bo", tags={"lobtri": CLASSCODE}),
        cc_save(APP, rng, {"analytics": True, "marketing": False, "child_directed": True}),
        pn_card(APP, rng),
        pn_confirm(APP, rng, "499.00"),
        hk_message(APP, rng, L(f"The certificate for {KID} has the wrong year", f"{TEXT}|{NAMEC}"),
                   {"lobtrug": L(PUPIL, UID)}),
    ]


__all__ = ["yigzug", "yigzug_sdks"]
