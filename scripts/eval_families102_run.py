"""Distance-running club app "Entotostride" (an Addis Ababa club's own app: membership, dues, group
runs by pace group, a live safety beacon, club kit; not set 43's race-entry app): joining with an
emergency contact, a log-in, ``/me``, dues, group runs near her, an RSVP, a long run on Entoto
uploaded (gzip JSON: fixes, heart rate, splits), cadence (msgpack), the live beacon (protobuf, a
nested fix), a photo, a comment, her physiology, an injury, a race entry with a relay team, a kit
order, a segment's leaderboard, a Health Connect import, club chat, her run in Central Park on
the December visit, her stats by membership number in the path, push, events and her activities
by a cookie GET."""

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
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families102_kit import (
    ADDIS_HOME_AT,
    ADDIS_LINE,
    CLUB_MEET_AT,
    MEMBER_NO,
    NY_RUN_AT,
    RUN_START_AT,
    SPOUSE,
    SUBCITY,
    heart,
    obj,
    run,
    splits,
    weekly_km,
)
from eval_families102_sdk import (
    au_bid,
    cp_crumb,
    cp_report,
    gb_batch,
    gb_pixel,
    ot_event,
    ot_session,
)
from eval_families102_svc import bq_register, mj_reverse, mj_telemetry, tc_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("entotostride", "Entotostride", "com.example.entotostride", "5.0.3",
          "https://api.entotostride.example.net")
