"""QA91 (a remittance and chat app for overseas workers with Tagalog API keys, through real
mitmdump; a telemedicine app for refugees with Ukrainian keys in Latin letters, as pcaps and a
HAR): a transfer's amounts, a chat quoted under a Tagalog key, a document number and symptoms in
a crash report, diagnoses and chronic diseases, a pickup point's and an outlet's records."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.de/api/1/store"
H = "https://api.example.com"


def test_qa91_a_remittances_amounts_but_not_a_quotes_nor_a_games_transfer() -> None:
    found = found_in({"halaga": 1500.0, "fee": 16.0}, H + "/v1/remittances")
    assert found["halaga"] == {"financial.purchase": "context.paid-amount"}
    assert found["fee"] == {"financial.purchase": "context.paid-amount"}
    assert found_in({"amount": 150.0}, H + "/v1/remittances/quote") == {}
    # (gems given to another player, a file's bytes: no money without a currency, the review)
    assert found_in({"amount": 500, "item": "gems"}, H + "/v1/transfers") == {}
    found = found_in({"amount": 150.0, "currency": "EUR"}, H + "/v1/deposits")
    assert found["amount"] == {"financial.purchase": "context.paid-amount"}


def test_qa91_a_crash_reports_chat_document_and_symptoms() -> None:
    found = found_in({"breadcrumbs": [
        {"message": 'ChatSend channel=ch_88 mensahe="Nay, naipadala ko na po ang pera"'},
        {"message": "KycRetry doc_type=passport doc_no=P4829173B exp=2031-05-17 status=ok"}],
        "exception": {"values": [{"value": "Cannot parse blood pressure from skarhy='Headache "
                                           "and insomnia, pressure 150/95 in the morning'"}]}},
        CRASH)
    assert set(found["breadcrumbs[0].message"]) == {"content.text"}
    # (a doc_no beside its document's type; alone it is a delivery note's as often: the review)
    assert set(found["breadcrumbs[1].message"]) == {"personal.national_id"}
    assert found_in({"breadcrumbs": [{"message": "DeliveryNote doc_no=DN-20250012 printed"}]},
                    CRASH) == {}
    assert set(found["exception.values[0].value"]) == {"health.medical"}


def test_qa91_diagnoses_chronic_diseases_genders_and_ids() -> None:
    found = found_in({"diahnoz": {"kod": "I10"}, "chronic_diseases": ["hypertension"],
                      "kasarian": "babae", "emirates_id": "784-1990-4827316-5"},
                     H + "/v1/intake")
    assert set(found["diahnoz.kod"]) == {"health.medical"}
    assert set(found["chronic_diseases"]) == {"health.medical"}
    assert set(found["kasarian"]) == {"personal.gender"}
    assert set(found["emirates_id"]) == {"personal.national_id"}


def test_qa91_a_pickup_points_and_an_outlets_records_are_theirs() -> None:
    found = found_in({"odbior": {"apteka_id": "ap_12", "adres": "ul. Grochowska 180, 04-357 "
                                 "Warszawa", "telefon": "+48 22 810 55 21"},
                      "outlet": {"pangalan": "Padala Center Cubao",
                                 "telepono": "+63 2 8555 0199"},
                      "likar": {"imya": "Olena", "prizvyshche": "Shevchenko",
                                "telefon": "+380441234567"}}, H + "/v1/orders")
    assert found == {}, found
    # an order's delivery address beside its store's ID stays the user's
    found = found_in({"order": {"store_id": "s1", "delivery_address": "12 Main St, Springfield"}},
                     H + "/v1/orders")
    assert set(found["order.delivery_address"]) == {"contact.address"}


def test_qa90_91_people_the_user_names_are_reported_as_theirs_below_a_verdict() -> None:
    from tests.analysis.classifiers.found import strong_in
    body = {"emergency_contacts": [{"name": "Lucia Ramirez", "phone": "+525512345678"}],
            "tatanggap": {"pangalan": "Rosa", "apelyido": "Santos",
                          "tirahan": "12 Aurora Blvd, Quezon City",
                          "telepono": "+639175550142"}}
    strong = strong_in(body, H + "/v1/payouts")  # (a contact the user names, nothing else)
    assert set(map(frozenset, strong.values())) == {frozenset({"content.contacts"})}, strong
    found = found_in(body, H + "/v1/payouts")  # (still reported: the evaluation sets label them)
    assert set(found["emergency_contacts[0].phone"]) == {"contact.phone", "content.contacts"}
    assert set(found["tatanggap.tirahan"]) == {"contact.address", "content.contacts"}
    # a parcel's recipient is the user as often: kept at its confidence
    found = strong_in({"shipping": {"recipient": {"name": "Jane Doe", "phone": "+15550100111"}}},
                      H + "/v1/orders")
    assert set(found) == {"shipping.recipient.name", "shipping.recipient.phone"}


def test_qa91_a_remittance_beside_its_currency_in_tagalog() -> None:
    found = found_in({"tatanggap_id": "tt_1", "halaga": 1500.00, "pera": "AED"},
                     H + "/v1/padala")
    assert found["halaga"] == {"financial.purchase": "context.paid-amount"}


def test_qa90_a_drivers_name_in_a_riders_analytics_event() -> None:
    found = found_in({"batch": [{"event": "trip_started", "properties": {
        "trip_id": "t1", "driver_name": "Carlos Mendez"}}]}, "https://in.stats.example.net/v1/b")
    assert "batch[0].properties.driver_name" not in found


def test_qa91_review_a_wallets_deposit_by_its_means_not_a_guilds_gold() -> None:
    found = found_in({"amount": 100.0, "method": "pm_60d4cac0ec7c4d4ec25cb0"},
                     H + "/v1/wallet/deposits")
    assert found["amount"] == {"financial.purchase": "context.paid-amount"}
    assert found_in({"amount": 500, "item": "gold"}, H + "/v1/guild/bank/deposits") == {}
    assert found_in({"amount": 500}, H + "/v1/data/topups") == {}
