"""Nurses' shift-swap and union app "Shiftkin" (camelCase API): a staff-number log-in, an MFA code
in a header, ``/me`` with a JWT carrying her staff number and union flag, the profile with her RN
licence, the schedule, a swap offered and accepted, availability (msgpack), sick leave and a
doctor's note, vaccinations, a geofenced clock-in on the ward's Wi-Fi, a shift pickup, a message
to a colleague, the licence card; the union: joining the local (address, e-mail, a finger
signature), the membership card by member number in the query, dues by bank debit, a
strike-authorisation ballot, a grievance with witnesses; push, events and the schedule export by
a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families46_kit import (
    COLLEAGUES,
    HOSPITAL,
    HOSPITAL_FIX,
    RN_LICENCE,
    STAFF_BSSID,
    STAFF_ID,
    STAFF_SSID,
    UNION,
    UNION_NO,
    fix,
    obj,
    strokes,
)
from eval_families46_sdk import (
    ar_event,
    ar_session,
    cp_crash,
    cp_crumb,
    cp_session,
    cs_batch,
    cs_identify,
)
from eval_families46_svc import cr_save, ft_eval, hm_message, pm_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("shiftkin", "Shiftkin", "com.example.shiftkin", "5.0.7",
          "https://api.shiftkin.example.com")
IID = "Sk-Install-Id"
PW = "Lantern#Ward412"
LOCAL = f"{UNION['name']} {UNION['local']}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def shiftkin() -> list[Case]:
    rng = random.Random(4641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, emp=L(STAFF_ID, UID), unionMember=L(True, SENS)))}
    swap, leave = obj(rng, "swp", 10), obj(rng, "lv", 10)
    mine, theirs = obj(rng, "shf", 8), obj(rng, "shf", 8)
    cla, clo = fix(HOSPITAL_FIX, 5)
    return [
        case(f, f"{a}/api/auth/login", headers=_h(rng), body={
            "org": HOSPITAL["id"], "employeeId": L(STAFF_ID, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/api/auth/verify", headers=_h(rng, extra={
            "X-MFA-Code": L("318274", CRED)}), body={"method": "totp", "trust": True}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "mobile": L(PHONE_PAREN, TEL), "email": L(EMAIL, MAIL),
            "licenseNumber": L(RN_LICENCE, NATID), "licenseState": L("NY", COARSE),
            "role": "RN", "unit": "4 West Med-Surg", "certs": ["BLS", "ACLS"]}),
        case(f, f"{a}/api/shifts", query={"from": "2025-12-15", "to": "2025-12-28",
                                          "unit": "4W"}, headers=_h(rng, **b)),
        case(f, f"{a}/api/swaps", headers=_h(rng, **b), body={
            "swapId": swap, "myShift": mine, "theirShift": theirs,
            "colleague": COLLEAGUES[0][0],
            "note": L("Need the 19th off for my daughter's recital, happy to take your 23rd",
                      TEXT)}),
        case(f, f"{a}/api/swaps/{swap}/accept", fmt="form", headers=_h(rng, **b), body={
            "confirm": "true", "managerApproval": "pending"}),
        case(f, f"{a}/api/availability", fmt="msgpack", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "days": ["2025-12-20", "2025-12-21", "2025-12-27"],
            "maxShifts": 4, "nights": False}),
        case(f, f"{a}/api/leave", headers=_h(rng, **b), body={
            "leaveId": leave, "type": "sick", "from": "2025-12-11", "to": "2025-12-12",
            "reason": L("Migraine with aura, neurologist visit", MED)}),
        multipart(f, f"{a}/api/leave/{leave}/note", [
            ("note", "doctor_note.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pages": 1})], headers=_h(rng, **b)),
        case(f, f"{a}/api/compliance/vaccines", headers=_h(rng, **b), body={
            "influenza": L("2025-10-02", MED), "tbTest": L("negative 2025-06-14", MED),
            "hepBTiter": L("immune", MED), "covidBooster": L("2025-09-20", MED)}),
        case(f, f"{a}/api/clock/in", headers=_h(rng, **b), body={
            "shift": mine, "lat": cla, "lng": clo, "accuracy": 9,
            "wifi": {"ssid": L(STAFF_SSID, WIFI), "bssid": L(STAFF_BSSID, WIFI)},
            "geofence": {"lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"], "r": 150}}),
        case(f, f"{a}/api/shifts/{theirs}/pickup", fmt="form", headers=_h(rng, **b), body={
            "incentive": "150", "unit": "5E", "floatPool": "true"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": COLLEAGUES[1][0], "thread": obj(rng, "th", 8),
            "text": L("Marcus, can you cover my 7p on the 19th? I'll owe you one", TEXT)}),
        multipart(f, f"{a}/api/credentials/license", [
            ("card", "rn_license.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(RN_LICENCE, NATID), "state": L("NY", COARSE),
                "expires": "2027-05-31"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/union/join", headers=_h(rng, **b), body={
            "local": L(LOCAL, SENS), "employer": HOSPITAL["name"], "unit": "4 West",
            "homeAddress": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                            "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                            "zip": L(ZIP, COARSE)},
            "personalEmail": L(EMAIL, MAIL), "personalPhone": L(PHONE, TEL),
            "signature": L(strokes(rng, 16), MOTION), "duesMethod": "bank_debit"}),
        case(f, f"{a}/api/union/card", query={"member": L(UNION_NO, UID), "format": "qr"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/union/dues", fmt="form", headers=_h(rng, **b), body={
            "member": L(UNION_NO, UID), "memo": L(f"{UNION['local']} monthly dues", SENS),
            "amount": L("58.50", BUY), "routing": L(ROUTING, PAY),
            "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/api/union/ballots/blt_2025_strike/vote", headers=_h(rng, **b), body={
            "member": L(UNION_NO, UID), "choice": L("yes_authorize_strike", SENS),
            "receipt": opaque(rng, "vr_", 16)}),
        case(f, f"{a}/api/union/grievances", headers=_h(rng, **b), body={
            "member": L(UNION_NO, UID), "unit": "4 West Med-Surg",
            "text": L("Mandatory overtime three weekends running; ratios of 1:7 on nights "
                      "with no float nurse", TEXT),
            "witnesses": [{"name": L(COLLEAGUES[0][1], NAMEC)},
                          {"name": L(COLLEAGUES[1][1], NAMEC)}]}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("swap_offered", 1), ev("ballot_opened", 2),
                ev("screen", 3, screen=L("UnionHome", USAGE))]}),
        case(f, f"{a}/api/schedule/export.ics", headers=_h(rng, how="none"),
             cookies={"sk_session": L(opaque(rng, "", 40), CRED), "sk_theme": "dark"}),
    ]


def shiftkin_sdks() -> list[Case]:
    rng = random.Random(4642)
    return [
        cs_batch(APP, rng, [("Swap Offered", {"unit": "4W"}),
                            ("Ballot Cast", {"local": L(UNION["local"], SENS)})], adid=True),
        cs_identify(APP, rng, {"role": "RN", "employer": HOSPITAL["name"],
                               "unionMember": L(True, SENS), "email": L(EMAIL, MAIL)}),
        ar_session(APP, rng, user=True),
        ar_event(APP, rng, "union_joined", {"local": L(UNION["local"], SENS)}),
        cp_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409 swap already taken"),
                 [cp_crumb("http", "GET", {"url": U(f"{APP.api}/api/colleagues", {
                     "email": L(EMAIL, MAIL), "unit": "4W"})}),
                  cp_crumb("navigation", "Swaps -> SwapDetail")], screen="SwapDetailActivity"),
        cp_session(APP, rng, secs=221),
        ft_eval(APP, rng, {"org": HOSPITAL["id"], "unionModule": True}),
        pm_register(APP, rng, tags={"unit": "4W", "union": L("412", SENS)}),
        cr_save(APP, rng, {"analytics": True, "marketing": False}),
        hm_message(APP, rng, L("The clock-in geofence fails at the 17th Street entrance", TEXT),
                   {"org": HOSPITAL["id"]}),
    ]
