"""Blind set eighteen, part two: the founding case's face and voice side, a face-effects SDK
("Glint", fictional) and a voice SDK ("Timbre", fictional) embedded in the messaging app of
``eval_families18_chat.py``, each faceprint and voiceprint beside look-alikes that must not be
flagged (see ``eval_families18.py`` for the rules of this set, its conventions and its calls).

Faces: a licence check with SIM and IP, video-circle telemetry (106 landmarks as base64 int16
beside a face box and beauty settings), an AR mask (52 weights beside the static name list and one
head pose), per-frame weights (JSON Lines, zstd), a hidden-chats face lock (an int8 template and a
passcode; a float16 hex probe, form), an avatar from a selfie (multipart; landmarks as an ``x,y;``
string, estimated age, gender and skin tone), people albums (base64 float32 embeddings, names the
user gave two clusters), a 3D morphable fit in protobuf (packed float32 shape and expression beside
the canonical template), a call background effect (msgpack ``bin`` of int16 landmarks); negatives:
an avatar's preset expression, a mask asset's anchor template, blur boxes, a photo's perceptual
hash, a GIF's frame delays. Voices: a voice note (multipart Ogg, its display waveform), a
transcript edit, a voice lock (int8 d-vector, float16 x-vector), voice-quality features beside
noise-suppression gains, wake-word MFCC frames, a voice changer (the user's source embedding beside
a stock target voice), a float32 embedding in protobuf (br), a live room's diarisation embedding
beside levels and VAD flags (msgpack), read-aloud text; negatives: ringtones, a noise profile,
notification sounds. ``more()``: group-call landmark strings (JSON Lines, br), voice-note
embeddings (a top-level array, gzip), a selfie sticker, the face SDK's events repeating MCC/MNC and
IP per record (JSON Lines, gzip), an unlock with a base64url float32 probe and a head-turn series,
a voice age/gender estimate, the voice SDK's config query, voice-note features (JSON Lines, zstd),
three call participants' weights and landmarks (msgpack; the other people's faces are faceprints
too), an effects session with the device, SIM and base64 IP bytes, and an SDK crash beacon.
``cadence()``: an anti-abuse SDK ("Hushguard", fictional) in sign-up and the composer: per-field
dwell/flight rows (JSON Lines, br), seconds strings (form), the e-mail typed key by key, and the
app's sign-up carrying its verdict token. Values are synthetic; hosts are under example.* (RFC
2606).
"""

from __future__ import annotations

import random
import struct

from eval_families10_kit import OGG
from eval_families17_kit import (
    BIRTH,
    CARRIER,
    CRED,
    DEV,
    DID,
    F32,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    SENS,
    TEXT,
    UID,
    USAGE,
    VOICE,
    add,
    blend,
    canonical_face,
    device_abbrev,
    device_camel,
    dwell_flight,
    encode,
    f32b64,
    flat,
    jsonl,
    keys,
    landmarks,
    multipart,
    pb,
    points,
    raw,
    sim_block,
    tok,
)
from eval_families18_kit import (
    BS_NAMES,
    IP_B64,
    band_gains,
    f16hex,
    i8b64,
    i16b64,
    lmstr,
    peaks,
    preset,
    secs,
)
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, case, rnd_hex, rnd_uuid

FX = "https://fx.glint.example.com/v2"
VX = "https://api.timbre.example.net/v1"
HG = "https://sig.hushguard.example.org/v1"


