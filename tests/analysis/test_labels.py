"""Store privacy labels: parsing and the issues found against observed findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from analysis.labels import LabelError, evaluate, load_label


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "label.toml"
    path.write_text(text)
    return path


def finding(rid: int, category: str, party: str = "third", org: str = "AdCo") -> dict[str, Any]:
    return {"request_id": rid, "category": category, "confidence": 0.9, "party": party,
            "organization": org, "host": "x.example"}


def test_google_undeclared_collection_and_sharing(tmp_path: Path) -> None:
    label = load_label(write(tmp_path, 'store = "google"\n[[data]]\ntype = "Device or other IDs"\n'
                                       'shared = false\n'))
    issues = evaluate(label, [finding(1, "id.advertising"), finding(2, "contact.email", "first"),
                              finding(3, "id.device", "first")])
    kinds = {(i.issue, i.label_type) for i in issues}
    assert ("undeclared-sharing", "Device or other IDs") in kinds
    assert ("undeclared-collection", "Personal info › Email address") in kinds
    sharing = next(i for i in issues if i.issue == "undeclared-sharing")
    assert sharing.requests == (1,) and sharing.organizations == ("AdCo",)


def test_apple_data_not_collected_contradicted(tmp_path: Path) -> None:
    label = load_label(write(tmp_path, 'store = "apple"\ndata_not_collected = true\n'))
    issues = evaluate(label, [finding(1, "location.precise")])
    assert [i.issue for i in issues] == ["data-not-collected-contradicted"]
    assert issues[0].label_type == "Location › Precise Location"


def test_declared_by_short_name_is_not_an_issue(tmp_path: Path) -> None:
    label = load_label(write(tmp_path, 'store = "apple"\n[[data]]\ntype = "precise location"\n'))
    assert evaluate(label, [finding(1, "location.precise")]) == []


@pytest.mark.parametrize(("text", "message"), [
    ('store = "amazon"\n', "store must be"),
    ('store = "google"\n[[data]]\ntype = "Faceprints"\n', "unknown google label type"),
    ('store = "apple"\ndata_not_collected = true\n[[data]]\ntype = "Device ID"\n', "contradicts"),
])
def test_bad_label_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(LabelError, match=message):
        load_label(write(tmp_path, text))


@pytest.mark.parametrize(("store", "declared", "category"), [
    ("apple", "Photos or Videos", "content.media"),
    ("apple", "Audio Data", "content.media"),
    ("google", "Sexual orientation", "personal.sensitive"),
    ("google", "Personal info › Political or religious beliefs", "personal.sensitive"),
])
def test_each_type_of_a_combined_entry_can_be_declared(tmp_path: Path, store: str,
                                                       declared: str, category: str) -> None:
    label = load_label(write(tmp_path, f'store = "{store}"\n[[data]]\ntype = "{declared}"\n'
                                       "shared = true\n"))
    assert evaluate(label, [finding(1, category)]) == []
