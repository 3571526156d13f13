"""An install's or a device's generated ID found once under a key that names it is that device's
wherever else the study carries it.

An SDK names its install ID in words the rules read (``anonymous_id``, ``install_id``,
``device_id``, ``idfv``); the app that embeds it often sends the same UUID again to its own API
under its own words (Sakha ``teril_id``, isiZulu ``inombolo_yedivayisi``, a cookie ``ks_teril``,
a one-letter query parameter ``a``). No list of words holds them all, but a generated ID is
specific enough that the same value is the same device: over the blind sets 193-214, 281 of
the 469 fields labelled ``id.device`` that no rule read carried the install ID an SDK had sent
under ``anonymous_id`` in the same study (the sets' own labels, read after their first runs).
Found as a whole field's value (a study learns hundreds of SDKs' IDs: one lookup per field,
where a substring search for each cost seconds on the bench's 4,000 exchanges).

Only IDs read as ``id.device`` at a confidence that can decide a claim (0.8+) by a rule, never
the device profile's own (its matcher looked for them everywhere already), and only generated
values: a UUID or a hex string of 16 to 64 digits (``base.GENERATED_ID``), a field's whole
value, with or without a UUID's dashes, in any case (an advertising ID read by its key too,
echoed as ``id.advertising``: QA171's protobuf ad bids); or a push registration token of 32
characters or more (FCM's ``…:APA91b…``), sent again in a URL's path or query (QA163:
``/v1/devices/<token>/tags``). A field already read as an identifier of any kind keeps its
reading. The echo is reported at the confidence of what it was learned from, at most 0.75, with
where it was learned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.classifiers.base import GENERATED_ID
from analysis.classifiers.echoes import echoes
from analysis.records import Detector, Finding

CATEGORY = "id.device"
ADVERTISING = "id.advertising"  # (learned and sent again alike: QA171's ad bids in protobuf)
ECHOED = frozenset({CATEGORY, ADVERTISING})
# a field read as any of these keeps its reading (an account's ID that is the install's UUID,
# a hardware ID, an advertising ID)
KEPT = frozenset({"id.device", "id.advertising", "id.hardware", "id.user", "secret.credential"})
MIN_CONFIDENCE = 0.8
MAX_CONFIDENCE = 0.75
MAX_LEARNED = 256  # forms: a study has one phone, but each SDK its own install and consent IDs
RULE = "echo.device-id"
# what an SDK sends when it hashes a missing ID (the digests of nothing) and Android's known
# constant ID of one emulator build: no device's (the session's review)
CONSTANTS = frozenset({"d41d8cd98f00b204e9800998ecf8427e",
                       "da39a3ee5e6b4b0d3255bfef95601890afd80709",
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                       "9774d56d682e549c"})
# a push registration token: FCM's "<instance>:APA91b…" (152+ characters in practice, shorter
# in tests; an SDK's own prefix before it, "bxp:APA91b…": QA163) or "<instance>:<token>"
_PUSH_TOKEN = re.compile(r"[A-Za-z0-9_\-]{0,40}:APA91b[\w\-]{20,400}"
                         r"|[A-Za-z0-9_\-]{8,40}:[A-Za-z0-9_\-]{60,400}")


def learned_device_ids(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Each install ID's forms (lower case, with and without a UUID's dashes) -> the finding
    that named it first."""
    out: dict[str, Finding] = {}
    for f in findings:
        value = f.value.strip()
        generated = GENERATED_ID.fullmatch(value) is not None
        if f.category == ADVERTISING and not generated:
            continue  # (an advertising ID is a UUID: IDFA, GAID, OAID)
        if (f.category not in ECHOED or f.detector is Detector.GROUND_TRUTH
                or f.confidence < MIN_CONFIDENCE
                or not (generated or _PUSH_TOKEN.fullmatch(value))
                or len(set(value.lower()) - {"-"}) < 6  # (a run of zeros names no device)
                or value.lower() in CONSTANTS):
            continue
        forms = {value.lower(), value.lower().replace("-", "")} if generated else {value.lower()}
        if len(out) + len(forms) > MAX_LEARNED:
            break
        for form in forms:
            out.setdefault(form, f)
    return out


def device_echoes(known: dict[str, Finding], rows: Iterable[tuple[int, str, str, str]],
                  found: Iterable[Finding]) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value) that carry a learned install
    ID, but for those already read as an identifier (``found``: the study's findings of
    ``KEPT``)."""
    whole = [r for r in rows if r[3].strip().lower() in known]  # (whole fields only)
    kept = [f for f in found if f.category in KEPT]
    out: list[Finding] = []
    for category, noun in ((CATEGORY, "device's install ID"),
                           (ADVERTISING, "device's advertising ID")):
        mine = {k: f for k, f in known.items() if f.category == category}
        out += echoes(mine, whole, kept + out, category=category, noun=noun, rule=RULE,
                      cap=MAX_CONFIDENCE) if mine else []
    return out
