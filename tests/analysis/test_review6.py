"""The sixth session's final review: each bug it found in the session's own code, kept fixed."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from analysis import cache
from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.decoders.photo_meta import photo_metadata
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, Finding
from tests.analysis.classifiers.found import found_in
from tests.analysis.decoders.test_exif import jpeg
from tests.analysis.decoders.test_photo_meta import chunk, png, raw_profile, tiff_block

PROFILE = DeviceProfile(device=DeviceInfo(platform="android", country="DE"),
                        identifiers={"serial": "R58M12ABCDE", "mac": "a4:c3:f0:11:22:33"},
                        contact={}, location={}, carrier={}, network={})


def _post(body: object, profile: DeviceProfile | None = None) -> list[Finding]:
    ex = Exchange(ts=0, method="POST", url="https://api.example/v1/x",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    return classify_decoded(1, decode_exchange(ex), matcher_for(profile))


def test_a_hashed_serial_or_a_random_mac_is_not_called_another_devices() -> None:
    hashed = hashlib.sha1(b"salt" + b"R58M12ABCDE").hexdigest()
    found = {f.path: f for f in _post({"serial": hashed, "wifi_mac": "da:a1:19:0b:5c:7e",
                                       "other": {"mac_address": "7c:df:a1:3b:22:10"}}, PROFILE)}
    assert found["serial"].confidence >= 0.6, found["serial"]
    assert found["wifi_mac"].confidence >= 0.6  # locally administered: the phone's random one
    assert found["other.mac_address"].confidence < 0.6  # a universal MAC that is not the phone's


def test_a_base64_photo_gives_its_exif_every_time_it_is_seen() -> None:
    photo = base64.b64encode(jpeg()).decode()
    for _ in range(3):
        paths = {f.path for f in _post({"photo": photo, "again": photo})}
        assert {"photo.exif.GPSLatitude", "again.exif.GPSLatitude"} <= paths, paths


def test_rules_load_without_a_home_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache.derived_json("t", b"abc", lambda s: [s.decode()]) == ["abc"]


def test_a_typing_object_sent_to_a_recording_call_is_still_typing() -> None:
    body = {"typing": {"wpm": 45, "backspaces": 3, "pause_count": 2}}
    found = found_in(body, "https://api.example/v1/session-recording")
    assert "behavior.keystroke" in found["typing.wpm"], found


@pytest.mark.parametrize("cut", [0, 1, 2, 3])
def test_a_png_cut_at_a_chunk_boundary_keeps_the_profile_read(cut: int) -> None:
    data = png(chunk(b"tEXt", b"Raw profile type exif\x00" + raw_profile(tiff_block())))
    end = data.index(b"IEND") - 4  # the IEND chunk's length field
    meta = photo_metadata(data[:end + cut])
    assert meta is not None and "GPSLatitude" in meta


def test_a_camelcase_apps_list_and_a_token_in_an_order_path() -> None:
    apps = ["com.teamviewer.quicksupport.market", "com.anydesk.anydeskandroid"]
    assert "device.apps" in found_in({"remoteAccessApps": apps})["remoteAccessApps"]
    token = (base64.urlsafe_b64encode(b'{"alg":"HS256"}').decode().rstrip("=") + "."
             + base64.urlsafe_b64encode(b'{"sub":"u1","exp":1}').decode().rstrip("=")
             + ".c2lnbmF0dXJlc2ln")
    ex = Exchange(ts=0, method="GET", url=f"https://a.example/bookings/{token}/x",
                  request_headers=())
    found = classify_decoded(1, decode_exchange(ex))
    assert not [f for f in found if f.category == "financial.purchase"], found
