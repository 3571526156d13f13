"""Private-school bus-and-fees app "Rêya Dibistanê" (the school's road) for her daughter Sara,
11, in Grade 6 at an Erbil private school (the user is the parent; the child's data is what the
app is for; not set 100's Kigali fees app nor set 102's Addis bus tracker: one app for both
the school's bus and its bursar): the guardian's sign-up and log-in, ``/me``, linking the child
by student number, her profile (allergy, asthma inhaler) and photo, the bus stop at their gate,
authorised pick-ups, the live bus (negatives), boarding scans, an absence note, the fee
statement, an instalment plan and a card payment, a uniform order, a message to the class
teacher, the report card by student number in the path, push, events and the statement by a
cookie GET."""

from __future__ import annotations

import random

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
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families106_kit import BUS, CHILD, ERB, ERB_AT, PICKUP, RESIDENCY, SCHOOL, STUDENT, fix
from eval_families106_sdk import lt_batch, lt_identify, ob_bid, sl_crash, sl_session
from eval_families106_svc import (
    ah_save,
    cw_register,
    fk_eval,
    gm_reverse,
    pb_message,
    tb_card,
)
from eval_payloads import EMAIL, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("school", "ReyaDibistane", "com.example.reyadibistane", "2.0.9",
          "https://api.reyadibistane.example.net")
KID = {"first": L(CHILD["first"], NAMEC), "dob": L(CHILD["dob"], BIRTH)}


def _h(rng: random.Random, **kw: object) -> dict:
    return head(APP, rng, iid="X-Guardian-Device", **kw)


def reya() -> list[Case]:
    rng = random.Random(10661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    sla, slo = fix(ERB_AT, 5)
    card = case(f, f"{a}/v1/students/{STUDENT}/report-card", headers=_h(rng, **b),
                query={"term": "T1-2025"})
    return [
        case(f, f"{a}/v1/guardians", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "residencyCard": L(RESIDENCY, NATID), "relation": "mother",
            "password": L("SaraBus#14", CRED)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L("SaraBus#14", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, students=[L(STUDENT, UID)], role="guardian"))})),
        case(f, f"{a}/v1/students/link", fmt="form", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT, UID), "linkCode": L("RD-44K9", CRED),
            "school": SCHOOL["id"]}),
        case(f, f"{a}/v1/students/{STUDENT}", headers=_h(rng, **b), body={
            **KID, "gender": L("girl", GENDER), "grade": CHILD["grade"],
            "allergies": [L("peanuts", MED)], "conditions": [L("asthma (inhaler in bag)", MED)],
            "bloodGroup": L("A+", MED), "homeLanguage": "English, Kurdish"}),
        multipart(f, f"{a}/v1/students/{STUDENT}/photo", [
            ("photo", "sara.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"purpose": "bus_pass"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/transport/stop", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "address": L(ERB["line"], ADDR),
            "district": L(ERB["district"], COARSE), "lat": sla, "lng": slo,
            "note": L("Blue gate, second villa after the bakery", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/transport/pickups", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "people": [
                {"name": L(PICKUP[0], NAMEC), "phone": L(PICKUP[1], TEL),
                 "relation": "neighbour", "pin": L("7731", CRED)}]}),
        case(f, f"{a}/v1/transport/bus/{BUS['id']}/live", headers=_h(rng, **b),
             query={"student": L(STUDENT, UID)}),
        case(f, f"{a}/v1/transport/eta", headers=_h(rng, **b), query={
            "bus": BUS["id"], "stop": L(f"{ERB_AT[0]:.4f},{ERB_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v1/transport/boardings", headers=_h(rng, **b), query={
            "student": L(STUDENT, UID), "days": "7"}),
        case(f, f"{a}/v1/attendance/absence", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "date": "2025-12-11", "noBus": True,
            "reason": L("Sara has a fever and an asthma flare, keeping her home",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/fees/statement", headers=_h(rng, **b), query={
            "student": L(STUDENT, UID), "year": "2025-26"}),
        case(f, f"{a}/v1/fees/plan", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "plan": L("3_instalments", BUY),
            "tuition": L(4200, BUY), "bus": L(600, BUY), "currency": "USD",
            "siblingDiscount": False}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "amount": L("1600.00", BUY),
            "method": L(opaque(rng, "pm_", 20), PAY), "receiptEmail": L(EMAIL, MAIL),
            "invoice": L("INV-25-1187", BUY)}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "items": [{"sku": "UNI-SHIRT-140", "qty": 2},
                                                  {"sku": "UNI-SKIRT-140", "qty": 1}],
            "total": L("45.00", BUY), "size": "140"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "teacher_6b", "student": L(STUDENT, UID),
            "text": L("Could Sara sit near the front? She struggles to see the board", TEXT)}),
        at_path(card, STUDENT, UID),
        case(f, f"{a}/v1/calendar", headers=_h(rng, **b), query={"school": SCHOOL["id"],
                                                                 "month": "2025-12"}),
        case(f, f"{a}/v1/emergency", headers=_h(rng, **b), body={
            "student": L(STUDENT, UID), "mother": L(PHONE, TEL),
            "father": {"name": L("Daniel Doe", NAMEC), "phone": L("+15550148820", TEL)}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_IQ", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [ev("bus_map_open", 1),
                                                ev("fee_paid", 2, amount=L(1600, BUY))]}),
        case(f, f"{a}/v1/fees/statement.pdf", headers=_h(rng, how="upper"),
             cookies={"rd_session": L(opaque(rng, "", 40), CRED),
                      "rd_student": L(STUDENT, UID)}),
    ]


def reya_sdks() -> list[Case]:
    rng = random.Random(10662)
    return [
        lt_batch(APP, rng, [("bus_tracked", {"bus": BUS["id"]}),
                            ("fee_paid", {"amount": L(1600.0, BUY)})], locale="en_IQ"),
        lt_identify(APP, rng, {"children": 1, "grade": "6", "school": SCHOOL["id"]}),
        sl_session(APP, rng, 96),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        sl_crash(APP, rng, ("java.net.SocketTimeoutException", "live bus"),
                 ["open BusMap", "poll live"], screen="BusMapActivity",
                 extra={"student": L(STUDENT, UID)}),
        fk_eval(APP, rng, {"school": SCHOOL["id"], "grade": "6"}),
        cw_register(APP, rng, tags={"student": L(STUDENT, UID), "bus": BUS["id"]}),
        ah_save(APP, rng, {"analytics": True, "ads": False}),
        tb_card(APP, rng),
        gm_reverse(APP, rng, (SCHOOL["lat"], SCHOOL["lon"]), None, nd=5),
        pb_message(APP, rng, L("The bus skipped our stop today, Sara waited 40 minutes",
                               TEXT), {"student": L(STUDENT, UID)}),
    ]
