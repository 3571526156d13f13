"""A children's robotics club app "Robotikanhon" (the Saturday robotics and coding club their
daughter Ligaya joins in Tacloban; the parent's app, the child's data). Keys in Waray with
English: ``kag_anak`` parent, ``anak`` child, ``miyembro`` member, ``eskwelahan`` school,
``grado`` grade, ``alerhiya`` allergy, ``hika`` asthma, ``bulong`` medicine, ``tugot`` consent,
``grupo`` team, ``kompetisyon`` contest, ``kaupod`` companion, ``sundo`` pick-up, ``bayad`` fee,
``kabug_osan`` total, ``kodigo`` code, ``semana`` week, ``deskripsyon`` description, and the
shared words. Calls: the parent's sign-up, an SMS code, ``/ako`` with a ``mga_anak`` claim, the
child's enrolment (learner number), the health and emergency form (gzip), a photo consent, the
member card by member number in the path, the schedule, the drop-off check-in with her fix, the
monthly fee, a robot kit order, the team's run video, the contest in Catbalogan with her
teammates, the travel consent, a pick-up by the grandmother, an absence note to the coach, the
progress report, badges by cookie, the leaderboard, a search, push and events. No earlier set has
a robotics club (a docstring grep for "robot" found a lawn-mower and a vacuum robot only)."""

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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families183_kit import (
    CLUB,
    CLUB_FIX,
    CONTEST_AT,
    DAUGHTER,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    fix,
    gamit,
    hd,
    obj,
)
from eval_families183_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families183_svc import cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("robotikanhon", "Robotikanhon", "com.example.robotikanhon", "3.1.0",
          "https://api.robotikanhon.example.com")
