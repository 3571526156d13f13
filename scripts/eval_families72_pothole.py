"""Municipal bike-lane pothole reporter "Potholia": an account, a password grant, ``/me``,
reports nearby, a report where she stands and its photo, its status, another's report upvoted and
commented, a commute ride with bump detection (gzip), a single bump (msgpack), offline reports
(JSON Lines), her commute's ends, her profile, a search, her city 311 account linked, a follow-up,
a fall reported with her injury, feedback, push, events and notifications by a cookie GET. The
lane segment, other people's reports and the city's case numbers are the look-alikes."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DIGITS, JPEG, multipart, push_token
from eval_families20_kit import DOB, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families72_kit import (
    ADDR,
    BIRTH,
    CASE,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NEARBY,
    OFFICE,
    POT_FIX,
    PRECISE,
    SEARCH,
    SEGMENT,
    TEL,
    TEXT,
    UID,
    USAGE,
    accel,
    fix,
    home,
    obj,
    trace,
)
from eval_families72_sdk import gp_crash, gp_crumb, lb_open, tf_batch, tf_pixel
from eval_families72_svc import (
    ab_save,
    mc_geocode,
    mc_reverse,
    mc_telemetry,
    po_register,
    ss_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("potholia", "Potholia", "org.example.potholia", "1.12.4",
          "https://api.potholia.example.org")
IID = "X-Potholia-Install"
PWD = "Bumpy!Lane0419"
HANDLE = "bikejane"  # her public handle on the report map (id.user)
CITY311 = "NYC311-88317024"  # her account at the city's 311 service (id.user)
FALL_AT = (40.738391, -73.985207)  # where she fell, a few metres on


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def potholia() -> list[Case]:
    rng = random.Random(7261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    rpt, other = obj(rng, "rpt"), NEARBY[0][0]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), zip=L(ZIP, COARSE)))}
    pla, plo = fix(POT_FIX)
    hla, hlo = home(4)
    rows = trace(rng, 5, (LAT, LON), OFFICE, t0=1765290000)
    offline = [{"lat": L(40.739122, PRECISE), "lon": L(-73.986404, PRECISE),
                "desc": L("Deep crack across the lane by the bus stop", TEXT), "t": 1765289100},
               {"lat": L(40.744873, PRECISE), "lon": L(-73.988911, PRECISE),
                "desc": L("Sunken drain cover, swerved into traffic", TEXT), "t": 1765289400}]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PWD, CRED), "name": L(NAME, NAMEC),
            "zip": L(ZIP, COARSE), "phone": L(DIGITS, TEL), "anonymousByDefault": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PWD, CRED),
            "client_id": "potholia-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/reports/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{POT_FIX[0]:.5f}", PRECISE), "lon": L(f"{POT_FIX[1]:.5f}", PRECISE),
            "radius": "400", "status": "open"}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "reportId": rpt, "segment": SEGMENT, "category": "pothole", "severity": 3,
            "lat": pla, "lon": plo, "heading": 184, "accuracyM": 4,
            "description": L("Pothole in the painted lane, about 40 cm wide, full of water",
                             TEXT),
            "anonymous": False,
            "duplicatesChecked": [{"id": i, "lat": la, "lon": lo} for i, la, lo in NEARBY]}),
        multipart(f, f"{a}/v1/reports/{rpt}/photos", [
            ("photo", "pothole.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "reportId": rpt, "gpsLat": L(round(POT_FIX[0], 4), PRECISE),
                "gpsLon": L(round(POT_FIX[1], 4), PRECISE), "takenAt": 1765290311})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reports/{rpt}", headers=_h(rng, **b), query={"fields": "status"}),
        case(f, f"{a}/v1/reports/{other}/upvote", fmt="form", headers=_h(rng, **b),
             body={"reason": "still_there", "requestId": rid(rng)}),
        case(f, f"{a}/v1/reports/{other}/comments", headers=_h(rng, **b), body={
            "text": L("Still there this morning, two of us nearly went over", TEXT)}),
        case(f, f"{a}/v1/rides", gz=True, headers=_h(rng, **b), body={
            "rideId": obj(rng, "rde"), "user": L(USER_ID, UID), "trace": rows,
            "bumps": L(accel(rng, 30, hz=50, spike=14), MOTION), "bike": "e-bike"}),
        case(f, f"{a}/v1/bumps", fmt="msgpack", headers=_h(rng, **b), body={
            "lat": L(40.745318, PRECISE), "lon": L(-73.989774, PRECISE), "g": 2.9,
            "t": 1765290622, "segment": SEGMENT}),
        case(f, f"{a}/v1/reports/offline", fmt="jsonl", headers=_h(rng, **b), body=offline),
        case(f, f"{a}/v1/commute", headers=_h(rng, **b), body={
            "home": {"lat": hla, "lon": hlo},
            "work": {"lat": L(round(OFFICE[0], 4), PRECISE),
                     "lon": L(round(OFFICE[1], 4), PRECISE)},
            "notifyRepairs": True}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "handle": L(HANDLE, UID), "district": L("Manhattan CB5", COARSE),
            "bikeType": "e-bike", "showOnLeaderboard": True}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("broadway bike lane 23rd street", SEARCH), "type": "street"}),
        case(f, f"{a}/v1/311/link", headers=_h(rng, **b), body={
            "account": L(CITY311, UID), "caseNumber": CASE, "consent": True}),
        case(f, f"{a}/v1/reports/{rpt}/followup", headers=_h(rng, **b), body={
            "fixed": False, "text": L("Patched badly, already breaking up again", TEXT)}),
        case(f, f"{a}/v1/incidents", headers=_h(rng, **b), body={
            "type": "fall", "lat": L(FALL_AT[0], PRECISE), "lon": L(FALL_AT[1], PRECISE),
            "injury": L("bruised hip, scraped palm", MED), "name": L(NAME, NAMEC),
            "dob": L(DOB, BIRTH), "phone": L(PHONE, TEL),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "text": L("Please add a filter for protected lanes only", TEXT),
            "replyTo": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("report_submitted", 1), ev("ride_recorded", 2),
                ev("screen", 3, screen=L("ReportMap", USAGE))]}),
        case(f, f"{a}/v1/stats/me", headers=_h(rng, **b), query={"year": "2025"}),
        case(f, f"{a}/v1/notifications", headers=_h(rng, how="none"),
             cookies={"ph_session": L(opaque(rng, "", 40), CRED),
                      "ph_install": L(INSTALL_ID, DID)}),
    ]


def potholia_sdks() -> list[Case]:
    rng = random.Random(7262)
    return [
        tf_batch(APP, rng, [("Report Submitted", {"severity": 3}),
                            ("Ride Recorded", {"bumps": 4})], at=POT_FIX, nd=2),
        tf_pixel(APP, rng, "Onboarding Viewed", {"step": 2}),
        lb_open(APP, rng, first=True),
        gp_crash(APP, rng, ("java.lang.SecurityException", "camera permission revoked"),
                 [gp_crumb("nav", "Map -> NewReport"), gp_crumb("ui", "tap photo")],
                 screen="NewReportActivity"),
        ss_eval(APP, rng, {"district": L("Manhattan CB5", COARSE), "beta": False}),
        po_register(APP, rng, at=POT_FIX, nd=2, tags={"district": L("Manhattan CB5", COARSE)}),
        ab_save(APP, rng, {"analytics": True, "research": True}, user=True),
        mc_reverse(APP, rng, POT_FIX, PRECISE, nd=6),
        mc_geocode(APP, rng, "Broadway & W 23rd St", SEARCH, near=POT_FIX, nd=4),
        mc_telemetry(APP, rng, [(40.73821, -73.98547), (40.73866, -73.98571)], PRECISE),
    ]
