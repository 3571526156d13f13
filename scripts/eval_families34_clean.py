"""Gig-marketplace app for home cleaners, the worker's side: "Sparkhive Pro". Sign-up and a phone
check, a background-check consent (SSN, licence, address, an e-signature), an ID check (licence
photo, selfie, face template and landmarks), her service area, job offers near her, accepting a
job, clock-in with a selfie match at the client's home (the client's Wi-Fi in range), checklist
photos, chat with the client, clock-out (msgpack), location pings on shift (JSON Lines), an
incident report, a rating, earnings, an instant payout, tax e-delivery and an emergency
contact."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    FACE,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    flat,
    landmarks,
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
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE, lines
from eval_families24_kit import SSN, claims, head, rid
from eval_families34_kit import (
    CLIENT_PHONE,
    DEBIT_LAST4,
    JOB_FIXES,
    JOBS,
    SUPPORT_MAIL,
    obj,
    pings,
)
from eval_families34_sdk import cl_identify, cl_track, cw_crash, cw_crumb, cw_session, sw_session
from eval_families34_svc import ch_register, hb_attach, mf_route, pq_bank, tr_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("sparkhive", "Sparkhive Pro", "com.example.sparkhive.pro", "4.8.2",
          "https://api.sparkhive.example.com")
IID = "X-Spk-Device"
PRO = "pro_30418827"  # her worker account (id.user)
CLIENT_WIFI = ("Alvarez-Home-5G", "9c:53:22:0e:71:a4")  # the client's network in range


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **{"how": "upper", **kw})


def _fix(at: tuple[float, float]) -> dict[str, L]:
    return {"lat": L(at[0], PRECISE), "lng": L(at[1], PRECISE)}


def sparkhive() -> list[Case]:
    rng = random.Random(3461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pro_id=L(PRO, UID), email=L(EMAIL, MAIL)))}
    job, job2 = JOBS[0]["id"], JOBS[1]["id"]
    lat4, lon4 = pos(4)
    shift = pings(rng, 3, JOB_FIXES[1])
    for p in shift:
        p["pro"] = L(PRO, UID)
    cases = [
        case(f, f"{a}/v1/pros/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL), "password": L("Lemon&Broom88", CRED),
            "service_zip": L(ZIP, COARSE), "referral": "SPARK50"}),
        case(f, f"{a}/v1/pros/verify-phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("771046", CRED)}),
        case(f, f"{a}/v1/pros/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/background-check", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "driver_license": {"number": L(LICENCE, NATID), "state": L("NY", COARSE)},
            "consent": {"signed_name": L(NAME, NAMEC), "ip": L(PUBLIC_IP, IPLOC),
                        "signed_at": "2025-12-10T09:12:44-05:00", "fcra_version": "2024-03"}}),
        multipart(f, f"{a}/v1/identity/check", [
            ("license_front", "dl_front.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x01", MEDIA)),
            ("data", None, "application/json", {
                "face_template": L(f32b64(flat(rng, 128, 0.05), urlsafe=True), FACE),
                "landmarks": L(landmarks(rng, 68), FACE), "liveness": 0.96,
                "doc_face_match": 0.91, "session": rid(rng)})], headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v1/pros/{PRO}/service-area", headers=_h(rng, **b), body={
            "home_base": {"lat": lat4, "lng": lon4}, "radius_mi": 8,
            "services": ["standard", "deep_clean", "move_out"],
            "availability": {"mon": ["09:00-17:00"], "wed": ["09:00-17:00"],
                             "sat": ["10:00-14:00"]}}), PRO, UID),
        case(f, f"{a}/v1/jobs/offers", headers=_h(rng, **b), query={
            "lat": L(f"{lat4.value:.3f}", PRECISE), "lng": L(f"{lon4.value:.3f}", PRECISE),
            "radius_mi": "8", "date": "2025-12-11"}),
        case(f, f"{a}/v1/jobs/{job}/accept", headers=_h(rng, **b), body={
            "eta_min": 25, "from": {"lat": L(40.741802, PRECISE), "lng": L(-73.989351, PRECISE)},
            "pay_accepted": JOBS[0]["pay"], "client_relay_phone": CLIENT_PHONE}),
        multipart(f, f"{a}/v1/jobs/{job}/clock-in", [
            ("selfie", "clockin.jpg", "image/jpeg", L(JPEG + b"\x02", MEDIA)),
            ("data", None, "application/json", {
                "face_template": L(f32b64(flat(rng, 128, 0.05)), FACE), "match": 0.94,
                **_fix(JOB_FIXES[0]), "accuracy_m": 7,
                "wifi_in_range": [{"ssid": L(CLIENT_WIFI[0], WIFI),
                                   "bssid": L(CLIENT_WIFI[1], WIFI), "rssi": -51}]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/jobs/{job}/checklist", [
            ("before", "kitchen_before.jpg", "image/jpeg", L(JPEG + b"\x03", MEDIA)),
            ("after", "kitchen_after.jpg", "image/jpeg", L(JPEG + b"\x04", MEDIA)),
            ("data", None, "application/json", {"room": "kitchen",
                                                "tasks": ["counters", "stovetop", "floor"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jobs/{job}/messages", headers=_h(rng, **b), body={
            "text": L("Hi! I'm outside, could you buzz me in?", TEXT), "client_id": rid(rng)}),
        case(f, f"{a}/v1/jobs/{job}/clock-out", fmt="msgpack", headers=_h(rng, **b), body={
            "pro": L(PRO, UID), **_fix(JOB_FIXES[0]), "duration_min": 185,
            "supplies": ["microfiber", "degreaser"], "ts": 1765393200}),
        lines(f, f"{a}/v1/shift/locations", shift, gz=True, headers=_h(rng, **b)),
        case(f, f"{a}/v1/jobs/{job2}/incidents", headers=_h(rng, **b), body={
            "type": "damage", "photo_ids": [obj(rng, "ph", 10)], "cc": SUPPORT_MAIL,
            "description": L("Knocked a glass vase off the shelf while dusting, it chipped",
                             TEXT)}),
        case(f, f"{a}/v1/jobs/{job2}/rating", headers=_h(rng, **b), body={
            "stars": 4, "comment": L("Lovely family, the dog was a bit jumpy", TEXT)}),
        case(f, f"{a}/v1/earnings", query={"week": "2025-W50"}, headers=_h(rng, how="none"),
             cookies={"spk_session": L(opaque(rng, "", 48), CRED),
                      "spk_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/payouts/instant", headers=_h(rng, **b), body={
            "amount": L("228.00", BUY), "fee": L("1.99", BUY),
            "destination": {"type": "debit_card", "last4": L(DEBIT_LAST4, PAY)}}),
        case(f, f"{a}/v1/tax/delivery", fmt="form", headers=_h(rng, **b), body={
            "electronic_1099": "true", "email": L(EMAIL, MAIL), "tin_last4": L(SSN[-4:], NATID)}),
        at_path(case(f, f"{a}/v1/pros/{PRO}/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
            "relation": "mother"}), PRO, UID),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("offer_viewed", 1, job=job), ev("clock_in", 2),
                ev("screen_view", 3, screen=L("Earnings", USAGE))]}),
    ]
    return cases


def sparkhive_sdks() -> list[Case]:
    rng = random.Random(3462)
    return [
        cl_track(APP, rng, [("Job Accepted", {"service": "deep_clean"}),
                            ("Payout Requested", {"amount": L(228.0, BUY)})], nd=3),
        cl_identify(APP, rng, {"tier": "gold", "jobsCompleted": 212, "zip": L(ZIP, COARSE)}),
        sw_session(APP, rng, user=True, n=41),
        cw_crash(APP, rng, ("java.lang.IllegalArgumentException", "geofence radius <= 0"),
                 [cw_crumb("nav", "Job -> ClockIn"), cw_crumb("tap", "clock_in")],
                 keys={"job": JOBS[0]["id"]}, screen="ClockInActivity"),
        cw_session(APP, rng, secs=1804),
        tr_eval(APP, rng, {"market": L("nyc", COARSE), "tier": "gold"}),
        ch_register(APP, rng, nd=4, tags={"tier": "gold"}),
        pq_bank(APP, rng),
        mf_route(APP, rng, (40.741802, -73.989351), PRECISE, (40.73742, -73.98121), PRECISE),
        hb_attach(APP, rng, L(JPEG + b"\x05", MEDIA), "vase.jpg", "image/jpeg"),
    ]
