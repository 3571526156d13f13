"""A session cookie by the shape web frameworks sign it in, under any cookie name.

The key rules read a session cookie by its name (``sid``, ``session``, ``connect.sid``...), but
an app names its cookie in its own words (QA177's Jamaican Patois ``bub_sesh``), and a claim
"no credentials go over plain HTTP" then held. The value says what it is when a framework
signed it:

- express-session's (Node.js, the ``cookie-signature`` package): ``s:`` (``s%3A`` as sent), the
  session's ID, a dot and the HMAC-SHA256 signature in base64 without padding;
- Rails' signed or encrypted cookie (ActiveSupport::MessageVerifier): base64 data, ``--`` and a
  hex digest of 40 or 64 characters (SHA-1, SHA-256);
- Flask's (itsdangerous ``URLSafeTimedSerializer``): base64url data (``.`` first when
  compressed), a timestamp and a signature, dot-separated.

``secret.credential`` at 0.8, in a cookie only (the same shapes elsewhere are a message's or a
document's as often), in a field no reading named so. And a cookie whose name says "session" in
the app's words (``cz_sessioni``, ``ah_sessiya``, ``ar_sesoon``: blind237, blind238, blind250)
holding a random identifier (32 to 64 hex digits, or 24 base64url characters or more) is the
session's ID: at 0.75.
"""

from __future__ import annotations

import re

from analysis.classifiers.base import Unread, leaf_finding
from analysis.decoders import Decoded
from analysis.records import Finding, Part

CATEGORY = "secret.credential"
CONFIDENCE = 0.8
RULE = "value.signed-session"
_SHAPES = (
    ("express-session's signed session ID", re.compile(
        r"s(?::|%3[Aa])[A-Za-z0-9_-]{16,128}\.[A-Za-z0-9+/_-]{20,}(?:%3D|=){0,2}")),
    ("a Rails signed cookie", re.compile(r"[A-Za-z0-9+/%]{16,}(?:=|%3D){0,2}--(?:[0-9a-f]{40}|"
                                          r"[0-9a-f]{64})")),
    ("a Flask signed session", re.compile(r"\.?eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,8}\."
                                          r"[A-Za-z0-9_-]{20,}")),
)


NAMED_CONFIDENCE = 0.75
# "session" as a name's word begins ("cz_sessioni", "ar_sesoon", "sesh"), not "houses",
# "courses" or "licenses" ending in "ses"
_SESSION_NAME = re.compile(r"(?i)(?:^|[_.-])(?:sess|sesi|sesy|sesh|seso|sesj|seans|sitzung)"
                           r"|sess(?:ion)?(?:id)?$")  # (...or ends its name: "havensess", QA181)
_RANDOM_ID = re.compile(r"[0-9a-f]{32,64}|[0-9A-F]{32,64}|(?=[^-_]*\d)[A-Za-z0-9_-]{24,128}")


def signed_sessions(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``secret.credential`` for the cookies whose value is a framework's signed session."""
    unread = Unread(found, CATEGORY)
    out = []
    for leaf in decoded.leaves:
        if leaf.part is not Part.COOKIE or len(leaf.text) < 24:
            continue
        text = leaf.text.strip()
        what = next((name for name, shape in _SHAPES if shape.fullmatch(text)), "")
        if not what and _SESSION_NAME.search(leaf.key) and _RANDOM_ID.fullmatch(text):
            if unread.claim(leaf.part, leaf.path):
                out.append(leaf_finding(exchange_id, leaf, CATEGORY, NAMED_CONFIDENCE,
                                        f"cookie '{leaf.key}', named for a session in the app's "
                                        "words, holds a random identifier: a session's ID",
                                        RULE))
            continue
        if what and unread.claim(leaf.part, leaf.path):
            out.append(leaf_finding(exchange_id, leaf, CATEGORY, CONFIDENCE,
                                    f"cookie '{leaf.key}' holds {what}: a session's credential",
                                    RULE))
    return out
