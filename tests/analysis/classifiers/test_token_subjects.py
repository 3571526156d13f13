"""A bearer token's private claim holding an ID (token_subjects.py): the signed-in user's ID,
or a patient's record number, and the same value found again across the study
(identity_echoes.py) by the classify pass over a real in-memory study."""

from __future__ import annotations

import base64
import json

import pytest

from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in
from tests.analysis.passes.test_echoes import _post, _study


def _b64(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


def bearer(claims: dict[str, object]) -> tuple[str, str]:
    """An ``Authorization`` header with an (unsigned-looking) JWT of ``claims``."""
    token = f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64(claims)}.c2lnbmF0dXJlLXN5bnRoZXRpYw"
    return ("Authorization", f"Bearer {token}")


BASE = {"iss": "https://auth.example.com", "sub": "u_7Hq2Kx9PzL", "aud": "mobile",
        "iat": 1765300000, "exp": 1765303600, "jti": "8bc4f6fa7608dbf3"}


@pytest.mark.parametrize(("claim", "value"), [
    ("dossier", "NAT-2026-014382"), ("hugado", "KP-0388"), ("rukniyat", "SP-KHI-220934"),
    ("numela_tino", "NFF-0388"), ("grower", "KB-MLK-20417"), ("bib", "41872"),
])
def test_a_private_claim_holding_an_id_is_the_users(claim: str, value: str) -> None:
    found = strong_in({}, headers=(bearer({**BASE, claim: value}),))
    assert "id.user" in found[f"Authorization.claims.{claim}"]


@pytest.mark.parametrize(("claim", "value"), [
    ("household", "hh_7e1c47bdd8"), ("aiga", "site_3f81c07a"), ("fam", "fam_71c2"),
    ("club", "club_0117"), ("plan", "gold2"), ("jti", "8bc4f6fa7608dbf3"),
    ("ver", "2.4.1"), ("auth_time", "1765300000"), ("updated", "2026-11-02"),
    ("lvl", "3"), ("tenant", "org_51207"), ("beta", True), ("kyc", "antas2"),
])
def test_a_group_a_thing_a_time_or_a_registered_claim_is_not(claim: str,
                                                               value: object) -> None:
    found = strong_in({}, headers=(bearer({**BASE, claim: value}),))
    assert "id.user" not in found.get(f"Authorization.claims.{claim}", set())


def test_a_patients_record_number_is_medical() -> None:
    found = strong_in({}, headers=(bearer({**BASE, "chart": "SIDC-2026-04418"}),))
    assert found["Authorization.claims.chart"] == {"health.medical"}


def test_only_the_bearer_tokens_claims() -> None:
    # a session cookie's or a body's JWT is not the token the user's requests are signed with
    token = bearer({**BASE, "dossier": "NAT-2026-014382"})[1].removeprefix("Bearer ")
    found = strong_in({"invite": token})
    assert "id.user" not in found.get("invite.claims.dossier", set())


def _with_token(url: str, body: object, claims: dict[str, object]) -> Exchange:
    ex = _post(url, body)
    return Exchange(ts=0, method="POST", url=url,
                    request_headers=(*ex.request_headers, bearer(claims)),
                    request_body=ex.request_body)


def test_the_claims_id_is_found_again_under_the_apps_own_words() -> None:
    found = _study(
        _with_token("https://api.biergerwee.example.com/v1/me", {},
                    {**BASE, "dossier": "NAT-2026-014382", "chart": "STM-88-204517"}),
        _post("https://api.biergerwee.example.com/v1/akt",
              {"dossier": "NAT-2026-014382", "fichier": "STM-88-204517", "status": "open"}),
        _post("https://crash.example.org/api/7/store",
              {"breadcrumbs": [{"message": "saved dossier NAT-2026-014382"}]}))
    assert "id.user" in found[(2, "dossier")]
    assert "Authorization.claims.dossier" in found[(2, "dossier")]["id.user"]
    assert "health.medical" in found[(2, "fichier")]
    assert "id.user" in found[(3, "breadcrumbs[0].message")]
    assert (2, "status") not in found


def test_a_value_a_key_names_keeps_the_keys_meaning() -> None:
    # a national number under its own key elsewhere is that, not the token's account ID
    found = _study(
        _with_token("https://api.example.com/v1/me", {}, {**BASE, "cf": "DOEJNA91E57Z404Z"}),
        _post("https://api.example.com/v1/kyc", {"codice_fiscale": "DOEJNA91E57Z404Z"}),
        _post("https://api.example.com/v1/x", {"payload": {"cf": "DOEJNA91E57Z404Z"}}))
    assert "personal.national_id" in found[(3, "payload.cf")]
    assert "id.user" not in found[(3, "payload.cf")]


@pytest.mark.parametrize("claim", ["pasyente", "pazienta", "pasien", "mgonjwa"])
def test_a_patients_number_in_the_apps_word_for_a_patient_is_medical(claim: str) -> None:
    found = strong_in({}, headers=(bearer({**BASE, claim: "SCH-LEY-2026-00417"}),))
    assert found[f"Authorization.claims.{claim}"] == {"health.medical"}
