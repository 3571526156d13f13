"""Prenatal genetic-test results app "Cradlegene" (a cell-free DNA screen and carrier screening;
camelCase API): the account, a log-in with an MFA code, ``/me``, the kit activated with her
obstetrician, the pregnancy, the history (conditions, medicines, family history, ancestry for the
carrier panel), the insurance card, consent, her husband's details for carrier screening, the
results by the kit in the path, a results page read, a counselling appointment, the report shared
with her obstetrician, symptoms, a journal, an ultrasound photo, articles for her week, reminders,
push, events, a Play purchase, a deletion request and notifications by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families27_kit import PDF
from eval_families50_kit import CLINIC_CG, DUE, HUSBAND, KIT_CG, LAB, MEMBER_CG, OB, obj
from eval_families50_sdk import bq_bid, cw_crash, cw_crumb, sm_batch, sm_queue, tw_event, tw_open
from eval_families50_svc import ag_save, bt_register, cr_confirm, fb_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("cradlegene", "Cradlegene", "com.example.cradlegene", "2.7.3",
          "https://api.cradlegene.example.com")
IID = "X-CG-Install"
PW = "Juniper#Sprout19"
PREG = f"{MED}|{SENS}"  # a field stating her pregnancy (its week, due date): medical and sensitive
RESULT = "res_8d21f4c07a"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def cradlegene() -> list[Case]:
    rng = random.Random(5021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kit=L(KIT_CG, UID)))}
    results = at_path(case(f, f"{a}/v2/kits/{KIT_CG}/results", headers=_h(rng, **b)),
                      KIT_CG, UID)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH), "phone": L(NATIONAL, TEL),
            "zip": L(ZIP, COARSE), "marketingOptIn": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "cradlegene-android"}),
        case(f, f"{a}/v2/auth/mfa", headers=_h(rng), body={
            "challengeId": obj(rng, "mfa", 12), "code": L("604118", CRED), "method": "sms",
            "rememberDevice": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kits/activate", headers=_h(rng, **b), body={
            "kitBarcode": L(KIT_CG, UID), "collectedAt": "2025-12-08T09:40:00-05:00",
            "collectionSite": CLINIC_CG["id"], "labId": LAB["id"], "labClia": LAB["clia"],
            "orderingProvider": {"name": L(OB[0], NAMEC), "phone": L(OB[1], TEL)},
            "panel": [L("nipt_basic", MED), L("carrier_3gene", MED)]}),
        case(f, f"{a}/v2/pregnancy", headers=_h(rng, **b), body={
            "dueDate": L(DUE, PREG), "gestationalAge": {"weeks": L(11, PREG), "days": L(3, PREG)},
            "conception": L("IVF", MED), "pregnancyType": L("singleton", MED),
            "previousPregnancies": L(2, MED), "prePregnancyKg": L(62.1, FIT),
            "heightCm": L(168, FIT)}),
        case(f, f"{a}/v2/intake/history", headers=_h(rng, **b), body={
            "conditions": [L("hypothyroidism", MED),
                           L("gestational diabetes in a previous pregnancy", MED)],
            "medications": [{"name": L("levothyroxine", MED), "dose": L("50 mcg", MED)},
                            {"name": L("prenatal vitamin", MED), "dose": L("1 tablet", MED)}],
            "familyHistory": [L("cystic fibrosis (maternal cousin)", MED)],
            "ancestry": [L("Ashkenazi Jewish", SENS), L("Northern European", SENS)],
            "consanguinity": L(False, MED), "smoker": L(False, MED)}),
        multipart(f, f"{a}/v2/insurance", [
            ("card", "insurance.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "memberId": L(MEMBER_CG, MED), "group": "GRP-40021", "payer": "Quorum Health",
                "subscriberName": L(NAME, NAMEC), "subscriberDob": L(DOB, BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/consents", headers=_h(rng, **b), body={
            "kind": "nipt_carrier", "version": "2025-10", "signedName": L(NAME, NAMEC),
            "revealFetalSex": False, "researchUse": False, "signedAt": 1765301122}),
        case(f, f"{a}/v2/partner", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "dateOfBirth": L(HUSBAND[1], BIRTH),
            "phone": L(HUSBAND[2], TEL), "email": L(HUSBAND[3], MAIL),
            "ancestry": [L("Northern European", SENS)], "carrierScreening": True}),
        results,
        case(f, f"{a}/v2/results/{RESULT}/views", headers=_h(rng, **b), body={
            "section": L("sex_chromosomes", USAGE), "secondsOnPage": L(48, USAGE),
            "expanded": ["what_low_risk_means"]}),
        case(f, f"{a}/v2/counseling/appointments", headers=_h(rng, **b), body={
            "resultId": RESULT, "slot": "2025-12-15T16:30:00Z", "callbackPhone": L(NATIONAL, TEL),
            "summary": {"fetalFraction": L(9.8, MED), "t21": L("low risk", MED),
                        "t18": L("low risk", MED), "t13": L("low risk", MED),
                        "carrier": L("CFTR heterozygous", MED)},
            "question": L("My carrier result says I carry one CFTR variant, what does this mean "
                          "if Daniel is negative?", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/results/{RESULT}/share", [
            ("report", "cradlegene_report.pdf", "application/pdf", L(PDF, MED)),
            ("to", None, "application/json", {
                "name": L(OB[0], NAMEC), "email": L("m.castellanos@murrayhillwh.example.com", MAIL),
                "practice": CLINIC_CG["name"], "practicePhone": CLINIC_CG["phone"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "date": "2025-12-09", "nausea": L(3, MED), "fatigue": L(4, MED),
            "spotting": L(False, MED), "bpSystolic": L(112, MED), "bpDiastolic": L(71, MED),
            "weightKg": L(63.4, FIT)}),
        case(f, f"{a}/v2/journal", fmt="form", headers=_h(rng, **b), body={
            "text": L("Heard the heartbeat today, 158 bpm. Cried in the car.", f"{TEXT}|{MED}"),
            "mood": "happy", "week": L("11", PREG)}),
        multipart(f, f"{a}/v2/ultrasounds", [
            ("image", "scan_12w.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "week": L(12, PREG), "caption": L("Baby #3 waving", f"{TEXT}|{PREG}"),
                "clinic": CLINIC_CG["name"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/articles", headers=_h(rng, **b), query={
            "week": L("11", PREG), "topic": "nipt", "lang": L("en", DEV)}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "kind": "next_appointment", "at": "2025-12-22T09:00",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("kit_activated", 1), ev("results_opened", 2, section="summary"),
                ev("screen", 3, screen=L("ResultsSummary", USAGE))]}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("cg_counseling_plus", BUY),
            "orderId": L("GPA.3318-2277-0914-60218", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/privacy/requests", fmt="form", headers=_h(rng, **b), body={
            "type": "delete_sample_after_results", "email": L(EMAIL, MAIL),
            "kit": L(KIT_CG, UID)}),
        case(f, f"{a}/v2/notifications", headers=_h(rng, how="upper"),
             cookies={"cg_session": L(opaque(rng, "", 44), CRED), "cg_csrf": opaque(rng, "", 24)}),
    ]


def cradlegene_sdks() -> list[Case]:
    rng = random.Random(5022)
    return [
        sm_batch(APP, rng, [("Results Viewed", {"risk": L("low", MED), "week": L(11, PREG)}),
                            ("Counseling Booked", {"source": "results"})]),
        sm_queue(APP, rng, [("Kit Activated", {"panel": "nipt_basic"}),
                            ("Journal Saved", {"chars": 52})]),
        tw_open(APP, rng, user=True),
        tw_event(APP, rng, "af_purchase", {"product": L("cg_counseling_plus", BUY)},
                 revenue=49.0, hashed=True),
        bq_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords=L("pregnancy,first trimester,baby gear", PREG)),
        cw_crash(APP, rng, ("java.io.IOException", "pdf renderer closed"),
                 [cw_crumb("nav", "Results -> Report"),
                  cw_crumb("log", "share", {"result": RESULT})], screen="ReportActivity"),
        fb_eval(APP, rng, {"trimester": L(1, PREG), "carrierPanel": True}),
        bt_register(APP, rng, tags={"week": L("11", PREG), "kit": "activated"}),
        ag_save(APP, rng, {"analytics": True, "ads": False, "research": False}, user=True),
        cr_confirm(APP, rng, "49.00"),
    ]
