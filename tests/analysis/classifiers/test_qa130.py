"""QA130's readings (a Chilean pension fund's app, a Belgian driving school's): Belgium's national
register number by its check digits, Flemish "gsm", an indigenous people's and an Adventist's
words among an ad's targeting words, "pueblo_originario"."""

from __future__ import annotations

from analysis.classifiers.validators_checked import belgian_rrn
from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/x"


def test_a_belgian_national_register_number() -> None:
    assert belgian_rrn("09.06.14-273.52") and belgian_rrn("85.07.30-033.28")
    assert not belgian_rrn("09.06.14-273.53")
    found = found_in({"rijksregisternummer": "09.06.14-273.52", "gsm": "0470 55 51 84",
                      "pueblo_originario": "mapuche"}, URL)
    assert found == {"rijksregisternummer": {"personal.national_id": "key.belgian-rrn"},
                     "gsm": {"contact.phone": "key.phone"},
                     "pueblo_originario": {"personal.sensitive": "key.sensitive"}}
    line = {"breadcrumbs": [{"message": "Inschrijving ok rrn=09061427352 cat=B"}]}
    assert found_in(line, "https://crash.example.org/api/1/store") == {
        "breadcrumbs[0].message": {"personal.national_id": "key.belgian-rrn"}}


def test_mapuche_among_an_ad_s_targeting_words_and_no_cell_s_gsm() -> None:
    found = found_in({"user": {"keywords": "mapuche,costura"}}, "https://ads.example/openrtb2")
    assert found == {"user.keywords": {"personal.sensitive": "value.sensitive-targeting"}}
    assert found_in({"rrn": "12345678901", "gsm": "GSM"}, URL) == {}


def test_qa131_s_uruguayan_cedula_a_restriction_and_moslim() -> None:
    """QA131 (a Uruguayan cannabis club's members, a Flemish wheelchair-ride app)."""
    from analysis.classifiers.validators_checked import uruguay_ci
    assert uruguay_ci("5.803.214-6") and uruguay_ci("1876543-4") and not uruguay_ci("1876543-5")
    found = found_in({"integrantes": [{"ci": "5.803.214-6"}],
                      "medische_beperking": "MS - vermoeidheid"}, URL)
    assert found == {"integrantes[0].ci": {"personal.national_id": "key.uruguay-ci"},
                     "medische_beperking": {"health.medical": "key.medical"}}
    assert found_in({"ci": "CI/CD", "pipeline": {"ci": "12345678"}}, URL) == {}
    ads = found_in({"user": {"keywords": "moslim,halal"}}, "https://ads.example/openrtb2")
    assert ads == {"user.keywords": {"personal.sensitive": "value.sensitive-targeting"}}


def test_a_check_in_date_a_build_or_an_order_under_ci_is_no_cedula() -> None:
    """The session's seventh review: a hotel's "ci"/"co", a build's "ci", an order's."""
    for body in ({"hotel_id": 88123, "ci": "2026-11-09", "co": "2026-11-15"},
                 {"ci": "1200-8400", "commit": "a1b2c3d"}, {"pedido": {"ci": "4512001-1"}}):
        assert found_in(body, URL) == {}, body
