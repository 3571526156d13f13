"""The URLs shown for reading (``url_display``, the HTML, the CSVs and the PDF): the exact URL
with what a reader must not see masked, a value's ends kept so the URL still reads. What is
masked: the values the findings named as identifiers (unless ``--show-values``) and every secret;
and, whatever was read, a number of six digits or more, a UUID or a long hex string after the
host, a coordinate under a coordinate's name, an API key or a token in the query, a record's ID
written as letters and a number, a person's name as a query's value. Each pattern names the QA
round that found it shown. ``report.json``'s ``url`` keeps the exact URL (DESIGN.md's
contract).
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus


def _url_mask(value: str) -> str:
    # (a short value keeps one character at each end: QA190's "lat=47.57" showed as "47•57")
    keep = 1 if len(value) < 8 else 2 if len(value) < 12 else 3
    return f"{value[:keep]}{'•' * min(len(value) - 2 * keep, 12)}{value[-keep:]}"


# After the host, any number of six digits or more whatever it was read as (QA160: an
# NHS number no reading named is as private as one it did), and any UUID or long hex string
# (QA177: an advertising ID in a tracking pixel's query no reading named was shown whole), and
# a number written in three groups of three digits or more (QA189: a mobile-money wallet's
# "BQ-7730-5521-0094" no reading named; a phone's "555-123-4567"; not a date's "2026-11-27")
_LONG_NUMBER = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                          r"[0-9a-fA-F]{12}|(?<![0-9A-Za-z])(?:[0-9a-f]{16,}|[0-9A-F]{16,})"
                          r"(?![0-9A-Za-z])|\d{6,}|(?<![0-9])\d{3,}(?:[-.]\d{3,}){2,}(?![0-9])")


# ...and a coordinate in a query under a coordinate's name, whatever was read there (QA190: the
# "lon=7.58" beside a masked "lat" was shown whole)
# (also under a prefixed name: QA201's child's school-bus "stop_lat=13.35110" shown whole)
# ...and two decimals of three places or more side by side under any names, as a point is sent
# (QA202's Greek "platos=40.993&mikos=22.875", a home position no reading named without the
# device profile)
_POINT = re.compile(r"([?&;][\w.-]{1,30}=)(-?\d{1,3}\.\d{3,})(&[\w.-]{1,30}=)(-?\d{1,3}\.\d{3,})"
                    r"(?![\d.])")
_COORDINATE = re.compile(r"(?i)([?&;](?:[a-z0-9]{1,20}[_.-])?"
                         r"(?:lat|lon|lng|long|latitude|longitude)=)(-?\d{1,3}\.\d{2,})")


# ...and, unread, a record's ID written as letters and a number ("AHC-0457", a co-op member's;
# "UNEPI-ARU-2024-11873", a child's immunisation card) and a person's name in a query
# ("ru=Ayikoru%20Candiru" beside a mosque's giving page): QA203, none read as data
# (three letters at least or several groups: a booking's "CS-5521" reads as what it is)
_RECORD_ID = re.compile(r"(?<![\w%-])(?:[A-Za-z]{3,10}|[A-Za-z]{2}(?=[-_][A-Za-z]))"
                        r"(?:[-_][A-Za-z]{1,10})*[-_]\d{3,}(?:[-_][A-Za-z0-9]{1,12})*(?![\w-])")
# (with a title too: QA209's "hakiimu=Dr.+Almaz+Tadesse")
_NAMED = re.compile(r"([?&;][\w.-]{1,30}=)((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?(?:%20|\+))?"
                    r"[A-Z][a-z]{1,20}(?:(?:%20|\+)[A-Z][a-z]{1,20}){1,2})(?=[&#;]|$)")
# ...and an SDK's key under any name, by its vendor's prefix ("k=tlm_pub_4f9a2c7e1b": QA209)
_VENDOR_KEY = re.compile(r"(?<![\w-])[a-z]{2,8}_(?:pub|live|test|key|pk|sk)_[A-Za-z0-9]{6,}")


# (and a key under a prefix: QA207's crash SDK's "dsn_key=cn_pub_8f2a61d0")
_KEYED = re.compile(r"(?i)([?&;](?:[a-z0-9]{1,12}[_-])?(?:key|apikey|token|"
                    r"secret|sig|signature|password|pwd)=)"
                    r"([^&#;\s]{8,})")


def masked_url(url: str, values: set[str], numbers: bool = True) -> str:
    """The URL with identifier values (and their URL-encoded forms) masked, for reading, and
    its long numbers, UUIDs and long hex strings unless ``numbers`` is off (``--show-values``)."""
    for value in sorted(values, key=len, reverse=True):
        if len(value) < 4:
            continue
        if value.endswith("…") and len(value) > 8:
            # a long value kept as its preview (a JWT, a push token: QA167's "token=eyJ…"
            # shown whole): its start, and the rest of its URL component
            head = re.escape(value[:-1])
            url = re.sub(f"{head}[^&#/?;\\s]*", lambda m: _url_mask(m.group(0)), url)
            continue
        for form in {value, quote(value, safe=""), quote_plus(value)}:
            if form in url:
                url = url.replace(form, _url_mask(value))
    # an API key or a token in the query, read or not, is a secret: masked always (QA202's map
    # SDK "key=pyx_live_5c9e…" shown whole in every URL)
    url = _KEYED.sub(lambda m: m.group(1) + _url_mask(m.group(2)), url)
    url = _VENDOR_KEY.sub(lambda m: _url_mask(m.group(0)), url)
    start = url.find("/", url.find("://") + 3) if "://" in url else 0
    if start < 0 or not numbers:
        return url
    rest = _COORDINATE.sub(lambda m: m.group(1) + _url_mask(m.group(2)), url[start:])
    rest = _POINT.sub(lambda m: m.group(1) + _url_mask(m.group(2)) + m.group(3)
                      + _url_mask(m.group(4)), rest)
    rest = _NAMED.sub(lambda m: m.group(1) + _url_mask(m.group(2)), rest)
    rest = _RECORD_ID.sub(lambda m: _url_mask(m.group(0)), rest)
    return url[:start] + _LONG_NUMBER.sub(lambda m: _url_mask(m.group(0)), rest)
