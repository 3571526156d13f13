"""QA25 (a keyboard app and a telehealth app, end to end): the readings its wrong verdicts and
misses called for, and the look-alikes each must leave alone."""

from __future__ import annotations

import random

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in
from tests.analysis.pb import field, grpc_frame, varint

SENTENCE = "Ich komme morgen etwas später, sorry! Fang schon mal ohne mich an."


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    # a sentence sent to a grammar checker's cloud call (the form body of the real session is
    # read the same: tests/analysis/passes cover form decoding)
    ({"text": SENTENCE, "lang": "de-DE"}, "https://api.lintly.example/v2/check", "text",
     "content.text"),
    ({"text": SENTENCE}, "https://api.writer.example/v1/proofread", "text", "content.text"),
    # a keyboard's text around the cursor and the word being composed, to any call
    ({"context": {"text_before_cursor": "Treffen wir uns morgen um acht"}},
     "https://api.kb.example/v3/suggest", "context.text_before_cursor", "content.text"),
    ({"composing_text": "Kino am Alexanderplatz"}, "https://api.kb.example/v1/predict",
     "composing_text", "content.text"),
    # a condition under a longer key, in an analytics event
    ({"events": [{"event_properties": {"top_condition": "asthma exacerbation"}}]},
     "https://ev.metrics.example/2/httpapi",
     "events[0].event_properties.top_condition", "health.medical"),
    # a questionnaire's answer, named by its question's id
    ({"answers": [{"question_id": "chief_complaint",
                   "answer": "wheezing and chest tightness at night"}]},
     "https://api.care.example/v1/symptom-check", "answers[0].answer", "health.medical"),
    # a drug's name, read with its object
    ({"drug": {"name": "Albuterol HFA", "qty": 1}}, "https://rx.care.example/v1/refill",
     "drug.name", "health.medical"),
    ({"current_medications": [{"name": "Albuterol HFA"}]},
     "https://api.care.example/v1/intake", "current_medications[0].name", "health.medical"),
    # a government health insurance's member number and a photo ID's number
    ({"medicare": {"mbi": "1EG4-TE5-MK73"}}, "https://media.care.example/v1/insurance/card",
     "medicare.mbi", "personal.national_id"),
    ({"photo_id": {"type": "drivers_license", "number": "D12345678", "state": "NY"}},
     "https://media.care.example/v1/id/upload", "photo_id.number", "personal.national_id"),
])
def test_qa25_readings(body: object, url: str, path: str, category: str) -> None:
    assert category in found_in(body, url).get(path, {}), found_in(body, url)


@pytest.mark.parametrize(("body", "url", "wrong"), [
    # a permission's state is no address book, no location, no photo
    ({"permission_state": {"contacts": "denied", "location": "granted"}},
     "https://api.kb.example/v1/help/article-view", "content.contacts"),
    ({"permissions": {"contacts": "authorized"}}, "https://sdk.example/v1/init",
     "content.contacts"),
    # a care provider's own phone and e-mail: a pharmacy's, a clinician's, a clinic's
    ({"pharmacy": {"name": "Main St Pharmacy", "phone": "+1 212 555 0147"}},
     "https://rx.care.example/v1/pharmacies/select", "contact.phone"),
    ({"provider": {"name": "Dr. Maria Alvarez", "npi": "1234567893",
                   "phone": "+1 646 555 0199", "email": "dr.lee@clinic.example",
                   "clinic": {"phone": "+1 212 555 0180"}}},
     "https://api.care.example/v1/visits", "contact.phone"),
    ({"doctor": {"specialty": "pulmonology", "credentials": "MD",
                 "email": "dr.lee@clinic.example"}},
     "https://api.care.example/v1/visits", "contact.email"),
    # conditions that are no illness: a product's, the weather's, a rule's, a contract's
    ({"item_condition": "like new", "weather_condition": "light rain"},
     "https://market.example/v1/listings", "health.medical"),
    ({"trigger_condition": "battery below twenty percent"},
     "https://home.example/v1/automations", "health.medical"),
    ({"payment_conditions": "net thirty days"}, "https://b2b.example/v1/quote",
     "health.medical"),
    # a software licence's number is no driving licence's
    ({"license": {"number": "LIC-2231-99", "seats": 5}}, "https://app.example/v1/activate",
     "personal.national_id"),
    # a support ticket's text stays the user's text, not a health finding; a health check
    # call's body is no text the user wrote
    ({"text": "The service is up and responding normally."},
     "https://api.example/v1/health/check", "content.text"),
])
def test_qa25_look_alikes_stay_negative(body: object, url: str, wrong: str) -> None:
    found = found_in(body, url)
    assert all(wrong not in cats for cats in found.values()), found


