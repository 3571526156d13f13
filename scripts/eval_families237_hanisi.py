"""A disability concession card and carer app "Hanisi Card" (``hanisi`` kindness; a Fiji
disability-services scheme's card, its bus and ferry concessions, assistive devices and a
monthly allowance; she applies as the carer of her mother-in-law Mereani, 71, who is losing her
sight to diabetic retinopathy at the family house in Ahau). Its API's keys are Rotuman with
English loans: ``asa`` name, ``ran_fanau`` birth date, ``telefon``, ``imel``, ``faeag_nusura``
password, ``ut_noho`` address, ``hanua`` village, ``itu`` district, ``mafa`` eye, ``mahaki``
illness, ``tokta`` doctor, ``vai`` medicine, ``fika_kad`` card number, ``fika_taks`` tax number,
``pemit_noho`` residence permit, ``ohoni`` mother, ``tala`` amount, ``akaun`` account,
``rogrog`` message, ``jaja`` picture, ``ran`` day, ``ut`` place: the carer's sign-up, a log-in,
``/ou``, the applicant, her disability, the doctor's certificate (PDF), her photo, the eye test,
the home assessment booked at Ahau, the card by number in the path, the bus and ferry
concession, the carer link, an assistive-device request, the allowance account, a message to
the officer, offices near Ahau (2 decimals), a renewal reminder, a draft (base64 JSON in a
form), the status by cookie, push and events."""

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families237_kit import (
    AHAU_HOME,
    AHAU_HOME_AT,
    CARER,
    FJ_ACCOUNT,
    MOTHER_IL,
    RESIDENCE,
    STATION,
    fix,
    hd,
    obj,
    push,
)
from eval_families237_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families237_svc import cy_check, fn_eval, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("hanisi", "Hanisi Card", "com.example.hanisicard", "1.8.5",
          "https://api.hanisicard.example.org")
IID = "X-Hanisi-Device"
PW = "Mereani*Ahau71"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
DISAB = f"{SENS}|{MED}"  # a disability named by its medical cause


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, rt=True, **kw)


