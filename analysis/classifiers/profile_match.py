"""Device-profile classifier (``detector = ground_truth``): the test phone's known values, in
every form of ``variants.py``, found in raw and decoded payloads in ONE pass per exchange.

All variants of all values are compiled into a single regular-expression alternation (longest
first, bounded so that ``40.741`` does not match inside ``40.7418``) run once over the exchange's
leaves joined together; short values (MCC, MNC, SIM country, short user IDs) are only matched as
a whole field, through a dict. A coordinate seen with fewer than 4 decimals only counts when the
other coordinate of the pair is in the same exchange: two decimals alone are too common.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from analysis.classifiers.base import compose, preview
from analysis.classifiers.rules import load_toml, norm_key
from analysis.classifiers.variants import (
    coordinate_forms,
    email_forms,
    phone_bases,
    phone_forms,
    string_forms,
)
from analysis.decoders import Decoded
from analysis.profile import DeviceProfile
from analysis.records import Detector, Finding

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
MIN_LOOSE = 12  # variants at least this long are also found glued to bytes of a raw field
MAX_SEARCH = 1 << 20  # characters of one field searched (a bound on hostile bodies)
SEP = "\n\x00\n"
# Whole-field values that only count under a key naming what they are (a bare "US" or "310"
# is everywhere): the key must contain one of these.
KEY_HINTS = {
    ("carrier", "sim_country"): ("sim", "carrier", "network", "operator", "telco", "mcc"),
    ("carrier", "mcc"): ("mcc", "carrier", "sim", "network", "operator", "plmn", "country"),
    ("carrier", "mnc"): ("mnc", "carrier", "sim", "network", "operator", "plmn"),
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

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@dataclass(frozen=True, slots=True)
class Known:
    section: str
    key: str
    category: str
    transform: str | None
    note: str
    decimals: int | None = None  # for coordinates


def _calling(profile: DeviceProfile) -> tuple[str, str] | None:
    """(calling code, trunk prefix) of the profile's phone number: the code written in the
    number itself ("+1 415...", "0049 151...") first, else the SIM's or the device's country.
    E.164 codes are prefix-free, so the one known code the digits start with is the code."""
    codes = load_toml("calling_codes.toml")["codes"]
    phone = str(profile.contact.get("phone") or "").strip()
    if phone.startswith(("+", "00")):
        digits = re.sub(r"\D", "", phone)[2 if phone.startswith("00") else 0:]
        by_code = {str(cc): str(trunk) for cc, trunk in codes.values()}
        for n in (1, 2, 3):
            if digits[:n] in by_code:
                return digits[:n], by_code[digits[:n]]
    for country in (profile.carrier.get("sim_country"), profile.device.country):
        if country and country.upper() in codes:
            cc, trunk = codes[country.upper()]
            return str(cc), str(trunk)
    return None


# A whole field that is a number written with separators: a phone number ("(415) 555-0123",
# "+49 151 12345678", "0049-151-12345678": ITU-T E.123 and national conventions) or an IMEI in
# its displayed grouping ("35-693803-564380-9", 3GPP TS 23.003 §6.2.1: TAC, SNR, check digit).
NUMBER_WRITTEN = re.compile(r"\+?[\d(][\d ()./-]{5,24}\d")
SEPARATORS = frozenset(" ()./-")
# The same as a whole field of the joined fields (``SEP`` between them), with a separator other
# than a lone decimal point, so that plain integers and decimals are not even looked at.
# Every field follows a SEP: the literal prefix lets ``re`` skip to field starts quickly.
WRITTEN_FIELD = re.compile(r"\n\x00\n[ \t]*(\+?[\d(][\d ()./-]*[ ()/-][\d ()./-]*\d)[ \t]*"
                           r"(?=\n\x00\n|\Z)")


class ProfileMatcher:
    name = "ground_truth"

    def __init__(self, profile: DeviceProfile) -> None:
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
            for sep in ("", "-", "/", "_", " "):
                self._add(f"{mcc}{sep}{mnc}", Known("carrier", "mcc+mnc", "location.carrier",
                                                    None, ""))
        alternation = trie_pattern(self.search)
        # The leading class of first characters lets most positions fail on one test before
        # the boundary look-behinds run (1.5x faster on typical SDK payloads).
        first = "".join(sorted({re.escape(c) for v in self.search for c in (v[0], v[0].upper())}))
        self.regex = re.compile(
            f"(?=[{first}])" r"(?:(?<![A-Za-z0-9.])|(?<=%[0-9A-Fa-f]{2}))(" + alternation
            + r")(?![A-Za-z0-9]|\.\d)", re.IGNORECASE) if alternation else None
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
            calling = _calling(profile)
            forms = phone_forms(text, calling)
            for form, t in phone_bases(text, calling):
                self._add_digits(form, Known(section, key, category,
                                             f"{t}+formatted" if t else "formatted", ""))
        elif key == "name" and section == "contact":
            forms = string_forms(text)
            for part in text.split():
                if len(part) >= 2:
                    for variant, t, _ in string_forms(part.lower()):
                        if t and ("sha" in t or "md5" in t):
                            self._add(variant, Known(section, key, category, t,
                                                     f" of the name part '{part}'"))
        else:
            forms = string_forms(text)
        for variant, transform, note in forms:
            self._add(variant, Known(section, key, category, transform, note))
        if key == "imei":
            self._add(text[:14], Known(section, key, category, "no check digit", ""))
            self._add_digits(text, Known(section, key, category, "formatted", ""))

    def _add_digits(self, form: str, known: Known) -> None:
        digits = re.sub(r"\D", "", form)
        if form.startswith("+"):
            digits = "+" + digits
        if all(k != known for k in self.digits.get(digits, ())):
            self.digits.setdefault(digits, []).append(known)

    def _written(self, text: str) -> list[Known]:
        """The known values a number written with separators stands for ("(415) 555-0123",
        "35-693803-564380-9")."""
        if not NUMBER_WRITTEN.fullmatch(text) or not SEPARATORS.intersection(text):
            return []
        # "+49 (0)151 ..." writes the national trunk prefix beside the calling code: not dialled
        digits = re.sub(r"\D", "", text.replace("(0)", "") if text[0] in "+0" else text)
        return self.digits.get("+" + digits if text.startswith("+") else digits, [])

    # -- matching -------------------------------------------------------------------------------

    def classify(self, exchange_id: int, decoded: Decoded) -> list[Finding]:
        hits: list[tuple[int, str, str, Known]] = []  # (leaf index, matched, variant, known)
        leaves = decoded.leaves
        # arrays are not searched; nor a URL or token whose decoded parts are leaves of their own
        texts = ["" if leaf.array or leaf.wrapped else leaf.text[:MAX_SEARCH] for leaf in leaves]
        for i, text in enumerate(texts):
            if len(text) <= 64:
                for variant, known in self.whole.get(text.strip().lower(), ()):
                    hint = KEY_HINTS.get((known.section, known.key))
                    if hint and not any(h in norm_key(leaves[i].key + leaves[i].parent)
                                        for h in hint):
                        continue
                    hits.append((i, text.strip(), variant, known))
        joined = SEP + SEP.join(texts)  # a leading SEP: every field starts after one
        starts, pos = [], len(SEP)
        for text in texts:
            starts.append(pos)
            pos += len(text) + len(SEP)
        if self.digits:
            # whole fields that are numbers written with separators, found by one regex over
            # all fields (a Python test per field cost more than the whole dict lookup above)
            for m in WRITTEN_FIELD.finditer(joined):
                i = bisect.bisect_right(starts, m.start(1)) - 1
                written = m.group(1)
                hits += [(i, written, written, known) for known in self._written(written)]
        if self.regex is not None:
            for m in self.regex.finditer(joined):
                i = bisect.bisect_right(starts, m.start()) - 1
                for variant, known in self.search.get(m.group(1).lower(), ()):
                    hits.append((i, m.group(1), variant, known))
            if decoded.raw:
                raw = [i for i, leaf in enumerate(leaves) if leaf.layers[-1:] == ("raw",)]
                hits = self._raw_hits(texts, raw, hits)
        return self._findings(exchange_id, decoded, hits)

    def _raw_hits(self, texts: list[str], raw: list[int],
                  hits: list[tuple[int, str, str, Known]]) -> list[tuple[int, str, str, Known]]:
        """Add the long known values found without word boundaries in fields kept raw."""
        loose = self.loose
        if loose is None:
            return hits
        seen = {(i, known) for i, _, _, known in hits}
        for i in raw:
            for m in loose.finditer(texts[i]):
                for variant, known in self.search.get(m.group(1).lower(), ()):
                    if (i, known) not in seen:
                        seen.add((i, known))
                        hits.append((i, m.group(1), variant, known))
        return hits

    def _findings(self, exchange_id: int, decoded: Decoded,
                  hits: list[tuple[int, str, str, Known]]) -> list[Finding]:
        coords = {k.key for _, _, _, k in hits if k.section == "location"}
        out = []
        for i, matched, variant, known in hits:
            leaf = decoded.leaves[i]
            category = known.category
            if known.section == "location":
                places = known.decimals or 0
                if places < 4 and coords != {"lat", "lon"}:
                    continue  # a lone short coordinate is too common to be evidence
                category = "location.precise" if places >= 3 else "location.coarse"
            transform = known.transform
            if transform is None and matched != variant:
                transform = "uppercase" if matched == matched.upper() else "lowercase"
            transform = compose(transform, leaf)
            what = f"{known.section}.{known.key}"
            if known.section == "location" and known.transform:
                # a coordinate's note is the transform in words: "rounded to 4 decimals"
                evidence = (f"matches the device profile's {what} {known.note} "
                            f"(transform {transform})")
            elif transform:
                evidence = f"matches the device profile's {what} after {transform}{known.note}"
            else:
                evidence = f"matches the device profile's {what} exactly"
            if known.section == "location" and not known.transform:
                evidence += f" ({known.decimals} decimals)"
            if leaf.text.strip().lower() != matched.lower():
                evidence += " inside a longer value"
            out.append(Finding(exchange_id, leaf.part, leaf.path, category, Detector.GROUND_TRUTH,
                               0.99 if len(matched) >= 8 else 0.95, evidence,
                               preview(leaf.text), transform, f"profile.{what}"))
        return out
