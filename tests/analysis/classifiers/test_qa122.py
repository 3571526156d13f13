"""QA122's readings (a sleep ring in Helsinki with Finnish keys; a used-car loan in Monterrey
with Spanish keys): Finnish key names, a population's age bands, a map's pins, a CLABE by its
longer names, Mexico's voter key, a seller's record and a seller's line (``rules/keys.toml``,
``validators_ids.LETTERED_ID``, ``log_pair_words.PARTY_PAIR``)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in


def _line(line: str) -> dict[str, str] | None:
    body = {"breadcrumbs": [{"category": "app", "message": line}]}
    return found_in(body, "https://crash.example.net/api/1/store/").get("breadcrumbs[0].message")


def test_finnish_key_names() -> None:
    found = found_in({"sukunimi": "Virtanen", "osoite": "Mannerheimintie 12 A 5, 00100 Helsinki",
                      "syntymaaika": "1990-03-17", "salasana": "hunter2hunter"},
                     "https://api.example.fi/v1/profile")
    assert {k: set(v) for k, v in found.items()} == {
        "sukunimi": {"contact.name"}, "osoite": {"contact.address"},
        "syntymaaika": {"personal.birthdate"}, "salasana": {"secret.credential"}}


def test_a_populations_age_bands_and_a_maps_pins_are_nobodys() -> None:
    body = {"population": {"bands": [{"age_band": "25-29"}]}, "demo": {"age": 34},
            "pins": [{"lat": 25.686613, "lon": -100.316116}]}
    found = found_in(body, "https://api.example.mx/v1/map")
    assert "personal.birthdate" not in str(found) and "location.precise" not in str(found)
    # ...while the user's own age and a dropped pin's point stay hers
    assert "personal.birthdate" in found_in({"profile": {"age_band": "25-29"}})[
        "profile.age_band"]
    assert "location.precise" in found_in({"pin": {"lat": 25.686613, "lon": -100.316116}})[
        "pin.lat"]


def test_a_clabe_mexicos_voter_key_a_sellers_details() -> None:
    found = found_in({"cuenta_clabe": "002180700000000000",
                      "clave_elector": "GMVLMR80070501M100",
                      "vendedor": {"nombre": "Luis Garza", "telefono": "+528112345678"}},
                     "https://api.example.mx/v1/loans")
    assert found["cuenta_clabe"] == {"financial.payment": "key.account-number"}
    assert found["clave_elector"] == {"personal.national_id": "key.ine-voter-key"}
    # (the eighth review) Spain's INE codes, a ticket's number in the shape, a company's CLABE,
    # the user's own listing naming her as the seller
    assert found_in({"municipio": {"clave_ine": "28079"}, "id_number": "TICKET20240315M001",
                     "empresa": {"cuenta_clabe": "002180700000000000"}}) == {}
    assert _line("Listing published seller='Jane Doe' tel=+528112345678") == {
        "contact.phone": "key.phone"}
    assert "vendedor.telefono" not in found
    assert _line("Chat opened vendedor='Luis Garza' tel=+528112345678") is None
    assert found_in({"clave_elector": "pendiente"}) == {}


def test_an_insurers_office_in_finnish() -> None:
    found = found_in({"sukunimi": "Virtanen", "toimipiste": {
        "nimi": "Kasko Vakuutus, Helsingin toimipiste",
        "osoite": "Aleksanterinkatu 48 A, 00100 Helsinki", "puhelin": "+358 9 1234 5678"}},
        "https://wellness.example.org/api/v1/alennus")
    assert set(found) == {"sukunimi"}
