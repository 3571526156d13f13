"""QA85 (captioning smart glasses through real mitmdump; a teen period tracker as pcaps and a
HAR): a rental's period and the moon's cycle day are no one's health; a pregnancy test's result
by its call or its event; a sentence sent to be translated or recognised; IMU rows and parallel
yaw/pitch/roll lists; an OpenRTB extended ID named by its source; raw PCM by its codec."""

from __future__ import annotations

import base64
import hashlib
import random

import pytest

from tests.analysis.classifiers.found import found_in, strong_in, strong_in_frame

H = "https://api.example.com"


@pytest.mark.parametrize(("body", "url"), [
    ({"rental_period": {"start": "2026-12-01T06:34:00+03:00", "end": "2026-12-01T07:34:00+03:00"}},
     "/v1/rentals/summary"),
    ({"moon_phase": {"cycle_day": 12, "name": "waxing gibbous"}}, "/v1/articles/a1/read"),
    ({"wash": {"cycle_day": 3, "program": "eco"}}, "/v1/machines/m1/status"),
    ({"lease": {"period_end": "2027-01-31"}}, "/v1/contracts"),
])
def test_qa85_periods_and_cycles_that_are_no_ones_health(body: object, url: str) -> None:
    found = found_in(body, H + url)
    assert not any("health.medical" in cats for cats in found.values()), found


def test_qa85_a_cycle_trackers_own_days_stay_medical() -> None:
    found = found_in({"cycle": {"period_start": "2026-11-20", "cycle_day": 8, "flow": "light"}},
                     H + "/v1/cycles")
    assert "health.medical" in found["cycle.cycle_day"]
    assert "health.medical" in found["cycle.period_start"]


BOTH = {"personal.sensitive": "context.pregnancy-result"}


def test_qa85_a_pregnancy_tests_result_by_its_call_and_by_its_event() -> None:
    call = found_in({"test": {"type": "hcg_strip", "result": "positive"}, "days_late": 16},
                    H + "/v1/pregnancy-tests")
    assert call["test.result"] == BOTH
    event = found_in({"events": [
        {"event_type": "pregnancy_test_logged", "event_properties": {"result": "positive"}},
        {"event_type": "quiz_completed", "event_properties": {"result": "negative"}}]},
        "https://api.analytics.example.net/2/httpapi")
    assert event["events[0].event_properties.result"] == BOTH
    assert "events[1].event_properties.result" not in event  # another event of the batch
    # a COVID test's result is no pregnancy's; it is a medical test's (lab_tests.py, QA169)
    covid = found_in({"result": "positive", "test": "covid"}, H + "/v1/tests")
    assert covid == {"result": {"health.medical": "value.lab-test"},
                     "test": {"health.medical": "value.lab-test"}}


@pytest.mark.parametrize(("body", "url", "path"), [
    ({"source": "ko", "segments": [{"i": 0, "text": "다음 주 화요일에 병원 예약이 있어요."}]},
     "https://mt.example.net/v1/translate", "segments[0].text"),
    ({"q": "Where is the nearest pharmacy?", "target": "ko"},
     "https://mt.example.net/v2/translate", "q"),
    ({"text": "Could you tell me how to get to Anguk station?", "lang": "en"},
     "https://speech.example.net/v1/stt/results", "text"),
])
def test_qa85_what_is_sent_to_be_translated_or_recognised(body: object, url: str,
                                                          path: str) -> None:
    assert found_in(body, url)[path] == {"content.text": "context.written"}


def test_qa85_a_speech_sockets_final_utterance() -> None:
    found = strong_in_frame({"type": "final", "text": "Could you tell me how to get to Anguk "
                             "station?"}, "wss://stt.example.com/v1/stream")
    assert "content.text" in found.get("text", set()), found
    found = found_in({"text": "Hello there", "lang": "en"}, H + "/v1/config/translate")
    assert "text" not in found, found


