"""Helpers for the seventh (blind) evaluation set: values encoded ahead of a case with their labels
(base64url JSON as Snowplow's ``cx``/``ue_px`` take it, zlib+base64url as Pendo-style ``jzb``
parameters, protobuf inside base64), XML bodies, JSON Lines, profile transforms, and counts.

The wire helpers of the sixth set (``eval_families6_kit``: raw bodies, multipart, protobuf,
content codings, JWTs, ``check()``) are reused by import. Labels are ``(part, path) -> category``
as in ``eval_payloads.Case``; paths are DESIGN.md's.
"""

from __future__ import annotations

import base64
import gzip
import json
import random
import zlib
from collections import Counter
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from eval_families6_kit import pb
from eval_payloads import EMAIL, GAID, PHONE, Case, L, h, resolve

Labels = dict[tuple[str, str], str]
DEV, USAGE, BUY, PAY = "device.info", "behavior.usage", "financial.purchase", "financial.payment"
CARRIER, COARSE, PRECISE = "location.carrier", "location.coarse", "location.precise"
IPLOC, WIFI, CRED, MEDIA = "location.ip", "location.wifi", "secret.credential", "content.media"
TEXT, UID, DID, ADID = "content.text", "id.user", "id.device", "id.advertising"
MAIL, TEL, NAMEC, ADDR = "contact.email", "contact.phone", "contact.name", "contact.address"
MED, FIT, SENS = "health.medical", "health.fitness", "personal.sensitive"
BIRTH, GENDER = "personal.birthdate", "personal.gender"
FACE, VOICE, KEYS = "biometric.face", "biometric.voice", "behavior.keystroke"
MOTION, SEARCH = "behavior.motion", "behavior.search"
BROWSE, APPS = "behavior.browsing", "device.apps"
HW, SIM, NATID, CONTACTS = "id.hardware", "id.sim", "personal.national_id", "content.contacts"

# The profile's values in the transforms the issue lists (normalised then hashed where apps do).
EMAIL_NORM = EMAIL.strip().lower()
E164 = "+15550100199"
NATIONAL = "(555) 010-0199"
assert PHONE.replace(" ", "") == E164


def sha(algo: str, text: str) -> str:
    return h(algo, text)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def enc(tree: Any, part: str, at: str, how: str, acc: Labels) -> str:
    """Resolve ``tree`` at ``at`` (its labels go to ``acc`` under ``part``) and wrap it:
    ``b64url`` (JSON, no padding), ``b64`` (JSON), ``zb64url`` (zlib JSON, base64url),
    ``gzb64`` (gzip JSON, base64), ``hex`` (JSON as hex), ``json`` (a JSON string)."""
    lab: dict[str, str] = {}
    raw = json.dumps(resolve(tree, at, lab), separators=(",", ":")).encode()
    acc.update({(part, p): c for p, c in lab.items()})
    if how == "b64url":
        return b64url(raw)
    if how == "b64":
        return base64.b64encode(raw).decode()
    if how == "zb64url":
        return b64url(zlib.compress(raw))
    if how == "gzb64":
        return base64.b64encode(gzip.compress(raw)).decode()
    if how == "hex":
        return raw.hex()
    return raw.decode()


def pb64(fields: list[tuple[int, Any]], part: str, at: str, acc: Labels) -> str:
    """A schema-less protobuf message, base64 (standard alphabet), its labels under ``at``."""
    lab: dict[str, str] = {}
    data = pb(fields, at, lab)
    acc.update({(part, p): c for p, c in lab.items()})
    return base64.b64encode(data).decode()


def jsonl(records: list[Any], acc: Labels) -> bytes:
    """JSON Lines: record ``i`` is addressed ``[i]`` (the decoders' convention for lines)."""
    lines = []
    for i, rec in enumerate(records):
        lab: dict[str, str] = {}
        lines.append(json.dumps(resolve(rec, f"[{i}]", lab)))
        acc.update({("body", p): c for p, c in lab.items()})
    return ("\n".join(lines) + "\n").encode()


def xml(tag: str, tree: Any, path: str, labels: dict[str, str]) -> str:
    """An XML element from a dict: ``@name`` keys are attributes, a list repeats the element
    (``tag[i]``), other keys are child elements; paths follow the decoder (root tag first)."""
    if isinstance(tree, L):
        labels[path] = tree.category
        tree = tree.value
    if isinstance(tree, list):
        return "".join(xml(tag, t, f"{path}[{i}]", labels) for i, t in enumerate(tree))
    if not isinstance(tree, dict):
        return f"<{tag}>{escape(str(tree))}</{tag}>"
    attrs, kids = "", ""
    for k, v in tree.items():
        if k.startswith("@"):
            if isinstance(v, L):
                labels[f"{path}.{k}"] = v.category
                v = v.value
            attrs += f" {k[1:]}={quoteattr(str(v))}"
        else:
            kids += xml(k, v, f"{path}.{k}", labels)
    return f"<{tag}{attrs}>{kids}</{tag}>"


def urlq(text: str) -> str:
    return quote(text, safe="")


def floats(rng: random.Random, n: int, sd: float = 0.1, nd: int = 4) -> list[float]:
    return [round(rng.gauss(0, sd), nd) for _ in range(n)]


def gaid_md5_upper() -> str:
    return sha("md5", GAID.upper())


def with_labels(c: Case, acc: Labels) -> Case:
    c.labels.update(acc)
    return c


def counts(cases: list[Case]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Labelled fields per category, per part and per family (a multi-category label counts
    once per category)."""
    cat: Counter[str] = Counter()
    part: Counter[str] = Counter()
    fam: Counter[str] = Counter()
    for c in cases:
        fam[c.family] += 1
        for (p, _), cats in c.labels.items():
            part[p] += 1
            for x in cats.split("|"):
                cat[x] += 1
    return cat, part, fam
