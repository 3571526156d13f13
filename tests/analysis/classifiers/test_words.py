"""Word rules: keys read as words (analysis/classifiers/words.py), through the key classifier."""

from __future__ import annotations

import hashlib

import pytest

from analysis.classifiers import classify_decoded
from analysis.classifiers.words import key_words, word_rules_for
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in as _found


@pytest.mark.parametrize(("key", "words"), [
    ("screenWidthPixels", ("screen", "width", "pixels")),
    ("display_width", ("display", "width")),
    ("X-Device-Model", ("x", "device", "model")),
    ("hashed_email_sha256", ("hashed", "email", "sha256")),
    ("email_md5", ("email", "md5")),
    ("timepassedsincelastlaunch", ("time", "passed", "since", "last", "launch")),
    ("devicefreespace", ("device", "free", "space")),
    ("program", ("program",)),  # not cut into "prog" + "ram": every letter must be a word
])
def test_key_words(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"display_width": 1080}, "display_width", "device.info"),
    ({"contexts": {"device": {"screen_height_pixels": 2400}}},
     "contexts.device.screen_height_pixels", "device.info"),
    ({"deviceFreeSpace": 51234}, "deviceFreeSpace", "device.info"),
    ({"device": {"memory_size": 8000000000}}, "device.memory_size", "device.info"),
    ({"tz_offset": -18000}, "tz_offset", "device.info"),
    ({"connectivity_type": "wifi"}, "connectivity_type", "device.info"),
    ({"screen": {"w": 1080, "h": 2400}}, "screen.w", "device.info"),
    ({"os": {"build": "UQ1A.240205.004"}}, "os.build", "device.info"),
    ({"subsession_count": 3}, "subsession_count", "behavior.usage"),
    ({"session": {"length_s": 312}}, "session.length_s", "behavior.usage"),
    ({"timepassedsincelastlaunch": 86400}, "timepassedsincelastlaunch", "behavior.usage"),
    ({"af_gcm_token": "dGVzdDp0b2tlbi0xMjM0NTY3ODkw"}, "af_gcm_token", "id.device"),
    ({"order_id": "ORD-20231114-7781"}, "order_id", "financial.purchase"),
    ({"home_city": "Springfield"}, "home_city", "location.coarse"),
    ({"given_names": "JANE"}, "given_names", "contact.name"),
    ({"hashed_ip_address": hashlib.sha256(b"203.0.113.9").hexdigest()}, "hashed_ip_address",
     "location.ip"),
    ({"hashed_mobile_ad_id": hashlib.sha256(b"6f1c2b3a").hexdigest()}, "hashed_mobile_ad_id",
     "id.advertising"),
])
def test_word_rules_find(body: object, path: str, category: str) -> None:
    found = _found(body)
    assert category in found.get(path, {}), found


@pytest.mark.parametrize("body", [
    {"event_id": "c0ffee00-1234-4abc-9def-0123456789ab"},  # negative word set
    {"request_device_id": "3f2a9c81b7d4e6f0", "trace": "x"},  # "request id" words: negative
    {"screen_id": "home"},  # screen + id names no screen property
    {"hashed_ip_address": "203.0.113.9"},  # says hashed, is not: not an IP finding by words
    {"image": {"resolution": "1920x1080"}},  # a photo's resolution is not the phone's
    {"sdk_version": "6.14.2"},
])
def test_word_rules_negatives(body: dict[str, object]) -> None:
    found = _found(body)
    assert not any(rule.startswith("words.") for cats in found.values()
                   for rule in cats.values()), found


def test_hashed_key_needs_a_digest() -> None:
    rules = word_rules_for("email_hashed", "")
    assert rules and all(r.validate == "hash" for r in rules)


