"""QA100 (an LGBTQ+ dating app in Warsaw through real mitmdump; a freelancer's tax and payroll
app in Toronto as pcaps and a HAR): a special category's words never named in an evidence
sentence (shown unmasked), a Canadian SIN and bank routing numbers, an HIV status and an
orientation written into a log line."""

from __future__ import annotations

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in, strong_in

API = "https://api.example.com"
CRASH = "https://crash.example.de/api/1/store"


def _evidence(body: bytes, url: str) -> str:
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/json"),), request_body=body)
    return " ".join(f.evidence for f in classify_decoded(1, decode_exchange(ex)))


def test_qa100_no_evidence_names_a_special_categorys_words() -> None:
    evidence = _evidence(b'{"user": {"keywords": "dating,lesbian,warsaw"}}',
                         "https://ads.example.com/openrtb2/auction")
    assert "targeting words name a special category" in evidence
    assert "lesbian" not in evidence.lower()
    evidence = _evidence(b'{"event": "pregnancy_test_positive", "result": "positive"}',
                         "https://in.example.com/v1/track")
    assert "positive" not in evidence.lower()


def test_qa100_a_sin_and_a_banks_routing_numbers() -> None:
    found = found_in({"sin": "130692544", "transit_number": "00012",
                      "institution_number": "004"}, API + "/v1/returns")
    assert found["sin"] == {"personal.national_id": "key.canadian-sin"}
    assert set(found["transit_number"]) == {"financial.payment"}
    assert found_in({"sin": "0.5", "angle": {"sin": "123456789"}}, API + "/v1/math") == {}


def test_qa100_an_hiv_status_and_an_orientation_in_a_log_line() -> None:
    found = strong_in({"breadcrumbs": [{"message": "Profile save hiv_status=negative"}]}, CRASH)
    assert found == {"breadcrumbs[0].message": {"health.medical"}}
    found = strong_in({"breadcrumbs": [{"message": "Profile save sexual_orientation=lesbian"}]},
                      CRASH)
    assert found == {"breadcrumbs[0].message": {"personal.sensitive"}}
    assert strong_in({"breadcrumbs": [{"message": "SIN check sin=130692544 valid=true"}]},
                     CRASH) == {"breadcrumbs[0].message": {"personal.national_id"}}


def test_qa100_other_users_profiles_in_a_like_and_a_discovery_grid() -> None:
    others = [{"profile_id": "tz_p_88120", "name": "Ola", "age": 31, "orientation": "bisexual"},
              {"profile_id": "tz_p_90233", "name": "Marta", "age": 28, "orientation": "lesbian"}]
    found = strong_in({"target": others[0], "action": "like"}, API + "/v1/likes")
    assert not {"target.orientation", "target.age", "target.profile_id"} & set(found)
    found = strong_in({"events": [{"name": "grid_viewed", "props": {"profiles": others}}]},
                      "https://in.example.com/v1/batch")
    assert found == {"events[0].name": {"behavior.usage"}}
    # the user's own profile, and a streaming account's household profiles, stay hers
    found = strong_in({"profile": {"name": "Jane Doe", "orientation": "lesbian"}},
                      API + "/v1/profile")
    assert found["profile.orientation"] == {"personal.sensitive"}
    assert "profiles[0].birth_year" in strong_in(
        {"profiles": [{"id": "pf_3c44", "name": "Milo", "birth_year": 2018}]}, API + "/v2/profiles")
