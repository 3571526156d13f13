"""QA132's readings (a Greek ferry's disability discount, a Croatian home-visit doctor): Greece's
AMKA and Croatia's OIB by their check digits, Greek-script keys romanised, Croatian and Greek
health, faith, minority and phone keys, Orthodox words among an ad's targeting words."""

from __future__ import annotations

import pytest

from analysis.classifiers.validators_checked import croatian_oib, greek_amka
from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/x"


def test_an_amka_and_an_oib_by_their_check_digits() -> None:
    assert greek_amka("12038902149") and not greek_amka("12038902148")
    assert croatian_oib("69381045271") and not croatian_oib("69381045272")


@pytest.mark.parametrize(("body", "category"), [
    ({"amka": "12038902149"}, "personal.national_id"),
    ({"ΑΜΚΑ": "12038902149"}, "personal.national_id"),
    ({"oib_pacijenta": "69381045271"}, "personal.national_id"),
    ({"dijagnoza": "dijabetes tip 1"}, "health.medical"),
    ({"vjera": "pravoslavna"}, "personal.sensitive"),
    ({"nacionalna_manjina": "srpska"}, "personal.sensitive"),
    ({"mobitel": "+385985551206"}, "contact.phone"),
    ({"θρήσκευμα": "Ορθόδοξη"}, "personal.sensitive"),
    ({"anapiria": "paraplegia 67%"}, "personal.sensitive"),
])
def test_greek_and_croatian_keys(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body, URL)[key]


def test_an_amka_in_a_crash_line_and_orthodox_ad_words() -> None:
    line = {"breadcrumbs": [{"message": "Kratisi ok amka=12038902149 ekptosi=50"}]}
    assert found_in(line, "https://crash.example.org/api/1/store") == {
        "breadcrumbs[0].message": {"personal.national_id": "key.greek-amka"}}
    ads = found_in({"user": {"keywords": "orthodoxi,proskynima,tinos"}},
                   "https://ads.example/openrtb2")
    assert ads == {"user.keywords": {"personal.sensitive": "value.sensitive-targeting"}}
    assert found_in({"amka": "12038902148", "ljekarna": {"oib_tvrtke": "69381045271"}}, URL) == {}