def _found_url(url: str, cookie: str = "") -> dict[str, dict[str, str]]:
    headers = (("cookie", cookie),) if cookie else ()
    ex = Exchange(ts=0, method="GET", url=url, request_headers=headers)
    out: dict[str, dict[str, str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        out.setdefault(f"{f.part}:{f.path}", {})[f.category] = f.rule or ""
    return out


def test_query_and_cookie_rules() -> None:
    found = _found_url(
        "https://collect.example/g/collect?v=2&uam=Pixel%208&uapv=14.0.0&dt=Checkout&"
        "dr=https%3A%2F%2Fsearch.example%2F%3Fq%3Dclip%2Blenses&_et=5120&sct=3&q=running+shoes",
        cookie="_ga=GA1.1.1234567890.1700000000; _fbp=fb.1.1700000000000.1234567890")
    assert "device.info" in found["query:uam"]
    assert "behavior.browsing" in found["query:dt"]
    assert "behavior.usage" in found["query:sct"]
    assert "behavior.search" in found["query:q"]
    # the search terms inside the referrer URL are the referrer's, not an in-app search
    assert "behavior.search" not in found.get("query:dr.q", {})
    assert "id.device" in found["cookie:_ga"] and "id.device" in found["cookie:_fbp"]


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"user": {"name": "Jane Doe"}}, "user.name", "contact.name"),  # a person's name
    ({"user": {"name": "jdoe_runner"}}, "user.name", "id.user"),  # a handle
    ({"player": {"nickname": "jdoe_runner"}}, "player.nickname", "id.user"),
    ({"user": {"external_id": "u_7Hq2Kx9PzL"}}, "user.external_id", "id.user"),
    ({"phone": "(555) 010-0199"}, "phone", "contact.phone"),
])
def test_names_handles_and_phones(body: object, path: str, category: str) -> None:
    found = _found(body)
    assert category in found.get(path, {}), found


def test_device_object_context() -> None:
    found = _found({"device_info": {"dx": 1080, "lpm": False, "adns": 2.75,
                                    "ad_tracking_enabled": True, "orientation": "portrait",
                                    "sensors": [{"sN": "Gyroscope", "sV": "Vendor"}],
                                    "dim": {"x_px": 1080}},
                    "event": {"dx": 12}})
    for path in ("device_info.dx", "device_info.lpm", "device_info.adns", "device_info.dim.x_px"):
        assert found[path] == {"device.info": "context.device-object"}, path
    # a tracking setting is no property of the phone; a sensor in a list describes itself;
    # the same short key outside a device object means nothing; the screen's orientation is
    # the screen's (every blind set since blind12 labels it so: key.screen-orientation)
    for path in ("device_info.ad_tracking_enabled", "device_info.sensors[0].sN", "event.dx"):
        assert path not in found, path
    assert found["device_info.orientation"] == {"device.info": "key.screen-orientation"}


def test_address_book_entries_are_contacts_not_the_user() -> None:
    digest = hashlib.sha256(b"+15550100123").hexdigest()
    found = _found({"contacts": [{"name": "Ann Lee", "phone_sha256": digest,
                                  "email": "ann@example.net"}],
                    "owner": {"phone": "+15550100199"}})
    assert found["contacts[0].phone_sha256"] == {"content.contacts": "context.address-book"}
    assert set(found["contacts[0].email"]) == {"content.contacts"}
    assert "contact.phone" in found["owner.phone"]


@pytest.mark.parametrize(("body", "path"), [
    ({"support_email": "support@clipshare.example"}, "support_email"),  # a role mailbox
    ({"access_token": "pk.eyJ1IjoiZXhhbXBsZSJ9.abc123def456"}, "access_token"),  # public key
    ({"geo": {"city": "(detect)", "country": "(not set)"}}, "geo.city"),  # placeholders
    ({"wifiAccessPoints": [{"macAddress": "f4:28:53:9a:10:02", "age": 120}]},
     "wifiAccessPoints[0].age"),  # the age of a scan result
    ({"flags": {"dark_mode_default": False}}, "flags.dark_mode_default"),  # a feature flag
])
def test_fresh_and_blind_false_positives_stay_fixed(body: object, path: str) -> None:
    assert path not in _found(body)


