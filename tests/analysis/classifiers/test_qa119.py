"""QA119's readings (an IVF clinic's app in Warsaw, Polish keys; a motorbike-taxi app in
Kampala): a fertility treatment's hormones and results, a Polish pregnancy test and a clinic's
branch record, a branch's line in a crash log, a payer's name, a mobile-money number
(``rules/keys.toml``, ``log_pair_words.py``)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.net/api/1/store/"


def _line(line: str) -> dict[str, str] | None:
    body = {"breadcrumbs": [{"category": "app", "message": line}]}
    return found_in(body, CRASH).get("breadcrumbs[0].message")


def test_a_fertility_treatments_results() -> None:
    found = found_in({"amh": 2.1, "fsh": 7.4, "beta_hcg": 412, "sperm_count": 41,
                      "embryo_transfer_date": "2026-12-01", "test_ciazowy": "pozytywny"},
                     "https://api.example.pl/v1/wyniki")
    assert {k: set(v) for k, v in found.items()} == {
        k: {"health.medical"} for k in ("amh", "fsh", "beta_hcg", "embryo_transfer_date",
                                        "test_ciazowy")}
    assert _line("Lab sync beta_hcg=412 amh=2.1 fsh=7.4") == {
        "health.medical": "words.fertility-hormones"}
    # a clinic's price list, a shader, a subtitle track, a mare's cycle, a cart's test (the
    # fifth review)
    assert found_in({"products": [{"name": "AMH test", "fsh": "included"}],
                     "cennik": {"amh": 120}, "shader": {"fsh": "main.fsh"},
                     "subtitles": {"amh": "amh.vtt"}, "mare": {"fsh": 12.1},
                     "cart": {"items": [{"hcg_sensitivity": 25}]}}) == {}
    assert _line("Mare cycle fsh=12.1 hcg=given") is None
    assert _line("Subtitle tracks amh=1 eng=1") is None


def test_a_clinics_branch_is_its_own() -> None:
    branch = {"placowka": {"id": "p1", "nazwa": "Kolyska Mokotow", "adres": "ul. Pulawska 145",
                           "telefon": "+48225550140", "lat": 52.196123, "lon": 21.023712}}
    assert found_in(branch, "https://api.example.pl/v1/wizyty") == {}
    for line in ("Branch list loaded branch='Kolyska Mokotow, ul. Pulawska 145' "
                 "tel=+48225550140",
                 "Branch map opened branch=br_mok lat=52.1961 lon=21.0237 tel=+48225550140"):
        assert _line(line) is None, line
    # ...but the user's own booking, Branch.io's SDK, a git branch keep what they say
    assert _line("Branch SDK setIdentity email=jane@example.com") == {
        "contact.email": "key.email"}
    assert _line("Branch loan application submitted branch=br_mok tel=+48601555274") == {
        "contact.phone": "key.phone"}
    assert _line("Branch appointment booked branch=br_mok tel=+48601555274") == {
        "contact.phone": "key.phone"}


def test_a_payers_name_and_a_mobile_money_number() -> None:
    found = found_in({"payer_name": "Grace Nakato Namuli", "momo_number": "+256752555118",
                      "mobile_money_number": "0752555118"}, "https://pay.example.net/v2/collections")
    assert found["payer_name"] == {"contact.name": "key.payer-name"}
    # an insurer, a processor, a county as a payer
    for payer in ("Cigna Healthcare", "Stripe Payments Europe", "Nairobi City County", "Aetna"):
        assert found_in({"payer_name": payer}) == {}, payer
    assert found_in({"claim": {"payer_name": "Blue Cross Blue Shield"}}) == {}
    assert found["momo_number"] == {"financial.payment": "key.mobile-money"}
    assert found["mobile_money_number"] == {"financial.payment": "key.mobile-money"}
    # a merchant's till is none; a recipient's wallet is a contact's number
    found = found_in({"merchant": {"momo_number": "+256752000111"},
                      "recipient": {"mobile_money_number": "+256752000222"}},
                     "https://pay.example.net/v2/collections")
    assert "merchant.momo_number" not in found
    assert "financial.payment" not in found["recipient.mobile_money_number"]


def test_a_riders_quoted_name_only_in_a_trips_line() -> None:
    assert _line("Rider assigned rider='Brian Okello' plate='UFA 123K'") == {
        "contact.name": "text.logged-name"}
    # a GPU's driver, a courier company, a race, an insurance rider (the sixth review)
    for line in ("GPU init driver='Qualcomm Adreno' version=615",
                 "Courier assigned courier='Royal Mail' eta=2d",
                 "Race standings driver='Lewis Hamilton' team=Mercedes",
                 "Policy quote rider='Critical Illness' premium=12"):
        assert _line(line) is None, line
