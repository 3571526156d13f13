"""The words and list names read from a field's path (analysis/classifiers/paths.py)."""

from __future__ import annotations

from analysis.classifiers.paths import ancestor_words, list_name, path_words


def test_ancestor_words_split_and_join_keys() -> None:
    assert ancestor_words("faceAuth[0].model") == {"face", "auth", "faceauth"}
    assert "addressbook" in ancestor_words("address_book[2].phone_sha256")
    assert ancestor_words("billing_details[address][line1]") >= {"billing", "details", "address"}


def test_path_words_include_the_fields_own_key() -> None:
    assert "model" in path_words("selfie.model")
    assert "model" not in ancestor_words("selfie.model")


def test_list_name_is_the_nearest_lists_normalised_name() -> None:
    assert list_name("a.results[1]") == "results"
    assert list_name("rows[0][2]") == "rows"
    assert list_name("Event_Log[3]") == list_name("eventlog[0]")
    assert list_name("[0]") == ""
