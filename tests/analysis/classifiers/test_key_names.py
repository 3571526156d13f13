"""Key names read as words, names and contexts added after the blind sets' first runs:
abbreviations, HTML autofill tokens, user records, browser lists, role headers, session
cookies, sleep and screening words, device objects (each with the look-alikes that stay out)."""

from __future__ import annotations


def test_abbreviated_key_words_are_read_as_the_words() -> None:
    from tests.analysis.classifiers.found import found_in
    found = found_in({"mdl": "Pixel 8", "evt": "app_open", "scr": "Checkout",
                      "records": [{"histUri": "https://news.example/a"}],
                      "ev_range_km": 320})
    assert "device.info" in found["mdl"]
    assert "behavior.usage" in found["evt"] and "behavior.usage" in found["scr"]
    assert "behavior.browsing" in found["records[0].histUri"]
    assert "ev_range_km" not in found


def test_autofill_tokens_and_user_records() -> None:
    from tests.analysis.classifiers.found import found_in
    found = found_in({"address-level2": "Springfield", "cc-csc": "123", "bday-year": "1990",
                      "openid": "oX3k2mN9pQ7rT1vW5yZ8aB4cD6eF", "country": "US",
                      "profile": {"country": "US"}, "ud": {"ct": "springfield", "zp": "10118"},
                      "user": {"st": "ok"},
                      "openTabs": [{"url": "https://shop.example/x", "title": "Shoes"}],
                      # an app's own tab bar is no browsing (QA8)
                      "tabs": [{"url": "/home", "title": "Home"}]})
    assert "location.coarse" in found["address-level2"]
    assert "financial.payment" in found["cc-csc"]
    assert "personal.birthdate" in found["bday-year"]
    assert "id.user" in found["openid"]
    assert found["country"] == {"device.info": "key.device-country"}
    assert found["profile.country"] == {"location.coarse": "context.user-country"}
    assert "location.coarse" in found["ud.ct"] and "location.coarse" in found["ud.zp"]
    assert "user.st" not in found
    assert "behavior.browsing" in found["openTabs[0].url"]
    assert "behavior.browsing" in found["openTabs[0].title"]
    assert "tabs[0].url" not in found and "tabs[0].title" not in found


def test_role_headers_session_cookies_and_app_tokens() -> None:
    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="GET", url="https://a.example/x", request_headers=(
        ("X-Driver-Id", "drv_88123"), ("X-Pw-App-Token", "AA6b93ad875796423582397e234f180405f2"),
        ("Cookie", "tw_sess=9f8e7d6c5b4a39281706f5e4d3c2b1a0; "
                   "tw_did=c0ffee00-1234-4abc-9def-0123456789ab")))
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert found == {("X-Driver-Id", "id.user"), ("tw_sess", "secret.credential"),
                     ("tw_did", "id.device")}


def test_sleep_ring_and_screening_words() -> None:
    from tests.analysis.classifiers.found import found_in
    found = found_in({"respiratoryRate": 14.2, "totalSleepMin": 412, "lowestHr": 48,
                      "lhTest": "positive", "cervicalMucus": "eggwhite", "phq9_score": 7,
                      "sr": 16000, "res": "ok", "screen": {"sr": "1080x2400"},
                      # machines' words (QA8): an ad's response rate, a rate limit per hour, a
                      # phone's thermal sensor, an ESP32's sleep, a thermostat, CSS, a song,
                      # the weather
                      "resp_rate": 0.4, "hr_max": 100, "skin_temp": 31.5, "deep_sleep_s": 60,
                      "bedtime": "22:30", "rem_min": 1.2, "mood_score": 0.8,
                      "storm": {"depression": "tropical"}})
    for k in ("respiratoryRate", "totalSleepMin", "lowestHr"):
        assert "health.fitness" in found[k], k
    for k in ("resp_rate", "hr_max", "skin_temp", "deep_sleep_s", "bedtime", "rem_min",
              "mood_score", "storm.depression"):
        assert k not in found, k
    for k in ("lhTest", "cervicalMucus", "phq9_score"):
        assert "health.medical" in found[k], k
    assert "sr" not in found and "res" not in found and "device.info" in found["screen.sr"]


