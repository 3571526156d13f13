"""The son's kho-kho club app "Kho Akhada" (``akhada``: a training ground; a fictional Shankar
Nagar, Raipur club that trains school children in kho-kho after school on the Higher Secondary
School's ground and sends its under-12 team to the district and state trials; Dhruv, 10, is in
its U-12 B team; the user is the parent, Dhruv is a data subject). Its API mixes English with
Chhattisgarhi keys in Latin letters: ``palak`` guardian, ``khiladi`` player, ``naanv`` first
name, ``upnaanv`` surname, ``janam_tithi`` birth date, ``ling`` sex (``balak`` boy), ``iskool``
school, ``kaksha`` class, ``wajan`` weight, ``uchai`` height, ``daud`` sprint, ``lachak``
flexibility, ``chot`` injury, ``abhyas`` practice, ``maidan`` ground, ``shulk`` fee, ``naap``
size, ``yatra`` trip, ``anumati`` consent, ``prashikshak`` coach, ``sandesa`` message, ``photu``
photo, ``lene_wala`` the one who collects him, ``khoj`` search, ``jevan`` food, with ``token``,
``id``, ``email`` in English: the parent's log-in (OAuth password grant), ``/me`` with a
``khiladi`` claim, the player's registration (his Aadhaar), his birth certificate, his profile
by player number in the path, the fitness test, the fee, the kit order, the practice schedule,
her drop-off fix at the ground, an injury report, the consent for the district trials in
Bilaspur (staying at his grandmother's), a pick-up authorisation for his father, a message to
the coach, a team photo, notices, a search, a protobuf practice log, a food form, the selection
letter (PDF) acknowledged, push and events with a session cookie. Set 297 has a boys' and
girls' kabaddi club; kho-kho (a chasing game of eight sitting chasers and runners timed in
seconds) matched nothing in the docstring grep."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
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
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families307_kit import (
    BSP_HOME,
    GROUND,
    GROUND_FIX,
    HUSBAND,
    MOTHER_IL,
    SON,
    TEAM,
    fix,
    hd,
    obj,
    push,
)
from eval_families307_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families307_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khoakhada", "Kho Akhada", "com.example.khoakhada", "1.8.5",
          "https://api.khoakhada.example.com")
IID = "X-Akhada-Device"
PW = "Dhruv#Kho2015"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
P = SON["player"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def akhada() -> list[Case]:
    rng = random.Random(30731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), khiladi=[L(P, UID)],
                                    role="palak"))}
    gla, glo = fix(GROUND_FIX, 5)
    lab: dict[str, str] = {}
    practice = pb([(1, L(P, UID)), (2, TEAM["id"]), (3, 1771491600),
                   (4, [(1, L(6.2, FIT)), (2, L(48, FIT)), (3, L(3, FIT))]), (5, "1.8.5")],
                  "", lab)
    prof = at_path(case(f, f"{a}/v1/khiladi/{P}", headers=_h(rng, **b)), P, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "akhada-palak"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/khiladi/panjiyan", headers=_h(rng, **b), body={
            "khiladi": {"naanv": L(SON["first"], NAMEC), "upnaanv": L(SON["last"], NAMEC),
                        "janam_tithi": L(SON["dob"], BIRTH), "ling": L(SON["sex"], GENDER),
                        "aadhaar": L(SON["aadhaar"], NID), "iskool": "Shankar Nagar HS School",
                        "kaksha": "5"},
            "palak": {"naanv": L(f"{FIRST} {LAST}", NAMEC), "mobail": L("+15550100199", TEL),
                      "rishta": "daai"},
            "team": TEAM["id"], "khiladi_id": L(P, UID)}),
        multipart(f, f"{a}/v1/khiladi/dastavez", [
            ("file", "janm_praman_patra.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"khiladi_id": L(P, UID),
                                                "prakar": "birth_certificate"})],
            headers=_h(rng, **b)),
        prof,
        case(f, f"{a}/v1/fitness/test", headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "wajan": L(31.5, FIT), "uchai": L(139, FIT),
            "daud_30m_sec": L(5.4, FIT), "lachak_cm": L(7, FIT), "tithi": "2026-02-07"}),
        case(f, f"{a}/v1/shulk", fmt="form", headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "mahina": "2026-03", "rakam": L("600", BUY),
            "vidhi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/kit/order", headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "jarsi_naanv": L("DHRUV", NAMEC), "jarsi_number": 7,
            "naap": {"chhati_inch": L(26, FIT), "joota": L("UK 4", FIT)},
            "rakam": L(1450, BUY), "order_id": L("KA-ORD-26-0882", BUY)}),
        case(f, f"{a}/v1/abhyas/samay", headers=_h(rng, **b), query={
            "team": TEAM["id"], "hafta": "2026-W09", "maidan": GROUND["id"]}),
        case(f, f"{a}/v1/abhyas/chhodis", headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "jagha": {"lat": gla, "lng": glo},
            "maidan": {"id": GROUND["id"], "lat": GROUND["lat"], "lng": GROUND["lon"]},
            "bera": "16:05"}),
        case(f, f"{a}/v1/chot", headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "kab": "2026-02-19", "angg": L("daayan takhna", MED),
            "prakar": L("moch (sprain)", MED),
            "vivran": L("Dhruv dive marat bera gir gis, takhna ma sujan he, barf lagaye hon",
                        f"{TEXT}|{MED}|{NAMEC}"), "daktar_dikhais": L(False, MED)}),
        case(f, f"{a}/v1/yatra/bsp-trials/anumati", fmt="form", headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "anumati": "haav", "aapat_mobail": L("+15550100199", TEL),
            "raat_ruke_ke_jagha": L(BSP_HOME["line"], ADDR),
            "ruke_ke_ghar_wala": L(MOTHER_IL[0], NAMEC)}),
        case(f, f"{a}/v1/lene_wala", headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "lene_wala": {"naanv": L(HUSBAND[0], NAMEC),
                                                   "mobail": L(HUSBAND[1], TEL),
                                                   "rishta": "dada"}, "din": ["mon", "wed"]}),
        case(f, f"{a}/v1/sandesa", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "paane_wala": "prashikshak_u12b",
            "sandesa": L("Sir, Dhruv ke takhna abhi le dukhat he, ye hafta abhyas nai aa sakhe",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/photu", [
            ("photu", "team_u12b.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {"team": TEAM["id"],
                                                "vivran": L("Zila trial ke pahili", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/suchna", headers=_h(rng, **b), query={
            "team": TEAM["id"], "since": "2026-02-01"}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("kho kho joota size 4", SEARCH)}),
        raw(f, f"{a}/v1/abhyas/log", practice, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jevan/form", gz=True, headers=_h(rng, **b), body={
            "khiladi_id": L(P, UID), "shakahari": True,
            "allergy": [L("moongphali (peanut)", MED)], "dawai": L("koi nahi", MED),
            "asthma": L(False, MED)}),
        multipart(f, f"{a}/v1/chayan/patra/ack", [
            ("patra", "selection_letter.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"khiladi_id": L(P, UID),
                                                "dastkhat": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "ka_sid": L(opaque(rng, "", 40), CRED), "ka_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("schedule_opened", 1), ev("screen", 2, screen=L("Fitness", USAGE))]}),
    ]


def akhada_sdks() -> list[Case]:
    rng = random.Random(30732)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(600, BUY)}),
                            ("Kit Ordered", {"total": L(1450, BUY)})]),
        mc_identify(APP, rng, {"role": "parent", "players": 1,
                               "city": L("Raipur", "location.coarse")}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sports,shoes,kids"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "fitness row"),
                 [cd_crumb("nav", "Khiladi -> Fitness")],
                 user={"id": L(USER_ID, UID)}, screen="FitnessActivity"),
        fn_eval(APP, rng, {"team": TEAM["id"], "players": 1}),
        pt_register(APP, rng, tags={"team": TEAM["id"], "maidan": GROUND["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1450.00"),
        hs_message(APP, rng, L(f"The March fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"khiladi_id": L(P, UID)}),
    ]
