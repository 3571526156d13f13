"""Smart doorbell and home camera app "Lintelcam": a home's address and position, the camera's
setup on the home Wi-Fi, clips of visitors shared and posted to the neighbourhood feed, a
"familiar faces" feature storing face embeddings of visitors the user names, two-way talk, a
recorded quick reply, home/away geofencing, a shared user, a subscription and diagnostics."""

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
    FACE,
    IID_NODASH,
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    flat,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token, pos
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families27_kit import CAMERA, CLAIM_CODE, DOG_WALKER, WIFI_PASS
from eval_families27_sdk import (
    atv_event,
    atv_session,
    fl_crash,
    fl_crumb,
    tally_batch,
    tally_beacon,
)
from eval_families27_svc import ah_upload, co_reverse, fq_eval, pg_open, pg_register, tq_card
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("lintelcam", "Lintelcam", "com.example.lintelcam", "8.2.0",
          "https://api.lintelcam.example.net")
IID = "X-Lintel-Install"
HOME = "hm_6d01c9a2"
D_URL = f"https://api.lintelcam.example.net/v1/devices/{CAMERA['serial']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _ev(rng: random.Random) -> str:
    return "evt_" + opaque(rng, "", 16)


def lintelcam() -> list[Case]:
    rng = random.Random(2721)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), home=HOME))}
    lat5, lon5 = pos(5)
    out_lat, out_lon = pos(5, 0.0021, -0.0017)
    lat2, lon2 = pos(2)
    cases = [
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Porch&Light77", CRED),
            "device": {"install_id": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                       "os": L("Android 14", DEV)}}),
        case(f, f"{a}/v1/auth/mfa", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "code": L("604118", CRED),
            "remember_device": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/homes", headers=_h(rng, auth="bearer"), body={
            "name": "Home", "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                        "zip": L(ZIP, COARSE), "country": L("US", COARSE)},
            "geo": {"lat": lat5, "lon": lon5}, "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/setup/claim", headers=_h(rng, auth="bearer"), body={
            "serial": CAMERA["serial"], "mac": CAMERA["mac"], "model": CAMERA["model"],
            "fw": CAMERA["fw"], "claim_code": L(CLAIM_CODE, CRED), "home_id": HOME}),
        case(f, f"{a}/v1/setup/wifi", headers=_h(rng, auth="bearer"), body={
            "camera_serial": CAMERA["serial"], "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "password": L(WIFI_PASS, CRED), "security": "wpa2_psk", "rssi_dbm": -52,
            "phone_ip": L(LOCAL_IP, DEV), "chime_serial": CAMERA["chime"]}),
        case(f, f"{D_URL}/settings", headers=_h(rng, auth="bearer"), body={
            "motion_zones": [[[0.05, 0.4], [0.95, 0.4], [0.95, 1.0], [0.05, 1.0]]],
            "privacy_zones": [[[0.7, 0.0], [1.0, 0.0], [1.0, 0.3], [0.7, 0.3]]],
            "sensitivity": 6, "person_only": True, "clip_seconds": 30, "night_ir": "auto"}),
        case(f, f"{a}/v1/timeline/ack", fmt="msgpack", headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "home": HOME, "viewed": [_ev(rng) for _ in range(4)],
            "viewed_at": 1765321500, "client": "android"}),
        multipart(f, f"{a}/v1/clips/share", [
            ("clip", "front_door_2025-12-09.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "event_id": _ev(rng), "to": L(PEOPLE[2][2], MAIL),
                "note": L("Is this the man who left the flyer on Tuesday?", TEXT)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/familiar-faces", headers=_h(rng, auth="bearer"), body={
            "name": L(PEOPLE[2][0], NAMEC), "relation": "neighbor", "source_event": _ev(rng),
            "embedding": L(flat(rng, 512, 0.04), FACE), "box": [412, 188, 590, 402],
            "quality": 0.91, "model": "lfr-2.3"}),
        case(f, f"{a}/v1/familiar-faces", gz=True, headers=_h(rng, auth="bearer"), body={
            "name": L(DOG_WALKER, NAMEC), "relation": "dog walker", "source_event": _ev(rng),
            "template_b64": L(f32b64(flat(rng, 128, 0.06)), FACE),
            "landmarks5": L([round(rng.uniform(380, 620), 1) for _ in range(10)], FACE),
            "notify": "silent", "model": "lfr-2.3"}),
        case(f, f"{a}/v1/events/{_ev(rng)}/feedback", headers=_h(rng, auth="bearer"), body={
            "label": "not_a_person", "box": [102, 610, 244, 700],
            "comment": L("It was the neighbours' cat again", TEXT)}),
        case(f, f"{D_URL}/talk/session", headers=_h(rng, auth="bearer"), body={
            "session_id": rid(rng), "sdp_type": "offer",
            "candidates": [L(srflx(), IPLOC), relay()], "codec": "opus"}),
        multipart(f, f"{a}/v1/quick-replies", [
            ("audio", "reply.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json",
             {"label": L("Please leave it by the door, thank you", TEXT), "duration_ms": 2100})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/homes/{HOME}/geofence", headers=_h(rng, auth="bearer"), body={
            "event": "exit", "position": {"lat": out_lat, "lon": out_lon, "acc_m": 11},
            "home_center": {"lat": lat5, "lon": lon5}, "radius_m": 150, "mode_after": "away"}),
        case(f, f"{a}/v1/neighborhood/posts", headers=_h(rng, auth="bearer"), body={
            "event_id": _ev(rng), "category": "theft",
            "title": L("Package taken from our stoop", TEXT),
            "description": L("Around 3pm a man in a grey hoodie took a box off our steps",
                             TEXT), "approx": {"lat": lat2, "lon": lon2}}),
        case(f, f"{a}/v1/homes/{HOME}/members", headers=_h(rng, auth="bearer"), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL), "role": "member"}),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, auth="bearer"), body={
            "product_id": L("lintel_protect_plus_monthly", BUY),
            "order_id": L("GPA.3374-9021-5513-20877", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v1/push/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV), "rich_snapshots": True}),
        case(f, f"{D_URL}/firmware", query={"model": CAMERA["model"], "fw": CAMERA["fw"]},
             headers=_h(rng, how="none"),
             cookies={"lc_sess": L(opaque(rng, "", 48), CRED), "lc_inst": L(IID_NODASH, DID)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, auth="bearer"), body={
            "user": L(USER_ID, UID), "events": [
                ev("live_view", 1, camera=CAMERA["serial"], seconds=L(42, USAGE)),
                ev("clip_shared", 2, channel="email"),
                ev("screen", 3, screen=L("FamiliarFaces", USAGE))]}),
        case(f, f"{a}/v1/support/diagnostics", fmt="form", headers=_h(rng, auth="bearer"),
             body={"camera_serial": CAMERA["serial"], "camera_rssi": "-67",
                   "phone": L("Pixel 8 / Android 14", DEV), "wifi_ssid": L(SSID, WIFI),
                   "contact_phone": L(NATIONAL, TEL),
                   "note": L("The camera drops offline every night around 2am", TEXT)}),
    ]
    return cases


