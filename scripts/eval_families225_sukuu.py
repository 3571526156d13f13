"""A parents' app for the BECE and senior-high school placement, "Sukuu Zang" (``sukuu`` school,
``zang`` take: their son Mahama is in JHS 3 at Choggu and writes the Basic Education Certificate
Examination this year; the app registers him, shows mock results, takes his five school choices
and, after the results, the placement). Keys are English with Dagbani words, ASCII-folded:
``bia`` child, ``ma`` mother, ``yuli`` name, ``dang_yuli`` surname, ``doghim_dabsili`` birth date,
``doo_bee_pagha`` sex, ``karimbia`` pupil, ``karimba`` teacher, ``zahimbu`` examination,
``gahibu`` choice, ``doro`` illness, ``yeltogha`` message, ``bobu`` search, ``yili`` home:
the parent's sign-up, an OAuth log-in, ``/me`` with a ``bihi`` claim, linking Mahama by his index
number, his candidate page by index number in the path, the BECE registration, his photo, mock
results, the school choices, a special-needs form (his asthma and glasses), the registration fee
from her wallet, a results checker (its PIN), the placement, the enrolment voucher, the gate
check-in on the parents' day, a message to his form teacher, a search, the home address, extra
classes paid by card, a protobuf study-timer beat, push and events with a session cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families225_kit import GATE_FIX, JHS, SON, TML_HOME, WALLET, fix, hd, obj, push
from eval_families225_sdk import ay_launch, bt_bid, ch_crash, ch_crumb, km_batch, km_pixel
from eval_families225_svc import cs_save, fd_eval, ha_message, pg_card, pg_confirm, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sukuuzang", "Sukuu Zang", "com.example.sukuuzang", "2.2.0",
          "https://api.sukuuzang.example.org")
IID = "X-SZ-Device"
PW = "Mahama2011!bece"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def sukuu() -> list[Case]:
    rng = random.Random(22511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    idx = SON["index"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bihi=[L(idx, UID)],
                                    role="parent"))}
    gla, glo = fix(GATE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(idx, UID)), (2, "integrated_science"), (3, 1768210000), (4, 45),
               (5, L("StudyTimer", USAGE))], "", lab)
    page = at_path(case(f, f"{a}/v1/karimbia/{idx}", headers=_h(rng, **b)), idx, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "yuli": L(FIRST, NAMEC), "dang_yuli": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relation": "ma",
            "region": L("Northern", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sukuuzang-parent"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bihi/link", headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "doghim_dabsili": L(SON["dob"], BIRTH),
            "sukuu": JHS["id"], "relation": "ma"}),
        page,
        case(f, f"{a}/v1/zahimbu/register", gz=True, headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "yuli": L(SON["first"], NAMEC),
            "dang_yuli": L(SON["last"], NAMEC), "doghim_dabsili": L(SON["dob"], BIRTH),
            "doo_bee_pagha": L(SON["sex"], GENDER), "sukuu": JHS["id"],
            "subjects": ["english", "maths", "science", "social", "rme", "dagbani", "ict",
                         "career_tech", "creative_arts"], "centre": "ctr_tml_011"}),
        multipart(f, f"{a}/v1/karimbia/foto", [
            ("foto", "mahama_passport.jpg", "image/jpeg", L(JPEG + b"\x15", MEDIA)),
            ("meta", None, "application/json", {"index_nomba": L(idx, UID), "use": "bece"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/zahimbu/mock", headers=_h(rng, **b), query={
            "index_nomba": L(idx, UID), "mock": "2"}),
        case(f, f"{a}/v1/gahibu", headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "gahibu": [
                {"school": "shs_0412", "programme": "general_science", "boarding": True},
                {"school": "shs_0417", "programme": "general_science", "boarding": True},
                {"school": "shs_0433", "programme": "general_arts", "boarding": False},
                {"school": "shs_0450", "programme": "technical", "boarding": True},
                {"school": "shs_0465", "programme": "business", "boarding": False}],
            "confirmed": True}),
        case(f, f"{a}/v1/karimbia/special_needs", headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "doro": L("asthma", MED),
            "tim": L("salbutamol inhaler", MED), "glasses": L(True, MED),
            "note": L("Mahama needs his inhaler in the exam hall", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/zahimbu/fee", fmt="form", headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "ligidi": L("85.00", BUY), "momo": L(WALLET, TEL),
            "ref": rid(rng)}),
        case(f, f"{a}/v1/results/check", fmt="form", headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "pin": L("730419265318", CRED), "serial": "RC2604418",
            "year": "2026"}),
        case(f, f"{a}/v1/placement", headers=_h(rng, **b), query={
            "index_nomba": L(idx, UID), "year": "2026"}),
        case(f, f"{a}/v1/placement/enrol", fmt="form", headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "voucher": L("EV-9924-7781-3310", CRED),
            "school": "shs_0417", "house": "pending"}),
        case(f, f"{a}/v1/sukuu/{JHS['id']}/checkin", headers=_h(rng, **b), body={
            "event": "pta_day", "at": {"lat": gla, "lng": glo},
            "sukuu_yaghili": {"lat": JHS["lat"], "lng": JHS["lon"]}}),
        case(f, f"{a}/v1/yeltogha", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "tch_jhs3b",
            "yeltogha": L(f"Good morning Sir, {KID} was sick on Monday and missed the science "
                          "mock. Can he write it on Friday?", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/bobu", headers=_h(rng, **b), query={
            "q": L("best boarding science SHS Northern Region cut off", SEARCH)}),
        case(f, f"{a}/v1/parents/yili", headers=_h(rng, **b), body={
            "yili_yaghili": L(TML_HOME["line"], ADDR), "gps_adiresi": L(TML_HOME["gps"], ADDR),
            "ting": L(TML_HOME["town"], COARSE), "fong": L(TML_HOME["area"], COARSE)}),
        case(f, f"{a}/v1/extra_classes/pay", fmt="form", headers=_h(rng, **b), body={
            "index_nomba": L(idx, UID), "ligidi": L("150.00", BUY), "term": "2",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        raw(f, f"{a}/v1/study/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "sz_sid": L(opaque(rng, "", 40), CRED), "sz_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("choices_saved", 1), ev("screen", 2, screen=L("Placement", USAGE))]}),
    ]


def sukuu_sdks() -> list[Case]:
    rng = random.Random(22512)
    return [
        km_batch(APP, rng, [("Choices Saved", {"count": 5}),
                            ("Fee Paid", {"amount": L(85, BUY)})]),
        km_pixel(APP, rng, "Results Opened", {"year": 2026}),
        ay_launch(APP, rng),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="shs,bece,past questions"),
        ch_crash(APP, rng, ("java.lang.NullPointerException", "choice row"),
                 [ch_crumb("nav", "Bihi -> Gahibu")],
                 user={"id": L(USER_ID, UID)}, screen="ChoicesActivity"),
        fd_eval(APP, rng, {"region": L("Northern", COARSE), "children": 1}),
        pl_register(APP, rng, tags={"sukuu": JHS["id"], "year": "2026"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "150.00"),
        ha_message(APP, rng, L(f"The placement page shows another school for {KID}",
                               f"{TEXT}|{NAMEC}"), {"index_nomba": L(SON["index"], UID)}),
    ]
