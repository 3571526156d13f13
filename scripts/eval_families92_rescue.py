"""High Tatras mountain-rescue registration app "Hrebenar": sign-up, SMS log-in, ``/me``, the
hiker card (blood group, conditions, emergency contact, hiking partner), rescue insurance,
a planned route registered with the rescue service, check-ins on the trail (msgpack and a
protobuf beacon with battery), a track upload (gzip JSON), an SOS with Wi-Fi and cell data,
a photo of an injury, a hut booking, the trail conditions, a safe-arrival check-out, avalanche
bulletin reads, a report of a closed trail, push, events and a cookie GET."""

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
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families92_kit import (
    BUDDY,
    HUT,
    POLICY,
    RESCUE,
    SK_PHONE,
    TREK_END,
    TREK_START,
    fix,
    obj,
    trek,
)
from eval_families92_sdk import bz_open, jb_bid, kb_crash, kb_crumb, lp_batch, lp_pixel
from eval_families92_svc import ch_reverse, ch_route, ch_tiles, hl_register, pd_card, pd_pay
from eval_payloads import BSSID, EMAIL, INSTALL_ID, PUBLIC_IP, SSID, USER_ID, Case, J, L, case

APP = App("hrebenar", "Hrebenar", "com.example.hrebenar", "4.0.2",
          "https://api.hrebenar.example.com")
IID = "X-Hrebenar-Device"
MID = (49.160312, 20.189904)  # her fix half-way up


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def hrebenar() -> list[Case]:
    rng = random.Random(9221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(SK_PHONE.replace(" ", ""), TEL)))}
    tr = trek(rng, 8)
    lab: dict[str, str] = {}
    beacon = pb([(1, L(USER_ID, UID)), (2, [(1, fix(MID)[0]), (2, fix(MID)[1])]),
                 (3, 1962), (4, L(31, DEV)), (5, 1765361200)], "", lab)
    plan = obj(rng, "plan", 8)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "phone": L(SK_PHONE, TEL), "email": L(EMAIL, MAIL), "birthDate": L(DOB, BIRTH),
            "nationality": "US", "homePhone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(SK_PHONE.replace(" ", ""), TEL), "code": L("604217", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/hiker-card", headers=_h(rng, **b), body={
            "bloodGroup": L("A Rh-", MED), "conditions": [L("asthma", MED)],
            "medications": [L("salbutamol inhaler", MED)], "allergies": [L("penicillin", MED)],
            "heightCm": L(168, FIT), "weightKg": L(71, FIT),
            "emergency": {"name": L("Michael Doe", NAMEC), "phone": L("+15550148802", TEL)},
            "experience": "intermediate"}),
        case(f, f"{a}/v1/insurance", headers=_h(rng, **b), body={
            "policy": L(POLICY, BUY), "product": "Tatry Alpin 30 dní",
            "price": L("12.50", BUY), "validFrom": "2025-12-10", "validTo": "2026-01-08"}),
        case(f, f"{a}/v1/plans", headers=_h(rng, **b), body={
            "planId": plan, "start": {"lat": fix(TREK_START)[0], "lon": fix(TREK_START)[1],
                                      "name": "Starý Smokovec"},
            "destination": {"hutId": HUT["id"], "lat": HUT["lat"], "lon": HUT["lon"]},
            "departure": "2025-12-11T07:30", "expectedReturn": "2025-12-11T16:00",
            "party": [{"name": L(BUDDY[0], NAMEC), "phone": L(BUDDY[1], TEL)}],
            "gear": ["crampons", "ice axe", "headlamp"],
            "note": L("Going with Tomáš, turning back at the saddle if it is icy", TEXT)}),
        case(f, f"{a}/v1/plans/{plan}/checkin", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "lat": fix(MID, 5)[0], "lon": fix(MID, 5)[1],
            "alt": 1962, "battery": L(31, DEV), "ok": True}),
        raw(f, f"{a}/v1/beacon", beacon, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/plans/{plan}/track", gz=True, headers=_h(rng, **b), body={
            "points": tr, "device": {"model": L("Pixel 8", DEV)}}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "lat": fix(MID)[0], "lon": fix(MID)[1], "accuracyM": 9,
            "wifi": {"ssid": L("ChataWiFi", WIFI), "bssid": L("6c:3b:6b:40:22:91", WIFI)},
            "cell": {"mccmnc": L("231" + "01", CARRIER), "simMccmnc": L(MCCMNC, CARRIER),
                     "operator": L("Example Mobile", CARRIER)},
            "ip": L(PUBLIC_IP, IPLOC), "battery": L(28, DEV),
            "message": L("Twisted my ankle on the descent, can walk slowly", f"{TEXT}|{MED}"),
            "rescueBase": {"id": RESCUE["id"], "tel": RESCUE["tel"]}}),
        multipart(f, f"{a}/v1/sos/photo", [
            ("photo", "ankle.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uid": L(USER_ID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/huts/{HUT['id']}/booking", headers=_h(rng, **b), body={
            "night": "2025-12-11", "beds": 2, "guestName": L(f"{FIRST} {LAST}", NAMEC),
            "total": L("64.00", BUY), "hut": {"name": HUT["name"], "lat": HUT["lat"]}}),
        case(f, f"{a}/v1/trails/conditions", query={
            "near": L(f"{MID[0]:.3f},{MID[1]:.3f}", PRECISE), "lang": L("en", DEV)},
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/plans/{plan}/checkout", fmt="form", headers=_h(rng, **b), body={
            "arrivedAt": "2025-12-11T15:20", "lat": fix(TREK_END, 4)[0],
            "lon": fix(TREK_END, 4)[1], "safe": "1"}),
        case(f, f"{a}/v1/avalanche/bulletin", query={"region": L("Vysoké Tatry", COARSE),
                                                     "lang": "en"},
             headers=_h(rng, how="upper")),
        case(f, f"{a}/v1/reports/trail", headers=_h(rng, **b), body={
            "trailId": "tr_red_0412", "issue": "fallen trees",
            "text": L("Trees down after the bridge, passable with care", TEXT),
            "lat": fix(MID, 4)[0], "lon": fix(MID, 4)[1]}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_SK", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("plan_registered", 1), ev("checkin", 2), ev("bulletin_read", 3)]}),
        case(f, f"{a}/v1/plans", headers=_h(rng, how="nodash"),
             cookies={"hr_s": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/devices/wifi-hint", fmt="form", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "purpose": "offline-maps"}),
    ]


def hrebenar_sdks() -> list[Case]:
    rng = random.Random(9222)
    return [
        lp_batch(APP, rng, [("Plan Registered", {"difficulty": "T3"}),
                            ("SOS Sent", {"kind": "injury"})], at=MID, nd=3),
        lp_pixel(APP, rng, "Bulletin Viewed", {"region": L("Vysoké Tatry", COARSE)}),
        bz_open(APP, rng, first=True),
        jb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="hiking,crampons"),
        kb_crash(APP, rng, ("java.io.IOException", "offline tiles corrupt"),
                 [kb_crumb("navigation", "Plan -> Map")], screen="MapActivity"),
        hl_register(APP, rng, tags={"region": L("tatry", COARSE)}, at=MID, nd=2),
        pd_card(APP, rng, email=True),
        pd_pay(APP, rng, "12.50"),
        ch_route(APP, rng, [(TREK_START, PRECISE), ((HUT["lat"], HUT["lon"]), None)],
                 mode="hike"),
        ch_reverse(APP, rng, MID, PRECISE),
        ch_tiles(APP, rng, [(round(MID[0], 5), round(MID[1], 5))], PRECISE),
    ]