def test_scanned_access_point_mac_is_wifi_not_hardware() -> None:
    found = _found({"wifiAccessPoints": [{"macAddress": "f4:28:53:9a:10:02"}]})
    assert set(found["wifiAccessPoints[0].macAddress"]) == {"location.wifi"}


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"cycles": [{"period_days": 5, "cycle_length": 28}]}, "cycles[0].period_days",
     "health.medical"),
    ({"pregnancy": {"trying_to_conceive": True}}, "pregnancy.trying_to_conceive",
     "personal.sensitive"),
    ({"card[cvc]": "123"}, "card[cvc]", "financial.payment"),
    ({"billing_details": {"address": {"line1": "1 Example Street"}}},
     "billing_details.address.line1", "contact.address"),
    ({"apps": [{"package": "com.example.bank", "label": "Bank"}]}, "apps[0].package",
     "device.apps"),
    ({"view": {"name": "CheckoutActivity"}}, "view.name", "behavior.usage"),
])
def test_context_and_word_rules_from_the_blind_set(body: object, path: str,
                                                   category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


def test_multipart_photo_and_voice_note_are_media() -> None:
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
    wav = b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(300)
    body = (b'--XX\r\nContent-Disposition: form-data; name="selfie"; filename="me.jpg"\r\n'
            b"Content-Type: image/jpeg\r\n\r\n" + jpeg + b"\r\n--XX\r\n"
            b'Content-Disposition: form-data; name="voice_note"; filename="v.wav"\r\n'
            b"Content-Type: audio/wav\r\n\r\n" + wav + b"\r\n--XX\r\n"
            b'Content-Disposition: form-data; name="blob"\r\n\r\n' + bytes(range(200))
            + b"\r\n--XX--\r\n")
    ex = Exchange(ts=0, method="POST", url="https://h.example/up",
                  request_headers=(("content-type", "multipart/form-data; boundary=XX"),),
                  request_body=body)
    found = {f.path: f for f in classify_decoded(1, decode_exchange(ex))}
    assert found["selfie"].category == "content.media" and "JPEG" in found["selfie"].evidence
    assert found["voice_note"].category == "content.media" and "WAV" in found["voice_note"].evidence
    assert "blob" not in found


def test_address_book_values_and_server_addresses() -> None:
    found = _found({"contacts": [{"phones": ["+15550100123"], "emails": ["ann@example.net"]}],
                    "cdn_node": "185.199.108.153", "search_history": ["hiv test", "payday loan"]})
    assert not any(c.startswith("contact.") for cats in found.values() for c in cats), found
    assert "cdn_node" not in found
    assert found["search_history"] == {"behavior.search": "words.search"}


def test_luhn_valid_order_numbers_are_no_imei() -> None:
    # 15 digits passing Luhn: a handset's only with an allocated reporting-body prefix, and
    # never under an order/transaction key (QA3 P13)
    found = _found({"txn": "354000000000002", "order_number": "354000000000002",
                    "x": "123456789012347", "y": "490154203237518"})
    for path in ("txn", "order_number", "x"):
        assert "id.hardware" not in found.get(path, {}), path
    assert found["y"] == {"id.hardware": "value.imei"}


def test_short_keys_inside_a_named_record_are_not_that_record() -> None:
    found = _found({"samples": {"heart_rate": [{"t": 1700000060, "bpm": 73}],
                                "steps": [{"end": 1700000900, "count": 812}]},
                    "screen": {"w": 1080}})
    assert "samples.heart_rate[0].t" not in found and "samples.steps[0].end" not in found
    assert "health.fitness" in found["samples.heart_rate[0].bpm"]
    assert "device.info" in found["screen.w"]


def test_private_header_prefix_is_ignored() -> None:
    ex = Exchange(ts=0, method="GET", url="https://h.example/x",
                  request_headers=(("X-Ad-Id", "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"),
                                   ("X-Request-Id", "c0ffee00-1234-4abc-9def-0123456789ab")))
    cats = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert cats.get("X-Ad-Id") == "id.advertising" and "X-Request-Id" not in cats


def test_qa4_false_positives_and_misses() -> None:
    found = _found({
        "sdk": {"packages": [{"name": "maven:io.sentry:sentry", "version": "7.3.0"}]},
        "context": {"network": {"cellular": False}},
        "device": {"flavor": "prod", "theme": "dark", "channel": "googleplay",
                   "model_code": "x1"},
        "support_contact": {"name": "Help Desk"},
        "search": {"query": "rote schuhe"},
        "msg": {"text": "hallo welt, bis morgen"},
    })
    for path in ("sdk.packages[0].name", "device.flavor",
                 "device.theme", "device.channel", "support_contact.name"):
        assert path not in found, (path, found.get(path))
    # a connection state is no carrier; it is the phone's connection type (session 11)
    assert found["context.network.cellular"] == {"device.info": "context.network-flags"}
    assert "behavior.search" in found["search.query"]
    assert "content.text" in found["msg.text"]


def test_a_nearby_devices_mac_in_a_scan_is_no_hardware_id_of_the_phone() -> None:
    found = _found({"scan": {"devices": [{"address": "AA:BB:CC:DD:EE:01"}]},
                    "device": {"mac": "3c:5a:b4:12:34:56"}})
    assert set(found["scan.devices[0].address"]) == {"location.wifi"}
    assert "id.hardware" in found["device.mac"]


def test_invitees_are_other_people() -> None:
    found = _found({"event": {"invitees": [{"email": "ann@example.net", "name": "Ann Lee"},
                                           "bob@example.net"]},
                    "owner": {"email": "jane@example.org"}})
    assert not any(c.startswith("contact.") for p, cats in found.items() if "invitees" in p
                   for c in cats), found
    assert "contact.email" in found["owner.email"]


def test_a_users_screen_name_is_a_handle_an_events_a_screen() -> None:
    found = _found({"user": {"screen_name": "jdoe_runner"},
                    "events": [{"screen_name": "Checkout"}]})
    assert set(found["user.screen_name"]) == {"id.user"}
    assert "behavior.usage" in found["events[0].screen_name"]


def test_a_key_ending_in_a_coordinate_name_is_a_coordinate() -> None:
    found = _found({"trip": {"dest_lat": 40.74183, "dest_lng": -73.98931},
                    "pickupLat": 40.7, "pickupLon": -74.0})
    assert found["trip.dest_lat"] == {"location.precise": "words.latitude"}
    assert found["trip.dest_lng"] == {"location.precise": "words.longitude"}
    assert found["pickupLat"] == {"location.coarse": "words.latitude"}  # 1 decimal
    assert found["pickupLon"] == {"location.coarse": "words.longitude"}


@pytest.mark.parametrize("body", [
    {"store_lat": 40.74183, "store_lng": -73.98931},  # the shop's place, said in the key
    {"map": {"center_lat": 40.74183, "center_lng": -73.98931}},  # where the map looks
    {"bbox_max_lat": 40.8, "bbox_min_lon": -74.1},
    {"stats": {"p95_lat": 412.5}},  # a latency, out of range anyway
    # a timetable's stops, an earthquake, a depot: places named by the key's own words (QA10)
    {"stops": [{"stop_id": "S1", "stop_lat": 40.741895, "stop_lon": -73.989308}]},
    {"quakes": [{"epicenter_lat": 38.2971, "epicenter_lng": 142.3731}]},
    {"depot_lat": 40.741895, "depot_lng": -73.989308},
])
def test_a_coordinate_name_after_words_saying_whose_place_is_void(body: object) -> None:
    assert not any(c.startswith("location.") for v in _found(body).values() for c in v)


def test_two_letter_coordinates_side_by_side_are_a_point() -> None:
    found = _found({"fixes": [{"la": 40.74183, "lo": -73.9893, "acc": 12.5},
                              {"la": 40.742, "lo": -73.99, "acc": 9.0}]})
    assert found["fixes[0].la"] == {"location.precise": "key.latitude-short"}
    assert found["fixes[0].lo"] == {"location.precise": "key.longitude-short"}
    assert found["fixes[1].lo"] == {"location.precise": "key.longitude-short"}  # its point's


@pytest.mark.parametrize("body", [
    {"la": 40.74183, "vol": -3.5},  # no other half
    {"la": "en", "lo": "US"},  # a language and a locale
    {"la": 12, "lo": 40},  # integers: counts, not a position sent as decimals
    {"stores": [{"la": 40.74183, "lo": -73.98931}]},  # a shop's place
    {"layout": {"lt": 0.5, "ln": 1.25}},  # a layout's numbers (QA10)
    {"eq": [{"la": 1.25, "lo": 0.75, "hi": 2.0}]},
    {"box": {"lt": 12.5, "ln": 3.0}},  # one decimal
])
def test_two_letter_coordinate_names_alone_or_not_the_users_are_no_point(body: object) -> None:
    assert not any(c.startswith("location.") for v in _found(body).values() for c in v)


def test_typing_measures_in_a_typing_object_are_keystroke() -> None:
    found = _found({"typing": {"backspaces": 3, "composeMs": 5210, "wpm": 41},
                    "keys": {"pasted": True, "corrections": 2}})
    for path in ("typing.backspaces", "typing.composeMs", "typing.wpm", "keys.pasted",
                 "keys.corrections"):
        assert "behavior.keystroke" in found[path], path
    # a keyboard's settings and a game's key bindings are no typing (QA10)
    found = _found({"keyboard": {"autocorrect": "on", "paste": "allowed"},
                    "keys": {"pause": "P", "backspace": "del"}})
    assert not any("behavior.keystroke" in v for v in found.values())


def test_a_speed_without_a_rhythm_is_app_use() -> None:
    found = _found({"wpm": 238, "sessions_7d": 11}, url="https://read.example/v2/stats")
    assert found["wpm"] == {"behavior.usage": "key.typing"}
    # beside dwell times, or sent to a keystroke endpoint, it is the typist's cadence
    found = _found({"wpm": 41, "dwell_ms": [80, 95, 120, 101, 77]})
    assert "behavior.keystroke" in found["wpm"]
    found = _found({"wpm": 41}, url="https://kd.example/v1/keystrokes")
    assert "behavior.keystroke" in found["wpm"]


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"memberNo": "U-88213"}, "memberNo", "id.user"),
    ({"donorId": "D-5521907"}, "donorId", "id.user"),
    ({"legalName": "Jane Q. Doe"}, "legalName", "contact.name"),
    ({"preferred_name": "Jane Doe"}, "preferred_name", "contact.name"),
    ({"haplogroup": "H1a1"}, "haplogroup", "personal.sensitive"),
    ({"tradeUnion": "Teachers Local 12"}, "tradeUnion", "personal.sensitive"),
    ({"hemoglobin": 13.8}, "hemoglobin", "health.medical"),
    ({"ancestry": [{"region": "Iberian", "share": 0.42}]}, "ancestry[0].region",
     "personal.sensitive"),
])
def test_role_ids_names_and_special_categories_by_their_words(
        body: object, path: str, category: str) -> None:
    assert category in _found(body)[path]


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"accounts": [{"routing": "011000015", "account": "000123456789"}]}, "accounts[0].routing",
     "financial.payment"),
    ({"accounts": [{"routing": "011000015", "account": "000123456789"}]}, "accounts[0].account",
     "financial.payment"),
    ({"breathing_rate": 38}, "breathing_rate", "health.fitness"),
    ({"donations": [{"pulse": 64}]}, "donations[0].pulse", "health.fitness"),
    ({"growth": {"weightG": 4210}}, "growth.weightG", "health.fitness"),
])
def test_bank_accounts_and_body_readings(body: object, path: str, category: str) -> None:
    assert category in _found(body)[path]


