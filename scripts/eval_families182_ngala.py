"""A post-incident counselling app for aid workers "Ngalaro" (``ngala`` well: an employee
assistance programme's trauma service, fictional, after the checkpoint incident on the Damasak
road). Kanuri keys with English: ``cu``, ``cu_abba``, ``imel``, ``lamba_waya``, ``kodu``,
``kau_ganji``, ``kwa_kamu``, ``lamba_client`` client (record) number, ``kam_lamar`` emergency
contact, ``jawabi`` answers, ``labar``, ``magani`` medicine, ``likita`` doctor, ``barci`` sleep,
``mafarki`` nightmares (Hausa loans as Maiduguri speakers use them), ``kamye`` people,
``kurdi``, ``nemtu``. Intake, an SMS code, ``/nyi``, a PCL-5 screening (gzip), the incident
account, a session booked, a video join, a protobuf mood check, a sleep diary (msgpack), a
message to her counsellor, medication, the plan by client number in the path, a breathing
session with her watch's heart rate, a safety plan (gzip), a voice journal, the EAP claim, a
search, resources by cookie, a crisis call-back with her fix, push, events and a log-out. Sets 9,
29 and 34 have mood and therapy journals and sets 56 and 67 grief apps; this is a structured
post-incident (PCL-5, debrief, safety plan) service for aid workers."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families182_kit import (
    CLIENT,
    COUNSELLOR,
    HOME_AT,
    HUSBAND,
    KIN,
    LOCAL_NO,
    SISTER_US,
    hd,
    obj,
    push,
)
from eval_families182_sdk import kd_session, mk_batch, mk_queue, ty_launch
from eval_families182_svc import cn_card, cn_confirm, cs_check, fl_eval, hp_message, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ngalaro", "Ngalaro", "org.example.ngalaro", "4.1.3", "https://api.ngalaro.example.org")
IID = "X-Ngalaro-Install"
FIT = "health.fitness"
PCL5 = [3, 2, 3, 1, 2, 3, 2, 1, 2, 2, 3, 1, 2, 2, 3, 3, 2, 1, 2, 1]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def ngalaro() -> list[Case]:
    rng = random.Random(18251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), client=L(CLIENT, MED)))}
    lab: dict[str, str] = {}
    mood = pb([(1, L(CLIENT, MED)), (2, 1768400000),
               (3, [(1, L(3, MED)), (2, L(4.5, MED)), (3, L(True, MED))]), (4, "4.1.3")],
              "", lab)
    plan = at_path(case(f, f"{a}/v1/clients/{CLIENT}/plan", headers=_h(rng, **b)), CLIENT, MED)
    return [
        case(f, f"{a}/v1/clients", headers=_h(rng), body={
            "cu": L(FIRST, NAMEC), "cu_abba": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "lamba_waya": L(E164, TEL), "kau_ganji": L(DOB, BIRTH), "kwa_kamu": L("F", GENDER),
            "employer": "org_sli", "lamba_client": L(CLIENT, MED),
            "kam_lamar": {"cu": L(KIN[0], NAMEC), "lamba_waya": L(KIN[1], TEL)},
            "referral": "incident_0114"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "lamba_waya": L(E164, TEL), "kodu": L("118406", CRED)}),
        case(f, f"{a}/v1/nyi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/screening/pcl5", gz=True, headers=_h(rng, **b), body={
            "lamba_client": L(CLIENT, MED), "jawabi": [L(v, MED) for v in PCL5],
            "score": L(sum(PCL5), MED), "version": "pcl5-en-2013"}),
        case(f, f"{a}/v1/incident", headers=_h(rng, **b), body={
            "kau": "2026-01-14",
            "labar": L("Since the checkpoint I wake at 3 am with my heart racing and cannot "
                       "get in a car without shaking", f"{TEXT}|{MED}"),
            "kind": "security_incident"}),
        case(f, f"{a}/v1/sessions/book", headers=_h(rng, **b), body={
            "counsellor": "cs_hgana", "slot": obj(rng, "sl"), "mode": "video",
            "lamba_client": L(CLIENT, MED), "luga": "en"}),
        case(f, f"{a}/v1/video/join", headers=_h(rng, **b), body={
            "session": obj(rng, "se"), "joinToken": L(opaque(rng, "vj_", 36), CRED)}),
        raw(f, f"{a}/v1/mood", mood, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/barci", fmt="msgpack", headers=_h(rng, **b), body={
            "lamba_client": L(CLIENT, MED),
            "dare": [{"kau": "2026-01-18", "awa": L(4.0, MED), "mafarki": L(True, MED)},
                     {"kau": "2026-01-19", "awa": L(5.5, MED), "mafarki": L(False, MED)}]}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"cu": L(COUNSELLOR[0], NAMEC), "imel": L(COUNSELLOR[1], MAIL)},
            "labar": L("The sertraline makes me nauseous in the morning, can we talk about it "
                       "on Thursday?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/medication", headers=_h(rng, **b), body={
            "magani": L("sertraline 50 mg", MED), "fara": "2026-01-21",
            "likita": L("Dr. Usman Kachalla", NAMEC), "kau_kau": L("once daily", MED)}),
        plan,
        case(f, f"{a}/v1/breathing", headers=_h(rng, **b), body={
            "minutes": 6, "pattern": "4-7-8",
            "hr": [L(v, FIT) for v in (96, 91, 87, 82, 78, 76)], "source": "watch"}),
        case(f, f"{a}/v1/safety-plan", gz=True, headers=_h(rng, **b), body={
            "alamu": L("Not sleeping two nights in a row, avoiding the car", f"{TEXT}|{MED}"),
            "kamye": [{"cu": L(HUSBAND[0], NAMEC), "lamba_waya": L(HUSBAND[1], TEL)},
                      {"cu": L(SISTER_US[0], NAMEC), "lamba_waya": L(SISTER_US[1], TEL)}],
            "reasons": L("Falmata, my work, the rains coming", TEXT)}),
        multipart(f, f"{a}/v1/journal/voice", [
            ("audio", "journal_0120.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"seconds": 95, "mood": L(2, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/eap/claims", headers=_h(rng, **b), body={
            "member": L("EAP-SLI-000417", MED), "kurdi": L(60000, BUY), "currency": "NGN",
            "sessions": 4, "employer": "org_sli"}),
        case(f, f"{a}/v1/nemtu", headers=_h(rng, **b), query={
            "nemtu": L("panic attack at night driving", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/resources", headers=_h(rng, how="none"), cookies={
            "ng_sid": L(opaque(rng, "", 40), CRED), "ng_dev": L(INSTALL_ID, DID),
            "ng_req": rid(rng)}),
        case(f, f"{a}/v1/crisis/callback", headers=_h(rng, **b), body={
            "lamba_waya": L(LOCAL_NO, TEL), "at": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                                                   "lng": L(round(HOME_AT[1], 3), PRECISE)},
            "urgent": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pcl5_done", 1), ev("screen", 2, screen=L("SafetyPlan", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "tz": L("Africa/Lagos", DEV)}),
    ]


def ngalaro_sdks() -> list[Case]:
    rng = random.Random(18252)
    return [
        mk_batch(APP, rng, [("Screening Done", {"score": L(sum(PCL5), MED)}),
                            ("Session Booked", {"mode": "video"})]),
        mk_queue(APP, rng, [("Breathing Done", {"minutes": 6}), ("Journal Saved", {})]),
        ty_launch(APP, rng, first=True, user=True),
        kd_session(APP, rng, secs=644),
        fl_eval(APP, rng, {"program": L("trauma", MED), "employer": "org_sli"}, hdr=True),
        pf_register(APP, rng, tags={"program": L("post_incident", MED)}),
        cs_check(APP, rng, {"analytics": False, "research": False}),
        cn_card(APP, rng, email=True),
        cn_confirm(APP, rng, "15000.00", "ngn"),
        hp_message(APP, rng, L("I cannot join the video session, the app freezes", TEXT),
                   {"lamba_client": L(CLIENT, MED)}),
    ]
