"""What the user paid, read from an analytics event's name, a cost named with its currency and
the means an amount is paid by (``analysis/classifiers/paid_events.py``); and what is not: a
viewed product's price, a quote, a sitter's accepted booking, a courier's payout."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, found_in_form

BATCH = "https://collect.example.net/v1/batch"
API = "https://api.example.com"
PAID = {"financial.purchase": "context.paid-amount"}


def _event(name: str, props: dict[str, object]) -> dict[str, object]:
    return {"batch": [{"type": "track", "event": name, "properties": props,
                       "messageId": "3f28c5cf-648c-97cf-4b9e-3b37b73012bb"}]}


def test_an_events_amount_when_its_name_says_paid_booked_or_ordered() -> None:
    for name, key in (("Zakat Paid", "amount"), ("Lesson Booked", "price"),
                      ("Order Placed", "total"), ("Fee Paid", "amount"),
                      ("purchase", "cost_usd")):
        found = found_in(_event(name, {key: 45.0, "items": 3}), BATCH)
        assert found.get(f"batch[0].properties.{key}") == PAID, (name, found)
        assert "batch[0].properties.items" not in found
    # (Amplitude's event_type and event_properties, GA4's name and params)
    found = found_in({"events": [{"event_type": "Fee Paid",
                                  "event_properties": {"amount": 45.0}}]}, BATCH)
    assert found["events[0].event_properties.amount"] == PAID


def test_a_cost_named_with_its_currency_in_a_completed_sessions_event() -> None:
    found = found_in({"events": [{"e": "charging_completed", "p": {"kwh": 38.2,
                                                                   "cost_eur": 22.54}}]}, BATCH)
    assert found["events[0].p.cost_eur"] == PAID
    assert "events[0].p.kwh" not in found
    # ...but not a completed level's score, nor a plain amount without its currency
    assert found_in({"events": [{"e": "level_completed", "p": {"score": 2254,
                                                               "amount": 3}}]}, BATCH) == {}


def test_no_purchase_in_a_viewed_price_a_quote_or_money_the_user_earns() -> None:
    for name in ("Product Viewed", "Fare Estimate", "Booking Accepted", "Payout Received",
                 "Cart Abandoned"):
        found = found_in(_event(name, {"amount": 12.5, "total": 150}), BATCH)
        assert "financial.purchase" not in str(found), (name, found)


def test_an_amount_beside_the_means_it_is_paid_by() -> None:
    found = found_in({"fund": "general", "amount": "250.00", "paymentMethod": "pm_0c6faf04b4"},
                     API + "/v3/churches/ch_40917/gifts")
    assert found["amount"] == PAID
    found = found_in_form("amount=25.00&every=friday&cardLast4=4444",
                          API + "/v3/sadaqah/recurring")
    assert found["amount"] == PAID
    # a generic "method" is a means only with a processor's ID ("ISNA" is a prayer method)
    found = found_in_form("amount=4050.00&method=pm_ed0659232d4d63d4", API + "/v1/balance")
    assert found["amount"] == PAID
    assert found_in({"amount": 3, "method": "ISNA"}, API + "/v1/prayers") == {}
    # a courier's instant payout to her card is money received
    found = found_in_form("amount=184.20&fee=0.50&cardLast4=4444&cardId=dc_3b2245789347",
                          API + "/v2/payouts/instant")
    assert "financial.purchase" not in str(found), found


def test_a_processors_charge_confirmed_with_its_currency() -> None:
    found = found_in_form("client_secret=ch_d2_secret_b6&payment_method=pm_73e83a9f&"
                          "amount=145.00&currency=eur", API + "/v2/charges/ch_d222f9e404/confirm")
    assert found["amount"] == PAID


def test_no_purchase_in_records_interactions_counts_or_what_others_paid() -> None:
    """The review's cases: a record's name or type, a paid feature tapped, a count, a payer."""
    cases = [
        ({"apps": [{"name": "Pro Camera", "type": "paid", "price": 4.99}]}, API + "/v1/catalog"),
        ({"items": [{"name": "Paid in Full", "price": 9.99}]}, API + "/v1/albums"),
        (_event("Paid Feature Tapped", {"price": 2.99}), BATCH),
        (_event("Orders Tab Opened", {"total": 3}), BATCH),
        (_event("Invoice Paid", {"amount": 450.0, "client": "cl_12"}), BATCH),
        (_event("Tournament Ended", {"amount_usd": 50.0}), BATCH),
        ({"cardId": "card_1a2b3c4d5e", "amount": 200, "interval": "monthly"},
         API + "/v1/cards/controls"),
    ]
    for body, url in cases:
        assert "financial.purchase" not in str(found_in(body, url)), body


def test_an_amount_charged_beside_its_currency_whatever_the_call_is_named() -> None:
    # a payment SDK's mobile-money collect, a UPI collect, an app's own "/fees/pay" in its words
    for url in (f"{API}/v1/mobile_money", f"{API}/v1/upi/collect", f"{API}/v1/ada/kurdi"):
        found = found_in({"amount": "2740.00", "currency": "INR", "msisdn": "+919876543210",
                          "fee": 12, "count": 3}, url)
        assert found.get("amount") == PAID, (url, found)
        assert found.get("fee") == PAID
        assert "count" not in found


def test_an_amount_beside_its_currency_that_is_asked_or_offered_is_not() -> None:
    # a listing's, a quote's, an estimate's or a balance's amount; and a bare "price"
    for url, body in ((f"{API}/v2/listings", {"amount": 18500, "currency": "KGS"}),
                      (f"{API}/v1/quotes", {"total": 95.0, "currency": "EUR"}),
                      (f"{API}/v1/sessions", {"estCost": {"amount": 4.31, "currency": "EUR"}}),
                      (f"{API}/v1/wallet", {"balance": {"amount": 30, "currency": "USD"}}),
                      (f"{API}/v1/items", {"price": 20.8, "currency": "USD"})):
        found = found_in(body, url)
        assert not any("financial.purchase" in cats for cats in found.values()), (url, found)


def test_a_currency_code_under_the_apps_own_word_prices_the_amounts_beside_it() -> None:
    found = found_in({"rakam": "2740.00", "valuta": "INR", "count": 3}, f"{API}/v1/bhugtan")
    assert found.get("rakam") == PAID, found
    # (not a word that is a code too, nor a code alone)
    assert "rakam" not in found_in({"rakam": "2740", "scope": "ALL"}, f"{API}/v1/bhugtan")