def facefx() -> list[Case]:
    rng = random.Random(18011)
    out = []
    key = {"X-Glint-License": "gl_lic_murmur_51c0", "X-Glint-Install": L(INSTALL_ID, DID)}
    out.append(case("murfx", f"{FX}/license", fmt="form", body={
        "lic": "gl_lic_murmur_51c0", "pkg": "com.example.murmur", "iid": L(INSTALL_ID, DID),
        "mccmnc": L(MCCMNC, CARRIER), "ip": L(PUBLIC_IP, IPLOC), "model": L("Pixel 8", DEV)}))
    for n in range(2):
        out.append(case("murfx", f"{FX}/circle/telemetry", headers=key, body={
            "lm": L(i16b64(landmarks(rng, 106)), FACE), "box": [180, 360, 420, 500],
            "faces": 1, "fps": 29.8, "beauty": {"smooth": 0.5, "slim": 0.2, "eyes": 0.1},
            **({"dev": device_abbrev()} if n == 0 else {"gpu": L("Mali-G715", DEV)})}))
    out.append(case("murfx", f"{FX}/mask/apply", headers=key, body={
        "mask": "m_fox_02", "names": BS_NAMES, "w": L([round(rng.random(), 3) for _ in BS_NAMES],
                                                       FACE),
        "pose": {"yaw": 3.9, "pitch": -6.2, "roll": 1.1}, "fps": 30}))
    acc: dict[tuple[str, str], str] = {}
    lines = jsonl([{"t": i * 33, "w": L([round(rng.random(), 3) for _ in range(52)], FACE),
                    "mask": "m_fox_02", "faces": 1} for i in range(10)], acc)
    out.append(add(encode(raw("murfx", f"{FX}/mask/frames", lines, "application/x-ndjson", {},
                              headers=key), "zstd"), acc))
    out.append(case("murfx", f"{FX}/lock/enroll", headers=key, body={
        "uid": L(USER_ID, UID), "tmpl": L(i8b64(flat(rng, 128, 0.05)), FACE),
        "quality": 0.93, "liveness": 0.98, "fallback": L("7391", CRED)}))
    out.append(case("murfx", f"{FX}/lock/verify", fmt="form", headers=key, body={
        "uid": L(USER_ID, UID), "probe": L(f16hex(flat(rng, 256, 0.05)), FACE),
        "attempt": "1", "nonce": rnd_hex(rng, 16)}))
    out.append(multipart("murfx", f"{FX}/avatar/create", [
        ("meta", None, "application/json", {
            "lm": L(lmstr(landmarks(rng, 68)), FACE), "age": L(33, BIRTH),
            "gender": L("female", GENDER), "skin": L("#a8775a", SENS), "hair": "brown_wavy",
            "style": "toon"}),
        ("selfie", "me.jpg", "image/jpeg", L(JPEG + b"\xe1" * 10, MEDIA)),
    ], headers=key))
    names = ["Sam Patel", "", "Rosa Morales", ""]
    out.append(case("murfx", f"{FX}/albums/people", headers=key, body={"faces": [
        {"photo": "p_" + rnd_hex(rng, 8), "emb": L(f32b64(flat(rng, 128, 0.06)), FACE),
         "cluster": f"k_{i}", **({"name": L(n, NAMEC)} if n else {})}
        for i, n in enumerate(names)]}))
    lab: dict[str, str] = {}
    shape, expr = flat(rng, 80, 0.3), flat(rng, 46, 0.2)
    tmpl = canonical_face(68)
    data = pb([(1, "s_" + rnd_hex(rng, 10)), (2, L(struct.pack("<80f", *shape), FACE)),
               (3, L(struct.pack("<46f", *expr), FACE)),
               (4, struct.pack(f"<{len(tmpl)}f", *tmpl)), (5, F32(29.9))], "", lab)
    out.append(encode(raw("murfx", f"{FX}/fit", data, "application/x-protobuf", lab,
                          headers=key), "deflate"))
    lm = [round(v) for v in landmarks(rng, 68)]
    out.append(case("murfx", f"{FX}/call/background", fmt="msgpack", headers=key, body={
        "lm": L(struct.pack(f"<{len(lm)}h", *lm), FACE), "seg": "portrait", "blur": 0.7}))
    # negatives: a preset expression, a mask's anchor template, blur boxes, a hash, GIF delays
    out.append(case("murfx", f"{FX}/avatar/presets", body={
        "pack": "basic", "names": BS_NAMES, "wink": preset(rng)}))
    out.append(case("murfx", f"{FX}/mask/m_fox_02", body={
        "anchors": i16b64(canonical_face(106)), "uv": points(rng, 40, 2, 0.3), "v": 12}))
    out.append(case("murfx", f"{FX}/blur", headers=key, body={
        "boxes": [[30 + 90 * i, 200, 80, 96] for i in range(4)], "strength": 0.8}))
    out.append(case("murfx", f"{FX}/photos/dedupe", headers=key, body={
        "phash": rnd_hex(rng, 16), "w": 3024, "h": 4032, "faces": 2}))
    out.append(case("murfx", f"{FX}/gif/encode", headers=key, body={
        "delays": [40, 40, 60, 40, 40, 80, 40, 40], "loop": 0, "src": "g_" + rnd_hex(rng, 8)}))
    return out


