"""QA61 (a short-video app, the founding case, through real mitmdump; a UK telehealth app in a
pcap with a key log): a speaker's embedding under a voice effect, faces tracked under an AR
"prop", other people's account IDs, a clip's height, a live room's chat frame, Sentry's
User-Agent, a client UDID, readings named by their type."""

from __future__ import annotations

import math
import random

import pytest

from tests.analysis.classifiers.found import strong_in, strong_in_frame


def _unit(n: int, seed: int) -> list[float]:
    r = random.Random(seed)
    v = [r.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 6) for x in v]


LANDMARKS = [[round(0.3 + 0.004 * i, 4), round(0.6 - 0.003 * i, 4)] for i in range(106)]


@pytest.mark.parametrize(("body", "url", "path", "category", "expected"), [
    ({"voice_effect": {"id": "robot", "speaker_embedding": _unit(192, 1)}}, "/v1/voice/effect",
     "voice_effect.speaker_embedding", "biometric.voice", True),
    ({"audio": {"speaker_embedding": _unit(192, 2)}}, "/v1/voice/effect",
     "audio.speaker_embedding", "biometric.voice", True),
    # a voice changer's preset is no speaker's
    ({"voice_effect": {"id": "robot", "preset": _unit(192, 3)}}, "/v1/voice/effect",
     "voice_effect.preset", "biometric.voice", False),
    ({"prop_stats": {"frames": [{"t": 0, "faces": [{"track_id": 1, "landmarks_106": LANDMARKS}]}]}},
     "/effect/v3/prop/report/", "prop_stats.frames[0].faces[0].landmarks_106", "biometric.face",
     True),
    ({"props": [{"id": "1209384", "face_embedding": _unit(128, 4), "dim": 128}]},
     "/effect/v3/prop/report/", "props[0].face_embedding", "biometric.face", True),
    ({"canonical_face": {"landmarks": LANDMARKS}}, "/v1/mesh", "canonical_face.landmarks",
     "biometric.face", False),
    # other people's account IDs by their role; the user's own stays
    ({"user_id": "u_1", "target_user_id": "u_2"}, "/v1/follow", "target_user_id", "id.user",
     False),
    ({"reported_user_id": "u_3", "reason": "spam"}, "/v1/report", "reported_user_id", "id.user",
     False),
    ({"to_user_id": "u_4", "text": "hi"}, "/v1/dm", "to_user_id", "id.user", False),
    ({"user_id": "u_1", "target_user_id": "u_2"}, "/v1/follow", "user_id", "id.user", True),
    ({"member_id": "M-99"}, "/v1/card", "member_id", "id.user", True),
    # a clip's height beside its width; a person's height beside a weight
    ({"meta": {"width": 1080, "height": 1920, "codec": "h264", "fps": 30}}, "/v1/upload",
     "meta.height", "health.fitness", False),
    ({"profile": {"height": 172, "weight": 61}}, "/v1/me", "profile.height", "health.fitness",
     True),
    # a client UDID; readings named by their type, their value under its unit
    ({"header": {"clientudid": "5f2c1e0a-8d4b-4c21-9f3e-7a6b5c4d3e2f"}}, "/v1/register",
     "header.clientudid", "id.device", True),
    ({"readings": [{"type": "spo2", "pct": 97}, {"type": "body_temperature", "celsius": 38.4}]},
     "/v3/vitals", "readings[0].pct", "health.fitness", True),
    ({"readings": [{"type": "spo2", "pct": 97}, {"type": "body_temperature", "celsius": 38.4}]},
     "/v3/vitals", "readings[1].celsius", "health.fitness", True),
])
def test_found_or_not(body: dict[str, object], url: str, path: str, category: str,
                      expected: bool) -> None:
    found = strong_in(body, "https://api.example" + url)
    assert (category in found.get(path, set())) is expected, found


@pytest.mark.parametrize(("agent", "expected"), [
    ("sentry.java.android/7.3.0", False),  # Sentry's SDK and its version, no Android's
    ("crashnest.java.android/6.2.1", False),
    ("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)", True),
])
def test_an_sdk_named_after_its_platform_is_no_os_version(agent: str, expected: bool) -> None:
    found = strong_in({}, "https://o1.ingest.example/api/1/envelope/", (("User-Agent", agent),))
    assert ("device.info" in found.get("User-Agent", set())) is expected, found


