"""A generated ID in an app's own request header: the install's or the device's ID.

Apps name the header that carries their install ID in their own words and languages
(``X-Install-Id``, ``X-Device``, ``X-Kifaa-Id``, ``X-Id-Dispositivo``, ``X-Puuriit-Seade``): no
list of names can hold them all, but the shape of the header says what it is. A private header
(RFC 6648: the ``X-`` prefix of a header the app defines itself) whose value is a generated ID (a
UUID, or 16 to 64 hex digits) and whose name says nothing else is the same on every request an
install makes: a software device ID as TAXONOMY.md defines ``id.device`` ("SDK install/device
IDs tied to the device"). The other IDs apps put in headers say what they are: a request's,
a trace's or a span's ID (``X-Request-Id``, ``X-B3-SpanId``, ``X-Correlation-Id``), an
idempotency key, a nonce, a session, a signature, a CSRF token, an API key, a tenant's or a
project's ID, a user's account (read by the key rules); those names are left alone.

Measured on the evaluation sets (``scripts/eval_sets.py``): 959 header names of this shape
labelled ``id.device`` by their authors, and among the unlabelled ones only names with the words
below. A header a key rule or the profile already read keeps that reading.
"""

from __future__ import annotations

import re

from analysis.classifiers.base import GENERATED_ID, leaf_finding
from analysis.decoders import Decoded
from analysis.records import Finding, Part

CONFIDENCE = 0.6
RULE = "header.private-id"
# words inside a header's name that make its ID something else than the install's: per request
# (a request, a trace, a span, a correlation, a transaction, a message, an event, an upload, a
# batch, a job, an attempt), per secret (a session, a token, a key, a signature, a certificate, a
# licence), per thing (an order, a cart, a booking, a payload, a reference, a tenant, a project,
# an organisation, an environment), and the user's own IDs (read by the key rules); and
# tracing's and conversations' (the session's review: X-Flow-Id, X-Datadog-Parent-Id, X-Room-Id),
# and a CRM's contact's (the corpus's Emarsys "X-EMS-ME-Contact-Field-Value": a person's); a
# header's decoded fields (a JWT's claims) are the key rules' to read
INSIDE = ("request", "trace", "span", "correlat", "idempot", "nonce", "session", "signature",
          "csrf", "xsrf", "token", "apikey", "secret", "auth", "cert", "licen", "payload",
          "reference", "transact", "message", "event", "tenant", "project", "environ",
          "upload", "batch", "cache", "etag", "checksum", "hash", "version", "build", "commit",
          "attempt", "retry", "order", "booking", "user", "account", "member", "customer",
          "profile", "player", "organi", "merchant", "partner", "stub", "experiment",
          "variant", "campaign", "creative", "placement", "widget", "channel", "tracking",
          "content", "media", "document", "challenge", "captcha", "password", "passcode",
          "digest", "contact", "email", "flow", "operation", "activity", "debug",
          "connection", "datadog",
          "instana", "workspace", "team", "application", "conversation", "room", "stream",
          "match", "checkout", "location", "household", "sha", "release", "body", "ibm")
# ...and as a whole word of it (too short to look for inside other words)
WORDS = frozenset({"req", "rq", "txn", "tx", "msg", "ref", "sig", "key", "app", "api", "org",
                   "env", "job", "task", "run", "call", "page", "site", "store", "shop", "sdk",
                   "b3", "amzn", "cf", "ray", "sid", "uid", "tid", "pid", "rid", "eid", "mid",
                   "oid", "cid", "otp", "code", "pass", "salt", "mac", "hmac", "iv", "kid", "jti",
                   "drm", "file", "cart"})
DEVICE_WORDS = ("device", "install", "dev", "iid", "phone", "handset")


def _private_id_name(name: str) -> bool:
    """``name`` is a private header's whose words say nothing but what the app calls it."""
    low = name.lower()
    if not low.startswith("x-") or len(low) < 4:
        return False
    words = re.split(r"[-_.]", low[2:])
    joined = "".join(words)
    if "parent" in words and not any(d in joined for d in DEVICE_WORDS):
        return False  # (a trace's parent, X-Parent-Id; not a family app's X-Parent-Device)
    return not any(w in WORDS for w in words) and not any(s in joined for s in INSIDE)


def private_header_ids(exchange_id: int, decoded: Decoded, found: list[Finding]
                       ) -> list[Finding]:
    """The private request headers holding a generated ID nothing else read (module
    docstring)."""
    out = []
    read: set[tuple[str, str]] | None = None
    for leaf in decoded.leaves:
        if (leaf.part != Part.HEADER or type(leaf.value) is not str or "." in leaf.path
                or not GENERATED_ID.fullmatch(leaf.text.strip())
                or not _private_id_name(leaf.path)):
            continue
        if read is None:
            read = {(f.part, f.path) for f in found}
        if (leaf.part, leaf.path) in read:
            continue
        out.append(leaf_finding(
            exchange_id, leaf, "id.device", CONFIDENCE,
            f"the app's own header '{leaf.path}' (X-: a private header, RFC 6648) carries a "
            "generated ID that its name says is no request's, session's or key's: the "
            "install's ID, sent with every request", RULE))
    return out