@pytest.mark.parametrize(("model", "phone"), [
    ("Pixel 8", True), ("SM-G991B", True), ("CPH2451", True), ("sdk_gphone64_arm64", True),
    ("iPhone15,2", True), ("facenet-mobile-2", False), ("snorenet-3.1", False),
    ("medical_conversation", False), ("spk-verif-3", False),
])
def test_a_bare_model_is_the_phone_unless_it_names_an_ml_model(model: str, phone: bool) -> None:
    assert ("device.info" in _found({"model": model}).get("model", {})) is phone


@pytest.mark.parametrize(("value", "device"), [
    ("60d5dc9e-8b1f-4c9e-9a55-3f0e1b2c4d5a", True), ("1234567890.1712345678", True),
    ("pg-android-60d5dc9e", False), ("web_pub_51aa", False),
])
def test_a_client_id_naming_a_platform_build_is_no_device_id(value: str, device: bool) -> None:
    assert ("id.device" in _found({"clientId": value}).get("clientId", {})) is device


@pytest.mark.parametrize("key", ["ssn4", "ssnLast4", "dl_number", "driversLicenseNo"])
def test_government_ids_by_their_words(key: str) -> None:
    assert "personal.national_id" in _found({key: "D1234-5678"})[key]


def test_a_birth_record_and_born_are_birth_dates() -> None:
    found = _found({"people": [{"name": "Ana", "born": "1931-04-02"}],
                    "Person": {"Birth": {"Date": "1902-11-30", "Place": "Porto"}},
                    "ticket": {"born": "true"}})
    assert "personal.birthdate" in found["people[0].born"]
    assert "personal.birthdate" in found["Person.Birth.Date"]
    assert "ticket.born" not in found


