"""A Lady Health Worker programme's household app "Drahilog" (``drahi`` health, ``log`` house:
the government health worker of their block visits the house monthly and logs her visits; the
household sees, confirms and asks through the app; its API's keys are Balochi, ASCII-folded:
``log_numbar`` household number, ``logwaja`` head of household, ``bandag`` members, ``nam``
name, ``rishta`` relation, ``pedaishi_roch`` birth date, ``shanakhti_kard`` ID card, ``b_form``
a child's registration, ``logay_pata`` address, ``mahalla`` quarter, ``telefon`` phone,
``drahi`` health, ``nadrahi`` illness, ``darman`` medicine, ``khun_dabao`` blood pressure,
``khun`` haemoglobin, ``wazn``/``burzi`` weight/height, ``lapi`` pregnant, ``fasila`` birth
spacing, ``tika`` vaccination, ``tap`` fever, ``ladag`` referral, ``kolo`` message, ``gap``
remark, ``aks`` photo, ``arz``/``tool`` latitude/longitude): the household's registration, an
SMS code, ``/mani``, the household by number in the path, a visit confirmed (her blood pressure,
haemoglobin, weight, not pregnant), her birth-spacing implant, iron tablets, Balach's growth and
his vaccination card (photo), a referral with her symptoms, the health-house check-in (3
decimals), his fever and loose stools, ORS, a protobuf of her home blood-pressure cuff, her
mother-in-law's sugar typed by her, a video watched, a message to the health worker, a rating,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    E164,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families294_kit import (
    GW_HOME,
    HEALTH_HOUSE,
    HH_FIX,
    HOUSEHOLD,
    HUSBAND,
    MOTHER_IL,
    POC,
    SON,
    hd,
    obj,
    push,
)
from eval_families294_sdk import ca_session, km_batch, km_identify, km_queue, mt_launch
from eval_families294_svc import co_check, fp_eval, hb_attach, mb_geocode, pj_register
from eval_payloads import USER_ID, Case, J, L, case

APP = App("drahilog", "Drahilog", "com.example.drahilog", "5.0.2",
          "https://api.drahilog.example.net")
IID = "X-Drahilog-Install"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ur=True, **kw)


def drahilog() -> list[Case]:
    rng = random.Random(29441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, log_numbar=L(HOUSEHOLD, UID), telefon=L(E164, TEL)))}
    visit = obj(rng, "vz")
    lab: dict[str, str] = {}
    cuff = pb([(1, L(HOUSEHOLD, UID)), (2, 1757289600),
               (3, [(1, L(121, MED)), (2, L(79, MED)), (3, L(84, FIT))]),
               (4, "cuff_bp_a3"), (5, L(52, DEV))], "", lab)
    house = at_path(case(f, f"{a}/api/log/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/api/log", headers=_h(rng), body={
            "log_numbar": L(HOUSEHOLD, UID), "logay_pata": L(GW_HOME["line"], ADDR),
            "mahalla": L(GW_HOME["area"], COARSE), "shahr": L(GW_HOME["town"], COARSE),
            "telefon": L(E164, TEL),
            "logwaja": {"nam": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "bandag": [
                {"nam": L(f"{FIRST} {LAST}", NAMEC), "rishta": "janen",
                 "pedaishi_roch": L(DOB, BIRTH), "shanakhti_kard": L(POC, NID)},
                {"nam": L(f"{SON['first']} {SON['last']}", NAMEC), "rishta": "bachh",
                 "pedaishi_roch": L(SON["dob"], BIRTH), "jins": L("bachh", GENDER),
                 "b_form": L(SON["bform"], NID)}],
            "ap": "tanker", "tuwalet": "flush"}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "code": L("280461", CRED)}),
        case(f, f"{a}/api/mani", headers=_h(rng, extra=jw)),
        house,
        case(f, f"{a}/api/visit/{visit}/tasdiq", headers=_h(rng, **b), body={
            "log_numbar": L(HOUSEHOLD, UID), "roch": "2025-09-08", "lhw": "lhw_gwd_04_07",
            "khun_dabao": L("118/76", MED), "khun": L(10.9, MED), "wazn": L(61.5, FIT),
            "lapi": L(False, f"{MED}|{SENS}"),
            "gap": L("Tired in the afternoons", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/fasila", headers=_h(rng, **b), body={
            "log_numbar": L(HOUSEHOLD, UID), "tariqa": L("implant", MED),
            "lagag_roch": L("2024-06-02", MED), "next_check": L("2027-06", MED),
            "gap": L("Some spotting in the first months, now fine", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/darman", fmt="form", headers=_h(rng, **b), body={
            "log_numbar": L(HOUSEHOLD, UID), "darman": L("iron folic acid", MED),
            "goli": "30", "visit": visit}),
        case(f, f"{a}/api/chuk/nashonuma", headers=_h(rng, **b), body={
            "b_form": L(SON["bform"], NID), "wazn": L(15.4, FIT), "burzi": L(101.5, FIT),
            "muac_cm": L(15.1, FIT), "roch": "2025-09-08"}),
        multipart(f, f"{a}/api/chuk/tika_card", [
            ("aks", "tika_card_balach.jpg", "image/jpeg", L(JPEG + b"\x6e", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "b_form": L(SON["bform"], NID),
                "tika": [L("Penta-3", MED), L("MR-2", MED), L("TCV", MED)]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ladag", headers=_h(rng, **b), body={
            "log_numbar": L(HOUSEHOLD, UID), "pa": "rhc_gwadar",
            "nadrahi": L("dizziness and palpitations after climbing stairs", f"{TEXT}|{MED}"),
            "fori": False}),
        case(f, f"{a}/api/health_house/checkin", headers=_h(rng, **b), body={
            "health_house": HEALTH_HOUSE["id"],
            "arz": L(round(HH_FIX[0], 3), PRECISE), "tool": L(round(HH_FIX[1], 3), PRECISE),
            "hh_arz": HEALTH_HOUSE["lat"], "hh_tool": HEALTH_HOUSE["lon"]}),
        case(f, f"{a}/api/chuk/nadrahi", headers=_h(rng, **b), body={
            "b_form": L(SON["bform"], NID), "tap": L(38.4, MED), "dast": L(True, MED),
            "gap": L("Balach has fever since last night and loose stools three times",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/ors", fmt="form", headers=_h(rng, **b), body={
            "log_numbar": L(HOUSEHOLD, UID), "packet": "6", "zinc": "1",
            "b_form": L(SON["bform"], NID)}),
        raw(f, f"{a}/api/khun_dabao/cuff", cuff, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/log/bandag/drahi", headers=_h(rng, **b), body={
            "nam": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
            "nadrahi": L("type 2 diabetes", MED), "sugar": L(243, MED),
            "darman": L("metformin 500 mg", MED)}),
        case(f, f"{a}/api/ap/chlorine", fmt="form", headers=_h(rng, **b), body={
            "log_numbar": L(HOUSEHOLD, UID), "goli": "20", "tanki_litr": "1500",
            "gap": L("Tanker water from the new supplier, smells of mud", TEXT)}),
        case(f, f"{a}/api/video/watched", headers=_h(rng, **b), body={
            "video": "vd_ors_ur_03", "sanya": 212, "log_numbar": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/kolo", headers=_h(rng, **b), body={
            "pa": "lhw_gwd_04_07", "thread": obj(rng, "th"),
            "kolo": L("Baji, can you bring more ORS on Tuesday? The tanker water smelled bad "
                      "this week.", TEXT)}),
        case(f, f"{a}/api/rating", fmt="form", headers=_h(rng, **b), body={
            "visit": visit, "sitara": "5", "gap": L("She explained the implant kindly",
                                                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "bandag": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("visit_confirmed", 1), ev("screen", 2, screen=L("ChukCard", USAGE))]}),
    ]


def drahilog_sdks() -> list[Case]:
    rng = random.Random(29442)
    return [
        km_batch(APP, rng, [("Visit Confirmed", {"bp": L("118/76", MED)}),
                            ("Video Watched", {"video": "vd_ors_ur_03"})]),
        km_queue(APP, rng, [("Growth Logged", {"weight": L(15.4, FIT)}),
                            ("Card Photo", {})]),
        mt_launch(APP, rng, first=True, user=True),
        km_identify(APP, rng, {"mahalla": L("Mulla Band", COARSE), "children": 1,
                               "log_numbar": L(HOUSEHOLD, UID)}),
        ca_session(APP, rng, secs=388),
        fp_eval(APP, rng, {"district": L("Gwadar", COARSE), "programme": "lhw"}, hdr=True),
        pj_register(APP, rng, lang="ur", tags={"health_house": HEALTH_HOUSE["id"]}),
        co_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "RHC Gwadar", "behavior.search", near=HH_FIX, nd=2),
        hb_attach(APP, rng, L(JPEG + b"\x70", f"{MEDIA}|{MED}"), "referral_slip.jpg",
                  "image/jpeg"),
    ]
