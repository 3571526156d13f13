"""The forms a known value takes in traffic: how apps and SDKs transform identifiers.

Sources: SDK documentation of hashed matching (Facebook Conversions API and Google Enhanced
Conversions normalise e-mail addresses by trimming and lower-casing and phone numbers to E.164
digits before SHA-256), RFC 4648 (base64, base64url, hex), RFC 3986 (percent-encoding), and
common practice for MD5/SHA-1 of IMEI, Android ID and MAC addresses in ad SDKs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import ROUND_DOWN, Decimal
from urllib.parse import quote

from analysis.classifiers.rules import load_toml
from analysis.classifiers.validators_geo import decimals_text

HASHES = ("md5", "sha1", "sha256", "sha512")


def hashed(text: str) -> Iterator[tuple[str, str]]:
    data = text.encode("utf-8")
    for algo in HASHES:
        digest = hashlib.new(algo, data)
        yield digest.hexdigest(), algo
        if algo == "sha256":
            yield base64.b64encode(digest.digest()).decode().rstrip("="), "sha256+base64"


def encoded(text: str) -> Iterator[tuple[str, str]]:
    data = text.encode("utf-8")
    yield base64.b64encode(data).decode().rstrip("="), "base64"
    yield base64.urlsafe_b64encode(data).decode().rstrip("="), "base64"
    yield data.hex(), "hex"
    q = quote(text, safe="")
    if q != text:
        yield q, "url"


def string_forms(value: str) -> Iterator[tuple[str, str | None, str]]:
    """(variant, transform, note) for an identifier-like string."""
    bases: list[tuple[str, str | None, str]] = [(value, None, "")]
    if "-" in value:
        bases.append((value.replace("-", ""), "nodashes", ""))
    if ":" in value:
        bases.append((value.replace(":", ""), "noseparators", ""))
        bases.append((value.replace(":", "-"), "dashes", ""))
    for base, transform, _ in list(bases):
        yield base, transform, ""
        for variant, t in encoded(base):
            yield variant, t if transform is None else f"{transform}+{t}", ""
        for form, case, note in ((base, None, ""),
                                 (base.lower(), "lowercase", " of the lower-case form"),
                                 (base.upper(), "uppercase", " of the upper-case form")):
            if case and form == base:
                continue  # already hashed as given
            steps = [x for x in (transform, case) if x]
            for variant, t in hashed(form):
                yield variant, "+".join([*steps, t]), note


def email_forms(value: str) -> Iterator[tuple[str, str | None, str]]:
    normal = value.strip().lower()
    yield from string_forms(value)
    if normal != value:
        for variant, t in hashed(normal):
            yield variant, f"lowercase+{t}", " of the normalised (trimmed, lower-case) address"


def phone_bases(value: str, calling: tuple[str, str] | None) -> list[tuple[str, str | None]]:
    """(form, transform) of a phone number before hashing or encoding: as given, E.164 with and
    without "+", with the 00 international prefix (ITU-T E.164/E.123), national with and
    without the trunk prefix. ``calling`` is (country calling code, trunk prefix)."""
    given = value.strip()
    digits = re.sub(r"\D", "", given)
    forms: list[tuple[str, str | None]] = [(given, None)]
    national = ""
    if given.startswith(("+", "00")):
        if given.startswith("00"):
            digits = digits[2:]
        forms += [("+" + digits, "e164"), (digits, "e164-noplus"), ("00" + digits, "00-prefix")]
        if calling and digits.startswith(calling[0]):
            national = digits[len(calling[0]):]
    elif calling:
        cc, trunk = calling
        national = digits[len(trunk):] if trunk and digits.startswith(trunk) else digits
        forms += [("+" + cc + national, "e164"), (cc + national, "e164-noplus"),
                  ("00" + cc + national, "00-prefix")]
    if national:
        forms.append((national, "national"))
        if calling and calling[1]:
            forms.append((calling[1] + national, "national"))
    seen: set[str] = set()
    out = []
    for form, t in forms:
        if form not in seen and len(re.sub(r"\D", "", form)) >= 6:
            seen.add(form)
            out.append((form, t))
    return out


def phone_forms(value: str, calling: tuple[str, str] | None,
                ) -> Iterator[tuple[str, str | None, str]]:
    for form, t in phone_bases(value, calling):
        yield form, t, ""
        for variant, h in hashed(form):
            yield variant, f"{t}+{h}" if t else h, f" of the {t or 'given'} form"
        for variant, e in encoded(form):
            yield variant, f"{t}+{e}" if t else e, f" of the {t or 'given'} form"


def coordinate_forms(value: float) -> Iterator[tuple[str, str, int, str]]:
    """(text, transform id, decimals, description) at 2..7 decimals, rounded and truncated (also
    as written without trailing zeros), plus E6/E7 integers. The id says what the text is:
    ``round2`` when rounding to its own number of decimals gives it, else ``trunc2``."""
    seen: set[str] = set()
    exact = Decimal(repr(value))
    for places in range(7, 1, -1):
        step = Decimal(1).scaleb(-places)
        rounded = f"{value:.{places}f}"
        # truncated in decimal, not in binary floating point (52.520008 * 1e7 is 525200079.99..)
        truncated = str(exact.quantize(step, rounding=ROUND_DOWN))
        for text in (rounded, truncated):
            for t in (text, text.rstrip("0").rstrip(".")):
                if t in seen or "." not in t:
                    continue
                seen.add(t)
                shown = len(t.split(".")[1])
                if f"{value:.{shown}f}" == t:
                    yield (t, f"round{shown}", shown,
                           f"rounded to {decimals_text(shown)}")
                else:
                    yield (t, f"trunc{shown}", shown,
                           f"truncated to {decimals_text(shown)}")
    for exp in (6, 7):
        yield (str(round(value * 10 ** exp)), f"e{exp}", exp,
               f"scaled to an integer, degrees x 10^{exp}")


def ip_forms(value: str) -> Iterator[tuple[str, str | None, str]]:
    """(variant, transform, note) for a public IPv4 address beyond its string forms: as SDKs
    and ad requests also send it — a 32-bit integer, 8 hex digits, and the /24 network with the
    last octet zeroed (truncated for "privacy", still locating). Only forms that cannot be read
    as something else: an integer of 9 digits or more (not a small count or a date), hex with a
    letter in it ("20240115" is a date); matched as a whole field (profile_known)."""
    parts = value.strip().split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        return
    number = int.from_bytes(bytes(int(p) for p in parts), "big")
    if number >= 10**8:
        yield str(number), "integer", ""
    hexed = f"{number:08x}"
    if any(c in "abcdef" for c in hexed):
        yield hexed, "hex", ""
        yield hexed.upper(), "hex+uppercase", ""
        # with C's prefix, and the four bytes in base64 (a packed address in a JSON field)
        yield f"0x{hexed}", "hex", ""
        yield f"0x{hexed.upper()}", "hex+uppercase", ""
    yield base64.b64encode(number.to_bytes(4, "big")).decode(), "base64", " (its four bytes)"
    if parts[3] != "0":
        truncated = ".".join([*parts[:3], "0"])
        yield truncated, "truncated", " (its /24 network, last octet zeroed)"
        yield f"{truncated}/24", "truncated", " (its /24 network in CIDR notation)"


def calling_code(phone: str, countries: Iterable[str | None]) -> tuple[str, str] | None:
    """(calling code, trunk prefix) of a phone number: the code written in the number itself
    ("+1 415...", "0049 151...") first, else the first of ``countries`` (the SIM's, the
    device's) known. E.164 codes are prefix-free, so the one known code the digits start with
    is the code (``rules/calling_codes.toml``)."""
    codes = load_toml("calling_codes.toml")["codes"]
    phone = phone.strip()
    if phone.startswith(("+", "00")):
        digits = re.sub(r"\D", "", phone)[2 if phone.startswith("00") else 0:]
        by_code = {str(cc): str(trunk) for cc, trunk in codes.values()}
        for n in (1, 2, 3):
            if digits[:n] in by_code:
                return digits[:n], by_code[digits[:n]]
    for country in countries:
        if country and country.upper() in codes:
            cc, trunk = codes[country.upper()]
            return str(cc), str(trunk)
    return None


# A name's short form, first and last ("Catriona MacLeod" for "Catriona Jean MacLeod": QA101),
# as a whole field under a person's key only (SHORT_HINTS), never with a title, a particle or
# a suffix ("Mr Smith", "Anne Dijk": the session's review)
SHORT_NAME = "first and last, no middle name"
NAME_AFFIXES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "jr", "sr",
                          "ii", "iii", "iv", "phd", "md", "van", "von", "de", "der", "den", "da",
                          "di", "du", "del", "della", "la", "le", "bin", "binti", "al", "el",
                          "ben", "bat", "thi"})


def short_name(name: str) -> str:
    parts = name.split()
    return "" if len(parts) < 3 or {p.lower().strip(".,") for p in parts} & NAME_AFFIXES else (
        f"{parts[0]} {parts[-1]}")
