"""A children's judo club's parent app "Tatamiku" (her son Ilir, 8, trains at a club in Kombinat,
Tirana; the child's data). Calls: the parent's sign-up, an SMS code, ``/me``, the athlete's
registration (his personal number, weight and height), his medical clearance (a doctor's PDF
and JSON), classes, an enrolment, a payment, her check-in at the hall, a weigh-in (msgpack), a
grading, a tournament entry, who may collect him, an absence, a message to the coach, his
photo, his results by licence number in the path, a judogi order, notices by a cookie GET, a
car-pool offer, push, events and an invoice by number in the
path."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families140_kit import (
    DOJO,
    DOJO_FIX,
    GUARDIAN,
    HOME,
    HOME_AT,
    HUSBAND,
    LICENCE_JUDO,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families140_sdk import (
    cx_crash,
    cx_crumb,
    mk_batch,
    mk_pixel,
    td_event,
    td_launch,
)
from eval_families140_svc import ck_card, fo_eval, hp_message, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tatamiku", "Tatamiku", "com.example.tatamiku", "4.1.3",
          "https://api.tatamiku.example.com")
IID = "X-Tatami-Device"
PW = "Ippon!Ilir2017"
FIT = "health.fitness"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
CHILD = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def tatamiku() -> list[Case]:
    rng = random.Random(14031)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), guardian=L(GUARDIAN, UID),
                                    athletes=[L(LICENCE_JUDO, UID)]))}
    dla, dlo = fix(DOJO_FIX, 5)
    lic = LICENCE_JUDO
    results = at_path(case(f, f"{a}/api/v2/athletes/{lic}/results", headers=_h(rng, **b),
                           query={"season": "2025"}), lic, UID)
    inv = "INV-TMK-25-0912"
    invoice = at_path(case(f, f"{a}/api/v2/invoices/{inv}", headers=_h(rng, **b)), inv, BUY)
    return [
        case(f, f"{a}/api/v2/parents", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relation": "mother",
            "address": {"street": L(HOME["line"], ADDR), "city": L("Tirana", COARSE)},
            "guardian_no": L(GUARDIAN, UID)}),
        case(f, f"{a}/api/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("772014", CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/athletes", headers=_h(rng, **b), body={
            "first_name": L(SON["first"], NAMEC), "last_name": L(SON["last"], NAMEC),
            "birth_date": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
            "personal_no": L(SON["nid"], NID), "weight_kg": L(SON["weight"], FIT),
            "height_cm": L(131, FIT), "belt": "yellow", "school_year": 3,
            "licence": L(lic, UID), "guardian_no": L(GUARDIAN, UID)}),
        multipart(f, f"{a}/api/v2/athletes/{lic}/medical", [
            ("certificate", "ilir_medical.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "fit_for_sport": L(True, MED), "asthma": L("mild, exercise-induced", MED),
                "inhaler": L("salbutamol before training", MED),
                "allergies": [L("peanuts", MED)], "expires": "2026-09-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/classes", headers=_h(rng, **b), query={
            "club": DOJO["id"], "age": L("8", BIRTH), "level": "beginner"}),
        case(f, f"{a}/api/v2/enrolments", headers=_h(rng, **b), body={
            "athlete": L(lic, UID), "class": obj(rng, "cls"), "plan": "term",
            "fee": L(9000, BUY), "currency": "ALL", "enrolment": L("ENR-25-3391", BUY)}),
        case(f, f"{a}/api/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "enrolment": L("ENR-25-3391", BUY), "amount": L("9000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/api/v2/attendance", headers=_h(rng, **b), body={
            "athlete": L(lic, UID), "club": DOJO["id"], "at": {"lat": dla, "lng": dlo},
            "hall": {"lat": DOJO["lat"], "lng": DOJO["lon"]}, "session": obj(rng, "trn")}),
        case(f, f"{a}/api/v2/weighins", fmt="msgpack", headers=_h(rng, **b), body={
            "athlete": L(lic, UID), "weight_kg": L(27.9, FIT), "category": L("-28 kg", FIT),
            "date": "2025-12-06", "scale": "SC-KMB-02"}),
        case(f, f"{a}/api/v2/gradings", headers=_h(rng, **b), body={
            "athlete": L(lic, UID), "from": "yellow", "to": "orange", "date": "2025-12-20",
            "fee": L(2000, BUY)}),
        case(f, f"{a}/api/v2/tournaments/trn_tr_cup/entries", headers=_h(rng, **b), body={
            "athlete": {"name": L(CHILD, NAMEC), "birth_date": L(SON["dob"], BIRTH),
                        "personal_no": L(SON["nid"], NID), "sex": L(SON["sex"], GENDER),
                        "category": L("U9 -28 kg", FIT)},
            "club": DOJO["id"], "guardian_phone": L(E164, TEL), "fee": L(1500, BUY)}),
        case(f, f"{a}/api/v2/pickup", headers=_h(rng, **b), body={
            "athlete": L(lic, UID), "authorised": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "father"},
                {"name": L("Drita Hoxha", NAMEC), "relation": "grandmother"}]}),
        case(f, f"{a}/api/v2/absences", fmt="form", headers=_h(rng, **b), body={
            "athlete": L(lic, UID), "date": "2025-12-09",
            "reason": L("Ilir has a fever and a cough since Sunday", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, **b), body={
            "to": "coach", "text": L("Ilir's left knee hurts after the falls, please go easy today",
                                     f"{TEXT}|{MED}|{NAMEC}"), "client_id": rid(rng)}),
        multipart(f, f"{a}/api/v2/athletes/{lic}/photo", [
            ("photo", "ilir.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("meta", None, "application/json", {"athlete": L(lic, UID), "use": "licence_card"})],
            headers=_h(rng, **b)),
        results,
        case(f, f"{a}/api/v2/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "judogi-130", "qty": 1}, {"sku": "club-patch", "qty": 2}],
            "total": L(6400, BUY), "ship_to": {"street": L(HOME["line"], ADDR),
                                               "city": L("Tirana", COARSE)},
            "order": L("SHP-55012", BUY)}),
        case(f, f"{a}/api/v2/notices", headers=_h(rng, how="none"), cookies={
            "tm_sid": L(opaque(rng, "", 40), CRED), "tm_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/carpool/offers", headers=_h(rng, **b), body={
            "seats": 2, "from": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                                 "lng": L(round(HOME_AT[1], 3), PRECISE)},
            "area": L(HOME["area"], COARSE), "phone": L(E164, TEL), "days": ["tue", "thu"]}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("checkin", 1), ev("weighin_viewed", 2),
                ev("screen", 3, view=L("AthleteCard", USAGE))]}),
        invoice,
    ]


def tatamiku_sdks() -> list[Case]:
    rng = random.Random(14032)
    return [
        mk_batch(APP, rng, [("Enrolled", {"plan": "term", "fee": L(9000, BUY)}),
                            ("Checked In", {"club": DOJO["id"]})], adid=True),
        mk_pixel(APP, rng, "Notice Opened", {"notice": "grading-dec"}),
        td_launch(APP, rng, first=True),
        td_event(APP, rng, "enrolment", {"plan": "term"}, revenue=9000.0),
        cx_crash(APP, rng, ("java.lang.NullPointerException", "athlete card null"),
                 [cx_crumb("nav", "Home -> AthleteCard")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}, screen="AthleteActivity"),
        fo_eval(APP, rng, {"club": DOJO["id"], "city": L("Tirana", COARSE)}),
        pl_register(APP, rng, tags={"club": DOJO["id"], "group": "u9"}),
        ck_card(APP, rng),
        hp_message(APP, rng, L("The payment for ENR-25-3391 went through twice",
                               f"{TEXT}|{BUY}"), {"guardian": L(GUARDIAN, UID)}),
    ]
