"""Temple-festival volunteer app "Thiruvizha" (the temple's ten-day festival): volunteer sign-up
(religion, tradition, blood group), OTP, ``/me`` with a JWT, an emergency contact, an ID check
by the Aadhaar's last four digits, shifts, a gate check-in with the badge QR, a protobuf
location heartbeat on duty, a crowd report with a photo, a lost-child report, meal-counter
counts, a donation with her PAN for the tax receipt, an archanai (offering) booked in her name
and gotram, prasadam delivered home, a procession search, team chat, a first-aid log, a parking
pass, her hours by volunteer ID in the path, push, events and the roster by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
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
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families87_kit import (
    BADGE,
    CHN,
    EMERGENCY,
    GATE_FIX,
    PAN,
    TEMPLE,
    UPI,
    VOL_ID,
    gen_id,
)
from eval_families87_sdk import am_event, am_open, ck_crash, ck_crumb, km_batch, km_queue
from eval_families87_svc import (
    kd_eval,
    kp_upi,
    mo_register,
    sm_status,
    vp_reverse,
    vp_telemetry,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("thiruvizha", "Thiruvizha", "com.example.thiruvizha.seva", "3.0.2",
          "https://seva.thiruvizha.example.org")
IID = "X-Seva-Install"
FEST = "fest_panguni_2026"  # the festival (a negative)
PLATE = "TN09 BX 4471"  # her scooter's plate (id.hardware, as set 29)
SHIFT_FIXES = [(12.999611, 80.264187), (12.999702, 80.263941), (12.999488, 80.263702)]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ta-IN,ta;q=0.9,en;q=0.8", DEV)
    return h


def thiruvizha() -> list[Case]:
    rng = random.Random(8741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, vol=L(VOL_ID, UID), phone=L(E164, TEL)))}
    gla, glo = fix(GATE_FIX)
    hb_lab: dict[str, str] = {}
    hb = pb([(1, L(VOL_ID, UID)), (2, [(1, L(SHIFT_FIXES[1][0], PRECISE)),
                                       (2, L(SHIFT_FIXES[1][1], PRECISE))]),
             (3, L(58, DEV)), (4, 1765602000), (5, "zone_east")], "", hb_lab)
    return [
        case(f, f"{a}/v1/volunteers", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "mobile": L(E164, TEL), "email": L(EMAIL, MAIL),
            "age": L(34, BIRTH), "gender": L("female", GENDER), "religion": L("Hindu", SENS),
            "sampradayam": L("Saiva", SENS), "area": L("Besant Nagar", COARSE),
            "pincode": L(CHN["pin"], COARSE), "bloodGroup": L("B+", MED), "tshirt": "M",
            "skills": ["crowd", "annadhanam"]}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "mobile": L(PHONE, TEL), "code": L("662091", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/emergency", headers=_h(rng, **b), body={
            "name": L(EMERGENCY[0], NAMEC), "mobile": L(EMERGENCY[1], TEL),
            "relation": "friend"}),
        case(f, f"{a}/v1/me/verify", fmt="form", headers=_h(rng, **b), body={
            "idType": "aadhaar", "last4": L("3318", NATID), "nameOnId": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/festivals/{FEST}/shifts", headers=_h(rng, **b), body={
            "volunteerId": L(VOL_ID, UID),
            "shifts": [gen_id(rng, "sh", 6), gen_id(rng, "sh", 6)],
            "roles": ["queue_east_gate", "annadhanam"]}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "badge": L(BADGE, CRED), "volunteerId": L(VOL_ID, UID), "gate": "east",
            "position": {"lat": gla, "lon": glo, "acc": 5},
            "temple": {"id": TEMPLE["id"], "lat": TEMPLE["lat"], "lon": TEMPLE["lon"]}}),
        raw(f, f"{a}/v1/duty/heartbeat", hb, "application/x-protobuf", hb_lab,
            headers=_h(rng, how="nodash", **b)),
        multipart(f, f"{a}/v1/crowd", [
            ("photo", "queue_east.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("report", None, "application/json", {
                "zone": "east_gate", "density": 4, "volunteerId": L(VOL_ID, UID),
                "note": L("Queue spilling onto the road, need two more people here", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lost-child", headers=_h(rng, **b), body={
            "reporter": L(PHONE, TEL),
            "child": L("Boy about 6 named Karthi, green shirt, crying near the tank", TEXT),
            "childName": L("Karthi", NAMEC),
            "seenAt": {"lat": L(12.999421, PRECISE), "lon": L(80.264012, PRECISE)}}),
        case(f, f"{a}/v1/annadhanam/count", fmt="form", headers=_h(rng, **b), body={
            "counter": "hall_2", "servings": "1840", "session": "lunch"}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "donor": L(NAME, NAMEC), "amount": L("5001", BUY), "purpose": "annadhanam",
            "pan": L(PAN, NATID), "receipt80G": True, "upi": L(UPI, PAY),
            "address": L(f"{CHN['theru']}, Chennai {CHN['pin']}", ADDR)}),
        case(f, f"{a}/v1/archanai", headers=_h(rng, **b), body={
            "deity": "Vaanamalai Amman", "inNameOf": L(NAME, NAMEC),
            "gothram": L("Kashyapa", SENS), "nakshatram": "Rohini", "ticket": L("ARC-50", BUY),
            "date": "2026-03-24"}),
        case(f, f"{a}/v1/prasadam/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "laddu_2", "qty": 2}], "total": L("240.00", BUY),
            "deliverTo": {"line": L(CHN["theru"], ADDR), "pin": L(CHN["pin"], COARSE),
                          "phone": L(E164, TEL)}}),
        case(f, f"{a}/v1/search", query={"q": L("ther procession route timings", SEARCH),
                                         "festival": FEST}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/team/messages", headers=_h(rng, **b), body={
            "team": "east_gate", "from": L(VOL_ID, UID), "id": gen_id(rng, "tm", 10),
            "text": L("Taking my break at 4, Meena will cover the barricade", TEXT)}),
        case(f, f"{a}/v1/first-aid", headers=_h(rng, **b), body={
            "volunteerId": L(VOL_ID, UID), "post": "fa_east",
            "incident": L("Elderly man fainted in the queue, gave ORS, BP low", f"{TEXT}|{MED}"),
            "referred": False}),
        case(f, f"{a}/v1/parking/pass", fmt="form", headers=_h(rng, **b), body={
            "volunteerId": L(VOL_ID, UID), "plate": L(PLATE, HW), "vehicle": "scooter"}),
        at_path(case(f, f"{a}/v1/volunteers/{VOL_ID}/hours", headers=_h(rng, **b)),
                VOL_ID, UID),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("ta_IN", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("checkin", 1, gate="east"), ev("crowd_report", 2),
                ev("screen", 3, screen=L("Roster", USAGE))]}),
        case(f, f"{a}/v1/roster", headers=_h(rng, how="upper"), cookies={
            "seva_sid": L(opaque(rng, "", 40), CRED), "seva_vol": L(VOL_ID, UID)}),
    ]


def thiruvizha_sdks() -> list[Case]:
    rng = random.Random(8742)
    return [
        km_batch(APP, rng, [("Checked In", {"gate": "east"}),
                            ("Crowd Report Sent", {"density": 4})], ip=True, locale="ta_IN"),
        km_queue(APP, rng, [("Shift Reminder Opened", {}), ("Roster Viewed", {"day": 3})]),
        am_open(APP, rng, user=True, opens=17),
        am_event(APP, rng, "donation", {"purpose": "annadhanam"}, revenue="5001.00"),
        ck_crash(APP, rng, ("java.io.IOException", "camera busy"),
                 [ck_crumb("nav", "Duty -> CrowdReport"), ck_crumb("tap", "capture")],
                 screen="CrowdReportActivity"),
        kd_eval(APP, rng, {"role": "queue", "festival": FEST}),
        mo_register(APP, rng, tags={"team": "east_gate"}, at=GATE_FIX, nd=2, lang="ta"),
        sm_status(APP, rng, {"essential": True, "analytics": True}),
        kp_upi(APP, rng, "500100", "Annadhanam donation"),
        vp_reverse(APP, rng, GATE_FIX, PRECISE),
        vp_telemetry(APP, rng, SHIFT_FIXES, PRECISE),
    ]
