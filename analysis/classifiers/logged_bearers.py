"""A bearer token written into a text: a crash breadcrumb's "request headers: Authorization:
Bearer eyJ…", a log line's "Bearer 9f8e…" (a field whose whole value is one is the key rules'
to read: they leave a vendor's public key unread on purpose).

An access token in an ``Authorization`` header is read by the header's name (RFC 6750 §2.1);
an app that logs its requests writes the same header into a text field, which a crash reporter
or a logging SDK then sends to its own servers (QA163: a support app's crash envelope carried
the user's bearer token in ``breadcrumbs[1].msg``, to a vendor in another country). RFC 6750's
``b64token`` follows the word ``Bearer``; twenty characters or more of it, with a letter and
a digit, is a token, not a word of prose ("Bearer of bad news"). A publishable key sent as a
bearer (``pk_live_…``, ``rcd_pub_…``, ``sdk-…``, Mapbox's ``pk.``, RevenueCat's ``appl_``) is safe
to embed in an app by its vendor's documentation and is not read (``credential_contexts`` says the
same of such keys); nor a token masked, redacted or a placeholder, nor one not written after an
``Authorization``/``headers`` word (a logged request's header; "token_type=Bearer <uuid>" is not).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import Unread, leaf_finding
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "secret.credential"
CONFIDENCE = 0.8
RULE = "text.bearer-token"
# RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
_BEARER = re.compile(r"(?i)(?<![\w-])bearer\s+([A-Za-z0-9\-._~+/]{20,}=*)")
# a vendor's public key by its prefix ("pk_live_", "rcd_pub_", "sdk-", "client_"): safe to
# embed in an app by its documentation, the same in every copy of it
_PUBLISHABLE = re.compile(r"(?i)(?:[a-z]{1,12}[_-])?(?:pk|pub|public|publishable|sdk|client|anon)"
                          r"[_.-]|(?:appl|goog|amzn)_|search[_-]?only")
# ...nor a token masked, redacted or a placeholder ("xxxxxxxx…9f3a", "[REDACTED]", "YOUR_API_TOKEN")
_MASKED = re.compile(r"(?i)(.)\1{7}|redacted|your[_-]|example|<|\*{3}|…")
# the header's name or a request's dump before it: a logged request (not "token_type=Bearer")
_HEADER = re.compile(r"(?i)(?:authorization|auth|headers?|-H)\W{0,6}$")


def logged_bearers(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``secret.credential`` for the string fields that carry a bearer token, but for those
    a reading named a credential already."""
    out: list[Finding] = []
    unread = Unread(found, CATEGORY)
    for leaf in decoded.leaves:
        text = leaf.text
        if type(leaf.value) is not str or len(text) < 27 or "earer" not in text:
            continue  # (most fields: one look for the word)
        m = _BEARER.search(text)
        if m is None:
            continue
        token = m.group(1)
        if (_PUBLISHABLE.match(token) or not any(c.isdigit() for c in token)
                or not any(c.isalpha() for c in token) or _MASKED.search(text[m.start():])
                or not _HEADER.search(text[max(0, m.start() - 40):m.start()])):
            continue  # (the review: public keys, masks, placeholders, "token_type=Bearer")
        if m.group(0) == text.strip():
            continue  # (a field that is the header's value: the key rules' to read, and not)
        if not unread.claim(leaf.part, leaf.path):
            continue
        out.append(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            f"a bearer token (RFC 6750) written into a text under '{leaf.key}' (a logged "
            "request's Authorization header)", RULE))
    return out
