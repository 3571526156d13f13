"""QA94 (a teletherapy app through real mitmdump; a delivery courier's app as pcaps and a HAR):
a journal's text at a journal host, a crisis line's callback number in a log line, a screening's
flag in a log line, health conditions in an ad's targeting words, an identity document's expiry,
and the customers a courier serves."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, strong_in

CRASH = "https://crash.example.de/api/1/store"
API = "https://api.example.com"
JOURNAL_TEXT = "Couldn't sleep again, I keep thinking everyone would be better off without me."


def test_qa94_a_journals_text_at_a_journal_host() -> None:
    found = found_in({"mood": 2, "text": JOURNAL_TEXT},
                     "https://journal.calmharbor.example.com/v1/entries")
    assert "content.text" in found["text"]
    # (the same generic call at an API host names no writing call)
    assert "text" not in found_in({"mood": 2, "text": JOURNAL_TEXT},
                                  "https://api.calmharbor.example.com/v1/entries")


def test_qa94_log_lines_callback_number_and_a_screenings_flag() -> None:
    found = strong_in({"breadcrumbs": [
        {"message": "Crisis dial lat=43.664821 lon=-79.392174 callback=+14165550193"},
        {"message": "Intake saved suicidal_ideation=true"}]}, CRASH)
    assert found["breadcrumbs[0].message"] == {"location.precise", "contact.phone"}
    assert found["breadcrumbs[1].message"] == {"health.medical"}
    # a callback URL is no phone number
    assert strong_in({"callback": "https://example.com/cb", "onSuccessCallback": "done"}) == {}


def test_qa94_health_conditions_in_an_ads_targeting_words() -> None:
    found = found_in({"user": {"keywords": "anxiety,insomnia,sertraline,panic_attacks"}},
                     "https://ads.example.com/openrtb2/auction")
    assert set(found["user.keywords"]) == {"health.medical"}
    assert found_in({"site": {"keywords": "anxiety,news"}},
                    "https://ads.example.com/openrtb2/auction") == {}


def test_qa94_an_identity_documents_expiry_is_no_cards() -> None:
    for body, url in (
            ({"metadata": {"document_type": "DNI", "expiry_date": "2031-05-17"}},
             "https://kyc.example.net/v3/sessions"),
            ({"passport": {"number": "PAB123456", "expiry_date": "2031-05-17"}},
             API + "/v3/profile"),
            ({"expiry_date": "2031-05-17", "document_type": "DNI"},
             "https://kyc.example.net/v3/documents")):
        assert "financial.payment" not in str(found_in(body, url)), body
    # a card's expiry stays a card's, beside its last four digits or at a card's call
    found = found_in({"card": {"expiry_date": "05/31", "last4": "4242"}}, API + "/v3/documents")
    assert "financial.payment" in found["card.expiry_date"]
    assert "financial.payment" in found_in({"expiry_date": "05/31"}, API + "/v1/cards")[
        "expiry_date"]


def test_qa94_the_customers_a_courier_serves_are_theirs() -> None:
    order = {"order_id": "ORD-77120394",
             "customer": {"name": "Javier Ruiz Montes",
                          "address": "Calle de Sagasta 14, 28004 Madrid"},
             "dropoff": {"contact_name": "Javier Ruiz"}}
    url = API + "/v1/orders/ORD-77120394/accept"
    strong = strong_in(order, url)
    assert not {"customer.name", "customer.address", "dropoff.contact_name"} & set(strong)
    # ...still reported, below a verdict's confidence
    assert "contact.name" in found_in(order, url)["customer.name"]
    # a shop's customer is the user
    assert strong_in({"customer": {"name": "Javier Ruiz Montes"}}, API + "/v1/checkout")[
        "customer.name"] == {"contact.name"}
    # a courier's navigation line names the customer's door, not hers
    line = "Nav start to='Calle de Sagasta 14, 3B, 28004 Madrid' customer='Javier Ruiz Montes'"
    assert strong_in({"breadcrumbs": [{"message": line}]}, CRASH) == {}
