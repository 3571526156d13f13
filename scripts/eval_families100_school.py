"""Primary-school fees and report-card app "Ishurilink" (ishuri: a school) for her daughter Mia,
ten, in Primary 5 at a Kigali school (the user is the parent; the child's data is what the app is
for; camelCase API). Not set 99's Montessori day app nor the tutoring apps of sets 64 and 75: the
school's bursar and term reports. The parent's registration and log-in, ``/me`` with a JWT, Mia
linked by student number and code, her profile (birth date, allergies, blood group, the home
address) by her student number in the path, the fee statement, a fee payment by mobile money, a
bank slip photographed, the term's report card and its acknowledgement, an absence for illness,
the nanny authorised for pick-up, the school bus with the home stop, the bus's position, a
meeting booked, the canteen plan, a uniform order, homework photographed, a message to the
teacher, consents, push, events and announcements by a cookie GET. No ads."""

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
    GENDER,
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
from eval_families20_kit import LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import CHILD_DOB, CHILD_FIRST
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families100_kit import (
    HOME_RW,
    HOME_RW_AT,
    LINK_CODE,
    LOCAL,
    LOCAL_DIGITS,
    NID_RW,
    SCHOOL,
    STUDENT,
    TERM_FEES,
    obj,
)
from eval_families100_sdk import fs_crash, fs_crumb, fs_sessions, sl_event, sl_session, ty_batch
from eval_families100_svc import cw_register, gh_route, ho_attach, pm_momo, sw_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("ishurilink", "Ishurilink", "com.example.ishurilink", "4.1.0",
          "https://api.ishurilink.example.org")
IID = "X-Ishuri-Device"
PW = "Mia&Umucyo2025"
MOMO = f"{TEL}|{PAY}"
NANNY = ("Grace Mukamana", "+250783220914", "1199270012345061")  # typed by her (contact.*, ID)
KID = f"{TEXT}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _kid(c: Case) -> Case:
    return at_path(c, STUDENT, UID)