_rng = random.Random(85)
IMU = [[i * 10] + [round(_rng.gauss(0, .2), 3), round(9.7 + _rng.gauss(0, .2), 3),
                   round(_rng.gauss(0, .2), 3)] + [round(_rng.gauss(0, .05), 4)
                                                   for _ in range(3)] for i in range(40)]
ANGLES = {axis: [round(_rng.gauss(0, 8), 2) for _ in range(30)]
          for axis in ("yaw", "pitch", "roll")}


def test_qa85_imu_rows_and_angle_lists_are_motion() -> None:
    assert found_in({"imu": {"cols": ["t", "ax", "ay", "az", "gx", "gy", "gz"],
                             "samples": IMU}}, H + "/v1/telemetry") == {
        "imu.samples": {"behavior.motion": "structure.motion-series"}}
    head = found_in({"events": [{"name": "head_activity",
                                 "params": {"head": {"dt_ms": 40, **ANGLES}}}]},
                    "https://in.analytics.example.net/v1/batch")
    for axis in ANGLES:
        assert head[f"events[0].params.head.{axis}"] == {
            "behavior.motion": "structure.angle-lists"}


@pytest.mark.parametrize("body", [
    {"imu_calib": IMU}, {"drone": ANGLES}, {"chart": {k: v[:5] for k, v in ANGLES.items()}},
    {"camera": {"gimbal": ANGLES}},
])
def test_qa85_machines_calibrations_and_short_lists_are_no_motion(body: object) -> None:
    found = found_in(body, H + "/v1/flight")
    assert not any("behavior.motion" in cats for cats in found.values()), found


def test_qa85_an_extended_id_named_by_its_source() -> None:
    hashed = hashlib.sha256(b"someone@example.org").hexdigest()
    found = found_in({"user": {"eids": [{"source": "hashed_email", "id": hashed},
                                        {"source": "liveramp.com", "id": "XY1234567"}]}},
                     "https://bid.example.net/openrtb2/auction")
    assert found == {"user.eids[0].id": {"contact.email": "key.email"}}
    assert found_in({"items": [{"source": "email", "id": "cmp_123"}]}, H + "/v1/x") == {}


PCM = base64.b64encode(bytes(_rng.randrange(256) for _ in range(9600))).decode()


@pytest.mark.parametrize("body", [
    {"type": "audio", "codec": "pcm_s16le", "rate": 16000, "data": PCM},
    {"encoding": "LINEAR16", "sampleRateHertz": 16000, "content": PCM},
])
def test_qa85_raw_audio_by_its_codec(body: dict[str, object]) -> None:
    found = found_in(body, "https://stt.example.com/v1/stream")
    key = "data" if "data" in body else "content"
    assert found[key] == {"content.media": "context.raw-audio"}


@pytest.mark.parametrize("body", [{"type": "firmware", "data": PCM},
                                  {"format": "png", "data": PCM}])
def test_qa85_other_long_base64_is_no_audio(body: object) -> None:
    assert found_in(body, H + "/v1/ota") == {}


@pytest.mark.parametrize(("user", "secret"), [
    ("gaugeling_kym_3092:", False), ("mp_write_key_recipebox:", False), ("pk_live_lumo:", False),
    ("sk_live_51Hx9aQ2:", True), ("alice:hunter2", True), ("rk_live_abc:", True)])
def test_blind56_basic_auth_of_an_sdk_write_key_is_no_secret(user: str, secret: bool) -> None:
    # an analytics SDK authenticates with Basic base64("<write key>:"), the same in every copy
    # of the app (blind56's first run); a secret key or a password stays a credential
    header = "Basic " + base64.b64encode(user.encode()).decode()
    found = strong_in({"event": "open"}, "https://collect.example.net/v1/track",
                      headers=(("authorization", header),))
    assert ("secret.credential" in found.get("authorization", set())) is secret, found


