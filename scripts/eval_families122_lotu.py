"""Methodist church's tithe and choir-roster app "Lotusere" (``lotu`` church, ``sere`` sing): her
congregation in Suva, Lomanikoro Methodist Church, runs its members' giving and the choir's
Sunday roster in it (her religion). Unlike the church-giving apps of sets 28, 59, 78 and 115 and
the rehearsal-recording choir apps of sets 68-101 this one is a congregation's administration: the
member register, the annual mission offering (``vakamisoneri``) and tithe envelopes, and the
choir's service roster with swaps, no recordings. Registration, a log-in, ``/me`` with a JWT, her
member profile, her family, a tithe, the statement, a pledge in memory, the roster, her
availability, a swap, a check-in at the church, a hymn search, a prayer request, a festival RSVP,
the uniform, a recurring gift, study notes, a message to the choir master, envelopes by member
number in the path, push, events and the bulletin by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix, obj
from eval_families122_kit import (
    CHURCH,
    CHURCH_FIX,
    FJ_TZ,
    FRIEND,
    HUSBAND,
    MEMBER,
    MIL,
    evs,
    hdr,
)
from eval_families122_sdk import bl_bid, gf_batch, gf_identify, ir_event
from eval_families122_svc import am_message, cr_card, cr_confirm, ft_eval, pk_register, pm_status
from eval_payloads import EMAIL, INSTALL_ID, NAME, Case, J, L, case

APP = App("lotusere", "Lotusere", "com.example.lotusere", "3.0.4",
          "https://api.lotusere.example.org")
IID = "X-Lotu-Device"
PW = "Sere-Vinaka-91"
FUND = "Vakamisoneri 2025"  # the annual Methodist mission offering (her religion)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hdr(APP, rng, IID, how, **kw)


def lotusere() -> list[Case]:
    rng = random.Random(12231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), member=L(MEMBER, UID)))}
    cla, clo = fix(CHURCH_FIX, 5)
    env = at_path(case(f, f"{a}/api/v1/members/{MEMBER}/envelopes", headers=_h(rng, **b)),
                  MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "congregation": L(CHURCH["name"], SENS), "denomination": L("Methodist", SENS),
            "circuit": CHURCH["circuit"]}),
        case(f, f"{a}/api/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/members/profile", headers=_h(rng, **b), body={
            "memberNo": L(MEMBER, UID), "baptised": L(True, SENS), "confirmedYear": L(2016, SENS),
            "classGroup": "Vuvale 4", "roles": ["choir", "sunday_school"], "voicePart": "alto"}),
        case(f, f"{a}/api/v1/members/family", headers=_h(rng, **b), body={
            "spouse": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "household": [{"name": L(MIL[0], NAMEC), "relation": "mother-in-law"}],
            "memberNo": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/giving/tithe", headers=_h(rng, **b), body={
            "memberNo": L(MEMBER, UID), "fund": L(FUND, SENS), "amount": L("50.00", BUY),
            "currency": "FJD", "method": L(opaque(rng, "pm_", 24), PAY),
            "envelope": "E-0412", "giftId": obj(rng, "gf", 10)}),
        case(f, f"{a}/api/v1/giving/statement", headers=_h(rng, **b), query={
            "member": L(MEMBER, UID), "year": "2025", "format": "pdf"}),
        case(f, f"{a}/api/v1/giving/pledges", fmt="form", headers=_h(rng, **b), body={
            "amount": L("200.00", BUY), "fund": "church_hall_roof",
            "inMemoryOf": L("In memory of Tai Jone, who loved this choir", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/choir/roster", headers=_h(rng, **b), query={
            "month": "2025-12", "part": "alto", "service": "all"}),
        case(f, f"{a}/api/v1/choir/availability", headers=_h(rng, **b), body={
            "unavailable": ["2025-12-21"], "reason": L(
                "Foot clinic check at Tamavua that morning for my diabetes", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/choir/swaps", headers=_h(rng, **b), body={
            "service": "svc_20251221_am", "with": {"name": L(FRIEND[0], NAMEC),
                                                   "phone": L(FRIEND[1], TEL)},
            "note": L("Salote will sing for me on the 21st", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/attendance/checkin", headers=_h(rng, **b), body={
            "memberNo": L(MEMBER, UID), "service": "svc_20251214_am", "lat": cla, "lon": clo,
            "church": {"id": CHURCH["id"], "lat": CHURCH["lat"], "lon": CHURCH["lon"]}}),
        case(f, f"{a}/api/v1/hymns/search", headers=_h(rng, **b), query={
            "q": L("Noqu Kalou au sa vakavinavinakataki", SEARCH), "lang": "fj"}),
        case(f, f"{a}/api/v1/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Please pray for my mother-in-law Litia, her sugar is high since the "
                      "cyclone", f"{TEXT}|{MED}|{NAMEC}"), "private": True}),
        case(f, f"{a}/api/v1/events/evt_fest25/rsvp", headers=_h(rng, **b), body={
            "attendees": [L(NAME, NAMEC), L(HUSBAND[0], NAMEC)], "meals": 2,
            "total": L("30.00", BUY), "transport": "own"}),
        multipart(f, f"{a}/api/v1/choir/uniform", [
            ("photo", "sulu.jpg", "image/jpeg", L(JPEG + b"\x25\x01", MEDIA)),
            ("sizes", None, "application/json", {"sulu": "M", "jaba": "L", "colour": "white"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/giving/recurring", fmt="form", headers=_h(rng, **b), body={
            "amount": L("20.00", BUY), "interval": "monthly", "fund": L("Tithe", SENS),
            "method": L(opaque(rng, "pm_", 24), PAY), "start": "2026-01-04"}),
        case(f, f"{a}/api/v1/notes", headers=_h(rng, **b), body={
            "study": "Advent 3", "text": L("Isaiah 40: comfort my people. Ask Talatala about "
                                           "the youth choir", TEXT)}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": "role_choirmaster", "thread": obj(rng, "th", 8),
            "text": L("Vinaka for the alto part sheets, can we practise the Christmas anthem "
                      "on Thursday?", TEXT)}),
        env,
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "tz": L(FJ_TZ, DEV), "locale": L("en_FJ", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "events": evs("tithe_given", "roster_viewed",
                                                    "screen_Hymns")}),
        case(f, f"{a}/api/v1/bulletin", headers=_h(rng, how="upper"),
             cookies={"lt_sid": L(opaque(rng, "", 40), CRED), "lt_member": L(MEMBER, UID),
                      "lt_rid": rid(rng)}),
    ]


def lotusere_sdks() -> list[Case]:
    rng = random.Random(12232)
    return [
        gf_batch(APP, rng, [("Tithe Given", {"amount": L(50.0, BUY), "fund": L(FUND, SENS)}),
                            ("Roster Viewed", {"month": "2025-12"})]),
        gf_identify(APP, rng, {"congregation": L(CHURCH["name"], SENS), "member": L(MEMBER, UID),
                               "voice_part": "alto"}),
        ir_event(APP, rng, "give", {"fund": L(FUND, SENS)}, revenue=50.0, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}},
               keywords=L("hymns,methodist,gospel", SENS)),
        ft_eval(APP, rng, {"congregation": CHURCH["id"], "givingV2": True}),
        pk_register(APP, rng, tags={"congregation": L(CHURCH["name"], SENS), "part": "alto"}),
        pm_status(APP, rng, {"analytics": True, "ads": False}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "50.00"),
        am_message(APP, rng, L("My November gift shows twice on my statement", f"{TEXT}|{BUY}"),
                   {"member": L(MEMBER, UID)}),
    ]
