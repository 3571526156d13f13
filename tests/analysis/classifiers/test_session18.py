"""Readings from the eighteenth session's look over every set's misses: a condition's year of
diagnosis, a clinic's genotype (not a breeding game's), a family history beside a condition's
record (``rules/keys.toml``, ``validators_health.genotype_value``, ``health_siblings``)."""

from __future__ import annotations

import pytest

from analysis.classifiers.validators_health import genotype_value
from tests.analysis.classifiers.found import found_in


def test_a_diagnosis_by_its_year() -> None:
    found = found_in({"condition": "asthma", "diagnosedYear": 2009, "diagnosed_at": "age 6"})
    assert "health.medical" in found["diagnosedYear"]
    assert "health.medical" in found["diagnosed_at"]


def test_a_genotype_as_a_clinic_writes_it() -> None:
    for value in ("HbSS", "AS", "F508del/G542X", "HBB c.92+5G>C / c.118C>T", "1a"):
        assert genotype_value(value), value
    for value in ("AaBb", "Bb dd", "blue", "dominant", "12", "3"):
        assert not genotype_value(value), value
    assert "health.medical" in found_in({"genotype": "HbSS"})["genotype"]
    assert found_in({"game": {"genotype": "AaBb"}, "cat": {"genotype": "AS"},
                     "dogs": [{"genotype": "AA"}]}) == {}
    assert found_in({"job": {"diagnosed_at": "2024-06-01T10:00"}}) == {}


def test_a_family_history_beside_a_conditions_record() -> None:
    found = found_in({"diagnosis": "type 1 diabetes", "familyHistory": True})
    assert "health.medical" in found["familyHistory"]
    assert found_in({"familyHistory": "Irish roots, Cork 1850"},
                    "https://api.genealogy.example/v1/trees") == {}


def test_an_analytics_batchs_events_in_other_languages() -> None:
    for events in ("eventi", "evenements", "zdarzenia", "su_kien", "ngjarjet"):
        found = found_in({events: [{"name": "app_open", "ts": 1}]})
        assert found[f"{events}[0].name"] == {"behavior.usage": "key.usage"}, events
    # (not Finnish "tapahtumat", an account's transactions as often: the second review)
    assert found_in({"tapahtumat": [{"name": "K-Market Kamppi", "amount": -12.5}]}) == {}


def test_a_copay_paid_is_a_purchase_a_plans_is_not() -> None:
    found = found_in({"slot": "2025-12-12T18:00", "copay": "30.00", "plan": {"copay": 25}},
                     "https://api.clinic.example/v2/sessions")
    assert found["copay"] == {"financial.purchase": "key.copay"}
    assert "plan.copay" not in found
    assert "drugs[0].copay" not in found_in({"drugs": [{"name": "Eliquis", "copay": 47}]})


def _auth(value: str, url: str = "https://flags.toggle.example.com/v1/eval") -> set[str]:
    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="GET", url=url, request_headers=(("authorization", value),))
    return {f.category for f in classify_decoded(1, decode_exchange(ex))}


def test_an_sdks_client_key_in_authorization_is_no_users_credential() -> None:
    for value in ("sdk-toggleby_par_2858", "api_key mob-5eac3c70-6015-4455-a3c1-6cb6aca0263f",
                  "Token token=sdk_iv_roa_2346", "Api-Key fw-client-flagwillo_9921"):
        assert "secret.credential" not in _auth(value), value
    # ...and an API key naming the vendor it is sent to, anywhere in the key (blind110)
    assert "secret.credential" not in _auth("Api-Key tgs_toggleslate_kha_3188",
                                            "https://eval.toggleslate.example.com/v1/flags")
    for value in ("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1XzEifQ.c2ln", "Bearer sdk_at_77c1a9",
                  "Token 9f3c2a77e1b04d6c", "client-session-77c1a9e2",
                  "sdk_user_9f3c2a77e1b04d6c", "Client-Token eyJhbGciOiJIUzI1NiJ9.e30.c2ln"):
        assert "secret.credential" in _auth(value), value


