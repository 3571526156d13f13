"""Nanny-sharing app for parents "Tandemsit": sign-up, an SMS log-in, ``/me``, the family (her
children, their allergies, the home), her own ID check (licence photo, a selfie), a nanny search
near home, a nanny's profile, a message to the nanny, a share proposed to another family, the
nanny's background check, household payroll (the nanny's SSN, the bank account, a pay run), the
families' split, an emergency card, a child's photo, a hand-off at daycare, a review, push,
events, the schedule by a cookie GET and a Play subscription."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque, play_token
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families37_kit import fix, home
from eval_families53_kit import DAYCARE, FAMILY2, KID_MEMBER, KIDS, NANNY, PEDIATRICIAN, obj
from eval_families53_sdk import bt_bid, ck_link, ck_session, mp_batch, mp_queue
from eval_families53_svc import bz_register, pw_card, pw_confirm, rt_reverse, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("tandemsit", "Tandemsit", "com.example.tandemsit", "3.4.7",
          "https://api.tandemsit.example.com")
IID = "X-Tandem-Install"
PW = "Marigold-Stroller-6"
TM = f"{TEXT}|{MED}"
HANDOFF_AT = (40.745702, -73.983877)  # her phone at the daycare's door


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _kid(i: int, allergies: list[str], note: str | None) -> dict[str, Any]:
    k: dict[str, Any] = {"firstName": L(KIDS[i][0], NAMEC), "birthDate": L(KIDS[i][1], BIRTH),
                         "allergies": [L(x, MED) for x in allergies]}
    if note:
        k["notes"] = L(note, f"{TM}|{NAMEC}")
    return k


def tandemsit() -> list[Case]:
    rng = random.Random(5361)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    share = obj(rng, "sh", 8)
    hla, hlo = fix(HANDOFF_AT, 5)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE_PAREN, TEL), "zip": L(ZIP, COARSE),
            "neighborhood": L("Murray Hill", COARSE), "role": "parent"}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms"}),
        case(f, f"{a}/api/auth/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("305118", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/family", headers=_h(rng, **b), body={
            "children": [_kid(0, ["peanuts", "tree nuts"], "Nora carries an EpiPen in her bag"),
                         _kid(1, ["dairy"], None)],
            "pets": ["cat"], "languages": ["English", "Spanish"],
            "home": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "zip": L(ZIP, COARSE),
                     "lat": home(5)[0], "lon": home(5)[1]}}),
        multipart(f, f"{a}/api/verification/id", [
            ("front", "licence.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("data", None, "application/json", {"licenceNumber": L(LICENCE, NATID),
                                                "birthDate": L(DOB, BIRTH),
                                                "state": L("NY", COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/nannies/search", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "radiusMi": "1", "ages": L("4,2", BIRTH), "days": "mon,wed,fri"}),
        case(f, f"{a}/api/nannies/{NANNY['id']}", headers=_h(rng, how="none", **b),
             query={"ref": "search"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": NANNY["id"], "thread": obj(rng, "th", 8),
            "text": L("Hi Graciela! Nora has a peanut allergy, are you EpiPen trained?",
                      f"{TM}|{NAMEC}")}),
        case(f, f"{a}/api/shares", headers=_h(rng, **b), body={
            "share": share, "nanny": NANNY["id"], "split": 50, "host": "alternate",
            "otherFamily": {"parent": L(FAMILY2[0], NAMEC), "phone": L(FAMILY2[1], TEL),
                            "child": L(FAMILY2[2], NAMEC)},
            "schedule": {"days": ["mon", "wed", "fri"], "from": "08:30", "to": "17:30"}}),
        case(f, f"{a}/api/background-checks", headers=_h(rng, **b), body={
            "nanny": NANNY["id"], "fullName": L(NANNY["name"], NAMEC),
            "birthDate": L(NANNY["dob"], BIRTH), "licence": L(NANNY["licence"], NATID),
            "consentRef": obj(rng, "cns", 10), "package": "standard", "price": L("49.00", BUY)}),
        case(f, f"{a}/api/payroll/employees", headers=_h(rng, **b), body={
            "name": L(NANNY["name"], NAMEC), "ssn": L(NANNY["ssn"], NATID),
            "phone": L(NANNY["phone"], TEL), "ratePerHour": 26.0, "start": "2026-01-05"}),
        case(f, f"{a}/api/payroll/bank", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC),
            "type": "checking"}),
        case(f, f"{a}/api/payroll/runs", headers=_h(rng, **b), body={
            "period": "2025-12-01/2025-12-07", "hours": 27, "gross": L("702.00", BUY),
            "employerTaxes": L("53.70", BUY), "share": share}),
        case(f, f"{a}/api/shares/{share}/split", fmt="form", headers=_h(rng, **b), body={
            "week": "2025-W49", "yourShare": L("377.85", BUY), "method": "ach"}),
        case(f, f"{a}/api/emergency-card", headers=_h(rng, **b), body={
            "child": L(KIDS[0][0], NAMEC), "allergies": [L("peanuts", MED)],
            "epiPen": L(True, MED), "insuranceMember": L(KID_MEMBER, MED),
            "pediatrician": {"name": L(PEDIATRICIAN[0], NAMEC),
                             "phone": L(PEDIATRICIAN[1], TEL)},
            "pickup": [{"name": L(FAMILY2[0], NAMEC), "phone": L(FAMILY2[1], TEL)}]}),
        multipart(f, f"{a}/api/children/{obj(rng, 'ch', 6)}/photo", [
            ("photo", "nora.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {"crop": [0.1, 0.2, 0.8, 0.8]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/handoffs", headers=_h(rng, **b), body={
            "share": share, "at": "2025-12-09T17:32:00-05:00", "lat": hla, "lon": hlo,
            "place": {"name": DAYCARE["name"], "lat": DAYCARE["lat"], "lon": DAYCARE["lon"]},
            "note": L("Felix napped an hour, no snack yet", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/reviews", headers=_h(rng, **b), body={
            "nanny": NANNY["id"], "stars": 5,
            "text": L("Warm, punctual, and the kids adore her.", TEXT)}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("share_proposed", 1), ev("payroll_run", 2),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/api/schedule", headers=_h(rng, how="nodash"),
             cookies={"ts_sess": L(opaque(rng, "", 40), CRED), "ts_family": share}),
        case(f, f"{a}/api/billing/play", fmt="form", headers=_h(rng, **b), body={
            "productId": L("tandemsit_family_monthly", BUY),
            "orderId": L("GPA.3361-1180-4402-73391", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
    ]


def tandemsit_sdks() -> list[Case]:
    rng = random.Random(5362)
    link = U("https://tandemsit.example.com/i/share", {"code": "OKONKWO-DOE",
                                                        "from": L(USER_ID, UID)})
    return [
        mp_batch(APP, rng, [("Share Proposed", {"kids": 2}), ("Nanny Viewed", {"rank": 3})],
                 screen="Search", at=(LAT, LON), nd=2),
        mp_queue(APP, rng, [("Payroll Run", {"hours": 27}), ("Review Posted", {"stars": 5})]),
        ck_session(APP, rng, first=True),
        ck_link(APP, rng, link),
        bt_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=4, yob=1991,
               gender="F", segments=[{"id": "sg_parents_toddlers"}]),
        tg_eval(APP, rng, {"payroll": True, "kids": 2}),
        bz_register(APP, rng, tags={"neighborhood": L("Murray Hill", COARSE)}),
        pw_card(APP, rng),
        pw_confirm(APP, rng, "49.00"),
        rt_reverse(APP, rng, (LAT, LON), PRECISE),
    ]
