"""Blind set twelve, part six: a health-data aggregation SDK and an SMS/OTP phone-verification
SDK (see ``eval_families12.py`` for the rules of this set, its conventions and its calls).

Health (in the style of Terra-like aggregators): auth-token request, activity, sleep, body and
daily payloads from several wearables (user/provider envelope, summary and detailed samples,
device data with serials), menstruation data, a msgpack BLE-glucometer batch, JSON Lines
backfill, zstd/gzip bodies, gzip+base64 wrapped samples, a provider-list negative.
OTP: verification start (JSON; Twilio-style form with Basic auth), code check, SIM and carrier
check, silent network auth (hashed number in the query, MSISDN header), device attestation token,
the SMS Retriever message, a number in the URL path, base64 and protobuf, rate-limit negatives.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families6_kit import encode, jwt, pb, raw
from eval_families7_kit import enc, jsonl, with_labels
from eval_families9_kit import (
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FIT,
    GENDER,
    HW,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    SIM,
    TEL,
    UA,
    UID,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_families10_kit import Acc, near
from eval_payloads import (
    EMAIL,
    ICCID,
    IMSI,
    INSTALL_ID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

HA = "https://api.vitalsync.example.com"
OTP = "https://verify.codepass.example.net"
APP = "https://api.shopbright.example.com"
NATIONAL, DIGITS, DASHED = "(555) 010-0199", "5550100199", "555-010-0199"
TERRA_ID = "vs_usr_5b21e0c4a9"
WEAR = [("GARMIN", "Forerunner 265", "3391842201"), ("OURA", "Ring Gen3", "2A3F9C10B7"),
        ("HEALTH_CONNECT", "Pixel Watch 2", "4C1B2A77X1")]


def _env(k: int) -> dict[str, Any]:
    prov, name, serial = WEAR[k % 3]
    return {"user": {"user_id": L(TERRA_ID, UID), "provider": prov,
                     "reference_id": L(USER_ID, UID), "last_webhook_update": None},
            "device_data": {"name": name, "serial_number": L(serial, HW),
                            "software_version": "19.20", "manufacturer": prov.title()}}


def health() -> list[Case]:
    rng = random.Random(12011)
    out = [case("health", f"{HA}/v2/auth/generateAuthToken", headers={
        "dev-id": "shopbright-prod-1a2b", "x-api-key": L("vsk_" + rnd_hex(rng, 32), CRED)},
        body={"reference_id": L(USER_ID, UID), "providers": "GARMIN,OURA,HEALTH_CONNECT",
              "install_id": L(INSTALL_ID, DID)})]
    for k in range(3):
        hr = [{"timestamp": f"2026-11-27T07:{i:02d}:00Z", "bpm": L(120 + rng.randrange(30), FIT)}
              for i in range(5)]
        pos = [{"coords_lat_lng_deg": L(list(near(i + k * 6)), PRECISE),
                "timestamp": f"2026-11-27T07:{i:02d}:00Z"} for i in range(3)]
        out.append(case("health", f"{HA}/v2/sdk/activity", gz=k == 0, headers={
            "dev-id": "shopbright-prod-1a2b", "Authorization": L("Bearer " + rnd_hex(rng, 40),
                                                                CRED)}, body={
            **_env(k), "data": [{
                "metadata": {"summary_id": rnd_uuid(rng), "type": L("RUNNING", FIT),
                             "name": L("Morning run with Sam", "content.text"),
                             "start_time": "2026-11-27T07:00:00Z",
                             "end_time": "2026-11-27T07:41:00Z"},
                "distance_data": {"summary": {"steps": L(6120 + k, FIT),
                                              "distance_meters": L(5230.5, FIT)}},
                "heart_rate_data": {"summary": {"avg_hr_bpm": L(141, FIT),
                                                "max_hr_bpm": L(172, FIT),
                                                "resting_hr_bpm": L(58, FIT)},
                                    "detailed": {"hr_samples": hr}},
                "calories_data": {"total_burned_calories": L(412.0, FIT)},
                "position_data": {"position_samples": pos,
                                  "start_pos_lat_lng_deg": L(list(near(k * 6)), PRECISE)}}]}))
    for k in range(2):
        out.append(encode(case("health", f"{HA}/v2/sdk/sleep", body={**_env(k + 1), "data": [{
            "metadata": {"start_time": "2026-11-26T23:10:00Z", "end_time": "2026-11-27T06:40:00Z",
                         "is_nap": False, "summary_id": rnd_uuid(rng)},
            "sleep_durations_data": {"asleep": {"duration_asleep_state_seconds": L(24120, FIT),
                                                "duration_deep_sleep_state_seconds": L(4800, FIT),
                                                "duration_REM_sleep_state_seconds": L(5400, FIT)},
                                     "hypnogram_samples": L([{"timestamp": i * 1800,
                                                              "level": rng.randrange(1, 5)}
                                                             for i in range(14)], FIT)},
            "respiration_data": {"breaths_data": {"avg_breaths_per_min": L(14.2, FIT)},
                                 "oxygen_saturation_data": {"avg_saturation_percentage":
                                                            L(96.1, FIT)}},
            "temperature_data": {"delta": L(0.4, FIT)},
            "heart_rate_data": {"summary": {"avg_hrv_rmssd": L(48.0, FIT)}}}]}),
            ["zstd", "br"][k]))
    out.append(case("health", f"{HA}/v2/sdk/body", body={**_env(2), "data": [{
        "measurements_data": {"measurements": [{"weight_kg": L(64.2, FIT), "BMI": L(22.8, FIT),
                                                "bodyfat_percentage": L(27.5, FIT),
                                                "height_cm": L(168, FIT)}]},
        "glucose_data": {"blood_glucose_samples": [
            {"timestamp": f"2026-11-27T0{i}:00:00Z",
             "blood_glucose_mg_per_dL": L(98 + i * 21, MED)} for i in range(4)]},
        "blood_pressure_data": {"blood_pressure_samples": [
            {"timestamp": "2026-11-27T08:00:00Z", "systolic_bp": L(132, MED),
             "diastolic_bp": L(86, MED)}]},
        "menstruation_data": {"period_start_date": L("2026-11-19", MED),
                              "current_phase": L("follicular", MED),
                              "cycle_length_days": L(29, MED)}}]}))
    acc: Acc = {}
    daily = enc([{"date": f"2026-11-2{d}", "steps": L(8000 + d * 311, FIT),
                  "active_minutes": L(45 + d, FIT), "vo2max": L(41.5, FIT),
                  "stress_avg": L(31 + d, FIT)} for d in range(3)], "body", "samples", "gzb64",
                acc)
    out.append(with_labels(case("health", f"{HA}/v2/sdk/daily", body={
        "user": {"user_id": L(TERRA_ID, UID), "provider": "GARMIN"}, "samples": daily,
        "checksum": rnd_hex(rng, 32)}), acc))
    out.append(case("health", f"{HA}/v2/sdk/meter", fmt="msgpack", body={
        "meter": {"mac": L("d4:3b:04:aa:19:7e", HW), "model": "GlucoCheck Mini",
                  "fw": "1.0.7"}, "ref": L(USER_ID, UID),
        "readings": [{"t": 1764230000 + i * 14400, "mgdl": L(105 + i * 9, MED),
                      "meal": L(["before", "after"][i % 2], MED)} for i in range(4)],
        "insulin": [{"t": 1764231000, "units": L(4.5, MED), "type": L("rapid", MED)}]}))
    acc = {}
    lines = jsonl([{"type": "user", "first_name": L("Jane", NAMEC), "last_name": L("Doe", NAMEC),
                    "email": L(EMAIL, MAIL), "date_of_birth": L("1990-04-12", BIRTH),
                    "sex": L("FEMALE", GENDER), "city": L("New York", COARSE)},
                   {"type": "backfill", "provider": "OURA", "from": "2026-10-01",
                    "to": "2026-11-27", "job": rnd_uuid(rng)},
                   {"type": "nutrition", "date": "2026-11-26", "calories": L(1840, FIT),
                    "water_ml": L(1900, FIT), "alcohol_units": L(3, MED)}], acc)
    out.append(with_labels(raw("health", f"{HA}/v2/sdk/profile", lines, "application/x-ndjson",
                               {}), acc))
    out.append(case("health", f"{HA}/v2/integrations", query={
        "sdk": "1.6.2", "platform": L("android", DEV), "etag": rnd_hex(rng, 16)}))
    return out


def otp() -> list[Case]:
    rng = random.Random(12012)
    out = []
    for k, (num, chan) in enumerate([(E164, "sms"), (NATIONAL, "call"), (DIGITS, "whatsapp")]):
        out.append(case("otp", f"{OTP}/v1/verifications", headers={
            "X-CP-App": "app_71c2", "User-Agent": L(UA, DEV)}, body={
            "phone_number": L(num, TEL), "country": L("US", COARSE), "channel": chan,
            "locale": L("en-US", DEV), "app_hash": "FA+9qCX9VSu", "attempt": k + 1,
            "device": device_camel() if k == 0 else device_snake(),
            "sim_country": L("us", CARRIER), "request_id": rnd_uuid(rng)}))
    basic = "Basic " + base64.b64encode(b"AC7f1e2d3c4b5a69788796a5b4c3d2e1f0:" +
                                        rnd_hex(rng, 32).encode()).decode()
    out.append(case("otp", f"{OTP}/v2/Services/VA5511/Verifications", fmt="form", headers={
        "Authorization": L(basic, CRED)}, body={"To": L(E164, TEL), "Channel": "sms",
                                                "Locale": L("en", DEV), "AppHash": "FA+9qCX9VSu"}))
    for k, code in enumerate(["482913", "482931"]):
        out.append(case("otp", f"{OTP}/v1/verifications/check", body={
            "verification_id": "ver_" + rnd_hex(rng, 10), "phone": L(DASHED, TEL),
            "code": L(code, CRED), "install_id": L(INSTALL_ID, DID), "try": k + 1}))
    out.append(case("otp", f"{OTP}/v1/sim-check", headers=device_headers(), body={
        "msisdn": L("1" + DIGITS, TEL),
        "sim": {"iccid": L(ICCID, SIM), "imsi": L(IMSI, SIM), "mcc": L("310", CARRIER),
                "mnc": L("260", CARRIER), "spn": L("Example Mobile", CARRIER),
                "slot": 0, "esim": L(False, DEV)},
        "cell": {"cid": L(88123401, CARRIER), "lac": L(21012, CARRIER), "rat": L("NR", DEV)},
        "dual_sim": L(True, DEV)}))
    out.append(case("otp", f"{OTP}/v1/sna/check", query={
        "ph": L(sha("sha256", E164), TEL), "app": "app_71c2", "state": rnd_hex(rng, 16)},
        headers={"X-Up-Calling-Line-Id": L("1" + DIGITS, TEL), "x-network-mccmnc":
                 L("310260", CARRIER)}))
    for k in range(2):
        lab: dict[str, str] = {}
        att = jwt({"iss": "codepass-attest", "sub": L(INSTALL_ID, DID),
                   "phone_hash": L(sha("sha256", E164), TEL), "pkg": "com.example.shopbright",
                   "verdict": ["MEETS_DEVICE_INTEGRITY"], "nonce": rnd_hex(rng, 24),
                   "iat": 1764254700 + k}, "attestation", lab)
        c = case("otp", f"{OTP}/v1/attest", body={
            "integrity_token": L(b64token(rng), CRED), "attestation": att,
            "request_hash": rnd_hex(rng, 64)})
        c.labels.update({("body", p): v for p, v in lab.items()})
        out.append(c)
    out.append(case("otp", f"{APP}/v1/auth/otp/auto", body={
        "sms": L("<#> Your ShopBright code is 482913. FA+9qCX9VSu", CRED),
        "source": "sms_retriever", "phone": L(E164, TEL)}))
    out.append(case("otp", f"{OTP}/v1/lookup/{E164}", query={
        "fields": "line_type,carrier", "v": "2"}))
    out[-1].labels[("url", "path[2]")] = TEL
    b64num = base64.b64encode(E164.encode()).decode()
    out.append(case("otp", f"{APP}/v1/profile/phone", cookies={
        "sb_sess": L("s%3A" + rnd_hex(rng, 48), CRED), "sb_ph": L(b64num, TEL)},
        body={"user_id": L(USER_ID, UID), "verified": True, "verified_at": 1764254760}))
    lab = {}
    data = pb([(1, L(E164, TEL)), (2, 1), (3, [(1, L("310", CARRIER)), (2, L("260", CARRIER))]),
               (4, L(INSTALL_ID, DID)), (5, rnd_uuid(rng))], "", lab)
    out.append(raw("otp", f"{OTP}/rpc/Verify.Start", data, "application/x-protobuf", lab))
    out.append(case("otp", f"{OTP}/v1/verifications/resend", body={
        "verification_id": "ver_" + rnd_hex(rng, 10), "retry_after": 30, "attempts_left": 2}))
    out.append(case("otp", f"{OTP}/v1/countries", query={"v": "12", "hl": L("en", DEV)}))
    return out


def b64token(rng: random.Random) -> str:
    """An opaque, encrypted device-attestation token (a JWE-like blob)."""
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(180))).decode()
