"""Sperm-count home test kit app "Motilia": the account is hers, the test is her partner's (a
profile in her account). Sign-up, a log-in, ``/me``, his profile, her cycle, a kit ordered and
paid, the order's status by number in the path, the kit activated, the pre-test questionnaire,
the phone-clip microscope calibrated, the sample video, the results (JSON and a protobuf
summary), his history by profile ID in the path, results shared with a urologist, a consult
booked, a note, a retest reminder, push, events and the tests by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families53_kit import CLINIC, KIT, LENS, PARTNER, PARTNER_ID, TEST_NO, UROLOGIST
from eval_families53_sdk import ck_event, ck_session, mp_batch, mp_identify, sk_crash, sk_crumb
from eval_families53_svc import ak_message, ov_save, pw_card, pw_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("motilia", "Motilia", "com.example.motilia", "1.12.0",
          "https://api.motilia.example.com")
IID = "X-Motilia-Device"
PW = "Quince-Meadow-31"
ORDER = "MT-ORD-5521087"  # the kit order's number (financial.purchase)
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def motilia() -> list[Case]:
    rng = random.Random(5351)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    summ = pb([(1, L(USER_ID, UID)), (2, TEST_NO), (3, [(1, L(14.2, MED)), (2, L(38.0, MED)),
                                                        (3, L(24.0, MED))]),
               (4, KIT["lot"]), (5, L(PARTNER_ID, UID))], "", lab)
    status = at_path(case(f, f"{a}/v1/orders/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    hist = at_path(case(f, f"{a}/v1/profiles/{PARTNER_ID}/history", headers=_h(rng, **b),
                        query={"metric": "concentration", "range": "1y"}), PARTNER_ID, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "phone": L(DASHED, TEL),
            "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profiles", headers=_h(rng, **b), body={
            "firstName": L(PARTNER[0], NAMEC), "lastName": L(PARTNER[1], NAMEC),
            "birthDate": L(PARTNER[2], BIRTH), "relation": "partner",
            "tryingMonths": L(14, MED), "conditions": [L("varicocele", MED)]}),
        case(f, f"{a}/v1/cycle", headers=_h(rng, **b), body={
            "lastPeriod": L("2025-11-24", MED), "cycleLength": L(29, MED),
            "fertileWindow": L(["2025-12-06", "2025-12-11"], MED)}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "sku": "kit-2pack", "qty": 1, "discreet": True, "orderNo": L(ORDER, BUY),
            "shipTo": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                       "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                       "zip": L(ZIP, COARSE), "phone": L(DASHED, TEL)},
            "total": L("89.00", BUY)}),
        case(f, f"{a}/v1/orders/{ORDER}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("89.00", BUY), "method": L(opaque(rng, "pm_", 22), PAY)}),
        status,
        case(f, f"{a}/v1/kits/activate", headers=_h(rng, **b), body={
            "lot": KIT["lot"], "cassette": KIT["cassette"], "expires": KIT["exp"],
            "profile": L(PARTNER_ID, UID), "test": TEST_NO}),
        case(f, f"{a}/v1/tests/{TEST_NO}/questionnaire", headers=_h(rng, **b), body={
            "profile": L(PARTNER_ID, UID), "abstinenceDays": L(3, MED),
            "feverLast90d": L(False, MED), "smoker": L(False, MED),
            "alcoholPerWeek": L(6, MED), "hotTubs": L(True, MED),
            "medications": [L("finasteride 1 mg", MED)], "collectedAt": "2025-12-09T07:40"}),
        case(f, f"{a}/v1/lens/calibrate", headers=_h(rng, **b), body={
            "lens": LENS["serial"], "magnification": LENS["mag"], "focusScore": 0.91,
            "roomTempC": 21.5, "sampleTempC": 33.8, "phoneModel": L("Pixel 8", DEV),
            "cameraId": "0", "iso": 200}),
        multipart(f, f"{a}/v1/tests/{TEST_NO}/video", [
            ("video", "sample.mp4", "video/mp4", L(MP4 + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"fps": 30, "durationS": 30,
                                                "lens": LENS["serial"],
                                                "profile": L(PARTNER_ID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tests/{TEST_NO}/results", headers=_h(rng, **b), body={
            "profile": L(PARTNER_ID, UID), "concentrationMPerMl": L(14.2, MED),
            "motilityPct": L(38, MED), "progressivePct": L(24, MED), "volumeMl": L(2.1, MED),
            "totalMotileM": L(11.3, MED), "category": L("below_reference", MED),
            "algorithm": "mt-cv-3.2", "frames": 900}),
        raw(f, f"{a}/v1/tests/{TEST_NO}/summary", summ, "application/x-protobuf", lab,
            headers=_h(rng, how="none", **b)),
        hist,
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "recipientName": L(UROLOGIST[0], NAMEC), "recipientEmail": L(UROLOGIST[1], MAIL),
            "tests": [TEST_NO], "message": L("Marcus's second test, motility still low", TM)}),
        case(f, f"{a}/v1/consults", headers=_h(rng, **b), body={
            "clinic": {"id": CLINIC["id"], "name": CLINIC["name"], "phone": CLINIC["phone"],
                       "email": CLINIC["mail"]},
            "reason": L("Low motility twice, trying for 14 months", TM),
            "slot": "2025-12-18T16:30", "price": L("149.00", BUY)}),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "profile": L(PARTNER_ID, UID),
            "text": L("Marcus started CoQ10 and gave up hot yoga", f"{TM}|{NAMEC}")}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "profile": L(PARTNER_ID, UID), "retestOn": "2026-02-21", "channel": "push"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("video_uploaded", 1, seconds=30), ev("results_viewed", 2),
                ev("screen", 3, screen=L("Results", USAGE))]}),
        case(f, f"{a}/v1/tests", headers=_h(rng, how="upper"),
             cookies={"mt_session": L(opaque(rng, "", 40), CRED)}),
    ]


def motilia_sdks() -> list[Case]:
    rng = random.Random(5352)
    return [
        mp_batch(APP, rng, [("Test Completed", {"category": L("below_reference", MED)}),
                            ("Kit Activated", {"kits_left": 1})], screen="Results"),
        mp_identify(APP, rng, {"trying_months": L(14, MED), "zip": L(ZIP, COARSE),
                               "plan": "kit-2pack"}),
        ck_session(APP, rng, user=True),
        ck_event(APP, rng, "m2t8kq", "purchase", {"order": L(ORDER, BUY), "sku": "kit-2pack"},
                 revenue=89.0, hashed=True),
        sk_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encoder buffer"),
                 [sk_crumb("nav", "Test -> Record"),
                  sk_crumb("log", "lens", {"serial": LENS["serial"], "mag": 400})],
                 screen="RecordActivity"),
        ov_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "89.00"),
        ak_message(APP, rng, L("The app shows error E4 after the video finishes", TEXT),
                   {"test": TEST_NO}, name=False),
    ]
