"""Blind set seventeen, part six: the founding case's face and voice side, the effects SDK
("Facekit", fictional) and the voice-features SDK ("Soundid", fictional) embedded in the
short-video app, each faceprint and voiceprint beside look-alikes that must not be flagged (see
``eval_families17.py`` for the rules of this set, its conventions and its calls).

Faces: effect telemetry (106 landmarks beside a face box, face count, beauty intensities and a
single head pose), a 3D morphable model fit (identity and expression coefficients beside the
bundle's canonical template), a face swap (multipart photo, base64url float32 embeddings of the
user and a tagged friend), per-frame landmarks and blendshapes (msgpack), an age/gender lens, a
packed float32 landmark frame in protobuf (deflate), a hand-gesture effect, account recovery
(liveness template, head-turn challenge, selfie), a cartoon-avatar mesh; negatives: a pet
filter's landmarks, the effect catalogue (canonical face, sticker anchors, a prop mesh), face
blur boxes, an uploaded avatar's vertices. Voices: a voice filter (a speaker embedding and f0
statistics beside pitch-shift settings), a voice-over (multipart M4A, transcript, MFCC means,
x-vector), a float32 x-vector in protobuf (zstd), text-to-speech text, auto-captions, a voice
enrolment; negatives: a song-recognition fingerprint with a loudness envelope, a karaoke pitch
contour and score, the voice preset list. ``more()``: per-frame landmarks (JSON Lines, zstd),
a group selfie's embeddings, voice takes (top-level array, gzip), live beauty stats (landmarks
and blendshapes per second, br), lip-sync mouth landmarks, a voice unlock (x-vector, WAV, a
noise-floor look-alike); negatives: a mannequin try-on and preset expressions. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
import struct

from eval_families17_kit import (
    BIRTH,
    DEV,
    DID,
    F32,
    FACE,
    GENDER,
    JPEG,
    M4A,
    MEDIA,
    MOTION,
    SENS,
    TEXT,
    UID,
    VOICE,
    WAV,
    add,
    anchors,
    audio_fp,
    blend,
    canonical_face,
    device_abbrev,
    encode,
    f32b64,
    flat,
    jsonl,
    landmarks,
    multipart,
    obj_mesh,
    pb,
    pet_landmarks,
    points,
    raw,
    tok,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, L, case, rnd_hex, rnd_uuid

FX = "https://fx.facekit.example.com/v3"
VX = "https://api.soundid.example.net/v2"


def facefx() -> list[Case]:
    rng = random.Random(17016)
    out = []
    key = {"X-Facekit-License": "fk_lic_reelio_2f8a", "X-Facekit-Device": L(INSTALL_ID, DID)}
    for n in range(2):
        out.append(case("reelfx", f"{FX}/telemetry", headers=key, body={
            "effect": f"fx_glow_{n}", "fps": 29.6, "faceCount": 1,
            "box": [212, 388, 460, 520], "lm106": L(landmarks(rng, 106), FACE),
            "pose": {"yaw": 4.2, "pitch": -3.1, "roll": 0.7},
            "beauty": {"smooth": 0.55, "whiten": 0.2, "slimFace": 0.3, "bigEye": 0.15},
            "dev": device_abbrev() if n == 0 else {"gpu": L("Mali-G715", DEV)}}))
    out.append(encode(case("reelfx", f"{FX}/fit3dmm", headers=key, body={
        "idCoeffs": L(flat(rng, 80, 0.3), FACE), "exprCoeffs": L(flat(rng, 64, 0.2), FACE),
        "template": canonical_face(), "basis": "mm-basis-lite", "iters": 12}), "gzip"))
    out.append(multipart("reelfx", f"{FX}/swap", [
        ("meta", None, "application/json", {
            "src": L(f32b64(flat(rng, 256, 0.05), urlsafe=True), FACE),
            "dst": L(f32b64(flat(rng, 256, 0.05), urlsafe=True), FACE),
            "dstUser": L("lena.sings", UID), "blend": 0.8}),
        ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\xa1" * 10, MEDIA)),
    ], headers=key))
    frames = [{"t": i * 33, "bs": L(blend(rng), FACE), "lm": L(landmarks(rng, 68), FACE)}
              for i in range(5)]
    out.append(case("reelfx", f"{FX}/track", fmt="msgpack", headers=key, body={
        "frames": frames, "effect": "fx_mask_7", "fps": 30}))
    out.append(case("reelfx", f"{FX}/lens/age", headers=key, body={
        "estAge": L(33, BIRTH), "estGender": L("female", GENDER), "faceShape": L("oval", FACE),
        "skinTone": L("#b98865", SENS), "lens": "age_time_machine", "score": 0.91}))
    lab: dict[str, str] = {}
    lm = landmarks(rng, 106)
    data = pb([(1, "s_" + rnd_hex(rng, 10)), (2, L(struct.pack(f"<{len(lm)}f", *lm), FACE)),
               (3, "fx_glow_1"), (4, F32(29.6))], "", lab)
    out.append(encode(raw("reelfx", f"{FX}/frame", data, "application/x-protobuf", lab,
                          headers=key), "deflate"))
    out.append(case("reelfx", f"{FX}/gesture", headers=key, body={
        "hands": L([points(rng, 21, 3, 0.2) for _ in range(4)], MOTION), "gesture": "heart",
        "effect": "fx_heart_hands"}))
    acc: dict[tuple[str, str], str] = {}
    ck = tok({"sub": L(USER_ID, UID), "scope": "recovery", "exp": 1764803000}, "cookie",
             "rec_tok", acc)
    out.append(add(multipart("reelfx", "https://api.reelio.example.com/v4/account/recover", [
        ("check", None, "application/json", {
            "template": L(f32b64(flat(rng, 512, 0.04)), FACE), "liveness": 0.97,
            "challenge": L([{"t": i * 50, "yaw": round(-30 + i * 4.1, 1),
                             "pitch": round(rng.gauss(0, 2), 1)} for i in range(16)], MOTION)}),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xa2" * 10, MEDIA)),
    ], cookies={"rec_tok": ck}), acc))
    out.append(case("reelfx", f"{FX}/avatar/build", headers=key, body={
        "mesh": L(points(rng, 468, 3, 0.08), FACE), "style": "toon", "hair": "bob_03"}))
    # negatives: a pet filter, the effect catalogue, blur boxes, an uploaded avatar
    out.append(case("reelfx", f"{FX}/telemetry", headers=key, body={
        "effect": "fx_cat_ears", "species": "cat", "petLandmarks": pet_landmarks(rng),
        "fps": 30.0, "faceCount": 0}))
    out.append(case("reelfx", f"{FX}/effects/fx_glow_1", body={
        "template": canonical_face(), "anchors": anchors(rng, 4), "prop": obj_mesh(rng, 40),
        "lut": [round(rng.random(), 3) for _ in range(32)]}))
    out.append(case("reelfx", f"{FX}/blur", headers=key, body={
        "boxes": [[40 + 60 * i, 300, 120, 140] for i in range(3)], "strength": 0.9}))
    out.append(case("reelfx", f"{FX}/avatar/upload", headers=key, fmt="msgpack", body={
        "name": "toon_v1", "verts": struct.pack("<90f", *[v for p in obj_mesh(rng, 30)
                                                         for v in p]),
        "rig": ["jaw", "brow_l", "brow_r"]}))
    return out


def voice() -> list[Case]:
    rng = random.Random(17017)
    out = []
    key = {"X-Soundid-Key": "sid_pub_reelio_77", "X-Soundid-Install": L(INSTALL_ID, DID)}
    out.append(case("reelvox", f"{VX}/filter/apply", headers=key, body={
        "spk": L(f32b64(flat(rng, 192, 0.05)), VOICE),
        "f0": {"mean": L(208.7, VOICE), "sd": L(28.4, VOICE)},
        "filter": {"name": "helium", "semitones": 7, "formant": 1.25, "mix": 0.9}}))
    out.append(multipart("reelvox", f"{VX}/voiceover", [
        ("meta", None, "application/json", {
            "transcript": L("okay so this is the bagel place I keep telling you about", TEXT),
            "mfcc": L(flat(rng, 13, 3.0, 2), VOICE), "xvec": L(flat(rng, 512, 0.04), VOICE),
            "lang": "en"}),
        ("audio", "vo.m4a", "audio/mp4", L(M4A + b"\xb1" * 12, MEDIA)),
    ], headers=key))
    lab: dict[str, str] = {}
    xv = flat(rng, 128, 0.05)
    data = pb([(1, L(USER_ID, UID)), (2, L(struct.pack("<128f", *xv), VOICE)),
               (3, F32(201.5)), (4, "diarize_v2")], "", lab)
    lab["3"] = VOICE
    out.append(encode(raw("reelvox", f"{VX}/speaker", data, "application/x-protobuf", lab,
                          headers=key), "zstd"))
    out.append(case("reelvox", f"{VX}/tts", headers=key, body={
        "text": L("when your mom finds your secret snack drawer", TEXT), "voice": "jessie",
        "speed": 1.1}))
    said = "okay so this is the bagel place"
    out.append(case("reelvox", f"{VX}/captions", headers=key, body={
        "text": L(said, TEXT), "lang": "en",
        "words": [{"w": w, "s": 300 * i, "e": 300 * i + 250}
                  for i, w in enumerate(said.split(" "))]}))
    out.append(case("reelvox", f"{VX}/enroll", headers=key, body={
        "user": L(USER_ID, UID), "emb": L(flat(rng, 256, 0.05), VOICE),
        "formants": L([610, 1720, 2650], VOICE), "phrase": "my voice is my pass",
        "session": rnd_uuid(rng)}))
    acc: dict[tuple[str, str], str] = {}
    rt = tok({"sub": L(USER_ID, UID), "aud": "soundid", "exp": 1764890000}, "cookie", "sid_rt",
             acc)
    out.append(add(case("reelvox", f"{VX}/enroll/confirm", cookies={"sid_rt": rt}, body={
        "ok": True, "session": rnd_uuid(rng)}), acc))
    # negatives: song recognition, a karaoke contour, the preset list
    out.append(case("reelvox", f"{VX}/music/identify", headers=key, body={
        "fp": audio_fp(rng), "loudness": [round(rng.uniform(-30, -8), 1) for _ in range(40)],
        "offsetMs": 4200, "durMs": 8000}))
    out.append(case("reelvox", f"{VX}/karaoke/score", headers=key, body={
        "contour": [round(220 * 2 ** (rng.randrange(-5, 6) / 12), 1) for _ in range(60)],
        "ref": "song_4471", "score": 87, "perLine": [91, 84, 88]}))
    out.append(case("reelvox", f"{VX}/presets", query={"v": "12", "lang": "en"}))
    return out


def more() -> list[Case]:
    """Per-frame landmarks (JSON Lines, zstd), a group selfie's three face embeddings, voice
    takes (a top-level array), and look-alikes: a mannequin try-on and preset expressions."""
    rng = random.Random(17022)
    out = []
    key = {"X-Facekit-License": "fk_lic_reelio_2f8a"}
    acc: dict[tuple[str, str], str] = {}
    lines = jsonl([{"t": i * 33, "lm": L(landmarks(rng, 106), FACE), "box": [200, 380, 470, 530],
                    "fx": "fx_glow_1"} for i in range(14)], acc)
    out.append(add(encode(raw("reelfx", f"{FX}/frames", lines, "application/x-ndjson", {},
                              headers=key), "zstd"), acc))
    tags = ["jane.walks", "lena.sings", ""]
    out.append(case("reelfx", f"{FX}/group/tag", headers=key, body={"faces": [
        {"box": [60 + 200 * i, 300, 180, 220], "emb": L(flat(rng, 128, 0.06), FACE),
         "tag": L(t, UID) if t else None} for i, t in enumerate(tags)]}))
    out.append(encode(case("reelvox", f"{VX}/takes", body=[
        {"take": i, "spk": L(f32b64(flat(rng, 192, 0.05)), VOICE),
         "f0": L(round(rng.uniform(195, 225), 1), VOICE), "semitones": i % 5 - 2,
         "clip": "a_" + rnd_hex(rng, 8)} for i in range(6)]), "gzip"))
    out.append(case("reelfx", f"{FX}/tryon/preview", headers=key, body={
        "model": "mannequin_f2", "lm106": canonical_face(), "mesh": points(rng, 60, 3, 0.08),
        "product": "sunglasses_22"}))
    out.append(case("reelfx", f"{FX}/presets/expressions", body={
        "pack": "emoji-basic", "clips": [{"name": n, "weights": blend(rng)}
                                         for n in ("wink", "surprise", "smirk")]}))
    acc = {}
    live = jsonl([{"sec": i, "lm68": L(landmarks(rng, 68), FACE), "bs": L(blend(rng), FACE),
                   "beauty": {"smooth": 0.6, "bigEye": 0.2}, "faces": 1} for i in range(8)], acc)
    out.append(add(encode(raw("reelfx", f"{FX}/live/stats", live, "application/x-ndjson", {},
                              headers=key), "br"), acc))
    out.append(case("reelfx", f"{FX}/lipsync", headers=key, body={
        "mouth": L([landmarks(rng, 20) for _ in range(3)], FACE), "song": "song_4471",
        "beatMs": [round(i * 468.75, 2) for i in range(16)], "score": 0.74}))
    out.append(multipart("reelvox", f"{VX}/unlock", [
        ("meta", None, "application/json", {
            "xvec": L(flat(rng, 256, 0.05), VOICE), "user": L(USER_ID, UID),
            "noiseFloorDb": [round(rng.uniform(-70, -50), 1) for _ in range(24)],
            "phrase": "open my drafts"}),
        ("sample", "s.wav", "audio/wav", L(WAV + b"\xc1" * 12, MEDIA)),
    ], headers={"X-Soundid-Key": "sid_pub_reelio_77"}))
    return out
