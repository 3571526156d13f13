"""The Pauri Ramlila committee's app "Talim" (talim: the Garhwal and Kumaon word for the Ramlila's
autumn rehearsals; a fictional app of the town's century-old committee, whose cast are local
amateurs and children). Kavya (9) has a small part in the vanar sena this year; her mother
registers her, signs the consent, gives her measurements for the costume, brings her to the
evening talim and volunteers in the kitchen. Its API's keys are Garhwali, ASCII-folded, snake
case: ``abhibhavak`` guardian, ``kalakar`` performer, ``naun``/``thar``, ``jalam_tithi``, ``ling``
(``nauni`` girl), ``phon``, ``chabi`` password, ``mohalla``, ``iskul`` school, ``kaksha`` class,
``patra`` role, ``sahmati`` consent, ``hastakshar`` signature, ``vesh`` costume, ``naap``
measurements (``lambai`` height, ``kamar`` waist, ``chhati`` chest, ``mund`` head), ``talim``
rehearsal, ``hajiri`` attendance, ``rang`` face paint, ``allarji`` allergy, ``chanda``
donation, ``paas`` pass, ``lijaan_wala`` who picks up, ``sewa`` volunteering, ``sandesu``
message, ``samvad`` dialogue: the guardian's sign-up, log-in, ``/mi``, the child registered (her
Aadhaar), the consent with a signature, the costume measurements, the rehearsal schedule by the
child's performer number in the path, the rehearsal check-in with her fix, the face-paint allergy
note, a donation, family passes, a pick-up authorisation for Kavya's uncle, a message to the
director, the child's photo for the booklet, her dialogue practice (M4A), the kitchen rota,
an offline attendance sync (JSON Lines), a search, a session cookie, push and events. Earlier
sets have theatre and rehearsal apps; none a Ramlila committee ("ramlila", "talim" matched no
docstring), and here the performer is the child."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
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
from eval_families24_kit import claims, rid
from eval_families302_kit import (
    BANK,
    DAUGHTER,
    DEVAR,
    HOME,
    HUSBAND,
    MOTHER_IL,
    STAGE,
    STAGE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families302_sdk import (
    bp_bid,
    bp_notice,
    cr_crash,
    cr_crumb,
    mb_batch,
    mb_identify,
    tk_event,
    tk_launch,
)
from eval_families302_svc import cb_upi, cs_save, fm_eval, hj_message, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("talim", "Talim", "com.example.talim", "4.1.0", "https://api.talim.example.net")
IID = "X-Talim-Device"
PW = "Vanarsena!2026"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
GUARDIAN = "TLM-AB-2291"  # her guardian account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def talim() -> list[Case]:
    rng = random.Random(30251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    roll = DAUGHTER["roll"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), abhibhavak=L(GUARDIAN, UID),
                                    kalakar=[L(roll, UID)]))}
    sla, slo = fix(STAGE_FIX)
    sched = at_path(case(f, f"{a}/v3/kalakar/{roll}/talim", headers=_h(rng, **b),
                         query={"hafta": "2026-W39"}), roll, UID)
    return [
        case(f, f"{a}/v3/abhibhavak", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phon": L(E164, TEL), "chabi": L(PW, CRED), "mohalla": L(HOME["area"], COARSE),
            "abhibhavak_id": L(GUARDIAN, UID)}),
        case(f, f"{a}/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "chabi": L(PW, CRED)}),
        case(f, f"{a}/v3/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/kalakar", headers=_h(rng, **b), body={
            "naun": L(DAUGHTER["first"], NAMEC), "thar": L(DAUGHTER["last"], NAMEC),
            "jalam_tithi": L(DAUGHTER["dob"], BIRTH), "ling": L(DAUGHTER["sex"], GENDER),
            "aadhaar": L(DAUGHTER["aadhaar"], NID), "iskul": "sch_pauri_gps2", "kaksha": "4",
            "patra": "vanar_sena", "kalakar_id": L(roll, UID),
            "abhibhavak_id": L(GUARDIAN, UID)}),
        multipart(f, f"{a}/v3/sahmati", [
            ("hastakshar", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "kalakar_id": L(roll, UID), "sahmati": "talim_aur_manchan_2026",
                "abhibhavak": L(f"{FIRST} {LAST}", NAMEC), "photo_anumati": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/vesh/naap", headers=_h(rng, **b), body={
            "kalakar_id": L(roll, UID), "naap": {"lambai": L(132, FIT), "kamar": L(56, FIT),
                                                  "chhati": L(62, FIT), "mund": L(51, FIT)},
            "vesh": "vanar_03", "joota": 32}),
        sched,
        case(f, f"{a}/v3/talim/hajiri", headers=_h(rng, **b), body={
            "kalakar_id": L(roll, UID), "talim": obj(rng, "tl"),
            "mero_thau": {"lat": sla, "lng": slo},
            "manch": {"id": STAGE["id"], "lat": STAGE["lat"], "lng": STAGE["lon"]}}),
        case(f, f"{a}/v3/kalakar/swasthya", headers=_h(rng, **b), body={
            "kalakar_id": L(roll, UID), "rang_allarji": L(True, MED),
            "tippani": L("Kavya ku laal rang se chehra par daane ainda, sirf safed rang "
                         "lagaya", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/chanda", fmt="form", headers=_h(rng, **b), body={
            "rakam": L("1100", BUY), "mudra": "INR", "upi": L(BANK["upi"], PAY),
            "naun_chhapa": "false", "rasid": rid(rng)}),
        case(f, f"{a}/v3/paas", headers=_h(rng, **b), body={
            "din": "2026-10-11", "paas": [
                {"naun": L(f"{FIRST} {LAST}", NAMEC)}, {"naun": L(HUSBAND[0], NAMEC)},
                {"naun": L(MOTHER_IL[0], NAMEC), "kursi": "samne_buzurg"}],
            "abhibhavak_id": L(GUARDIAN, UID)}),
        case(f, f"{a}/v3/lijaan_wala", headers=_h(rng, **b), body={
            "kalakar_id": L(roll, UID),
            "vyakti": {"naun": L(DEVAR[0], NAMEC), "phon": L(DEVAR[1], TEL), "rishta": "chacha"},
            "din": ["shani", "itwar"]}),
        case(f, f"{a}/v3/sandesu", headers=_h(rng, **b), body={
            "ko": "nirdeshak",
            "sandesu": L("Nirdeshak ji, bhol Kavya ki iskul ma pariksha ch, talim ma der se "
                         "aali.", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v3/kalakar/photo", [
            ("photo", "kavya_booklet.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {"kalakar_id": L(roll, UID),
                                                "upyog": "pustika"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/samvad/abhyas", [
            ("audio", "samvad_3.m4a", "audio/mp4", L(M4A + b"\x7b", MEDIA)),
            ("meta", None, "application/json", {"kalakar_id": L(roll, UID), "drishya": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/sewa/rasoi", headers=_h(rng, **b), query={
            "abhibhavak_id": L(GUARDIAN, UID), "hafta": "2026-W40"}),
        lines(f, f"{a}/v3/hajiri/sync", [
            {"kalakar_id": L(roll, UID), "talim": obj(rng, "tl"), "hajir": True},
            {"kalakar_id": L(roll, UID), "talim": obj(rng, "tl"), "hajir": False,
             "karan": L("bukhar", f"{TEXT}|{MED}")}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/khoj", headers=_h(rng, **b), query={
            "q": L("vanar sena vesh naap", SEARCH)}),
        case(f, f"{a}/v3/suchna", headers=_h(rng, how="none"), cookies={
            "tl_sesan": L(opaque(rng, "", 40), CRED), "tl_device": L(INSTALL_ID, DID),
            "tl_kalakar": L(roll, UID)}),
        case(f, f"{a}/v3/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("hajiri", 1), ev("screen", 2, screen=L("Talim", USAGE))]}),
    ]


def talim_sdks() -> list[Case]:
    rng = random.Random(30252)
    return [
        mb_batch(APP, rng, [("Rehearsal Check In", {"role": "vanar_sena"}),
                            ("Donation", {"amount": L(1100, BUY)})], at=STAGE_FIX, nd=2),
        mb_identify(APP, rng, {"mohalla": L(HOME["area"], COARSE), "children": 1,
                               "abhibhavak_id": L(GUARDIAN, UID)}),
        tk_launch(APP, rng),
        tk_event(APP, rng, "donation", {"fund": "manch_batti"}, revenue=1100.0),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STAGE_FIX, nd=3,
               keywords="festival,kids,costume"),
        bp_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.NullPointerException", "schedule row"),
                 [cr_crumb("nav", "Kalakar -> Talim")], user={"id": L(USER_ID, UID)},
                 screen="TalimActivity"),
        fm_eval(APP, rng, {"children": 1, "town": L("Pauri", COARSE)}),
        pj_register(APP, rng, tags={"kalakar": L(DAUGHTER["roll"], UID), "manch": STAGE["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        cb_upi(APP, rng, "1100", L(BANK["upi"], PAY), payout=False),
        hj_message(APP, rng, L(f"Pass for {KID}'s grandmother not showing", f"{TEXT}|{NAMEC}"),
                   {"abhibhavak_id": L(GUARDIAN, UID)}),
    ]

