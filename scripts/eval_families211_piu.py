"""Guinea-worm case reporting and reward app "Kuenpiu" (kuen count + piu water; the county's
eradication programme lets volunteers and relatives report a suspected case, record filters and
pond treatments and claim the cash reward). Keys are Dinka ASCII-folded with English: ``raan``
user, ``rin``, ``rin_wun``, ``email``, ``namba_telefon``, ``akool_dhieth``, ``tik_ku_mony``
(``mony`` man), ``pan_dit``, ``paan`` home (street line), ``namba_ngic`` SMS code, ``yen`` me,
``namba_kony`` volunteer number (kony help), ``raan_tuany`` the sick person, ``tuany`` illness /
signs, ``guop`` body part, ``run`` age, ``akool_jon`` day the sign began, ``piu`` water source,
``te`` place, ``thura`` photo, ``luk`` case (the case record), ``wal`` treatment, ``kuen`` count,
``dhien`` household (lit. family), ``raan_dit`` its head, ``koc`` people, ``wut`` camp, ``weu`` amount, ``namba_athor``
ID document number, ``jam`` message, ``koor`` search, ``thok`` language. Sign-up as a reporter,
an SMS code, ``/yen``, reports near the camp, the suspected case of her brother-in-law Majok (a
blister on his ankle), its photo, containment, the case by number in the path, pipe filters for
the household, a pond treatment seen, an education session with her fix, the reward claim, a
protobuf visit beat, a msgpack household register, modules by cookie, a message to the
supervisor, a search, JSON Lines sync, her address, push, events and a log-out. No earlier set
has Guinea worm (a grep of ``scripts/``)."""

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
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families211_kit import (
    BROTHER_IL,
    CAMP,
    CAMP_FIX,
    GW_OFFICE,
    JUBA_HOME,
    LOCAL_PHONE,
    MOTHER_IL,
    NEPHEW,
    POND,
    VOLUNTEER,
    WORK_PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families211_sdk import ct_session, ka_batch, ka_queue, ty_event, ty_launch
from eval_families211_svc import cp_check, ft_eval, hl_attach, mn_geocode, pm_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kuenpiu", "Kuenpiu", "com.example.kuenpiu", "3.1.0", "https://api.kuenpiu.example.net")
IID = "X-Kuenpiu-Install"
NID = "personal.national_id"
CASE_NO = "GW-BS-26-0007"  # Majok's case record number (a medical record: health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kuenpiu() -> list[Case]:
    rng = random.Random(21111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), namba_kony=L(VOLUNTEER, UID),
                                    role="reporter"))}
    cla, clo = fix(CAMP_FIX, 4)
    rep = obj(rng, "rp")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, 1768500000),
               (3, [(1, L(CAMP_FIX[0], PRECISE)), (2, L(CAMP_FIX[1], PRECISE)), (3, 14.0)]),
               (4, "3.1.0")], "", lab)
    status = at_path(case(f, f"{a}/v2/luk/{CASE_NO}/status", headers=_h(rng, **b)), CASE_NO, MED)
    return [
        case(f, f"{a}/v2/raan", headers=_h(rng), body={
            "rin": L(FIRST, NAMEC), "rin_wun": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "namba_telefon": L(LOCAL_PHONE, TEL), "akool_dhieth": L("1991-05-17", BIRTH),
            "tik_ku_mony": L("tik", GENDER), "pan_dit": L("Juba", COARSE),
            "namba_kony": L(VOLUNTEER, UID), "thok": L("en", DEV)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "namba_telefon": L(LOCAL_PHONE, TEL), "namba_ngic": L("508271", CRED)}),
        case(f, f"{a}/v2/yen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/reports/near", headers=_h(rng, **b), query={
            "lat": L(f"{CAMP_FIX[0]:.3f}", PRECISE), "lng": L(f"{CAMP_FIX[1]:.3f}", PRECISE),
            "km": "10"}),
        case(f, f"{a}/v2/reports", headers=_h(rng, **b), body={
            "report_id": rep, "namba_kony": L(VOLUNTEER, UID),
            "raan_tuany": {"rin": L(BROTHER_IL[0], NAMEC), "run": L(41, BIRTH),
                           "tik_ku_mony": L("mony", GENDER),
                           "namba_telefon": L(BROTHER_IL[1], TEL)},
            "tuany": L("blister, burning pain", MED), "guop": L("right ankle", MED),
            "akool_jon": L("2026-01-12", MED), "te": {"lat": cla, "lng": clo},
            "piu": {"id": POND["id"], "lat": POND["lat"], "lng": POND["lon"]},
            "wut": L(CAMP["name"], COARSE)}),
        multipart(f, f"{a}/v2/reports/{rep}/thura", [
            ("thura", "ankle.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"report_id": rep, "guop": L("right ankle",
                                                                            MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reports/{rep}/contain", headers=_h(rng, **b), body={
            "luk": L(CASE_NO, MED), "wal": L("wound cleaned, gauze, worm wound on stick", MED),
            "cm": L(8, MED), "kept_out_of_water": L(True, MED), "officer": "of_bs_11"}),
        status,
        case(f, f"{a}/v2/filters", headers=_h(rng, **b), body={
            "dhien": {"raan_dit": L(BROTHER_IL[0], NAMEC), "koc": 6},
            "kuen": {"pipe": 5, "cloth": 2}, "namba_kony": L(VOLUNTEER, UID),
            "wut": L(CAMP["name"], COARSE)}),
        case(f, f"{a}/v2/ponds/{POND['id']}/abate", fmt="form", headers=_h(rng, **b), body={
            "seen": "true", "dose_ml": "240", "akool": "2026-01-15",
            "namba_kony": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v2/education", headers=_h(rng, **b), body={
            "session": obj(rng, "ed"), "koc": 23, "topic": "filter every drink",
            "te": {"lat": cla, "lng": clo}, "wut": L(CAMP["name"], COARSE)}),
        case(f, f"{a}/v2/reward/claim", headers=_h(rng, **b), body={
            "luk": L(CASE_NO, MED), "weu": L(400000, BUY), "currency": "SSP",
            "wallet": L(LOCAL_PHONE, TEL), "namba_athor": L(WORK_PERMIT, NID),
            "rin": L(f"{FIRST} {LAST}", NAMEC)}),
        raw(f, f"{a}/v2/visits/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/households", fmt="msgpack", headers=_h(rng, **b), body={
            "wut": L(CAMP["name"], COARSE), "namba_kony": L(VOLUNTEER, UID),
            "koc": [{"rin": L(MOTHER_IL, NAMEC), "run": L(67, BIRTH), "tuany": L(False, MED)},
                    {"rin": L(BROTHER_IL[0], NAMEC), "run": L(41, BIRTH), "tuany": L(True, MED)},
                    {"rin": L(f"{NEPHEW['first']} {NEPHEW['last']}", NAMEC), "run": L(10, BIRTH),
                     "tuany": L(False, MED)}]}),
        case(f, f"{a}/v2/modules", headers=_h(rng, how="none"), cookies={
            "kp_session": L(opaque(rng, "", 40), CRED), "kp_install": L(INSTALL_ID, DID),
            "kp_req": rid(rng)}),
        case(f, f"{a}/v2/jam", headers=_h(rng, **b), body={
            "to": "sup_bs_02", "luk": L(CASE_NO, MED),
            "jam": L("The worm came out 8 cm today. Majok keeps his leg out of the pond and "
                     "drinks only through the pipe.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/koor", headers=_h(rng, **b), query={
            "koor": L("how to wind the worm on a stick", SEARCH)}),
        lines(f, f"{a}/v2/sync", [
            {"op": "report", "report_id": rep, "namba_kony": L(VOLUNTEER, UID),
             "lat": L(CAMP_FIX[0], PRECISE), "lng": L(CAMP_FIX[1], PRECISE)},
            {"op": "filters", "n": 5, "namba_kony": L(VOLUNTEER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/raan/paan", headers=_h(rng, **b), body={
            "paan": L(JUBA_HOME["line"], ADDR), "pan_dit": L(JUBA_HOME["town"], COARSE),
            "piny": L(JUBA_HOME["region"], COARSE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "raan": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("case_reported", 1), ev("screen", 2, screen=L("RewardClaim", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "phone": L(E164, TEL)}),
    ]


def kuenpiu_sdks() -> list[Case]:
    rng = random.Random(21112)
    return [
        ka_batch(APP, rng, [("Case Reported", {"office": GW_OFFICE["id"]}),
                            ("Reward Claimed", {"amount": L(400000, BUY)})], at=CAMP_FIX, nd=3),
        ka_queue(APP, rng, [("Filter Given", {"n": 5}), ("Pond Seen", {"pond": POND["id"]})]),
        ty_launch(APP, rng, first=True, user=True),
        ty_event(APP, rng, "reward_claimed", {"office": GW_OFFICE["id"]}, revenue=400000.0,
                 hashed=True),
        ct_session(APP, rng, secs=1312),
        ft_eval(APP, rng, {"office": GW_OFFICE["id"], "role": "reporter"}, hdr=True),
        pm_register(APP, rng, tags={"wut": L(CAMP["name"], COARSE)}),
        cp_check(APP, rng, {"analytics": True, "research": False}),
        mn_geocode(APP, rng, "Malek toic", SEARCH, near=CAMP_FIX, nd=2),
        hl_attach(APP, rng, L(JPEG + b"\x23", MEDIA), "filter_torn.jpg", "image/jpeg"),
    ]
