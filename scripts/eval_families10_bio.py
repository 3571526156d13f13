"""Blind set ten, part one: an AR virtual try-on app, a voice-assistant app and a translation app
(see ``eval_families10.py`` for the rules of this set and its labelling conventions).

Fictional apps with shapes typical of their kind: the try-on app's face-tracking frames (a
468-vertex mesh as ARCore/MediaPipe-style face meshes give, iris landmarks, head pose, msgpack),
a skin analysis, an eyewear fit with a prescription, JSON Lines try-on events, a snapshot share
(multipart) and an order, a landmark upload as schema-less protobuf; the assistant's wake-word
upload (multipart with a WAV part), speaker-verification enrolment (d-vectors), recognition with
base64 audio in JSON, interpreted commands, a home graph and reminders; the translation app's
text, speech, camera-OCR and conversation-mode requests and history sync. Values are synthetic;
hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from dataclasses import replace

from eval_families6_kit import F32, b64, encode, multipart, pb, raw
from eval_families7_kit import enc, jsonl, with_labels
from eval_families8_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    EMAIL_SHA256,
    FACE,
    GAID,
    INSTALL_ID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    device_camel,
    device_headers,
    device_snake,
)
from eval_families10_kit import Acc, add, flat, points, series, token
from eval_payloads import ANDROID_ID, BSSID, NAME, PUBLIC_IP, SSID, USER_ID, Case, L, case, rnd_hex
from eval_payloads import rnd_uuid as uid4

TRY = "https://api.lensfit.example.com"
HOME = "https://assistant.hearth.example.com"
TR = "https://api.polyglot.example.net"


def tryon() -> list[Case]:
    rng = random.Random(10001)
    hdr = {"Authorization": L("Bearer lf_" + rnd_hex(rng, 40), CRED),
           "X-Lensfit-Install": L(INSTALL_ID, DID), **device_headers()}
    out = [case("tryon", f"{TRY}/v2/session", headers=hdr, body={
        "user_id": L(USER_ID, UID), "device": device_snake(), "camera": "front",
        "ar_core": "1.44", "experiments": {"mesh_lod": "b", "shade_picker": "v3"},
        "session_id": uid4(rng)})]
    for k in range(4):  # face-tracking frames, msgpack
        pose = series(rng, 15, ("yaw", "pitch", "roll"), dt=33, scale=8.0)
        out.append(case("tryon", f"{TRY}/v2/track", headers=hdr, fmt="msgpack", body={
            "session_id": "fs_" + rnd_hex(rng, 12), "frame": 120 + k * 15,
            "mesh": L(flat(rng, 468 * 3, 0.08), FACE), "uv_version": 3,
            "iris": {"left": L(points(rng, 5, 2, 0.01), FACE),
                     "right": L(points(rng, 5, 2, 0.01), FACE)},
            "head_pose": L(pose, MOTION), "lux": rng.randrange(80, 400),
            "blendshapes_v": "52", "product_sku": "GL-" + rnd_hex(rng, 6)}))
    out.append(case("tryon", f"{TRY}/v2/skin/analyze", headers=hdr, body={
        "user_id": L(USER_ID, UID), "skin_tone_hex": L("#C68E6A", SENS),
        "fitzpatrick": L("IV", SENS), "undertone": "warm",
        "concerns": L(["rosacea", "hyperpigmentation"], MED), "age_estimate": L(34, BIRTH),
        "face_shape": L("oval", FACE), "lighting_score": 0.81, "model": "skin-7.2.0"}))
    out.append(case("tryon", f"{TRY}/v2/eyewear/fit", headers=hdr, body={
        "pd_mm": L(62.5, FACE), "face_width_mm": L(139.2, FACE),
        "nose_bridge_mm": L(17.1, FACE), "frame": {"sku": "GL-7731", "size": "52-18-140"},
        "rx": {"od": {"sph": L(-2.25, MED), "cyl": L(-0.5, MED), "axis": L(90, MED)},
               "os": {"sph": L(-2.0, MED), "cyl": L(-0.75, MED), "axis": L(85, MED)},
               "add": 0, "expires": "2027-03-01"}}))
    acc: Acc = {}
    data = jsonl([{"ev": L(ev, USAGE), "sku": sku, "shade": shade, "dwell_ms": L(d, USAGE),
                   "ts": 1764251000 + i * 7, "install": L(INSTALL_ID, DID)}
                  for i, (ev, sku, shade, d) in enumerate([
                      ("tryon_start", "LP-1190", "Rosewood 12", 0),
                      ("shade_swap", "LP-1190", "Berry 31", 4200),
                      ("compare", "LP-1204", "Nude 02", 6100),
                      ("add_to_bag", "LP-1190", "Berry 31", 900)])], acc)
    out.append(with_labels(encode(raw("tryon", f"{TRY}/v2/events", data, "application/x-ndjson",
                                      {}, headers=hdr), "gzip"), acc))
    out.append(multipart("tryon", f"{TRY}/v2/share", [
        ("image", "look.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("meta", None, "application/json", {
            "caption": L("date night look, thoughts??", TEXT), "face_box": [212, 188, 420, 460],
            "shades": ["Berry 31"], "visibility": "friends", "hash": rnd_hex(rng, 40)})],
        headers=hdr))
    out.append(case("tryon", f"{TRY}/v2/orders", headers=hdr, body={
        "order_id": L("LF-" + rnd_hex(rng, 8).upper(), BUY),
        "items": [{"sku": "LP-1190", "name": L("Velvet Lip, Berry 31", BUY), "qty": 1,
                   "unit_price": 18.0},
                  {"sku": "GL-7731", "name": L("Harbor frames with -2.25 lenses", f"{BUY}|{MED}"),
                   "qty": 1, "unit_price": 129.0}],
        "total": L(158.42, BUY), "currency": "USD",
        "ship_to": {"name": L(NAME, NAMEC), "line1": L("221 E 29th St Apt 5F", ADDR),
                    "city": L("New York", COARSE), "zip": L("10016", COARSE)},
        "payment": {"method_token": L("pm_" + rnd_hex(rng, 24), PAY), "last4": L("4242", PAY),
                    "exp": L("08/29", PAY)}}))
    out.append(case("tryon", "https://t.adsignal.example.com/conv", query={
        "ev": L("purchase", USAGE), "gaid": L(GAID, ADID), "em": L(EMAIL_SHA256, MAIL),
        "ip": L(PUBLIC_IP, "location.ip"), "value": L("158.42", BUY), "cur": "USD",
        "click_id": rnd_hex(rng, 32), "pixel": "px_4471"}))
    labels: dict[str, str] = {}
    body = pb([(1, "fs_" + rnd_hex(rng, 12)), (2, 1764251300),
               # a LandmarkList message: repeated landmark (x, y, z floats), one label
               (3, [(1, [(1, F32(x)), (2, F32(y)), (3, F32(z))])
                    for x, y, z in points(rng, 12, 3, 0.05)]),
               (4, "mp-face-0.10"), (5, L(USER_ID, UID))], "", labels)
    labels["3.1"] = FACE  # the repeated landmark field is one list
    out.append(encode(raw("tryon", f"{TRY}/v2/landmarks", body, "application/x-protobuf",
                          labels, headers=hdr), "zstd"))
    return out


def assistant() -> list[Case]:
    rng = random.Random(10002)
    acc: Acc = {}
    jw = token({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "hh": "hh_2291",
                "iat": 1764250000, "exp": 1764253600}, "header", "authorization", acc)
    hdr = {"Authorization": "Bearer " + jw, "X-Hearth-Device": L(ANDROID_ID, DID),
           "User-Agent": device_headers()["User-Agent"]}
    out = []
    for k in range(3):
        c = multipart("voice", f"{HOME}/v1/wake", [
            ("audio", "wake.wav", "audio/wav", L(WAV, MEDIA)),
            ("meta", None, "application/json", {
                "wake_word": "hey hearth", "score": round(rng.uniform(0.6, 0.99), 3),
                "false_accept": k == 2, "device_id": L(ANDROID_ID, DID),
                "dsp_version": "ww-5.1", "utterance_id": uid4(rng)})], headers=hdr)
        out.append(add(c, dict(acc)))
    out.append(add(case("voice", f"{HOME}/v1/voiceprint/enroll", headers=hdr, body={
        "profile": {"display_name": L("Jane", NAMEC), "member": "owner"},
        "utterances": [{"phrase_id": i, "dvector": L(flat(rng, 256, 0.06), VOICE),
                        "snr_db": round(rng.uniform(12, 30), 1)} for i in range(3)],
        "mfcc_mean": L(flat(rng, 13, 4.0, 3), VOICE), "pitch_hz_median": L(196.4, VOICE),
        "model": "spk-verif-3"}), dict(acc)))
    out.append(add(case("voice", f"{HOME}/v1/voiceprint/enroll", headers=hdr, body={
        "profile": {"display_name": L("Leo", NAMEC), "member": "child", "age": L(9, BIRTH)},
        "utterances": [{"phrase_id": 0, "dvector": L(flat(rng, 256, 0.06), VOICE),
                        "snr_db": 18.2}], "model": "spk-verif-3"}), dict(acc)))
    out.append(add(case("voice", f"{HOME}/v1/speech:recognize", headers=hdr, body={
        "config": {"encoding": "LINEAR16", "sampleRateHertz": 16000,
                   "languageCode": L("en-US", DEV)},
        "audio": {"content": L(b64(WAV), MEDIA)}, "requestId": uid4(rng)}), dict(acc)))
    cmds = [("turn off the bedroom lights", "home.light.off", "Bedroom lamp"),
            ("remind me to take my metformin at 8", "reminder.create", None),
            ("call mom", "call.contact", None),
            ("set the thermostat to 68", "home.climate.set", "Hallway thermostat"),
            ("what's the weather tomorrow", "weather.get", None),
            ("unlock the front door", "home.lock.unlock", "Front door")]
    for i, (text, intent, target) in enumerate(cmds):
        cat = f"{TEXT}|{MED}" if "metformin" in text else TEXT
        body = {"utterance_id": uid4(rng), "transcript": L(text, cat),
                "asr_confidence": round(rng.uniform(0.8, 0.99), 2),
                "intent": L(intent, USAGE), "speaker": {"match": "owner",
                                                         "score": round(rng.uniform(0.7, 0.9), 2)}}
        if target:
            body["target"] = {"name": target, "endpoint": "ep_" + rnd_hex(rng, 10)}
        if intent == "call.contact":
            body["resolved"] = {"name": L("Linda Doe", NAMEC), "phone": L("+15550100342", TEL)}
        out.append(add(case("voice", f"{HOME}/v1/turns", headers=hdr, body=body,
                            gz=i % 2 == 1), dict(acc)))
    out.append(add(case("voice", f"{HOME}/v1/home/sync", headers=hdr, body={
        "home": {"address": L("14 Orchard Lane", ADDR), "city": L("Hoboken", COARSE),
                 "geofence": {"lat": L(40.74402, PRECISE), "lon": L(-74.03275, PRECISE),
                              "r_m": 150},
                 "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}},
        "rooms": ["Bedroom", "Kitchen", "Hallway"],
        "devices": [{"id": "ep_" + rnd_hex(rng, 10), "type": t, "state": s}
                    for t, s in [("light", "off"), ("lock", "locked"), ("thermostat", "68F")]]}),
                   dict(acc)))
    out.append(add(case("voice", f"{HOME}/v1/lists/shopping", headers=hdr, body={
        "items": [{"text": L(t, TEXT), "done": False} for t in
                  ["oat milk", "birthday card for Linda", "AA batteries"]],
        "list_id": "ls_" + rnd_hex(rng, 8)}), dict(acc)))
    out.append(case("voice", "https://telemetry.hearth.example.com/v1/t", query={
        "did": L(ANDROID_ID, DID), "turns": L("14", USAGE), "session_s": L("602", USAGE),
        "asr_ms_p50": "380", "trace": rnd_hex(rng, 32), "os": L("android 14", DEV),
        "build": "5.2.0-r1", "bucket": "tts_voice_b"}))
    return out


def translate() -> list[Case]:
    rng = random.Random(10003)
    hdr = {"X-Client-Id": "pg-android-" + rnd_hex(rng, 8), "x-install-id": L(INSTALL_ID, DID),
           "User-Agent": device_headers()["User-Agent"]}
    out = [case("translate", f"{TR}/v3/translate", headers=hdr, query={
        "q": L(q, TEXT), "sl": "en", "tl": tl, "client": "android", "dt": "t", "tk": str(tk)})
        for q, tl, tk in [("where is the nearest pharmacy", "es", 881231),
                          ("I am allergic to penicillin", "pt", 772104),
                          ("my flight leaves at six", "fr", 120993)]]
    out[1].labels[("query", "q")] = f"{TEXT}|{MED}"
    out.append(case("translate", f"{TR}/v3/speech", headers=hdr, body={
        "audio_b64": L(b64(WAV), MEDIA), "format": "wav", "sl": "en-US", "tl": "ja",
        "recognized": L("Could you call a taxi to the Park Hotel for me", TEXT),
        "confidence": 0.92, "request_id": uid4(rng)}))
    out.append(multipart("translate", f"{TR}/v3/ocr", [
        ("image", "cam.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("meta", None, "application/json", {
            "text": L("Amoxicillin 500 mg - take 1 capsule 3 times daily - Dr. R. Okafor",
                      f"{TEXT}|{MED}"),
            "blocks": [[10, 12, 300, 40], [10, 48, 290, 70]], "sl": "auto", "tl": "de",
            "where": {"lat": L(40.7412, PRECISE), "lon": L(-73.9896, PRECISE)}})],
        headers=hdr))
    acc: Acc = {}
    turns = [("A", "Hi, I'm Jane, I booked a room under Doe", "en", "es"),
             ("B", "Bienvenida, su habitación es la 412", "es", "en"),
             ("A", "Can I pay with my card ending 4242?", "en", "es"),
             ("B", "Sí, claro", "es", "en")]
    data = jsonl([{"conv": "cv_77a1", "speaker": s, "src": L(t, TEXT),
                   "sl": sl, "tl": tl, "seq": i, "ts": 1764251100 + i * 9}
                  for i, (s, t, sl, tl) in enumerate(turns)], acc)
    acc[("body", "[0].src")] = f"{TEXT}|{NAMEC}"
    acc[("body", "[2].src")] = f"{TEXT}|{PAY}"
    out.append(with_labels(encode(raw("translate", f"{TR}/v3/conversation", data,
                                      "application/x-ndjson", {}, headers=hdr), "br"), acc))
    acc = {}
    hist = enc({"entries": [{"src": L(t, TEXT), "sl": "en", "tl": "es", "starred": i == 0,
                             "ts": 1764200000 + i * 3600} for i, t in enumerate([
                                 "how much is a ticket to Toledo", "I need a vegetarian meal",
                                 "thank you for your help"])],
                "account": L(EMAIL, MAIL)}, "body", "h", "gzb64", acc)
    out.append(with_labels(case("translate", f"{TR}/v3/history/sync", headers=hdr, fmt="form",
                                body={"h": hist, "v": "2", "cursor": rnd_hex(rng, 16)}), acc))
    out.append(case("translate", f"{TR}/v3/phrasebook", headers=hdr, body={
        "phrases": [{"src": L("I have type 1 diabetes", f"{TEXT}|{MED}"), "tl": "es"},
                    {"src": L("Please call my husband Tom at 555 010 0188", f"{TEXT}|{TEL}"),
                     "tl": "es"}], "folder": "emergency"}))
    out.append(case("translate", "https://collect.appmetrics.example.org/batch", body={
        "events": [{"n": L(n, USAGE), "p": {"pair": pair, "chars": c}, "t": 1764251200 + i}
                   for i, (n, pair, c) in enumerate([("translate_text", "en-es", 32),
                                                     ("ocr_capture", "auto-de", 61),
                                                     ("conversation_start", "en-es", 0)])],
        "ctx": {"gaid": L(GAID, ADID), **device_camel(), "carrier": L("Example Mobile",
                                                                      "location.carrier")},
        "uid": L(USER_ID, UID)}))
    for c in out[:3]:  # the text lookups also carry the user's phone hash in a cookie
        c.labels[("cookie", "ph")] = TEL
        c.exchange = replace(c.exchange, request_headers=(
            *c.exchange.request_headers, ("Cookie", f"ph={E164[1:]}; nid={rnd_hex(rng, 20)}")))
    return out
