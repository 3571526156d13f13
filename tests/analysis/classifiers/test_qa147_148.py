"""QA147's and QA148's log lines (a Padang home-care app, an Amsterdam sexual-health app, a
Niuean dialysis-transport app, an Osaka fertility app): a place's card shown with its phone and
its point is the place's, not the user's; a Dutch mobile written in groups is a phone; a pin on
a place named in a script without capitals is the place's."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

CRASH = "https://o1.ingest.example.io/api/7/store/"


def _line(line: str) -> dict[str, str]:
    found = found_in({"breadcrumbs": [{"category": "app", "message": line}]}, CRASH)
    return found.get("breadcrumbs[0].message", {})


@pytest.mark.parametrize("line", [
    "Call center tel=0751 555 7010",
    "Puskesmas ditampilkan tel=0751 555 7010 lat=-0.9121 lon=100.3543",
    "GGD soa-poli tel=020 555 5822",
    "GGD getoond tel=020 555 5822 lat=52.3606 lon=4.9021",
    "Renal unit office tel=09 555 0100",
    "Renal unit shown tel=09 555 0100 lat=-36.9623 lon=174.7645",
    "Uketsuke tel=06-6555-0300",
    "Pin クリニック lat=34.7025 lon=135.4959",
])
def test_a_places_card_is_the_places(line: str) -> None:
    found = _line(line)
    assert "contact.phone" not in found and "location.precise" not in found, found


@pytest.mark.parametrize(("line", "category"), [
    ("Noodcontact tel=+31 6 28819043 opgeslagen", "contact.phone"),
    ("Emergency contact tel=+380 50 555 4417 saved", "contact.phone"),
    ("Profile shown tel=+15550100199", "contact.phone"),
    ("Call phone=+44 20 7946 0958 at 10:30", "contact.phone"),
    ("Pin 自宅 lat=34.7025 lon=135.4959", "location.precise"),
    ("Map shown lat=34.7025 lon=135.4959", "location.precise"),
])
def test_the_users_own_stay_hers(line: str, category: str) -> None:
    assert category in _line(line)
