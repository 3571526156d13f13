"""A device's hardware identifier found once is that device's wherever else the study carries it.

Without a device profile a hardware ID is found by its key ("ble_mac", "serial") or its shape (a
MAC with separators). The same value sent again, written another way or under a key that names
nothing ("peripheral": "D43B049A17C2") or inside a log line ("GATT timeout on watch PLN-7Q2K-
88310"), is the same identifier of the same device: QA84 found a running watch's Bluetooth
address and serial sent so to an analytics and a crash-reporting vendor after the app's own
pairing call had named them. A value learned here must have been found as ``id.hardware`` at a
confidence that can decide a claim, be long enough to be specific (8+ letters and digits, with a
digit) and then matches only as a whole token (no letter or digit on either side), in any case,
with or without the separators a MAC or a serial is written with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.records import Detector, Finding, Part

CATEGORY = "id.hardware"
MIN_CONFIDENCE = 0.7
MIN_LENGTH = 8
MAX_LEARNED = 64  # values; a study has one phone and a few accessories
RULE = "echo.hardware-id"
_SEPARATORS = re.compile(r"[:\-. ]")
_ALNUM = re.compile(r"[0-9A-Za-z]")


def learned(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Each hardware ID's forms (lower case) -> the finding that named it first."""
    out: dict[str, Finding] = {}
    for f in findings:
        if f.category != CATEGORY or f.confidence < MIN_CONFIDENCE or f.value.endswith("…"):
            continue
        value = f.value.strip()
        bare = _SEPARATORS.sub("", value)
        if (len(bare) < MIN_LENGTH or not bare.isalnum() or not any(c.isdigit() for c in bare)
                or len(set(bare)) < 4):  # a run of one digit names no device
            continue
        forms = {value.lower(), bare.lower()}
        if len(bare) == 12 and all(c in "0123456789abcdefABCDEF" for c in bare):
            pairs = [bare[i:i + 2].lower() for i in range(0, 12, 2)]
            forms |= {":".join(pairs), "-".join(pairs)}  # a MAC's other spellings
        for form in forms:
            out.setdefault(form, f)
        if len(out) >= MAX_LEARNED:
            break
    return out


def _pattern(forms: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(x) for x in sorted(forms, key=len, reverse=True))
    return re.compile(f"(?<![0-9A-Za-z])(?:{alternatives})(?![0-9A-Za-z])", re.IGNORECASE)


def echoes(known: dict[str, Finding], rows: Iterable[tuple[int, str, str, str]],
           found: set[tuple[int, str, str]]) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value) that carry a learned value and
    were not already found as a hardware ID (``found``: (exchange id, part, path))."""
    if not known:
        return []
    pattern = _pattern(known)
    out: list[Finding] = []
    for exchange_id, part, path, value in rows:
        if (exchange_id, part, path) in found or not _ALNUM.search(value):
            continue
        hit = pattern.search(value)
        if hit is None:
            continue
        origin = known[hit.group(0).lower()]
        whole = hit.group(0) == value.strip()
        how = "is" if whole else "contains"
        written = ("" if hit.group(0).lower() == origin.value.strip().lower()
                   else f", written '{hit.group(0)}'")
        out.append(Finding(
            exchange_id, Part(part), path, CATEGORY, Detector.VALUE, 0.8,
            f"value {how} the hardware ID found at {origin.part.value} '{origin.path}' of "
            f"request {origin.exchange_id} ({origin.evidence}){written}",
            hit.group(0), None, RULE))
        found.add((exchange_id, part, path))
    return out
