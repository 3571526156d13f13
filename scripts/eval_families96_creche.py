"""Creche app "Khulisa" (the parent's app of an early-learning centre; the user is the parent,
her daughter Nandi, three, attends): the parent's sign-up with her ID number, an OAuth log-in,
``/me``, the child's profile (allergies, eczema, her doctor), the clinic card and the birth
certificate, the authorised pick-up list, a drop-off check-in at the gate, the daily report by
the child's ID in the path, a message to the teacher, a medicine authorisation and its photo, an
absence, fees, photo consent, the gallery, a concert RSVP, a parent-teacher slot, push, events
and the notices by a cookie GET."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families37_kit import fix, obj
from eval_families96_kit import (
    CHILD_ID,
    CRECHE,
    DBN,
    DOCTOR,
    GATE_QR,
    HUSBAND,
    HUSBAND_ID,
    KID,
    NEIGHBOUR,
    SA_ID,
)
from eval_families96_sdk import ab_event, ab_session, co_crash, co_crumb, tw_batch
from eval_families96_svc import fp_eval, hb_message, od_check, pd_bank, pd_confirm, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, PHONE, USER_ID, Case, J, L, case

APP = App("khulisa", "Khulisa", "com.example.khulisa", "2.2.9",
          "https://api.khulisa.example.org")
IID = "X-Khulisa-Device"
PW = "Nandi&Stars2022"
INVOICE = "INV-LSE-2512-0091"  # the December fees invoice (financial.purchase)
KNAME = f"{TEXT}|{NAMEC}"  # text naming the child
KMED = f"{TEXT}|{NAMEC}|{MED}"  # text naming the child and stating a health fact


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def khulisa() -> list[Case]:
    rng = random.Random(9671)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(CHILD_ID, UID)],
                                    centre=CRECHE["id"]))}
    b = {"auth": "bearer"}
    dla, dlo = fix((-29.846233, 31.011694), 5)  # her fix at the creche's gate
    lab: dict[str, str] = {}
    gate = pb([(1, L(CHILD_ID, UID)), (2, GATE_QR), (3, [(1, dla), (2, dlo), (3, 8)]),
               (4, [(1, CRECHE["id"]), (2, CRECHE["lat"]), (3, CRECHE["lon"])]),
               (5, 1765345330), (6, 1)], "", lab)
    report = at_path(case(f, f"{a}/v1/children/{CHILD_ID}/daily-report", headers=_h(rng, **b),
                          query={"date": "2025-12-10"}), CHILD_ID, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(PHONE, TEL), "idNumber": L(SA_ID, NATID),
            "relationship": "mother", "address": {"line1": L(DBN["line"], ADDR),
                                                  "suburb": L(DBN["suburb"], COARSE),
                                                  "postalCode": L(DBN["code"], COARSE)}}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "khulisa-parent-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/children", headers=_h(rng, **b), body={
            "id": L(CHILD_ID, UID), "firstName": L(KID["first"], NAMEC),
            "lastName": L(KID["last"], NAMEC), "dob": L(KID["dob"], BIRTH),
            "gender": L("girl", GENDER), "allergies": [L("peanuts", MED)],
            "conditions": [L("eczema", MED)], "homeLanguages": ["isiZulu", "English"],
            "doctor": {"name": L(DOCTOR[0], NAMEC), "phone": L(DOCTOR[1], TEL)},
            "class": "Sunbirds (3-4)"}),
        multipart(f, f"{a}/v1/children/{CHILD_ID}/documents", [
            ("clinicCard", "road_to_health.jpg", "image/jpeg",
             L(JPEG + b"\xf1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "clinic_card",
                                                "immunisationsUpToDate": L(True, MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/children/{CHILD_ID}/documents", [
            ("birthCertificate", "birth_cert.jpg", "image/jpeg",
             L(JPEG + b"\xf2", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"kind": "birth_certificate",
                                                "childIdNumber": L(KID["id"], NATID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/children/{CHILD_ID}/pickups", headers=_h(rng, **b), body={
            "people": [
                {"name": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
                 "idNumber": L(HUSBAND_ID, NATID), "relation": "father"},
                {"name": L(NEIGHBOUR[0], NAMEC), "mobile": L(NEIGHBOUR[1], TEL),
                 "relation": "neighbour"}], "codeWord": L("ibhubesi", CRED)}),
        raw(f, f"{a}/v1/attendance/checkin", gate, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        report,
        case(f, f"{a}/v1/centres/{CRECHE['id']}/menu", headers=_h(rng, **b),
             query={"week": "2025-W50"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "staff_lindiwe", "child": L(CHILD_ID, UID), "thread": obj(rng, "th", 8),
            "text": L("Nandi had a fever last night, I gave her Panado at 6am. Please phone me "
                      "if it comes back.", KMED)}),
        case(f, f"{a}/v1/children/{CHILD_ID}/medicine", headers=_h(rng, **b), body={
            "medicine": L("Paracetamol syrup", MED), "dose": L("5 ml", MED),
            "times": ["10:00", "14:00"], "reason": L("fever", MED), "until": "2025-12-11",
            "signedBy": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/children/{CHILD_ID}/medicine/photo", [
            ("photo", "syrup.jpg", "image/jpeg", L(JPEG + b"\xf3", f"{MEDIA}|{MED}"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/absences", fmt="form", headers=_h(rng, **b), body={
            "child": L(CHILD_ID, UID), "from": "2025-12-15", "to": "2025-12-17",
            "reason": L("chickenpox", MED)}),
        case(f, f"{a}/v1/invoices/{INVOICE}/pay", headers=_h(rng, **b), body={
            "invoice": L(INVOICE, BUY), "amount": L("2450.00", BUY), "currency": "ZAR",
            "method": "debit_order"}),
        case(f, f"{a}/v1/children/{CHILD_ID}/consents", headers=_h(rng, **b), body={
            "groupPhotos": "yes", "socialMedia": "no", "outings": "yes", "sunscreen": "yes"}),
        case(f, f"{a}/v1/gallery", headers=_h(rng, **b), query={
            "child": L(CHILD_ID, UID), "month": "2025-12"}),
        case(f, f"{a}/v1/events/concert-2025/rsvp", fmt="form", headers=_h(rng, **b), body={
            "adults": "2", "child": L(CHILD_ID, UID), "note": L(
                "Nandi's gogo is coming too", KNAME)}),
        case(f, f"{a}/v1/meetings", headers=_h(rng, **b), body={
            "slot": "2026-01-20T16:30", "teacher": "staff_lindiwe", "child": L(CHILD_ID, UID),
            "topic": L("Nandi is not sleeping at nap time", KNAME)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_ZA", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "child": L(CHILD_ID, UID), "events": [
                ev("report_opened", 1), ev("photo_viewed", 2, count=6),
                ev("screen", 3, screen=L("DailyReport", USAGE))]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"),
             cookies={"kh_session": L(opaque(rng, "", 40), CRED), "kh_child": L(CHILD_ID, UID),
                      "kh_dev": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v1/children/{CHILD_ID}/artwork", [
            ("drawing", "family.png", "image/png", L(PNG + b"\xf4", MEDIA)),
            ("meta", None, "application/json", {"title": L("Nandi's family", KNAME)})],
            headers=_h(rng, **b)),
    ]


def khulisa_sdks() -> list[Case]:
    rng = random.Random(9672)
    return [
        tw_batch(APP, rng, [("Daily Report Viewed", {"childAge": L(KID["age"], BIRTH)}),
                            ("Fees Paid", {"amount": L(2450.0, BUY)})], at=(LAT, LON), nd=4,
                 tz="America/New_York", locale="en_US"),
        ab_session(APP, rng, first=True),
        ab_event(APP, rng, "fees_paid", {"plan": "full_day"}, revenue=2450.0),
        co_crash(APP, rng, ("java.lang.OutOfMemoryError", "gallery bitmap"),
                 [co_crumb("navigation", "Report -> Gallery"),
                  co_crumb("http", "GET", {"url": f"{APP.api}/v1/gallery", "status": 200})],
                 screen="GalleryActivity"),
        fp_eval(APP, rng, {"centre": CRECHE["id"], "childAge": L(KID["age"], BIRTH)}),
        pw_register(APP, rng, tags={"class": "sunbirds", "child_age": L(KID["age"], BIRTH)}),
        od_check(APP, rng, {"analytics": True, "photos": True}),
        pd_bank(APP, rng),
        pd_confirm(APP, rng, "2450.00"),
        hb_message(APP, rng, L("The app shows Nandi absent on Monday but she was there",
                               KNAME), {"child": L(CHILD_ID, UID)}),
    ]
