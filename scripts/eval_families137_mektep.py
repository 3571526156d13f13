"""A school's pupil e-card app "Mektepcard" (mektep: school) for her son Arman (eight, grade 2B
at an Almaty school-gymnasium; the user is the parent, Arman is a data subject; camelCase
English API). Sets 100, 106, 128 and 132 have school fees and boarding; this one is the
electronic pupil card: the turnstile's entries and exits, the canteen wallet and its allergen
block, the school bus, who may collect him. The parent's sign-up, a log-in, ``/me`` with a JWT
naming the child, linking Arman (his IIN), gate events by his pupil number in the query, his card
by pupil number in the path, a wallet top-up, canteen limits, purchases by a cookie GET, a
pre-order (msgpack), the bus's position, the family's bus stop, his aunt authorised to collect
him (and her photo), an absence, her arrival at the gate (protobuf), a message to the class
teacher, his medical form, grades, a club, the contact details, push and events."""

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
    NATIONAL,
    PAY,
    PRECISE,
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
from eval_families137_kit import (
    ALA_HOME,
    ALA_HOME_AT,
    CARD_UID,
    FIT,
    GATE_FIX,
    NATID,
    SCHOOL,
    SISTER_IN_LAW,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families137_sdk import cd_crash, cd_crumb, cd_session, mc_batch, mc_identify
from eval_families137_svc import cl_confirm, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mektepcard", "Mektepcard", "com.example.mektepcard", "3.0.4",
          "https://api.mektepcard.example.net")