IID = "X-Robotikanhon-Gamit"
PW = "Ligaya2015!Bot"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def robotikanhon() -> list[Case]:
    rng = random.Random(18331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mga_anak=[L(MEMBER, UID)],
                                    papel="kag_anak"))}
    cla, clo = fix(CLUB_FIX, 5)
    card = at_path(case(f, f"{a}/v2/miyembro/{MEMBER}/kard", headers=_h(rng, **b),
                        query={"format": "qr"}), MEMBER, UID)
    return [
        case(f, f"{a}/v2/kag_anak/parehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "relasyon": "nanay"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "selpon": L(E164, TEL), "kodigo": L("318604", CRED)}),
        case(f, f"{a}/v2/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/anak", headers=_h(rng, **b), body={
            "ngaran": L(DAUGHTER["first"], NAMEC), "apelyido": L(DAUGHTER["last"], NAMEC),
            "adlaw_pagkatawo": L(DAUGHTER["dob"], BIRTH), "sekso": L(DAUGHTER["sex"], GENDER),
            "lrn": L(DAUGHTER["lrn"], UID), "eskwelahan": "Bayside Elementary School",
            "grado": "5", "alerhiya": L("mani", MED), "miyembro": L(MEMBER, UID)}),
        case(f, f"{a}/v2/anak/panlawas", gz=True, headers=_h(rng, **b), body={
            "miyembro": L(MEMBER, UID), "alerhiya": [L("mani", MED), L("hipon", MED)],
            "hika": L(False, MED), "bulong": L("cetirizine kon kinahanglan", MED),
            "dugo": L("O+", MED),
            "emergency": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/tugot/litrato", fmt="form", headers=_h(rng, **b), body={
            "miyembro": L(MEMBER, UID), "litrato_video": "oo", "social_media": "diri"}),
        card,
        case(f, f"{a}/v2/iskedyul", headers=_h(rng, **b), query={
            "miyembro": L(MEMBER, UID), "semana": "2026-W04"}),
        case(f, f"{a}/v2/atendans/hatod", headers=_h(rng, **b), body={
            "miyembro": L(MEMBER, UID), "lugar": {"lat": cla, "lng": clo},
            "klub": {"id": CLUB["id"], "lat": CLUB["lat"], "lng": CLUB["lon"]},
            "oras": "2026-01-24T08:02"}),
        case(f, f"{a}/v2/bayad", fmt="form", headers=_h(rng, **b), body={
            "miyembro": L(MEMBER, UID), "bulan": "2026-02", "kantidad": L("1200.00", BUY),
            "currency": "PHP", "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/tindahan/order", headers=_h(rng, **b), body={
            "order": L("RB-OR-55821", BUY), "items": [
                {"sku": "kit_linebot_v3", "presyo": 2450, "kadamo": 1},
                {"sku": "sensor_ultra", "presyo": 180, "kadamo": 2}],
            "kabug_osan": L(2810, BUY), "miyembro": L(MEMBER, UID)}),
        multipart(f, f"{a}/v2/proyekto/video", [
            ("video", "linebot_run.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "grupo": "tm_waraybots", "miyembro": L(MEMBER, UID),
                "deskripsyon": L("An robot ni Ligaya nagsunod han linya hin 40 segundos",
                                 f"{TEXT}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/kompetisyon/parehistro", headers=_h(rng, **b), body={
            "kompetisyon": "cmp_samar_2026", "grupo": "tm_waraybots",
            "mga_miyembro": [L(KID, NAMEC), L("Joaquin Uy", NAMEC), L("Bea Lagbo", NAMEC)],
            "coach": "co_rmoraleta", "lugar": {"lat": CONTEST_AT[0], "lng": CONTEST_AT[1]},
            "size_tshirt": "YM"}),
        case(f, f"{a}/v2/kompetisyon/tugot", fmt="form", headers=_h(rng, **b), body={
            "miyembro": L(MEMBER, UID), "tugot": "oo", "emergency_selpon": L(E164, TEL),
            "kaupod": L(HUSBAND[0], NAMEC), "sakay": "bus"}),
        case(f, f"{a}/v2/sundo", headers=_h(rng, **b), body={
            "miyembro": L(MEMBER, UID),
            "tawo": {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                     "relasyon": "lola"}, "petsa": "2026-03-14"}),
        case(f, f"{a}/v2/mensahe", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "para": "co_rmoraleta",
            "mensahe": L("Coach, diri makakaadto hi Ligaya ha Sabado kay may ubo ngan hilanat "
                         "hiya.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/report", headers=_h(rng, **b), query={
            "miyembro": L(MEMBER, UID), "term": "2025-2"}),
        case(f, f"{a}/v2/badges", headers=_h(rng, how="none"), cookies={
            "rk_sesyon": L(opaque(rng, "", 40), CRED), "rk_gamit": L(INSTALL_ID, DID),
            "rk_req": rid(rng)}),
        case(f, f"{a}/v2/leaderboard", headers=_h(rng, **b), query={
            "grupo": "tm_waraybots", "kompetisyon": "cmp_samar_2026"}),
        case(f, f"{a}/v2/pamiling", headers=_h(rng, **b), query={
            "pamiling": L("Arduino kit para bata Tacloban", SEARCH)}),
        case(f, f"{a}/v2/gamit", headers=_h(rng, **b), body=gamit(push_token(rng))),
        case(f, f"{a}/v2/mga_hitabo", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "mga_hitabo": [
                ev("video_gin_upload", 1), ev("screen", 2, screen=L("Kompetisyon", USAGE))]}),
        case(f, f"{a}/v2/paggawas", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def robotikanhon_sdks() -> list[Case]:
    rng = random.Random(18332)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(1200, BUY)}),
                            ("Video Uploaded", {"team": "tm_waraybots"})]),
        mc_identify(APP, rng, {"role": "parent", "children": 1,
                               "syudad": L("Tacloban City", COARSE)}),
        tn_launch(APP, rng, user=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CLUB_FIX, nd=2,
               keywords="robotics,kids,stem"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encode"),
                 [cd_crumb("nav", "Proyekto -> Video"), cd_crumb("log", "mp4 48MB")],
                 screen="VideoActivity"),
        fn_eval(APP, rng, {"klub": CLUB["id"], "children": 1}),
        pt_register(APP, rng, tags={"klub": CLUB["id"], "grupo": "tm_waraybots"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        hs_message(APP, rng, L(f"An bayad ni {KID} para Pebrero diri pa nakikita",
                               f"{TEXT}|{NAMEC}"), {"miyembro": L(MEMBER, UID)}),
    ]

