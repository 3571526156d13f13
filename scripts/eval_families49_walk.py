"""Dog-walking gig app "Pawstride" (she walks clients' dogs after work): the application, a
background check (SSN), ID verification (licence photos and a selfie), a log-in, ``/me``, her
availability, jobs nearby, a job accepted, arrival at the owner's door (the door code and
lockbox), the walk's GPS track (msgpack) and heartbeat (protobuf), photos of the dog, the walk
report, the end, a message to the owner, an incident, tax information (W-9), an instant
payout, a referral, an emergency contact, push, events and the earnings by a cookie GET."""

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
from eval_families18_kit import FIT, NATID
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
from eval_families21_kit import track
from eval_families24_kit import SSN, claims, head
from eval_families37_kit import fix, obj
from eval_families49_kit import (
    DOG,
    DOG_RUN_AT,
    DOOR_CODE,
    DOOR_FIX,
    LICENCE,
    LOCKBOX,
    OWNER,
    WALKER_NO,
)
from eval_families49_sdk import cm_event, cm_session, cw_crash, cw_crumb, eb_batch, eb_queue
from eval_families49_svc import aj_message, fs_eval, pb_bank, pm_register, tb_route, tb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pawstride", "Pawstride", "com.example.pawstride", "3.8.0",
          "https://api.pawstride.example.com")
IID = "X-Pawstride-Device"
PW = "Leash&Biscuit55"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def pawstride() -> list[Case]:
    rng = random.Random(4941)
    a, f = APP.api + "/walkers/v2", APP.fam
    jw = {"Authorization": J(claims(rng, walker=L(WALKER_NO, UID), phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    job, walk = obj(rng, "job", 10), obj(rng, "wlk", 10)
    dla, dlo = fix(DOOR_FIX)
    pts = track(rng, 6, DOOR_FIX)
    end = (pts[-1]["lat"].value, pts[-1]["lon"].value)
    lab: dict[str, str] = {}
    hb = pb([(1, walk), (2, L(USER_ID, UID)), (3, [(1, L(40.745802, PRECISE)),
                                                   (2, L(-74.001164, PRECISE))]),
             (4, L(2214, FIT)), (5, L(71, DEV)), (6, DOG["id"])], "", lab)
    return [
        case(f, f"{a}/apply", headers=_h(rng, lang=True), body={
            "legalFirst": L(FIRST, NAMEC), "legalLast": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "experienceYears": 4, "ownsDog": True, "canDoCats": False}),
        case(f, f"{a}/background-check", fmt="form", headers=_h(rng), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH), "consentFcra": "true",
            "signature": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/id-verification", [
            ("licenseFront", "dl_front.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("fields", None, "application/json", {"licenseNumber": L(LICENCE, NATID),
                                                  "state": L(STATE, COARSE),
                                                  "expires": "2030-05-17"})],
            headers=_h(rng)),
        case(f, f"{a}/login", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/availability", headers=_h(rng, **b), body={
            "days": ["mon", "tue", "thu"], "from": "17:30", "to": "20:00", "radiusKm": 3,
            "base": {"lat": L(40.7418, PRECISE), "lng": L(-73.9893, PRECISE)}}),
        case(f, f"{a}/jobs/nearby", headers=_h(rng, **b), query={
            "lat": pos(4)[0], "lng": pos(4)[1], "size": "small,medium"}),
        case(f, f"{a}/jobs/{job}/accept", fmt="form", headers=_h(rng, **b), body={
            "job": job, "etaMin": "12", "dog": DOG["id"]}),
        case(f, f"{a}/jobs/{job}/arrive", headers=_h(rng, **b), body={
            "lat": dla, "lng": dlo, "acc": 6, "owner": OWNER["id"],
            "ownerAddress": OWNER["line"], "ownerPoint": [OWNER["lat"], OWNER["lon"]],
            "doorCodeUsed": L(DOOR_CODE, CRED), "lockbox": L(LOCKBOX, CRED)}),
        case(f, f"{a}/walks/{walk}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "job": job, "pts": pts, "dog": DOG["id"]}),
        raw(f, f"{a}/walks/{walk}/hb", hb, "application/x-protobuf", lab,
            headers=_h(rng, how="upper", **b)),
        multipart(f, f"{a}/walks/{walk}/photos", [
            ("photo", "pepper_run.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Pepper loved the dog run today!", TEXT),
                "lat": L(round(DOG_RUN_AT[0] + 0.000117, 6), PRECISE),
                "lng": L(round(DOG_RUN_AT[1] - 0.000204, 6), PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/walks/{walk}/report", headers=_h(rng, **b), body={
            "pee": True, "poo": True, "water": True, "dogMeds": DOG["meds"],
            "dogWeightKg": DOG["weightKg"], "distanceM": 2830, "durationMin": 34,
            "note": L("Pulled a lot near the run but calm at home, bowl refilled", TEXT)}),
        case(f, f"{a}/walks/{walk}/end", headers=_h(rng, **b), body={
            "lat": L(end[0], PRECISE), "lng": L(end[1], PRECISE), "keyReturned": "lockbox",
            "endedAt": "2025-12-10T18:34:09-05:00"}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "to": OWNER["id"],
            "text": L(f"Side gate code {DOOR_CODE} worked, key is back in the lockbox",
                      f"{TEXT}|{CRED}")}),
        case(f, f"{a}/incidents", headers=_h(rng, **b), body={
            "walk": walk, "kind": "bite", "lat": L(40.748152, PRECISE),
            "lng": L(-74.008641, PRECISE),
            "text": L("Another dog bit my left hand at the run, small puncture, cleaned it",
                      f"{TEXT}|{MED}"), "dogInjured": False}),
        case(f, f"{a}/tax-info", headers=_h(rng, **b), body={
            "form": "W-9", "name": L("Jane Doe", NAMEC), "tin": L(SSN.replace("-", ""), NATID),
            "tinType": "ssn", "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                                          "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/payouts/instant", fmt="form", headers=_h(rng, **b), body={
            "amount": L("84.50", BUY), "fee": L("1.50", BUY),
            "destination": L(opaque(rng, "ba_", 24), PAY)}),
        case(f, f"{a}/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendName": L(PEOPLE[1][0], NAMEC), "friendEmail": L(PEOPLE[1][2], MAIL),
            "code": "JANEWALKS"}),
        case(f, f"{a}/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL),
            "relation": "friend"}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "walker": L(USER_ID, UID), "events": [
                ev("walk_started", 1, dogs=1), ev("photo_sent", 2),
                ev("screen", 3, screen=L("WalkReport", USAGE))]}),
        case(f, f"{a}/earnings", headers=_h(rng, how="upper"), query={"week": "2025-50"},
             cookies={"ps_session": L(opaque(rng, "", 40), CRED)}),
    ]


