"""Blind set nine, part two: a mental-health journaling/therapy-chat app and a smart-ring sleep
tracker's companion app (see ``eval_families9.py`` for the rules of this set and its labelling
conventions).

Fictional apps with request shapes typical of their kind: the journal app's entries (plain and
client-side encrypted with the mood in clear), mood check-ins (form), a PHQ-9 questionnaire, a
crisis-risk event, therapy-chat messages with typing cadence, a voice journal (multipart), an
emergency contact and third-party analytics; the ring app's pairing, BLE sync batches relayed
as JSON, msgpack and schema-less protobuf (brotli), sleep sessions with a hypnogram, readiness,
an auto-detected workout, a firmware check and the phone's push registration. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random

from eval_families6_kit import F32, encode, multipart, pb, raw
from eval_families7_kit import floats
from eval_families9_kit import (
    ADID,
    ANDROID_ID,
    CRED,
    DEV,
    DID,
    EMAIL,
    FIT,
    GAID,
    HW,
    INSTALL_ID,
    KEYS,
    LAT,
    LON,
    MAC,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_payloads import SERIAL, USER_ID, Case, L, case, rnd_hex, rnd_uuid

MJ = "https://api.mindjar.example.com"
RING = "https://sync.orbring.example.io"
MT = MED + "|" + TEXT


def journal() -> list[Case]:
    rng = random.Random(9201)
    hdr = {"authorization": L("Bearer mj." + rnd_hex(rng, 48), CRED),
           "x-mj-user": L(USER_ID, UID), **device_headers()}
    entries = ["Couldn't get out of bed again. Skipped work, told them I had a migraine.",
               "Therapy helped today. We talked about my dad's drinking and the panic attacks.",
               "Started sertraline 50mg last week, sleeping a bit better."]
    out = [case("journal", f"{MJ}/v2/entries", headers=hdr, body={
        "entry": {"id": rnd_uuid(rng), "text": L(t, MT), "mood": L(m, MED),
                  "tags": L(tags, MED), "wordCount": len(t.split()),
                  "createdAt": 1764240000 + n * 86400, "promptId": f"pr_{n + 11}"}})
        for n, (t, m, tags) in enumerate(zip(entries, [2, 4, 3],
                                             [["depression", "work"], ["anxiety", "family"],
                                              ["medication"]], strict=True))]
    out.append(case("journal", f"{MJ}/v2/entries", headers=hdr, body={
        "entry": {"id": rnd_uuid(rng), "e2ee": True,
                  "ciphertext": base64.b64encode(rng.randbytes(96)).decode(),
                  "nonce": base64.b64encode(rng.randbytes(12)).decode(), "keyVersion": 2,
                  "mood": L(1, MED), "tags": L(["self_harm_urge"], MED)}}))
    for d in range(3):
        out.append(case("journal", f"{MJ}/v2/checkins", headers=hdr, fmt="form", body={
            "mood": L(str(3 + d % 2), MED), "energy": L(str(2 + d), MED),
            "anxiety": L(str(4 - d), MED), "emotions": L(["lonely,tired", "hopeful",
                                                           "numb,anxious"][d], MED),
            "sleep_hours": L(["5.5", "7", "4"][d], FIT), "day": f"2026-11-{24 + d}",
            "client_id": rnd_hex(rng, 12)}))
    answers = [2, 3, 1, 2, 2, 1, 3, 0, 1]
    out.append(case("journal", f"{MJ}/v2/assessments", headers=hdr, body={
        "instrument": "PHQ-9", "version": "2001", "answers": L(answers, MED),
        "score": L(sum(answers), MED), "severity": L("moderately_severe", MED),
        "item9Positive": L(True, MED), "completedMs": 84000}))
    out.append(case("journal", f"{MJ}/v2/safety/events", headers=hdr, body={
        "riskLevel": L("high", MED), "trigger": "keyword",
        "matchedPhrase": L("don't want to be here anymore", MT),
        "hotlineShown": "988", "resourcesOpened": L(["crisis_text_line"], USAGE),
        "location": {"lat": L(round(LAT + 4e-4, 5), PRECISE), "lon": L(round(LON + 2e-4, 5),
                                                                        PRECISE)},
        "eventId": rnd_uuid(rng)}))
    gaps = [[142, 98, 201, 88, 130], [77, 310, 95, 160, 121, 99]]
    msgs = ["I had another panic attack on the subway this morning",
            "yes, the breathing exercise helped a little"]
    for n, (m, g) in enumerate(zip(msgs, gaps, strict=True)):
        out.append(case("journal", f"{MJ}/v2/therapy/rooms/rm_3391/messages", headers=hdr, body={
            "clientMsgId": rnd_uuid(rng), "text": L(m, MT),
            "therapist": {"id": "th_0412", "displayName": "Dr. Alex Kim"},
            "typing": {"interKeyMs": L(g, KEYS), "backspaces": L(3 + n, KEYS),
                       "composeMs": L(sum(g) * 9, KEYS)},
            "sentAt": 1764252000 + n * 95}))
    out.append(multipart("journal", f"{MJ}/v2/voice-entries", [
        ("audio", "entry.wav", "audio/wav", L(WAV, "content.media")),
        ("meta", None, "application/json", {
            "transcript": L("I'm so tired of pretending I'm fine at work", MT),
            "durationMs": 41000, "lang": L("en-US", DEV), "mood": L(2, MED)})], headers=hdr))
    out.append(case("journal", f"{MJ}/v2/safety/contacts", headers=hdr, body={
        "name": L("Maria Doe", NAMEC), "phone": L("+15550104477", TEL),
        "relationship": "sister", "notifyOnCrisis": True}))
    out.append(case("journal", "https://api.evtpipe.example.com/batch", gz=True, body={
        "writeKey": "wk_" + rnd_hex(rng, 20), "batch": [
            {"type": "screen", "name": L(s, USAGE), "anonymousId": L(INSTALL_ID, DID),
             "userId": L(USER_ID, UID), "messageId": rnd_uuid(rng),
             "context": {"device": {"advertisingId": L(GAID, ADID), "model": L("Pixel 8", DEV)},
                         "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "properties": {"streak_days": 12}} for s in ["JournalEditor", "MoodHistory"]]}))
    keyev = [{"e": "d" if i % 2 == 0 else "u", "t": 1764252500000 + i * 60 + (i % 3) * 17}
             for i in range(24)]
    out.append(case("journal", f"{MJ}/v2/companion/chat", headers=hdr, body={
        "threadId": "thr_" + rnd_hex(rng, 12), "model": "companion-2",
        "message": L("why do I feel worse on sundays", MT),
        "keystrokes": L(keyev, KEYS), "deletions": L(4, KEYS),
        "inputMethod": "gboard", "clientTs": 1764252502000}))
    out.append(case("journal", f"{MJ}/v2/medications", headers=hdr, body={
        "name": L("sertraline", MED), "dose": L("50 mg", MED), "schedule": "daily",
        "time": "08:00", "prescriber": L("Dr. Lena Okafor", NAMEC), "refillReminder": True}))
    out.append(case("journal", f"{MJ}/v2/settings/reminders", headers=hdr, body={
        "time": "21:30", "days": [1, 2, 3, 4, 5], "timezone": L("America/New_York", DEV),
        "pushToken": L("fcm:" + rnd_hex(rng, 64), DID)}))
    out.append(case("journal", f"{MJ}/v2/account/email", headers=hdr, body={
        "email": L(EMAIL, MAIL), "verify": True}))
    return out


def ring() -> list[Case]:
    rng = random.Random(9202)
    ring_sn, ring_mac = "OR3-2K7Q91X", "E8:2A:44:0B:9D:17"
    hdr = {"Authorization": L("Bearer orb_" + rnd_hex(rng, 40), CRED),
           "X-Orb-App-Instance": L(INSTALL_ID, DID), **device_headers()}
    out = [case("ring", f"{RING}/v1/rings/pair", headers=hdr, body={
        "serial": L(ring_sn, HW), "mac": L(ring_mac, HW), "hwRev": "gen3-b", "fw": "2.9.14",
        "size": L(9, FIT), "finger": "index_left", "color": "matte_black",
        "phone": {**device_camel(), "serial": L(SERIAL, HW)}})]
    for b in range(4):
        t0 = 1764200000 + b * 3600
        body = {"ring": {"serial": L(ring_sn, HW), "battery": L(71 - b * 3, DEV),
                         "fw": "2.9.14"},
                "window": {"start": t0, "end": t0 + 3600, "seq": 5510 + b},
                "hr": L([rng.randint(52, 68) for _ in range(12)], FIT),
                "hrvRmssd": L([round(rng.uniform(28, 64), 1) for _ in range(12)], FIT),
                "spo2": L([rng.randint(94, 99) for _ in range(6)], FIT),
                "skinTempDelta": L([round(rng.gauss(0, 0.2), 2) for _ in range(6)], FIT),
                "respRate": L(round(rng.uniform(13, 16), 1), FIT),
                "steps": L(rng.randint(0, 40), FIT), "crc": rnd_hex(rng, 8)}
        out.append(case("ring", f"{RING}/v1/samples", headers=hdr, body=body,
                        fmt="msgpack" if b % 2 else "json"))
    labels: dict[str, str] = {}
    data = pb([(1, L(ring_sn, HW)), (2, L(ring_mac.replace(":", "").lower(), HW)),
               (3, 1764215000),
               # packed samples: raw sensor frames, not legible without the schema
               (4, bytes(rng.randbytes(64))), (5, [(1, 58), (2, F32(41.5))]),
               (6, L("2.9.14-orb", DEV)), (7, rnd_hex(rng, 16))], "", labels)
    out.append(encode(raw("ring", f"{RING}/v1/raw", data, "application/x-protobuf", labels,
                          headers=hdr), "br"))
    stages = "".join(rng.choice("1234") for _ in range(96))
    for n in range(2):
        out.append(case("ring", f"{RING}/v1/sleep", headers=hdr, body={
            "sessionId": rnd_uuid(rng), "bedtimeStart": L(f"2026-11-{25 + n}T23:4{n}:00-05:00",
                                                          FIT),
            "bedtimeEnd": L(f"2026-11-{26 + n}T07:1{n}:00-05:00", FIT),
            "hypnogram5min": L(stages, FIT), "totalSleepMin": L(431 - n * 22, FIT),
            "deepMin": L(82 - n * 5, FIT), "remMin": L(101, FIT), "efficiency": L(0.91, FIT),
            "lowestHr": L(49 + n, FIT), "avgHrv": L(46.2, FIT),
            "tempDeviation": L(round(0.1 + n * 0.3, 2), FIT), "algoVersion": "s5.2"}))
    out.append(case("ring", f"{RING}/v1/readiness", headers=hdr, body={
        "day": "2026-11-27", "score": L(78, FIT),
        "contributors": {"restingHr": L(52, FIT), "hrvBalance": L(0.64, FIT),
                         "recovery": L(81, FIT), "previousActivity": L(70, FIT)},
        "cycleInsights": {"predictedPeriod": L("2026-12-01", MED),
                          "phase": L("luteal", MED)}}))
    out.append(case("ring", f"{RING}/v1/workouts", headers=hdr, body={
        "autoDetected": True, "activity": L("running", FIT), "startMs": 1764246000000,
        "durationMin": L(34, FIT), "kcal": L(338, FIT), "avgHr": L(151, FIT),
        "intensity": L("high", FIT), "confirmedByUser": True, "workoutId": rnd_uuid(rng)}))
    out.append(case("ring", f"{RING}/v1/share/clinician", headers=hdr, body={
        "recipientEmail": L("l.okafor@clinic.example.org", MAIL),
        "recipientName": L("Dr. Lena Okafor", NAMEC), "range": ["2026-10-28", "2026-11-27"],
        "include": ["sleep", "hr", "temperature"],
        "message": L("Here is my sleep data before the sleep study next week", f"{TEXT}|{MED}"),
        "format": "pdf"}))
    for d in range(2):
        out.append(case("ring", f"{RING}/v1/activity/daily", headers=hdr, body={
            "day": f"2026-11-{25 + d}", "steps": L(rng.randint(6000, 12000), FIT),
            "met1min": L([round(rng.uniform(0.9, 6.5), 1) for _ in range(30)], FIT),
            "activeKcal": L(rng.randint(300, 700), FIT), "inactivityAlerts": d,
            "targetKcal": 450}))
    out.append(case("ring", "https://api.evtpipe.example.com/v1/t", query={
        "e": L("sleep_report_viewed", USAGE), "uid": L(USER_ID, UID),
        "aid": L(GAID, ADID), "ms": L("4210", USAGE), "v": "5.3.1", "n": rnd_hex(rng, 8)}))
    out.append(case("ring", f"{RING}/v1/firmware/check", headers={
        "User-Agent": L("OrbRing/5.3.1 (Android 14; Pixel 8)", DEV)}, query={
        "serial": L(ring_sn, HW), "hw": "gen3-b", "current": "2.9.14", "channel": "stable"}))
    out.append(case("ring", f"{RING}/v1/profile", headers=hdr, body={
        "userId": L(USER_ID, UID), "heightCm": L(168, FIT), "weightKg": L(61.5, FIT),
        "birthDate": L("1990-04-12", "personal.birthdate"),
        "biologicalSex": L("female", "personal.gender"), "email": L(EMAIL, MAIL)}))
    out.append(case("ring", f"{RING}/v1/devices/push", headers=hdr, body={
        "token": L("fcm_" + rnd_hex(rng, 80), DID), "androidId": L(ANDROID_ID, DID),
        "phoneBtMac": L(MAC, HW), "device": device_snake()}))
    out.append(case("ring", "https://log.bleprobe.example.dev/v1/diag", body={
        "session": rnd_uuid(rng), "rssi": floats(rng, 20, 4.0, 1), "connIntervalMs": 30,
        "mtu": 247, "gattErrors": [133, 8], "phoneModel": L("Pixel 8", DEV),
        "ringSerialSha1": L(sha("sha1", ring_sn), HW)}))
    return out
