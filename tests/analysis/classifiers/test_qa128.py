"""QA128's readings (a Durban funeral-cover app, a Malmö rental queue): isiZulu and Swedish key
names, a deceased's cause of death, Shembe and disability words among an ad's targeting
words, a Swedish address, a funeral parlour's, an office's, a property company's details."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/claims"
CRASH = "https://crash.example.org/api/1/store"


@pytest.mark.parametrize(("body", "category"), [
    ({"inkolo": "Ibandla lamaNazaretha (Shembe)"}, "personal.sensitive"),
    ({"funktionsnedsattning": "rullstol"}, "personal.sensitive"),
    ({"diagnos": "cerebral pares"}, "health.medical"),
    ({"cause_of_death": "pulmonary tuberculosis"}, "health.medical"),
    ({"ucingo": "+27 82 555 0142"}, "contact.phone"),
    ({"address": "Ramels väg 42 lgh 1003, 213 69 Malmö"}, "contact.address"),
    ({"enhet": "Pixel 8"}, "device.info"),
])
def test_isizulu_and_swedish_keys(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body, URL)[key]


def test_shembe_and_a_wheelchair_among_an_ad_s_targeting_words() -> None:
    found = found_in({"user": {"keywords": "shembe,wheelchair"}}, "https://ads.example/openrtb2")
    assert found["user.keywords"] == {"personal.sensitive": "value.sensitive-targeting"}


def test_a_parlour_s_and_an_office_s_details_are_theirs() -> None:
    lines = ["Parlour pin shown lat=-29.858681 lng=31.021840",
             "Kontor visat tel=+46 40 555 0100 lat=55.591 lng=13.008"]
    assert found_in({"breadcrumbs": [{"message": m} for m in lines]}, CRASH) == {}
    body = {"landlord": {"name": "Bengtssons Fastigheter Möllan",
                         "email": "info@fastigheter.example.se"}}
    assert "landlord.name" not in found_in(body, URL)


@pytest.mark.parametrize(("body", "line"), [
    ({"player": {"level": 14, "cause_of_death": "lava"}}, "Nail parlor booking confirmed "
     "customer_phone=+1 415 555 0134"),
    ({"user": {"keywords": "adblock_disabled,sports"}}, "Location fix lat=-29.85861 "
     "lng=31.02917 acc=12 screen=parlour_list"),
    ({"address": "Soffa Klippan, 2-sits, 180 88 cm"}, "Route planned via='Pienso gata' qty=2"),
])
def test_the_fifth_review_s_look_alikes(body: dict[str, object], line: str) -> None:
    """A game's death, a setting's "disabled", a sofa's size are none; a parlour or an office
    named elsewhere than first in a line leaves the user's own data hers."""
    assert found_in(body, URL) == {}
    found = found_in({"breadcrumbs": [{"message": line}]}, CRASH)
    if "Pienso" not in line:
        assert found, line
