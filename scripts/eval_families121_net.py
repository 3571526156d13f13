"""Malaria bed-net distribution registry "Taitnet" (a household census and long-lasting net
distribution round run from an aid post; earlier sets had nets only inside disease or health
apps): log-in and an SMS code, ``/households/me``, registering her household (members, sleeping
spaces, her pregnancy, the ward and a GPS point), members (msgpack), recent malaria in the
household, distribution points nearby (rounded), the distribution with her signature (PNG), an
offline household sync (protobuf), a hang-up check with a photo, a use survey, an offline visit
queue (JSON Lines), a neighbour referred, an SMS reminder number, a check-in at the aid post,
feedback, push, events, history by a cookie GET and a token refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    NATIONAL,
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
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families121_kit import (
    ADRES,
    AIDPOST,
    CAMPAIGN,
    DAUGHTER,
    HASBAN,
    HOME_LAE,
    NET_LOTS,
    fix,
    obj,
)
from eval_families121_sdk import fg_crash, fg_crumb, tk_queue, tw_launch
from eval_families121_svc import mm_reverse, of_check, pw_register, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("taitnet", "Taitnet", "org.example.taitnet", "3.0.7",
          "https://registry.taitnet.example.org")
IID = "X-Taitnet-Install"
PREG = f"{MED}|{SENS}"  # her pregnancy: a health fact and a sensitive trait (TAXONOMY)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def taitnet() -> list[Case]:
    rng = random.Random(12121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), hh="HH-MRB-40417"))}
    hh = "HH-MRB-40417"  # the registry's household number (its record: a negative)
    hla, hlo = fix(HOME_LAE, 5)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, hh), (3, [(1, L(HOME_LAE[0], PRECISE)),
                                                   (2, L(HOME_LAE[1], PRECISE))]),
               (4, 4), (5, 3), (6, CAMPAIGN)], "", lab)
    members = [{"name": L(NAME, NAMEC), "sex": L("F", GENDER), "age": L(34, BIRTH),
                "pregnant": L(True, PREG)},
               {"name": L(HASBAN[0], NAMEC), "sex": L("M", GENDER), "age": L(38, BIRTH)},
               {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                "sex": L("F", GENDER), "age": L(11, BIRTH)}]
    return [
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L("NetTait#2025", CRED)}),
        case(f, f"{a}/api/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("662019", CRED)}),
        case(f, f"{a}/api/households/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/households", headers=_h(rng, **b), body={
            "household": hh, "campaign": CAMPAIGN, "head": {"name": L(NAME, NAMEC),
                                                           "phone": L(E164, TEL)},
            "members": 3, "sleepingSpaces": 2, "pregnantWoman": L(True, PREG),
            "under5": 0, "ward": L("Eriku Ward 4", COARSE), "district": L("Lae", COARSE),
            "address": L(ADRES["line"], ADDR), "gps": {"lat": hla, "lon": hlo}}),
        case(f, f"{a}/api/households/{hh}/members", fmt="msgpack", headers=_h(rng, **b),
             body={"members": members}),
        case(f, f"{a}/api/households/{hh}/malaria", headers=_h(rng, **b), body={
            "lastMonth": [{"member": 3, "fever": L(True, MED), "rdt": L("positive", MED),
                           "species": L("P. falciparum", MED),
                           "treatment": L("Artemether-lumefantrine", MED)}],
            "hospitalised": L(False, MED)}),
        case(f, f"{a}/api/points", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_LAE[0]:.2f}", COARSE), "lon": L(f"{HOME_LAE[1]:.2f}", COARSE),
            "campaign": CAMPAIGN}),
        multipart(f, f"{a}/api/distributions", [
            ("signature", "sign.png", "image/png", L(PNG, MEDIA)),
            ("record", None, "application/json", {
                "household": hh, "point": AIDPOST["id"], "nets": len(NET_LOTS),
                "lots": NET_LOTS, "receivedBy": L(NAME, NAMEC),
                "distributor": "dst_0044", "pointPhone": AIDPOST["phone"]})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/sync/household", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/households/{hh}/hangup", [
            ("photo", "net_hung.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("check", None, "application/json", {"netsHung": 3, "visit": obj(rng, "vis", 8),
                                                 "gps": {"lat": hla, "lon": hlo}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/surveys/use", fmt="form", headers=_h(rng, **b), body={
            "household": hh, "slept_under_net": "3", "net_damaged": "0",
            "pregnant_slept_under_net": L("yes", PREG)}),
        lines(f, f"{a}/api/sync/visits", [
            {"visit": obj(rng, "vis", 8), "household": hh, "by": L(USER_ID, UID),
             "device": L(INSTALL_ID, DID), "t": 1765330000 + 600 * i, "kind": k}
            for i, k in enumerate(["register", "distribute", "hangup"])], headers=_h(rng, **b)),
        case(f, f"{a}/api/referrals", headers=_h(rng, **b), body={
            "neighbour": {"name": L("Susan Bika", NAMEC), "phone": L("+67572910455", TEL)},
            "note": L("Susan's house behind the church has no nets", TEXT)}),
        case(f, f"{a}/api/reminders/sms", fmt="form", headers=_h(rng, **b), body={
            "phone": L(NATIONAL, TEL), "lang": L("tpi", DEV), "household": hh}),
        case(f, f"{a}/api/checkins", headers=_h(rng, **b), body={
            "point": AIDPOST["id"], "pointAt": [AIDPOST["lat"], AIDPOST["lon"]],
            "me": {"lat": L(-6.716571, PRECISE), "lon": L(146.994092, PRECISE)},
            "distanceM": 14}),
        case(f, f"{a}/api/feedback", headers=_h(rng, **b), body={
            "text": L("Queue was long, pregnant mothers should go first", TEXT),
            "rating": 3}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_PG", DEV)}),
        case(f, f"{a}/api/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("household_registered", 1), ev("nets_received", 2, nets=3),
                ev("screen", 3, screen=L("HangupCheck", USAGE))]}),
        case(f, f"{a}/api/households/{hh}/history", headers=_h(rng, how="none"),
             cookies={"tn_session": L(opaque(rng, "", 36), CRED)}),
        case(f, f"{a}/api/auth/refresh", headers=_h(rng), body={
            "refreshToken": L(opaque(rng, "tnr_", 40), CRED)}),
    ]


def taitnet_sdks() -> list[Case]:
    rng = random.Random(12122)
    return [
        tk_queue(APP, rng, [("household_registered", {"members": 3}),
                            ("nets_received", {"nets": 3}), ("hangup_checked", {})]),
        tw_launch(APP, rng, first=True),
        fg_crash(APP, rng, ("android.database.SQLiteException", "disk I/O error"),
                 [fg_crumb("nav", "Household -> Members"),
                  fg_crumb("log", "sync queue 3 records")], screen="MembersActivity"),
        sb_eval(APP, rng, {"campaign": CAMPAIGN, "offlineMode": True}),
        pw_register(APP, rng, at=HOME_LAE, nd=2, tags={"campaign": CAMPAIGN}),
        of_check(APP, rng, {"analytics": True, "research": True}),
        mm_reverse(APP, rng, HOME_LAE, PRECISE, nd=5),
        mm_reverse(APP, rng, (AIDPOST["lat"], AIDPOST["lon"]), None, nd=5),
    ]
