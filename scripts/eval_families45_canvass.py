"""Campaign canvassing app "Knockline" for volunteers (she knocks doors for a city-council
candidate): sign-up with her party and union, a magic-link log-in, ``/me`` with a JWT, the turf's
walk list, a shift started, door results (JSON and an offline JSON Lines sync) with voters' names,
doors, party and support, her walk (gzip) and a protobuf heartbeat, a voter registered at the door,
a lawn-sign photo, phone-bank calls and peer-to-peer texts, friends recruited from her contacts,
a donation, a volunteer survey, her emergency contact, an incident report, the shift ended, push,
events and the leaderboard by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families45_kit import CAMPAIGN, HER_PARTY, TURF, TURF_AT, VOTER_PHONE, VOTERS, obj, walk
from eval_families45_sdk import ar_open, fk_crash, fk_crumb, ls_batch, ls_identify
from eval_families45_svc import pf_reverse, pf_telemetry, ph_register, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("knockline", "Knockline", "com.example.knockline", "4.7.0",
          "https://api.knockline.example.org")
IID = "X-Knockline-Device"
DOORS = [(40.713244, -73.956921), (40.713401, -73.956702), (40.713588, -73.956466)]
UNION = "Hospitality Workers Local 77"  # her union (personal.sensitive)
MARISOL_PHONE = "+17185550151"  # a voter's mobile from the walk list (contact.phone)
PAYEE = "Okafor for City Council"  # the committee she gives to (personal.sensitive)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _door(i: int, result: str, note: str | None = None) -> dict[str, Any]:
    name, line, vid, party, support = VOTERS[i]
    d: dict[str, Any] = {"voterId": vid, "name": L(name, NAMEC), "address": L(line, ADDR),
                         "result": result, "party": L(party, SENS), "support": L(support, SENS),
                         "lat": L(DOORS[i][0], PRECISE), "lng": L(DOORS[i][1], PRECISE),
                         "turf": TURF}
    if note:
        d["notes"] = L(note, f"{TEXT}|{SENS}")
    return d


def knockline() -> list[Case]:
    rng = random.Random(4541)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), campaign=CAMPAIGN["id"],
                                    role="canvasser"))}
    b = {"auth": "bearer"}
    shift = obj(rng, "sh", 8)
    w = walk(rng, 8)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, shift),
               (3, [(1, L(DOORS[2][0], PRECISE)), (2, L(DOORS[2][1], PRECISE)), (3, 6.0)]),
               (4, L(64, DEV)), (5, 1765381455)], "", lab)
    recs = [dict(_door(i, "talked"), queuedAt=1765380000 + 90 * i, shift=shift) for i in (1, 2)]
    return [
        case(f, f"{a}/v4/volunteers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "zip": L(ZIP, COARSE), "party": L(HER_PARTY, SENS),
            "union": L(UNION, SENS), "languages": ["en", "es"], "campaign": CAMPAIGN["id"],
            "smsOptIn": True}),
        case(f, f"{a}/v4/auth/magic", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "campaign": CAMPAIGN["id"]}),
        case(f, f"{a}/v4/auth/verify", fmt="form", headers=_h(rng), body={
            "token": L(opaque(rng, "ml_", 32), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/turfs/{TURF}/walklist", headers=_h(rng, **b), query={
            "near": L(f"{DOORS[0][0]:.5f},{DOORS[0][1]:.5f}", PRECISE), "sort": "walk",
            "center": f"{TURF_AT[0]},{TURF_AT[1]}"}),
        case(f, f"{a}/v4/shifts/{shift}/start", headers=_h(rng, **b), body={
            "turf": TURF, "at": {"lat": w[0]["lat"], "lng": w[0]["lng"]},
            "battery": L(81, DEV), "partner": obj(rng, "vol", 8)}),
        case(f, f"{a}/v4/canvass/results", headers=_h(rng, **b), body=_door(
            0, "talked", "Strongly against the rezoning, will vote for the incumbent")),
        lines(f, f"{a}/v4/canvass/sync", recs, headers=_h(rng, **b)),
        case(f, f"{a}/v4/shifts/{shift}/track", gz=True, headers=_h(rng, **b), body={
            "points": w, "shift": shift}),
        raw(f, f"{a}/v4/shifts/{shift}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/registrations", headers=_h(rng, **b), body={
            "applicant": {"name": L("Kwame Mensah", NAMEC), "dob": L("2005-09-30", BIRTH),
                          "address": L("94 Grand Street Apt 2R", ADDR), "zip": L("11249", COARSE),
                          "party": L("Working Families", SENS), "phone": L("+17185550163", TEL),
                          "dmvNumber": L("483 220 917", NATID)}, "turf": TURF, "firstTime": True}),
        multipart(f, f"{a}/v4/lawnsigns", [
            ("photo", "sign.jpg", "image/jpeg", L(JPEG + b"\x48", MEDIA)),
            ("info", None, "application/json", {
                "voterId": VOTERS[1][2], "address": L(VOTERS[1][1], ADDR),
                "lat": L(DOORS[1][0], PRECISE), "lng": L(DOORS[1][1], PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/phonebank/calls", headers=_h(rng, **b), body={
            "voterId": "VF-5521880", "dialed": L(VOTER_PHONE, TEL), "disposition": "left_message",
            "seconds": 48, "notes": L("Asked to call back after 6pm", TEXT)}),
        case(f, f"{a}/v4/texts", fmt="form", headers=_h(rng, **b), body={
            "to": L(MARISOL_PHONE, TEL), "voter": VOTERS[1][2],
            "body": L("Hi Marisol, it's Jane with Okafor for Council. Can we count on your "
                      "vote on Tuesday?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v4/recruit", headers=_h(rng, **b), body={
            "contacts": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                         for n, p, _ in PEOPLE[:3]], "template": "join_me"}),
        case(f, f"{a}/v4/donations", headers=_h(rng, **b), body={
            "payee": L(PAYEE, SENS), "amount": L("50.00", BUY), "recurring": False,
            "name": L(NAME, NAMEC), "address": L(f"{LINE1} {LINE2}", ADDR), "zip": L(ZIP, COARSE),
            "employer": "Columbia University", "occupation": "Graduate student",
            "method": L(opaque(rng, "pm_", 24), "financial.payment")}),
        case(f, f"{a}/v4/surveys/volunteer", headers=_h(rng, **b), body={
            "availability": ["sat_am", "sun_pm"], "car": False,
            "why": L("I've voted Democratic my whole life and want better buses",
                     f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v4/emergency-contact", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL), "relation": "friend"}),
        case(f, f"{a}/v4/incidents", headers=_h(rng, **b), body={
            "kind": "hostile_resident", "address": L(VOTERS[0][1], ADDR),
            "lat": L(round(DOORS[0][0], 5), PRECISE), "lng": L(round(DOORS[0][1], 5), PRECISE),
            "text": L("Man at 88 Grand shouted at us and took our flyers", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v4/shifts/{shift}/end", fmt="form", headers=_h(rng, **b), body={
            "at": L(f"{DOORS[2][0]:.5f},{DOORS[2][1]:.5f}", PRECISE), "doors": "38",
            "talked": "11"}),
        case(f, f"{a}/v4/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v4/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("door_saved", 1, result="talked"), ev("shift_started", 2),
                ev("screen", 3, screen=L("WalkList", USAGE))]}),
        case(f, f"{a}/v4/leaderboard", headers=_h(rng, how="none"),
             cookies={"kl_sess": L(opaque(rng, "", 40), CRED), "kl_dev": L(INSTALL_ID, DID)}),
    ]


def knockline_sdks() -> list[Case]:
    rng = random.Random(4542)
    fixes = [(d[0], d[1]) for d in DOORS]
    return [
        ls_batch(APP, rng, [("Door Result Saved", {"result": "talked", "support": L(2, SENS)}),
                            ("Shift Started", {"turf": TURF})], at=DOORS[0], nd=2),
        ls_identify(APP, rng, {"party": L(HER_PARTY, SENS), "zip": L(ZIP, COARSE),
                               "role": "canvasser"}),
        ar_open(APP, rng, first=True),
        fk_crash(APP, rng, ("android.database.sqlite.SQLiteFullException", "walklist cache"),
                 [fk_crumb("nav", "WalkList -> Door"),
                  fk_crumb("net", "GET", {"url": f"{APP.api}/v4/turfs/{TURF}/walklist",
                                          "status": 200})], screen="DoorActivity"),
        ph_register(APP, rng, at=DOORS[0], nd=2, tags={"campaign": CAMPAIGN["id"]}),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "50.00"),
        pf_reverse(APP, rng, DOORS[1], PRECISE, nd=5),
        pf_telemetry(APP, rng, fixes, PRECISE),
    ]
