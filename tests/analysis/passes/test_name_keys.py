"""A person's name under the app's own word for one, learned from the study
(classifiers/name_keys.py): where the user's name is found by its value, the key it sits under
names the other people the same app sends, by the classify pass over a real in-memory study."""

from __future__ import annotations

import dataclasses
from urllib.parse import urlsplit

from analysis.classifiers.name_keys import learned_keys, named_again
from analysis.classifiers.paths import last_key
from analysis.records import Detector, Exchange, Finding, Part
from tests.analysis.passes import test_echoes
from tests.analysis.passes.test_echoes import _study


def _post(url: str, body: object) -> Exchange:
    """A POST with its host, as every source records it."""
    return dataclasses.replace(test_echoes._post(url, body), host=urlsplit(url).hostname)


TRAITS = _post("https://api.crm.example.net/v1/identify",
               {"user_id": "AW-0048213",
                "traits": {"name": "Petelo Tialetagi", "email": "petelo@example.org"}})
FAMILY = _post("https://api.fale.example.com/v1/kaiga",
               {"higoa": "Petelo Tialetagi",
                "kaiga": [{"higoa": "Losa Tialetagi", "tausaga": 9},
                          {"higoa": "Mikaele Tialetagi", "tausaga": 41}]})


def test_the_other_people_the_app_names_under_its_word_for_hers_are_named() -> None:
    found = _study(TRAITS, FAMILY, _post(
        "https://api.fale.example.com/v1/ave", {"kaiga": {"higoa": "Losa Tialetagi"},
                                                "faleoloa": {"higoa": "Fale Lelei Store"}}))
    assert "contact.name" in found[(2, "higoa")]  # hers, echoed (identity_echoes)
    for path in ("kaiga[0].higoa", "kaiga[1].higoa"):
        evidence = found[(2, path)]["contact.name"]
        assert "'higoa'" in evidence and "request 2" in evidence
    assert "contact.name" in found[(3, "kaiga.higoa")]
    # (a shop's name under the same word is no person's: its words are a business's)
    assert "contact.name" not in found.get((3, "faleoloa.higoa"), {})
    assert "contact.name" not in found.get((2, "kaiga[0].tausaga"), {})


def test_the_word_is_learned_per_host_and_never_from_a_key_the_rules_read() -> None:
    found = _study(TRAITS, FAMILY, _post(
        "https://api.other.example.org/v1/x", {"higoa": "Losa Tialetagi"}))
    assert "contact.name" not in found.get((3, "higoa"), {})  # (another app's word)
    found = _study(TRAITS, _post("https://api.fale.example.com/v1/p",
                                 {"name": "Petelo Tialetagi"}),
                   _post("https://api.fale.example.com/v1/q",
                         {"item": {"name": "Mata Tuara"}}))
    assert "contact.name" not in found.get((3, "item.name"), {})


def _name(path: str, rule: str = "echo.identity", exchange_id: int = 1) -> Finding:
    return Finding(exchange_id, Part.BODY, path, "contact.name", Detector.VALUE, 0.75, "e",
                   "Jane Doe", None, rule)


def test_what_is_learned_and_what_is_found() -> None:
    assert last_key("kaiga[1].higoa") == "higoa" and last_key("alohi[2]") == "alohi"
    keys = learned_keys([_name("higoa"), _name("aram", "key.name"),  # (a key rule's: known)
                         _name("title"), _name("jina", "context.first-name", 2)],
                        {1: "a.example.com", 2: "b.example.com"})
    assert set(keys) == {("a.example.com", "higoa"), ("b.example.com", "jina")}
    rows = [(3, "body", "higoa", "Losa Tialetagi", "a.example.com"),
            (3, "body", "hotel.higoa", "Losa Tialetagi", "a.example.com"),  # a hotel's
            (3, "body", "contacts[0].higoa", "Losa Tialetagi", "a.example.com"),  # her book
            (3, "body", "x.higoa", "losa", "a.example.com"),  # not written as a full name
            (3, "body", "y.higoa", "Example Clinic Avarua", "a.example.com"),
            (3, "query", "higoa", "Losa Tialetagi", "a.example.com"),
            (4, "body", "jina", "Amina Juma", "b.example.com")]
    again = named_again(keys, rows, [_name("higoa", exchange_id=4)])
    assert {(f.exchange_id, f.path) for f in again} == {(3, "higoa"), (4, "jina")}
    # (a name alone under the word, not in a list nor a kin's object: below a verdict)
    assert all(f.confidence == 0.55 and f.rule == "learned.name-key" for f in again)
    listed = named_again(keys, [(5, "body", "kaiga[1].higoa", "Losa Tialetagi",
                                 "a.example.com")], [])
    assert [f.confidence for f in listed] == [0.7]
