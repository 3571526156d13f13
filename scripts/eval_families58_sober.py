"""Recovery-meeting and sober-living finder "Lanternhold": sign-up (first name, sobriety date,
programme), a log-in, ``/me`` with a JWT, meetings near her, a meeting's page, a check-in at the
meeting by position (and a protobuf verification with the venue's Wi-Fi), the signed attendance
slip's photo, an attendance report to her counselor, a milestone, a journal entry with cravings, a
daily inventory (msgpack), her sponsor, a group-chat message (msgpack), sober houses for women by
ZIP and an inquiry, the SOS button, favourites, a 7th-tradition donation, an app-lock PIN, push,
events and her check-ins by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import fix, home
from eval_families58_kit import (
    COUNSELOR,
    MEETINGS,
    MTG_FIX,
    MTG_WIFI,
    SOBER_DATE,
    SOBER_HOUSE,
    SPONSOR,
    code,
)
from eval_families58_sdk import fp_crumb, fp_report, fp_sessions, gm_batch, st_session
from eval_families58_svc import (
    al_check,
    as_message,
    bg_register,
    cm_reverse,
    cw_confirm,
    sw_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("lanternhold", "Lanternhold", "com.example.lanternhold", "1.19.0",
          "https://api.lanternhold.example.org")
IID = "X-Lantern-Install"
PW = "Quiet-Morning-3318"
TUE, LUNCH = MEETINGS


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lanternhold() -> list[Case]:
    rng = random.Random(5861)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fellowship=L("AA", MED)))}
    b = {"auth": "bearer"}
    mla, mlo = fix(MTG_FIX)
    chk = code(rng, "ck_", 10)
    lab: dict[str, str] = {}
    verify = pb([(1, L(USER_ID, UID)), (2, TUE["id"]), (3, [(1, L(MTG_FIX[0], PRECISE)),
                                                             (2, L(MTG_FIX[1], PRECISE))]),
                 (4, 1765328410), (5, L(MTG_WIFI[1], WIFI)), (6, 12)], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "sobrietyDate": L(SOBER_DATE, MED), "fellowships": [L("AA", MED), L("NA", MED)],
            "anonymousProfile": True}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/meetings/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{home(4)[0].value}", PRECISE), "lng": L(f"{home(4)[1].value}", PRECISE),
            "day": "tue", "type": L("AA", MED), "format": "in_person"}),
        case(f, f"{a}/v1/meetings/{TUE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/meetings/{TUE['id']}/checkins", headers=_h(rng, **b), body={
            "id": chk, "lat": mla, "lng": mlo, "accuracy": 11, "method": "geofence",
            "meeting": {"name": L(TUE["name"], MED), "type": L(TUE["type"], MED),
                        "venue": TUE["venue"], "line": TUE["line"], "lat": TUE["lat"],
                        "lng": TUE["lon"]}}),
        raw(f, f"{a}/v1/checkins/{chk}/verify", verify, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/checkins/{chk}/slip", [
            ("slip", "slip.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"signedBy": "chair", "meeting": TUE["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/attendance/reports", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(COUNSELOR[0], NAMEC), "recipientEmail": L(COUNSELOR[1], MAIL),
            "period": "2025-11", "meetings": "9", "includeLocations": "0"}),
        case(f, f"{a}/v1/milestones", headers=_h(rng, **b), body={
            "days": L(631, MED), "chip": L("18 months", MED), "share": "group"}),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "craving": L(6, MED), "triggers": [L("work stress", MED), L("payday", MED)],
            "text": L("Walked past the old bar after work and wanted a drink badly. Called "
                      "Denise instead.", f"{TEXT}|{MED}|{NAMEC}"), "gratitude": 3}),
        case(f, f"{a}/v1/inventory", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09", "user": L(USER_ID, UID), "answers": {
                "resentful": L(False, MED), "selfish": L(True, MED), "dishonest": L(False, MED),
                "afraid": L(True, MED), "oweApology": L("snapped at a coworker", MED)}}),
        case(f, f"{a}/v1/sponsor", headers=_h(rng, **b), body={
            "name": L(SPONSOR[0], NAMEC), "phone": L(SPONSOR[1], TEL), "since": "2024-05"}),
        case(f, f"{a}/v1/groups/{code(rng, 'grp_', 8)}/messages", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "from": L(USER_ID, UID), "client_id": code(rng, "", 12),
                 "text": L("Anyone going to the Tuesday meeting on Avenue B tonight?", TEXT)}),
        case(f, f"{a}/v1/sober-houses", headers=_h(rng, **b), query={
            "zip": L(ZIP, COARSE), "gender": L("women", GENDER), "mat": "allowed"}),
        case(f, f"{a}/v1/sober-houses/{SOBER_HOUSE['id']}/inquiries", headers=_h(rng, **b),
             body={"house": dict(SOBER_HOUSE), "phone": L(PHONE, TEL), "moveInBy": "2026-01",
                   "text": L("I'm 20 months sober and looking for a women's house near work",
                             f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "lat": L(40.73618, PRECISE), "lng": L(-73.99047, PRECISE), "notify": "sponsor",
            "battery": L(23, DEV)}),
        case(f, f"{a}/v1/meetings/favorites", fmt="form", headers=_h(rng, **b), body={
            "ids": f"{TUE['id']},{LUNCH['id']}"}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "group": TUE["id"], "amount": L("5.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/lock", fmt="form", headers=_h(rng, **b), body={"pin": L("2718", CRED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "quietHours": "22-7"}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("meeting_checkin", 1), ev("journal_saved", 2),
                ev("screen", 3, screen=L("MeetingMap", USAGE))]}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, how="nodash"),
             cookies={"lh_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def lanternhold_sdks() -> list[Case]:
    rng = random.Random(5862)
    return [
        gm_batch(APP, rng, [("Meeting Checked In", {"type": L("AA", MED), "inPerson": True}),
                            ("Journal Saved", {"craving": L(6, MED)})]),
        st_session(APP, rng, first=True),
        fp_report(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                  [fp_crumb("MeetingMap -> CheckIn"),
                   fp_crumb("GET /v1/meetings/nearby", "request", {"url": U(
                       f"{APP.api}/v1/meetings/nearby", {
                           "lat": L(f"{MTG_FIX[0]:.4f}", PRECISE),
                           "lng": L(f"{MTG_FIX[1]:.4f}", PRECISE), "type": L("AA", MED)})})],
                  screen="CheckInActivity"),
        fp_sessions(APP, rng, [640, 95, 1310]),
        sw_eval(APP, rng, {"slipPhoto": True}, user=False),
        bg_register(APP, rng, at=MTG_FIX, nd=2, tags={"daily_reflection": "07:00"}),
        al_check(APP, rng, {"analytics": False, "ads": False}),
        cm_reverse(APP, rng, MTG_FIX, PRECISE, nd=6),
        cw_confirm(APP, rng, "5.00"),
        as_message(APP, rng, L("The check-in button says I'm not at the meeting but I am",
                               TEXT), {"meeting": TUE["id"]}),
    ]
