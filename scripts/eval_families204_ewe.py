"""Oral-cancer screening programme app "Ewenmwahu" ("a good mouth": a Kolonia oral-health centre
screens betel-nut and tobacco users, photographs lesions, books biopsies and runs a quit programme;
she chews betel socially with her in-laws, smoked in college, and a white patch was found on her
cheek). Its API's keys are Pohnpeian with English clinical words: ``ede``, ``ede_peneinei``,
``imeil``, ``delepwohn``, ``kohd`` SMS code, ``rahnen_ipwidi``, ``ohl_de_lih``, ``nempehn_kaudok``
screening record number, ``pwuh`` betel nut, ``tipako`` tobacco, ``sakau`` kava, ``ni_rahn`` per
day, ``pahr`` years, ``ewe`` mouth, ``kinehi`` sore/lesion, ``wasa`` place (site in the mouth, or a
position), ``soumwahu`` illness, ``wini`` medicine, ``liseian`` pregnant, ``tuhpene`` appointment,
``kilel`` photo, ``kisinlikou``, ``sounale``, ``mwohni``, ``pwain``, ``insurans`` insurance,
``kapeidek`` questions, ``met`` now, ``mahs`` before, ``peneinei_kansa`` family cancer history,
``rahn_kesihnen`` quit day, ``sounsawas`` supporter, ``rong_sang`` heard from; paths ``ntingidi``,
``pedolong``, ``ngehi``, ``kaudok`` (screening), ``kesihnen`` (quitting). Sign-up with her FSM
social security number, an SMS log-in, ``/ngehi`` with a JWT, the risk questionnaire (gzip), the
screening with lesion photos, the biopsy booking and consent signature, the check-in with her fix,
the biopsy report (PDF), a protobuf quit diary, the quit plan, nicotine gum, a message to the
dentist, a video review, sharing with her husband, insurance, the invoice by record number in the
path, a payment, a search, a log-out, push and events. Set 121 has a betel-nut market stall (a
seller); set 148 has a retinal-screening van; no set screens mouths ("oral cancer", "leukoplakia"
matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families204_kit import (
    CLINIC,
    CLINIC_FIX,
    DENTIST,
    FSM_SSN,
    HOME_AT,
    HUSBAND,
    SCREEN_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families204_sdk import cp_session, sm_batch, sm_queue, ts_launch
from eval_families204_svc import ct_check, fm_eval, hk_attach, mk_geocode, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ewenmwahu", "Ewenmwahu", "com.example.ewenmwahu", "1.3.5",
          "https://api.ewenmwahu.example.net")
IID = "X-Ewe-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
INSURANCE = "FHI-0411-28873"  # her health-insurance member number (health.medical, set 37)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ewenmwahu() -> list[Case]:
    rng = random.Random(20431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), kaudok=L(SCREEN_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(SCREEN_NO, MED)), (2, 1768400000),
                (3, [(1, L(2, MED)), (2, L(0, MED)), (3, L(6, MED))]),
                (4, L("craving after dinner", MED)), (5, "1.3.5")], "", lab)
    inv = at_path(case(f, f"{a}/v1/kaudok/{SCREEN_NO}/invoice", headers=_h(rng, **b)),
                  SCREEN_NO, MED)
    return [
        case(f, f"{a}/v1/ntingidi", headers=_h(rng), body={
            "ede": L(FIRST, NAMEC), "ede_peneinei": L(LAST, NAMEC), "imeil": L(EMAIL, MAIL),
            "delepwohn": L(E164, TEL), "rahnen_ipwidi": L(DOB, BIRTH),
            "ohl_de_lih": L("lih", GENDER), "nempehn_sosiel": L(FSM_SSN, NID),
            "lokaia": "en", "rong_sang": "radio"}),
        case(f, f"{a}/v1/pedolong/sms", fmt="form", headers=_h(rng), body={
            "delepwohn": L(E164, TEL), "kohd": L("309417", CRED)}),
        case(f, f"{a}/v1/ngehi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kaudok/kapeidek", gz=True, headers=_h(rng, **b), body={
            "nempehn_kaudok": L(SCREEN_NO, MED),
            "pwuh": {"ni_rahn": L(3, MED), "pahr": L(4, MED), "with_tobacco": L(True, MED)},
            "tipako": {"met": L(False, MED), "mahs": L("10 pahr", MED)},
            "sakau": L("weekly", MED), "liseian": L(False, MED),
            "soumwahu": [L("hypertension", MED)], "wini": [L("amlodipine 5 mg", MED)],
            "peneinei_kansa": L("father: throat cancer", MED)}),
        multipart(f, f"{a}/v1/kaudok/kilel", [
            ("kilel1", "ewe_left_cheek.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("kilel2", "ewe_tongue.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "nempehn_kaudok": L(SCREEN_NO, MED),
                "kinehi": {"wasa": L("left buccal mucosa", MED), "mm": L(9, MED),
                           "look": L("white, non-scrapable", MED)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tuhpene", headers=_h(rng, **b), body={
            "nempehn_kaudok": L(SCREEN_NO, MED), "kind": L("incisional biopsy", MED),
            "start": "2026-01-27T09:00", "chair": "ch_02", "clinic": CLINIC["id"]}),
        multipart(f, f"{a}/v1/consent", [
            ("signature", "sain.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"nempehn_kaudok": L(SCREEN_NO, MED),
                                                "form": "biopsy_v3",
                                                "sain": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tuhpene/kohdo", headers=_h(rng, **b), body={
            "tuhpene": obj(rng, "ap"), "wasa": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/v1/kaudok/biopsy", [
            ("report", "biopsy_result.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nempehn_kaudok": L(SCREEN_NO, MED),
                                                "result": L("mild dysplasia", MED)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/kesihnen/diary", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kesihnen/plan", headers=_h(rng, **b), body={
            "nempehn_kaudok": L(SCREEN_NO, MED), "rahn_kesihnen": L("2026-02-01", MED),
            "pwuh_ni_rahn": L(3, MED), "sounsawas": L(HUSBAND[0], NAMEC),
            "lokaia": L("I stop betel when Kasiano stops, we quit together on 1 February",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kesihnen/wini", fmt="form", headers=_h(rng, **b), body={
            "nempehn_kaudok": L(SCREEN_NO, MED), "wini": L("nicotine gum 2 mg", MED),
            "pwain": L("18.00", BUY)}),
        case(f, f"{a}/v1/kisinlikou", headers=_h(rng, **b), body={
            "sounale": {"ede": L(DENTIST[0], NAMEC), "imeil": L(DENTIST[1], MAIL)},
            "kisinlikou": L("The biopsy site still stings when I eat, is salt water enough?",
                            f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/video/rooms", headers=_h(rng, **b), body={
            "tuhpene": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/kaudok/share", headers=_h(rng, **b), body={
            "nempehn_kaudok": L(SCREEN_NO, MED),
            "sounale": {"ede": L(HUSBAND[0], NAMEC), "delepwohn": L(HUSBAND[1], TEL)},
            "scope": ["tuhpene", "invoice"]}),
        case(f, f"{a}/v1/insurans", headers=_h(rng, **b), body={
            "nempe": L(INSURANCE, MED), "plan": "govt_employee", "nempehn_kaudok":
            L(SCREEN_NO, MED)}),
        case(f, f"{a}/v1/kaudok/resources", headers=_h(rng, **b), query={
            "nempehn_kaudok": L(SCREEN_NO, MED), "lang": "pon"}),
        inv,
        case(f, f"{a}/v1/pwain", fmt="form", headers=_h(rng, **b), body={
            "mwohni": L("60.00", BUY), "currency": "USD", "kard_4": L("4444", PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "nempehn_kaudok": L(SCREEN_NO, MED)}),
        case(f, f"{a}/v1/rapahki", headers=_h(rng, **b), query={
            "rapahki": L("white patch cheek betel how long to heal", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/pedoisang", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/wiewia", headers=_h(rng, **b), body={
            "aramas": L(USER_ID, UID), "session": rid(rng), "wiewia": [
                ev("questionnaire_done", 1), ev("skrihn", 2, skrihn=L("QuitDiary", USAGE))]}),
    ]


def ewenmwahu_sdks() -> list[Case]:
    rng = random.Random(20432)
    return [
        sm_batch(APP, rng, [("Screening Booked", {"kind": L("biopsy", MED)}),
                            ("Quit Day Set", {"days": 14})]),
        sm_queue(APP, rng, [("Diary Entry", {"pwuh": L(2, MED)}),
                            ("Craving Logged", {})]),
        ts_launch(APP, rng, first=True, user=True),
        cp_session(APP, rng, secs=388),
        fm_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("betel-quit", MED)}, hdr=True),
        pn_register(APP, rng, tags={"clinic": CLINIC["id"], "quit": L("betel", MED)}),
        ct_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, "Kolonia Oral Health Centre", "behavior.search", near=HOME_AT,
                   nd=2),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "biopsy_result.pdf", "application/pdf"),
    ]
