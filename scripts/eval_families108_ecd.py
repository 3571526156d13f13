"""Early-childhood-centre enrolment app "Kireshi" (the user is the parent; her son Tanaka, four,
applies for a place). Sets 96, 104 and 107 have creche and preschool apps for daily life; this
one is the admissions process: the parent's registration and log-in, ``/me`` with a JWT,
centres near her home, the application (the child, his birth certificate's number, the
religion the church-run centre asks for, both parents' ID numbers, the address), documents
(the birth certificate, the immunisation card, the child's photo), his health form, a
developmental questionnaire, the application by reference, an interview slot, the offer
accepted, the registration fee paid and invoiced, the people allowed to collect him, an
emergency contact, a uniform order, school transport from home, consents, a message to
admissions, push, events, the waiting list and his status by his ID in the path (cookie GET)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_UPPER, JPEG, multipart, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families108_kit import (
    ADDR,
    BIRTH,
    BUY,
    CENTRE,
    CHILD_ID,
    CITY_ZW,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    HOME_LINE,
    HOME_ZW_AT,
    HUSBAND,
    INVOICE,
    LOCAL_NO,
    MAIL,
    MED,
    MEDIA,
    MIL,
    NAMEC,
    NATID,
    SEARCH,
    SENS,
    SON,
    SUBURB,
    TEL,
    TEXT,
    UID,
    USAGE,
    ZW_ID,
    fix,
    ll,
    obj,
)
from eval_families108_sdk import at_event, at_session, bn_bid, cm_crash, cm_crumb, ms_batch
from eval_families108_svc import ch_attach, cn_save, md_search, pj_register, pm_card, ta_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("kireshi", "Kireshi", "com.example.kireshi", "1.6.0", "https://api.kireshi.example.com")
IID = "X-Kireshi-Install"
PW = "Tanaka&Msasa2021"
APPREF = "APP-26-00417"  # the application's reference (a case number: a negative)
PAED = ("Dr. Nyasha Gumbo", "+263242790155")  # the paediatrician she names


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _kid() -> dict[str, Any]:
    return {"firstName": L(SON["first"], NAMEC), "surname": L(SON["last"], NAMEC),
            "dob": L(SON["dob"], BIRTH), "gender": L("male", GENDER),
            "birthCertNo": L(SON["cert"], NATID), "homeLanguage": "Shona",
            "religion": L("Methodist", SENS)}


def kireshi() -> list[Case]:
    rng = random.Random(10861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), children=[L(CHILD_ID, UID)]))}
    offer = obj(rng, "of", 8)
    hla, hlo = fix(HOME_ZW_AT, 5)
    status = at_path(case(f, f"{a}/v1/children/{CHILD_ID}/status", headers=_h(rng, how="none"),
                          cookies={"kr_session": L(opaque(rng, "", 40), CRED)}), CHILD_ID, UID)
    return [
        case(f, f"{a}/v1/parents/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE, TEL), "altPhone": L(LOCAL_NO, TEL), "password": L(PW, CRED),
            "relationship": "mother"}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/centres", headers=_h(rng, **b), query={
            "near": ll(HOME_ZW_AT, 3), "age": L("4", BIRTH), "km": "5"}),
        case(f, f"{a}/v1/centres/{CENTRE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/applications", headers=_h(rng, **b), body={
            "centre": CENTRE["id"], "centreEmail": CENTRE["mail"], "term": "2026-T1",
            "child": _kid(),
            "mother": {"idNumber": L(ZW_ID, NATID), "employer": "NGO"},
            "father": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                       "idNumber": L(HUSBAND[2], NATID)},
            "address": {"line1": L(HOME_LINE, ADDR), "suburb": L(SUBURB, COARSE),
                        "city": L(CITY_ZW, COARSE)}}),
        multipart(f, f"{a}/v1/applications/{APPREF}/documents", [
            ("birth_certificate", "birth_cert.jpg", "image/jpeg",
             L(JPEG + b"\xe1", f"{MEDIA}|{NATID}")),
            ("immunisation_card", "road_to_health.jpg", "image/jpeg",
             L(JPEG + b"\xe2", f"{MEDIA}|{MED}")),
            ("photo", "tanaka.jpg", "image/jpeg", L(JPEG + b"\xe3", MEDIA)),
            ("meta", None, "application/json", {"child": L(CHILD_ID, UID), "count": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/applications/{APPREF}/health", headers=_h(rng, **b), body={
            "allergies": [L("peanuts", MED)], "conditions": [L("mild asthma", MED)],
            "medicines": [L("salbutamol inhaler as needed", MED)],
            "immunisations": L([{"vaccine": "MR2", "date": "2023-02-14"},
                                {"vaccine": "DTP booster", "date": "2023-02-14"}], MED),
            "doctor": {"name": L(PAED[0], NAMEC), "phone": L(PAED[1], TEL)}}),
        case(f, f"{a}/v1/applications/{APPREF}/screening", headers=_h(rng, **b), body={
            "twoWordSentences": L(True, MED), "toiletTrained": L(False, MED),
            "walksUpStairs": L(True, MED), "concerns": L(
                "He stammers a little when excited; no speech therapy so far",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/applications/{APPREF}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/applications/{APPREF}/interview", fmt="form", headers=_h(rng, **b),
             body={"slot": "sl_0912", "remind": L(LOCAL_NO, TEL)}),
        case(f, f"{a}/v1/offers/{offer}/accept", headers=_h(rng, **b), body={
            "child": L(CHILD_ID, UID), "accept": True, "fee": L("150.00", BUY),
            "plan": L("termly", BUY)}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "invoice": L(INVOICE, BUY), "amount": L("150.00", BUY), "method": "mobile_money",
            "msisdn": L(LOCAL_NO, TEL)}),
        case(f, f"{a}/v1/children/{CHILD_ID}/collectors", headers=_h(rng, **b), body={
            "people": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                        "relation": "father"},
                       {"name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL),
                        "relation": "grandmother"}]}),
        case(f, f"{a}/v1/children/{CHILD_ID}/emergency", fmt="form", headers=_h(rng, **b),
             body={"name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL), "relation": "gogo"}),
        case(f, f"{a}/v1/uniform/orders", headers=_h(rng, **b), body={
            "child": L(CHILD_ID, UID), "items": [{"sku": "UNI-TS-45", "qty": 2},
                                                 {"sku": "UNI-HAT", "qty": 1}],
            "total": L("38.00", BUY)}),
        case(f, f"{a}/v1/transport", headers=_h(rng, **b), body={
            "child": L(CHILD_ID, UID), "pickup": {"lat": hla, "lng": hlo,
                                                  "line1": L(HOME_LINE, ADDR)},
            "time": "07:15", "fee": L("25.00", BUY)}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "child": L(CHILD_ID, UID), "photos": "no", "outings": "yes", "sunscreen": "yes"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "admissions", "text": L(
                "Tanaka is shy for the first days and has his inhaler in his bag",
                f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "child": L(CHILD_ID, UID), "events": [
                ev("application_submitted", 1), ev("offer_accepted", 2),
                ev("screen", 3, screen=L("Documents", USAGE))]}),
        case(f, f"{a}/v1/waitlist", headers=_h(rng, **b), query={
            "centre": CENTRE["id"], "child": L(CHILD_ID, UID)}),
        status,
    ]


def kireshi_sdks() -> list[Case]:
    rng = random.Random(10862)
    return [
        ms_batch(APP, rng, [("Application Submitted", {"child_age": L(SON["age"], BIRTH)}),
                            ("Offer Accepted", {"fee": L(150.0, BUY)})]),
        at_session(APP, rng, first=True),
        at_event(APP, rng, "application", {"centre": CENTRE["id"], "term": "2026-T1"},
                 hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_ZW_AT, nd=3,
               keywords="preschool,harare,uniform"),
        cm_crash(APP, rng, ("java.io.FileNotFoundException", "camera file missing"),
                 [cm_crumb("Application -> Documents"), cm_crumb("capture", "user")],
                 screen="DocumentsActivity"),
        ta_eval(APP, rng, {"childAge": L(SON["age"], BIRTH), "term": "2026-T1"}),
        pj_register(APP, rng, tags={"child_age": L(SON["age"], BIRTH), "centre": CENTRE["id"]}),
        cn_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        pm_card(APP, rng, email=True),
        md_search(APP, rng, "Tiny Msasa ECD", SEARCH, near=HOME_ZW_AT, nd=4),
        ch_attach(APP, rng, L(JPEG + b"\xe4", f"{MEDIA}|{BUY}"), "proof_of_payment.jpg",
                  "image/jpeg"),
    ]

