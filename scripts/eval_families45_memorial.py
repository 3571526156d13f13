"""Funeral planning and memorial app "Evergrove" (she arranges her late father's funeral and
plans her own): an account, a log-in, ``/me`` with a JWT, the arrangement (her father: name,
birth date, SSN, religion, cause of death), the service, the death certificate, the obituary, a
memorial photo, the guestbook, relatives notified from her contacts, flowers, the payment, the
survivor's benefit (her bank account), the plot, the livestream's invitees, her own wishes and
will, a grief journal, a reminder, a virtual candle, push, events and the arrangements by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
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
    PEOPLE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families45_kit import BROTHER, CASE_FH, FATHER, HOME_FH, PLOT, obj
from eval_families45_sdk import (
    ar_event,
    ar_open,
    fk_crash,
    fk_crumb,
    ls_batch,
    ls_pixel,
)
from eval_families45_svc import ak_message, aw_save, fb_eval, ph_opened, ph_register, pm_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("evergrove", "Evergrove", "com.example.evergrove", "1.19.0",
          "https://api.evergrove.example.org")
IID = "X-Evergrove-Install"
PW = "Willow&Stone-1948"
OBIT = ("Robert Doe, 77, of Queens, died peacefully on December 2. He is survived by his "
        "daughter Jane and his son Michael. A funeral Mass will be held at St. Agnes.")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def evergrove() -> list[Case]:
    rng = random.Random(4571)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    mem = obj(rng, "mem", 8)
    svc = obj(rng, "svc", 8)
    kin = [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[2:5]]
    pay = at_path(case(f, f"{a}/v1/arrangements/{CASE_FH}/payment", fmt="form",
                       headers=_h(rng, **b), body={
                           "package": "traditional_plus", "total": L("9845.00", BUY),
                           "deposit": L("2500.00", BUY),
                           "method": L(opaque(rng, "pm_", 24), PAY), "financing": "0"}),
                  CASE_FH, BUY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "reason": "loss_of_family_member"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/arrangements", headers=_h(rng, **b), body={
            "case": L(CASE_FH, BUY), "relationship": "daughter",
            "deceased": {"name": L(FATHER["name"], NAMEC), "dob": L(FATHER["dob"], BIRTH),
                         "dod": FATHER["dod"], "ssn": L(FATHER["ssn"], NATID),
                         "religion": L("Roman Catholic", SENS),
                         "cause": L(FATHER["cause"], MED), "veteran": True},
            "funeralHome": HOME_FH}),
        case(f, f"{a}/v1/arrangements/{CASE_FH}/service", headers=_h(rng, **b), body={
            "service": svc, "rite": L("Catholic funeral Mass", SENS),
            "officiant": L("Fr. Daniel Kowalski", NAMEC),
            "venue": {"name": "St. Agnes Church", "lat": 40.75138, "lon": -73.97602},
            "date": "2025-12-08T10:00", "burial": True, "militaryHonors": True}),
        multipart(f, f"{a}/v1/arrangements/{CASE_FH}/documents", [
            ("file", "death_certificate.jpg", "image/jpeg", L(JPEG + b"\x4d", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"kind": "death_certificate", "copies": 6})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/obituaries", headers=_h(rng, **b), body={
            "memorial": mem, "text": L(OBIT, f"{TEXT}|{NAMEC}|{SENS}"),
            "newspaper": "queens_chronicle", "price": L("185.00", BUY)}),
        multipart(f, f"{a}/v1/memorials/{mem}/photos", [
            ("photo", "dad_1979.jpg", "image/jpeg", L(JPEG + b"\x4e", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Dad at Rockaway Beach, summer 1979", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/memorials/{mem}/guestbook/moderate", headers=_h(rng, **b), body={
            "approve": [obj(rng, "gb", 8), obj(rng, "gb", 8)], "hide": [obj(rng, "gb", 8)],
            "reply": L("Thank you all for the kind words about Dad", TEXT)}),
        case(f, f"{a}/v1/notify", headers=_h(rng, **b), body={
            "recipients": kin, "template": "service_details", "memorial": mem}),
        case(f, f"{a}/v1/flowers/orders", headers=_h(rng, **b), body={
            "sku": "FL-STAND-WHT", "order": L("FLW-2512-3390", BUY), "price": L("149.00", BUY),
            "card": L("Love always, your Jane", f"{TEXT}|{NAMEC}"), "deliverTo": HOME_FH["id"],
            "from": L(NAME, NAMEC)}),
        pay,
        case(f, f"{a}/v1/benefits/survivor", headers=_h(rng, **b), body={
            "deceasedSsn": L(FATHER["ssn"], NATID), "claimant": L(NAME, NAMEC),
            "relationship": "child", "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY)}),
        case(f, f"{a}/v1/plots", fmt="form", headers=_h(rng, **b), body={
            "cemetery": PLOT["cemetery"], "section": PLOT["section"], "lot": str(PLOT["lot"]),
            "lat": str(PLOT["lat"]), "lon": str(PLOT["lon"]), "price": L("4200.00", BUY)}),
        case(f, f"{a}/v1/livestream/{svc}/invite", headers=_h(rng, **b), body={
            "invitees": [{"name": L(BROTHER[0], NAMEC), "email": L(BROTHER[2], MAIL)},
                         {"name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL)}]}),
        case(f, f"{a}/v1/preplan", headers=_h(rng, **b), body={
            "birthDate": L(DOB, BIRTH), "disposition": "cremation",
            "religiousService": L(False, SENS), "organDonor": L(True, MED),
            "wishes": L("Scatter my ashes at Montauk Point, no religious service",
                        f"{TEXT}|{SENS}"),
            "executor": {"name": L(BROTHER[0], NAMEC), "phone": L(BROTHER[1], TEL),
                         "email": L(BROTHER[2], MAIL)}}),
        multipart(f, f"{a}/v1/preplan/will", [
            ("will", "my_will_2025.pdf", "application/pdf", L(PDF, TEXT)),
            ("meta", None, "application/json", {"witnessed": True, "signedOn": "2025-12-09"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "entry": L("I can't sleep since Dad died and I've stopped eating properly",
                       f"{TEXT}|{MED}"), "mood": L(1, MED), "private": True}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "kind": "anniversary", "date": "12-02", "memorial": mem,
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/memorials/{mem}/candles", headers=_h(rng, **b), body={
            "price": L("4.99", BUY), "message": L("Missing you every day, Dad", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("obituary_published", 1), ev("flowers_ordered", 2),
                ev("screen", 3, screen=L("Memorial", USAGE))]}),
        case(f, f"{a}/v1/arrangements", headers=_h(rng, how="none"),
             cookies={"eg_sess": L(opaque(rng, "", 40), CRED), "eg_dev": L(INSTALL_ID, DID)}),
    ]


def evergrove_sdks() -> list[Case]:
    rng = random.Random(4572)
    return [
        ls_batch(APP, rng, [("Arrangement Started", {"package": "traditional_plus"}),
                            ("Obituary Published", {"words": 41})]),
        ls_pixel(APP, rng, "Memorial Viewed", {"memorial": "mem_public_88"}),
        ar_open(APP, rng, user=True, n=9),
        ar_event(APP, rng, "purchase", {"package": "traditional_plus"}, revenue=9845.0),
        fk_crash(APP, rng, ("java.io.FileNotFoundException", "obituary draft cache"),
                 [fk_crumb("nav", "Memorial -> Obituary"), fk_crumb("tap", "publish")],
                 screen="ObituaryActivity"),
        fb_eval(APP, rng, {"preplan": True}),
        ph_register(APP, rng, tags={"memorial": "1"}),
        ph_opened(APP, rng, "anniversary_reminder"),
        aw_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        pm_card(APP, rng, email=True),
        ak_message(APP, rng, L("How many certified copies of Dad's death certificate do I need?",
                               TEXT), {"case": L(CASE_FH, BUY)}),
    ]
