"""QA70's Greek food-delivery app: Greek key names in Greeklish and in Greek script (read as
Greeklish by ``rules.fold_accents``), a Greek tax number by its check digit, and coordinates
only with decimals under the Greek words (Spanish "platos" counts dishes)."""

from __future__ import annotations

import pytest

from analysis.classifiers.rules import fold_accents, norm_key
from analysis.classifiers.validators_national import greek_afm
from tests.analysis.classifiers.found import strong_in, strong_in_frame


@pytest.mark.parametrize(("key", "read"), [
    ("πλάτος", "platos"), ("κωδικός", "kodikos"), ("ΑΦΜ", "afm"),
    ("ημερομηνία_γέννησης", "imerominiagennisis"), ("προϊόντα", "proionta"),
    ("Straße", "strasse"), ("doğum_tarihi", "dogumtarihi"),
])
def test_greek_and_accented_keys_are_read_in_latin_letters(key: str, read: str) -> None:
    assert norm_key(key) == read
    assert fold_accents(key).isascii()


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"eponymo": "Karagianni"}, "eponymo", "contact.name"),
    ({"kodikos_prosvasis": "Akropoli#2026!"}, "kodikos_prosvasis", "secret.credential"),
    ({"imerominia_gennisis": "1993-04-22"}, "imerominia_gennisis", "personal.birthdate"),
    ({"fylo": "female"}, "fylo", "personal.gender"),
    ({"kinito": "+30 697 765 4321"}, "kinito", "contact.phone"),
    ({"odos": "Αιόλου 42"}, "odos", "contact.address"),
    ({"dieythynsi": {"tk": "10551", "poli": "Athina"}}, "dieythynsi.tk", "location.coarse"),
    ({"odigies": "Κουδούνι Καραγιάννη, 3ος όροφος"}, "odigies", "content.text"),
    ({"sxolia": "Χωρίς κρεμμύδι παρακαλώ"}, "sxolia", "content.text"),
    ({"teleftaia_4": "6467"}, "teleftaia_4", "financial.payment"),
    ({"timologio": {"afm": "096521789"}}, "timologio.afm", "personal.national_id"),
    ({"ΑΦΜ": "EL096521789"}, "ΑΦΜ", "personal.national_id"),
    ({"πλάτος": 37.976142, "μήκος": 23.727881}, "πλάτος", "location.precise"),
    ({"platos": 37.976142, "mikos": 23.727881}, "mikos", "location.precise"),
])
def test_greek_keys(body: dict[str, object], path: str, category: str) -> None:
    found = strong_in(body, "https://api.example.gr/v1/x")
    assert category in found.get(path, set()), found


@pytest.mark.parametrize("body", [
    {"platos": 3, "mesa": 4},  # Spanish: three dishes at table four
    {"proionta": [{"kodikos": "PRD-1234", "onoma": "Souvlaki"}]},  # a product's code
    {"afm": "096521788"},  # a wrong check digit
    {"katastima": {"afm": "094014201"}},  # a shop's tax number
])
def test_greek_look_alikes(body: dict[str, object]) -> None:
    found = strong_in(body, "https://api.example.gr/v1/x")
    assert not {c for cats in found.values() for c in cats} & {
        "location.coarse", "location.precise", "secret.credential", "personal.national_id"}, found


def test_the_afm_check_digit() -> None:
    assert greek_afm("096521789") and greek_afm("EL 094014201")
    assert not greek_afm("096521788") and not greek_afm("000000000") and not greek_afm("12345")


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    ({"proionta": [{"onoma": "Souvlaki", "timi": 3.2}], "synolo": 12.40},
     "https://api.example.gr/v1/paraggelies", "synolo", "financial.purchase"),
    ({"paraggelia_id": "ord_77120", "poso": 12.40, "nomisma": "EUR"},
     "https://api.example.gr/v1/pliromes/epivevaiosi", "poso", "financial.purchase"),
    ({"fylo": "gynaika"}, "https://api.example.gr/v1/x", "fylo", "personal.gender"),
    ({"prosklisi": {"onoma_filou": "Nikos Papadopoulos"}}, "https://api.example.gr/v1/x",
     "prosklisi.onoma_filou", "contact.name"),
    ({"invite": {"friend_name": "Ann Lee"}}, "https://api.example.com/v1/invites",
     "invite.friend_name", "contact.name"),
    ({"montelo": "Pixel 8"}, "https://api.example.gr/v1/syskeves", "montelo", "device.info"),
])
def test_greek_orders_people_and_phones(body: dict[str, object], url: str, path: str,
                                         category: str) -> None:
    found = strong_in(body, url)
    assert category in found.get(path, set()), found


