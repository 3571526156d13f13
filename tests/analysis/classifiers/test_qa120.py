"""QA120's readings (a teen teletherapy app in Seoul with romanised Korean keys): a Korean
road-name address in Revised Romanisation, a birth date's key as it is said, a mood, a
guardian's record, the user's own notes (``validators_names.postal_address``,
``rules/keys.toml``)."""

from __future__ import annotations

from analysis.classifiers.validators_names import postal_address
from tests.analysis.classifiers.found import found_in


def test_a_korean_road_name_address() -> None:
    assert postal_address("Seoul Mapo-gu Yeonnam-ro 12-3, 402-ho")
    assert postal_address("Gangnam-gu Teheran-ro 123")
    for value in ("Mapo-gu", "pre-ro 12", "x-gu y-ro v2", "K-pop 2024 re-run 3",
                  "Gangnam-gu Teheran-ro 5 (feat. Jay)"):
        assert not postal_address(value), value
    found = found_in({"juso": "Seoul Mapo-gu Yeonnam-ro 12-3, 402-ho"})
    assert found["juso"] == {"contact.address": "key.address-value"}


def test_a_teen_check_in() -> None:
    found = found_in({"saengnyeonworil": "2010-03-14", "gibun": 2,
                      "bohoja": {"ireum": "Han Mi-ra", "jeonhwa": "+821012345678"},
                      "my_notes": "I felt anxious all week"},
                     "https://api.example.kr/v1/checkins")
    assert "personal.birthdate" in found["saengnyeonworil"]
    assert "health.medical" in found["gibun"]
    assert "contact.name" in found["bohoja.ireum"]
    assert "contact.phone" in found["bohoja.jeonhwa"]
    assert found["my_notes"] == {"content.text": "key.text"}
    # a playlist's mood, a puppy's birthday (the sixth review: Korean containers translated)
    assert found_in({"eumak": {"gibun": "calm"}, "gangaji": {"saengnyeonworil": "2021-04-02"}},
                    "https://api.example.kr/v1/checkins") == {}