def hanisi() -> list[Case]:
    rng = random.Random(23741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), carer=L(CARER, UID)))}
    app_id = obj(rng, "ap")
    hla, hlo = fix(AHAU_HOME_AT, 5)
    card = at_path(case(f, f"{a}/v1/kad/{MOTHER_IL['card']}", headers=_h(rng, **b)),
                   MOTHER_IL["card"], SENS)
    return [
        case(f, f"{a}/v1/carer/signup", headers=_h(rng), body={
            "asa": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "faeag_nusura": L(PW, CRED),
            "pemit_noho": L(RESIDENCE, NID), "carer": L(CARER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "faeag_nusura": L(PW, CRED)}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/applicant", headers=_h(rng, **b), body={
            "application": app_id, "asa": L(MOTHER_IL["name"], NAMEC),
            "ran_fanau": L(MOTHER_IL["dob"], BIRTH), "sex": L("F", GENDER),
            "telefon": L(MOTHER_IL["phone"], TEL), "fika_taks": L(MOTHER_IL["tin"], NID),
            "ut_noho": {"line": L(AHAU_HOME["line"], ADDR),
                        "hanua": L(AHAU_HOME["village"], COARSE),
                        "itu": L(AHAU_HOME["district"], COARSE),
                        "island": L(AHAU_HOME["island"], COARSE)},
            "relation": "ohoni (in-law)", "carer": L(CARER, UID)}),
        case(f, f"{a}/v1/applicant/{app_id}/disability", headers=_h(rng, **b), body={
            "kind": L("visual impairment", SENS), "mahaki": L("diabetic retinopathy", DISAB),
            "since": "2023", "aids": [L("white cane", SENS), L("magnifier", SENS)],
            "mobility": L("walks with a guide outside the house", SENS),
            "diabetes": L("type 2, on insulin", MED)}),
        multipart(f, f"{a}/v1/applicant/{app_id}/documents", [
            ("certificate", "tokta_cert.pdf", "application/pdf", L(PDF, f"{MEDIA}|{DISAB}")),
            ("meta", None, "application/json", {"tokta": L("Dr T. Rigamoto", NAMEC),
                                                "clinic": "Rotuma Hospital eye clinic"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/applicant/{app_id}/jaja", [
            ("jaja", "mereani.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"use": "card_photo"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/applicant/{app_id}/mafa", fmt="form", headers=_h(rng, **b), body={
            "mafa_right": L("6/60", MED), "mafa_left": L("3/60", MED),
            "field": L("reduced", MED), "ran": "2026-01-06"}),
        case(f, f"{a}/v1/assessment", headers=_h(rng, **b), body={
            "application": app_id, "ran": "2026-01-21", "kind": "home_visit",
            "ut": {"lat": hla, "lng": hlo}, "office": STATION["id"],
            "note": L("Please come after 10, she rests early after insulin", f"{TEXT}|{MED}")}),
        card,
        case(f, f"{a}/v1/concessions", headers=_h(rng, **b), body={
            "fika_kad": L(MOTHER_IL["card"], SENS), "bus": True, "ferry": True,
            "companion": L(True, SENS)}),
        case(f, f"{a}/v1/concessions/ferry", headers=_h(rng, **b), body={
            "fika_kad": L(MOTHER_IL["card"], SENS), "ship": "mv_sailing_0412",
            "ran": "2026-04-12", "from": "Suva", "to": "Oinafa",
            "passengers": [{"asa": L(MOTHER_IL["name"], NAMEC), "concession": "disability"},
                           {"asa": L(f"{FIRST} {LAST}", NAMEC), "concession": "companion",
                            "telefon": L(E164, TEL)}],
            "tala": L(145, BUY)}),
        case(f, f"{a}/v1/carer/link", fmt="form", headers=_h(rng, **b), body={
            "fika_kad": L(MOTHER_IL["card"], SENS), "carer": L(CARER, UID),
            "relation": "daughter-in-law", "telefon": L(E164, TEL)}),
        case(f, f"{a}/v1/assistive", headers=_h(rng, **b), body={
            "fika_kad": L(MOTHER_IL["card"], SENS), "devices": ["talking_watch", "cane_long"],
            "rogrog": L("Her cane is too short and she cannot read the insulin pen numbers "
                        "any more", f"{TEXT}|{DISAB}")}),
        case(f, f"{a}/v1/allowance/akaun", headers=_h(rng, **b), body={
            "fika_kad": L(MOTHER_IL["card"], SENS), "payee": L(f"{FIRST} {LAST}", NAMEC),
            "akaun": L(FJ_ACCOUNT, PAY), "bank": "Example Bank Fiji", "tala": L(90, BUY)}),
        case(f, f"{a}/v1/rogrog", headers=_h(rng, **b), body={
            "to": "officer_rotuma", "thread": obj(rng, "th"),
            "text": L("Noa'ia, the home visit on the 21st is fine, Mereani Fatiaki will be at home",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/offices", headers=_h(rng, **b), query={
            "near": L(f"{AHAU_HOME_AT[0]:.2f},{AHAU_HOME_AT[1]:.2f}", COARSE), "km": "20"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "fika_kad": L(MOTHER_IL["card"], SENS), "ran": "2027-01-15", "channel": "sms",
            "telefon": L(E164, TEL)}),
        case(f, f"{a}/v1/applicant/{app_id}/draft", fmt="form", headers=_h(rng, **b), body={
            "draft": W({"asa": L(MOTHER_IL["name"], NAMEC),
                        "mahaki": L("diabetic retinopathy", DISAB),
                        "itu": L("Itu'ti'u", COARSE)}, "b64json"), "step": "3"}),
        case(f, f"{a}/v1/status", headers=_h(rng, how="none"), cookies={
            "hc_sess": L(opaque(rng, "", 40), CRED), "hc_dev": L(INSTALL_ID, DID),
            "hc_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "rtm_FJ")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "lang": L("rtm", DEV), "events": [
                ev("application_sent", 1), ev("screen", 2, screen=L("Assessment", USAGE))]}),
    ]


def hanisi_sdks() -> list[Case]:
    rng = random.Random(23742)
    return [
        mc_batch(APP, rng, [("Application Sent", {"step": 5}),
                            ("Visit Booked", {"office": STATION["id"]})],
                 at=AHAU_HOME_AT, nd=2, locale="rtm_FJ"),
        mc_identify(APP, rng, {"role": "carer", "itu": L("Itu'ti'u", COARSE),
                               "carer": L(CARER, UID)}),
        tn_launch(APP, rng),
        cd_crash(APP, rng, ("android.os.TransactionTooLargeException", "pdf bundle"),
                 [cd_crumb("nav", "Documents -> Upload")], screen="DocumentsActivity"),
        cd_session(APP, rng, secs=655),
        fn_eval(APP, rng, {"scheme": "hanisi", "island": L("Rotuma", COARSE)}, hdr=True),
        pt_register(APP, rng, lang="rtm", tags={"role": "carer"}),
        cy_check(APP, rng, {"analytics": True}),
        mm_reverse(APP, rng, AHAU_HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L("The card photo upload fails on Rotuma's slow internet", TEXT),
                   {"carer": L(CARER, UID)}),
    ]
