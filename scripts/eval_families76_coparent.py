"""Co-parenting app "Bothnest" after her divorce: sign-up, a log-in, ``/me``, the ex-partner
invited, the children's profiles, the custody schedule, a handover check-in at the safe exchange
zone (with a photo), messages to the ex (JSON and msgpack), an expense with its
receipt and the reimbursement, a calendar event, the children's medical card, a private journal,
the ex's new address, a swap request, a court export by docket, a child's profile by ID in the
path, a subscription check, push, events and the timeline by a cookie GET."""

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
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families37_kit import fix
from eval_families76_kit import (
    DOCKET,
    EX,
    EX_HOME,
    FAMILY,
    HANDOVER_FIX,
    KIDS,
    PEDIATRICIAN,
    SAFE_SPOT,
    code,
)
from eval_families76_sdk import (
    dz_bid,
    pr_event,
    pr_session,
    sl_batch,
    sl_identify,
    ss_crash,
    ss_crumb,
)
from eval_families76_svc import pc_card, pm_message, pv_save, zv_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("bothnest", "Bothnest", "com.example.bothnest", "6.2.1",
          "https://api.bothnest.example.com")
IID = "X-Bothnest-Install"
PW = "TwoRoofs&OneHeart9"
KID_NAME = f"{TEXT}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def bothnest() -> list[Case]:
    rng = random.Random(7641)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    ex_id = others(rng, 1)[0]
    hand = code(rng, "ho", 10)
    exp = code(rng, "exp", 8)
    hla, hlo = fix(HANDOVER_FIX, 5)
    kid_get = at_path(case(f, f"{a}/v1/children/{KIDS[1][2]}/profile",
                           headers=_h(rng, auth="bearer")), KIDS[1][2], UID)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "role": L("mom", GENDER),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/families/{FAMILY}/invite", headers=_h(rng, **b), body={
            "coParent": {"name": L(EX[0], NAMEC), "email": L(EX[2], MAIL),
                         "phone": L(EX[1], TEL)},
            "message": L("Dan, please use this for the kids' schedule from now on", KID_NAME)}),
        case(f, f"{a}/v1/families/{FAMILY}/children", headers=_h(rng, **b), body={"children": [
            {"firstName": L(k[0], NAMEC), "birthDate": L(k[1], BIRTH), "gender": L(g, GENDER)}
            for k, g in zip(KIDS, ("girl", "boy"), strict=True)],
            "school": {"name": "Waverly Lane Elementary", "phone": "+12125550126"}}),
        case(f, f"{a}/v1/families/{FAMILY}/schedule", headers=_h(rng, **b), body={
            "pattern": "2-2-3", "start": "2026-01-05", "exchangeTime": "18:00",
            "children": [L(KIDS[0][2], UID), L(KIDS[1][2], UID)],
            "exchangeSpot": {"name": SAFE_SPOT["name"], "lat": SAFE_SPOT["lat"],
                             "lon": SAFE_SPOT["lon"]}, "holidays": "alternate",
            "observed": [L("Rosh Hashanah", SENS), L("Passover", SENS), L("Hanukkah", SENS)]}),
        case(f, f"{a}/v1/handovers/{hand}/checkin", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "acc": 6, "arrivedAt": "2026-01-09T17:56:10-05:00",
            "spot": {"lat": SAFE_SPOT["lat"], "lon": SAFE_SPOT["lon"]},
            "note": L("Dan was 25 minutes late again", KID_NAME)}),
        multipart(f, f"{a}/v1/handovers/{hand}/photos", [
            ("photo", "handover.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"handover": hand, "kids": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": ex_id, "thread": code(rng, "th", 8), "toneScore": 0.82,
            "text": L("Can you take Leo to the dentist on Thursday? I have a deposition",
                      KID_NAME)}),
        case(f, f"{a}/v1/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "to": ex_id, "thread": code(rng, "th", 8),
            "text": L("Ava's asthma inhaler is in the blue backpack, two puffs before soccer",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/expenses", headers=_h(rng, **b), body={
            "id": exp, "category": "medical", "amount": L("180.00", BUY), "splitPct": 50,
            "payee": "Tinbell Orthodontics",
            "description": L("Orthodontist consult for Ava", f"{TEXT}|{NAMEC}|{MED}")}),
        multipart(f, f"{a}/v1/expenses/{exp}/receipt", [
            ("receipt", "receipt.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"expense": exp})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/expenses/{exp}/reimburse", fmt="form", headers=_h(rng, **b), body={
            "amount": L("90.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "memo": L("Half of Ava's orthodontist", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/calendar/events", headers=_h(rng, **b), body={
            "title": L("Leo soccer tryouts", KID_NAME), "children": [L(KIDS[1][2], UID)],
            "where": {"name": "Pier 40 Fields", "lat": 40.72959, "lon": -74.01137},
            "start": "2026-01-17T09:00", "visibleToCoParent": True}),
        case(f, f"{a}/v1/children/{KIDS[0][2]}/medical", headers=_h(rng, **b), body={
            "allergies": [L("peanuts", MED)], "conditions": [L("asthma", MED)],
            "medications": [L("albuterol inhaler", MED)],
            "pediatrician": {"name": L(PEDIATRICIAN[0], NAMEC),
                             "phone": L(PEDIATRICIAN[1], TEL)}}),
        case(f, f"{a}/v1/settings/home-wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "lanIp": L(LOCAL_IP, DEV),
            "autoCheckinAtHome": True, "children": [L(k[2], UID) for k in KIDS]}),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "private": True, "incident": True, "mood": 2,
            "text": L("He raised his voice at pickup in front of the kids", TEXT)}),
        case(f, f"{a}/v1/families/{FAMILY}/coparent/address", headers=_h(rng, **b), body={
            "line1": L(EX_HOME["line1"], ADDR), "line2": L(EX_HOME["line2"], ADDR),
            "city": L(EX_HOME["city"], COARSE), "zip": L(EX_HOME["zip"], COARSE),
            "effective": "2026-02-01"}),
        case(f, f"{a}/v1/swaps", headers=_h(rng, **b), body={
            "from": "2026-02-06", "to": "2026-02-08", "with": ex_id,
            "reason": L("Conference trip to Ljubljana, back on the 8th", TEXT)}),
        case(f, f"{a}/v1/exports/court", headers=_h(rng, **b),
             query={"docket": DOCKET, "format": "pdf", "range": "2025"}),
        kid_get,
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("bothnest_plus_monthly", BUY),
            "orderId": L("GPA.3381-0412-7719-20538", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("handover_checkin", 1), ev("message_sent", 2, tone="calm"),
                ev("screen", 3, screen=L("Calendar", USAGE))]}),
        case(f, f"{a}/v1/families/{FAMILY}/timeline", headers=_h(rng, how="upper"),
             cookies={"bn_session": L(opaque(rng, "", 48), CRED), "bn_req": rid(rng)}),
    ]


def bothnest_sdks() -> list[Case]:
    rng = random.Random(7642)
    return [
        sl_batch(APP, rng, [("Handover Checked In", {"late": True}),
                            ("Expense Added", {"amount": L(180.0, BUY)})]),
        sl_identify(APP, rng, {"role": L("mom", GENDER), "kids": 2,
                               "plan": "plus", "city": L("New York", COARSE)}),
        pr_session(APP, rng, user=True),
        pr_event(APP, rng, "subscribe", {"plan": "monthly"}, revenue=12.99),
        dz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="parenting,custody"),
        ss_crash(APP, rng, ("java.util.ConcurrentModificationException", "calendar sync"),
                 [ss_crumb("navigation", "Home -> Calendar"),
                  ss_crumb("http", "POST", {"status": 409})], screen="CalendarActivity"),
        zv_register(APP, rng, tags={"handover_reminders": "1"}),
        pv_save(APP, rng, {"analytics": True, "ads": True}),
        pc_card(APP, rng),
        pm_message(APP, rng, L("The court export is missing January's messages", TEXT),
                   {"docket_export": True}),
    ]
