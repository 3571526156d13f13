"""Beekeeping hive-scale monitor "Hivelumen" (two hives on her building's roof and one at a
friend's farm in the Hudson Valley): sign-up, log-in, ``/me``, both apiaries, pairing the scale
and giving it her Wi-Fi, the scale's readings (gzip JSON) and a protobuf uplink the phone relays,
an inspection (msgpack) with a frame photo, her sting-allergy emergency card, swarms near her and
a swarm she reports, the map of other keepers and one followed, the weather at the farm, spray
alerts for her apiaries, a honey sale, a community post, a CSV export, push, events and the hives
by a cookie GET. Look-alikes: hive weights and temperatures, the colony's "health", a varroa
treatment and other keepers' apiaries."""

from __future__ import annotations

import random
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
    NATIONAL,
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
from eval_families20_kit import LINE1, ZIP, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families63_kit import (
    APIARY_REG,
    FARM_AT,
    FARMER,
    HIVES,
    KEEPERS,
    SCALE,
    App63,
    fix,
    home,
    obj,
    weights,
)
from eval_families63_sdk import (
    bg_bid,
    fp_crumb,
    fp_report,
    sw_event,
    sw_open,
    tb_batch,
    tb_queue,
)
from eval_families63_svc import aw_geocode, aw_reverse, pw_opened, pw_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App63("hivelumen", "Hivelumen", "com.example.hivelumen", "2.6.0",
            "https://api.hivelumen.example.com")
