"""QA40 (end to end: a messenger in Hamburg, a food-delivery app in Chicago): German key names,
Segment's screen and page calls, a typing rhythm's digraphs, Google Pay's card details."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"profil": {"konfession": "evangelisch"}}, "profil.konfession", "personal.sensitive"),
    ({"profil": {"wohnort": "Hamburg"}}, "profil.wohnort", "location.coarse"),
    ({"standort": {"breitengrad": 53.55108, "laengengrad": 9.99368}}, "standort.breitengrad",
     "location.precise"),
    ({"kontakte": [{"name": "Lena", "telefon": "+4915112345678"}]}, "kontakte[0].telefon",
     "content.contacts"),
    ({"type": "screen", "name": "Chat", "userId": "u_1"}, "name", "behavior.usage"),
    ({"batch": [{"type": "page", "name": "Checkout", "messageId": "m-1"}]}, "batch[0].name",
     "behavior.usage"),
    ({"paymentMethodData": {"info": {"cardDetails": "1234", "cardNetwork": "VISA"}}},
     "paymentMethodData.info.cardDetails", "financial.payment"),
])
def test_qa40_readings(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body)[path]


@pytest.mark.parametrize("body", [
    {"typing": {"digraphs": {"en": 112, "th": 98, "ev": 120}}},  # letter pairs, no events
    {"type": "product", "name": "Pizza Margherita"},  # a product's name, no screen
    {"displays": [{"type": "screen", "name": "Living room TV"}]},  # no analytics call
    {"kontakte": [{"telefon": "+4915112345678"}]},  # a friend's number is no user's phone
])
def test_qa40_look_alikes(body: dict[str, object]) -> None:
    """(and a form's objects are told apart by their brackets: below)"""
    found = found_in(body)
    bad = {"behavior.usage", "contact.phone", "contact.name"}
    assert not any(bad & set(cats) for cats in found.values()), found


def test_a_forms_bracketed_objects_are_told_apart() -> None:
    from tests.analysis.classifiers.found import found_in_form
    found = found_in_form("event%5Btype%5D=screen&product%5Bname%5D=Pizza&userId=u_1"
                          "&document%5Btype%5D=passport&order%5Bnumber%5D=12345678")
    assert "behavior.usage" not in found.get("product[name]", {})
    assert "personal.national_id" not in found.get("order[number]", {})
