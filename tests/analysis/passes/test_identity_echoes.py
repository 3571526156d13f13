"""Who the user is, learned from the study (classifiers/identity_echoes.py): a name, an account's
ID or a phone number found once under a key that says what it is, found again under an app's own
words for them, by the classify pass over a real in-memory study."""

from __future__ import annotations

from analysis.classifiers.identity_echoes import identity_echoes, learned_identities
from analysis.records import Detector, Exchange, Finding, Part
from tests.analysis.passes.test_echoes import _post, _study

SIGN_UP = _post("https://api.ailinwa.example.com/v1/kwelok",
                {"etan": "Hemos Jibas", "nomba": "AW-0048213", "kain": "adult"})
TRAITS = _post("https://api.crm.example.net/v1/identify",
               {"user_id": "AW-0048213",
                "traits": {"name": "Hemos Jibas", "email": "hemos@example.org"}})


def test_a_name_and_an_id_named_once_are_found_under_the_apps_own_words() -> None:
    found = _study(SIGN_UP, TRAITS, _post(
        "https://crash.example.org/api/7/store",
        {"breadcrumbs": [{"message": "jerak saved for AW-0048213 (Hemos Jibas)"}]}))
    assert "contact.name" in found[(2, "traits.name")]
    evidence = found[(1, "etan")]["contact.name"]
    assert "traits.name" in evidence and "request 2" in evidence
    assert "id.user" in found[(1, "nomba")]
    line = found[(3, "breadcrumbs[0].message")]
    assert "id.user" in line and "contact.name" in line
    assert (1, "kain") not in found


def test_nothing_learned_from_a_device_id_nor_spread_into_an_address_book() -> None:
    uuid = "c0ffee00-1234-4abc-9def-0123456789ab"
    found = _study(
        _post("https://api.example.com/v1/a", {"user_id": uuid, "device_id": uuid}),
        _post("https://api.example.com/v1/b", {"kifaa": uuid}),
        TRAITS,
        _post("https://api.example.com/v1/c", {"contacts": [{"n": "Hemos Jibas"}]}))
    # (the install's UUID is the device's again: device_echoes.py; never a person's)
    assert set(found[(2, "kifaa")]) == {"id.device"}
    assert "contact.name" not in found.get((4, "contacts[0].n"), {})


def _f(category: str, value: str, confidence: float = 0.8,
       detector: Detector = Detector.KEY) -> Finding:
    return Finding(1, Part.BODY, "k", category, detector, confidence, "e", value, None, "r")


def test_what_is_learned() -> None:
    known = learned_identities([
        _f("contact.name", "Jane Doe"), _f("contact.name", "Jane"),  # one word: too little
        _f("id.user", "u_7Hq2Kx9PzL"), _f("id.user", "12345"),  # five characters: too little
        _f("contact.phone", "+15550100199"), _f("contact.email", "a@b.co", 0.9, Detector.VALUE),
        _f("contact.name", "Sam Poe", 0.55),  # another person's, below a verdict
        _f("id.user", "c0ffee00-1234-4abc-9def-0123456789ab"),
        _f("id.device", "c0ffee00-1234-4abc-9def-0123456789ab"),  # an install's too: neither
        _f("contact.name", "Rosa Morales", detector=Detector.GROUND_TRUTH),
        _f("contact.phone", "+15550100777", detector=Detector.GROUND_TRUTH)])
    # (the device profile's name too: its matcher reads whole values, not a name written in
    # two fields; the profile's other values are its matcher's alone)
    assert set(known) == {"jane doe", "u_7hq2kx9pzl", "+15550100199", "15550100199",
                          "a@b.co", "rosa morales"}
    rows = [(2, "body", "x", "u_7Hq2Kx9PzL"), (2, "body", "y", "xu_7Hq2Kx9PzL"),
            (2, "body", "z", "call 15550100199 now"), (3, "body", "k", "Jane Doe")]
    echoed = {(f.exchange_id, f.path): f for f in identity_echoes(known, rows, [])}
    assert set(echoed) == {(2, "x"), (2, "z"), (3, "k")}
    assert echoed[(2, "x")].confidence == 0.75 and echoed[(2, "x")].category == "id.user"


def test_a_name_learned_whole_is_found_split_across_two_fields_of_one_object() -> None:
    found = _study(TRAITS, _post("https://api.ailinwa.example.com/v1/kwelok",
                                 {"naanv": "Hemos", "titil": "Jibas", "kain": "Jibas"}),
                   _post("https://api.ailinwa.example.com/v1/other",
                         {"a": {"x": "Hemos"}, "b": {"y": "Jibas"}}))
    assert "contact.name" in found[(2, "naanv")] and "contact.name" in found[(2, "titil")]
    assert "two fields" in found[(2, "naanv")]["contact.name"]
    # (each word alone, in two objects, is nothing)
    assert (3, "a.x") not in found and (3, "b.y") not in found


def test_her_street_address_and_bank_account_found_again_under_the_apps_own_words() -> None:
    found = _study(
        _post("https://api.crm.example.net/v1/identify",
              {"traits": {"address": "14 Aput Lane, Milimani", "iban": "DE89370400440532013000"}}),
        _post("https://api.kar.example.com/v1/dhi", {"kar_dak": "14 Aput Lane, Milimani",
                                                      "akaunt": "DE89370400440532013000",
                                                      "dala": "Milimani"}))
    assert "contact.address" in found[(2, "kar_dak")]
    assert "financial.payment" in found[(2, "akaunt")]
    assert "contact.address" not in found.get((2, "dala"), {})  # (a place's name alone)


def test_an_account_number_a_token_names_the_user_by_stays_the_users_id() -> None:
    claims = "eyJhbGciOiJIUzI1NiJ9.eyJhY2N0IjoiNTAxODgyNDQxNyJ9.c2ln"  # {"acct": "5018824417"}
    found = _study(
        _post("https://api.power.example.com/v1/me", {"accountNo": "5018824417"}),
        Exchange(ts=0, method="GET", url="https://api.power.example.com/v1/bill",
                 request_headers=(("authorization", f"Bearer {claims}"),)),
        _post("https://api.power.example.com/v1/read", {"reading": {"account": "5018824417"}}))
    assert "financial.payment" not in found.get((3, "reading.account"), {})