def test_an_identity_providers_record_holds_the_users_own_email() -> None:
    # QA27: "provider" also names an identity or a payment provider
    for body in ({"providerData": [{"providerId": "password", "email": "jane.roe@mail.example"}]},
                 {"auth_provider": {"id": "google.com", "email": "jane.roe@mail.example"}}):
        found = found_in(body, "https://api.app.example/v1/accounts/sign-in")
        assert any("contact.email" in cats for cats in found.values()), found


def test_the_users_own_phone_beside_the_pharmacy_is_still_found() -> None:
    found = found_in({"patient": {"phone": "+1 917 555 0143"},
                      "pharmacy": {"phone": "+1 212 555 0147"}},
                     "https://rx.care.example/v1/refill")
    assert "contact.phone" in found["patient.phone"]
    assert "contact.phone" not in found.get("pharmacy.phone", {})


def test_an_address_book_upload_is_still_contacts() -> None:
    found = found_in({"contacts": [{"name": "Jana Novak", "phone": "+420 601 123 456"}]},
                     "https://api.kb.example/v1/contacts/sync")
    assert any("content.contacts" in cats for cats in found.values()), found


def _typing_stats(hold: tuple[int, int]) -> bytes:
    """A gRPC frame of a schema-less message: field 1 a version, field 2 thirty events of
    (1 a key class, 2 down ms, 3 up ms), each key held within ``hold``."""
    rnd = random.Random(25)
    msg, t = field(1, 0, varint(7)), 1000
    for _ in range(30):
        event = (field(1, 0, varint(rnd.randint(0, 3))) + field(2, 0, varint(t))
                 + field(3, 0, varint(t + rnd.randint(*hold))))
        msg += field(2, 2, varint(len(event)) + event)
        t += rnd.randint(150, 400)
    return grpc_frame(msg)


@pytest.mark.parametrize(("url", "hold", "expected"), [
    ("https://stats.kb.example/glyph.telemetry.v1.TypingService/UploadStats", (60, 180), True),
    # the same events to a call that names no typing; times a minute apart in one
    ("https://stats.kb.example/glyph.telemetry.v1.StatsService/Upload", (60, 180), False),
    ("https://stats.kb.example/glyph.telemetry.v1.TypingService/UploadStats", (60_000, 90_000),
     False),
])
def test_unnamed_key_events_in_a_call_about_typing(url: str, hold: tuple[int, int],
                                                   expected: bool) -> None:
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/grpc"),),
                  request_body=_typing_stats(hold))
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert (("2", "behavior.keystroke") in found) is expected, found


@pytest.mark.parametrize(("url", "expected"), [
    ("https://api.care.example/carepulse.v1.SymptomJournal/AddEntry", True),
    ("https://api.care.example/carepulse.v1.Catalog/List", False),  # no writing call
])
def test_a_journal_entrys_text_in_an_unnamed_protobuffield(url: str, expected: bool) -> None:
    text = b"Woke up twice coughing, needed the inhaler around 3am. Chest tight on stairs."
    msg = (field(1, 0, varint(1764000000)) + field(2, 2, varint(len(text)) + text)
           + field(3, 0, varint(3)))
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/grpc-web+proto"),),
                  request_body=grpc_frame(msg))
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert (("2", "content.text") in found) is expected, found
