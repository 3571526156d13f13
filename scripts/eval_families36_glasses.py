"""Smart-glasses companion app "Glintframe" (camera, voice assistant, captured people;
snake_case API): log-in, ``/me``, pairing the glasses and joining them to the home Wi-Fi, a
wake-word enrolment (speaker vector), assistant queries (audio, transcript, her fix), a
"look and ask" photo at a museum, captured photos with the people's face vectors, naming a
person, message and call by voice, the address book hashed, head and gaze tracking (gzip),
temple-pad swipes, live captions, a livestream, wear time, prescription lenses, the camera's
calibration, push, events and the gallery by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    FACE,
    GATEWAY_IP,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    multipart,
    push_token,
    sha,
    swipe,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families36_kit import (
    GLASSES,
    MUSEUM_AT,
    MUSEUM_FIX,
    NAMED,
    calib,
    embedding,
    fix,
    gaze,
    head_pose,
    obj,
)
from eval_families36_sdk import (
    ab_event,
    ab_launch,
    fw_crash,
    fw_crumb,
    fw_session,
    tq_batch,
    tq_identify,
)
from eval_families36_svc import cl_upload, cp_register, fm_eval, ol_check, ps_card, rw_reverse
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("glintframe", "Glintframe", "com.example.glintframe", "12.4.3",
          "https://api.glintframe.example.com")
IID = "X-GF-Client"
PW = "Prism&Heron58"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _face(rng: random.Random, who: str | None) -> dict[str, Any]:
    """A captured face: its box (unlabelled), a 128-float vector and, if named, the name."""
    out: dict[str, Any] = {"box": [rng.randrange(100, 900), rng.randrange(80, 500), 180, 180],
                           "vec": L(embedding(rng, 128), FACE),
                           "cluster": obj(rng, "fc", 8)}
    if who:
        out["name"] = L(who, NAMEC)
    return out


def glintframe() -> list[Case]:
    rng = random.Random(3661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    mla, mlo = fix(MUSEUM_FIX)
    hla, hlo = fix((LAT, LON), 5)
    contacts = [L(sha("sha256", p), CONTACTS) for p in
                ("+15550142277", "+15550176612", "+15550133021", "+15550190418")]
    return [
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "client": "android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/glasses/pair", headers=_h(rng, **b), body={
            "serial": GLASSES["serial"], "ble_addr": GLASSES["ble"], "model": GLASSES["model"],
            "fw": GLASSES["fw"], "pair_code": L("731905", CRED), "owner": L(USER_ID, UID)}),
        case(f, f"{a}/v1/glasses/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "psk": L("Maple&Quartz19", CRED), "phone_ip": L(LOCAL_IP, DEV),
            "gateway": GATEWAY_IP, "serial": GLASSES["serial"]}),
        multipart(f, f"{a}/v1/assistant/enrol", [
            ("sample1", "s1.wav", "audio/wav", L(WAV + b"\x05", MEDIA)),
            ("profile", None, "application/json", {
                "speaker_vec": L(embedding(rng, 256), VOICE), "phrase": "hey glint",
                "snr_db": 28.5, "samples": 3})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/assistant/query", [
            ("audio", "q.m4a", "audio/mp4", L(M4A + b"\x06", MEDIA)),
            ("ctx", None, "application/json", {
                "transcript": L("remind me to call the pharmacy at six", TEXT),
                "lat": hla, "lng": hlo, "speaker_match": 0.93})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/assistant/look", [
            ("frame", "frame.jpg", "image/jpeg", L(JPEG + b"\x68", MEDIA)),
            ("ctx", None, "application/json", {
                "question": L("what painting is this", TEXT), "lat": mla, "lng": mlo,
                "place_hint": {"lat": MUSEUM_AT[0], "lng": MUSEUM_AT[1]}})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/media/sync", [
            ("photo", "IMG_0412.jpg", "image/jpeg", L(JPEG + b"\x69", MEDIA)),
            ("meta", None, "application/json", {
                "taken_at": 1765318811, "gps": {"lat": mla, "lng": mlo},
                "faces": [_face(rng, None), _face(rng, None)], "exposure_ms": 8.3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/people/name", headers=_h(rng, **b), body={
            "cluster": obj(rng, "fc", 8), "name": L(NAMED[0], NAMEC),
            "reference": {"vec": L(embedding(rng, 128), FACE)}, "photos": 14}),
        case(f, f"{a}/v1/people/faces", fmt="msgpack", headers=_h(rng, **b), body={
            "media": obj(rng, "md", 10), "faces": [_face(rng, NAMED[1]), _face(rng, NAMED[0])]}),
        multipart(f, f"{a}/v1/media/sync", [
            ("video", "VID_0413.mp4", "video/mp4", L(MP4 + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"duration_ms": 30000, "fps": 30})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/assistant/message", headers=_h(rng, **b), body={
            "to_name": L(PARTNER[0], NAMEC), "to_phone": L(PARTNER[1], TEL),
            "text": L("At the museum, back by seven", TEXT), "via": "sms"}),
        case(f, f"{a}/v1/contacts/hashes", headers=_h(rng, **b), body={
            "owner": L(USER_ID, UID), "hashes": contacts, "algo": "sha256"}),
        case(f, f"{a}/v1/telemetry/head", gz=True, headers=_h(rng, **b), body={
            "session": obj(rng, "ws", 10), "head": L(head_pose(rng, 40, 50), MOTION),
            "gaze": L(gaze(rng, 40, 50), MOTION), "imu_bias": [0.002, -0.004, 0.001],
            "lens_temp_c": 34.2}),
        case(f, f"{a}/v1/telemetry/touchpad", headers=_h(rng, **b), body={
            "gesture": "swipe_forward", "samples": L(swipe(rng, 10), MOTION),
            "glasses_battery": 71}),
        case(f, f"{a}/v1/captions", headers=_h(rng, **b), body={
            "lang_from": "es", "lang_to": "en", "segments": [
                {"t": 0, "text": L("The gallery closes at five today", TEXT)},
                {"t": 3100, "text": L("Photos without flash are fine", TEXT)}]}),
        case(f, f"{a}/v1/live/start", headers=_h(rng, **b), body={
            "title": L("Sunday at the museum", TEXT), "city": L(CITY, COARSE),
            "audience": "friends", "stream_key": L(opaque(rng, "live_", 32), CRED)}),
        case(f, f"{a}/v1/usage/wear", fmt="form", headers=_h(rng, **b), body={
            "minutes": L("412", USAGE), "photos": L("37", USAGE), "day": "2025-12-09"}),
        case(f, f"{a}/v1/lenses/order", headers=_h(rng, **b), body={
            "rx": {"od_sph": L(-2.25, MED), "od_cyl": L(-0.5, MED), "os_sph": L(-2.0, MED),
                   "os_cyl": L(-0.75, MED)}, "pd_mm": L(62.5, FIT), "tint": "transitions",
            "ship_to": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                        "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "total": L("189.00", BUY), "order_ref": L("GF-LN-88204", BUY)}),
        case(f, f"{a}/v1/glasses/calibration", headers=_h(rng, **b), body={
            "serial": GLASSES["serial"], "camera": calib(rng), "display_offset": [2, -1]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "client_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("capture_photo", 1, source="button"), ev("assistant_query", 2),
                ev("screen", 3, screen=L("Gallery", USAGE))]}),
        case(f, f"{a}/v1/gallery", query={"page": "1"}, headers=_h(rng, how="none"),
             cookies={"gf_session": L(opaque(rng, "", 48), CRED),
                      "gf_client": L(INSTALL_ID, DID)}),
    ]


def glintframe_sdks() -> list[Case]:
    rng = random.Random(3662)
    return [
        tq_batch(APP, rng, [("photo_captured", {"faces": 2}),
                            ("assistant_query", {"kind": "look"})], at=MUSEUM_FIX, nd=3),
        tq_identify(APP, rng, {"glasses": GLASSES["model"], "city": L(CITY, COARSE)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "lens_order", {"order": L("GF-LN-88204", BUY)}, revenue=189.0,
                 hashed=True),
        fw_crash(APP, rng, ("java.util.concurrent.TimeoutException", "glasses sync timed out"),
                 [fw_crumb("ble", "sync", {"serial": GLASSES["serial"], "queued": 12}),
                  fw_crumb("navigation", "Gallery -> People")], screen="SyncService"),
        fw_session(APP, rng),
        fm_eval(APP, rng, {"glassesFw": GLASSES["fw"], "peopleTagging": True}),
        cp_register(APP, rng, tags={"has_glasses": "1"}, at=MUSEUM_FIX, nd=4),
        ol_check(APP, rng, {"analytics": True, "face_grouping": True}),
        ps_card(APP, rng, email=True),
        rw_reverse(APP, rng, MUSEUM_FIX, PRECISE, nd=5),
        cl_upload(APP, rng, L(JPEG + b"\x6a", MEDIA), "lens_scratch.jpg", "image/jpeg"),
    ]