def test_a_live_rooms_chat_frame_is_the_users_text() -> None:
    url = "wss://live.vendor.example.net/webcast/im/ws"
    found = strong_in_frame({"cmd": "chat", "room_id": "r_88",
                             "content": "this song is so good who made it"}, url)
    assert found.get("content") == {"content.text"}, found
    assert not strong_in_frame({"cmd": "gift", "room_id": "r_88", "gift_id": 5655}, url)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hi, I need the clarithromycin today because I'm allergic to penicillin.", True),
    ("Sore throat for 4 days, glands swollen on the left, I take sertraline 50mg daily.", True),
    ("follow-up on tonsillitis, antibiotics not working", True),
    ("fever since Tuesday and a bad cough", True),
    # a care place, a pain of traffic, a star sign, a rash of reviews: no health fact
    ("running late, traffic is a pain, see you at the clinic entrance", False),
    ("my cat is a Cancer and I am a Leo lol", False),
    ("the hotel had a rash of bad reviews and a sore point", False),
])
def test_health_facts_in_the_users_text(text: str, expected: bool) -> None:
    """QA61: a support message naming a drug and an allergy, a symptom checker's free text."""
    found = strong_in({"message": {"type": "text", "body": text}},
                      "https://widget.helpdesk.example.com/api/v2/conversations")
    assert "content.text" in found.get("message.body", set()), found
    assert ("health.medical" in found.get("message.body", set())) is expected, found


def test_a_visits_reason_and_a_pharmacy_orders_medicine() -> None:
    found = strong_in({"slot_id": "slot_1640", "reason": "Sore throat 4 days, swollen glands"},
                      "https://api.consultvid.example.net/v1/appointments")
    assert "health.medical" in found.get("reason", set()), found
    order = {"order_ref": "CD-ORD-771204", "items": [
        {"name": "Clarithromycin 250mg tablets", "quantity": 14},
        {"name": "Sparkling water 330 ml", "quantity": 1}]}
    found = strong_in(order, "https://api.dispensa.example.net/v1/orders")
    assert {"health.medical", "financial.purchase"} <= found.get("items[0].name", set()), found
    assert "health.medical" not in found.get("items[1].name", set()), found
    assert "health.medical" not in strong_in({"reason": "changed my mind"}).get("reason", set())


def test_a_compact_key_event_string_under_ev_is_no_app_event() -> None:
    # QA61 C17, blind32: "ev" reads as "event", but its rows are the typed keys
    found = strong_in({"fields": [{"f": "iban", "ev": "8:0:138|7:203:351|1:349:495|1:635:714"
                                                      "|4:824:935|0:1037:1124|2:1295:1426"}]})
    assert not any("behavior.usage" in cats for cats in found.values()), found


@pytest.mark.parametrize(("value", "expected"), [
    ("mob-5f2c1e0a-8d4b-4c21-9f3e-7a6b5c4d3e2f", False),  # LaunchDarkly's mobile key
    ("client-Xy7Qk2LmN9pR4sT6vW8z", False),  # Statsig's client key
    ("Bearer 8f3a9c2e7b1d4f60a5c3e9d7b2f1a4c6", True),
])
def test_a_flag_sdks_public_key_is_no_credential(value: str, expected: bool) -> None:
    found = strong_in({}, "https://flags.vendor.example.com/sdk/evalx",
                      (("Authorization", value),))
    assert ("secret.credential" in found.get("Authorization", set())) is expected, found


def test_abbreviated_hold_and_flight_lists_and_foreign_face_and_typing_words() -> None:
    # blind32: a behavioural-biometrics SDK's "kd"/"ft" beside each other
    found = strong_in({"fields": [{"f": "login", "kd": [62, 118, 155, 134, 137, 119, 109, 122],
                                   "ft": [126, 243, 251, 299, 300, 292, 161]}]})
    assert found.get("fields[0].ft") == {"behavior.keystroke"}, found
    # blind30: Finnish "kirjoitus" (typing) with its "pito" (hold) and "väli" (gap) lists
    found = strong_in({"kirjoitus": {"pito_ms": [95, 110, 87, 102, 99, 120],
                                     "väli_ms": [180, 240, 150, 210, 300]}})
    assert found.get("kirjoitus.pito_ms") == {"behavior.keystroke"}, found


