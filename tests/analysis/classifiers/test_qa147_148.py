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


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"testuitslagen": {"chlamydia": "positief", "hiv": "negatief"}}, "testuitslagen.chlamydia",
     "health.medical"),
    ({"testuitslagen": {"chlamydia": "positief", "hiv": "negatief"}}, "testuitslagen.hiv",
     "health.medical"),
    ({"covid": "negative"}, "covid", "health.medical"),
    ({"geaardheid": "biseksueel"}, "geaardheid", "personal.sensitive"),
    ({"vakbond": "Vakbond Sekswerkers Nederland"}, "vakbond", "personal.sensitive"),
    ({"vakbond": "FNV"}, "vakbond", "personal.sensitive"),
    ({"klachten": "afscheiding en branderig gevoel"}, "klachten", "health.medical"),
    ({"rekeninghouder": "ESMEE VAN DIJK"}, "rekeninghouder", "contact.name"),
    ({"kato_kunci": "Ranah*Minang57"}, "kato_kunci", "secret.credential"),
    ({"namo_lengkap": "Yenni Marlina"}, "namo_lengkap", "contact.name"),
    ({"shindanmei": "funin"}, "shindanmei", "health.medical"),
])
def test_qa147_148_words(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body, "https://api.example.org/v1/profiel")[path]


@pytest.mark.parametrize("body", [
    {"hiv": "awareness"}, {"covid": "update"}, {"review": "positive"},
    {"flu": "positive", "game": "pandemic"}, {"suku": "Jawa"},
])
def test_no_result_without_a_condition_or_a_result(body: dict[str, object]) -> None:
    (key,) = list(body)[:1]
    assert "health.medical" not in found_in(body).get(key, {})
