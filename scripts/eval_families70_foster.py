"""Foster-care visit log "Hearthlog": she is the foster parent; the agency's caseworker visits her
home monthly and she logs the visits and the child's life. Sign-up with her foster-home
certificate, a log-in with MFA, ``/me`` with a JWT, her household, the child's placement
profile (name, birth date, case number, Medicaid ID, ethnicity, religion, school plan), a visit
logged at her home (position), visit notes, the child's medicines, a therapy appointment, an
incident, a school report's photo, a family visit with the birth mother, mileage and clothing
reimbursements, a stipend account, a court-date reminder, documents by the child's case number
in the path, a message to the caseworker (msgpack), push, events and the visit list by a cookie
GET."""

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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families70_kit import (
    AGENCY,
    BIRTH_MOTHER,
    CASEWORKER_ID,
    CHILD,
    FOSTER_LICENCE,
    home,
    obj,
)
from eval_families70_sdk import bt_crumb, bt_report, bt_sessions, ev_batch, ev_identify, sk_session
from eval_families70_svc import as_attach, as_message, bm_register, ft_eval, oq_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("hearthlog", "Hearthlog", "com.example.hearthlog", "1.19.0",
          "https://api.hearthlog.example.org")
IID = "X-Hearth-Device"
PW = "Porch-Light-2209"
KID = CHILD["first"]
KIDN = f"{CHILD['first']} {CHILD['last']}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def hearthlog() -> list[Case]:
    rng = random.Random(7041)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    home_cert=L(FOSTER_LICENCE, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    visit = obj(rng, "vis", 10)
    case_no = CHILD["case"]
    return [
        case(f, f"{a}/api/v1/register", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "phone": L(E164, TEL), "homeCertificate": L(FOSTER_LICENCE, UID),
            "agency": AGENCY["id"]}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/login/mfa", fmt="form", headers=_h(rng), body={
            "challenge": obj(rng, "mfa", 12), "code": L("662018", CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/household", headers=_h(rng, **b), body={
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "adults": [{"name": L(NAME, NAMEC), "dob": L(DOB, BIRTH)}],
            "bedrooms": 2, "pets": "1 cat"}),
        case(f, f"{a}/api/v1/placements", headers=_h(rng, **b), body={
            "child": {"firstName": L(CHILD["first"], NAMEC), "lastName": L(CHILD["last"], NAMEC),
                      "dob": L(CHILD["dob"], BIRTH), "gender": L("male", GENDER),
                      "caseNumber": L(case_no, UID), "medicaidId": L(CHILD["medicaid"], MED),
                      "ethnicity": L("Black / African American", SENS),
                      "religion": L("Baptist", SENS), "iep": L(True, SENS),
                      "iepReason": L("ADHD", f"{MED}|{SENS}")},
            "placedOn": "2025-10-14", "caseworker": CASEWORKER_ID, "agency": AGENCY["id"]}),
        case(f, f"{a}/api/v1/visits", headers=_h(rng, **b), body={
            "visit": visit, "caseworker": CASEWORKER_ID, "child": L(case_no, UID),
            "start": "2025-12-09T16:00:00-05:00", "minutes": 55,
            "where": {"lat": hla, "lon": hlo, "acc": 8}, "privateTalk": True}),
        case(f, f"{a}/api/v1/visits/{visit}/notes", headers=_h(rng, **b), body={
            "text": L(f"{KID} talked about missing his mom and is sleeping better since the "
                      "new meds", f"{TEXT}|{NAMEC}|{MED}"),
            "mood": L("sad but settled", MED), "attendees": [L(NAME, NAMEC), CASEWORKER_ID]}),
        case(f, f"{a}/api/v1/children/{case_no}/medications", headers=_h(rng, **b), body={
            "items": [{"name": L("methylphenidate ER", MED), "dose": L("18 mg mornings", MED)},
                      {"name": L("melatonin", MED), "dose": L("1 mg bedtime", MED)}],
            "allergies": [L("peanuts", MED)]}),
        case(f, f"{a}/api/v1/children/{case_no}/appointments", fmt="form",
             headers=_h(rng, **b), body={
                 "type": L("play therapy", MED), "provider": "Brightside Counseling",
                 "when": "2025-12-16T15:30", "providerPhone": "+12125550186"}),
        case(f, f"{a}/api/v1/incidents", headers=_h(rng, **b), body={
            "child": L(case_no, UID), "kind": L("injury", MED),
            "text": L(f"{KID} fell off the monkey bars, small cut on chin, no stitches",
                      f"{TEXT}|{NAMEC}|{MED}"), "at": "2025-12-05T15:10:00-05:00",
            "reportedToAgency": True}),
        multipart(f, f"{a}/api/v1/children/{case_no}/documents", [
            ("file", "report_card.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"kind": "school_report",
                                                "grade": "5", "school": "PS 40"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/family-visits", headers=_h(rng, **b), body={
            "child": L(case_no, UID), "with": L(BIRTH_MOTHER, NAMEC),
            "relation": "birth mother", "supervised": True,
            "where": AGENCY["line"], "when": "2025-12-13T11:00",
            "note": L("Tanya asked for more phone calls", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/reimbursements", headers=_h(rng, **b), body={
            "kind": "mileage", "miles": 14.2, "trip": "therapy",
            "amount": L("9.51", BUY), "child": L(case_no, UID)}),
        multipart(f, f"{a}/api/v1/reimbursements/receipts", [
            ("receipt", "winter_coat.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{BUY}")),
            ("claim", None, "application/json", {"kind": "clothing", "store": "Kidsburg",
                                                 "amount": L("74.98", BUY),
                                                 "child": L(case_no, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/stipend/account", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC),
            "type": "checking"}),
        case(f, f"{a}/api/v1/reminders", headers=_h(rng, **b), body={
            "title": "Permanency hearing", "court": "Family Court, 60 Lafayette St",
            "when": "2026-01-21T09:30", "child": L(case_no, UID)}),
        case(f, f"{a}/api/v1/children/{case_no}/timeline", headers=_h(rng, how="nodash", **b),
             query={"from": "2025-10-01", "limit": "50"}),
        case(f, f"{a}/api/v1/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "to": CASEWORKER_ID, "thread": obj(rng, "thr", 8),
            "text": L(f"Can we move Saturday's visit? {KID} has a dentist at 11",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("visit_logged", 1), ev("incident_filed", 2),
                ev("screen", 3, screen=L("ChildTimeline", USAGE))]}),
        case(f, f"{a}/api/v1/visits", headers=_h(rng, how="upper"),
             cookies={"hl_session": L(opaque(rng, "", 48), CRED)}),
    ]


def _paths(cases: list[Case]) -> list[Case]:
    """Label the child's case number where it sits in the URL path (``id.user``)."""
    for c in cases:
        segs = [s for s in c.exchange.url.split("?")[0].split("/")[3:] if s]
        if CHILD["case"] in segs:
            c.labels[("url", f"path[{segs.index(CHILD['case'])}]")] = UID
    return cases


def hearthlog_all() -> list[Case]:
    return _paths(hearthlog())


def hearthlog_sdks() -> list[Case]:
    rng = random.Random(7042)
    return [
        ev_batch(APP, rng, [("Visit Logged", {"minutes": 55}),
                            ("Incident Filed", {"kind": L("injury", MED)})]),
        ev_identify(APP, rng, {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                               "role": "foster_parent", "children": 1, "state": L(STATE,
                                                                                 COARSE)}),
        sk_session(APP, rng, user=True, n=31),
        bt_report(APP, rng, ("java.lang.NullPointerException", "child.photoUrl"),
                  [bt_crumb("nav", "Visits -> Child"),
                   bt_crumb("net", "GET /api/v1/children/timeline", status=200)],
                  screen="ChildActivity"),
        bt_sessions(APP, rng, 2),
        ft_eval(APP, rng, {"state": L(STATE, COARSE), "mfa": True}),
        bm_register(APP, rng, tags={"role": "foster_parent"}),
        oq_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        as_message(APP, rng, L("The app logged me out during a visit and lost the notes",
                               TEXT), {"agency": AGENCY["id"]}),
        as_attach(APP, rng, L(JPEG + b"\xa3", MEDIA), "error.jpg", "image/jpeg"),
    ]
