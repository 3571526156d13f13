"""Hospice volunteer scheduling app "Lysvagt": the volunteer application (her faith for the
spiritual-care team), a log-in, ``/me``, the background check (SSN), a health clearance with a
TB test photo, availability, open shifts, a shift claimed, a check-in at the hospice, a visit
log (the patients' IDs, rooms, initials and care plan are the hospice's: negatives), a
check-out, mileage from her home, a payout account, a message to the coordinator, a shift swap,
training minutes, a grief-support group, an emergency contact, a vigil sign-up, the signed
confidentiality agreement, a donation, push, events and the schedule by cookie."""

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
    NATIONAL,
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
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    pos,
)
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, others
from eval_families86_kit import COORD, HOSPICE, PATIENTS, fix, obj
from eval_families86_sdk import (
    bl_crash,
    bl_crumb,
    bl_session,
    hy_batch,
    hy_queue,
)
from eval_families86_svc import (
    bt_confirm,
    ks_register,
    kv_route,
    kv_telemetry,
    sh_message,
    sy_save,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("lysvagt", "Lysvagt", "com.example.lysvagt", "4.0.3", "https://api.lysvagt.example.org")
IID = "X-Lysvagt-Install"
PW = "Candle-Harbour-26"
VOL = "VOL-20931"  # her volunteer number (id.user)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(40))


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lysvagt() -> list[Case]:
    rng = random.Random(8671)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, volunteer=L(VOL, UID), email=L(EMAIL, MAIL)))}
    shift = obj(rng, "sh", 10)
    cla, clo = fix((HOSPICE["lat"] + 0.000083, HOSPICE["lon"] - 0.000051))
    hla, hlo = pos(5)
    peer = others(rng, 1, "vol_")[0]
    return [
        case(f, f"{a}/v2/applications", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "faith": L("Quaker", SENS), "teams": ["companionship", "spiritual_care"],
            "why": L("I sat with my grandmother at the end and want to do that for others",
                     TEXT), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/background-check", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH), "fullName": L(NAME, NAMEC),
            "consent": True, "provider": "ClearPath Screening"}),
        multipart(f, f"{a}/v2/health-clearance", [
            ("tbTest", "tb_result.jpg", "image/jpeg", L(JPEG + b"\xe1", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "tbResult": L("negative", MED), "tbDate": L("2025-10-30", MED),
                "fluShot": L(True, MED), "covidBooster": L(True, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/availability", headers=_h(rng, **b), body={
            "weekly": [{"day": "tue", "from": "18:00", "to": "21:00"},
                       {"day": "sat", "from": "09:00", "to": "13:00"}], "maxPerMonth": 6}),
        case(f, f"{a}/v2/shifts/open", headers=_h(rng, **b), query={
            "hospice": HOSPICE["id"], "from": "2025-12-10", "to": "2025-12-24"}),
        case(f, f"{a}/v2/shifts/{shift}/claim", fmt="form", headers=_h(rng, **b), body={
            "volunteer": L(VOL, UID), "note": ""}),
        case(f, f"{a}/v2/shifts/{shift}/checkin", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "accuracy": 8,
            "hospice": {"id": HOSPICE["id"], "lat": HOSPICE["lat"], "lon": HOSPICE["lon"]}}),
        case(f, f"{a}/v2/shifts/{shift}/visits", headers=_h(rng, **b), body={
            "visits": [{"patient": p["id"], "room": p["room"], "initials": p["initials"],
                        "care": p["care"], "dnr": p["dnr"], "minutes": 40 + 15 * i}
                       for i, p in enumerate(PATIENTS)],
            "note": L("Read the sports pages aloud in room 12, played hymns for room 7", TEXT)}),
        case(f, f"{a}/v2/shifts/{shift}/checkout", fmt="form", headers=_h(rng, **b), body={
            "hours": "3.0", "mileage": "9.4"}),
        case(f, f"{a}/v2/mileage", headers=_h(rng, **b), body={
            "from": {"lat": hla, "lon": hlo}, "to": HOSPICE["id"], "miles": 9.4,
            "rate": "0.70", "shift": shift}),
        case(f, f"{a}/v2/payouts/bank", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": {"name": COORD[0], "email": COORD[1]},
            "text": L("Running 15 minutes late for my Tuesday shift, train delay", TEXT)}),
        case(f, f"{a}/v2/shifts/{shift}/swap", headers=_h(rng, **b), body={
            "with": peer, "reason": L("Family dinner that evening, sorry", TEXT)}),
        case(f, f"{a}/v2/training/progress", fmt="form", headers=_h(rng, **b), body={
            "module": "m04_listening", "watchedMin": L("27", USAGE), "quizScore": "9"}),
        case(f, f"{a}/v2/support-groups/grief/join", headers=_h(rng, **b), body={
            "volunteer": L(VOL, UID),
            "intro": L("Lost my mother last spring, would like to talk with others", TEXT)}),
        case(f, f"{a}/v2/me/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
            "relation": "friend"}),
        case(f, f"{a}/v2/vigils/vg_3307/signup", headers=_h(rng, **b), body={
            "patient": PATIENTS[0]["id"], "room": PATIENTS[0]["room"],
            "overnightPhone": L(NATIONAL, TEL), "from": "2025-12-12T22:00"}),
        multipart(f, f"{a}/v2/documents/confidentiality", [
            ("signature", "signature.png", "image/png", L(PNG, MEDIA)),
            ("doc", None, "application/json", {"version": "2025-03", "signedName":
                                               L(NAME, NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/donations", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "inMemoryOf": L("Margaret Doe", NAMEC),
            "recurring": False}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("shift_claimed", 1), ev("visit_logged", 2),
                ev("screen", 3, screen=L("ShiftCalendar", USAGE))]}),
        case(f, f"{a}/v2/schedule", headers=_h(rng, how="upper"),
             cookies={"lv_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def lysvagt_sdks() -> list[Case]:
    rng = random.Random(8672)
    return [
        hy_batch(APP, rng, [("Shift Claimed", {"team": "companionship"}),
                            ("Visit Logged", {"count": 2})]),
        hy_queue(APP, rng, [("Training Watched", {"minutes": L(27, USAGE)}),
                            ("Calendar Synced", {})]),
        bl_crash(APP, rng, ("java.lang.SecurityException", "calendar permission"),
                 [bl_crumb("nav", "Shifts -> Calendar")], screen="CalendarActivity"),
        bl_session(APP, rng, secs=205),
        ks_register(APP, rng, tags={"hospice": HOSPICE["id"]}),
        sy_save(APP, rng, {"analytics": True, "ads": False}),
        kv_route(APP, rng, [((LAT, LON), "location.precise"),
                            ((HOSPICE["lat"], HOSPICE["lon"]), None)], profile="driving"),
        kv_telemetry(APP, rng, [(round(LAT + 0.00411, 6), round(LON - 0.00342, 6)),
                                (round(HOSPICE["lat"] - 0.00021, 6),
                                 round(HOSPICE["lon"] + 0.00012, 6))], "location.precise"),
        bt_confirm(APP, rng, "50.00"),
        sh_message(APP, rng, L("How do I update my TB test date?", TEXT),
                   {"team": "companionship"}),
    ]
