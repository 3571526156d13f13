"""What counts as no value at all: placeholders and redaction marks.

Sources: the zeroed IDFA/GAID of limited ad tracking (Apple's ASIdentifierManager, Google's
AdvertisingIdClient), Android's fixed MAC since 6.0 (02:00:00:00:00:00), iOS CTCarrier's "--"
and 65535, Sentry's "[Filtered]", Apple os_log's "<private>", template holes of common
formatters. A value these match is the documented absence of a value, never a finding.
"""

from __future__ import annotations

import re

# Values that are placeholders, not data: the zeroed IDFA/GAID of limited ad tracking,
# Android's fixed MAC since 6.0, "unknown" from Build.SERIAL, empty values.
PLACEHOLDERS = frozenset({
    "", "null", "none", "nil", "unknown", "undefined", "0", "-1", "n/a", "na",
    "00000000-0000-0000-0000-000000000000", "00000000000000000000000000000000",
    "02:00:00:00:00:00", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "000000000000000",
    "<unknown ssid>", "0.0.0.0", "[]", "{}", "guest", "anonymous", "anon", "all", "any", "*",
    # iOS CTCarrier's and Android's "not available" values (-- , 65535, Integer.MAX_VALUE)
    "--", "65535", "2147483647", "9223372036854775807",
})


_BRACKETED = re.compile(r"\([a-z][a-z /_-]{1,14}\)")
# What redaction leaves behind: Sentry's "[Filtered]", Apple os_log's "<private>", loggers'
# "[REDACTED]", masks ("********", "xxxx", "•••"), template holes ("{{user.name}}",
# "${user.name}", "%s", "%@") — the documented absence of a value, not the value. ("$app_open"
# is a Mixpanel event and "$D_638928000" a date, so a bare "$name" is no hole.)
_REDACTED = re.compile(
    r"(?i)[\[<(]\s*(filtered|redacted|private|hidden|scrubbed|masked|removed|censored|"
    r"omitted|sensitive|pii|secret|anonymi[sz]ed)\s*[\]>)]|"
    r"[*x•●·#]{3,}|\{\{[^{}]{1,60}\}\}|\$\{[a-z_][a-z0-9_.]{0,40}\}|%[s@d]|%\d*\$?[s@d]")


def is_placeholder(text: str) -> bool:
    t = text.strip()
    if len(t) >= 2 and t[0] == t[-1] == '"':
        # a quoted string (RFC 8941 structured headers: sec-ch-ua-model: "") is its content
        t = t[1:-1].strip()
    # "(not set)", "(detect)", "(none)": SDKs' and analytics tools' stand-ins for a missing value
    low = t.lower()
    return (low in PLACEHOLDERS or bool(_BRACKETED.fullmatch(t)) or low in REDACTED_WORDS
            or (t[:1] in _MARKER_STARTS and len(t) <= 64 and bool(_REDACTED.fullmatch(t))))


REDACTED_WORDS = frozenset({"redacted", "masked", "hidden", "scrubbed"})
_MARKER_STARTS = frozenset("[<(*xX•●·#{$%")