def test_a_key_ending_in_device_with_a_model_value() -> None:
    found = _found({"client_device": "Pixel 8; Android 14", "target_device": "living-room"})
    assert "device.info" in found["client_device"]
    assert "target_device" not in found


@pytest.mark.parametrize("body", [
    {"users": [{"localId": "abc", "disabled": False}]},
    {"schema": {"type": "union", "union_member": "StringType"}},
    {"fonts": [{"faith": "Faith Regular"}]},
    {"giftcard": {"denomination": 25}},
    {"tracker": {"iep": "192.168.1.1"}},
    {"content_filter": {"sexuality": "hide"}},
    {"origins": [{"origin": "https://app.example.com", "name": "web"}]},
    {"nutrition": {"cholesterol": "35mg"}},
    {"booking": {"room": {"smoker": "no"}}},
    {"creature": {"genotype": "AaBb"}},
    {"accounts": [{"account": "google", "routing": "oauth"}]},
    {"animation": {"pulse": 0.8}},
    {"parcel": {"weight_g": 1250}},
    {"tls": {"name_on_certificate": "*.example.com"}},
    {"business_legal_name": "Example GmbH"},
    {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
    {"model": "default"},
])
def test_qa10_look_alikes_are_no_personal_data(body: object) -> None:
    found = _found(body)
    assert not any(c != "content.text" for v in found.values() for c in v), found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"model": "ivx-5.2"}, "model", None),  # an ML model's name and version
    ({"model": "asl-tr-4"}, "model", None),
    ({"dl": "123 456 789"}, "dl", None),  # a driver's licence number, no page
    ({"dl": "https://shop.example.com/p/1"}, "dl", "behavior.browsing"),
    ({"genderIdentity": "non-binary"}, "genderIdentity", "personal.gender"),
    ({"vehicle": {"make": "Honda"}}, "vehicle.make", None),
    ({"calendarToken": "eyJhbGciOiAiUlMyNTYiLCAidHlwIjogIkpXVCIs"}, "calendarToken", None),
    ({"passport": "\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000\u0001"}, "passport", None),
])
def test_blind11_precision(body: object, path: str, category: str | None) -> None:
    found = _found(body).get(path, {})
    if category is None:
        assert not set(found) - {"content.media"}, found
    else:
        assert category in found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"fatPct": 27.4}, "fatPct", "health.fitness"),
    ({"muscleKg": 31.2}, "muscleKg", "health.fitness"),
    ({"visceral": 7}, "visceral", "health.fitness"),
    ({"contactsBackup": [{"name": "Rosa", "tel": "+15550142277"}]}, "contactsBackup[0].tel",
     "content.contacts"),
])
def test_body_composition_and_contact_backups(body: object, path: str, category: str) -> None:
    assert category in _found(body)[path]