def voice() -> list[Case]:
    rng = random.Random(18012)
    out = []
    key = {"X-Timbre-Key": "tb_pub_murmur_0c"}
    out.append(multipart("murvox", f"{VX}/notes", [
        ("meta", None, "application/json", {"dur": 8.4, "wave": peaks(rng), "codec": "opus",
                                            "kbps": 24, "chat": "dm_4471"}),
        ("audio", "n.ogg", "audio/ogg", L(OGG + b"\xe2" * 8, MEDIA)),
    ], headers=key))
    out.append(case("murvox", f"{VX}/notes/n_77/transcript", headers=key, body={
        "text": L("running late, save me a spot by the stage", TEXT), "lang": "en",
        "words": [{"s": 300 * i, "e": 300 * i + 240} for i in range(9)]}))
    out.append(case("murvox", f"{VX}/lock/enroll", headers=key, body={
        "uid": L(USER_ID, UID), "dvec": L(i8b64(flat(rng, 256, 0.05)), VOICE),
        "xvec": L(f16hex(flat(rng, 192, 0.05)), VOICE), "phrase": "murmur open up"}))
    out.append(case("murvox", f"{VX}/quality", headers=key, body={
        "f0": L(204.1, VOICE), "jitter": L(0.0061, VOICE), "shimmer": L(0.041, VOICE),
        "hnr": L(19.7, VOICE), "ns": band_gains(rng), "kbps": 24, "plc": 3}))
    out.append(case("murvox", f"{VX}/wake", headers=key, body={
        "kw": "hey murmur", "mfcc": L([flat(rng, 13, 6.0, 2) for _ in range(40)], VOICE),
        "score": 0.82}))
    out.append(case("murvox", f"{VX}/changer", headers=key, body={
        "src": L(flat(rng, 192, 0.05), VOICE), "tgt": flat(rng, 192, 0.05),
        "tgtVoice": "robot_2", "pitch": 3, "formant": 1.1}))
    lab: dict[str, str] = {}
    emb = flat(rng, 192, 0.05)
    data = pb([(1, L(USER_ID, UID)), (2, L(struct.pack("<192f", *emb), VOICE)),
               (3, L(F32(201.7), VOICE)), (4, "room_r_12")], "", lab)
    out.append(encode(raw("murvox", f"{VX}/speaker", data, "application/x-protobuf", lab,
                          headers=key), "br"))
    out.append(case("murvox", f"{VX}/rooms/r_12/stats", fmt="msgpack", headers=key, body={
        "lvl": [round(rng.uniform(-50, -10), 1) for _ in range(30)],
        "vad": [rng.randrange(2) for _ in range(30)], "spk": L(flat(rng, 128, 0.05), VOICE),
        "sec": 30}))
    out.append(case("murvox", f"{VX}/tts", headers=key, body={
        "text": L("happy birthday Rosa, see you saturday", TEXT), "voice": "nova_2"}))
    # negatives: ringtones, a noise profile, notification sounds
    out.append(case("murvox", f"{VX}/ringtones", query={"v": "3", "lang": "en"}))
    out.append(case("murvox", f"{VX}/noise/profile", headers=key, body={
        "env": "street", "gains": band_gains(rng), "floorDb": -61.5}))
    out.append(case("murvox", f"{VX}/sounds", body={"ids": ["ping", "pop", "chime"]}))
    return out