def test_a_content_envelopes_header_block_is_the_phone_but_a_content_item_is_not() -> None:
    from tests.analysis.classifiers.found import found_in
    found = found_in({"content": {"header": {"timezone": "Asia/Shanghai",
                                             "device_model": "Pixel 8"}},
                      "site": {"content": {"language": "en"}},
                      "students": [{"name": "Maya Patel"}], "ms_played": 182000,
                      "consentUUID": "2b0f3c4e-6a1d-4e8b-9f2a-7c5d3e1b0a99",
                      "apps": [{"pn": f"com.example.app{i}"} for i in range(3)]})
    assert "device.info" in found["content.header.timezone"]
    assert "device.info" in found["content.header.device_model"]
    assert "site.content.language" not in found
    assert "contact.name" in found["students[0].name"]
    assert "behavior.usage" in found["ms_played"]
    assert "id.device" in found["consentUUID"]
    assert "device.apps" in found["apps[0].pn"]


def test_member_headers_lat_lng_points_sleep_and_dev_objects() -> None:
    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    from tests.analysis.classifiers.found import found_in
    ex = Exchange(ts=0, method="GET", url="https://a.example/x", request_headers=(
        ("X-Member", "M-99812"), ("X-Loyalty-Card", "LC-12345678"),
        ("X-Member-Token", "smc_1a19335d7d775b315a49805921f44aafcee8")))
    assert {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))} == {
        ("X-Member", "id.user"), ("X-Loyalty-Card", "id.user"),
        ("X-Member-Token", "secret.credential")}
    found = found_in({"samples": [{"coords_lat_lng_deg": [40.74183, -73.98931]}],
                      "snore_min": 12, "asleep_min": 400,
                      "ctx": {"dev": {"mk": "Google", "md": "Pixel 8"}},
                      "size": {"latlng_ratio": [1.5, 2.5]}})
    assert found["samples[0].coords_lat_lng_deg"] == {
        "location.precise": "structure.geojson-point"}
    assert "health.medical" in found["snore_min"] and "health.fitness" in found["asleep_min"]
    assert "device.info" in found["ctx.dev.md"]
    assert "size.latlng_ratio" not in found


def test_root_and_emulator_checks_and_di_objects_describe_the_phone() -> None:
    from tests.analysis.classifiers.found import found_in
    found = found_in({"p": {"root": {"su": False, "magisk": False},
                            "emu": {"qemu": False}}, "di": {"dosv": "14"}})
    for path in ("p.root.su", "p.root.magisk", "p.emu.qemu", "di.dosv"):
        assert "device.info" in found[path], path


def test_meds_memos_and_instructions() -> None:
    from tests.analysis.classifiers.found import found_in
    found = found_in({"meds": ["sertraline 50mg"], "memo": "rent for march, thanks!",
                      "instructions": "leave at the back door please",
                      "sdk": {"instructions": "v2"}})
    assert "health.medical" in found["meds"]
    assert "content.text" in found["memo"] and "content.text" in found["instructions"]
    assert "sdk.instructions" not in found


def test_prose_sent_to_a_writing_call_is_typed_text() -> None:
    import json

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange

    def found(url: str, body: object) -> set[tuple[str, str]]:
        ex = Exchange(ts=0, method="POST", url=url, request_body=json.dumps(body).encode(),
                      request_headers=(("content-type", "application/json"),))
        return {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("text", "content.text") in found("https://chat.example/v1/messages",
                                             {"text": "see you at the lobby at six"})
    assert ("ticket.subject", "content.text") in found(
        "https://help.example/v2/tickets", {"ticket": {"subject": "My card was charged twice"}})
    # a crash report's error message, a catalogue's description, a flag: none
    assert not found("https://crash.example/v1/reports",
                     {"error": {"message": "Network request failed"}})
    assert not found("https://shop.example/v1/messages",
                     {"items": [{"description": "A warm wool scarf"}], "text": "ok"})
    assert not found("https://sdk.example/v1/events", {"text": "see you at the lobby at six"})


def test_items_read_or_played_are_usage_but_uploads_are_not() -> None:
    from tests.analysis.classifiers.found import found_in
    found = found_in({"reads": [{"article_id": "a-8812", "section": "politics", "read_pct": 80}],
                      "uploads": [{"id": "u1", "progress": 50}]})
    for k in ("article_id", "section", "read_pct"):
        assert "behavior.usage" in found[f"reads[0].{k}"], k
    assert not any(p.startswith("uploads") for p in found)
