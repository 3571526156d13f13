"""Quit-vaping coaching app "Manava Malolo" ("strong breath": a Pacific health provider's free
stop-vaping service in Otahuhu; she has vaped for six years and enrols while staying in Auckland,
with a coach, nicotine patches and lozenges, a quit date, craving logs and her husband as support
person). Its API's keys mix Niuean and the English of a health service (``nhi``, ``co_ppm``,
``nicotine_mg``, ``vape``): ``higoa`` name, ``higoa_fakahiku`` last name, ``imeli``,
``telefoni``, ``kupu_fufu``, ``aho_fanau`` birth date, ``tupuaga`` ethnicity (origin),
``nofoaga`` street line, ``taone`` town, ``puhi`` puffs, ``puhi_aho`` puffs a day, ``tau_puhi``
years vaping, ``manako`` craving (lit. "wanting"), ``fakaohooho`` trigger, ``gagao`` illness,
``vailakau`` medicine, ``hapu`` pregnant, ``aho_tuku`` quit day ("day of letting go"),
``fakafetui`` meeting (with the coach), ``lagomatai`` support person, ``mohe`` sleep,
``fakamanatu`` reminder, ``fekau`` message, ``kumi`` search, ``mahani`` events): enrolment (her
NHI, her ethnicity as the provider's form asks it), a log-in, ``/au``, the assessment, the quit
date, an NRT order, coach slots and a booking, the clinic check-in with her fix and a breath CO
reading, a protobuf craving record, an offline craving queue (JSON Lines), daily logs (gzip), a
message to her coach, a search, her support person, a photo of the vape handed in, progress by
client number in the path, reminders, the plan by cookie, push and events. New: a file-name and
docstring grep found no vaping, smoking-cessation or quit-line app (``nicotine`` only in passing
in set 204)."""

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
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families230_kit import (
    AK_HOME,
    AK_HOME_AT,
    COACH,
    HUSBAND,
    NHI,
    QUIT,
    QUIT_FIX,
    QUIT_ID,
    TZ_AK,
    fix,
    hd,
    obj,
    push,
)
from eval_families230_sdk import (
    ct_crash,
    ct_crumb,
    ct_session,
    fg_batch,
    fg_queue,
    tk_event,
    tk_launch,
)
from eval_families230_svc import cm_message, cs_check, fp_eval, ml_route, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("manavamalolo", "Manava Malolo", "com.example.manavamalolo", "5.1.3",
          "https://api.manavamalolo.example.org")