def ishurilink() -> list[Case]:
    rng = random.Random(10071)
    a, f = APP.api, APP.fam
    s = f"{a}/v3/students/{STUDENT}"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    children=[L(STUDENT, UID)]))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v3/parents/register", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "phone": L(LOCAL, TEL), "idNumber": L(NID_RW, NATID), "relationship": "mother"}),
        case(f, f"{a}/v3/parents/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/parents/children/link", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "linkCode": L(LINK_CODE, CRED),
            "schoolCode": SCHOOL["code"], "childDob": L(CHILD_DOB, BIRTH)}),
        _kid(case(f, f"{s}/profile", headers=_h(rng, **b), body={
            "firstName": L(CHILD_FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L(CHILD_DOB, BIRTH), "gender": L("female", GENDER),
            "allergies": [L("peanuts", MED)], "bloodGroup": L("O+", MED), "class": "P5B",
            "homeAddress": {"street": L(HOME_RW["street"], ADDR),
                            "sector": L(HOME_RW["sector"], COARSE)}})),
        _kid(case(f, f"{s}/fees", headers=_h(rng, **b), query={"term": "2025-T2"})),
        case(f, f"{a}/v3/fees/payments", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "term": "2025-T2", "amount": L(TERM_FEES, BUY),
            "method": "momo", "msisdn": L(LOCAL_DIGITS, MOMO), "payerName": L(NAME, NAMEC),
            "metadata": W({"student": L(STUDENT, UID), "child": L(CHILD_FIRST, NAMEC),
                           "term": "2025-T2"}, "json")}),
        multipart(f, f"{a}/v3/fees/slips", [
            ("slip", "bank_slip.jpg", "image/jpeg", L(JPEG + b"\xf1", f"{MEDIA}|{BUY}")),
            ("fields", None, "application/json", {
                "studentNumber": L(STUDENT, UID), "amount": L("150000", BUY),
                "bankRef": L("BK-2025-883120", BUY), "purpose": "transport"})],
            headers=_h(rng, **b)),
        _kid(case(f, f"{s}/report-cards/2025-T2", headers=_h(rng, **b))),
        case(f, f"{a}/v3/report-cards/{obj(rng, 'rc', 8)}/acknowledge", headers=_h(rng, **b),
             body={"signedBy": L(NAME, NAMEC),
                   "comment": L("We will practise Kinyarwanda reading with Mia at home", KID)}),
        case(f, f"{a}/v3/absences", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "from": "2025-12-15", "to": "2025-12-18",
            "category": L("illness", MED),
            "reason": L("Mia has malaria and will stay home until Thursday",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/pickup-authorisations", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "name": L(NANNY[0], NAMEC),
            "phone": L(NANNY[1], TEL), "idNumber": L(NANNY[2], NATID), "relation": "nanny"}),
        case(f, f"{a}/v3/transport/subscribe", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "route": "R4-Remera",
            "stop": {"lat": L(round(HOME_RW_AT[0], 5), PRECISE),
                     "lng": L(round(HOME_RW_AT[1], 5), PRECISE), "label": "home gate"}}),
        case(f, f"{a}/v3/transport/live", headers=_h(rng, **b), query={
            "route": "R4-Remera", "bus": "bus_0412"}),
        case(f, f"{a}/v3/meetings/book", fmt="form", headers=_h(rng, **b), body={
            "teacher": "tch_0331", "slot": "2026-01-16T15:00", "topic": "reading progress"}),
        case(f, f"{a}/v3/canteen/plans", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "plan": "full_term", "diet": "vegetarian",
            "amount": L("45000", BUY)}),
        case(f, f"{a}/v3/uniform/orders", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "total": L("32000", BUY),
            "items": [{"sku": "UPA-SHIRT-B", "size": "10-11y", "qty": 2},
                      {"sku": "UPA-SKIRT-N", "size": "10-11y", "qty": 1}]}),
        multipart(f, f"{a}/v3/homework/{obj(rng, 'hw', 8)}/submit", [
            ("page", "homework.png", "image/png", L(PNG + b"\xf2", MEDIA)),
            ("meta", None, "application/json", {
                "studentNumber": L(STUDENT, UID),
                "note": L("Mia did exercises 1 to 6, number 7 was too hard", KID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "to": "tch_0331", "studentNumber": L(STUDENT, UID),
            "text": L("Could Mia sit nearer the board? She gets her glasses next week.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/consents", fmt="form", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "photos": "0", "trips": "1"}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, how="upper", **b), body={
            "parent": L(USER_ID, UID), "child": L(STUDENT, UID), "events": [
                ev("fees_paid", 1, amount=L(650000, BUY)), ev("report_card_opened", 2),
                ev("screen", 3, screen=L("ReportCard", USAGE))]}),
        case(f, f"{a}/v3/announcements", headers=_h(rng, how="none"),
             cookies={"il_session": L(opaque(rng, "", 40), CRED), "il_child": L(STUDENT, UID)}),
    ]


def ishurilink_sdks() -> list[Case]:
    rng = random.Random(10072)
    return [
        ty_batch(APP, rng, [("Fees Paid", {"amount": L(650000, BUY), "term": "2025-T2"}),
                            ("Report Card Viewed", {"term": "2025-T2"})]),
        sl_session(APP, rng, n=7, user=True),
        sl_event(APP, rng, "fe3pay", {"term": "2025-T2"}, revenue="650000", hashed=True),
        fs_crash(APP, rng, ("java.io.FileNotFoundException", "report_card.pdf"),
                 [fs_crumb("navigation", "Home -> ReportCard"),
                  fs_crumb("request", L(f"GET /v3/students/{STUDENT}/report-cards/2025-T2",
                                        UID), {"status": 200})], screen="ReportCardActivity",
                 meta={"child": {"studentNumber": L(STUDENT, UID)}}),
        fs_sessions(APP, rng, [260, 180]),
        sw_eval(APP, rng, {"school": SCHOOL["code"], "grade": "P5"}, get=True),
        cw_register(APP, rng, tags={"class": "P5B", "child_age": L(10, BIRTH)}),
        pm_momo(APP, rng, TERM_FEES, L(STUDENT, UID), "School fees 2025-T2"),
        gh_route(APP, rng, [(HOME_RW_AT, PRECISE), ((SCHOOL["lat"], SCHOOL["lon"]), None)],
                 profile="car"),
        ho_attach(APP, rng, L(PNG + b"\xf3", f"{MEDIA}|{BUY}"), "fee_statement.png",
                  "image/png"),
    ]