IID = "X-Install-Id"
PW = "Mektep2B!Arman"
PUPIL = SON["pupil"]
SCHOOL_AT = (43.25402, 76.93118)  # the school's gate on the map (a negative)
BUS_STOP = (43.257902, 76.935118)  # the family's bus stop at the corner (hers: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def mektepcard() -> list[Case]:
    rng = random.Random(13741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), children=[L(PUPIL, UID)]))}
    bla, blo = fix(BUS_STOP, 5)
    lab: dict[str, str] = {}
    arrival = pb([(1, L(USER_ID, UID)), (2, L(PUPIL, UID)), (3, 1765368000),
                  (4, [(1, L(GATE_FIX[0], PRECISE)), (2, L(GATE_FIX[1], PRECISE)),
                       (3, 9.0)]), (5, "gate_north")], "", lab)
    card = at_path(case(f, f"{a}/api/v1/children/{PUPIL}/card", headers=_h(rng, **b)),
                   PUPIL, UID)
    return [
        case(f, f"{a}/api/v1/parents/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relation": "mother",
            "lang": L("ru", DEV)}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "login": L("Jane.Doe@Example.org", MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/children/link", headers=_h(rng, **b), body={
            "pupilNo": L(PUPIL, UID), "iin": L(SON["iin"], NATID),
            "firstName": L(SON["first"], NAMEC), "lastName": L(SON["last"], NAMEC),
            "birthDate": L(SON["dob"], BIRTH), "sex": L("M", GENDER), "grade": "2B",
            "school": SCHOOL["id"], "cardUid": L(CARD_UID, UID)}),
        case(f, f"{a}/api/v1/gate/events", headers=_h(rng, **b), query={
            "pupil": L(PUPIL, UID), "from": "2025-12-08", "to": "2025-12-12"}),
        card,
        case(f, f"{a}/api/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "amount": L("10000", BUY), "currency": "KZT",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/canteen/limits", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "dailyLimit": 1500,
            "allergy": L("peanut allergy", MED),
            "blocked": [L("peanuts", MED), L("sesame", MED)], "sweets": False}),
        case(f, f"{a}/api/v1/canteen/purchases", headers=_h(rng, how="none"), cookies={
            "mc_session": L(opaque(rng, "", 40), CRED), "mc_device": L(INSTALL_ID, DID),
            "mc_child": L(PUPIL, UID)}),
        case(f, f"{a}/api/v1/canteen/preorder", fmt="msgpack", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "orderNo": L("PO-251210-0918", BUY), "items": [
                {"sku": "plov_small", "qty": 1}, {"sku": "kompot", "qty": 1}],
            "total": L(950, BUY), "day": "2025-12-10"}),
        case(f, f"{a}/api/v1/bus/position", headers=_h(rng, **b), query={
            "route": "B-07", "stop": "st_114"}),
        case(f, f"{a}/api/v1/bus/stop", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "route": "B-07", "stop": {"lat": bla, "lon": blo},
            "address": L(ALA_HOME["line"], ADDR), "time": "07:35"}),
        case(f, f"{a}/api/v1/pickup/authorise", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "person": {
                "name": L(SISTER_IN_LAW[0], NAMEC), "phone": L(SISTER_IN_LAW[1], TEL),
                "relation": "aunt"}, "validUntil": "2026-05-31", "ref": rid(rng)}),
        multipart(f, f"{a}/api/v1/pickup/authorise/photo", [
            ("photo", "aunt.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUPIL, UID), "who": "aunt"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/absence", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "from": "2025-12-11", "to": "2025-12-12",
            "reason": L("illness", MED),
            "text": L("Arman has a fever and a cough, he stays home two days",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        raw(f, f"{a}/api/v1/gate/arrival", arrival, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": "tch_2b_01", "pupil": L(PUPIL, UID),
            "text": L("Please let Arman leave at 12:00 on Friday, his aunt will collect him",
                      f"{TEXT}|{NAMEC}"), "clientRef": rid(rng)}),
        case(f, f"{a}/api/v1/medical-form", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "bloodGroup": L("O+", MED),
            "allergies": [L("peanuts", MED), L("sesame", MED)],
            "asthma": L(False, MED), "vaccinations": L("up to date (KZ calendar)", MED),
            "heightCm": L(128, FIT), "weightKg": L(26, FIT),
            "doctor": "school nurse"}),
        case(f, f"{a}/api/v1/grades", headers=_h(rng, **b), query={
            "pupil": L(PUPIL, UID), "term": "2"}),
        case(f, f"{a}/api/v1/clubs/enrol", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "club": "chess_juniors", "fee": L(12000, BUY),
            "enrolmentId": obj(rng, "en")}),
        case(f, f"{a}/api/v1/contacts", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL),
            "address": L(ALA_HOME["line"], ADDR), "city": L(ALA_HOME["city"], COARSE)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ru_KZ")),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("topup_done", 1), ev("gate_viewed", 2),
                ev("screen", 3, screen=L("ChildCard", USAGE))]}),
    ]


def mektepcard_sdks() -> list[Case]:
    rng = random.Random(13742)
    return [
        mc_batch(APP, rng, [("Wallet Topped Up", {"amount": L(10000, BUY)}),
                            ("Gate Viewed", {})], at=GATE_FIX, nd=2, locale="ru_KZ"),
        mc_identify(APP, rng, {"city": L("Almaty", COARSE), "children": 1,
                               "school": SCHOOL["id"]}),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "bus position"),
                 [cd_crumb("nav", "ChildCard -> Bus")], screen="BusActivity"),
        cd_session(APP, rng, secs=152),
        fn_eval(APP, rng, {"school": SCHOOL["id"], "grade": "2"}),
        pt_register(APP, rng, lang="ru", tags={"pupil": L(PUPIL, UID), "gate_alerts": True}),
        cl_confirm(APP, rng, "10000", "kzt"),
        mm_route(APP, rng, [(ALA_HOME_AT, PRECISE), (SCHOOL_AT, None)],
                 mode="walking"),
        hs_message(APP, rng, L("Top-up of 10000 not shown on Arman's card", f"{TEXT}|{NAMEC}"),
                   {"pupil": L(PUPIL, UID)}),
    ]
