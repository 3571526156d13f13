"""The device profile's known values in every form a payload may carry them, compiled for
``profile_match.py``: each value of ``device.toml`` (DESIGN.md) expanded by ``variants.py`` (case,
URL encoding, base64, hex, hashes, phone and coordinate forms) into lookup tables and one
regular expression factored as a trie.

Values shorter than ``MIN_SEARCH`` (MCC, MNC, SIM country, short user IDs) are only matched as a
whole field, through a dict; numbers written with separators (phone numbers per ITU-T E.123,
IMEIs in their displayed grouping per 3GPP TS 23.003) through their digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from string import ascii_lowercase
from typing import Any

from analysis.classifiers.profile_finer import finer_coordinates
from analysis.classifiers.rules import fold_accents
from analysis.classifiers.variants import (
    SHORT_NAME,
    calling_code,
    coordinate_forms,
    email_forms,
    ip_forms,
    phone_bases,
    phone_forms,
    short_name,
    string_forms,
)
from analysis.profile import DeviceProfile

# (section, key) -> category (DESIGN.md device.toml; TAXONOMY.md). The device's LAN address is
# network configuration, not a location: it is reported as device.info.
CATEGORY = {
    ("identifiers", "advertising_id"): "id.advertising",
    ("identifiers", "android_id"): "id.device", ("identifiers", "idfv"): "id.device",
    ("identifiers", "install_id"): "id.device",
    ("identifiers", "imei"): "id.hardware", ("identifiers", "serial"): "id.hardware",
    ("identifiers", "mac"): "id.hardware",
    ("identifiers", "imsi"): "id.sim", ("identifiers", "iccid"): "id.sim",
    ("identifiers", "user_id"): "id.user",
    ("contact", "email"): "contact.email", ("contact", "phone"): "contact.phone",
    ("contact", "name"): "contact.name",
    ("location", "lat"): "location.precise", ("location", "lon"): "location.precise",
    ("carrier", "mcc"): "location.carrier", ("carrier", "mnc"): "location.carrier",
    ("carrier", "name"): "location.carrier", ("carrier", "sim_country"): "location.carrier",
    ("network", "public_ip"): "location.ip", ("network", "local_ip"): "device.info",
    ("network", "wifi_ssid"): "location.wifi", ("network", "wifi_bssid"): "location.wifi",
}
MIN_SEARCH = 6  # shorter variants are matched only as a whole field
DIGEST_LENGTHS = frozenset({32, 40, 64, 128})  # hex MD5, SHA-1, SHA-256, SHA-512
HEX = re.compile(r"[0-9a-f]+")  # variants are keyed lower-cased
MIN_LOOSE = 12  # variants at least this long are also found glued to bytes of a raw field
# Whole-field values that only count under a key naming what they are (a bare "US" or "310"
# is everywhere): the key must contain one of these.
KEY_HINTS = {
    ("carrier", "sim_country"): frozenset({"sim", "carrier", "network", "operator", "telco",
                                          "mcc", "simcountry", "simcountryiso", "simcc",
                                          "simiso", "simcountrycode", "simregion"}),
    ("carrier", "mcc"): frozenset({"mcc", "carrier", "sim", "network", "operator", "plmn",
                                  "mobile", "mccmnc", "simmcc"}),
    ("carrier", "mnc"): frozenset({"mnc", "carrier", "sim", "network", "operator", "plmn",
                                  "mccmnc", "simmnc"}),
}
# A short value (under ``MIN_SEARCH``: a user ID "42", an SSID "home", a carrier "EE") is any
# field's value as often as the profile's: as a whole field it counts only under a key naming
# what it is (QA6: a tab named "home" was the Wi-Fi, a count of 42 the user).
SHORT_HINTS = {
    ("identifiers", "user_id"): frozenset({"user", "uid", "userid", "account", "member",
                                          "customer", "login", "player", "profile", "owner",
                                          "author", "subscriber"}),
    ("network", "wifi_ssid"): frozenset({"ssid", "wifi", "wlan", "network", "hotspot",
                                        "router"}),
    ("carrier", "name"): frozenset({"carrier", "operator", "network", "sim", "telco",
                                   "provider", "isp"}),
    ("contact", "name"): frozenset({"name", "user", "contact", "person", "first", "last",
                                   "display", "fullname", "username"}),
}


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many literal words, factored as a trie.

    ``re`` tries the branches of a flat alternation one by one at every position; factoring
    common prefixes lets it reject a position after one character (several times faster on
    thousands of hashes and encodings). Longer words still win: a branch that can continue is
    tried before the end of a shorter word.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    escaped: dict[str, str] = {}

    def esc(ch: str) -> str:
        out = escaped.get(ch)
        if out is None:
            out = escaped[ch] = re.escape(ch)
        return out

    def emit(node: dict[str, Any]) -> str:
        # A run of nodes with one child and no word ending is a literal: written in a loop,
        # not a recursion per character (hashes and encodings are long runs).
        run = []
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            run.append(esc(ch))
        ends = "" in node
        branches = [esc(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return "".join(run)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return "".join(run) + body

    return emit(trie)


def _bounded(alternation: str, firsts: set[str]) -> re.Pattern[str] | None:
    """The alternation as a whole word: not glued to a letter, digit or decimal point (or
    right after a %XX escape), case-insensitive. The leading class of first characters lets
    most positions fail on one test before the look-behinds run (1.5x faster on SDK payloads)."""
    if not alternation:
        return None
    first = "".join(sorted({re.escape(c) for f in firsts for c in (f, f.upper())}))
    return re.compile(f"(?=[{first}])" r"(?:(?<![A-Za-z0-9.])|(?<=%[0-9A-Fa-f]{2}))("
                      + alternation + r")(?![A-Za-z0-9]|\.\d)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Known:
    section: str
    key: str
    category: str
    transform: str | None
    note: str
    decimals: int | None = None  # for coordinates


# A whole field that is a number written with separators: a phone number ("(415) 555-0123",
# "+49 151 12345678", "0049-151-12345678": ITU-T E.123 and national conventions) or an IMEI in
# its displayed grouping ("35-693803-564380-9", 3GPP TS 23.003 §6.2.1: TAC, SNR, check digit).
NUMBER_WRITTEN = re.compile(r"\+?[\d(][\d ()./-]{5,24}\d")
SEPARATORS = frozenset(" ()./-")


class KnownValues:
    """Lookup tables and regular expressions of one profile's known values."""

    def __init__(self, profile: DeviceProfile) -> None:
        self.profile = profile
        # lower-cased variant -> (variant as generated, what it is)
        self.search: dict[str, list[tuple[str, Known]]] = {}
        self.whole: dict[str, list[tuple[str, Known]]] = {}
        # digits of a number-like value -> what it is, for values written with separators
        self.digits: dict[str, list[Known]] = {}
        for section in ("identifiers", "contact", "location", "carrier", "network"):
            values: dict[str, Any] = getattr(profile, section)
            for key, value in values.items():
                if (section, key) in CATEGORY and value not in (None, ""):
                    self._add_value(profile, section, key, value)
        if profile.carrier.get("mcc") and profile.carrier.get("mnc"):
            mcc, mnc = profile.carrier["mcc"], profile.carrier["mnc"]
            # "310260" alone could be any six-digit number: as a whole field only, and not
            # under a negative key (a sequence number, a timestamp; profile_match); "310-260"
            # is written as a code
            self._add(f"{mcc}{mnc}", Known("carrier", "mcc+mnc", "location.carrier", None, ""),
                      whole_only=True)
            for sep in ("-", "/", "_", " "):
                self._add(f"{mcc}{sep}{mnc}", Known("carrier", "mcc+mnc", "location.carrier",
                                                    None, f"written as MCC{sep}MNC"))
            # ...and named inside a text, as User-Agent suffixes and client-info headers
            # write it ("MCCMNC/310260", "mccmnc=310260")
            for sep in ("/", ":", "="):
                self._add(f"mccmnc{sep}{mcc}{mnc}", Known(
                    "carrier", "mcc+mnc", "location.carrier", None, "named in the text"))
        name = profile.carrier.get("name")
        if isinstance(name, str) and " " in name.strip():
            # "Carrier/Example_Mobile" in a User-Agent: only named so, since "free_mobile" is
            # also a banner's or a campaign's name (QA9)
            for label in ("carrier", "operator"):
                for sep in ("/", ":", "="):
                    self._add(f"{label}{sep}{name.strip().replace(' ', '_')}", Known(
                        "carrier", "name", "location.carrier", "underscores",
                        "named in the text, spaces as underscores"))
        # Hex digests (MD5, SHA-1, SHA-256, SHA-512 of every form: 14,800 of the 19,400
        # characters of the evaluation profile's variants) are found by a second expression,
        # as hex runs of their lengths, and looked up like every match: compiling them as
        # literals made the regex take 46 ms of every run instead of 9 ms (measured). Apart, so
        # that a run that is no known digest never hides a value inside it ("%3D" + an IMEI's
        # hex: its "3D..." is a 32-digit run).
        digests = {v for v in self.search if len(v) in DIGEST_LENGTHS and HEX.fullmatch(v)}
        runs = "|".join(f"[0-9a-f]{{{n}}}" for n in sorted({len(v) for v in digests},
                                                          reverse=True))
        # ...and the profile's coordinates at more decimals (profile_finer.py), tried after
        # the variants at each position
        finer, self.finer = finer_coordinates(profile, CATEGORY)
        trie = trie_pattern(v for v in self.search if v not in digests)
        self.regexes = tuple(r for r in (
            _bounded(f"{trie}|{finer}" if finer and trie else trie or finer,
                     {v[0] for v in self.search if v not in digests} | set("-0123456789")),
            _bounded(runs, set("0123456789abcdef"))) if r is not None)
        self._loose: re.Pattern[str] | bool | None = False  # compiled on first raw field

    @property
    def loose(self) -> re.Pattern[str] | None:
        """Long variants without the word boundaries, for fields kept raw (undecodable bytes):
        there a length or tag byte that happens to be a letter or digit often sits right
        against a value ("...\x08NOTGZIP6f1d2c3b-..."), and a 12-character or longer known
        value (IDs, e-mail, IMEI, hashes, encodings) does not occur by chance in binary."""
        if self._loose is False:
            longs = [v for v in self.search if len(v) >= MIN_LOOSE]
            self._loose = re.compile("(" + trie_pattern(longs) + ")",
                                     re.IGNORECASE) if longs else None
        return self._loose if isinstance(self._loose, re.Pattern) else None

    def _add(self, variant: str, known: Known, whole_only: bool = False) -> None:
        table = self.whole if whole_only or len(variant) < MIN_SEARCH else self.search
        table.setdefault(variant.lower(), []).append((variant, known))

    def _add_value(self, profile: DeviceProfile, section: str, key: str, value: Any) -> None:
        category = CATEGORY[(section, key)]
        if section == "location":
            exact = repr(float(value))
            for text, tid, places, words in coordinate_forms(float(value)):
                if text == exact:
                    self._add(text, Known(section, key, category, None, "", places))
                else:
                    self._add(text, Known(section, key, category, tid, words, places))
            return
        text = str(value).strip()
        if (section, key) in KEY_HINTS:
            self._add(text, Known(section, key, category, None, ""), whole_only=True)
            return
        if key == "email":
            forms = email_forms(text)
        elif key == "phone":
            calling = calling_code(text, (profile.carrier.get("sim_country"),
                                          profile.device.country))
            forms = phone_forms(text, calling)
            for form, t in phone_bases(text, calling):
                self._add_digits(form, Known(section, key, category,
                                             f"{t}+formatted" if t else "formatted", ""))
        elif key == "name" and section == "contact":
            forms = string_forms(text)
            for variant, t, _ in string_forms(short) if (short := short_name(text)) else ():
                self._add(variant, Known(section, key, category, t, SHORT_NAME),
                          whole_only=True)
            if len(parts := text.split()) == 2:  # ...with a middle initial on a card ("DWAYNE
                for mid in ascii_lowercase:  # A CAMPBELL": QA156, QA158, QA160)
                    for form in (mid, f"{mid}."):
                        self._add(f"{parts[0]} {form} {parts[1]}", Known(
                            section, key, category, None, " with a middle initial"))
            if (bare := fold_accents(text)) != text:  # ("RUTA KAZLAUSKIENE": QA138, QA139)
                for variant, t, _ in string_forms(bare):
                    self._add(variant, Known(section, key, category,
                                             f"noaccents+{t}" if t else "noaccents", ""))
            for part in text.split():
                if len(part) >= 2:
                    for variant, t, _ in string_forms(part.lower()):
                        if t and ("sha" in t or "md5" in t):
                            self._add(variant, Known(section, key, category, t,
                                                     " of a part of the name (first or last)"))
        elif key == "public_ip":
            forms = string_forms(text)
            for variant, transform, note in ip_forms(text):
                # the whole field, never inside a version string or a longer number (QA13)
                self._add(variant, Known(section, key, category, transform, note),
                          whole_only=True)
        else:
            forms = string_forms(text)
        for variant, transform, note in forms:
            self._add(variant, Known(section, key, category, transform, note))
        if key == "imei":
            self._add(text[:14], Known(section, key, category, "nocheckdigit", ""))
            self._add_digits(text, Known(section, key, category, "formatted", ""))

    def _add_digits(self, form: str, known: Known) -> None:
        digits = re.sub(r"\D", "", form)
        if form.startswith("+"):
            digits = "+" + digits
        if all(k != known for k in self.digits.get(digits, ())):
            self.digits.setdefault(digits, []).append(known)

    def written(self, text: str) -> list[Known]:
        """The known values a number written with separators stands for ("(415) 555-0123",
        "35-693803-564380-9")."""
        if not NUMBER_WRITTEN.fullmatch(text) or not SEPARATORS.intersection(text):
            return []
        # "+49 (0)151 ..." writes the national trunk prefix beside the calling code: not dialled
        digits = re.sub(r"\D", "", text.replace("(0)", "") if text[0] in "+0" else text)
        return self.digits.get("+" + digits if text.startswith("+") else digits, [])
