"""QA95 (a baby monitor in Dublin through real mitmdump; a language-learning app in Seoul as
pcaps and a HAR), and the review of the session's first readings: a provider's phone in a log
line, key timings in a log line, a child's first name, a forum reply's other parent; and what
the review narrowed (served customers, a log line's customer, a screening flag's value)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, strong_in

CRASH = "https://crash.example.de/api/1/store"
API = "https://api.example.com"


def _line(message: str) -> dict[str, set[str]]:
    return strong_in({"breadcrumbs": [{"message": message}]}, CRASH)


def test_qa95_a_providers_phone_in_a_log_line_is_theirs() -> None:
    assert _line("Clinic call name='Rathmines Paediatric Clinic' tel=+35315550142") == {}
    assert _line("Profile saved tel=+35315550142 email=jane@example.com") == {
        "breadcrumbs[0].message": {"contact.phone", "contact.email"}}


def test_qa95_key_timings_in_a_log_line() -> None:
    assert _line("TypingDrill done dwell_ms=92,78,110,85,97,88 flight_ms=51,63,40,77,58") == {
        "breadcrumbs[0].message": {"behavior.keystroke"}}
    assert _line("Render done frame_ms=16,17,16,18,16 gc=2") == {}


def test_qa95_a_childs_first_name_and_a_forum_replys_other_parent() -> None:
    found = found_in({"child_name": "Róisín", "baby_name": "Leo"}, API + "/v1/profile")
    assert found == {"child_name": {"contact.name": "key.name"},
                     "baby_name": {"contact.name": "key.name"}}
    found = found_in({"reply_to": {"display_name": "Aoife Byrne"}, "text": "same here"},
                     API + "/v1/forum/posts")
    assert "reply_to.display_name" not in found


def test_review_a_customers_own_calls_keep_her_details() -> None:
    customer = {"customer": {"name": "Jane Doe", "phone": "+35315550199"}}
    for call in ("/v1/orders/o1/arrived", "/v1/orders/o1/pickup", "/api/dispatch/bookings"):
        assert strong_in(customer, API + call)["customer.name"] == {"contact.name"}, call
    # ...a courier's pickup and delivery are the customer's, not hers
    for call in ("/v1/couriers/c1/jobs/j1/pickup", "/v1/deliveries/d1/delivered"):
        assert "customer.name" not in strong_in(customer, API + call), call


def test_review_a_shoppers_log_line_and_a_screening_flags_value() -> None:
    assert _line("CheckoutVM submit customer_email=jane@example.com") == {
        "breadcrumbs[0].message": {"contact.email"}}
    assert _line("Filter applied suicidal=false nsfw=false") == {}
    assert _line("Intake saved suicidal_ideation=true") == {
        "breadcrumbs[0].message": {"health.medical"}}


def test_review_a_whole_date_is_no_cards_expiry_a_month_is() -> None:
    assert "financial.payment" not in str(found_in({"visa": {"expiry_date": "2027-03-01"}},
                                                   API + "/v1/trips"))
    found = found_in({"card": {"number": "4111111111111111", "expiry": "12/27"}},
                     API + "/v1/identity/verify-card")
    assert "financial.payment" in found["card.expiry"]
