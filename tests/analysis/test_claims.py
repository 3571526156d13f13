"""The claims file parser: strict, with errors that name the claim and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.claims import ClaimsError, expand_countries, load_claims, parse_claims

P = Path("claims.toml")
HEAD = 'app = "com.example.app"\nfirst_party = ["App.Example"]\nuser_country = "us"\n'


def claim(body: str) -> str:
    return HEAD + '[[claim]]\nid = "c1"\ntext = "t"\n' + body


def test_valid_file() -> None:
    f = parse_claims(claim('data = ["biometric", "id.device"]\nexpect = "only"\n'
                           'countries = ["US", "eu"]\nwhen = { consent = false, label = "x" }\n'
                           'recipients = "third_party"\n'), P)
    c = f.claims[0]
    assert f.first_party == ("app.example",) and f.user_country == "US"
    assert c.countries == ("US", "EU") and c.recipients == "third_party"
    assert dict(c.when) == {"consent": "no", "label": "x"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('data = ["biometric.fingerprint"]\nexpect = "absent"\n',
         "unknown category 'biometric.fingerprint'"),
        ('data = ["id"]\nexpect = "never"\n', "unknown expect 'never'"),
        ('data = ["id"]\nexpect = "only"\ncountries = ["XX"]\n',
         "unknown country code or group 'XX'"),
        # (QA183: a British user's "UK" is told the code ISO 3166 gives it)
        ('data = ["id"]\nexpect = "only"\ncountries = ["UK"]\n',
         "unknown country code or group 'UK'; for the United Kingdom write 'GB'"),
        # (QA198: any alpha-3 code is told its alpha-2)
        ('data = ["id"]\nexpect = "only"\ncountries = ["UGA"]\n',
         "unknown country code or group 'UGA'; for Uganda write 'UG'"),
        ('data = ["id"]\nexpect = "only"\n', "needs a countries list"),
        ('data = ["id"]\nexpect = "absent"\ncountries = ["US"]\n', "contradictory scopes"),
        ('data = ["id"]\nexpect = "absent"\nrecipients = "partners"\n', "unknown recipients"),
        ('data = ["id"]\nexpect = "absent"\nwhen = { mood = "x" }\n',
         "unknown condition when.mood"),
        ('data = []\nexpect = "absent"\n', "non-empty list"),
        ('data = ["id"]\nexpect = "absent"\nscope = 1\n', "unknown key(s) scope"),
    ],
)
def test_errors_name_the_claim_and_problem(body: str, message: str) -> None:
    with pytest.raises(ClaimsError) as err:
        parse_claims(claim(body), P)
    assert "claims.toml" in str(err.value)
    assert message in str(err.value)
    assert "'c1'" in str(err.value) or "claim" in str(err.value)


def test_duplicate_ids_and_bad_toml(tmp_path: Path) -> None:
    twice = (claim('data = ["id"]\nexpect = "absent"\n')
             + '[[claim]]\nid = "c1"\ndata = ["id"]\nexpect = "absent"\n')
    with pytest.raises(ClaimsError, match="used twice"):
        parse_claims(twice, P)
    bad = tmp_path / "c.toml"
    bad.write_text("app = [")
    with pytest.raises(ClaimsError, match="not valid TOML"):
        load_claims(bad)
    with pytest.raises(ClaimsError, match="not found"):
        load_claims(tmp_path / "missing.toml")


def test_group_aliases_expand() -> None:
    eea = expand_countries(["EEA"])
    assert {"DE", "FR", "NO", "IS", "LI"} <= eea and "GB" not in eea and "CH" not in eea
    assert expand_countries(["us", "EU"]) >= {"US", "IE"}
