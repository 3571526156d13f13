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

from analysis.classifiers.base import echo_finding
from analysis.records import Detector, Finding

CATEGORY = "id.hardware"
READ = frozenset({CATEGORY, "location.wifi"})  # the findings an echo is read against
MIN_CONFIDENCE = 0.8  # (0.7 is a bare MAC's or an accessory's serial: too weak to spread)
MIN_LENGTH = 8
DEMOTED = 0.6  # below what decides a verdict: a paired accessory's, another person's
MAX_LEARNED = 64  # values; a study has one phone and a few accessories
RULE = "echo.hardware-id"
_SEPARATORS = re.compile(r"[:\-. ]")
# a serial that is a certificate's, a parcel's, a cheque's or a ticket's is no device's, and
# must not spread even if a key rule took it for one
NOT_DEVICES = frozenset({"cert", "certificate", "certificates", "tls", "ssl", "x509", "parcel",
                         "parcels", "shipment", "shipments", "package", "packages", "cheque",
                         "banknote", "ticket", "tickets", "lottery", "license", "licence",
                         "content", "episode", "series", "hub", "warehouse"})
_WORDS = re.compile(r"[a-z]+|[A-Z][a-z]*")
_ALNUM = re.compile(r"[0-9A-Za-z]")


def learned(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Each hardware ID's forms (lower case) -> the finding that named it first."""
    out: dict[str, Finding] = {}
    for f in findings:
        if f.detector is Detector.GROUND_TRUTH:
            continue  # the device profile's values: its matcher looked for them everywhere
        words = {w.lower() for w in _WORDS.findall(f.path)}
        if (f.category != CATEGORY or f.value.endswith("…") or words & NOT_DEVICES
                or f.confidence < (0.7 if "mac" in words else MIN_CONFIDENCE)):
            continue  # (a MAC's shape under a key naming one: "ble_mac", 0.7)
        value = f.value.strip()
        bare = _SEPARATORS.sub("", value)
        if (len(bare) < MIN_LENGTH or not bare.isalnum() or not any(c.isdigit() for c in bare)
                or len(set(bare)) < 4):  # a run of one digit names no device
            continue
        forms = {value.lower(), bare.lower()}
        if len(bare) == 12 and all(c in "0123456789abcdefABCDEF" for c in bare):
            pairs = [bare[i:i + 2].lower() for i in range(0, 12, 2)]
            forms |= {":".join(pairs), "-".join(pairs)}  # a MAC's other spellings
        if len(out) + len(forms) > MAX_LEARNED:
            break
        for form in forms:
            out.setdefault(form, f)
    return out


def token_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """The learned forms as whole tokens (no letter or digit on either side), any case, the
    longest first."""
    alternatives = "|".join(re.escape(x) for x in sorted(forms, key=len, reverse=True))
    # (ASCII: a Unicode-insensitive "i" also matches a Turkish dotless one, which then lower-
    # cases to no learned form)
    return re.compile(f"(?<![0-9A-Za-z])(?:{alternatives})(?![0-9A-Za-z])",
                      re.IGNORECASE | re.ASCII)


def _parent(path: str) -> str:
    return path[:max(path.rfind("."), path.rfind("["), 0)]


def echoes(known: dict[str, Finding], rows: Iterable[tuple[int, str, str, str]],
           found: Iterable[Finding], *, category: str = CATEGORY, noun: str = "hardware ID",
           rule: str = RULE, cap: float = 0.8) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value) that carry a learned value, but
    for those already read as a hardware ID or a nearby device's address, and those in an object
    whose hardware ID was read as a paired accessory's, not the phone's (``found``). The same
    spreading serves an install's ID (``device_echoes.py``: ``category``, ``noun``, ``rule``,
    ``cap``)."""
    if not known:
        return []
    taken = {(f.exchange_id, f.part.value, f.path) for f in found}
    demoted = {(f.exchange_id, f.part.value, _parent(f.path)) for f in found
               if f.category == CATEGORY and f.confidence < DEMOTED}
    pattern = token_pattern(known)
    out: list[Finding] = []
    for exchange_id, part, path, value in rows:
        if ((exchange_id, part, path) in taken or not _ALNUM.search(value)
                or (exchange_id, part, _parent(path)) in demoted):
            continue
        hit = pattern.search(value)
        origin = known.get(hit.group(0).lower()) if hit is not None else None
        if hit is None or origin is None:
            continue
        whole = hit.group(0) == value.strip()
        how = "is" if whole else "contains"
        # (how it is written, not what: the evidence is shown unmasked beside the masked
        # value, and the value is an identifier)
        written = ("" if hit.group(0).lower() == origin.value.strip().lower()
                   else ", written in another case or with other separators")
        out.append(echo_finding(exchange_id, part, path, category, min(cap, origin.confidence),
                                f"value {how} the {noun}", origin, hit.group(0), rule,
                                written))
    return out
