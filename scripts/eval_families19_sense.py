"""Blind set nineteen, part three: the founding case's face, voice and typing side, three SDKs in
the dating app of ``eval_families19_amor.py``: photo verification and live beauty effects
("Facemint"), voice intros ("Sonari") and typing biometrics for fraud checks ("Tapcadence"), all
fictional, each faceprint, voiceprint and timing beside look-alikes that must not be flagged (see
``eval_families19.py`` for the rules of this set, its conventions and its calls).

Facemint: init (base64 IP text, PLMN BCD; form), photo verification (multipart: a base85 float32
embedding, an estimated age, the selfie), beauty telemetry (106 landmarks as normalised bytes in
hex), per-frame parallel ``xs``/``ys`` lists (JSON Lines, br), a mask's weights as a CSV string, a
look-alike match (bfloat16 embedding beside a pool of fictional celebrities), a 3D fit in protobuf
(packed zigzag mesh deltas beside the canonical template; zstd), iris landmarks (msgpack), a face
swap (the user's template beside the stock target's), SDK events (JSON Lines, gzip: operator and
NAT64 IP per record); negatives: a mask asset, beauty presets, a LUT list, face-count stats.
Sonari: a voice intro (multipart: base85 x-vector, M4A), a same-speaker check (400-d i-vector, f0),
voice "vibe" features (MFCC means as CSV, bfloat16 embedding), a transcript, a float32 embedding in
protobuf (br), per-note embeddings (JSON Lines, zstd), an age/gender estimate; negatives: a song
fingerprint of the background music, stock filter voices, noise settings, a voice message's
waveform. Tapcadence: per-field base85 dwell/flight (JSON Lines, br), a cadence summary (form), an
IMU window while typing, ``down-up`` pairs of an OTP field (query), delta-of-delta key times, a
device cookie (base64 Android ID) and the login carrying its verdict JWT. ``more()``: a video
date's two faces (msgpack), voice-note embeddings (a top-level array, gzip), a verification retry
(head-turn series, 3D landmarks), typing sessions repeating the IP, PLMN and base85 flight times
per record (JSON Lines, deflate), an SDK crash, a config query. Values are synthetic; hosts are
under example.* (RFC 2606).
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
    IID_NODASH,
    IPLOC,
    JPEG,
    KEYS,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    TEXT,
    UID,
    USAGE,
    VOICE,
    Acc,
    add,
    blend,
    canonical_face,
    device_abbrev,
    dwell_flight,
    encode,
    flat,
    imu,
    jsonl,
    keys,
    landmarks,
    multipart,
    pb,
    points,
    raw,
    tok,
)
from eval_families18_kit import band_gains, f16hex, peaks
from eval_families19_kit import (
    AID_B64,
    FAMOUS,
    IP_B64STR,
    IP_NAT64,
    IP_PADDED,
    PLMN_BCD,
    b85f32,
    b85u16,
    bf16b64,
    chroma,
    csv,
    dod,
    pairs,
    u8hex,
    zz,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, L, case, rnd_hex, rnd_uuid

FM = "https://api.facemint.example.com/v1"
SN = "https://voice.sonari.example.net/v2"
TC = "https://c.tapcadence.example.org/v1"
FKEY = {"X-Facemint-Key": "fm_pub_amorio_2b", "X-Facemint-Install": L(INSTALL_ID, DID)}
SKEY = {"X-Sonari-Key": "sn_pk_amorio_71"}


def facemint() -> list[Case]:
    rng = random.Random(19011)
    out = []
    out.append(case("facemint", f"{FM}/init", fmt="form", body={
        "pkg": "com.example.amorio", "key": "fm_pub_amorio_2b", "iid": L(INSTALL_ID, DID),
        "wan": L(IP_B64STR, IPLOC), "plmn": L(PLMN_BCD, CARRIER), "gpu": L("Mali-G715", DEV)}))
    out.append(multipart("facemint", f"{FM}/verify", [
        ("meta", None, "application/json", {
            "emb": L(b85f32(flat(rng, 512, 0.04)), FACE), "gesture": "peace_sign",
            "liveness": 0.96, "age": L(34, BIRTH), "match": 0.91, "uid": L(USER_ID, UID)}),
        ("selfie", "v.jpg", "image/jpeg", L(JPEG + b"\xb1" * 12, MEDIA)),
    ], headers=FKEY))
    for n in range(2):
        out.append(case("facemint", f"{FM}/beauty/telemetry", headers=FKEY, body={
            "lmk": L(u8hex(landmarks(rng, 106)), FACE), "box": [176, 352, 410, 498],
            "smooth": 0.4, "whiten": 0.2, "fps": 30,
            **({"dev": device_abbrev()} if n == 0 else {"thermal": L("nominal", DEV)})}))
    acc: Acc = {}
    frames = []
    for i in range(8):
        pts = landmarks(rng, 68)
        frames.append({"t": i * 33, "xs": L(pts[0::2], FACE), "ys": L(pts[1::2], FACE),
                       "faces": 1})
    out.append(add(encode(raw("facemint", f"{FM}/live/frames", jsonl(frames, acc),
                              "application/x-ndjson", {}, headers=FKEY), "br"), acc))
    out.append(case("facemint", f"{FM}/mask/apply", headers=FKEY, body={
        "mask": "m_cat_ears", "bs": L(csv(blend(rng)), FACE), "names": "bs52_v1",
        "pose": {"yaw": 4.1, "pitch": -3.0, "roll": 0.6}}))
    out.append(case("facemint", f"{FM}/lookalike", headers=FKEY, body={
        "emb": L(bf16b64(flat(rng, 256, 0.05)), FACE), "pool": "celebs_v3",
        "candidates": FAMOUS[:5], "k": 3}))
    lab: dict[str, str] = {}
    mesh = [round(v * 1000) for v in flat(rng, 204, 0.05)]
    tmpl = canonical_face(68)
    data = pb([(1, "s_" + rnd_hex(rng, 10)), (2, L(zz(mesh), FACE)),
               (3, struct.pack(f"<{len(tmpl)}f", *tmpl)), (4, F32(30.0))], "", lab)
    out.append(encode(raw("facemint", f"{FM}/fit3d", data, "application/x-protobuf", lab,
                          headers=FKEY), "zstd"))
    out.append(case("facemint", f"{FM}/eyes", fmt="msgpack", headers=FKEY, body={
        "iris": L(points(rng, 10, 2, 40.0, 1), FACE), "gaze": [2.5, -7.1], "blink": 0.08}))
    out.append(case("facemint", f"{FM}/swap", headers=FKEY, body={
        "src": L(flat(rng, 128, 0.05), FACE), "tgt": "tpl_knight_04",
        "tgtEmb": flat(rng, 128, 0.05), "strength": 0.8}))
    acc = {}
    evs = ["sdk_init", "verify_start", "verify_pass", "beauty_on", "mask_apply", "mask_off",
           "swap_try", "beauty_off", "beauty_on", "lookalike_try", "mask_apply", "beauty_off"]
    lines = jsonl([{"ev": L(e, USAGE), "iid": L(INSTALL_ID, DID), "op": L("Example Mobile",
                                                                           CARRIER),
                    "ip6": L(IP_NAT64, IPLOC), "ms": rng.randrange(5, 700)}
                   for e in evs], acc)
    out.append(add(encode(raw("facemint", f"{FM}/events", lines, "application/x-ndjson", {},
                              headers=FKEY), "gzip"), acc))
    # negatives: a mask asset, beauty presets, a LUT list, face-count stats
    out.append(case("facemint", f"{FM}/assets/m_cat_ears", body={
        "anchors": canonical_face(106), "uv": points(rng, 24, 2, 0.3), "v": 7, "sz": 184320}))
    out.append(case("facemint", f"{FM}/beauty/presets", body={
        "natural": {"smooth": 0.3, "slim": 0.1}, "glam": {"smooth": 0.7, "slim": 0.3},
        "ttl": 86400}))
    out.append(case("facemint", f"{FM}/luts", query={"ids": "warm_2,film_9,mono_1", "v": "3"}))
    out.append(case("facemint", f"{FM}/stats", body={
        "faces": [1, 1, 2, 1, 0, 1], "fps": [29.8, 30.0, 27.4], "model": "fm_lite_5"}))
    return out


def sonari() -> list[Case]:
    rng = random.Random(19012)
    out = []
    out.append(multipart("sonari", f"{SN}/intros", [
        ("meta", None, "application/json", {"xvec": L(b85f32(flat(rng, 192, 0.05)), VOICE),
                                            "dur": 14.2, "lang": "en", "prompt": "pr_voice_3"}),
        ("audio", "intro.m4a", "audio/mp4", L(M4A + b"\xb2" * 10, MEDIA)),
    ], headers=SKEY))
    out.append(case("sonari", f"{SN}/same-speaker", headers=SKEY, body={
        "ivec": L(flat(rng, 400, 0.1, 3), VOICE), "f0": L(201.4, VOICE), "f0sd": L(23.9, VOICE),
        "against": "vi_" + rnd_hex(rng, 8), "score": 0.88}))
    out.append(case("sonari", f"{SN}/vibe", headers=SKEY, body={
        "mfcc": L(csv(flat(rng, 13, 5.0, 2), 2), VOICE),
        "emb": L(bf16b64(flat(rng, 256, 0.05)), VOICE), "lufs": -18.2, "snr": 24.1}))
    out.append(case("sonari", f"{SN}/intros/vi_31/transcript", headers=SKEY, body={
        "text": L("hi I'm Jane, I grow tomatoes on a roof and I pun a lot", TEXT), "lang": "en",
        "words": [{"s": 280 * i, "e": 280 * i + 220} for i in range(12)]}))
    lab: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, L(struct.pack("<192f", *flat(rng, 192, 0.05)), VOICE)),
               (3, L(F32(203.0), VOICE)), (4, "vi_31")], "", lab)
    out.append(encode(raw("sonari", f"{SN}/enroll", data, "application/x-protobuf", lab,
                          headers=SKEY), "br"))
    acc: Acc = {}
    lines = jsonl([{"note": f"n_{40 + i}", "spk": L(f16hex(flat(rng, 64, 0.05)), VOICE),
                    "iid": L(INSTALL_ID, DID), "dur": round(rng.uniform(2, 25), 1)}
                   for i in range(10)], acc)
    out.append(add(encode(raw("sonari", f"{SN}/notes/features", lines, "application/x-ndjson",
                              {}, headers=SKEY), "zstd"), acc))
    out.append(case("sonari", f"{SN}/estimate", headers=SKEY, body={
        "estAge": L(33, BIRTH), "estGender": L("female", GENDER),
        "spk": L(b85f32(flat(rng, 96, 0.05)), VOICE), "snrDb": 20.7}))
    # negatives: the background music's fingerprint, stock voices, noise settings, a waveform
    out.append(case("sonari", f"{SN}/music/check", headers=SKEY, body={
        "fp": chroma(rng), "dur": 14.2, "isrc": "QZK6R2500412", "action": "mute_bg"}))
    out.append(case("sonari", f"{SN}/filters/deep_radio", body={
        "tgtEmb": flat(rng, 192, 0.05), "pitch": -2, "formant": 0.9, "ttl": 604800}))
    out.append(case("sonari", f"{SN}/noise", headers=SKEY, body={
        "gains": band_gains(rng), "agc": True, "kbps": 32, "floorDb": -58.0}))
    out.append(multipart("sonari", f"{SN}/messages", [
        ("meta", None, "application/json", {"wave": peaks(rng), "to": "m_4410", "dur": 6.1}),
        ("audio", "m.ogg", "audio/ogg", L(OGG + b"\xb3" * 10, MEDIA)),
    ], headers=SKEY))
    return out


def tapcadence() -> list[Case]:
    rng = random.Random(19013)
    out = []
    acc: Acc = {}
    rows = []
    for f in ["email", "password", "email", "password"]:
        dw, fl = dwell_flight(rng, rng.randrange(8, 20))
        rows.append({"f": f, "dw": L(b85u16(dw), KEYS), "fl": L(b85u16(fl), KEYS),
                     "iid": L(IID_NODASH, DID), "pasted": False})
    out.append(add(encode(raw("tapcadence", f"{TC}/fields", jsonl(rows, acc),
                              "application/x-ndjson", {}), "br"), acc))
    out.append(case("tapcadence", f"{TC}/summary", fmt="form", body={
        "mdw": L("96.4", KEYS), "sdw": L("18.2", KEYS), "mfl": L("171.0", KEYS),
        "wpm": L("41", KEYS), "iid": L(INSTALL_ID, DID), "ip": L(IP_PADDED, IPLOC),
        "site": "tc_site_9f2"}))
    out.append(case("tapcadence", f"{TC}/motion", body={
        "imu": L(imu(rng, 40), MOTION), "hold": "one_hand", "iid": L(INSTALL_ID, DID)}))
    out.append(case("tapcadence", f"{TC}/b.gif", query={
        "p": L(pairs(keys(rng, "x" * 6)), KEYS), "f": "otp", "s": rnd_hex(rng, 12),
        "k": "tc_site_9f2"}))
    t, ups = 0, []
    downs = []
    for _ in range(15):
        downs.append(t)
        ups.append(t + rng.randrange(60, 150))
        t += rng.randrange(90, 300)
    out.append(case("tapcadence", f"{TC}/signup", cookies={"tc_d": L(AID_B64, DID)}, body={
        "kd": L(dod(downs), KEYS), "ku": L(dod(ups), KEYS), "field": "bio",
        "n": rnd_hex(rng, 16)}))
    acc = {}
    v = tok({"iid": L(INSTALL_ID, DID), "risk": "low", "bot": 0.02, "exp": 1765003600}, "body",
            "tcv", acc)
    out.append(add(case("amorio", "https://api.amorio.example.com/v3/login", body={
        "email": L(EMAIL, MAIL), "password": L("Sunset-Rooftops-88", CRED), "tcv": v}), acc))
    return out


def more() -> list[Case]:
    """A video date's two faces, a voice-note batch, a retry, typing batches, SDK beacons."""
    rng = random.Random(19014)
    out = []
    out.append(case("facemint", f"{FM}/date/effects", fmt="msgpack", headers=FKEY, body={
        "call": rnd_uuid(rng), "tiles": [
            {"peer": "u_" + rnd_hex(rng, 10), "bs": L(blend(rng), FACE),
             "lmk": L(u8hex(landmarks(rng, 68)), FACE)} for _ in range(2)]}))
    out.append(encode(case("sonari", f"{SN}/notes/batch", headers=SKEY, body=[
        {"note": f"n_{60 + i}", "spk": L(f16hex(flat(rng, 64, 0.05)), VOICE),
         "dur": round(rng.uniform(2, 20), 1), "wave": peaks(rng, 24)} for i in range(5)]),
        "gzip"))
    out.append(case("facemint", f"{FM}/verify/retry", headers=FKEY, body={
        "turn": L([{"t": i * 50, "yaw": round(-30 + 4 * i, 1), "pitch": round(rng.gauss(0, 2), 1)}
                   for i in range(14)], MOTION),
        "lm3": L(points(rng, 68, 3, 0.08), FACE), "attempt": 2, "id": rnd_uuid(rng)}))
    acc: Acc = {}
    evs = ["focus_email", "blur_email", "focus_password", "submit", "focus_bio", "blur_bio",
           "focus_message", "submit", "focus_message", "submit", "focus_search", "submit"]
    lines = jsonl([{"ev": L(e, USAGE), "iid": L(INSTALL_ID, DID), "ip": L(IP_PADDED, IPLOC),
                    "plmn": L(PLMN_BCD, CARRIER),
                    "fl": L(b85u16(dwell_flight(rng, 9)[1]), KEYS), "t": 1765001000 + 7 * i}
                   for i, e in enumerate(evs)], acc)
    out.append(add(encode(raw("tapcadence", f"{TC}/session", lines, "application/x-ndjson", {}),
                          "deflate"), acc))
    out.append(case("facemint", f"{FM}/sdk/crash", headers=FKEY, body={
        "sig": "SIGABRT", "frames": [hex(0x7F00000000 + rng.getrandbits(24)) for _ in range(5)],
        "dev": {"model": L("Pixel 8", DEV), "os": L("14", DEV), "abi": L("arm64-v8a", DEV)},
        "sdk": "6.1.2", "id": rnd_uuid(rng)}))
    out.append(case("sonari", f"{SN}/config", query={
        "iid": L(INSTALL_ID, DID), "sim": L("us", CARRIER), "v": "2.9.0", "bucket": "vad_b"}))
    return out
