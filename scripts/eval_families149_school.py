"""Lakeside primary school's parent app "Balpathshala" for Asha (9): a child's data (her
name, birth date, sex, student number in bodies, a JWT claim and a URL path), the school bus's
stop near her house, the homework diary, a leave note, her health card (asthma, inhaler), a
tiffin plan, fees, a photo, a parent-teacher meeting, report card. Sets 100, 106, 121 and 128 had
school fees and sets 130/132 a boarding school; this one is a day school's bus and diary app."""
from __future__ import annotations

import random
from typing import Any

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
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families149_kit import (
    DAUGHTER,
    GATE_FIX,
    HOME_AT,
    HUSBAND,
    MIL,
    SCHOOL,
    SISTER_US,
    TZ,
    fix,
    hd,
)
from eval_families149_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families149_svc import (
    cl_card,
    cy_save,
    fn_eval,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

MED, REL, NID = "health.medical", "personal.sensitive", "personal.national_id"


def _std_sdks(app: App, seed: int, at: Any, evs: list[Any], traits: dict[str, Any],
              ) -> list[Case]:
    rng = random.Random(seed)
    return [
        mc_batch(app, rng, evs, at=at, nd=2, locale="en_NP"),
        mc_identify(app, rng, traits),
        tn_launch(app, rng, first=True),
        tn_event(app, rng, "af_purchase", {"app": app.name}, revenue=500.0, hashed=True),
        bf_bid(app, rng, {"banner": {"w": 320, "h": 50}}),
        cd_crash(app, rng, ("java.lang.NullPointerException", "view detached"),
                 [cd_crumb("nav", "Home -> Detail")], screen="MainActivity"),
        pt_register(app, rng, at=HOME_AT, nd=2, lang="en"),
        fn_eval(app, rng, {"country": L("NP", COARSE), "userId": L(USER_ID, UID)}),
    ]

APP = App("balpathshala", "Balpathshala", "com.example.balpathshala", "5.1.3",
          "https://api.balpathshala.example.com")
IID = "X-Parent-Device"
PW = "AshaLakeside#9"
INV = "FEE-2083-T2-0331"
STU = DAUGHTER["student"]
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def balpathshala() -> list[Case]:
    return [*_base(), *_more()]


def _base() -> list[Case]:
    rng = random.Random(14931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    gla, glo = fix(GATE_FIX, 5)
    hla, hlo = fix(HOME_AT, 4)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(STU, UID)]))}
    return [
        case(f, f"{a}/parents/register", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "relation": "mother",
            "child": {"name": L(KID, NAMEC), "dob": L(DAUGHTER["dob"], BIRTH),
                      "sex": L(DAUGHTER["sex"], GENDER), "studentNo": L(STU, UID),
                      "grade": "4", "section": "B"}}),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(E164, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/students/{STU}/diary", headers=_h(rng, **b), query={
            "week": "2026-W36"}), STU, UID),
        case(f, f"{a}/bus/stop", headers=_h(rng, **b), body={
            "student": L(STU, UID), "bus": SCHOOL["bus"], "stop": {"lat": hla, "lon": hlo},
            "landmark": L("Baidam chowk near the pharmacy", ADDR),
            "pickupBy": {"name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL)}}),
        case(f, f"{a}/bus/live", headers=_h(rng, **b), query={
            "bus": SCHOOL["bus"], "student": L(STU, UID)}),
        case(f, f"{a}/leave", fmt="form", headers=_h(rng, **b), body={
            "student": L(STU, UID), "from": "2026-09-14", "to": "2026-09-15",
            "reason": L("Asha has an asthma flare, the doctor said rest",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/health-card", headers=_h(rng, **b), body={
            "student": L(STU, UID), "conditions": [L("asthma", MED)],
            "medicines": [L("salbutamol inhaler", MED)], "allergies": [L("peanuts", MED)],
            "bloodGroup": L("B+", MED), "doctor": {"name": L("Dr. Sita Adhikari", NAMEC)}}),
        case(f, f"{a}/tiffin", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(STU, UID), "plan": "veg-no-peanut", "days": 22,
            "amount": L(3300, BUY), "order": L("TF-0917", BUY)}),
        case(f, f"{a}/fees/{INV}/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L(INV, BUY), "amount": L("18500", BUY), "currency": "NPR",
            "card_last4": L("4444", PAY)}),
        multipart(f, f"{a}/students/photo", [
            ("photo", "asha.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {"student": L(STU, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/ptm/book", headers=_h(rng, **b), body={
            "student": L(STU, UID), "teacher": "tch_41", "slot": "2026-09-20T10:30",
            "note": L("Asha finds Nepali writing hard, can we talk about extra help?",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/gate/pickup", headers=_h(rng, **b), body={
            "student": L(STU, UID), "at": {"lat": gla, "lon": glo},
            "gate": {"lat": SCHOOL["lat"], "lon": SCHOOL["lon"]}, "code": "PK-4410"}),
        case(f, f"{a}/report-card", headers=_h(rng, how="none"), cookies={
            "bp_session": L(opaque(rng, "", 40), CRED), "bp_student": L(STU, UID)},
            query={"term": "2"}),
        case(f, f"{a}/contacts", headers=_h(rng, **b), body={
            "student": L(STU, UID), "emergency": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
                {"name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL)}]}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("open_diary", 1), ev("screen", 2,
                                                                         s=L("BusLive", USAGE))]}),
    ]


def balpathshala_sdks() -> list[Case]:
    rng = random.Random(14932)
    return [*_std_sdks(APP, 14933, GATE_FIX, [("Fee Paid", {"amount": L(18500, BUY)})],
                       {"children": 1, "city": L("Pokhara", COARSE)}),
            cl_card(APP, rng, email=True), cy_save(APP, rng, {"analytics": True, "ads": False}),
            hs_message(APP, rng, L("Bus 4 did not stop at Baidam today", TEXT),
                       {"student": L(STU, UID)})]


def _more() -> list[Case]:
    rng = random.Random(14934)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    out: list[Case] = []
    for d in ["2026-09-01", "2026-09-02", "2026-09-03"]:
        out.append(case(f, f"{a}/diary/ack", fmt="form", headers=_h(rng, **b), body={
            "student": L(STU, UID), "date": d, "signed": L(f"{FIRST} {LAST}", NAMEC)}))
    out += [
        case(f, f"{a}/attendance", headers=_h(rng, **b), query={
            "student": L(STU, UID), "month": "2026-09"}),
        case(f, f"{a}/notices", headers=_h(rng, **b), query={"grade": "4", "page": "1"}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": "tch_41", "text": L("Asha will be picked up by her grandmother Dil Maya today",
                                      f"{TEXT}|{NAMEC}"), "student": L(STU, UID)}),
        case(f, f"{a}/uniform/order", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(STU, UID), "items": [{"sku": "shirt_28", "qty": 2}],
            "order": L("UN-3341", BUY), "total": L(2400, BUY)}),
    ]
    return out