IID = "X-Stride-Device"
PW = "Eucalyptus-Hill-2600"
TEAM = others(random.Random(10231), 3, "mbr_")  # relay teammates (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def entotostride() -> list[Case]:
    rng = random.Random(10232)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_NO, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    act = obj(rng, "act", 10)
    lab: dict[str, str] = {}
    beacon = pb([(1, L(USER_ID, UID)), (2, act), (3, [(1, L(9.091274, PRECISE)),
                                                      (2, L(38.767905, PRECISE))]),
                 (4, L(156, FIT)), (5, 64), (6, 1765266012)], "", lab)  # 5: sequence
    stats = at_path(case(f, f"{a}/v1/members/{MEMBER_NO}/stats", headers=_h(rng, **b),
                         query={"period": "2025"}), MEMBER_NO, UID)
    nla, nlo = NY_RUN_AT
    return [
        case(f, f"{a}/v1/members/join", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "gender": L("F", GENDER), "memberNo": L(MEMBER_NO, UID),
            "emergency": {"name": L(SPOUSE[0], NAMEC), "phone": L(SPOUSE[1], TEL),
                          "relation": "husband"},
            "bloodType": L("O+", MED), "paceGroup": L("5:20", FIT), "shirt": "M"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "period": "2026", "amount": L("1800.00", BUY), "currency": "ETB",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/group-runs", headers=_h(rng, **b), query={
            "near": L(f"{ADDIS_HOME_AT[0]:.3f},{ADDIS_HOME_AT[1]:.3f}", PRECISE),
            "date": "2025-12-13", "pace": "5:20"}),
        case(f, f"{a}/v1/group-runs/gr_entoto_sat/rsvp", fmt="form", headers=_h(rng, **b),
             body={"status": "going", "group": "5:20", "meet": "main_gate"}),
        case(f, f"{a}/v1/activities", gz=True, headers=_h(rng, **b), body={
            "id": act, "type": "run", "title": L("Saturday long run up Entoto", TEXT),
            "points": run(rng, 8), "hr": L(heart(rng, 36), FIT),
            "splits": L(splits(rng, 5), FIT), "distanceM": L(18240, FIT),
            "movingS": L(6120, FIT), "calories": L(1204, FIT), "elevGainM": 412,
            "shoe": "shoe_7c1e", "meet": list(CLUB_MEET_AT),
            "recorder": W({"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "gps": "fused"}, "json")}),
        case(f, f"{a}/v1/activities/{act}/streams", fmt="msgpack", headers=_h(rng, **b), body={
            "cadence": L([rng.randrange(168, 180) for _ in range(30)], FIT), "hz": 0.2}),
        raw(f, f"{a}/v1/live/beacon", beacon, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/activities/{act}/photos", [
            ("photo", "summit.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Made it to the top with the 5:20 group", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/activities/act_0be1c2d3e4/comments", headers=_h(rng, **b), body={
            "text": L("Great pacing today Meseret, see you Tuesday", f"{TEXT}|{NAMEC}"),
            "mentions": [TEAM[0]]}),
        case(f, f"{a}/v1/health/profile", headers=_h(rng, **b), body={
            "restingHr": L(52, FIT), "maxHr": L(186, FIT), "vo2max": L(47.5, FIT),
            "weightKg": L(68.8, FIT), "heightCm": L(168, FIT)}),
        case(f, f"{a}/v1/injuries", headers=_h(rng, **b), body={
            "kind": L("shin splints", MED), "side": L("left", MED), "since": "2025-11-28",
            "note": L("Pain on the inner left shin after the hill repeats", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/races/entries", headers=_h(rng, **b), body={
            "race": "entoto_relay_2026", "fee": L("600.00", BUY), "bib": "R-1142",
            "team": {"name": "Bole Dawn Striders", "members": TEAM}, "leg": 2,
            "predictedS": L(2710, FIT)}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": L([{"sku": "singlet_m", "qty": 1}, {"sku": "cap", "qty": 1}], BUY),
            "total": L("1450.00", BUY), "shipTo": {"line": L(ADDIS_LINE, ADDR),
                                                   "subcity": L(SUBCITY, COARSE)}}),
        case(f, f"{a}/v1/segments/seg_entoto_climb/leaderboard", headers=_h(rng, **b),
             query={"gender": "F", "age": "30-39"}),
        case(f, f"{a}/v1/activities/import", gz=True, headers=_h(rng, **b), body={
            "source": "health_connect", "weeklyKm": L(weekly_km(rng), FIT),
            "steps": L([10412, 7330, 15220], FIT)}),
        case(f, f"{a}/v1/clubs/esc/chat", fmt="form", headers=_h(rng, **b), body={
            "text": L("Anyone driving up to Entoto from Bole at 5:30?", TEXT)}),
        case(f, f"{a}/v1/activities", headers=_h(rng, **b), body={
            "id": obj(rng, "act", 10), "type": "run", "title": L("Reservoir loop", TEXT),
            "start": L(f"{nla:.5f},{nlo:.5f}", PRECISE),
            "points": run(rng, 4, NY_RUN_AT, keys=("la", "lo")), "distanceM": L(10120, FIT),
            "tz": L("America/New_York", DEV)}),
        stats,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "member": L(USER_ID, UID), "events": [
                ev("activity_saved", 1, km=18.2), ev("rsvp", 2),
                ev("screen", 3, screen=L("ActivityDetail", USAGE))]}),
        case(f, f"{a}/v1/activities", headers=_h(rng, how="none"),
             query={"before": "1765300000", "per_page": "30"},
             cookies={"es_session": L(opaque(rng, "", 44), CRED)}),
    ]


def entotostride_sdks() -> list[Case]:
    rng = random.Random(10233)
    return [
        gb_batch(APP, rng, [("Activity Saved", {"km": L(18.24, FIT), "type": "run"}),
                            ("Group Run Joined", {"pace": "5:20"})], at=RUN_START_AT, nd=4),
        gb_pixel(APP, rng, "club_page_viewed", {"club": "esc"}),
        ot_session(APP, rng, user=True, n=41),
        ot_event(APP, rng, "membership_paid", {"period": "2026"}, revenue=1800.0),
        au_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=RUN_START_AT, nd=3, yob=1991, gender="F", keywords="running,marathon"),
        cp_report(APP, rng, ("java.lang.NullPointerException", "gps fix null"),
                  [cp_crumb("navigation", "Record -> Paused"),
                   cp_crumb("log", "gps lost", {"satellites": 3})], screen="RecordActivity"),
        bq_register(APP, rng, tags={"pace_group": "5:20", "member": L(MEMBER_NO, UID)},
                    lang="en"),
        tc_card(APP, rng, email=True),
        mj_reverse(APP, rng, RUN_START_AT, PRECISE, nd=5),
        mj_telemetry(APP, rng, [(9.084102, 38.764551), (9.084622, 38.764907)], PRECISE),
    ]