def test_a_greek_chat_message_up_a_socket_is_the_users_text() -> None:
    found = strong_in_frame({"typos": "minima", "paraggelia": "ord_77120",
                             "keimeno": "Είμαι στην πόρτα, χτυπήστε το κουδούνι παρακαλώ"},
                            "wss://chat.example.gr/ws/dianomeas")
    assert "content.text" in found["keimeno"], found


# --- session L: a teenager's fitness band -------------------------------------------------------

@pytest.mark.parametrize(("body", "category"), [
    ({"stages": [{"stage": "deep", "start": "23:10", "end": "23:55"},
                 {"stage": "rem", "start": "23:55", "end": "00:20"},
                 {"stage": "light", "start": "00:20", "end": "01:20"}]}, "health.fitness"),
    ({"stages": ["N2", "N3", "R", "W", "N2", "N1"]}, "health.medical"),  # a scored hypnogram
])
def test_a_nights_sleep_stages(body: dict[str, object], category: str) -> None:
    found = strong_in(body, "https://api.example.com/v1/sleep/sync")
    assert found.get("stages") == {category}, found


def test_a_projects_stages_are_no_sleep() -> None:
    found = strong_in({"stages": [{"name": "design"}, {"name": "build"}, {"name": "ship"}],
                       "levels": ["light", "light", "light"]}, "https://api.example.com/v1/p")
    assert not found, found


def test_samples_named_by_their_sensor_are_a_motion_series() -> None:
    samples = [[0.01 * (i % 3), 0.02, 0.98 - 0.01 * (i % 2)] for i in range(12)]
    found = strong_in({"sensor": "accelerometer", "hz": 50, "samples": samples},
                      "https://api.example.com/v1/band/upload")
    assert found.get("samples") == {"behavior.motion"}, found
    # ...not a thermometer's
    found = strong_in({"sensor": "thermometer", "samples": samples},
                      "https://api.example.com/v1/band/upload")
    assert "behavior.motion" not in found.get("samples", set()), found


# --- blind38's Greek ferry app -----------------------------------------------------------------

@pytest.mark.parametrize(("body", "url", "path", "category"), [
    ({"email": "jane@example.org", "kodikos": "Thalassa!Naxos24"},
     "https://api.example.gr/v3/logariasmos/eggrafi", "kodikos", "secret.credential"),
    ({"epivates": [{"onoma": "Jane", "eponymo": "Doe"}]}, "https://api.example.gr/v3/kratiseis",
     "epivates[0].onoma", "contact.name"),
    ({"arithmosEggrafou": "AN 482913"}, "https://api.example.gr/v3/checkin", "arithmosEggrafou",
     "personal.national_id"),
    ({"fylo": "G"}, "https://api.example.gr/v3/x", "fylo", "personal.gender"),
    ({"odos": "Dimitsanas 9", "tk": "11743", "poli": "Athina", "xora": "GR"},
     "https://api.example.gr/v3/timologio/dieythinsi", "xora", "location.coarse"),
    # ...and in English: an address's country is the address's, not the phone's region
    ({"street": "Dimitsanas 9", "zip": "11743", "city": "Athina", "country": "GR"},
     "https://api.example.com/v1/addresses", "country", "location.coarse"),
])
def test_greek_ferry_keys(body: dict[str, object], url: str, path: str, category: str) -> None:
    found = strong_in(body, url)
    assert category in found.get(path, set()), found
    assert "device.info" not in found.get(path, set()), found


def test_an_employers_address_region_is_not_the_users() -> None:
    found = strong_in({"employer": {"street": "1 Main St", "city": "Albany", "state": "NY"}})
    assert "location.coarse" not in found.get("employer.state", set()), found
