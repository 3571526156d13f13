"""Session 11's readings: an SDK's ID named after the SDK itself is its install ID
(``vendor_ids.py``), and Segment's connection flags describe the phone."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.classifiers.vendor_ids import _brand
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Detector, Exchange
from tests.analysis.classifiers.found import strong_in

UID = "8c1f2e4a-77b3-4d19-a0c2-5e9f31d4b870"


@pytest.mark.parametrize(("body", "url", "path", "expected"), [
    ({"originly_uid": UID}, "https://t.originly.example.com/v2/install", "originly_uid", True),
    ({"identity": {"chimepost_uuid": UID}}, "https://api.chimepost.example.net/v1/players",
     "identity.chimepost_uuid", True),
    # a bare "id" names the vendor's things or the user's account there (QA62)
    ({"trip_id": "88123409912"}, "https://m.trip.com/restapi/getTripDetail", "trip_id", False),
    ({"strava_id": "88123409912"}, "https://api.strava.example.com/v1/link", "strava_id", False),
    ({"agreeoUid": "a1b2c3d4e5f60718"}, "https://consent.agreeo.example.org/v1/records",
     "agreeoUid", True),
    ({"amplitude_uid": "88123409912"}, "https://api2.amplitude.co.uk/batch", "amplitude_uid",
     True),
    # the last part of the vendor's name is its name as SDKs abbreviate it (blind23 labels
    # installoom's loom_uid the device's; thirteenth session), a service's label is none
    ({"loom_uid": UID}, "https://api.installoom.example.com/v1/install", "loom_uid", True),
    ({"iw_uid": UID}, "https://in.installwren.example.net/v1/install", "iw_uid", True),
    ({"ad_uid": UID}, "https://x.adserver.example.net/v1/x", "ad_uid", False),
    ({"chat_uid": "ch_99112"}, "https://chat.talkbubble.example.io/v1/send", "chat_uid", False),
    ({"trip_id": UID}, "https://trips.wayfind.example/v1/trip", "trip_id", False),
    ({"guide_id": "2724ac55eadd271e370080"}, "https://data.guides.example.com/e", "guide_id",
     False),
    # the vendor's name beside no ID word, or a value that is a slug, not a generated ID
    ({"originly_campaign": UID}, "https://t.originly.example.com/v2", "originly_campaign", False),
    ({"originly_uid": "spring-sale"}, "https://t.originly.example.com/v2", "originly_uid",
     False),
])
def test_vendor_named_ids(body: dict[str, object], url: str, path: str, expected: bool) -> None:
    found = strong_in(body, url)
    assert ("id.device" in found.get(path, set())) is expected, found


def test_a_vendor_id_read_by_a_key_rule_keeps_that_reading() -> None:
    found = strong_in({"originly_user_id": "u_7Hq2Kx9PzL"}, "https://t.originly.example.com/v2")
    assert found.get("originly_user_id") == {"id.user"}, found


@pytest.mark.parametrize(("host", "brand"), [
    ("api2.amplitude.com", "amplitude"), ("api.vendor.example.co.uk", "vendor"),
    ("sdk.example", "sdk"), ("203.0.113.7", ""), ("localhost", ""),
])
def test_brand_is_the_label_before_the_public_suffix(host: str, brand: str) -> None:
    assert _brand(host) == brand


@pytest.mark.parametrize(("body", "path", "expected"), [
    ({"context": {"network": {"wifi": True, "cellular": False}}}, "context.network.wifi", True),
    ({"context": {"network": {"wifi": True, "cellular": False}}}, "context.network.cellular",
     True),
    # a network's name under "wifi" is no flag; nor is a flag outside a network object
    ({"context": {"network": {"wifi": "Cafe Guest"}}}, "context.network.wifi", False),
    ({"settings": {"wifi": True}}, "settings.wifi", False),
])
def test_segment_connection_flags(body: dict[str, object], path: str, expected: bool) -> None:
    found = strong_in(body, "https://collect.example.com/v1/batch")
    assert ("device.info" in found.get(path, set())) is expected, found


FR_PHONE = "+33 6 12 34 56 78"


@pytest.mark.parametrize(("text", "transform"), [
    ("mon nouveau numéro c'est le 06 12 34 56 78", "national+formatted"),
    ("appelle 06.12.34.56.78 stp", "national+formatted"),
    ("tel: 06-12-34-56-78.", "national+formatted"),
    ("0033 6 12 34 56 78 ok merci", "00-prefix+formatted"),
    ("le 06 12 34 56 79 pas moi", None),  # another number
    ("version 6.12.34.56 build", None),
])
def test_the_phone_written_with_separators_inside_a_text(text: str,
                                                         transform: str | None) -> None:
    """QA60: the profile's number typed into a message in its national form with spaces."""
    profile = DeviceProfile(device=DeviceInfo(platform="android", country="FR"),
                            contact={"phone": FR_PHONE})
    ex = Exchange(ts=0, method="POST", url="https://api.example/v1/snippets",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"text": text}).encode())
    found = [f for f in classify_decoded(1, decode_exchange(ex), matcher_for(profile))
             if f.detector == Detector.GROUND_TRUTH]
    if transform is None:
        assert not found
    else:
        assert [(f.category, f.transform) for f in found] == [("contact.phone", transform)]
        assert "inside a longer value" in found[0].evidence


