"""QA44 (a hunt for overreach in the QA43 readings): people's details filed in a school's or a
pickup's object, India's PIN codes, search events' names and terms, session headers, a message's
client_id beside log fields, role mailboxes written with separators."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("body", "path", "category"), [
    # a student's, a parent's, a passenger's details filed under a place's name are theirs
    ({"school": {"id": "s1", "name": "Maple Grove", "lat": 43.67013, "lon": -79.40122,
                 "student_email": "kid@example.com", "student_phone": "+1 416 555 0101"}},
     "school.student_phone", "contact.phone"),
    ({"kindergarten": {"name": "Little Oaks", "parent_email": "mum@example.com"}},
     "kindergarten.parent_email", "contact.email"),
    ({"library": {"owner_email": "jane@example.com", "photos": 412}}, "library.owner_email",
     "contact.email"),
    ({"campus_dropoff": {"id": "d1", "name": "Gate B", "lat": 43.66, "lon": -79.39,
                         "phone": "+1 416 555 0123"}}, "campus_dropoff.phone",
     "contact.phone"),
    ({"user_phone": "+1 416 555 0199"}, "user_phone", "contact.phone"),
    # a GA4 event named for a search carries its terms; a Segment "Products Searched" too
    ({"events": [{"name": "search", "params": {"search_term": "winter boots"}}]},
     "events[0].params.search_term", "behavior.search"),
    ({"event": "Products Searched", "properties": {"query": "winter boots"}},
     "properties.query", "behavior.search"),
    ({"event_type": "search_submitted", "event_properties": {"q": "winter boots"}},
     "event_properties.q", "behavior.search"),
    # PINs by what they unlock
    ({"upi_pin": "4711"}, "upi_pin", "secret.credential"),
    ({"transaction_pin": "4711"}, "transaction_pin", "secret.credential"),
])
def test_found(body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body).get(path, set())


@pytest.mark.parametrize(("body", "bad"), [
    ({"address": {"pincode": "560001"}}, "secret.credential"),  # India's postal code
    ({"delivery_pincode": "560001"}, "secret.credential"),
    ({"pin_code": "560001"}, "secret.credential"),
    ({"event": "search", "query": "query Search($q: String) { search(q: $q) { id } }"},
     "behavior.search"),
    ({"action": "search", "input": "voice"}, "behavior.search"),  # a config, no event
    ({"course": {"name": "Search Engines 101", "term": "Fall 2026"}}, "behavior.search"),
    ({"event": "search_tapped", "properties": {"q": "{{query}}"}}, "behavior.search"),
    ({"school_phone": "+1 416 555 0199"}, "contact.phone"),
    ({"reply_to": "customer.service@shop.example"}, "contact.email"),
    ({"reply_to": "kundendienst@shop.example"}, "contact.email"),
    ({"payment_method": "sepa_debit"}, "financial.payment"),
    ({"payment_method": "Cash on delivery"}, "financial.payment"),
])
def test_not_found(body: dict[str, object], bad: str) -> None:
    found = strong_in(body)
    assert not any(bad in cats for cats in found.values()), found


def test_pincode_is_a_postal_code() -> None:
    assert "location.coarse" in strong_in({"address": {"pincode": "560001"}})["address.pincode"]


@pytest.mark.parametrize(("value", "credential"), [
    ("GS1.1.1761890012.3.1.1761890100.0.0.0", False),  # Google Analytics' session cookie value
    ("01HF8ZQ2K3M4N5P6Q7R8S9T0VW", False),  # a ULID
    ("s3cr3tT0k3nAbCdEfGhIjKlMnOpQrStUvWx", True),
])
def test_session_headers(value: str, credential: bool) -> None:
    found = strong_in({"page": 1}, headers=(("X-Analytics-Session", value),))
    assert ("secret.credential" in found.get("X-Analytics-Session", set())) is credential


@pytest.mark.parametrize("body", [
    {"client_id": "1234567890.1761890012", "feedback": {"text": "Love the new layout"},
     "text": "Love the new layout, thanks!"},  # a Google Analytics client ID stays
    {"level": "error", "message": "Upload failed after three retries",
     "client_id": "cf378205-103c-1d6d-6f78-550fa686d75e"},  # a log line's install ID
])
def test_client_ids_that_stay(body: dict[str, object]) -> None:
    assert "id.device" in strong_in(body)["client_id"]