@pytest.mark.parametrize("body", [{"meter": {"model": "GlucoCheck Mini"}},
                                  {"camera": {"model": "RoadEye 4K Duo"}},
                                  {"thermometer": {"model": "BT-200"}}])
def test_an_accessorys_model_is_not_the_phones(body: object) -> None:
    assert not _found(body)


@pytest.mark.parametrize("body", [
    {"voice": {"f0": 121.5, "f0_unit": "Hz", "shimmer": 0.04, "shimmer_method": "local",
               "jitter": 0.01}},  # (the measures are; their unit and method are not: below)
    {"text": "Your order", "voice": {"pitch": 1.0, "formant": 1.0, "jitter": 0.0}},
    {"voice": {"pitch": 0.8, "formant": 1.3, "jitter": 0.4, "mix": 1.0}},
    {"voice": {"pitch": 1.1, "jitter": 0.2, "layer_f0e1": 0.3}},
    {"mission": {"waypoints": 4, "hold": [5, 10, 5, 8], "flight": [120, 90, 60]}},
    {"plan": {"hold_s": [2, 4, 3, 6], "flight_s": [45, 30, 60]}},
    {"pet": {"name": "Rex", "born": "2019-04-02"}},
    {"product_line": {"name": "Classic", "born": "2019"}},
    {"stats": {"dl_num": 15, "dl_no": 2}},
    {"budget": {"social_security_income": 1850}},
    {"validation": {"id_card_number_length": 18}},
    {"merchant": {"name": "Acme GmbH", "tax_id": "DE123456789"}},
    {"payout": {"routing": "STANDARD", "account": "DEFAULT1"}},
    {"accounts": [{"account": "4000", "name": "Sales"}]},
    {"model": "pixelcnn-2.1"}, {"model": "motor-fault-2"}, {"model": "ArcFace-r100"},
    {"campaign": {"targeting": {"target_device": "Pixel 8"}}},
    {"compare": {"left_phone": "Pixel 8", "right_phone": "iPhone 15"}},
    {"locale_pack": "3.2.1"}, {"calendar_title": "Team standup"},
    {"discovery_filters": {"genderIdentity": "woman"}},
    {"form": {"ssn4": "0000"}},
])
def test_qa11_look_alikes_are_no_personal_data(body: object) -> None:
    found = _found(body)
    if "voice" in body and "f0_unit" in body["voice"]:  # type: ignore[index, operator]
        assert set(found) == {"voice.f0", "voice.shimmer", "voice.jitter"}
        return
    assert not found, found


