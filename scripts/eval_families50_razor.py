"""Smart razor "Bladewren" (an electric-toothbrush-style connected razor; no account, no personal
data: the set's look-alike app): the remote config, registering the razor, a firmware check and
an OTA report (the image's SHA-256), shave sessions (JSON and an offline JSON Lines batch), a
cartridge's wear, cartridge prices, blade-care tips, the razor's diagnostics (a motor-current
series, the charger's MAC), its settings, its state, a protobuf telemetry frame, feedback typed in
the app, a launch ping and a cartridge forecast. Its own requests carry a User-Agent without the
model or OS; only a few carry the app's install ID."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DID, TEXT, USAGE, pb, raw
from eval_families20_kit import App, opaque
from eval_families22_kit import lines
from eval_families24_kit import rid
from eval_families50_kit import CARTRIDGES, FW_SHA, RAZOR, obj, shave
from eval_families50_sdk import cw_crash, cw_crumb, cw_sessions, sm_batch, sm_queue, sm_screen
from eval_families50_svc import ag_save, ag_status, bt_register, fb_eval
from eval_payloads import INSTALL_ID, Case, L, case

APP = App("bladewren", "Bladewren", "com.example.bladewren", "2.3.0",
          "https://api.bladewren.example.com")
UA = "Bladewren/2.3.0 okhttp/4.12.0"  # names the app and HTTP client only (unlabelled)


def _h(rng: random.Random, iid: bool = False) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": UA, "X-Request-ID": rid(rng),
                         "X-Api-Key": "bw_pub_" + opaque(rng, "", 20)}
    if iid:
        h["X-Bladewren-Install"] = L(INSTALL_ID, DID)
    return h


def bladewren() -> list[Case]:
    rng = random.Random(5061)
    a, f = APP.api, APP.fam
    s = RAZOR["serial"]
    lab: dict[str, str] = {}
    frame = pb([(1, s), (2, RAZOR["fw"]), (3, [(1, 412), (2, 31.42), (3, 3.871)]),
                (4, 884120), (5, CARTRIDGES[0])], "", lab)
    current = [[i * 50, round(0.82 + rng.gauss(0, 0.03), 3)] for i in range(24)]
    return [
        case(f, f"{a}/v1/config", headers=_h(rng), query={"app": APP.ver, "schema": "7"}),
        case(f, f"{a}/v1/razors", headers=_h(rng, iid=True), body={
            "serial": s, "ble": RAZOR["ble"], "firmware": RAZOR["fw"], "model": RAZOR["model"],
            "hw": RAZOR["hw"], "activatedAt": 1765280011, "cartridge": CARTRIDGES[0]}),
        case(f, f"{a}/v1/firmware/latest", headers=_h(rng), query={
            "model": RAZOR["model"], "hw": RAZOR["hw"], "current": RAZOR["fw"]}),
        case(f, f"{a}/v1/firmware/reports", headers=_h(rng), body={
            "serial": s, "from": "1.8.2", "to": RAZOR["fw"], "imageSha256": FW_SHA,
            "chunks": 212, "durationMs": 61204, "nonce": opaque(rng, "", 24), "ok": True}),
        case(f, f"{a}/v1/sessions", headers=_h(rng), body=dict(
            shave(rng), serial=s, cartridge=CARTRIDGES[0], mode="sensitive")),
        lines(f, f"{a}/v1/sessions/batch", [dict(shave(rng), serial=s, cartridge=c)
                                            for c in (CARTRIDGES[0], CARTRIDGES[0], CARTRIDGES[1])],
              headers=_h(rng)),
        case(f, f"{a}/v1/cartridges/{CARTRIDGES[0]}/usage", fmt="form", headers=_h(rng), body={
            "sessions": "23", "strokes": "4112", "wear": "0.62", "serial": s}),
        case(f, f"{a}/v1/cartridges/prices", headers=_h(rng), query={
            "skus": "BW-C4,BW-C8,BW-C12", "currency": "USD"}),
        case(f, f"{a}/v1/tips", headers=_h(rng), query={"topic": "blade-care", "page": "2"}),
        case(f, f"{a}/v1/razors/{s}/diagnostics", headers=_h(rng), body={
            "motorCurrentA": current, "batteryCycles": 41, "cellMv": 3871, "tempC": 29.8,
            "errors": ["W03"], "chargerMac": "F8:4D:89:0A:33:12", "rssi": -64,
            "bootId": opaque(rng, "", 16)}),
        case(f, f"{a}/v1/razors/{s}/settings", fmt="form", headers=_h(rng), body={
            "motorSpeed": "3", "lightRing": "dim", "travelLock": "0"}),
        case(f, f"{a}/v1/razors/{s}/state", headers=_h(rng), cookies={
            "bw_edge": opaque(rng, "", 24), "bw_ab": "cartridge_banner_b"}),
        raw(f, f"{a}/v1/telemetry", frame, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/v1/feedback", headers=_h(rng, iid=True), body={
            "rating": 4, "text": L("The light ring is too bright at night", TEXT),
            "serial": s, "fw": RAZOR["fw"]}),
        case(f, f"{a}/v1/app/launch", headers=_h(rng, iid=True), body={
            "appVersion": APP.ver, "launches": L(14, USAGE), "razors": 1,
            "launchId": obj(rng, "ln", 12)}),
        case(f, f"{a}/v1/cartridges/{CARTRIDGES[0]}/forecast", headers=_h(rng),
             query={"shavesPerWeek": "5"}),
    ]


def bladewren_sdks() -> list[Case]:
    rng = random.Random(5062)
    return [
        sm_batch(APP, rng, [("Shave Synced", {"strokes": 184, "durationS": 212}),
                            ("Cartridge Low", {"wear": 0.62})], user=False),
        sm_screen(APP, rng, "Razor Home", {"razors": 1}),
        sm_queue(APP, rng, [("Firmware Updated", {"to": RAZOR["fw"]}),
                            ("Tips Opened", {"topic": "blade-care"})], user=False),
        cw_crash(APP, rng, ("java.util.concurrent.TimeoutException", "ble write timeout"),
                 [cw_crumb("nav", "Home -> Firmware"),
                  cw_crumb("log", "ota", {"serial": RAZOR["serial"], "chunk": 118})],
                 user={"id": L(INSTALL_ID, DID)}, screen="FirmwareActivity"),
        cw_sessions(APP, rng, [95, 240], user=False),
        fb_eval(APP, rng, {"razorModel": RAZOR["model"]}, user=False),
        ag_save(APP, rng, {"analytics": True, "marketing": False}),
        ag_status(APP, rng, {"analytics": True, "marketing": False}),
        bt_register(APP, rng, user=False, tags={"cartridge_reminders": "on"}),
    ]