IID = "X-MM-Device"
PW = "Manava#Otahuhu25"
NID = "personal.national_id"
QUIT_DAY = "2025-12-15"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def manava() -> list[Case]:
    rng = random.Random(23041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), client=L(QUIT_ID, UID),
                                    nhi=L(NHI, NID)))}
    qla, qlo = fix(QUIT_FIX, 5)
    lab: dict[str, str] = {}
    crave = pb([(1, L(QUIT_ID, UID)), (2, 1765321440),
                (3, [(1, L(7, MED)), (2, L("kai_afiafi", MED)), (3, L(True, MED))]),
                (4, L(71, DEV))], "", lab)
    prog = at_path(case(f, f"{a}/api/v3/client/{QUIT_ID}/progress", headers=_h(rng, **b)),
                   QUIT_ID, UID)
    return [
        case(f, f"{a}/api/v3/kamata", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_fakahiku": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED), "aho_fanau": L(DOB, BIRTH),
            "tupuaga": L("European (American)", SENS), "nhi": L(NHI, NID),
            "nofoaga": L(AK_HOME["line"], ADDR), "taone": L(AK_HOME["city"], COARSE),
            "post": L(AK_HOME["post"], COARSE), "client": L(QUIT_ID, UID)}),
        case(f, f"{a}/api/v3/hu_mai", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "kupu_fufu": L(PW, CRED)}),
        case(f, f"{a}/api/v3/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/fakamaama", headers=_h(rng, **b), body={
            "client": L(QUIT_ID, UID), "vape": {"puhi_aho": L(400, MED),
                                                "nicotine_mg": L(20, MED),
                                                "tau_puhi": L(6, MED),
                                                "minute_fakamua": L(10, MED)},
            "gagao": [L("asthma", MED)], "vailakau": [L("salbutamol inhaler", MED)],
            "hapu": L(False, f"{SENS}|{MED}"), "tagata_puhi_he_kaina": 0}),
        case(f, f"{a}/api/v3/aho_tuku", fmt="form", headers=_h(rng, **b), body={
            "client": L(QUIT_ID, UID), "aho_tuku": L(QUIT_DAY, MED)}),
        case(f, f"{a}/api/v3/vailakau/oka", headers=_h(rng, **b), body={
            "client": L(QUIT_ID, UID),
            "koloa": [{"kaina": L("patch 21 mg/24h", MED), "totou": 28},
                      {"kaina": L("lozenge 2 mg", MED), "totou": 72}],
            "meli": {"nofoaga": L(AK_HOME["line"], ADDR), "suburb": L(AK_HOME["suburb"], COARSE),
                     "post": L(AK_HOME["post"], COARSE)}, "subsidised": True}),
        case(f, f"{a}/api/v3/fakafetui/avanoa", headers=_h(rng, **b), query={
            "clinic": QUIT["id"], "week": "2025-W51"}),
        case(f, f"{a}/api/v3/fakafetui", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "coach": "co_lf", "kaina": "kanohi_ki_kanohi",
            "client": L(QUIT_ID, UID)}),
        case(f, f"{a}/api/v3/checkin", headers=_h(rng, **b), body={
            "client": L(QUIT_ID, UID), "tuaga": {"lat": qla, "lng": qlo},
            "clinic": {"id": QUIT["id"], "lat": QUIT["lat"], "lng": QUIT["lon"]},
            "co_ppm": L(3, MED)}),
        raw(f, f"{a}/api/v3/manako/pb", crave, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v3/manako/sync", [
            {"t": 1765290000, "manako": L(5, MED), "fakaohooho": L("stress_gahua", MED),
             "client": L(QUIT_ID, UID)},
            {"t": 1765304400, "manako": L(8, MED), "fakaohooho": L("kofe", MED),
             "lozenge": L(True, MED), "client": L(QUIT_ID, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/aho", gz=True, headers=_h(rng, **b), body={
            "client": L(QUIT_ID, UID), "aho": [
                {"aho": "2025-12-16", "puhi": L(0, MED), "manako": L(11, MED),
                 "mohe_hours": L(5.5, MED)},
                {"aho": "2025-12-17", "puhi": L(0, MED), "manako": L(7, MED),
                 "mohe_hours": L(6.5, MED)}]}),
        case(f, f"{a}/api/v3/fekau", headers=_h(rng, **b), body={
            "ki": {"higoa": L(COACH[0], NAMEC), "imeli": L(COACH[1], MAIL)},
            "fekau": L("Day 3 without the vape. The cravings are worst after dinner and my chest "
                       "feels tight at night.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/kumi", headers=_h(rng, **b), query={
            "kumi": L("nicotine withdrawal headache", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/v3/lagomatai", headers=_h(rng, **b), body={
            "higoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL), "kaina": "taane",
            "fakailoa_fekau": True}),
        multipart(f, f"{a}/api/v3/fakatino", [
            ("fakatino", "vape_binned.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {"client": L(QUIT_ID, UID), "aho": 1})],
            headers=_h(rng, **b)),
        prog,
        case(f, f"{a}/api/v3/fakamanatu", fmt="form", headers=_h(rng, **b), body={
            "magaaho": "20:30", "tz": L(TZ_AK, DEV), "kaina": "manako_afiafi"}),
        case(f, f"{a}/api/v3/plan", headers=_h(rng, how="none"), cookies={
            "mm_sess": L(opaque(rng, "", 40), CRED), "mm_dev": L(INSTALL_ID, DID),
            "mm_req": rid(rng)}),
        case(f, f"{a}/api/v3/mena", headers=_h(rng, **b), body=push(push_token(rng), tz=TZ_AK)),
        case(f, f"{a}/api/v3/mahani", headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "mahani": [
                ev("craving_logged", 1, manako=L(7, MED)),
                ev("lau", 2, lau=L("AhoTuku", USAGE))]}),
    ]


def manava_sdks() -> list[Case]:
    rng = random.Random(23042)
    return [
        fg_batch(APP, rng, [("Quit Date Set", {"program": L("vape-free-8wk", MED)}),
                            ("Craving Logged", {"level": L(7, MED)})],
                 at=QUIT_FIX, nd=3, tz=TZ_AK),
        fg_queue(APP, rng, [("Craving Logged", {"level": L(5, MED)}),
                            ("Lozenge Used", {"mg": L(2, MED)})]),
        tk_launch(APP, rng, first=True, user=True),
        tk_event(APP, rng, "quit_date_set", {"client": L(QUIT_ID, UID)}),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "chart empty"),
                 [ct_crumb("nav", "Home -> Manako"), ct_crumb("tap", "log_craving")],
                 screen="ManakoActivity", tz=TZ_AK),
        ct_session(APP, rng, secs=377),
        fp_eval(APP, rng, {"program": L("vape-free-8wk", MED), "clinic": QUIT["id"]}, hdr=True),
        pa_register(APP, rng, tz=TZ_AK, tags={"quit_date": L(QUIT_DAY, MED),
                                              "clinic": QUIT["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        ml_route(APP, rng, [(AK_HOME_AT, PRECISE), ((QUIT["lat"], QUIT["lon"]), None)]),
        cm_message(APP, rng, L("The patches gave me a rash on my arm, can I switch to gum?",
                               f"{TEXT}|{MED}"), {"client": L(QUIT_ID, UID)}),
    ]