def lintelcam_sdks() -> list[Case]:
    rng = random.Random(2722)
    return [
        tally_batch(APP, rng, [("Live View Started", {"source": "notification"}),
                               ("Clip Shared", {"channel": "email"}),
                               ("Familiar Face Added", {"total": 2})]),
        tally_beacon(APP, rng, "Onboarding Step", {"step": L("wifi_setup", USAGE),
                                                   "camera_model": CAMERA["model"]}),
        atv_session(APP, rng, first=True),
        atv_event(APP, rng, "sub9kq", revenue=3.99),
        fl_crash(APP, rng, ("java.lang.IllegalStateException", "PeerConnection closed"),
                 [fl_crumb("nav", "Timeline -> LiveView"),
                  fl_crumb("http", "POST", {"url": f"{D_URL}/talk/session", "status": 502})],
                 keys={"camera_fw": CAMERA["fw"], "camera_serial": CAMERA["serial"]},
                 screen="LiveViewActivity"),
        fq_eval(APP, rng, {"cameraModel": CAMERA["model"], "homes": 1}, get=True),
        pg_register(APP, rng, tags={"zip": L(ZIP, COARSE), "cameras": 1}),
        pg_open(APP, rng),
        tq_card(APP, rng, email=True),
        co_reverse(APP, rng, (LAT, LON), PRECISE),
        ah_upload(APP, rng, "conv_" + opaque(rng, "", 12)),
    ]