# The review of QA85's readings: real health data under the look-alikes' words stays, and the
# new readings leave quizzes, games, catalogues, funds, drones, campaigns and app sounds alone.
@pytest.mark.parametrize(("body", "path"), [
    ({"phase": {"name": "luteal", "cycle_day": 21, "period_start": "2026-11-01"}},
     "phase.cycle_day"),
    ({"trial": {"side_effects": "nausea", "dosage": "20mg"}}, "trial.side_effects"),
    ({"machine": {"ahi": 7.2, "apnea_index": 4.1}}, "machine.apnea_index"),
    ({"booking": {"visit_reason": "chest pain"}}, "booking.visit_reason"),
    ({"levels": {"estradiol": 120}}, "levels.estradiol"),
])
def test_qa85_review_health_under_look_alike_words_stays(body: object, path: str) -> None:
    assert "health.medical" in found_in(body, H + "/v1/log")[path]


@pytest.mark.parametrize(("body", "url"), [
    ({"quiz_id": "q12", "answer": "b", "result": "positive"}, "/v1/pregnancy/quiz/submit"),
    ({"poll_id": "p1", "outcome": "positive"}, "/v1/pregnancy/community/polls/vote"),
    ({"sync": {"result": "true"}}, "/v1/pregnancy/sync"),
    ({"event": "pregnancy_mode_paywall", "properties": {"result": "true"}}, "/track"),
])
def test_qa85_review_pregnancy_apps_other_results(body: object, url: str) -> None:
    found = found_in(body, H + url)
    assert not any("personal.sensitive" in cats for cats in found.values()), found


def test_qa85_review_games_synthesisers_and_catalogues_write_nothing_of_the_users() -> None:
    assert strong_in_frame({"type": "final", "text": "Game over! You scored 1200 points"},
                           "wss://game.example.com/v1/ws") == {}
    assert strong_in_frame({"type": "utterance", "text": "Sure, here is the weather"},
                           "wss://api.example.com/v1/tts/stream") == {}
    assert found_in({"text": "Soft cotton t-shirt with crew neck", "target": "de"},
                    H + "/v1/products/p123/translate") == {}


@pytest.mark.parametrize(("body", "url"), [
    ({"fund": {"alpha": ANGLES["yaw"][:12], "beta": ANGLES["pitch"][:12]}}, "/v1/funds/f1"),
    ({"quad": {"attitude": ANGLES}}, "/v1/telemetry"),
    ({"attitude": ANGLES}, "/v1/drone/flights/f1/telemetry"),
    ({"arm": {"joint6": ANGLES}}, "/v1/robots/r1/log"),
    ({"factory_test": {"imu": IMU}}, "/v1/devices/d1/qc"),
])
def test_qa85_review_machines_funds_and_tests_are_no_ones_motion(body: object, url: str) -> None:
    found = found_in(body, H + url)
    assert not any("behavior.motion" in cats for cats in found.values()), found


def test_qa85_review_extended_ids_only_in_an_id_list() -> None:
    hashed = hashlib.sha256(b"someone@example.org").hexdigest()
    assert found_in({"user": {"ext": {"eids": [{"source": "email", "uids": [
        {"id": hashed, "atype": 3}]}]}}}, "https://bid.example.net/openrtb2/auction") == {
        "user.ext.eids[0].uids[0].id": {"contact.email": "key.email"}}
    assert found_in({"touchpoints": [{"source": "email", "id": hashed[:32]}]},
                    "https://attr.example.net/v1/install") == {}


def test_qa85_review_raw_audio_by_a_config_and_not_an_apps_sounds() -> None:
    assert found_in({"config": {"encoding": "LINEAR16", "sampleRateHertz": 16000},
                     "audio": {"content": PCM}}, "https://stt.example.com/v1/recognize") == {
        "audio.content": {"content.media": "context.raw-audio"}}
    for body in ({"format": "pcmcia", "data": PCM},
                 {"asset": {"type": "audio", "rate": 44100, "data": PCM}},
                 {"sound": {"mime": "audio/mpeg", "name": "chime.mp3", "data": PCM}}):
        assert found_in(body, H + "/v1/assets") == {}, body


