"""Surrogacy and egg-donor agency portal "Cradlebridge" (a GraphQL API beside a few REST
routes; she and her wife Alex are intended parents): sign-up, the MFA code, ``Me``, the intake
(family, her fertility history, ethnicity, Alex), a donor search and a favourite, a match request,
the passport and IVF records uploaded, carrier screening, the contract signed, escrow funded, the
journey by her intended-parent number in the path, a message to the case manager, the embryo
transfer in the calendar, her address and insurance, a cost estimate, a consult booked, push,
events and the documents by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER, PASSPORT, gql
from eval_families23_kit import MEMBER_ID
from eval_families24_kit import claims, head, rid
from eval_families62_kit import CARRIER_FILE, DONORS, ESCROW_AMT, IP_NO, IVF, obj
from eval_families62_sdk import as_event, as_session, ck_crash, ck_crumb, mq_batch, mq_identify
from eval_families62_svc import cm_save, cp_attach, fh_eval, pj_bank, px_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("cradlebridge", "Cradlebridge", "com.example.cradlebridge", "3.2.4",
          "https://portal.cradlebridge.example.com")
IID = "X-CB-Device"
PW = "Nursery-Lamp-2025"
NATID = "personal.national_id"
Q = "mutation {op}($input: {op}Input!) {{ {op}(input: $input) {{ ok id }} }}"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _g(f: str, rng: random.Random, op: str, variables: dict[str, Any], **kw: Any) -> Case:
    return case(f, f"{APP.api}/graphql", headers=_h(rng, **kw),
                body=gql(op, Q.format(op=op), variables))


def cradlebridge() -> list[Case]:
    rng = random.Random(6241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ipNumber=L(IP_NO, UID)))}
    journey = at_path(case(f, f"{a}/api/journey/{IP_NO}/milestones", headers=_h(rng, **b)),
                      IP_NO, UID)
    return [
        _g(f, rng, "SignUp", {"input": {
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(DASHED, TEL), "password": L(PW, CRED), "role": "intended_parent",
            "state": L(STATE, COARSE), "device": L(INSTALL_ID, DID)}}),
        case(f, f"{a}/api/auth/mfa", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("660218", CRED), "remember": "30d"}),
        case(f, f"{a}/graphql", headers=_h(rng, extra=jw), body=gql(
            "Me", "query Me { me { id ipNumber journey { stage } } }", {})),
        _g(f, rng, "SaveIntake", {"input": {
            "ipNumber": L(IP_NO, UID), "familyType": L("two-mom family", SENS),
            "ethnicity": L("Irish American", SENS),
            "partner": {"name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
                        "ethnicity": L("Korean American", SENS)},
            "history": {"diagnosis": L("diminished ovarian reserve", MED),
                        "ivfCycles": L(3, MED), "pregnancies": L(2, f"{SENS}|{MED}"),
                        "losses": L(2, f"{SENS}|{MED}"), "embryosFrozen": L(4, MED)},
            "seeking": ["gestational_carrier", "egg_donor"]}}, **b),
        _g(f, rng, "SearchDonors", {"filter": {
            "ethnicity": L("Korean", SEARCH), "eyeColor": L("brown", SEARCH),
            "education": L("graduate", SEARCH), "heightMinCm": L(163, SEARCH),
            "proven": True}, "first": 20, "after": opaque(rng, "cur_", 12)}, **b),
        _g(f, rng, "FavoriteDonor", {"input": {"donorId": DONORS[1], "list": "shortlist"}},
           **b),
        _g(f, rng, "RequestDonorMatch", {"input": {
            "donorId": DONORS[1], "ipNumber": L(IP_NO, UID),
            "note": L("We love that she volunteers at an animal shelter", TEXT)}}, **b),
        multipart(f, f"{a}/api/uploads/identity", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"documentType": "passport",
                                                "number": L(PASSPORT, NATID),
                                                "holder": L(NAME, NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/uploads/records", [
            ("file", "ivf_cycle_summary.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"clinicId": IVF["id"], "category": "ivf",
                                                "pages": 7})],
            headers=_h(rng, **b)),
        _g(f, rng, "SaveCarrierScreening", {"input": {
            "carrierOf": [L("cystic fibrosis", MED)], "partnerTested": True,
            "lab": "Coralgen Lab", "reportDate": "2025-10-02"}}, **b),
        _g(f, rng, "SignContract", {"input": {
            "contractId": obj(rng, "ctr", 8), "signature": L(NAME, NAMEC),
            "signedAt": "2025-12-09T20:14:55Z", "ip": L(PUBLIC_IP, IPLOC),
            "consentToEsign": True}}, **b),
        case(f, f"{a}/api/escrow/fund", fmt="form", headers=_h(rng, **b), body={
            "amount": L(ESCROW_AMT, BUY), "currency": "USD",
            "payment_method": L(opaque(rng, "ba_", 24), PAY),
            "escrow": "Ledgerwell Escrow #CB-7781"}),
        journey,
        _g(f, rng, "SendMessage", {"input": {
            "threadId": obj(rng, "thr", 8),
            "body": L(f"{CARRIER_FILE[1]}'s 20-week scan is on the 15th, can we join by video?",
                      f"{TEXT}|{NAMEC}|{SENS}"),
            "to": "case_manager"}}, **b),
        case(f, f"{a}/api/calendar/events", headers=_h(rng, **b), body={
            "type": L("embryo transfer", MED), "clinic": {"id": IVF["id"], "name": IVF["name"],
                                                          "phone": IVF["phone"]},
            "when": "2026-01-22T08:30", "carrier": CARRIER_FILE[0],
            "invite": [L(PARTNER[2], MAIL)]}),
        _g(f, rng, "UpdateAddress", {"input": {
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}, **b),
        _g(f, rng, "SaveInsurance", {"input": {
            "memberId": L(MEMBER_ID, MED), "coversSurrogacy": False,
            "payer": "Bluepine Health Plan"}}, **b),
        case(f, f"{a}/api/budget/estimate", headers=_h(rng, **b), query={
            "program": "gc_donor", "carrierState": "CA", "donorType": "fresh",
            "compensation": "55000"}),
        case(f, f"{a}/api/consults", fmt="form", headers=_h(rng, **b), body={
            "phone": L(NATIONAL, TEL), "slot": "2025-12-16T13:00", "howHeard": "podcast",
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("donor_viewed", 1), ev("contract_signed", 2),
                ev("screen", 3, screen=L("Journey", USAGE))]}),
        case(f, f"{a}/api/documents", headers=_h(rng, how="none"),
             cookies={"cb_session": L(opaque(rng, "", 48), CRED), "cb_csrf": rid(rng)}),
    ]


def cradlebridge_sdks() -> list[Case]:
    rng = random.Random(6242)
    return [
        mq_batch(APP, rng, [("Donor Viewed", {"donor": DONORS[0]}),
                            ("Intake Completed", {"familyType": L("two-mom family", SENS)})]),
        mq_identify(APP, rng, {"program": "gc_donor", "state": L(STATE, COARSE)}),
        as_session(APP, rng, first=True),
        as_event(APP, rng, "c0nsl7", "consult_booked", hashed=True),
        ck_crash(APP, rng, ("com.apollographql.ApolloHttpException", "HTTP 502"),
                 [ck_crumb("navigation", "Donors -> DonorProfile"),
                  ck_crumb("request", "POST /graphql", {"op": "FavoriteDonor"})],
                 screen="DonorProfileActivity"),
        fh_eval(APP, rng, {"journeyStage": "matching"}),
        px_register(APP, rng, tags={"stage": "matching"}),
        cm_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        pj_bank(APP, rng),
        cp_attach(APP, rng, L(JPEG + b"\x42", MEDIA), "invoice_question.jpg", "image/jpeg"),
    ]
