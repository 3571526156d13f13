"""The classifier interface and helpers shared by the classifiers.

A classifier reads one exchange's ``Decoded`` leaves and lists and returns ``Finding``s; it
never sees mitmproxy or scapy objects and never touches the store.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from analysis.decoders import Decoded, Leaf
from analysis.records import Detector, Finding, Part

HASH_BY_LEN = {32: "md5", 40: "sha1", 64: "sha256", 128: "sha512"}
# Decoded layers that are transforms of the value itself (the others are containers). A JWT
# claim was sent base64url-encoded inside a token: "jwt" names that layer.
VALUE_LAYERS = ("base64", "hex", "jwt")
PREVIEW = 200
# An ID as an SDK or an exchange generates one: a UUID (dashed or not) or 16 to 64 hex digits.
# An app's own account ID ("u_7Hq2Kx9PzL", "48213") is none: it names the user, not the install.
GENERATED_ID = re.compile(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}"
                          r"|[0-9a-fA-F]{16,64}")


# A Finding made again from the fields a memo kept (``leaf_findings``, ``ProfileMatcher``):
# the frozen dataclass's __init__ sets each of its 10 slots through object.__setattr__
# (1.1 µs); the slots' own descriptors set them in 0.7 µs. No __post_init__ exists to skip;
# the result compares, hashes and prints as one made by Finding(...).
_SLOT_SETTERS = tuple(getattr(Finding, name).__set__ for name in Finding.__slots__)
assert len(_SLOT_SETTERS) == 10, "Finding changed: update remake_finding"


def remake_finding(exchange_id: int, fields: tuple[Any, ...]) -> Finding:
    """``Finding(exchange_id, *fields)`` for the 9 fields after ``exchange_id``, all given."""
    f = object.__new__(Finding)
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _SLOT_SETTERS
    s0(f, exchange_id)
    s1(f, fields[0])
    s2(f, fields[1])
    s3(f, fields[2])
    s4(f, fields[3])
    s5(f, fields[4])
    s6(f, fields[5])
    s7(f, fields[6])
    s8(f, fields[7])
    s9(f, fields[8])
    return f


def finding_fields(f: Finding) -> tuple[Any, ...]:
    """The 9 fields after ``exchange_id``, as ``remake_finding`` takes them."""
    return (f.part, f.path, f.category, f.detector, f.confidence, f.evidence, f.value,
            f.transform, f.rule)


class PartlyClassified(list[Finding]):
    """The findings of an exchange on some of whose fields a classifier failed (``failure``
    says how): kept, and the exchange counted as not fully inspected (``passes.classify``), for
    no claim can be said to hold on a field nothing read (QA30)."""

    failure: str = ""


class Classifier(Protocol):
    name: str

    def classify(self, exchange_id: int, decoded: Decoded) -> list[Finding]: ...


def layer_transform(leaf: Leaf) -> str | None:
    """The wrappers the value was sent inside, innermost first: every base64/hex/JWT layer on
    its path, whether it wraps the value alone or a whole JSON document the value sits in
    (either way the value crossed the network encoded). Containers (JSON, form) are not named."""
    return wrappers(leaf.layers)


def wrappers(layers: tuple[str, ...]) -> str | None:
    if "base64" not in layers and "hex" not in layers and "jwt" not in layers:
        return None  # the usual case, decided without a loop (this runs for every finding)
    # a compression inside a wrapper is part of how the value was written ("gzip+base64",
    # QA15); one around the whole body is the transport's (Content-Encoding), not named
    named: list[str] = []
    for layer in layers:
        if layer in VALUE_LAYERS or (named and layer in COMPRESSIONS):
            named.append(layer)
    return "+".join(reversed(named))


COMPRESSIONS = frozenset({"gzip", "deflate", "br", "zstd"})


def compose(value_transform: str | None, leaf: Leaf) -> str | None:
    """A transform of the value itself (``lowercase``, ``sha256``) followed by the wrappers
    around it, in the order they were applied: ``lowercase+base64``."""
    outer = wrappers(leaf.layers)
    if outer is None:
        return value_transform
    return f"{value_transform}+{outer}" if value_transform else outer


def hash_transform(text: str, key: str) -> str | None:
    """``md5``/``sha1``/``sha256``/``sha512`` when a hex digest sits under a key saying so."""
    t = text.strip()
    algo = HASH_BY_LEN.get(len(t))
    if algo and all(c in "0123456789abcdefABCDEF" for c in t):
        k = key.lower()
        if any(h in k for h in ("md5", "sha", "hash", "hashed")) or k in ("em", "ph", "fn", "ln"):
            return algo
    return None


def leaf_finding(exchange_id: int, leaf: Leaf, category: str, confidence: float,
                 evidence: str, rule: str) -> Finding:
    """A key-detector finding for ``leaf`` as it was sent (its wrappers as the transform): the
    request-level readings' (an order's lines, a record's siblings, typed text by its call)."""
    return Finding(exchange_id, leaf.part, leaf.path, category, Detector.KEY, confidence,
                   evidence, preview(leaf.text), compose(None, leaf), rule)


def preview(text: str) -> str:
    return text if len(text) <= PREVIEW else text[:PREVIEW] + "…"


def list_path(path: str) -> str:
    """``apps[3]`` -> ``apps``: one finding for a list of like values."""
    if not path.endswith("]") or "[" not in path:
        return path
    i = path.rindex("[")
    # a list index, not a bracketed form key ("card[address_zip]", PHP/Rails style)
    return path[:i] if path[i + 1:-1].isdigit() else path


def echo_finding(exchange_id: int, part: str, path: str, category: str, confidence: float,
                 what: str, origin: Finding, value: str, rule: str, then: str = "") -> Finding:
    """A value of the study found again in a field (the study-level echoes: a hardware ID, an
    identity, an install ID, a position, a town, an amount), its evidence naming the finding it
    was learned from so that it can be checked by hand."""
    return Finding(exchange_id, Part(part), path, category, Detector.VALUE, confidence,
                   f"{what} found at {origin.part.value} '{origin.path}' of request "
                   f"{origin.exchange_id} ({origin.evidence}){then}", value, None, rule)


class Unread:
    """The fields a reading may still name as ``category``: those no finding in ``found`` names
    so, looked up once, when a reading first has a field to ask about (most requests have
    none); a field named is then taken (``claim``)."""

    __slots__ = ("_category", "_found", "_taken")

    def __init__(self, found: list[Finding], category: str) -> None:
        self._found, self._category = found, category
        self._taken: set[tuple[Part, str]] | None = None

    def claim(self, part: Part, path: str, *also: str) -> bool:
        """Whether ``path`` (and each of ``also``: a list element's own path) is unread as the
        category; if so, ``path`` is taken."""
        if self._taken is None:
            self._taken = {(f.part, f.path) for f in self._found if f.category == self._category}
        if (part, path) in self._taken or any((part, p) in self._taken for p in also):
            return False
        self._taken.add((part, path))
        return True