def test_qa86_a_driving_licences_number() -> None:
    # a car-sharing app's KYC call to a US identity vendor (QA86): typed by its document, and
    # under a driving licence's own key; a German licence's number has letters in a row
    found = found_in({"document": {"type": "driving_licence", "country": "DE",
                                   "number": "B072RRE2I55"},
                      "driving_licence": {"number": "B072RRE2I55"}},
                     "https://kyc.idcheck.example.net/v1/checks")
    assert found["document.number"] == {"personal.national_id": "context.id-document-type"} or (
        "personal.national_id" in found["document.number"])
    assert "personal.national_id" in found["driving_licence.number"]
    other = found_in({"order": {"number": "ORD12345"}, "document": {"type": "invoice",
                                                                     "number": "INV 2024 0042"}},
                     H + "/v1/x")
    assert not any("personal.national_id" in cats for cats in other.values()), other


def test_qa86_moderation_batches_age_bands_and_processor_charges() -> None:
    found = found_in({"items": [{"id": "m1", "content": "hey whats ur address lol"}]},
                     "https://mod.example.net/v2/moderate")
    assert found["items[0].content"] == {"content.text": "context.written"}
    ages = found_in({"is_under_13": True, "user_props": {"age_band": "under_13"},
                     "age_group": "child", "bracket": {"age_bracket": "u13"}},
                    "https://in.analytics.example.net/v1/events")
    assert ages["is_under_13"] == {"personal.birthdate": "key.age-flag"}
    for path in ("user_props.age_band", "age_group", "bracket.age_bracket"):
        assert ages[path] == {"personal.birthdate": "key.age"}, path
    assert found_in({"settings": {"is_under_13": False}}, H + "/v1/x") == {}
    charge = found_in({"amount": 1299, "currency": "cad", "description": "Gem pack 500"},
                      "https://api.payproc.example.com/v1/charges")
    assert charge["amount"] == {"financial.purchase": "context.paid-amount"}


def test_qa86_raw_opus_packets_and_other_lists_of_base64() -> None:
    # (compressed packets vary in length: 60-120 bytes at 20 ms)
    packets = [base64.b64encode(bytes(_rng.randrange(256)
                                      for _ in range(_rng.randrange(60, 120)))).decode()
               for _ in range(50)]
    found = found_in({"codec": "opus", "sr": 48000, "frame_ms": 20, "frames": packets},
                     "https://voice.example.com/v1/rooms/r1/voice")
    assert found == {"frames": {"content.media": "context.raw-audio"}}
    assert found_in({"ids": packets}, H + "/v1/sync") == {}
    same = [base64.b64encode(bytes(_rng.randrange(256) for _ in range(18))).decode()
            for _ in range(100)]  # participants' IDs of one length beside a room's codec
    assert found_in({"codec": "opus", "sample_rate": 48000, "participants": same},
                    H + "/v1/rooms/r1/join") == {}


@pytest.mark.parametrize(("body", "url"), [
    ({"variables": {"s": "naruto", "isAdult": False}}, "https://graphql.example.com/"),
    ({"products": [{"sku": "TS-1", "age_range": "kids"}]}, "/v1/cart"),
    ({"filters": {"age_group": "kids"}}, "/v1/books/search"),
    ({"document": {"id": "d1", "number": "DOC-2024-00123"}}, "/esign/documents"),
    ({"license": {"license_number": "ENT-2024-77812"}}, "/v1/activate"),
    ({"amount": 25.0, "currency": "USD", "postcode": "94107"}, "/v1/delivery/charges"),
    ({"status": "ok", "message": "Content approved by the automatic moderation pipeline."},
     "/v1/moderation/callback"),
])
def test_qa86_review_look_alikes(body: object, url: str) -> None:
    found = found_in(body, url if url.startswith("https") else H + url)
    assert not any(cats & {"personal.birthdate", "personal.national_id", "financial.purchase",
                           "content.text"} for cats in map(set, found.values())), found