MRZ = ("IDD<<LZ6311T471<<<<<<<<<<<<<<<\n8308126<3108011D<<2108<<<<<<<4\n"
       "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")


@pytest.mark.parametrize(("body", "path", "category", "expected"), [
    # QA63 (a German bank's video-ident KYC, a smart-home hub)
    ({"mrz": MRZ}, "mrz", "personal.national_id", True),
    ({"mrz": "not a zone"}, "mrz", "personal.national_id", False),
    ({"Steuer_IdNr": "47158039276"}, "Steuer_IdNr", "personal.national_id", True),
    ({"kontoinhaber": "Erika Mustermann"}, "kontoinhaber", "contact.name", True),
    ({"familienname": "Mustermann"}, "familienname", "contact.name", True),
    ({"straatnaam": "Keizersgracht 12"}, "straatnaam", "contact.address", True),
    ({"consent": {"ad_storage": "granted"}}, "consent.ad_storage", "device.info", False),
    ({"product": "video_ident"}, "product", "device.info", False),
    ({"device": {"product": "sdk_gphone64_arm64"}}, "device.product", "device.info", True),
    ({"nearby": [["Cafe", "aa:bb:cc:dd:ee:01", -60]]}, "nearby[0][1]", "location.wifi", True),
    ({"nearby": [["Cafe", "aa:bb:cc:dd:ee:01", -60]]}, "nearby[0][1]", "id.hardware", False),
    ({"face_template": {"format": "int8", "data": "9REXDuoLvy++De8gFEz7Ieg0XC8D8CI5+UfyY4D6BBY"
                                                  "jwQONd+8REXDuoLvy++De8gFEz7Ieg0XC8D8CI5"}},
     "face_template.data", "biometric.face", True),
])
def test_qa63_readings(body: dict[str, object], path: str, category: str,
                       expected: bool) -> None:
    found = strong_in(body)
    assert (category in found.get(path, set())) is expected, found


def test_a_packed_template_that_decodes_to_numbers_is_still_a_template() -> None:
    # QA63: random template bytes in hex read as float32s; the key names the template
    blob = bytes(range(256)) * 3
    found = strong_in({"faceprint": blob.hex()})
    assert "biometric.face" in found.get("faceprint", set()), found


def test_rule_ids_are_unique() -> None:
    from analysis.classifiers.rules import load_toml
    ids = [r["id"] for r in load_toml("keys.toml")["rule"]]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize(("body", "path", "category"), [
    # blind29's romanised Japanese keys, blind30's pregnancy tracker
    ({"ido": 35.6595, "keido": 139.7005}, "ido", "location.precise"),
    ({"denwa_bango": "+81 90 1234 5678"}, "denwa_bango", "contact.phone"),
    ({"pasuwado": "x9!kLm22q"}, "pasuwado", "secret.credential"),
    ({"arerugi": "peanuts"}, "arerugi", "health.medical"),
    ({"lmp": "2025-03-01"}, "lmp", "personal.sensitive"),
])
def test_japanese_keys_and_a_pregnancys_dates(body: dict[str, object], path: str,
                                                category: str) -> None:
    assert category in strong_in(body).get(path, set())


@pytest.mark.parametrize(("body", "path", "category", "expected"), [
    # QA66: a dating app's bid request names the user's orientation and faith
    ({"user": {"keywords": "dating,bisexual,catolica"}}, "user.keywords", "personal.sensitive",
     True),
    ({"site": {"keywords": "news,pride parade,church concert"}}, "site.keywords",
     "personal.sensitive", False),
    # a card number by its value under a number's key; by its shape alone below 0.6
    ({"forma": {"numero": "4111111111111111"}}, "forma.numero", "financial.payment", True),
    ({"ticket": "4111111111111111"}, "ticket", "financial.payment", False),
    # (a 6-letter geohash is a word as often: "hunter", "server", QA67)
    ({"geohash_source": "server"}, "geohash_source", "location.coarse", False),
    ({"polilinha": "_p~iF~ps|U_ulLnnqC_mqNvxq`@"}, "polilinha", "location.precise", True),
])
def test_qa66_readings(body: dict[str, object], path: str, category: str,
                       expected: bool) -> None:
    found = strong_in(body, "https://rtb.example.com/openrtb2/auction")
    assert (category in found.get(path, set())) is expected, found
