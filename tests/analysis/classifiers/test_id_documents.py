"""An identity document's number named by its type beside it (``id_documents.py``)."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "path"), [
    ({"psu": {"id": "48291735S", "id_type": "DNI"}}, "psu.id"),
    ({"identity": {"kind": "NATIONAL_ID", "value": "123-45-6789"}}, "identity.value"),
    ({"documents": [{"type": "drivers_license", "number": "D1234-5678"}]},
     "documents[0].number"),
    ({"kyc": {"document_type": "Residence Permit", "document_number": "RP 4471 0923"}},
     "kyc.document_number"),
])
def test_a_number_named_by_its_documents_type(body: dict[str, object], path: str) -> None:
    found = found_in(body)[path]
    assert "personal.national_id" in found
    assert "id.user" not in found and "id.device" not in found  # not read by its key too


@pytest.mark.parametrize("body", [
    {"payment": {"type": "card", "id": "pm_123456"}},  # no identity document
    {"documents": [{"type": "utility_bill", "number": "INV-99812"}]},
    {"doc": {"type": "passport", "id": "pending"}},  # no document's number
    {"type": "passport", "price": 120, "sku": "PASSPORT-PHOTO-2"},  # a product, no number key
])
def test_other_types_and_values_are_not(body: dict[str, object]) -> None:
    found = found_in(body)
    assert not any("personal.national_id" in cats for cats in found.values()), found
