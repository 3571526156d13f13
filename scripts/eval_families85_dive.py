"""Scuba-diving logbook "Fathomlog" with dive-computer uploads (she dives in Gozo while posted in
Malta): sign-up with her certification, a log-in, ``/me``, the medical questionnaire, pairing the
dive computer, a dive uploaded (gzip JSON with the depth profile) and the computer's raw log
(protobuf), a photo with its caption, the buddy's sign-off, notes, site search, sites near her
entry point by ``lat,lon`` in the path, a boat dive booked, a Nitrox card, dive insurance, the
computer's settings (msgpack), following a friend, a symptom report, an export, push, events and
statistics by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families85_kit import (
    BUDDY,
    CERT,
    COMPUTER,
    DIVE_SHOP,
    ENTRY_FIX,
    MT_HOME_AT,
    SITES,
    depth_profile,
    fix,
    obj,
)
from eval_families85_sdk import (
    gb_batch,
    gb_pixel,
    lz_launch,
    lz_link,
    pz_bid,
    xk_crash,
    xk_crumb,
)
from eval_families85_svc import dg_register, gm_geocode, gm_telemetry, kz_message, mj_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("fathomlog", "Fathomlog", "com.example.fathomlog", "6.0.3",
          "https://api.fathomlog.example.com")
IID = "X-Fathom-Device"
PW = "Moray-Reef-818"
DAN = "DSA-4471-90218"  # her dive-accident insurance member number (health.medical)
FRIEND_MAIL = "t.camilleri@example.net"  # a diver she follows, typed by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def fathomlog() -> list[Case]:
    rng = random.Random(8531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cert=L(CERT, UID)))}
    ela, elo = fix(ENTRY_FIX, 6)
    dive = obj(rng, "dv", 10)
    prof = depth_profile(rng)
    lab: dict[str, str] = {}
    log = pb([(1, L(USER_ID, UID)), (2, COMPUTER["serial"]), (3, 212),
              (4, [(1, L(36.05341, PRECISE)), (2, L(14.18821, PRECISE))]),
              (5, L(24.3, FIT)), (6, L(2880, FIT)), (7, 19.1), (8, COMPUTER["fw"])], "", lab)
    near = f"{ENTRY_FIX[0]:.4f},{ENTRY_FIX[1]:.4f}"
    return [
        case(f, f"{a}/api/users", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "birthdate": L(DOB, "personal.birthdate"),
            "certification": {"agency": "OpenWater Guild", "number": L(CERT, UID),
                              "level": "Advanced", "since": "2019-08"},
            "units": "metric"}),
        case(f, f"{a}/api/session", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/medical", headers=_h(rng, **b), body={
            "form": "diver-medical-2025", "answers": L([False, False, True, False, False,
                                                        False, True, False, False, False],
                                                       MED),
            "details": L("Ear surgery (tympanoplasty) in 2016; take an inhaler for "
                         "exercise asthma", f"{TEXT}|{MED}"),
            "physicianCleared": L(True, MED), "signedAt": "2025-12-01"}),
        case(f, f"{a}/api/computers", headers=_h(rng, **b), body={
            "serial": COMPUTER["serial"], "model": COMPUTER["model"],
            "firmware": COMPUTER["fw"], "ble": COMPUTER["ble"], "phone": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/dives", gz=True, headers=_h(rng, **b), body={
            "id": dive, "number": 212, "site": SITES[0]["id"], "date": "2025-12-07",
            "entry": {"lat": ela, "lon": elo}, "maxDepthM": L(24.3, FIT),
            "durationS": L(2880, FIT), "avgHr": L(96, FIT), "sacLmin": L(14.2, FIT),
            "waterTempC": 19.1, "gas": {"o2": 32, "startBar": 200, "endBar": 60},
            "samples": L(prof, FIT), "computer": COMPUTER["serial"]}),
        raw(f, f"{a}/api/dives/raw", log, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/dives/{dive}/photos", [
            ("image", "seahorse.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("First seahorse of the year, tucked behind the arch", TEXT),
                "depthM": 17.8, "gps": {"lat": L(36.05338, PRECISE),
                                        "lon": L(14.18830, PRECISE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dives/{dive}/buddy", fmt="form", headers=_h(rng, **b), body={
            "buddy_name": L(BUDDY[0], NAMEC), "buddy_phone": L(BUDDY[1], TEL),
            "signed": "1", "role": "buddy"}),
        case(f, f"{a}/api/dives/{dive}/notes", headers=_h(rng, **b), body={
            "text": L("Strong surge in the chimney, equalising was slow on the left ear",
                      f"{TEXT}|{MED}"), "rating": 5, "visibilityM": 25}),
        case(f, f"{a}/api/sites/search", headers=_h(rng, **b), query={
            "q": L("Gozo wrecks", SEARCH), "near": L("35.90,14.51", COARSE), "limit": "20"}),
        at_path(case(f, f"{a}/api/sites/near/{near}", headers=_h(rng, how="upper"),
                     query={"radius_km": "5"}), near, PRECISE),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "shop": DIVE_SHOP, "trip": "2025-12-14T08:30", "dives": 2,
            "price": L("95.00", BUY), "rental": {"wetsuit": "M", "bcd": "S"},
            "weightKg": L(56, FIT), "heightCm": L(165, FIT)}),
        multipart(f, f"{a}/api/certifications", [
            ("card", "nitrox_card.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("data", None, "application/json", {"type": "nitrox", "number": L(CERT, UID),
                                                "agency": "OpenWater Guild"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/insurance", headers=_h(rng, **b), body={
            "provider": "Divesafe Assurance", "member": L(DAN, MED), "validTo": "2026-08-31"}),
        case(f, f"{a}/api/computers/{COMPUTER['serial']}/settings", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "user": L(USER_ID, UID), "conservatism": 2, "units": "metric",
                 "sacLmin": L(14.2, FIT), "alarms": {"depth": 30, "time": 50}}),
        case(f, f"{a}/api/follows", headers=_h(rng, **b), body={
            "email": L(FRIEND_MAIL, MAIL), "note": "met on the Cirkewwa boat"}),
        case(f, f"{a}/api/health/symptoms", headers=_h(rng, **b), body={
            "dive": dive, "hoursAfter": 3, "symptoms": [L("joint ache", MED),
                                                        L("tingling left shoulder", MED)],
            "text": L("Tingling in my left shoulder three hours after the second dive",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/export", fmt="form", headers=_h(rng, **b), body={
            "format": "uddf", "email": L(EMAIL, MAIL), "range": "all"}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("dive_synced", 1, samples=36), ev("photo_added", 2),
                ev("screen", 3, screen=L("DiveDetail", USAGE))]}),
        case(f, f"{a}/api/stats", headers=_h(rng, how="none"),
             cookies={"fl_sid": L(opaque(rng, "", 48), CRED), "fl_dev": L(INSTALL_ID, DID)}),
    ]


def fathomlog_sdks() -> list[Case]:
    rng = random.Random(8532)
    return [
        gb_batch(APP, rng, [("Dive Synced", {"maxDepth": L(24.3, FIT)}),
                            ("Site Viewed", {"site": SITES[0]["id"]})], at=ENTRY_FIX, nd=3),
        gb_pixel(APP, rng, "Onboarding Viewed", {"step": 2}),
        lz_launch(APP, rng, first=True),
        lz_link(APP, rng, U("https://go.fathomlog.example.com/site/site_2290",
                            {"ref": L(USER_ID, UID), "utm_source": "share"})),
        pz_bid(APP, rng, {"native": {"ver": "1.2"}}, at=MT_HOME_AT, nd=3,
               keywords="diving,gozo,nitrox"),
        xk_crash(APP, rng, ("java.io.IOException", "ble read timeout"),
                 [xk_crumb("nav", "Logbook -> Sync"),
                  xk_crumb("log", "computer", {"serial": COMPUTER["serial"]})],
                 screen="SyncActivity"),
        mj_eval(APP, rng, {"certLevel": "Advanced", "uddfExport": True}),
        dg_register(APP, rng, at=MT_HOME_AT, nd=2, tags={"trips": "gozo"}),
        gm_geocode(APP, rng, "Xlendi Bay", SEARCH, near=MT_HOME_AT, nd=2),
        gm_telemetry(APP, rng, [(36.05341, 14.18821), (36.05339, 14.18827)], PRECISE),
        kz_message(APP, rng, L("The DC7 stopped syncing after the firmware update", TEXT),
                   {"computer": COMPUTER["model"]}),
    ]
