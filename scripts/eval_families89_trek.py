"""Caucasus trekking GPS app "Ushbatrek" with avalanche alerts: sign-up, a log-in, ``/me``, the
profile with her emergency contact, a trail search, a trail, an offline map region, the
border-zone permit, a trip plan, a hut booking, the track (protobuf and gzip JSON), live
sharing (msgpack), avalanche alerts by region and position, an avalanche observation with a
photo, the transceiver check, an SOS, the weather by ``lat,lon`` in the path, a watch sync, a
photo, push, events and her trips by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MCCMNC,
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
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families89_kit import (
    BEACON,
    CAMP_AT,
    EMERGENCY,
    GE_NET,
    HUT,
    PASSPORT,
    PERMIT,
    SUMMIT_AT,
    TB_HOME_AT,
    TRAIL,
    TREK_END,
    TREK_START,
    track,
)
from eval_families89_sdk import bz_bid, bz_notice, kv_launch, sh_crash, sh_crumb, tv_batch
from eval_families89_svc import dr_eval, rk_reverse, rk_route, rk_telemetry, zr_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("ushbatrek", "Ushbatrek", "com.example.ushbatrek", "6.0.2",
          "https://api.ushbatrek.example.net")
IID = "X-Ushba-Device"
PW = "Tetnuldi#Glacier44"
HANDLE = "jane_on_ridges"
NATID = "personal.national_id"
CM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def ushbatrek() -> list[Case]:
    rng = random.Random(8931)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    tid = obj(rng, "trk", 10)
    pts = track(rng, 6, TREK_START, TREK_END)
    lab: dict[str, str] = {}
    last = [(1, pts[2]["lat"]), (2, pts[2]["lon"]), (3, pts[2]["ele"])]
    body = pb([(1, L(USER_ID, UID)), (2, tid), (3, 1765440000), (4, last), (5, L(71, FIT))],
              "", lab)
    cla, clo = fix(CAMP_AT)
    sla, slo = fix(CAMP_AT, 5)
    seg = f"{CAMP_AT[0]:.4f},{CAMP_AT[1]:.4f}"
    wx = at_path(case(f, f"{a}/v2/weather/{seg}", headers=_h(rng, **b),
                      query={"units": "metric"}), seg, PRECISE)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "birthYear": L(1991, BIRTH), "units": "metric"}),
        case(f, f"{a}/v2/sessions", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me/profile", headers=_h(rng, **b), body={
            "experience": "advanced", "bloodType": L("O+", MED),
            "allergies": [L("penicillin", MED)], "weightKg": L(63, FIT),
            "emergency": {"name": L(EMERGENCY[0], NAMEC), "phone": L(EMERGENCY[1], TEL)}}),
        case(f, f"{a}/v2/trails/search", headers=_h(rng, **b), query={
            "q": L("Ushguli glacier", SEARCH), "near": L(f"{TB_HOME_AT[0]:.2f},"
                                                        f"{TB_HOME_AT[1]:.2f}", COARSE),
            "difficulty": "hard", "days": "4"}),
        case(f, f"{a}/v2/trails/{TRAIL['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/offline/regions", headers=_h(rng, **b), body={
            "region": L("Upper Svaneti", COARSE), "bbox": [42.60, 42.95, 43.10, 43.10],
            "zoom": [10, 15], "sizeMb": 412}),
        case(f, f"{a}/v2/permits", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "passport": L(PASSPORT, NATID),
            "citizenship": "US", "dob": L(DOB, BIRTH), "zone": "Svaneti border zone",
            "from": "2025-12-11", "to": "2025-12-15", "permitNo": PERMIT}),
        case(f, f"{a}/v2/trips", headers=_h(rng, **b), body={
            "trail": TRAIL["id"], "start": "2025-12-11", "huts": [HUT["id"], "hut_0332"],
            "returnBy": "2025-12-15T18:00+04:00", "party": 1,
            "shareWith": {"name": L(EMERGENCY[0], NAMEC), "phone": L(EMERGENCY[1], TEL)}}),
        case(f, f"{a}/v2/huts/{HUT['id']}/bookings", headers=_h(rng, **b), body={
            "night": "2025-12-12", "beds": 1, "meals": "dinner,breakfast",
            "total": L("95.00", BUY), "currency": "GEL", "ref": L("UB-HT-33190", BUY),
            "hut": {"name": HUT["name"], "lat": HUT["lat"], "lon": HUT["lon"]}}),
        raw(f, f"{a}/v2/tracks/{tid}/points", body, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tracks/{tid}", gz=True, headers=_h(rng, **b), body={
            "points": pts, "distanceKm": L(11.8, FIT), "ascentM": L(1040, FIT),
            "movingS": L(22140, FIT)}),
        case(f, f"{a}/v2/live", fmt="msgpack", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "acc": 6, "battery": L(37, DEV), "share": opaque(rng, "", 12),
            "ts": 1765462211}),
        case(f, f"{a}/v2/avalanche/subscriptions", headers=_h(rng, **b), body={
            "region": L("Upper Svaneti", COARSE), "minLevel": 3,
            "pos": {"lat": L(round(CAMP_AT[0], 3), PRECISE), "lon": L(round(CAMP_AT[1], 3),
                                                                       PRECISE)}}),
        multipart(f, f"{a}/v2/avalanche/observations", [
            ("photo", "slide.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("obs", None, "application/json", {
                "reporter": {"lat": sla, "lon": slo},
                "slide": {"lat": SUMMIT_AT[0] - 0.004, "lon": SUMMIT_AT[1] + 0.002,
                          "aspect": "NE", "elevation": 2480},
                "note": L("Fresh slab release under the col, crown about 60 cm", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/beacon/check", fmt="form", headers=_h(rng, **b), body={
            "serial": BEACON, "battery": "78", "mode": "send", "firmware": "3.2"}),
        case(f, f"{a}/v2/sos", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "acc": 9, "battery": L(31, DEV),
            "message": L("Twisted my ankle badly above Adishi, can't walk down", CM),
            "phone": L(E164, TEL), "simMccMnc": L(MCCMNC, CARRIER),
            "networkMccMnc": L(GE_NET, CARRIER), "notify": L(EMERGENCY[1], TEL)}),
        wx,
        case(f, f"{a}/v2/watch/sync", gz=True, headers=_h(rng, **b), body={
            "hr": L([92, 118, 131, 140, 127], FIT), "steps": L(24120, FIT),
            "spo2": L([94, 92, 91], FIT), "watch": {"model": "Trailmate 3", "fw": "8.1"}}),
        multipart(f, f"{a}/v2/photos", [
            ("image", "tower.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {"lat": sla, "lon": slo,
                                                "caption": L("Svan towers at dawn", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Asia/Tbilisi", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("track_started", 1), ev("offline_map_used", 2),
                ev("screen", 3, screen=L("AvalancheMap", USAGE))]}),
        case(f, f"{a}/v2/trips", headers=_h(rng, how="nodash"),
             cookies={"ut_sess": L(opaque(rng, "", 40), CRED), "ut_rid": rid(rng)}),
    ]


def ushbatrek_sdks() -> list[Case]:
    rng = random.Random(8932)
    return [
        tv_batch(APP, rng, [("Track Started", {"trail": TRAIL["id"]}),
                            ("Avalanche Alert Opened", {"level": 3})],
                 at=CAMP_AT, nd=3, tz="Asia/Tbilisi", roaming=True),
        kv_launch(APP, rng, roaming=True, user=True),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="GEO",
               ipgeo=("TB", "Tbilisi"), keywords="hiking,outdoor", roaming=True),
        bz_notice(APP, rng, "win"),
        sh_crash(APP, rng, ("java.lang.OutOfMemoryError", "tile cache"),
                 [sh_crumb("navigation", "Map -> Offline"),
                  sh_crumb("log", "region", {"region": "svaneti_z15"})],
                 screen="OfflineMapActivity", tz="Asia/Tbilisi"),
        rk_route(APP, rng, [(TREK_START, PRECISE), ((HUT["lat"], HUT["lon"]), None)],
                 mode="hike"),
        rk_telemetry(APP, rng, [(p["lat"].value, p["lon"].value) for p in
                                track(random.Random(7), 3, TREK_START, TREK_END)], PRECISE),
        rk_reverse(APP, rng, CAMP_AT, PRECISE),
        zr_register(APP, rng, tz="Asia/Tbilisi", at=CAMP_AT, nd=2,
                    tags={"region": L("svaneti", COARSE), "alerts": "3+"}),
        dr_eval(APP, rng, {"region": L("GE", COARSE), "offline": True}),
    ]
