"""Health facts in what the user wrote and in a medication's key (``health_words.py`` and its
vocabularies in ``rules/health_words.toml``): the wider lists of conditions, medicines and
symptoms, the phrases, a medicine named under a medication key; and what stays no health."""

from __future__ import annotations

import pytest

from analysis.classifiers.health_vocab import CONDITIONS, MEDICINES, SYMPTOMS
from analysis.classifiers.health_words import health_terms
from tests.analysis.classifiers.found import found_in

API = "https://api.example.com"
MEDICAL = "health.medical"


@pytest.mark.parametrize("text", [
    "Can the evening visit move to 7pm? The Donepezil makes her drowsy.",
    "Flare not responding to tacrolimus, new patches on eyelids",
    "Tinnitus louder since I flew last week",
    "Someone you were with recently tested positive for chlamydia. Free testing is available.",
    "Preciso de mudar a aula de amanhã, tenho asma e está frio",
    "Legs felt heavy after the subway stairs, heartburn and numbness all night",
    "Haven't slept more than four hours, the doctor gave me trazodone",
])
def test_health_facts_named_in_text(text: str) -> None:
    assert health_terms(text), text


@pytest.mark.parametrize("text", [
    "the hotel had a rash of bad reviews and a sore point",
    "Lithium battery at 20%, charge tonight",
    "My stroke rate was 28 and the pain of the last 500 m was real",
    "Monitors way too hot tonight",
    "Please bring the embryo of an idea to the meeting",
    "Numb, Pain, Vertigo and a Hives cover tonight",
    "This boss is a pain, my thumbs ache",
    "Er spielt wie Gerd Müller, sagt Dr. Gerd Schneider",
    "Manic Monday, my coffee addiction is real",
    "This update has side effects, my settings reset",
    "Cataract Falls hike with my son",
])
def test_no_health_facts(text: str) -> None:
    assert not health_terms(text), text


def test_the_vocabularies_are_loaded_from_their_rule_file() -> None:
    assert {"thalassemia", "asthma", "tinnitus"} <= CONDITIONS
    assert {"donepezil", "tacrolimus", "penicillin"} <= MEDICINES
    assert {"numbness", "fever"} <= SYMPTOMS
    # (words that name other things as often are kept out, or only weak: a name, a band, a
    # setlist's, a car review's, a game boss's words; the session's review)
    assert not {"lithium", "shingles", "stroke", "sore", "pain", "numb", "gerd", "lupus"} & (
        CONDITIONS | MEDICINES | SYMPTOMS)


def test_a_medicine_under_a_medication_key() -> None:
    found = found_in({"med": "quetiapine", "taken": True}, API + "/v1/doses")
    assert set(found["med"]) == {MEDICAL}
    found = found_in({"treatments": [{"name": "Tacrolimus 0.1% ointment"}]}, API + "/v1/plan")
    assert set(found["treatments[0].name"]) == {MEDICAL}
    found = found_in({"traits": {"biologic": "ixekizumab"}}, API + "/v1/identify")
    assert set(found["traits.biologic"]) == {MEDICAL}
    # a shop's item needs its strength or its form; a medication key needs a medicine's name
    assert found_in({"items": [{"name": "Tacrolimus"}]}, API + "/v1/cart") == {}
    assert MEDICAL not in str(found_in({"treatment": "deep conditioning"}, API + "/v1/salon"))
    # an A/B test's arm, a quiz's answer (the session's review)
    assert MEDICAL not in str(found_in({"experiment": "e1", "treatment": "ozempic_promo"},
                                       API + "/v1/assign"))
    assert MEDICAL not in str(found_in({"med": "Warfarin", "answer": "b"},
                                       API + "/v1/flashcards/answers"))


def test_a_key_named_for_a_condition_answered_yes_or_no() -> None:
    found = found_in({"epilepsy": False, "asthma": "yes"}, API + "/v1/sauna/health-form")
    assert set(found["epilepsy"]) == {MEDICAL}
    assert set(found["asthma"]) == {MEDICAL}
    # an awareness day's title, a word naming other things as often
    assert found_in({"epilepsy": "Epilepsy Awareness Day", "gout": True}, API + "/v1/x") == {}
    # a herd's, a game save's, a count (the review)
    assert found_in({"herd": {"tuberculosis": False}}, API + "/v1/farm") == {}
    assert found_in({"save": {"pneumonia": True}}, API + "/v1/game") == {}
    assert found_in({"asthma": 1, "epilepsy": 0}, API + "/v1/reports/weekly") == {}


def test_an_orders_health_test_or_medical_supply() -> None:
    order = {"order_id": "ORD-2291", "items": [
        {"sku": "SKU-55120", "name": "Clearview Pregnancy Test 2-pack", "qty": 1, "price": 650},
        {"sku": "SKU-1", "name": "Maize flour 2kg", "qty": 1, "price": 210}]}
    found = found_in(order, API + "/v1/orders")
    assert MEDICAL in found["items[0].name"]
    assert MEDICAL not in found["items[1].name"]
