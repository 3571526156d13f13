"""Identity documents' numbers written into free text: a log line, a crash breadcrumb, an OCR
result. By their shape alone, where nothing else in the text could be them:

- a travel document's machine-readable zone (``mrz.py``: ICAO 9303 check digits);
- a US Social Security number named as one ("ssn", "social security") beside its digits, whole
  (AAA-GG-SSSS, or nine digits, with the SSA's rules: no area 000, 666 or 900-999, no group 00,
  no serial 0000) or masked but for its last four ("SSN ***-**-6431", "ssn ... last4=6431"):
  QA87's mortgage app wrote both into a crash SDK's breadcrumbs abroad.
"""

from __future__ import annotations

import re

from analysis.classifiers.mrz import in_text as mrz_in_text

NATIONAL_ID = "personal.national_id"
_SSN = re.compile(
    r"(?i)(?<![a-z])(?:ssn|social[ _-]?security(?:[ _-]?(?:number|no))?)(?![a-z])"
    r"([^0-9*•]{0,20})"
    r"(?:(\d{3})[- ]?(\d{2})[- ]?(\d{4})\b|[*•]{3}-?[*•]{2}-?(\d{4})\b"
    r"|[^0-9]{0,20}?last[ _-]?(?:4|four)\D{0,3}(\d{4})\b)")
# the SSA's and the press's sample numbers, a form's placeholder digits (the QA87 review)
SAMPLES = frozenset({"123456789", "078051120", "219099999"})
PLACEHOLDER = re.compile(r"(?i)format|placeholder|e\.g\.|example|enter|card|account|acct")


def _ssn(text: str) -> str:
    """How ``text`` names a US SSN ("" when it does not)."""
    for m in _SSN.finditer(text):
        between, area, group, serial, masked, last4 = m.groups()
        if PLACEHOLDER.search(between) or PLACEHOLDER.search(m.group(0)):
            continue
        if area is not None:
            if (area not in ("000", "666") and area[0] != "9" and group != "00"
                    and serial != "0000" and area + group + serial not in SAMPLES):
                return "a Social Security number named as one"
        elif (masked or last4) not in ("0000", "1234"):
            return "a Social Security number's last four digits named as one"
    return ""


def document_in_text(text: str) -> tuple[str, str, float, str] | None:
    """(category, evidence, confidence, rule) for a document's number in ``text``, or None."""
    if "<<" in text and len(text) <= 2048 and mrz_in_text(text):
        return (NATIONAL_ID, "value holds a travel document's machine-readable line (ICAO 9303 "
                "check digits)", 0.85, "value.mrz")
    if ("ssn" in text or "SSN" in text or "ecurity" in text or "Ssn" in text) and (
            how := _ssn(text)):
        return NATIONAL_ID, f"value's text holds {how}", 0.8, "value.ssn-in-text"
    return None
