"""Credential readings held to the call they are sent in: a place search's session token is
none (``searched.place_sessions``), and a Greek ``kodikos`` (κωδικός, "code") is a password only
in a sign-up or a log-in: beside an e-mail, a phone number or a user name, or sent to a call
named so (QA70, blind38). A booking's lookup code, a discount code or a region's code under the
same key opens nothing (QA74).
"""

from __future__ import annotations

from analysis.classifiers.rules import object_keys
from analysis.classifiers.searched import place_sessions
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.records import Finding

GREEK_RULE = "key.greek-password"
# a log-in's or a sign-up's call ("eisodos", "syndesi", "eggrafi": entry, connection,
# registration; "logariasmos": account)
LOGIN_CALLS = frozenset({"login", "signin", "signup", "register", "registration", "auth",
                         "account", "accounts", "session", "sessions", "eisodos", "syndesi",
                         "eggrafi", "logariasmos", "xristis", "password"})
LOGIN_KEYS = frozenset({"email", "username", "user", "phone", "mobile", "tilefono", "kinito",
                        "onomaxristi", "login", "xristis", "emailaddress"})


def credential_contexts(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with the credential readings no call vouches for left out (above)."""
    found = place_sessions(decoded, found)
    codes = [f for f in found if f.rule == GREEK_RULE]
    if not codes or url_words(decoded) & LOGIN_CALLS:
        return found
    own = object_keys(decoded)
    return [f for f in found if f.rule != GREEK_RULE
            or own.get((f.part, object_path(f.path)), set()) & LOGIN_KEYS]