def more() -> list[Case]:
    """Group-call landmarks, voice-note embeddings, a selfie sticker, SDK events and beacons."""
    rng = random.Random(18013)
    out = []
    key = {"X-Glint-License": "gl_lic_murmur_51c0", "X-Glint-Install": L(INSTALL_ID, DID)}
    acc: dict[tuple[str, str], str] = {}
    lines = jsonl([{"t": i * 100, "lm": L(lmstr(landmarks(rng, 68)), FACE),
                    "box": [200, 380, 440, 520], "tile": i % 3} for i in range(8)], acc)
    out.append(add(encode(raw("murfx", f"{FX}/call/track", lines, "application/x-ndjson", {},
                              headers=key), "br"), acc))
    out.append(encode(case("murvox", f"{VX}/notes/batch", headers={
        "X-Timbre-Key": "tb_pub_murmur_0c"}, body=[
        {"note": f"n_{80 + i}", "spk": L(f16hex(flat(rng, 64, 0.05)), VOICE),
         "dur": round(rng.uniform(2, 20), 1), "wave": peaks(rng, 32)} for i in range(5)]),
        "gzip"))
    out.append(multipart("murfx", f"{FX}/sticker/selfie", [
        ("meta", None, "application/json", {"lm": L(landmarks(rng, 106), FACE),
                                            "cut": "round", "outline": 4}),
        ("img", "st.jpg", "image/jpeg", L(JPEG + b"\xe3" * 10, MEDIA)),
    ], headers=key))
    acc = {}
    evs = ["sdk_init", "model_load", "mask_open", "mask_apply", "circle_record", "circle_send",
           "lock_unlock", "mask_close"]
    lines = jsonl([{"ev": L(e, USAGE), "iid": L(INSTALL_ID, DID), "mccmnc": L(MCCMNC, CARRIER),
                    "ip": L(PUBLIC_IP, IPLOC), "ms": rng.randrange(5, 900), "id": rnd_uuid(rng)}
                   for e in evs], acc)
    out.append(add(encode(raw("murfx", f"{FX}/events", lines, "application/x-ndjson", {},
                              headers=key), "gzip"), acc))
    out.append(case("murfx", f"{FX}/lock/unlock", headers=key, body={
        "probe": L(f32b64(flat(rng, 128, 0.05), urlsafe=True), FACE),
        "nod": L([{"t": i * 40, "yaw": round(-25 + i * 3.2, 1), "pitch": round(rng.gauss(0, 2),
                                                                            1)}
                  for i in range(16)], MOTION), "liveness": 0.97}))
    out.append(case("murvox", f"{VX}/estimate", headers={"X-Timbre-Key": "tb_pub_murmur_0c"},
                    body={"estAge": L(31, BIRTH), "estGender": L("female", GENDER),
                          "spk": L(f32b64(flat(rng, 96, 0.05), urlsafe=True), VOICE),
                          "snrDb": 21.4}))
    out.append(case("murvox", f"{VX}/config", query={
        "iid": L(INSTALL_ID, DID), "mccmnc": L(MCCMNC, CARRIER), "v": "2.3.0"}))
    acc = {}
    lines = jsonl([{"note": f"n_{90 + i}", "spk": L(f16hex(flat(rng, 64, 0.05)), VOICE),
                    "f0": L(round(rng.uniform(190, 220), 1), VOICE), "iid": L(INSTALL_ID, DID),
                    "dur": round(rng.uniform(2, 30), 1)} for i in range(8)], acc)
    out.append(add(encode(raw("murvox", f"{VX}/notes/features", lines, "application/x-ndjson",
                              {}, headers={"X-Timbre-Key": "tb_pub_murmur_0c"}), "zstd"), acc))
    out.append(case("murfx", f"{FX}/call/participants", fmt="msgpack", headers=key, body={
        "call": rnd_uuid(rng), "tiles": [
            {"peer": "u_" + rnd_hex(rng, 10), "bs": L(blend(rng), FACE),
             "lm": L(i16b64(landmarks(rng, 68)), FACE)} for _ in range(3)]}))
    out.append(case("murfx", f"{FX}/session", headers=key, body={
        "dev": device_camel(), "sim": sim_block(), "ipb": L(IP_B64, IPLOC),
        "fx": ["m_fox_02", "circle_beauty"], "ms": 184000}))
    out.append(case("murfx", f"{FX}/sdk/crash", headers=key, body={
        "sig": "SIGSEGV", "frames": [hex(0x7F00000000 + rng.getrandbits(24)) for _ in range(6)],
        "dev": {"model": L("Pixel 8", DEV), "os": L("14", DEV), "ram": L(8192, DEV)},
        "sdk": "4.7.1", "id": rnd_uuid(rng)}))
    return out


def cadence() -> list[Case]:
    """An anti-abuse SDK ("Hushguard", fictional) in the messaging app's sign-up and composer:
    per-field timing rows, seconds strings, the e-mail typed key by key, a verdict token."""
    rng = random.Random(18014)
    out = []
    acc: dict[tuple[str, str], str] = {}
    rows = []
    for f in ["name", "email", "password", "bio", "message", "message"]:
        dw, fl = dwell_flight(rng, rng.randrange(6, 18))
        rows.append({"field": f, "dw": L(dw, KEYS), "fl": L(fl, KEYS), "paste": 0,
                     "iid": L(INSTALL_ID, DID)})
    out.append(add(encode(raw("hushguard", f"{HG}/cadence", jsonl(rows, acc),
                              "application/x-ndjson", {}), "br"), acc))
    out.append(case("hushguard", f"{HG}/signup", fmt="form", body={
        "f_name": L(secs(dwell_flight(rng, 8)[1]), KEYS),
        "f_pass": L(secs(dwell_flight(rng, 12)[1]), KEYS), "mouse": "0", "iid": L(INSTALL_ID,
                                                                                   DID)}))
    out.append(case("hushguard", f"{HG}/email", body={
        "kev": L(keys(rng, EMAIL, "row"), f"{KEYS}|{MAIL}"), "autofill": False}))
    acc = {}
    v = tok({"iid": L(INSTALL_ID, DID), "risk": "low", "exp": 1764900900}, "body", "verdict",
            acc)
    out.append(add(case("hushguard", "https://api.murmur.example.com/v2/signup", body={
        "verdict": v, "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL)}), acc))
    return out
