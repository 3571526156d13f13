"""Beekeeping hive-scale monitor "Combscale": sign-up (a sting allergy), a log-in, ``/me`` with a
JWT, her two apiaries (a garden roof in Park Slope, a friend's farm upstate), the scale gateway
provisioned with her home Wi-Fi, hive weights (gzip), the colony's buzz (protobuf), an inspection
with frame photos, a treatment record, a harvest, other keepers' apiaries around a point in the
path, a swarm report (a photo URL in a JSON field) and the swarm-collector list, alert settings,
the state apiary registration, a forum post, the weather at the farm, a Play purchase check,
push, events and her hives by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PEOPLE,
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
from eval_families20_kit import LINE1, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families74_kit import (
    APIARY_FARM,
    APIARY_ROOF,
    GATEWAY,
    OTHER_APIARIES,
    WIFI_PASS,
    fix,
    hive_series,
)
from eval_families74_sdk import (
    bw_bid,
    cb_batch,
    cb_identify,
    fg_crash,
    fg_crumb,
    rl_event,
    rl_session,
)
from eval_families74_svc import (
    as_check,
    cl_message,
    mw_geocode,
    po_register,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("combscale", "Combscale", "com.example.combscale", "2.6.0",
          "https://api.combscale.example.com")
IID = "X-Combscale-Install"
PW = "Propolis-Queen-7"
HIVE = "hv_3c19e2"  # a hive's ID (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def combscale() -> list[Case]:
    rng = random.Random(7471)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), hives=5))}
    b = {"auth": "bearer"}
    rla, rlo = fix(APIARY_ROOF)
    fla, flo = fix(APIARY_FARM, 5)
    seg = f"{LAT:.4f},{LON:.4f}"
    near = case(f, f"{a}/v1/map/nearby/{seg}", headers=_h(rng, **b), query={"radiusKm": "5"})
    swarm_la, swarm_lo = fix((40.672815, -73.970441))
    lab: dict[str, str] = {}
    buzz = pb([(1, GATEWAY["serial"]), (2, HIVE), (3, L(USER_ID, UID)),
               (4, struct.pack("<4f", 248.0, 251.5, 263.0, 410.0)), (5, 0.08)], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(PHONE, TEL), "zip": L(ZIP, COARSE), "yearsKeeping": 4,
            "stingAllergy": L("mild, carries an epinephrine pen", MED)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/apiaries", headers=_h(rng, **b), body={
            "name": "Park Slope roof", "lat": rla, "lng": rlo, "hives": 3,
            "access": "roof hatch, key with the super"}),
        case(f, f"{a}/v1/apiaries", headers=_h(rng, **b), body={
            "name": "Morales farm", "lat": fla, "lng": flo, "hives": 2,
            "landowner": {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)}}),
        case(f, f"{a}/v1/gateways/provision", headers=_h(rng, **b), body={
            "serial": GATEWAY["serial"], "mac": GATEWAY["mac"], "firmware": GATEWAY["fw"],
            "model": GATEWAY["model"], "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                                                "password": L(WIFI_PASS, CRED)},
            "phoneLanIp": L(LOCAL_IP, DEV), "apiary": "Park Slope roof"}),
        case(f, f"{a}/v1/hives/{HIVE}/readings", gz=True, headers=_h(rng, **b), body={
            "gateway": GATEWAY["serial"], "rows": hive_series(rng, 12),
            "cols": ["t", "kg", "tempC", "rh"]}),
        raw(f, f"{a}/v1/hives/{HIVE}/acoustics", buzz, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/hives/{HIVE}/inspections", [
            ("frame1", "frame1.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("frame2", "frame2.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("inspection", None, "application/json", {
                "queenSeen": True, "broodFrames": 6, "varroaPer100": 2.1,
                "temper": "calm", "inspector": L(USER_ID, UID),
                "notes": L("Calm colony, capped honey on four frames, no swarm cells", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hives/{HIVE}/treatments", headers=_h(rng, **b), body={
            "product": "oxalic acid vapour", "doseG": 1.0, "withdrawalDays": 0,
            "appliedBy": L(NAME, NAMEC), "date": "2025-12-06"}),
        case(f, f"{a}/v1/harvests", headers=_h(rng, **b), body={
            "hive": HIVE, "kg": 14.6, "moisturePct": 17.2, "jars": 40,
            "pricePerJar": "12.00", "batch": "PS-2025-03"}),
        at_path(near, seg, PRECISE),
        case(f, f"{a}/v1/swarms", headers=_h(rng, **b), body={
            "lat": swarm_la, "lng": swarm_lo, "height": "3 m, in a pear tree",
            "photo": U("https://cdn.combscale.example.com/u/swarm_88.jpg",
                       {"uid": L(USER_ID, UID), "w": "1080"}),
            "callback": L(E164, TEL), "nearApiaries": [list(p) for p in OTHER_APIARIES[:3]]}),
        case(f, f"{a}/v1/swarm-collectors", fmt="form", headers=_h(rng, **b), body={
            "phone": L(E164, TEL), "zip": L(ZIP, COARSE), "radiusKm": "8", "ladder": "1"}),
        case(f, f"{a}/v1/alerts/settings", headers=_h(rng, **b), body={
            "weightDropKg": 1.5, "tempLowC": 30, "email": L(EMAIL, MAIL),
            "sms": L(E164, TEL), "quiet": "22:00-06:30"}),
        case(f, f"{a}/v1/registrations/state", headers=_h(rng, **b), body={
            "registrant": L(NAME, NAMEC), "mailing": {"line1": L(LINE1, ADDR),
                                                       "zip": L(ZIP, COARSE)},
            "county": L("Kings", COARSE), "sites": [
                {"lat": L(round(APIARY_ROOF[0], 4), PRECISE),
                 "lng": L(round(APIARY_ROOF[1], 4), PRECISE), "colonies": 3},
                {"lat": L(round(APIARY_FARM[0], 4), PRECISE),
                 "lng": L(round(APIARY_FARM[1], 4), PRECISE), "colonies": 2}]}),
        case(f, f"{a}/v1/forum/posts", headers=_h(rng, **b), body={
            "board": "nyc", "title": "Spare queen?",
            "text": L("Anyone in Brooklyn with a spare mated queen? Mine went missing", TEXT)}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{APIARY_FARM[0]:.3f}", PRECISE), "lon": L(f"{APIARY_FARM[1]:.3f}", PRECISE),
            "units": "metric"}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("combscale_pro_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "packageName": APP.pkg}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("inspection_saved", 1, frames=2), ev("gateway_online", 2),
                ev("screen", 3, screen=L("HiveWeight", USAGE))]}),
        case(f, f"{a}/v1/hives", headers=_h(rng, how="nodash"),
             cookies={"cs_session": L(opaque(rng, "", 40), CRED)}),
    ]


def combscale_sdks() -> list[Case]:
    rng = random.Random(7472)
    return [
        cb_batch(APP, rng, [("Inspection Saved", {"frames": 2}),
                            ("Weight Alert Opened", {"drop_kg": 1.7})], at=APIARY_ROOF, nd=2),
        cb_identify(APP, rng, {"hives": 5, "zip": L(ZIP, COARSE), "plan": "pro"}),
        rl_session(APP, rng, first=True),
        rl_event(APP, rng, "h1b5mz", "subscribe", {"plan": "pro_yearly"}, revenue=49.0),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="beekeeping,honey", hem=True),
        fg_crash(APP, rng, ("java.io.EOFException", "gateway closed the socket"),
                 [fg_crumb("navigation", "Hives -> Provision"),
                  fg_crumb("log", "softap", {"gateway": GATEWAY["serial"]})],
                 screen="ProvisionActivity"),
        po_register(APP, rng, at=APIARY_ROOF, nd=2, tags={"alerts": "weight"}),
        mw_geocode(APP, rng, "418 Old Ford Road, New Paltz", ADDR, near=APIARY_FARM, nd=3),
        cl_message(APP, rng, L("My gateway keeps dropping off the Wi-Fi at night", TEXT),
                   {"gateway": GATEWAY["serial"]}),
        as_check(APP, rng, {"analytics": True, "ads": False}),
    ]
