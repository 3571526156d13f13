"""Hilo urgent-care walk-in queue and telehealth app "Wikiwiki Clinic" (``wikiwiki`` quick: she
joins the line from home with a sprained ankle after slipping on lava rock, and a vog cough). Its
API's keys are Hawaii Pidgin as a local developer writes them (ASCII, no okina), with English
where such APIs keep it (``email``, ``zip``, ``copay``, ``token``): ``nem`` first name,
``las_nem`` surname, ``fone`` phone, ``sekret_wod`` password, ``birfday`` birth date,
``kane_o_wahine`` sex (``wahine`` woman), ``wea_you_stay`` address (street line), ``town``,
``insurance_kine`` plan, ``memba_numbah`` member ID, ``wat_stay_sore`` complaint, ``how_long_sick``,
``pain_how_much`` pain score, ``medisin`` medicines, ``allergic_to`` allergies, ``hapai``
pregnant, ``fevah`` fever, ``pitcha`` photo, ``pay_um`` pay, ``hamuch`` amount, ``wea_you_at``
where she is, ``talk_story`` message, ``doctah`` doctor, ``wok_note`` work note, ``look_fo``
search, ``numbah_in_line`` place in line, ``pau`` done): sign-up, log-in, ``/me``, the plan card,
clinics near her house, the wait, joining the line, a check-in with her fix, the intake (gzip),
an ankle photo, the copay, a protobuf line beat, a video visit, a message to the doctor, the visit
summary by chart number in the path, a work note, a prescription to a pharmacy, a search, a proxy
for her husband, receipts by cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families259_kit import (
    CLINIC,
    CLINIC_FIX,
    GRILL,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MRN,
    fix,
    hd,
    obj,
    push,
)
from eval_families259_sdk import (
    cn_crash,
    cn_crumb,
    cn_session,
    mo_batch,
    mo_identify,
    tk_event,
    tk_launch,
)
from eval_families259_svc import (
    fp_eval,
    hp_message,
    mp_route,
    ol_save,
    pk_register,
    pl_card,
    pl_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wikiwiki", "Wikiwiki Clinic", "com.example.wikiwiki", "3.8.1",
          "https://api.wikiwiki.example.com")
IID = "X-Wikiwiki-Fone"
PW = "Kaumana!Rain808"
DOB_US = "05/17/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def wikiwiki() -> list[Case]:
    rng = random.Random(25901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chart=L(MRN, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    visit = obj(rng, "vs")
    lab: dict[str, str] = {}
    beat = pb([(1, L(MRN, MED)), (2, CLINIC["id"]), (3, 4),
               (4, [(1, L(CLINIC_FIX[0], PRECISE)), (2, L(CLINIC_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    summary = at_path(case(f, f"{a}/api/v3/charts/{MRN}/summary", headers=_h(rng, **b),
                           query={"visit": visit}), MRN, MED)
    return [
        case(f, f"{a}/api/v3/sign_up", headers=_h(rng), body={
            "nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fone": L(E164, TEL), "sekret_wod": L(PW, CRED), "birfday": L(DOB_US, BIRTH),
            "kane_o_wahine": L("wahine", GENDER), "wea_you_stay": L(HOME["line"], ADDR),
            "town": L(HOME["town"], COARSE), "state": L(HOME["state"], COARSE),
            "zip": L(HOME["zip"], COARSE), "text_me_ok": True}),
        case(f, f"{a}/api/v3/log_in", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sekret_wod": L(PW, CRED), "remembah_me": "1"}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/insurance", headers=_h(rng, **b), body={
            "insurance_kine": "HMX Health Plan PPO", "memba_numbah": L(MEMBER, MED),
            "group": "G-40021", "who_stay_covered": "self", "chart_numbah": L(MRN, MED)}),
        multipart(f, f"{a}/api/v3/insurance/card", [
            ("pitcha", "card_front.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"side": "front",
                                                "memba_numbah": L(MEMBER, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/clinics/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "miles": "15", "open_now": "yeah"}),
        case(f, f"{a}/api/v3/clinics/{CLINIC['id']}/wait", headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/line/join", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "chart_numbah": L(MRN, MED),
            "wat_stay_sore": L("Ankle stay all swell up, wen slip on da lava rock by da house",
                               f"{TEXT}|{MED}"),
            "how_long_sick": L("2 days", MED), "pain_how_much": L(6, MED), "party": 1,
            "visit": visit}),
        case(f, f"{a}/api/v3/line/check_in", headers=_h(rng, **b), body={
            "visit": visit, "wea_you_at": {"lat": cla, "lng": clo, "acc_m": 12},
            "clinic_at": {"lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/api/v3/intake", gz=True, headers=_h(rng, **b), body={
            "chart_numbah": L(MRN, MED), "medisin": [L("albuterol inhaler", MED)],
            "allergic_to": [L("sulfa drugs", MED)], "hapai": L(False, MED),
            "fevah": L("99.1", MED),
            "odda_pilikia": L("Cough from da vog, worse at night", f"{TEXT}|{MED}"),
            "smoke": L(False, MED)}),
        multipart(f, f"{a}/api/v3/pitcha", [
            ("pitcha", "ankle.jpg", "image/jpeg", L(JPEG + b"\x12", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"visit": visit, "chart_numbah": L(MRN, MED),
                                                "body_part": L("left ankle", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/pay_um", fmt="form", headers=_h(rng, **b), body={
            "visit": visit, "copay": L("35.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "las_4": L("4444", PAY)}),
        raw(f, f"{a}/api/v3/line/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/tele/room", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "join_token": L(opaque(rng, "tv_", 36), CRED),
            "kind": "follow_up"}),
        case(f, f"{a}/api/v3/talk_story", headers=_h(rng, **b), body={
            "to": "doctah_dr_alapai", "visit": visit,
            "talk_story": L("Doc, da swelling still stay and da brace rubbing. Can work Friday "
                            "or what?", f"{TEXT}|{MED}")}),
        summary,
        case(f, f"{a}/api/v3/wok_note", headers=_h(rng, **b), body={
            "visit": visit, "employer": GRILL["name"], "back_to_wok": "2026-02-20",
            "reason": L("sprained ankle, no standing long time", MED),
            "send_to": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v3/pharmacy", headers=_h(rng, **b), body={
            "pharmacy": "ph_kta_puainako", "medisin": L("ibuprofen 800 mg", MED),
            "fone": L(NATIONAL, TEL), "chart_numbah": L(MRN, MED)}),
        case(f, f"{a}/api/v3/look_fo", headers=_h(rng, **b), query={
            "look_fo": L("x-ray open sunday hilo", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v3/proxy", headers=_h(rng, **b), body={
            "nem": L(HUSBAND[0], NAMEC), "fone": L(HUSBAND[1], TEL), "relation": "husband",
            "can_see": ["visits", "bills"]}),
        case(f, f"{a}/api/v3/receipts", headers=_h(rng, how="none"), cookies={
            "ww_sesh": L(opaque(rng, "", 40), CRED), "ww_fone": L(INSTALL_ID, DID),
            "ww_req": rid(rng)}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/wat_wen_happen", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("line_join", 1, clinic=CLINIC["id"]), ev("copay_paid", 2, hamuch=L(35, BUY)),
                ev("screen", 3, screen=L("LineStatus", USAGE))]}),
        case(f, f"{a}/api/v3/log_out", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "fone_id": L(INSTALL_ID, DID)}),
    ]


def wikiwiki_sdks() -> list[Case]:
    rng = random.Random(25902)
    return [
        mo_batch(APP, rng, [("Line Joined", {"clinic": CLINIC["id"]}),
                            ("Copay Paid", {"amount": L(35, BUY)})], at=CLINIC_FIX, nd=2),
        mo_identify(APP, rng, {"town": L("Hilo", COARSE), "plan": "ppo",
                               "visits": L(2, USAGE)}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "check_in", {"clinic": CLINIC["id"]}, hashed=True),
        cn_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [cn_crumb("nav", "Line -> Pitcha"),
                  cn_crumb("net", "POST", {"url": f"{APP.api}/api/v3/pitcha", "status": 500})],
                 screen="PitchaActivity"),
        cn_session(APP, rng, secs=1320),
        fp_eval(APP, rng, {"clinic": CLINIC["id"], "telehealth": True}),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"clinic": CLINIC["id"]}),
        ol_save(APP, rng, {"analytics": True, "marketing": False}),
        pl_card(APP, rng, email=True),
        pl_confirm(APP, rng, "35.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        hp_message(APP, rng, L("Da copay wen charge two times fo my visit", f"{TEXT}|{BUY}"),
                   {"chart": L(MRN, MED)}),
    ]