def pawstride_sdks() -> list[Case]:
    rng = random.Random(4942)
    pts = track(random.Random(4941), 6, DOOR_FIX)
    return [
        eb_batch(APP, rng, [("Walk Started", {"dogs": 1}), ("Walk Ended", {"minutes": 34})],
                 at=DOOR_FIX, nd=2),
        eb_queue(APP, rng, [("Job Viewed", {"km": 0.8}), ("Job Accepted", {})]),
        cm_session(APP, rng, user=True, n=31),
        cm_event(APP, rng, "first_walk_completed", {"walker": L(WALKER_NO, UID)}),
        cw_crash(APP, rng, ("java.lang.SecurityException", "background location revoked"),
                 [cw_crumb("navigation", "Walk -> Track"),
                  cw_crumb("log", "gps fix", {"acc": 41})], screen="WalkActivity"),
        fs_eval(APP, rng, {"market": L("nyc", COARSE), "instantPayout": True}),
        pm_register(APP, rng, tags={"walker": "active"}, at=DOOR_FIX, nd=2),
        pb_bank(APP, rng),
        tb_route(APP, rng, [(DOOR_FIX, PRECISE), (DOG_RUN_AT, None),
                            ((OWNER["lat"], OWNER["lon"]), None)]),
        tb_telemetry(APP, rng, [(p["lat"].value, p["lon"].value) for p in pts[:3]], PRECISE),
        aj_message(APP, rng, L("My payout didn't arrive after the Tuesday walks", TEXT),
                   {"walker": L(WALKER_NO, UID)}),
    ]
