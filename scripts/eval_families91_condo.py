"""Condominium visitor-registration app "Pelawatku" (her condo in Ampang): activating her unit,
a log-in and SMS code, ``/me``, pre-registering her mother-in-law and sending her the gate pass,
approving and rejecting walk-in visitors the guardhouse scanned (their IC numbers and plates are
the guard's records: look-alikes), the visitor log, a parcel collected, a BBQ-pit booking, the
maintenance fee, a defect report with a photo, her household, her car, her access PIN, the
intercom on her Wi-Fi, a panic alert, feedback, push, events and parcels by a cookie GET."""

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
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families91_kit import (
    ACCESS_PIN,
    CHILD,
    CONDO,
    GUARD_AT,
    HUSBAND,
    MY_HOME_AT,
    MYPR,
    OWN_PLATE,
    VISITOR,
    WALKINS,
)
from eval_families91_sdk import hb_batch, hb_pixel, jm_install, rp_crash, rp_crumb
from eval_families91_svc import bp_card, iz_check, lw_opened, lw_register, sd_eval, st_attach
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("pelawatku", "Pelawatku", "com.example.pelawatku", "4.3.7",
          "https://api.pelawatku.example.org")
IID = "X-Pelawat-Device"
PW = "Seri-Ampang-1807"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def pelawatku() -> list[Case]:
    rng = random.Random(9151)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, unit=L(CONDO["unit"], ADDR), phone=L(E164, TEL)))}
    vid, w1, w2 = obj(rng, "vis", 8), obj(rng, "wlk", 8), obj(rng, "wlk", 8)
    hla, hlo = fix(MY_HOME_AT)
    return [
        case(f, f"{a}/v2/residents/activate", headers=_h(rng), body={
            "condo": CONDO["id"], "unit": L(CONDO["unit"], ADDR), "ownerName": L(NAME, NAMEC),
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "icNo": L(MYPR, NATID),
            "activationCode": L("PLW-8K2Q-77", CRED), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "password": L(PW, CRED), "condo": CONDO["id"]}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "otp": L("557102", CRED), "challenge": opaque(rng, "ch_", 16)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/visitors", headers=_h(rng, **b), body={
            "visitor": vid, "name": L(VISITOR[0], NAMEC), "phone": L(VISITOR[1], TEL),
            "plate": VISITOR[2], "purpose": "family", "date": "2025-12-14",
            "arrival": "15:00", "unit": L(CONDO["unit"], ADDR), "overnight": False}),
        case(f, f"{a}/v2/visitors/{vid}/pass", headers=_h(rng, **b), body={
            "via": "sms", "to": L(VISITOR[1], TEL), "pass": L(opaque(rng, "gp_", 24), CRED),
            "validFrom": "2025-12-14T14:30+08:00", "validTo": "2025-12-14T23:59+08:00"}),
        case(f, f"{a}/v2/walkins/{w1}/approve", headers=_h(rng, **b), body={
            "visitorIc": WALKINS[0][0], "plate": WALKINS[0][1], "gate": "G1",
            "decision": "approve", "scannedAt": 1765354210}),
        case(f, f"{a}/v2/walkins/{w2}/reject", fmt="form", headers=_h(rng, **b), body={
            "visitorIc": WALKINS[1][0], "plate": WALKINS[1][1],
            "reason": L("Not expecting anyone, please check with B-17-07", TEXT)}),
        case(f, f"{a}/v2/visitors/log", headers=_h(rng, **b), query={
            "unit": L(CONDO["unit"], ADDR), "from": "2025-12-01", "to": "2025-12-14"}),
        case(f, f"{a}/v2/parcels/{obj(rng, 'pcl', 8)}/collect", fmt="form",
             headers=_h(rng, **b), body={"collectedBy": L(NAME, NAMEC), "courier": "J&K Xpress",
                                        "shelf": "P3"}),
        case(f, f"{a}/v2/facilities/bookings", headers=_h(rng, **b), body={
            "facility": "bbq_pit_2", "slot": "2025-12-20T18:00/22:00",
            "booking": L("FB-B1807-2512-09", BUY), "deposit": L("50.00", BUY), "guests": 12}),
        case(f, f"{a}/v2/payments/maintenance", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("INV-B1807-2512", BUY), "amount": L("385.60", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "period": "2025-12"}),
        multipart(f, f"{a}/v2/defects", [
            ("photo", "leak.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("report", None, "application/json", {
                "unit": L(CONDO["unit"], ADDR), "area": "master bathroom",
                "text": L("Water leaking from the ceiling above the shower since Friday", TEXT),
                "urgent": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/household", headers=_h(rng, **b), body={"occupants": [
            {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "spouse"},
            {"name": L(f"{CHILD['name']} binti Amir", NAMEC), "age": L(CHILD["age"], BIRTH),
             "relation": "daughter"}]}),
        case(f, f"{a}/v2/vehicles", headers=_h(rng, **b), body={
            "plate": OWN_PLATE, "make": "Perodua", "colour": "silver", "sticker": "ST-0882"}),
        case(f, f"{a}/v2/access/pin", fmt="form", headers=_h(rng, **b), body={
            "old": L("4410", CRED), "new": L(ACCESS_PIN, CRED)}),
        case(f, f"{a}/v2/intercom/register", headers=_h(rng, **b), body={
            "sipUser": "b1807-01", "callId": rid(rng),
            "sipPassword": L(opaque(rng, "", 20), CRED), "lanIp": L(LOCAL_IP, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}, "panel": "IP-PNL-18"}),
        case(f, f"{a}/v2/guard/panic", headers=_h(rng, **b), body={
            "unit": L(CONDO["unit"], ADDR), "lat": hla, "lng": hlo,
            "guardhouse": list(GUARD_AT), "text": L("Someone tailgated into the lift", TEXT)}),
        case(f, f"{a}/v2/feedback", headers=_h(rng, **b), body={
            "stars": 3, "comment": L("Guards never answer the intercom after 11pm", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("visitor_registered", 1), ev("walkin_approved", 2),
                ev("screen", 3, screen=L("VisitorLog", USAGE))]}),
        case(f, f"{a}/v2/parcels", headers=_h(rng, how="none"), query={"status": "waiting"},
             cookies={"plw_session": L(opaque(rng, "", 40), CRED),
                      "plw_unit": L(CONDO["unit"], ADDR)}),
    ]


def pelawatku_sdks() -> list[Case]:
    rng = random.Random(9152)
    return [
        hb_batch(APP, rng, [("Visitor Registered", {"purpose": "family"}),
                            ("Facility Booked", {"deposit": L(50, BUY)})],
                 at=MY_HOME_AT, nd=4),
        hb_pixel(APP, rng, "Activation Viewed", {"condo": CONDO["id"]}),
        jm_install(APP, rng, first=False, user=True, n=23),
        rp_crash(APP, rng, ("java.lang.SecurityException", "camera permission"),
                 [rp_crumb("nav", "Visitors -> ScanPass"), rp_crumb("tap", "scan")],
                 screen="ScanPassActivity"),
        sd_eval(APP, rng, {"condo": CONDO["id"], "intercom": True}, hdr=True),
        lw_register(APP, rng, tags={"condo": CONDO["id"], "block": "B"}),
        lw_opened(APP, rng, "parcel_arrived"),
        iz_check(APP, rng, {"analytics": True, "ads": False}),
        bp_card(APP, rng, email=True),
        st_attach(APP, rng, L(JPEG + b"\xc2", MEDIA), "ceiling.jpg", "image/jpeg"),
    ]
