"""The state public-health office's food-handler card and stall-permit app "Mwenge Limelimoch"
(``mwenge`` food, ``limelimoch`` clean): she sells lunch plates on weekdays from stall B-07 at
the Weno market and needs the yearly food-handler card (a course, a quiz, an exam, a health
screening) and the stall permit (a fee, an inspection, the fridge log). Its API's keys are
Chuukese with English: ``it`` / ``iten_famili`` name / surname, ``nampaan_fon`` phone,
``kapas_monomon`` password, ``ranin_upwutiw`` birth date, ``nampaan_social`` social security
number (a loan), ``leenien_nonnom`` residence, ``semmwen`` illness, ``taropwe`` document,
``kaat`` card, ``moni`` amount, ``liwin`` payment, ``chon_aninnis`` helper (lit. "one who
helps"), ``kapas`` message, ``kuta`` search, ``leeni`` place, ``foto`` photo, ``ran`` day:
sign-up with her FSM social security number, a log-in, ``/ngang``, the course, the quiz, the
exam slot, her health screening (chest X-ray, stool test, hepatitis A), the clinic's certificate
(PDF), the fee, the stall and its menu, the inspector's visit with her fix, the result, a fridge
photo and its temperature log (msgpack), a sick notice, her helper's card, the card by number in
the path, the permit by cookie, a message to the inspector, a search, push, events and a log-out.
Restaurant, market-stall and permit apps exist in earlier sets; the food handler's own health
card does not ("food handler", "food safety", "sanitation" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families220_kit import CARD, FSM_SSN, HOME, MARKET, STALL_FIX, fix, hd, obj, push
from eval_families220_sdk import (
    bf_bid,
    cm_crash,
    cm_crumb,
    mn_batch,
    mn_identify,
    mn_pixel,
    tw_event,
    tw_launch,
)
from eval_families220_svc import ct_card, ct_confirm, ha_message, ms_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mwengelim", "Mwenge Limelimoch", "com.example.mwengelim", "2.4.1",
          "https://api.mwengelim.example.org")
IID = "X-ML-Device"
PW = "Plates!B07weno"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
HELPER = ("Rosita Enik", "+6919351187")  # her helper at the stall (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mwengelim() -> list[Case]:
    rng = random.Random(22061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kaat=L(CARD, UID)))}
    sla, slo = fix(STALL_FIX)
    card = at_path(case(f, f"{a}/v1/kaat/{CARD}", headers=_h(rng, **b)), CARD, UID)
    return [
        case(f, f"{a}/v1/aramas", headers=_h(rng), body={
            "it": L(FIRST, NAMEC), "iten_famili": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nampaan_fon": L(E164, TEL), "kapas_monomon": L(PW, CRED),
            "ranin_upwutiw": L(DOB, BIRTH), "nampaan_social": L(FSM_SSN, NID),
            "leenien_nonnom": L(HOME["box"], ADDR), "fonu": L("Weno", COARSE)}),
        case(f, f"{a}/v1/tolong", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "kapas_monomon": L(PW, CRED)}),
        case(f, f"{a}/v1/ngang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/course/progress", headers=_h(rng, **b), body={
            "kaat": L(CARD, UID), "lessons": [
                {"id": "ls_handwash", "secs": L(312, USAGE)},
                {"id": "ls_cooling", "secs": L(287, USAGE)}]}),
        case(f, f"{a}/v1/quiz", fmt="form", headers=_h(rng, **b), body={
            "quiz": "qz_basic_04", "q1": "b", "q2": "d", "q3": "a", "score": "9"}),
        case(f, f"{a}/v1/exam/slots", headers=_h(rng, **b), body={
            "slot": obj(rng, "ex"), "office": "ph_weno", "ran": "2026-01-22T09:00",
            "kaat": L(CARD, UID)}),
        case(f, f"{a}/v1/screening", headers=_h(rng, **b), body={
            "kaat": L(CARD, UID), "xray": L("chest X-ray clear (TB negative)", MED),
            "stool": L("negative", MED), "hepA": [L("2025-11-04", MED), L("2026-05-04", MED)],
            "semmwen": L("none", MED), "clinic": "cl_chsh"}),
        multipart(f, f"{a}/v1/taropwe", [
            ("file", "health_certificate.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kaat": L(CARD, UID), "kind": "health_cert"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/liwin", fmt="form", headers=_h(rng, **b), body={
            "kaat": L(CARD, UID), "moni": L("35.00", BUY), "kind": "card+permit",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/stalls", headers=_h(rng, **b), body={
            "market": MARKET["id"], "stall": MARKET["stall"], "kaat": L(CARD, UID),
            "menu": [{"item": "chicken plate", "price": 5.0},
                     {"item": "fish and rice", "price": 6.0},
                     {"item": "breadfruit and coconut", "price": 4.0}],
            "days": ["mon", "tue", "wed", "thu", "fri"]}),
        case(f, f"{a}/v1/inspections/visit", headers=_h(rng, **b), body={
            "inspection": obj(rng, "in"), "leeni": {"lat": sla, "lng": slo, "acc": 7},
            "market": {"lat": MARKET["lat"], "lng": MARKET["lon"]}, "stall": MARKET["stall"]}),
        case(f, f"{a}/v1/inspections/latest", headers=_h(rng, **b), query={
            "stall": MARKET["stall"], "market": MARKET["id"]}),
        multipart(f, f"{a}/v1/fridge/foto", [
            ("foto", "fridge.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {"stall": MARKET["stall"], "temp_c": 3.5})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fridge/log", fmt="msgpack", headers=_h(rng, **b), body={
            "kaat": L(CARD, UID), "sensor": "th_b07",
            "readings": [{"t": 1771300000 + 3600 * i, "c": 3.1 + 0.2 * i} for i in range(5)]}),
        case(f, f"{a}/v1/sick", headers=_h(rng, **b), body={
            "kaat": L(CARD, UID), "from": "2026-02-10", "to": "2026-02-12",
            "semmwen": L("diarrhoea", MED),
            "kapas": L("I have had diarrhoea since last night, the stall stays closed until "
                       "Thursday", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/helpers", headers=_h(rng, **b), body={
            "chon_aninnis": {"it": L(HELPER[0], NAMEC), "nampaan_fon": L(HELPER[1], TEL),
                             "kaat": "FH-2026-1140"}, "stall": MARKET["stall"]}),
        card,
        case(f, f"{a}/v1/permit/pdf", headers=_h(rng, how="none"), cookies={
            "ml_sess": L(opaque(rng, "", 40), CRED), "ml_dev": L(INSTALL_ID, DID),
            "ml_req": rid(rng)}),
        case(f, f"{a}/v1/kapas", headers=_h(rng, **b), body={
            "ngeni": "inspector_b", "thread": obj(rng, "th"),
            "kapas": L("I bought a new thermometer for the cooler, can you check it Monday?",
                       TEXT)}),
        case(f, f"{a}/v1/kuta", headers=_h(rng, **b), query={
            "kuta": L("hand washing station rules market", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quiz_passed", 1), ev("screen", 2, screen=L("FridgeLog", USAGE))]}),
        case(f, f"{a}/v1/towu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def mwengelim_sdks() -> list[Case]:
    rng = random.Random(22062)
    return [
        mn_batch(APP, rng, [("Quiz Passed", {"score": 9}),
                            ("Permit Paid", {"amount": L(35, BUY)})], at=STALL_FIX, nd=2),
        mn_identify(APP, rng, {"kaat": L(CARD, UID), "fonu": L("Weno", COARSE),
                               "stall": MARKET["stall"]}),
        mn_pixel(APP, rng, "Lesson Opened", {"lesson": "ls_cooling"}),
        tw_launch(APP, rng, user=True),
        tw_event(APP, rng, "permit_paid", {"kaat": L(CARD, UID)}, revenue=35.0),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=STALL_FIX, nd=3,
               keywords="food,market,cooking"),
        cm_crash(APP, rng, ("java.io.IOException", "pdf render"),
                 [cm_crumb("nav", "Kaat -> Permit"), cm_crumb("tap", "download")],
                 screen="PermitActivity"),
        ct_card(APP, rng),
        ct_confirm(APP, rng, "35.00"),
        ms_geocode(APP, rng, "Public Health office Weno", SEARCH, near=STALL_FIX, nd=3),
        ha_message(APP, rng, L("My card still shows the exam as not done", TEXT),
                   {"kaat": L(CARD, UID)}),
    ]
