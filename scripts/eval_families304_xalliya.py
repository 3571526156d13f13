"""A private diagnostic laboratory and clinic's app "Xalliya Lab" (Sodo: her giardiasis, found
by a stool test after weeks of stomach trouble; its API's keys are Wolaytta mixed with the
English words a lab system keeps: ``sunttaa`` name, ``aawaa_sunttaa`` father's name,
``silkkiyaa`` phone, ``yelettido_gallassaa`` birth date, ``attuma_maccaa`` sex, ``katamaa``
town, ``deiyo_sohuwaa`` address, ``harggiyaa`` illness, ``xalliyaa`` medicine, ``paacciyaa``
test (lit. "examination"), ``gallassaa`` date, ``miishshaa`` amount, ``qanxxuwaa`` payment,
``kiitaa`` message, ``azinaa`` husband, ``koyuwaa`` search): registration with her passport,
an SMS code, ``/me``, the symptom questionnaire (gzip), a stool and antigen test booked, a home
sample pick-up, the check-in at the lab, the payment, the results by lab number in the path, an
older US result (PDF), a protobuf symptom diary, the prescription, a message to the doctor, a
video consult, a pharmacy delivery, her husband's test booked, the result shared with him, a
follow-up, a search for a water filter, the invoice by cookie, push and events."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families304_kit import (
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    LAB,
    LAB_FIX,
    LAB_NO,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families304_sdk import cr_session, mq_batch, mq_queue, ts_launch
from eval_families304_svc import cg_check, fu_eval, hk_attach, ma_geocode, ma_reverse, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("xalliya", "Xalliya Lab", "com.example.xalliyalab", "5.1.3",
          "https://api.xalliyalab.example.net")
IID = "X-Xalliya-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def xalliya() -> list[Case]:
    rng = random.Random(30441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), labNo=L(LAB_NO, MED)))}
    lla, llo = fix(LAB_FIX, 5)
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(LAB_NO, MED)), (2, 1768780800),
                (3, [(1, L(3, MED)), (2, L(37.6, MED)), (3, L("cramps after injera", MED))]),
                (4, "2.0.1")], "", lab)
    res = at_path(case(f, f"{a}/v2/patients/{LAB_NO}/results", headers=_h(rng, **b),
                       query={"paacciyaa": "stool_op,hp_ag"}), LAB_NO, MED)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "sunttaa": L(FIRST, NAMEC), "aawaa_sunttaa": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "silkkiyaa": L(E164, TEL), "yelettido_gallassaa": L(DOB, BIRTH),
            "attuma_maccaa": L("maccaa", GENDER), "passport": L(PASSPORT, NID),
            "katamaa": L("Wolaita Sodo", COARSE), "labNo": L(LAB_NO, MED)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "silkkiyaa": L(E164, TEL), "code": L("770154", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/harggiyaa/questionnaire", gz=True, headers=_h(rng, **b), body={
            "labNo": L(LAB_NO, MED), "harggiyaa": [L("diarrhoea 3 weeks", MED),
                                                   L("bloating", MED), L("nausea", MED)],
            "weightLossKg": L(3, MED), "fever": L(False, MED), "pregnant": L(False, MED),
            "xalliyaa": [L("oral rehydration salts", MED)], "water": "tap_and_filtered",
            "travel": L("Arba Minch, December", MED)}),
        case(f, f"{a}/v2/paacciyaa/book", headers=_h(rng, **b), body={
            "labNo": L(LAB_NO, MED), "paacciyaa": [L("stool O&P", MED),
                                                   L("H. pylori antigen", MED)],
            "gallassaa": "2026-01-20", "miishshaa": L(650, BUY), "slot": obj(rng, "sl")}),
        case(f, f"{a}/v2/paacciyaa/pickup", headers=_h(rng, **b), body={
            "labNo": L(LAB_NO, MED), "deiyo_sohuwaa": L(HOME["line"], ADDR),
            "katamaa": L(HOME["town"], COARSE), "at": {"lat": hla, "lng": hlo},
            "window": "08-10", "fee": L(100, BUY)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "at": {"lat": lla, "lng": llo},
            "lab": {"id": LAB["id"], "lat": LAB["lat"], "lng": LAB["lon"]}}),
        case(f, f"{a}/v2/qanxxuwaa", fmt="form", headers=_h(rng, **b), body={
            "miishshaa": L("750", BUY), "birraa": "ETB", "card_last4": L("4444", PAY),
            "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY), "labNo": L(LAB_NO, MED)}),
        res,
        multipart(f, f"{a}/v2/records/upload", [
            ("file", "us_lab_2025.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"labNo": L(LAB_NO, MED), "kind": "prior_lab",
                                                "note": L("CBC from my US doctor, Oct 2025",
                                                          f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/xalliyaa", headers=_h(rng, **b), query={
            "labNo": L(LAB_NO, MED), "active": "true"}),
        case(f, f"{a}/v2/kiitaa", headers=_h(rng, **b), body={
            "to": {"sunttaa": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "kiitaa": L("Tinidazole makes my mouth taste of metal, should I keep taking it?",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/pharmacy/orders", headers=_h(rng, **b), body={
            "labNo": L(LAB_NO, MED), "items": [{"xalliyaa": L("tinidazole 500 mg x4", MED),
                                                "waagaa": 180}],
            "miishshaa": L(230, BUY), "deiyo_sohuwaa": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v2/paacciyaa/book", headers=_h(rng, **b), body={
            "for": {"sunttaa": L(HUSBAND[0], NAMEC), "silkkiyaa": L(HUSBAND[1], TEL),
                    "dabbotaa": "azinaa"},
            "paacciyaa": [L("stool O&P", MED)], "harggiyaa": L("loose stool since Sunday", MED),
            "miishshaa": L(300, BUY), "payer": L(LAB_NO, MED)}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "labNo": L(LAB_NO, MED), "with": {"sunttaa": L(HUSBAND[0], NAMEC),
                                              "silkkiyaa": L(HUSBAND[1], TEL)},
            "scope": ["results", "invoices"]}),
        case(f, f"{a}/v2/appointments", fmt="form", headers=_h(rng, **b), body={
            "labNo": L(LAB_NO, MED), "kind": L("giardiasis follow-up", MED),
            "start": "2026-02-03T09:30", "room": "r_2"}),
        case(f, f"{a}/v2/shop/search", headers=_h(rng, **b), query={
            "koyuwaa": L("ceramic water filter 20 litre", SEARCH)}),
        case(f, f"{a}/v2/invoices/latest", headers=_h(rng, how="none"), cookies={
            "xl_session": L(opaque(rng, "", 40), CRED), "xl_device": L(INSTALL_ID, DID),
            "xl_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "app_lang": L("en", DEV), "events": [
                ev("results_opened", 1), ev("screen", 2, screen=L("SymptomDiary", USAGE))]}),
    ]


def xalliya_sdks() -> list[Case]:
    rng = random.Random(30442)
    return [
        mq_batch(APP, rng, [("Test Booked", {"tests": 2}),
                            ("Paid", {"amount": L(750, BUY)})], at=LAB_FIX, nd=2),
        mq_queue(APP, rng, [("Diary Entry", {"stools": L(3, MED)}),
                            ("Results Opened", {})]),
        ts_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=297),
        fu_eval(APP, rng, {"lab": LAB["id"], "program": L("gastro", MED)}, hdr=True),
        pb_register(APP, rng, tags={"lab": LAB["id"]}),
        cg_check(APP, rng, {"analytics": True, "research": False}),
        ma_geocode(APP, rng, "Xalliya Diagnostic Centre", "behavior.search", near=HOME_AT,
                   nd=2),
        ma_reverse(APP, rng, HOME_AT, PRECISE, nd=4),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "stool_result.pdf", "application/pdf"),
    ]