@pytest.mark.parametrize("body", [
    {"insurance": {"carrier": "Example Health"}},
    {"harvest": {"species": "deer", "sex": "male"}},
    {"clinics": [{"name": "Clinic A", "lat": 40.75061, "lng": -73.99337}]},
])
def test_blind12_look_alikes(body: object) -> None:
    assert not _found(body)


def test_e7_coordinates_a_cells_id_and_wifi_macs_in_compact_telemetry() -> None:
    found = _found({"queue": [{"lat": 407418300, "lon": -739893100, "mcc": 310, "mnc": 260,
                               "ci": 22018, "pci": 143}],
                    "wifis": [{"mac": "aa:bb:cc:77:88:99", "rssi": -52}]})
    assert found["queue[0].lat"] == {"location.precise": "key.latitude-e7"}  # 40.74183 degrees
    assert found["queue[0].ci"] == {"location.carrier": "context.record"}
    assert "queue[0].pci" not in found  # one of 504 physical cell IDs: no cell's identity
    assert "location.wifi" in found["wifis[0].mac"]


@pytest.mark.parametrize("body", [
    {"lat": 1500000, "p50": 900000, "p99": 3200000},  # a latency in microseconds
    {"item": {"lat": 4990000}}, {"lng": 1700000000},  # one half only; an epoch time
    {"tile": {"lat": 1234567, "lon": 7654321}},  # both near 0: no point
    {"offers": [{"carrier": "Vodafone", "cid": "cmp_2231", "tac": "v2"}]},
    {"consents": [{"mcc": "262", "mnc": "01", "tac": "accepted"}]},
    {"stats": {"au1": 1200, "au2": 300, "au3": 40, "au4": 22, "au5": 14}},
    {"melody": [["C", 0, 240], ["D", 250, 490], ["E", 500, 740], ["F", 750, 990]]},
])
def test_qa12_look_alikes(body: object) -> None:
    found = _found(body)
    # (an MCC/MNC pair is a carrier finding; nothing else may be found)
    assert not {c for v in found.values() for c in v} - {"location.carrier"}, found
    assert not any(p.endswith((".cid", ".tac")) for p in found)


def test_qa12_true_cases_and_kept_readings() -> None:
    found = _found({"queue": [{"lat": 407418300, "lon": -739893100, "mcc": 310, "mnc": 260,
                               "ci": 22018}],
                    "clinics": {"query": {"lat": 52.520008, "lon": 13.404954}},
                    "device": {"wlan": {"mac": "a4:83:e7:12:34:56"}}})
    assert found["queue[0].lat"] == {"location.precise": "key.latitude-e7"}
    assert found["queue[0].ci"] == {"location.carrier": "context.record"}
    assert "location.precise" in found["clinics.query.lat"]  # the user's search position
    assert found["device.wlan.mac"] == {"id.hardware": "key.mac-bare"}  # the phone's own MAC