IID = "Hivelumen-Install"
PW = "Propolis-Roof-33"
SWARM_AT = (40.742165, -73.987622)  # her fix under the swarm she reports (a park)
FARM_SYNC = (41.931688, -73.897204)  # her phone at the farm's hives when the scale syncs


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def hivelumen() -> list[Case]:
    rng = random.Random(6371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="keeper"))}
    rla, rlo = home(6)
    fla, flo = fix(FARM_AT)
    lab: dict[str, str] = {}
    up = pb([(1, SCALE["serial"]), (2, 51.37), (3, 34.6), (4, L(USER_ID, UID)),
             (5, [(1, L(FARM_SYNC[0], PRECISE)), (2, L(FARM_SYNC[1], PRECISE))]),
             (6, SCALE["battery"])], "", lab)
    insp = obj(rng, "insp", 8)
    return [
        case(f, f"{a}/api/v1/register", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "zip": L(ZIP, COARSE), "phone": L(NATIONAL, TEL), "yearsKeeping": 3}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/apiaries", headers=_h(rng, **b), body={
            "name": "Rooftop", "lat": rla, "lng": rlo, "line1": L(LINE1, ADDR),
            "registration": APIARY_REG, "hives": HIVES[:2], "elevationM": 96}),
        case(f, f"{a}/api/v1/apiaries", headers=_h(rng, **b), body={
            "name": "Brenner farm", "lat": fla, "lng": flo, "town": L("Rhinebeck", COARSE),
            "host": {"name": L(FARMER[0], NAMEC), "phone": L(FARMER[1], TEL)},
            "hives": HIVES[2:], "registration": APIARY_REG}),
        case(f, f"{a}/api/v1/scales/pair", headers=_h(rng, **b), body={
            "serial": SCALE["serial"], "ble": SCALE["ble"], "firmware": SCALE["fw"],
            "model": SCALE["model"], "battery": SCALE["battery"], "hive": HIVES[0],
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/scales/{SCALE['serial']}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "psk": L("honeycomb-4471", CRED),
            "security": "WPA2"}),
        case(f, f"{a}/api/v1/scales/{SCALE['serial']}/readings", gz=True, headers=_h(rng, **b),
             body={"hive": HIVES[0], "readings": weights(rng, 8), "battery": 64, "rssi": -67,
                   "relayedBy": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/api/v1/uplink", up, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/inspections", fmt="msgpack", headers=_h(rng, **b), body={
            "id": insp, "hive": HIVES[0], "queenSeen": True, "broodFrames": 6,
            "varroaPer100": 2, "temperament": "calm", "health": "queenright",
            "treatment": {"product": "oxalic acid", "dose": "5 ml per seam"},
            "notes": L("Queen laying well, added a honey super", TEXT)}),
        multipart(f, f"{a}/api/v1/inspections/{insp}/photos", [
            ("photo", "frame4.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("meta", None, "application/json", {"frame": 4, "side": "B"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/profile/emergency", headers=_h(rng, **b), body={
            "allergy": L("bee venom, I carry an EpiPen", MED),
            "contact": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)}}),
        case(f, f"{a}/api/v1/swarms/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE), "km": "5"}),
        case(f, f"{a}/api/v1/swarms/report", headers=_h(rng, **b), body={
            "lat": L(SWARM_AT[0], PRECISE), "lng": L(SWARM_AT[1], PRECISE), "heightM": 4,
            "notes": L("Swarm on a low branch near the dog run", TEXT), "canCollect": True}),
        case(f, f"{a}/api/v1/map/viewport", headers=_h(rng, **b), body={
            "bbox": [-74.02, 40.70, -73.95, 40.78], "zoom": 13, "layers": ["keepers", "forage"]}),
        case(f, f"{a}/api/v1/keepers/follow", headers=_h(rng, **b), body={
            "keeper": KEEPERS[0][0], "apiary": {"lat": KEEPERS[0][1], "lng": KEEPERS[0][2]},
            "also": [{"keeper": k, "lat": la, "lng": lo} for k, la, lo in KEEPERS[1:]]}),
        case(f, f"{a}/api/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{FARM_AT[0]:.2f}", COARSE), "lon": L(f"{FARM_AT[1]:.2f}", COARSE),
            "days": "3"}),
        case(f, f"{a}/api/v1/spray-alerts/subscribe", headers=_h(rng, **b), body={
            "apiaries": [{"lat": rla, "lng": rlo}, {"lat": fla, "lng": flo}], "radiusKm": 5,
            "sms": L(E164, TEL)}),
        case(f, f"{a}/api/v1/sales", fmt="form", headers=_h(rng, **b), body={
            "product": "wildflower_honey_500g", "jars": "6", "total": L("72.00", BUY),
            "channel": "market"}),
        case(f, f"{a}/api/v1/community/posts", headers=_h(rng, **b), body={
            "text": L("First harvest from the roof hives: 14 kg of linden honey!", TEXT),
            "tags": ["harvest", "urban"]}),
        case(f, f"{a}/api/v1/export", headers=_h(rng, **b), query={
            "email": L(EMAIL, MAIL), "format": "csv", "hive": HIVES[0]}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("inspection_saved", 1, frames=10), ev("scale_synced", 2),
                ev("screen", 3, screen=L("HiveChart", USAGE))]}),
        case(f, f"{a}/api/v1/hives", headers=_h(rng, how="upper"),
             cookies={"hl_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def hivelumen_sdks() -> list[Case]:
    rng = random.Random(6372)
    return [
        tb_batch(APP, rng, [("Scale Synced", {"kg": 51.37}),
                            ("Inspection Saved", {"frames": 10})], at=FARM_AT, nd=2),
        tb_queue(APP, rng, [("Swarm Reported", {}), ("Weather Viewed", {"days": 3})]),
        sw_open(APP, rng, user=True, n=21),
        sw_event(APP, rng, "subscribe_pro", {"plan": "pro_monthly"}, revenue=4.99),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3,
               keywords="beekeeping,garden"),
        fp_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                  [fp_crumb("nav", "Hive -> Scale"),
                   fp_crumb("log", "gatt", {"serial": SCALE["serial"], "ble": SCALE["ble"]})],
                  screen="ScaleActivity"),
        pw_register(APP, rng, tags={"swarmAlerts": "on"}, at=(LAT, LON), nd=2),
        aw_reverse(APP, rng, FARM_AT, PRECISE, nd=5),
        aw_geocode(APP, rng, "feed store near Rhinebeck", "behavior.search",
                   near=(LAT, LON), nd=3),
        pw_opened(APP, rng, "swarm_season_alert"),
    ]
