"""Teen driving-lesson log "Timonix" (she is the supervising parent; her daughter Sofia is the
learner; camelCase API): the parent's sign-up and log-in, ``/me``, the learner's profile and
permit (number and photo), a supervised drive started by the learner's ID in the path, its trace
(gzip JSON), a harsh-braking event with an accelerometer window (msgpack), the drive finished with
her comment and her signature, a dashcam clip, the log by learner ID, a road-test booking, a
professional lesson, practice routes near home, a co-parent invited, an offline queue (JSON
Lines), a search, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families15_kit import imu
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, LINE1, ZIP, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families37_kit import home, ride
from eval_families83_kit import LESSON_START, PERMIT, SCHOOL_DRV, TEEN, TEEN_ID, ids
from eval_families83_sdk import ak_bid, gb_crash, gb_crumb, gj_event, gj_session, vz_batch
from eval_families83_svc import (
    fx_eval,
    ht_route,
    nd_message,
    nj_register,
    pg_card,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("timonix", "Timonix", "com.example.timonix", "5.3.0", "https://api.timonix.example.com")
IID = "X-Timonix-Install"
PW = "Gearshift%Maple19"
DRIVE = "drv_8a10c33e71"  # a drive's ID (a negative)
LESSON_END = (40.752733, -73.977318)
DMV_AT = (40.74851, -73.98932)  # the road-test site (a negative)
CAR = {"make": "Honda", "model": "Fit", "year": 2017, "bt_name": "Honda HFT",
       "bt_mac": "00:1E:AE:4C:91:07"}  # the family car (an accessory: negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "plain")
    return head(APP, rng, iid=IID, lang=True, **kw)


def timonix() -> list[Case]:
    rng = random.Random(8351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), learners=[L(TEEN_ID, UID)]))}
    d = f"{a}/api/drives/{DRIVE}"
    hla, hlo = home(4)
    return [
        case(f, f"{a}/api/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "role": "supervisor",
            "birthDate": L(DOB, BIRTH)}),
        case(f, f"{a}/api/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "remember": True}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/learners", headers=_h(rng, **b), body={
            "firstName": L(TEEN[0].split()[0], NAMEC), "lastName": L(LAST, NAMEC),
            "birthDate": L(TEEN[1], BIRTH), "gender": L("female", GENDER),
            "permitNumber": L(PERMIT, NATID), "permitIssued": "2025-09-02",
            "permitState": L("NY", COARSE), "requiredHours": 50, "nightHours": 15}),
        at_path(case(f, f"{a}/api/learners/{TEEN_ID}/contact", headers=_h(rng, **b), body={
            "phone": L("+15550152290", TEL), "email": L("sofia.doe@example.net", MAIL),
            "linkCode": L("TMX-48Q2", CRED), "dndWhileDriving": True}), TEEN_ID, UID),
        multipart(f, f"{a}/api/learners/{TEEN_ID}/permit", [
            ("photo", "permit.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"side": "front", "blur": 0.04})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/api/learners/{TEEN_ID}/drives", headers=_h(rng, **b), body={
            "driveId": DRIVE, "supervisor": L(USER_ID, UID), "car": CAR,
            "startedAt": 1765314000, "conditions": {"night": False, "weather": "rain"}}),
            TEEN_ID, UID),
        case(f, f"{d}/trace", gz=True, headers=_h(rng, **b), body={
            "learner": L(TEEN_ID, UID),
            "fixes": ride(rng, 8, LESSON_START, LESSON_END, 1765314000)}),
        case(f, f"{d}/events", fmt="msgpack", headers=_h(rng, **b), body={
            "type": "harsh_brake", "peakG": 0.52, "speedKmh": 38,
            "lat": L(40.745218, PRECISE), "lon": L(-73.982004, PRECISE),
            "imu": L(imu(rng, 20), MOTION)}),
        case(f, f"{d}/finish", headers=_h(rng, **b), body={
            "minutes": 48, "km": 14.2, "night": False,
            "skills": ["left turns", "highway merge", "parallel parking"],
            "comment": L("Sofia merged onto the FDR calmly, needs work on parallel parking",
                         f"{TEXT}|{NAMEC}"), "rating": 4}),
        multipart(f, f"{d}/signature", [
            ("signature", "sign.png", "image/png", L(PNG + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"signer": L(f"{FIRST} {LAST}", NAMEC),
                                                "role": "parent"})], headers=_h(rng, **b)),
        multipart(f, f"{d}/clips", [
            ("clip", "brake.mp4", "video/mp4", L(MP4 + b"\x09", MEDIA)),
            ("meta", None, "application/json", {"event": "harsh_brake", "secs": 12})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/api/learners/{TEEN_ID}/log", headers=_h(rng, **b), query={
            "format": "pdf", "state": "NY"}), TEEN_ID, UID),
        case(f, f"{a}/api/road-tests", headers=_h(rng, **b), body={
            "learner": L(TEEN_ID, UID), "site": "dmv_herald_sq",
            "siteAt": {"lat": DMV_AT[0], "lon": DMV_AT[1]}, "date": "2026-03-18",
            "fee": L("10.00", BUY), "permit": L(PERMIT, NATID)}),
        case(f, f"{a}/api/lessons", headers=_h(rng, **b), body={
            "school": SCHOOL_DRV["id"], "schoolPhone": SCHOOL_DRV["phone"],
            "learner": L(TEEN_ID, UID), "slot": "2026-01-10T10:00",
            "pickup": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)},
            "price": L("85.00", BUY)}),
        case(f, f"{a}/api/practice-routes", headers=_h(rng, **b), query={
            "near": latlng(4), "skill": "highway"}),
        case(f, f"{a}/api/practice-routes/saved", headers=_h(rng, **b), body={
            "name": "Home loop", "start": {"lat": hla, "lon": hlo}, "km": 9.1}),
        case(f, f"{a}/api/supervisors/invite", headers=_h(rng, **b), body={
            "name": L("Daniel Doe", NAMEC), "email": L("daniel.doe@example.net", MAIL),
            "phone": L("+15550171330", TEL), "learner": L(TEEN_ID, UID)}),
        lines(f, f"{a}/api/sync", [
            {"learner": L(TEEN_ID, UID), "driveId": ids(rng, "drv", 10), "minutes": 35,
             "night": True, "supervisor": L(USER_ID, UID)},
            {"learner": L(TEEN_ID, UID), "driveId": ids(rng, "drv", 10), "minutes": 22,
             "night": False, "supervisor": L(USER_ID, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/tips/search", headers=_h(rng, **b), query={
            "q": L("how to parallel park uphill", SEARCH)}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("drive_started", 1), ev("drive_finished", 2, minutes=48),
                ev("log_exported", 3)]}),
        case(f, f"{a}/api/content/checklist", headers=_h(rng, how="none"),
             cookies={"tmx_sid": L(opaque(rng, "", 40), CRED),
                      "tmx_inst": L(INSTALL_ID, DID)}),
    ]


def timonix_sdks() -> list[Case]:
    rng = random.Random(8352)
    return [
        vz_batch(APP, rng, [("Drive Started", {"learner_count": 1}),
                            ("Drive Finished", {"minutes": 48, "night": False})],
                 at=(LAT, LON), nd=3),
        gj_session(APP, rng, first=True),
        gj_event(APP, rng, "subscribe", {"plan": "family_year"}, revenue=29.99, hashed=True),
        ak_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F"),
        gb_crash(APP, rng, ("java.lang.NullPointerException", "fix was null"),
                 [gb_crumb("navigation", "Learner -> Drive"),
                  gb_crumb("gps", "lost", {"secs": 31})], screen="DriveActivity"),
        fx_eval(APP, rng, {"learners": 1, "state": L("NY", COARSE)}),
        nj_register(APP, rng, tags={"role": "supervisor"}),
        pg_card(APP, rng),
        ht_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE), (DMV_AT, None)]),
        nd_message(APP, rng, L("The PDF log is missing my daughter's night hours", TEXT),
                   {"plan": "family_year"}),
    ]