def test_the_third_reviews_look_alikes() -> None:
    """The third review: a karaoke's "ktv", an enrolment's reference face, a SMPTE UMID, a
    router's PSN, a parser's FSA state, an app-store's installations, a Czech gift (dárek), a
    flight's gate, meeting minutes (compte rendu), a company's cédula jurídica, an offer's and
    the weather's conditions, a footballer's height."""
    import random

    from tests.analysis.classifiers.test_qa109_110 import _line
    assert _line("Room booked ktv=3 hours=2") == {}
    assert "health.medical" in _line("Labs rendered K=5.8 PHOS=6.1 ktv=1.31")  # (QA113)
    rnd = random.Random(5)
    mesh = [[round(rnd.random(), 4) for _ in range(3)] for _ in range(468)]
    assert "biometric.face" in found_in({"enrolment": {"reference_face": mesh}})[
        "enrolment.reference_face"]
    assert found_in({"umid": "060A2B340101010501010D4313000000", "psn": "123456789012",
                     "automaton": {"fsa": "S1A"}, "installations": [{"id": "a1b2c3d4e5f6"}],
                     "darek": "Voucher 500 Kč, Hlavní 12, Praha", "shaar": "B12",
                     "compte_rendu": {"id": "CR-2024-117"},
                     "empresa": {"cedula_juridica": "3101123456"},
                     "oferta": {"condiciones": "Válido de lunes a jueves"},
                     "meteo": {"condiciones": "Parcialmente nublado"},
                     "jugador": {"estatura": 170}}) == {}


def test_the_last_rounds_quoted_people_and_a_surgery() -> None:
    """QA112, QA115, QA116: a dependant's and a care recipient's quoted name; a GP surgery's
    line is about the surgery."""
    from tests.analysis.classifiers.test_qa109_110 import _line
    assert "contact.name" in _line("Dependant saved name='Elias Lindqvist' dob=2015-03-02")
    assert "contact.name" in _line("Recipient loaded name='森 和子' since=2021")
    assert _line("Surgery lookup ods=B86001 practice='Chapel Allerton Surgery' "
                 "addr='1 Chapel Street, Leeds LS7 3AB' tel='+44 113 496 0000'") == {}


def test_a_walk_me_home_companion_is_a_contact_the_user_names() -> None:
    found = found_in({"companions": [{"name": "Maria Lopez", "phone": "+13125550144"}]},
                     "https://a.example/v1/walks")
    assert "content.contacts" in found["companions[0].phone"]
    assert "content.contacts" in found["companions[0].name"]


@pytest.mark.parametrize(("url", "nested", "point"), [
    ("/api/v2/bookings/eta", False, True), ("/v1/trips/t1/ping", False, True),
    ("/v1/heartbeat", True, True), ("/v1/diario/posicion", True, True), ("/v2/suivi", True, True),
    ("/v1/walks/w1/summary", False, False),
    # (the review: a bet's live odds, a network's ping, a fleet's ping of a vehicle)
    ("/v1/heartbeat", False, False), ("/v1/matches/m1/live", False, False),
    ("/v1/net/ping", False, False), ("/admin/fleet/vehicles/VH-7781/ping", True, False),
])
def test_a_keyless_protobuf_point_in_a_live_ping(url: str, nested: bool, point: bool) -> None:
    """A schema-less protobuf's two adjacent doubles are a point in an ETA's, a trip's ping, or
    as a point's own message (fields 1 and 2 of a nested message) in a heartbeat's or a
    tracking call (blind105-blind116), not in a walk's summary nor beside a bet's id."""
    import struct

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="POST", url="https://api.a.example" + url,
                  request_headers=(("content-type", "application/x-protobuf"),),
                  request_body=b"\n\x04tr_1" + (
                      b"\x12\x12" + b"\x09" + struct.pack("<d", -17.76412)
                      + b"\x11" + struct.pack("<d", 31.05577) if nested else
                      b"\x11" + struct.pack("<d", -17.76412)
                      + b"\x19" + struct.pack("<d", 31.05577)))
    found = {f.path for f in classify_decoded(1, decode_exchange(ex))
             if f.category == "location.precise" and f.confidence >= 0.6}
    assert bool(found) is point, url
