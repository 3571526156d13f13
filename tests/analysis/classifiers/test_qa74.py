"""QA74's review of the session's last readings: masked card numbers, a task's due week, a
newborn's gestational age, a company payee, a Greek code outside a log-in, a game's
notifications, English "ad" beside a last name, a product's Turkish description, a head count,
a venue's country, a toy's target age, a huge age."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in, strong_in


@pytest.mark.parametrize("value", ["•••• 4242", "**** 4242", "Visa •••• 4242",
                                   "4242.4242.4242.4242"])
def test_masked_card_numbers(value: str) -> None:
    found = strong_in({"card_number": value, "brand": "visa"})
    assert "financial.payment" in found.get("card_number", set()), found


@pytest.mark.parametrize("value", ["Visa ending in 4242", "4242", "547829"])
def test_a_card_numbers_part_alone_is_reported_weakly(value: str) -> None:
    """The last four or a BIN alone: reported, below what can decide a verdict (a bingo
    card's or a gym card's number has as many digits: QA75)."""
    found = found_in({"card_number": value})
    assert found["card_number"] == {"financial.payment": "key.card-number-part"}, found
    assert "card_number" not in strong_in({"card_number": value})


def test_a_maps_pan_is_no_card() -> None:
    assert "financial.payment" not in strong_in({"pan": "1200", "zoom": 3}).get("pan", set())


@pytest.mark.parametrize(("body", "path"), [
    ({"task": {"title": "Ship v2 onboarding", "due_week": "2024-W23"}}, "task.due_week"),
    ({"sprint": {"dueWeek": 23}}, "sprint.dueWeek"),
    ({"baby": {"name": "Mia", "gestational_age": 34}}, "baby.gestational_age"),
])
def test_a_due_week_that_is_no_pregnancy(body: dict[str, object], path: str) -> None:
    assert "personal.sensitive" not in strong_in(body).get(path, set())


def test_a_pregnancys_week_in_push_tags() -> None:
    found = strong_in({"tags": {"gestational_age": "21w", "due_week": 22}},
                      "https://push.example.net/api/v1/players")
    assert "personal.sensitive" in found["tags.gestational_age"], found
    assert "personal.sensitive" in found["tags.due_week"], found


def test_a_company_payee_and_a_notifications_audience_are_no_people() -> None:
    found = strong_in({"transfer": {"beneficiary_name": "ACME Supplies Ltd"},
                       "notification": {"recipient_name": "All users"}})
    assert not any("contact.name" in c for c in found.values()), found
    found = strong_in({"transfer": {"payee_name": "Mehmet Yildiz", "amount": 100}})
    assert "contact.name" in found["transfer.payee_name"], found


@pytest.mark.parametrize(("url", "body"), [
    ("https://api.example.gr/v3/kratiseis/anazitisi", {"kodikos": "ABC123"}),
    ("https://api.example.gr/v3/ekptosi", {"kodikos": "FERRY20"}),
    ("https://api.example.gr/v3/perioxes", {"kodikos": "GR-ATH-01", "perigrafi": "Athina"}),
])
def test_a_greek_code_outside_a_log_in_is_no_password(url: str, body: dict[str, object]) -> None:
    assert "secret.credential" not in strong_in(body, url).get("kodikos", set())


def test_a_games_notifications_player_is_its_user() -> None:
    found = strong_in({"player_id": "p_1234567"}, "https://api.game.example/v1/notifications")
    assert found["player_id"] == {"id.user"}, found
    found = strong_in({"app_id": "pw_1", "player_id": "524a348a-6b11-4308-906a-dba0ecf487fc",
                       "opened": True}, "https://api.push.example.com/v1/notifications/1")
    assert found["player_id"] == {"id.device"}, found


@pytest.mark.parametrize("body", [
    {"user": {"first_name": "John", "last_name": "Smith", "ad": "Spring Promo"}},
    {"traits": {"surname": "Smith", "ad": "Facebook Lead Form"}},
])
def test_an_english_ad_beside_a_last_name_is_no_first_name(body: dict[str, object]) -> None:
    found = strong_in(body)
    assert not any(p.endswith(".ad") and "contact.name" in c for p, c in found.items()), found


def test_turkish_isim_beside_soyisim() -> None:
    found = strong_in({"kullanici": {"isim": "Zeynep", "soyisim": "Kaya"}})
    assert "contact.name" in found["kullanici.isim"], found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"urun": {"isim": "Kablosuz Kulaklik", "aciklama": "Bluetooth 5.3, 30 saat pil omru"}},
     "urun.aciklama", "content.text"),
    ({"kisiler": 4, "tarih": "2024-06-01", "saat": "19:30"}, "kisiler", "content.contacts"),
    ({"gym": {"street": "1 Main St", "city": "Austin", "zip": "78701", "country": "US"}},
     "gym.country", "location.coarse"),
    ({"toy": {"child_age_months": 18}}, "toy.child_age_months", "personal.birthdate"),
    ({"child_age": "9" * 10000}, "child_age", "personal.birthdate"),
])
def test_look_alikes(body: dict[str, object], path: str, category: str) -> None:
    assert category not in strong_in(body).get(path, set())


def test_an_insured_homes_address_lines_stay_the_users() -> None:
    found = strong_in({"property": {"line1": "12 Oak Road", "line2": "Flat 2", "city": "Leeds",
                                    "postcode": "LS6 2AB"}},
                      "https://api.example.com/v1/claims")
    assert "contact.address" in found.get("property.line1", set()), found
