"""A sentence under a text's own name sent to a call named in the app's own words is what the
user wrote (own_calls.py, written.py); English calls keep their vocabularies' readings."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

API = "https://api.example.com"


@pytest.mark.parametrize(("url", "key"), [
    ("/v1/malalamiko", "text"), ("/v2/gunaasi/mpya", "message"), ("/api/ujumbe", "subject"),
    ("/v1/reklamatsiya", "details"), ("/v1/xivilelo", "body"),
])
def test_a_sentence_to_a_call_in_the_apps_own_words_is_hers(url: str, key: str) -> None:
    body = {key: "The driver was on his phone the whole way and skipped my stop",
            "trip": "TR-2291"}
    assert found_in(body, API + url).get(key) == {"content.text": "context.written"}


@pytest.mark.parametrize(("url", "body"), [
    ("/v1/feed", {"text": "Five tips for a better night's sleep this winter"}),
    ("/v1/help/articles", {"text": "Dial the number on the card to reach the desk"}),
    ("/v1/malalamiko", {"description": "Weekly delivery of fresh vegetables to your door"}),
    ("/v1/malalamiko", {"reason": "pad pressure on the left side"}),
    ("/v1/malalamiko", {"message": "ok"}),
    ("/v1/malalamiko", {"level": "error", "message": "Failed to load the page, retrying now"}),
    ("/v1/malalamiko", {"data": {"meta": {"text": "A sentence deep in an object is not"}}}),
])
def test_not_an_english_calls_text_a_description_a_reason_a_word_or_a_log(
        url: str, body: dict[str, object]) -> None:
    found = found_in(body, API + url)
    assert not any("content.text" in cats for cats in found.values()), found
