"""School-bus tracking app "Busbird" (the user is the parent; her son Dawit, 9, rides the bus in
Addis Ababa; unlike set 100's school app and set 10's bus screen it is a dedicated tracker): the
guardian's sign-up, an SMS code, ``/me``, linking the child with the school's code, his profile
(allergy, asthma) and photo, his stop at her gate, authorised pickups with a PIN, the live bus,
an ETA subscription (protobuf, her fix nested), an absence, his rides by student number in the
path, alert settings, a note to the driver, feedback, the term's bus fee, her husband invited, an
emergency contact, home and school geofences (msgpack), a dismissal change, push, events and the
notifications by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    DIGITS,
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
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families102_kit import (
    ADDIS_HOME_AT,
    ADDIS_LINE,
    ADDIS_PHONE,
    BUS,
    MOTHER,
    NANNY,
    SCHOOL,
    SON,
    SON_AGE,
    SON_DOB,
    SON_GRADE,
    SPOUSE,
    STOP_AT,
    STUDENT_NO,
    fix,
)
from eval_families102_sdk import au_bid, cp_crumb, cp_report, gb_batch, ot_link, ot_session
from eval_families102_svc import (
    bq_opened,
    bq_register,
    cm_save,
    gh_eval,
    hf_attach,
    mj_reverse,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("busbird", "Busbird", "com.example.busbird", "2.9.4",
          "https://api.busbird.example.org")
IID = "X-Busbird-Install"
PW = "Yellow-Bus-0730"
SFX = f"{TEXT}|{NAMEC}"  # text naming the child


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _sp(c: Case) -> Case:
    return at_path(c, STUDENT_NO, UID)


def busbird() -> list[Case]:
    rng = random.Random(10271)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), students=[L(STUDENT_NO, UID)]))}
    b = {"auth": "bearer"}
    sla, slo = fix(STOP_AT, 6)
    lab: dict[str, str] = {}
    eta = pb([(1, L(USER_ID, UID)), (2, L(STUDENT_NO, UID)),
              (3, [(1, L(8.996140, PRECISE)), (2, L(38.785402, PRECISE))]), (4, 600),
              (5, BUS["route"])], "", lab)
    return [
        case(f, f"{a}/v1/guardians/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "relationship": "mother"}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("317046", CRED)}),
        case(f, f"{a}/v1/guardians/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students/link", headers=_h(rng, **b), body={
            "studentNo": L(STUDENT_NO, UID), "school": SCHOOL["id"],
            "linkCode": L("BB-44Q7-KD", CRED), "firstName": L(SON, NAMEC),
            "birthDate": L(SON_DOB, BIRTH), "grade": SON_GRADE}),
        _sp(case(f, f"{a}/v1/students/{STUDENT_NO}/profile", headers=_h(rng, **b), body={
            "gender": L("boy", GENDER), "allergies": [L("peanuts", MED)],
            "conditions": [L("asthma", MED)],
            "medicalNote": L("Dawit keeps a blue inhaler in the front pocket of his bag",
                             f"{SFX}|{MED}"), "bloodType": L("A+", MED)})),
        _sp(multipart(f, f"{a}/v1/students/{STUDENT_NO}/photo", [
            ("photo", "dawit.jpg", "image/jpeg", L(JPEG + b"\xf1", MEDIA))],
            headers=_h(rng, **b))),
        case(f, f"{a}/v1/stops", headers=_h(rng, **b), body={
            "student": L(STUDENT_NO, UID), "lat": sla, "lon": slo,
            "address": L(ADDIS_LINE, ADDR), "landmark": L("green gate opposite the kiosk", ADDR),
            "side": "am_pm"}),
        case(f, f"{a}/v1/pickup-persons", headers=_h(rng, **b), body={
            "student": L(STUDENT_NO, UID), "persons": [
                {"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL), "relation": "nanny"}],
            "pickupPin": L("5831", CRED)}),
        case(f, f"{a}/v1/routes/{BUS['route']}/live", headers=_h(rng, auth="bearer", extra={
            "X-Busbird-Context": W({"guardian": L(USER_ID, UID), "student": L(STUDENT_NO, UID),
                                    "tz": L("Africa/Addis_Ababa", DEV)}, "b64json")}),
             query={"student": L(STUDENT_NO, UID), "bus": BUS["id"]}),
        raw(f, f"{a}/v1/eta/subscribe", eta, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "student": L(STUDENT_NO, UID), "date": "2025-12-10", "legs": ["am", "pm"],
            "reason": L("Dawit has a fever and will stay home tomorrow", f"{SFX}|{MED}")}),
        _sp(case(f, f"{a}/v1/students/{STUDENT_NO}/rides", headers=_h(rng, **b),
                 query={"from": "2025-12-01", "to": "2025-12-09"})),
        case(f, f"{a}/v1/alerts/prefs", fmt="form", headers=_h(rng, **b), body={
            "boarding": "1", "alighting": "1", "etaMinutes": "5",
            "smsTo": L(ADDIS_PHONE, TEL)}),
        case(f, f"{a}/v1/messages/driver", headers=_h(rng, **b), body={
            "bus": BUS["id"], "driverPhone": BUS["driver_phone"],
            "text": L("His grandmother will meet the bus today, please wait for her", TEXT)}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "bus": BUS["id"], "plate": BUS["plate"], "driver": BUS["driver"], "stars": 5,
            "comment": L("Getachew always waits until Dawit is inside the gate", SFX)}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("INV-T2-0417", BUY), "amount": L("9500.00", BUY), "currency": "ETB",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/guardians/invite", headers=_h(rng, **b), body={
            "name": L(SPOUSE[0], NAMEC), "phone": L(SPOUSE[1], TEL), "role": "guardian",
            "student": L(STUDENT_NO, UID)}),
        case(f, f"{a}/v1/emergency-contacts", headers=_h(rng, **b), body={
            "student": L(STUDENT_NO, UID), "name": L(MOTHER[0], NAMEC),
            "phone": L(MOTHER[1], TEL), "relation": "grandmother"}),
        case(f, f"{a}/v1/geofences", fmt="msgpack", headers=_h(rng, **b), body={
            "fences": [{"kind": "home", "lat": L(round(ADDIS_HOME_AT[0], 5), PRECISE),
                        "lon": L(round(ADDIS_HOME_AT[1], 5), PRECISE), "r": 150},
                       {"kind": "school", "lat": SCHOOL["lat"], "lon": SCHOOL["lon"],
                        "r": 250}]}),
        case(f, f"{a}/v1/dismissals", headers=_h(rng, **b), body={
            "student": L(STUDENT_NO, UID), "date": "2025-12-11", "change": "afterschool_club",
            "note": L("Dawit stays for chess club, put him on the 17:15 bus", SFX)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_ET", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "guardian": L(USER_ID, UID), "student": L(STUDENT_NO, UID), "events": [
                ev("bus_tracked", 1), ev("absence_reported", 2),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/v1/notifications", headers=_h(rng, how="upper"),
             cookies={"bb_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def busbird_sdks() -> list[Case]:
    rng = random.Random(10272)
    return [
        gb_batch(APP, rng, [("Bus Tracked", {"route": BUS["route"]}),
                            ("Absence Reported", {"childAge": L(SON_AGE, BIRTH)})],
                 at=ADDIS_HOME_AT, nd=3),
        ot_session(APP, rng, user=True, n=88),
        au_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, gender="F",
               keywords="school,parents,addis"),
        cp_report(APP, rng, ("java.lang.IllegalArgumentException", "route polyline empty"),
                  [cp_crumb("navigation", "Home -> LiveMap"),
                   cp_crumb("log", "bus", {"bus": BUS["id"]})], screen="LiveMapActivity"),
        gh_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        bq_register(APP, rng, tags={"child_age": L(str(SON_AGE), BIRTH), "route": "bole_east"},
                    lang="en"),
        bq_opened(APP, rng, "bus_5min_away"),
        ot_link(APP, rng, U("https://go.busbird.example.org/absence",
                            {"student": L(STUDENT_NO, UID), "date": "2025-12-10",
                             "src": "sms"})),
        cm_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        hf_attach(APP, rng, L(JPEG + b"\xf2", MEDIA), "lost_lunchbox.jpg", "image/jpeg"),
        mj_reverse(APP, rng, STOP_AT, PRECISE, nd=5),
    ]
