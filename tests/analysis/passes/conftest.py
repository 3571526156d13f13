"""Fixtures: synthetic payloads shaped like the demo app's telemetry (fictional
com.example.clipshare) for the decode and classify pass tests."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from types import SimpleNamespace

import pytest

from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange

GAID = "38400000-8cf0-11bd-b23e-10b96e40000d"
ANDROID_ID = "a1b2c3d4e5f60718"
IMEI = "490154203237518"
PUBLIC_IP = "203.0.113.7"
EVENT_ID = "5f0c6d1e-8d4c-4b6a-9d0e-3c2b1a0f9e8d"


def profile() -> DeviceProfile:
    return DeviceProfile(
        device=DeviceInfo(platform="android", country="US"),
        identifiers={"advertising_id": GAID, "android_id": ANDROID_ID, "imei": IMEI},
        contact={"email": "Jane.Doe@example.org", "phone": "+1 555 010 0199"},
        location={"lat": 40.74183, "lon": -73.98931},
        carrier={"mcc": "310", "mnc": "260", "name": "Example Mobile", "sim_country": "US"},
        network={"public_ip": PUBLIC_IP, "local_ip": "192.168.1.23", "wifi_ssid": "HomeNet-5G",
                 "wifi_bssid": "aa:bb:cc:dd:ee:ff"},
    )


def telemetry() -> dict[str, object]:
    return {
        "device": {"gaid": GAID, "android_id": ANDROID_ID,
                   "imei_md5": hashlib.md5(IMEI.encode()).hexdigest(),
                   "model": "Pixel 8", "os": "Android 14"},
        "sim": {"mcc": "310", "mnc": "260", "carrier": "Example Mobile", "sim_country": "us"},
        "geo": {"lat": 40.74183, "lon": -73.98931},
        "client_ip": PUBLIC_IP,
        "face": {"embedding": [round(0.013 * i - 0.8, 4) for i in range(128)],
                 "landmarks": [[100.5 + i, 200.25 + i / 2] for i in range(68)]},
        "voice": {"speaker_embedding": [round(0.01 * i - 0.9, 4) for i in range(192)]},
        "typing": {"events": [{"k": "a", "down": 120 + 90 * i, "up": 198 + 90 * i}
                              for i in range(8)]},
        "events": [{"name": "screen_view", "event_id": EVENT_ID, "ts": 1700000000123}],
    }


def exchanges() -> list[Exchange]:
    body = json.dumps(telemetry()).encode()
    wrapped = base64.b64encode(json.dumps({"device": {"imei": IMEI}}).encode()).decode()
    return [
        Exchange(ts=1.0, method="POST", url="https://t.clipshare.example/v1/collect",
                 host="t.clipshare.example",
                 request_headers=(("Content-Type", "application/json"),
                                  ("Content-Encoding", "gzip")),
                 request_body=gzip.compress(body)),
        Exchange(ts=2.0, method="POST", url=f"https://ads.example.net/track?gaid={GAID}",
                 host="ads.example.net",
                 request_headers=(("Content-Type", "application/x-www-form-urlencoded"),
                                  ("Cookie", "sid=Zm9vYmFyYmF6cXV4; theme=dark")),
                 request_body=f"payload={wrapped}&event_id={EVENT_ID}".encode()),
        Exchange(ts=3.0, method="POST", url="https://t.clipshare.example/v1/blob",
                 host="t.clipshare.example",
                 request_headers=(("Content-Type", "application/octet-stream"),),
                 request_body=bytes(range(256)) * 4),
    ]


@pytest.fixture
def demo() -> SimpleNamespace:
    return SimpleNamespace(GAID=GAID, ANDROID_ID=ANDROID_ID, IMEI=IMEI, PUBLIC_IP=PUBLIC_IP,
                           EVENT_ID=EVENT_ID, profile=profile(), exchanges=exchanges())
