"""Readings from the first runs of blind71-blind96: the amount of a gift card, a pledge, a tip,
a pass, a consultation or a registration bought, sent to the call that buys it
(``paid_amounts.py``); not a support ticket's number, nor a page of them."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in

API = "https://api.example.com"
PAID = {"financial.purchase": "context.paid-amount"}


def test_an_amount_sent_to_the_call_that_buys_it() -> None:
    for path, body in (("/v2/giftcards", {"amount": "50.00", "toName": "Lucia F"}),
                       ("/v1/rides/rd_1/tip", {"amount": 5}),
                       ("/api/pledges", {"amount": 2000, "cause": "harvest"}),
                       ("/v1/passes", {"price": 30, "zone": "A"}),
                       ("/v1/camps/winter/registrations", {"fee": 120, "child": "kid_1"})):
        found = found_in(body, API + path)
        key = next(k for k in body if k in ("amount", "price", "fee"))
        assert found.get(key) == PAID, (path, found)


def test_no_amount_of_a_support_ticket_nor_a_page() -> None:
    assert found_in({"subject": "late", "amount": 3}, API + "/v1/support/tickets") == {}
    assert found_in({"price": 3, "page": 2}, API + "/v1/passes") == {}
