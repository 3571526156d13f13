"""QA117's and QA118's readings (a loan app in Nairobi, a connected car in Detroit, a prayer app
in Istanbul, a pharmacy in Paris): Kenya's KRA PIN by its names, a sect in Turkish, a French
pregnancy flag (never a loudspeaker), an SMS scraper's plain strings, and a log line's
coordinates beside the user's own saved place (``rules/keys.toml``, ``log_pairs.py``)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.net/api/1/store/"


def _line(line: str) -> dict[str, str] | None:
    body = {"breadcrumbs": [{"category": "app", "message": line}]}
    return found_in(body, CRASH).get("breadcrumbs[0].message")


def test_a_kra_pin_by_its_names() -> None:
    found = found_in({"kra_pin": "A009731485K", "taxpayer_pin": "a009731485k",
                      "tax_pin": "A051234567Z"})
    assert {k: v["personal.national_id"] for k, v in found.items()} == {
        "kra_pin": "key.kra-pin", "taxpayer_pin": "key.kra-pin", "tax_pin": "key.kra-pin"}
    assert _line("KYC verified kra_pin=A009731485K") == {"personal.national_id": "key.kra-pin"}
    # a card's or a lock's PIN, a bare "kra", a business's P-PIN (a SACCO's, a till's, a
    # company's), a US e-file's five-digit signature PIN
    assert "personal.national_id" not in str(found_in(
        {"pin_number": "4821", "kra": "A009731485K", "lock": {"pin": "1234"},
         "sacco": {"kra_pin": "P051234567Z"}, "till": {"kra_pin": "P051234567Z"},
         "company_kra_pin": "P051234567Z", "efile": {"tax_pin": "58231"}}))
    assert _line("Till registered business kra_pin=P051234567Z") is None


def test_a_sect_in_turkish() -> None:
    assert found_in({"user_props": {"mezhep": "hanefi"}})["user_props.mezhep"] == {
        "personal.sensitive": "key.sect-tr"}
    assert _line("Profile saved mezhep=hanefi") == {"personal.sensitive": "key.sect-tr"}
    # a book's, a mosque's, a lesson's, a search filter's school
    assert found_in({"kitap": {"mezhep": "hanefi"}, "cami": {"mezhep": "hanefi"},
                     "dersler": [{"mezhep": "safii"}], "filtre": {"mezhep": "tümü"}}) == {}


def test_a_french_pregnancy_flag_not_a_loudspeaker() -> None:
    for value in (True, "oui", "non", 1):
        assert found_in({"enceinte": value})["enceinte"] == {
            "personal.sensitive": "key.pregnant-flag-fr"}, value
    assert _line("Conseil sujet=fievre_toux enceinte=true") == {
        "personal.sensitive": "key.pregnant-flag-fr"}
    assert found_in({"enceinte": "Salon JBL", "enceintes": [{"nom": "Cuisine"}],
                     "filtres": {"enceinte": True}, "audio": {"enceinte": True},
                     "medicament": {"contre_indications": {"enceinte": True}},
                     "parametres": {"son": {"enceinte": "1"}}}) == {}
    assert _line("BT connect enceinte=1 device='JBL Flip 5'") is None
    assert _line("Audio route enceinte=true") is None


def test_an_sms_scrapers_plain_strings() -> None:
    found = found_in({"sms_samples": ["QK12AB Confirmed. Ksh1,200.00 sent to a shop on 3/11",
                                      "Your balance is Ksh 300"],
                      "sms_bodies": ["See you at five, mum"]}, "https://score.example.net/v1/s")
    assert found["sms_samples"] == {"content.text": "key.sms-text"}
    assert found["sms_bodies"] == {"content.text": "key.sms-text"}
    # an app's SMS template, a setting, a flag, a campaign's, a plan's, an invite's text
    assert found_in({"settings": {"sms_text": "Your code is {code}"}, "sms_body": "enabled",
                     "template": {"sms_body": "Hello {name}, your order shipped"},
                     "campaign": {"sms_texts": ["Big sale this weekend only"]},
                     "plan": {"sms_text": "50 SMS to all networks, valid 24 hours"},
                     "share": {"sms_text": "Join me on the app, it is great"}}) == {}


def test_a_log_lines_point_beside_the_users_saved_place() -> None:
    for line in ("Trip end lat=42.331427 lon=-83.045754 place=work",
                 "Trip start lat=42.331427 lon=-83.045754 place='home'"):
        assert _line(line) == {"location.precise": "key.latitude"}, line
    # a place that is a business's stays its own, and so does a venue named "Home …"
    for line in ("Store pin lat=42.331427 lon=-83.045754 place=walmart",
                 "Place opened place=work_cafe lat=42.331427 lon=-83.045754",
                 "Place pin place=home-depot lat=42.331427 lon=-83.045754",
                 "Place pin place='Home Depot' lat=42.331427 lon=-83.045754"):
        assert _line(line) is None, line


def test_a_pharmacys_record_flattened_into_an_events_properties() -> None:
    selected = {"events": [{"name": "pharmacy_selected", "props": {
        "pharmacy_id": "ph_1", "name": "Pharmacie de la Roquette", "lat": 48.854321,
        "lon": 2.372154}}]}
    assert "location.precise" not in str(found_in(selected, "https://an.example.net/v1/batch"))
    # an event's name, a check-in beside it, a site's ID: the position stays the user's (the
    # fifth review)
    for props, name in (({"pharmacy_id": "p1", "name": "Pharmacy Order Placed"}, "order"),
                        ({"pharmacy_id": "p1", "name": "Boots Pharmacy"}, "pharmacy_checkin"),
                        ({"site_id": "s1", "name": "Gym Session Completed"}, "workout")):
        body = {"event": name, "props": {**props, "lat": 48.854321, "lon": 2.372154}}
        assert "location.precise" in found_in(body, "https://an.example.net/v1/batch")[
            "props.lat"], props
    # a store's ID beside a person's name: the position stays the user's
    mine = found_in({"props": {"store_id": "s1", "name": "Jane Doe", "lat": 48.854321,
                               "lon": 2.372154}}, "https://an.example.net/v1/batch")
    assert mine["props.lat"] == {"location.precise": "key.latitude"}
    # ...and a pharmacy's pick-up with a place's name is where the user picks it up
    pickup = found_in({"pharmacy_id": "ph_1", "name": "Pharmacie Centrale", "lat": 48.854321,
                       "lon": 2.372154}, "https://api.example.net/v1/orders/o1/pickup")
    assert pickup["lat"] == {"location.precise": "key.latitude"}


def test_a_log_line_about_a_pharmacy_in_french() -> None:
    assert _line("Pharmacie id=ph_75011_03 lat=48.854321 lon=2.372154") is None
    assert _line("Pharmacie choisie id=ph_75011_03 adresse='12 rue de la Roquette'") is None
    # ...as the line's first word only, and not a search, a street's name (the fifth review)
    assert _line("Apotheke Notdienst Suche lat=52.520008 lon=13.404954") == {
        "location.precise": "key.latitude"}
    assert "location.precise" in str(_line(
        "Address saved addr='Calle de la Farmacia 3, Madrid' lat=40.416775 lon=-3.703790"))


def test_an_order_called_commandes_is_left_alone() -> None:
    """The plural of an order's name is a device's or a bot's commands as often (the fifth
    review): "/v1/commandes" is not read as an order's call."""
    order = {"articles": [{"ean": "3400930000000", "nom": "Sirop 125 ml", "qte": 1,
                           "prix": 2.18}], "total": 2.18}
    assert "total" not in found_in(order, "https://api.example.fr/v1/commandes")
    assert found_in({"total": 3, "commande": "volume_up"},
                    "https://tv.example.fr/v1/commandes") == {}


def test_a_near_me_searchs_point() -> None:
    found = found_in({}, "https://ev.example.ca/v1/stations?near=42.37,-83.10")
    assert found["near"] == {"location.coarse": "key.near"}
    found = found_in({}, "https://ev.example.ca/v1/stations?near=42.3721,-83.1013")
    assert found["near"] == {"location.precise": "key.near"}
    # a name, a range between 0 and 2, a place's own point (the fifth review)
    assert found_in({}, "https://ev.example.ca/v1/stations?near=downtown") == {}
    assert found_in({"dedupe": {"near": "0.15,0.85"}, "poi": {"near": "42.37,-83.10"}}) == {}