@pytest.mark.parametrize(("text", "expected"), [
    ("FR76 3000 6000 0112 3456 7890 189", True),  # QA60: a synced clipboard's item
    ("DE89370400440532013000", True),
    ("GB82WEST12345698765432", True),
    ("DE89370400440532013001", False),  # a wrong check digit
    ("FR76 3000 6000 0112 3456 7890 18", False),  # one character short of France's 27
    ("XX12345678901234567", False),  # no such country
])
def test_an_iban_by_its_shape_and_check_digits(text: str, expected: bool) -> None:
    found = strong_in({"items": [{"kind": "text", "text": text}]},
                      "https://api.example/v1/clipboard/sync")
    assert ("financial.payment" in found.get("items[0].text", set())) is expected, found


@pytest.mark.parametrize(("body", "url", "path", "category", "expected"), [
    # QA60: a fitness studio's and an instructor's phone, a coach's city are theirs
    ({"studio": {"name": "Kraftwerk Studio", "phone": "+49 30 1234567"}}, "/v2/classes/1",
     "studio.phone", "contact.phone", False),
    ({"instructor": {"name": "Lena Vogt", "phone": "+49 30 7654321"}}, "/v2/classes/1",
     "instructor.phone", "contact.phone", False),
    ({"instructor": {"display_name": "Mia", "city": "Hamburg"}}, "/v2/instructors/c_1",
     "instructor.city", "location.coarse", False),
    ({"profile": {"phone": "+49 30 7654321", "city": "Hamburg"}}, "/v2/me", "profile.phone",
     "contact.phone", True),
    # a song's tempo is no heart rate; a heart rate beside the music is
    ({"track_id": "t_123", "title": "Run Boy Run", "artist": "Woodkid", "bpm": 172},
     "/v2/music/now-playing", "bpm", "health.fitness", False),
    ({"song": {"title": "Run Boy Run", "artist": "Woodkid", "bpm": 172}, "hr": {"bpm": 151}},
     "/v2/runs", "song.bpm", "health.fitness", False),
    ({"song": {"title": "Run Boy Run", "artist": "Woodkid", "bpm": 172}, "hr": {"bpm": 151}},
     "/v2/runs", "hr.bpm", "health.fitness", True),
    ({"bpm": 151, "duration_s": 1800}, "/v2/workouts", "bpm", "health.fitness", True),
])
def test_professionals_places_and_songs(body: dict[str, object], url: str, path: str,
                                        category: str, expected: bool) -> None:
    found = strong_in(body, "https://api.example" + url)
    assert (category in found.get(path, set())) is expected, found


HR = [148 + i % 20 for i in range(20)]
FRAMES = [[round(1.5 - 0.1 * j + 0.01 * i, 2) for j in range(13)] for i in range(20)]


@pytest.mark.parametrize(("body", "url", "path", "category", "expected"), [
    # QA60: a run's measures beside its kind, a strength set's, a workout call's
    ({"type": "run", "duration_s": 1834, "distance_m": 5230}, "/v2/runs", "distance_m",
     "health.fitness", True),
    ({"activity": {"sport": "running", "duration": "28:14"}}, "/v2/feed", "activity.duration",
     "health.fitness", True),
    ({"exercise": "squat", "rep_count": 12, "form_score": 0.82}, "/v2/workouts/sets",
     "rep_count", "health.fitness", True),
    # ...not a trip's, a video's, nor anything in a call about neither
    ({"distance_m": 5230, "duration_s": 600}, "/v2/trips", "duration_s", "health.fitness",
     False),
    ({"type": "run", "video_duration": 30}, "/v2/runs", "video_duration", "health.fitness",
     False),
    ({"type": "upload", "duration_s": 30}, "/v2/files", "duration_s", "health.fitness", False),
    # a heart rate's samples under a key no rule lists
    ({"hr_samples": HR}, "/v2/runs", "hr_samples", "health.fitness", True),
    ({"metronome": {"hr_presets": HR}}, "/v2/settings", "metronome.hr_presets",
     "health.fitness", False),
    # MFCC frames named by their object's kind, in a voice call
    ({"audio_features": {"type": "mfcc", "frames": FRAMES}}, "/v1/voice/command",
     "audio_features.frames", "biometric.voice", True),
    ({"audio_features": {"type": "mfcc", "frames": FRAMES}}, "/v1/doorbell/chime",
     "audio_features.frames", "biometric.voice", False),
    # an object of the phone's addresses; not a server's
    ({"ip": {"public": "203.0.113.7", "local": "192.168.1.23"}}, "/v1/x", "ip.public",
     "location.ip", True),
    ({"server": {"ip": {"public": "198.51.100.9"}}}, "/v1/x", "server.ip.public", "location.ip",
     False),
    # a user name that is an e-mail address is both
    ({"username": "jane.doe@example.org"}, "/v1/login", "username", "contact.email", True),
    ({"username": "jane.doe@example.org"}, "/v1/login", "username", "id.user", True),
])
def test_qa60_readings(body: dict[str, object], url: str, path: str, category: str,
                       expected: bool) -> None:
    found = strong_in(body, "https://api.example" + url)
    assert (category in found.get(path, set())) is expected, found
