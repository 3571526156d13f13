"""QA26 (a language-learning app and a connected-car app, end to end) and QA27 (a hunt for false
findings in the QA25 readings): what each found wrong, as readings that must hold."""

from __future__ import annotations

import base64
import json
import math
import struct

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, Finding
from tests.analysis.classifiers.found import found_in


def _wav_base64(samples: int = 4000) -> str:
    pcm = b"".join(struct.pack("<h", int(8000 * math.sin(i / 8))) for i in range(samples))
    header = (b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVEfmt "
              + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
              + b"data" + struct.pack("<I", len(pcm)))
    return base64.b64encode(header + pcm).decode()


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    # a recording inlined as base64, longer than any value shape is read for (10 kB)
    ({"audio": {"format": "wav", "encoding": "base64", "data": _wav_base64()}},
     "https://api.speech.example/v3/assess", "audio.data", "content.media"),
    ({"audio_b64": _wav_base64()}, "https://api.lingo.example/v1/pronunciation/score",
     "audio_b64", "content.media"),
    # a learner's typed answer
    ({"exercise_id": "ex_442", "answer": "Quisiera reservar una habitación para dos noches.",
      "prompt": "I would like to book a room for two nights."},
     "https://api.lingo.example/v1/answers", "answer", "content.text"),
    # identity documents' numbers as KYC vendors name them
    ({"meta": {"licence_number": "5123456789", "country": "NL"}},
     "https://api.car.example/v1/licence", "meta.licence_number", "personal.national_id"),
    ({"applicant": {"id_number": "8001015009087"}}, "https://kyc.example/v1/applicants",
     "applicant.id_number", "personal.national_id"),
    ({"citizen": {"bsn": "111222333"}}, "https://gov.example/v1/forms", "citizen.bsn",
     "personal.national_id"),
    ({"document": {"type": "driving_licence",
                   "document_numbers": [{"type": "document_number", "value": "5123456789"}]}},
     "https://verify.idcheck.example/v3/checks", "document.document_numbers[0].value",
     "personal.national_id"),
    # the QA25 readings, still found after QA27's narrowing
    ({"text": "Ich komme morgen etwas später, sorry!", "language": "de-DE"},
     "https://api.lintly.example/v2/check", "text", "content.text"),
    ({"symptoms": {"top_condition": "asthma exacerbation"}},
     "https://ev.metrics.example/2/httpapi", "symptoms.top_condition", "health.medical"),
    ({"drugs": [{"name": "Albuterol HFA"}]}, "https://api.care.example/v1/intake",
     "drugs[0].name", "health.medical"),
])
def test_qa26_readings(body: object, url: str, path: str, category: str) -> None:
    found = found_in(body, url)
    assert category in found.get(path, {}), found


@pytest.mark.parametrize(("body", "url", "wrong"), [
    # a charging station's own record: its phone, e-mail, address and operator are its own
    ({"station": {"id": "st_881", "name": "FastVolt Zuidas", "lat": 52.3389, "lon": 4.8722,
                  "phone": "+31 20 555 0142", "email": "zuidas@fastvolt.example",
                  "address": {"street": "Gustav Mahlerlaan 10", "city": "Amsterdam"},
                  "operator": "FastVolt"}},
     "https://api.plugmap.example/v2/favourites", "contact.phone"),
    ({"station": {"id": "st_881", "name": "FastVolt Zuidas", "lat": 52.3389, "lon": 4.8722,
                  "email": "zuidas@fastvolt.example"}},
     "https://api.plugmap.example/v2/favourites", "contact.email"),
    # other learners on a leaderboard
    ({"events": [{"name": "leaderboard_viewed", "props": {"top": [
        {"rank": 1, "display_name": "Marta Kowalczyk", "user_id": "u_88123"},
        {"rank": 2, "display_name": "Tomás Rivera", "user_id": "u_11902"}]}}]},
     "https://events.lingo.example/v1/batch", "contact.name"),
    # QA27: conditions that name no illness
    ({"booking": {"cancellation_conditions": "Free cancellation until 24 hours before"}},
     "https://travel.example/v1/book", "health.medical"),
    ({"level": 4, "win_condition": "capture the flag"}, "https://game.example/v1/state",
     "health.medical"),
    ({"widget": {"current_conditions": "Partly cloudy"}}, "https://wx.example/v1/widget",
     "health.medical"),
    # QA27: check calls that are no text checker's
    ({"reason": "app resumed from background", "token_age_s": 3600},
     "https://api.shop.example/v1/session/check", "content.text"),
    ({"description": "Premium plan monthly subscription renewal", "amount": 999},
     "https://pay.example/v1/risk/check", "content.text"),
    # QA27: a text field's settings
    ({"input_text_hint": "Type a message", "composing_text_style": "bold italic"},
     "https://sdk.example/v1/ui", "content.text"),
    # QA27: a quiz's and a security question's answers
    ({"round": 3, "answers": [{"question_id": "capital_city", "answer": "Canberra"}]},
     "https://trivia.example/v1/game/answer", "location.coarse"),
    ({"security_questions": [{"question_id": "city_of_birth", "answer": "Springfield"}]},
     "https://bank.example/v1/security/setup", "location.coarse"),
    # QA27: a driving licence's class, a form's hint
    ({"drivers_license": {"class_id": "B", "number_check": "passed"}},
     "https://kyc.example/v1/checks", "personal.national_id"),
    ({"govid": {"number": "9 digits, no dashes"}}, "https://kyc.example/v1/form/hints",
     "personal.national_id"),
    # QA27: a pharmacy's catalogue, a faculty of medicine
    ({"catalogue": {"drugs": [{"drug_name": "Vitamin D3 1000 IU"}]}},
     "https://shop.example/v1/browse", "health.medical"),
    ({"faculty": {"medicine": {"name": "School of Medicine"}}},
     "https://uni.example/v1/apply", "health.medical"),
    # QA27: a permission's state is no address book
    ({"permissions": {"contacts": "PermissionStatus.permanentlyDenied"}},
     "https://sdk.example/v1/init", "content.contacts"),
])
def test_qa26_27_look_alikes_stay_negative(body: object, url: str, wrong: str) -> None:
    found = found_in(body, url)
    assert all(wrong not in cats for cats in found.values()), found


