"""A kho-kho club's parent app "Khokhomaidan" (THE CHILD: Kavya, 10, plays in the under-12 girls'
team at a Rohtak sports ground). Haryanvi keys in Latin letters, ASCII-folded: ``naam`` first
name, ``kunba_naam`` surname, ``fon`` phone, ``janam_tithi`` birth date, ``ling`` sex
(``chhori`` girl), ``sarparast`` guardian, ``naata`` relation (``maa`` mother, ``bua`` the
father's sister), ``khiladi_nambar`` player number, ``kaksha`` school class, ``kad`` height,
``wajan`` weight, ``khoon_group`` blood group, ``bimaari`` illness, ``dawai`` medicine, ``chot``
injury, ``pair`` foot, ``daud`` run, ``haajri`` attendance, ``abhyas`` practice, ``tornament``,
``umar_varg`` age group, ``ijazat`` permission, ``lene_aala`` who collects her, ``vardi``
uniform, ``saiz`` size, ``fees``, ``rakam`` amount, ``kocch`` coach, ``baat`` message, ``tohna``
search, with English ``otp``, ``email``, ``aadhaar``, ``upi``, ``lat``/``lng``: the parent's
OTP log-in, ``/me`` with a ``khiladi`` claim, Kavya's registration (her Aadhaar), the medical form
(gzip), her birth certificate and card photo, the monthly fee by UPI, practice times, her
attendance by player number in the URL path, the mother's check-in at the ground, a fitness
trial, a protobuf of chase times, the district tournament, a travel consent, an injury report,
a pick-up authorisation for her aunt, a message to the coach, a uniform order (msgpack), a
search, the progress report by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families306_kit import (
    DAUGHTER,
    GROUND,
    GROUND_FIX,
    HOME_AT,
    HUSBAND,
    NANAD,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families306_sdk import cp_batch, cp_queue, ht_launch, nb_bid, tf_session
from eval_families306_svc import (
    bd_message,
    ck_card,
    ck_confirm,
    dp_register,
    gm_geocode,
    hc_check,
    jf_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khokhomaidan", "Khokhomaidan", "com.example.khokhomaidan", "1.9.5",
          "https://api.khokhomaidan.example.com")
IID = "X-KKM-Device"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
P = DAUGHTER["player"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def khokhomaidan() -> list[Case]:
    rng = random.Random(30621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, fon=L(E164, TEL), khiladi=[L(P, UID)],
                                    role="sarparast"))}
    gla, glo = fix(GROUND_FIX, 5)
    lab: dict[str, str] = {}
    chase = pb([(1, L(P, UID)), (2, "ses_0114"), (3, [(1, L(18.4, FIT)), (2, L(17.9, FIT))]),
                (4, 1768460400)], "", lab)
    att = at_path(case(f, f"{a}/api/khiladi/{P}/haajri", headers=_h(rng, **b),
                       query={"mahina": "2026-01"}), P, UID)
    return [
        case(f, f"{a}/api/auth/otp", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "otp": L("271904", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/khiladi", headers=_h(rng, **b), body={
            "naam": L(DAUGHTER["first"], NAMEC), "kunba_naam": L(DAUGHTER["last"], NAMEC),
            "janam_tithi": L(DAUGHTER["dob"], BIRTH), "ling": L(DAUGHTER["sex"], GENDER),
            "aadhaar": L(DAUGHTER["aadhaar"], NID), "kaksha": "5",
            "khiladi_nambar": L(P, UID), "umar_varg": "U-12",
            "sarparast": {"naam": L(f"{FIRST} {LAST}", NAMEC), "fon": L(E164, TEL),
                          "email": L(EMAIL, MAIL), "naata": "maa"}}),
        case(f, f"{a}/api/khiladi/sehat", gz=True, headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID), "kad": L(141, FIT), "wajan": L(33, FIT),
            "khoon_group": L("B+", MED), "bimaari": [L("halka dama (exercise-induced)", MED)],
            "dawai": [L("salbutamol inhaler before practice", MED)],
            "pichhli_chot": L("none", MED), "daaktar": "Dr. R. Hooda, PGIMS OPD"}),
        multipart(f, f"{a}/api/khiladi/kagaz", [
            ("janam_praman", "birth_certificate.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{BIRTH}")),
            ("meta", None, "application/json", {"khiladi_nambar": L(P, UID),
                                                "kism": "birth_certificate"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/khiladi/photo", [
            ("photo", "kavya_card.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"khiladi_nambar": L(P, UID), "use": "card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/fees", fmt="form", headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID), "mahina": "2026-02", "rakam": L("800", BUY),
            "upi": L(VPA, PAY), "ref": opaque(rng, "fx", 12)}),
        case(f, f"{a}/api/abhyas", headers=_h(rng, **b), query={
            "team": "u12_girls", "hafta": "2026-W03"}),
        att,
        case(f, f"{a}/api/ground/checkin", headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID), "jagah": {"lat": gla, "lng": glo},
            "ground": {"id": GROUND["id"], "lat": GROUND["lat"], "lng": GROUND["lon"]},
            "kism": "chhodna"}),
        case(f, f"{a}/api/trial", headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID), "daud_30m_sec": L(5.6, FIT),
            "sit_reach_cm": L(24, FIT), "shuttle_sec": L(11.2, FIT), "tarik": "2026-01-10"}),
        raw(f, f"{a}/api/abhyas/chase", chase, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tornament/judo", headers=_h(rng, **b), body={
            "tornament": "zila_u12_bhiwani", "khiladi_nambar": L(P, UID),
            "umar_varg": "U-12", "fees": L(300, BUY), "bas": True}),
        case(f, f"{a}/api/safar/ijazat", fmt="form", headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID), "ijazat": "haan",
            "emergency_fon": L(E164, TEL), "dusra_fon": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/chot", headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID), "pair": L("baaya takhna", MED),
            "baat": L("Kavya ka baaya takhna abhyas mein mud gaya, barf lagayi, do din aaram",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/lene_aala", headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID),
            "lene_aala": {"naam": L(NANAD[0], NAMEC), "fon": L(NANAD[1], TEL), "naata": "bua"},
            "din": ["mangal", "shukar"]}),
        case(f, f"{a}/api/baat", headers=_h(rng, **b), body={
            "kisko": "kocch_u12", "thread": obj(rng, "th"),
            "baat": L("Coach sahab, shanivar ko school mein exam hai, abhyas pe der se aavegi",
                      TEXT)}),
        case(f, f"{a}/api/vardi", fmt="msgpack", headers=_h(rng, **b), body={
            "khiladi_nambar": L(P, UID), "saiz": "28", "jersey_naam": L("KAVYA", NAMEC),
            "jersey_nambar": 7, "rakam": L(650, BUY)}),
        case(f, f"{a}/api/tohna", headers=_h(rng, **b), query={
            "q": L("kho kho joote bachchon ke", SEARCH)}),
        case(f, f"{a}/api/pragati", headers=_h(rng, how="none"), cookies={
            "kkm_sid": L(opaque(rng, "", 40), CRED), "kkm_dev": L(INSTALL_ID, DID),
            "kkm_kh": L(P, UID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("fees_paid", 1), ev("screen", 2, screen=L("Haajri", USAGE))]}),
    ]


def khokhomaidan_sdks() -> list[Case]:
    rng = random.Random(30622)
    return [
        cp_batch(APP, rng, [("Fee Paid", {"rakam": L(800, BUY)}),
                            ("Attendance Viewed", {"mahina": "2026-01"})]),
        cp_queue(APP, rng, [("Practice Timer", {"laps": 6}), ("Trial Saved", {})]),
        ht_launch(APP, rng, user=True),
        nb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sports,shoes,kids"),
        tf_session(APP, rng, secs=377),
        jf_eval(APP, rng, {"team": "u12_girls", "city": L("Rohtak", COARSE)}),
        dp_register(APP, rng, tags={"team": "u12_girls", "ground": GROUND["id"]}),
        hc_check(APP, rng, {"analytics": True, "ads": False}),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "800.00"),
        gm_geocode(APP, rng, "Sector 6 Sports Ground Rohtak", SEARCH, near=HOME_AT, nd=3),
        bd_message(APP, rng, L(f"February ki fees do baar kat gayi, {KID}",
                               f"{TEXT}|{NAMEC}"), {"khiladi": L(P, UID)}),
    ]