def test_a_permission_word_elsewhere_is_still_the_value() -> None:
    found = found_in({"username": "blocked"}, "https://api.example/v1/profile")
    assert "id.user" in found.get("username", {}), found


def test_the_users_own_entry_stays_found_beside_the_station() -> None:
    found = found_in({"user": {"phone": "+1 917 555 0143"},
                      "station": {"id": "st_1", "name": "FastVolt", "lat": 52.33891,
                                  "lon": 4.87221, "phone": "+31 20 555 0142"}},
                     "https://api.plugmap.example/v2/favourites")
    assert "contact.phone" in found["user.phone"]
    assert "contact.phone" not in found.get("station.phone", {})


PHONE = DeviceProfile(device=DeviceInfo(country="DE"),
                      identifiers={"imei": "356938035643809", "iccid": "8949226000012345678"})


def _with_profile(body: object) -> dict[str, Finding]:
    ex = Exchange(ts=0, method="POST", url="https://api.car.example/v2/vehicles/pair",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    return {f.path: f for f in classify_decoded(1, decode_exchange(ex), matcher_for(PHONE))}


def test_another_devices_imei_and_iccid_cannot_violate_a_claim() -> None:
    # a car modem's identifiers, with the test phone's own in the device profile
    found = _with_profile({"tcu": {"imei": "352097114820160", "iccid": "8931080019073497852"}})
    assert found["tcu.imei"].confidence < 0.6 and "not the test phone's" in found[
        "tcu.imei"].evidence
    assert found["tcu.iccid"].confidence < 0.6


def test_the_phones_own_imei_and_iccid_still_count() -> None:
    # (imei2: a dual-SIM phone's second IMEI, of the same type allocation code)
    found = _with_profile({"device": {"imei": "356938035643809", "imei2": "356938035643817",
                                      "iccid": "8949226000012345678"}})
    assert found["device.imei"].confidence >= 0.6
    assert found["device.imei2"].confidence >= 0.6
    assert found["device.iccid"].confidence >= 0.6


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    # blind17's general misses: an address's lines beside its city and postcode, an order's
    # reference, and a total sent to a call that places an order (no currency beside it)
    ({"name": "Jane Roe", "line1": "12 Harbor Street", "line2": "Apt 4", "city": "Portland",
      "zip": "97201", "country": "US"}, "https://shop.example/v1/addresses", "line1",
     "contact.address"),
    ({"cart": "ct_88", "order_ref": "PP-20931", "total": 61.47},
     "https://print.example/v1/orders", "order_ref", "financial.purchase"),
    ({"cart": "ct_88", "total": 61.47}, "https://print.example/v1/orders", "total",
     "financial.purchase"),
    ({"service": "sv_12", "deposit": {"amount": 20}}, "https://salon.example/v1/appointments",
     "deposit.amount", "financial.purchase"),
])
def test_blind17_general_readings(body: object, url: str, path: str, category: str) -> None:
    found = found_in(body, url)
    assert category in found.get(path, {}), found


@pytest.mark.parametrize(("body", "url", "wrong"), [
    ({"store": {"line1": "12 Harbor Street", "city": "Portland", "zip": "97201"}},
     "https://shop.example/v1/stores", "contact.address"),
    ({"poem": {"line1": "Shall I compare thee", "line2": "to a summers day"}},
     "https://poems.example/v1/poems", "contact.address"),
    ({"cart": "ct_88", "total": 61.47}, "https://print.example/v1/orders/quote",
     "financial.purchase"),
    ({"files": [{"name": "IMG_2041.jpg", "width": 4096, "height": 3072}]},
     "https://print.example/v1/uploads", "health.fitness"),
])
def test_blind17_look_alikes_stay_negative(body: object, url: str, wrong: str) -> None:
    found = found_in(body, url)
    assert all(wrong not in cats for cats in found.values()), found


def test_an_addresss_region_is_a_place_not_the_phones_setting() -> None:
    found = found_in({"line1": "12 Harbor Street", "city": "Portland", "zip": "97201",
                      "state": "OR", "country": "US"}, "https://shop.example/v1/addresses")
    assert found["state"] == {"location.coarse": "context.address-region"}
    assert found["country"] == {"location.coarse": "context.address-region"}
    found = found_in({"user_properties": {"home_state": "NY"}}, "https://an.example/v1/identify")
    assert "location.coarse" in found["user_properties.home_state"]
