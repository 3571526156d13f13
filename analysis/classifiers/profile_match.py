"""Device-profile classifier (``detector = ground_truth``): the test phone's known values, in
every form of ``variants.py`` (tables built by ``profile_known.py``), found in raw and decoded
payloads in ONE pass per exchange.

All variants of all values are compiled into a single regular-expression alternation (longest
first, bounded so that ``40.741`` does not match inside ``40.7418``) run once over the exchange's
leaves joined together; short values (MCC, MNC, SIM country, short user IDs) are only matched as
a whole field, through a dict. A coordinate seen with fewer than 4 decimals only counts when the
other coordinate of the pair is in the same exchange: two decimals alone are too common.

What the searches find in a field depends on its text alone (no match crosses the separator
between fields, and each field starts and ends at a word boundary), so the hits of each text are
remembered: SDKs send the same values in every request, and only new texts are searched.
"""

from __future__ import annotations

import bisect
import operator
import re
from functools import lru_cache
from typing import Any

from analysis.classifiers.base import compose, preview, remake_finding
from analysis.classifiers.keys import is_negative_key
from analysis.classifiers.profile_finer import OTHER_COORD, finer_match, pairs_in_fields
from analysis.classifiers.profile_known import (
    KEY_HINTS,
    MIN_SEARCH,
    SHORT_HINTS,
    Known,
    KnownValues,
)
from analysis.classifiers.profile_points import point_hits
from analysis.classifiers.profile_written import written_numbers
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import latlon_pair
from analysis.classifiers.variants import SHORT_NAME
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.profile import DeviceProfile
from analysis.records import Detector, Finding

MAX_SEARCH = 1 << 20  # characters of one field searched (a bound on hostile bodies)
SEP = "\n\x00\n"
MAX_MEMO = 100_000  # texts remembered per matcher; emptied when full
MAX_MEMO_TEXT = 1024  # longer texts are searched every time
Found = tuple[str, str, Known]  # (matched text, variant, what it is)
# Per text: whole-field candidates, numbers written with separators, regex matches.
TextHits = tuple[tuple[tuple[str, Known], ...], tuple[Found, ...], tuple[Found, ...]]
NO_HITS: TextHits = ((), (), ())
MATCH_START = operator.methodcaller("start")
FindingFields = tuple[Any, ...]  # a Finding's fields after exchange_id
NOT_MADE: FindingFields = ("not made",)  # a sentinel: compared by identity


# Transforms whose output keeps the letters' case as sent (a hex digest's case says nothing).
CASE_KEPT = frozenset({None, "nodashes", "noseparators", "dashes", "nocheckdigit", "url"})


# Known values short or common enough to turn up by chance (MCC+MNC "23415", a LAN address
# "10.0.0.9" that is also a version): as a whole field only under a key that may hold them.
SHORT_COINCIDENCES = frozenset({"mcc+mnc", "local_ip", "name", "sim_country"})
# Lists of what an app supports or offers: the profile's carrier or SIM country among them is
# an option, not the phone's (QA6: "supported carriers", "supported SIM countries").
OPTION_WORDS = frozenset({"supported", "available", "allowed", "options", "choices",
                          "eligible", "accepted", "whitelist", "allowlist", "blocked",
                          "excluded"})


@lru_cache(maxsize=4096)
def _words_of(key: str, parent: str) -> frozenset[str]:
    """The words of a field's key and parent ("simCountry" -> sim, country), and each whole
    (a one-word key such as "mccmnc" or "ssid")."""
    return frozenset(key_words(key)) | frozenset(key_words(parent)) | {
        norm_key(key), norm_key(parent)}


def _named(leaf: Leaf) -> frozenset[str]:
    """What a field's key and parent name, as whole words: "capacity" holds no "ap", "width"
    no "id" (matching parts of words made a tab named "home" the Wi-Fi)."""
    return _words_of(leaf.key, leaf.parent)
CARRIER_WORDS = frozenset({"mcc", "mnc", "carrier", "sim", "network", "operator", "plmn",
                           "hni", "numeric", "telco", "cell"})


IP_DERIVED = frozenset({"integer", "hex", "hex+uppercase", "truncated"})


def _short(known: Known) -> bool:
    """A known value short or plain enough to occur by chance: checked against its key."""
    return known.key in SHORT_COINCIDENCES or (known.key == "public_ip"
                                                and known.transform in IP_DERIVED)


def _coincidence(leaf: Leaf, known: Known) -> bool:
    """The field's key says it is something else: negative (a sequence, a version), or a named
    key with no carrier or network word for an MCC+MNC. A protobuf field (numbered) has no
    name to say either."""
    if not leaf.key or leaf.key.isdigit():
        return False
    named = _named(leaf)
    if known.section == "carrier" and named & OPTION_WORDS:
        return True
    if known.note.startswith("named in the text"):
        # ...unless the text is a list of networks or a rule about them ("blocked mccmnc/
        # 310260;mccmnc/310410", QA9): the same label twice. A User-Agent naming the carrier
        # and its MCC/MNC once each ("Carrier/Example_Mobile MCCMNC/310260") is the phone's
        text = leaf.text.lower()
        return max(text.count("mccmnc"), text.count("carrier")) > 1 or any(
            w in text for w in OPTION_WORDS)
    if known.key in ("name", "sim_country"):
        return False  # only options lists, above: the key hints decide the rest
    if is_negative_key(leaf.key, leaf.parent, leaf.part) or "version" in leaf.key.lower():
        return True
    return known.key == "mcc+mnc" and not named & CARRIER_WORDS


class ProfileMatcher(KnownValues):
    name = "ground_truth"

    def __init__(self, profile: DeviceProfile) -> None:
        super().__init__(profile)
        self._memo: dict[str, TextHits] = {}
        self._made: dict[tuple[Any, ...], FindingFields | None] = {}
        self.point_known: dict[tuple[Any, ...], Known] = {}  # (profile_points.py)

    def _search(self, texts: list[str]) -> list[TextHits]:
        """The hits of each text, searched in one pass over the texts joined."""
        whole: list[tuple[tuple[str, Known], ...]] = []
        for text in texts:
            candidates = self.whole.get(text.strip().lower(), ()) if len(text) <= 64 else ()
            if "," in text and len(text) <= 64:
                candidates = (*candidates, *self._point(text))
            whole.append(tuple(candidates))
        written: list[list[Found]] = [[] for _ in texts]
        matched: list[list[Found]] = [[] for _ in texts]
        # A text of ASCII letters and digits only (IDs, nonces, digests, timestamps: 62% of the
        # benchmark's distinct texts) holds a known value only as the whole text: looked up.
        rest = []
        for i, text in enumerate(texts):
            if text.isascii() and text.isalnum():
                hits = self.search.get(text.lower())
                if hits:
                    matched[i] = [(text, variant, known) for variant, known in hits]
            else:
                rest.append(i)
        joined = SEP + SEP.join([texts[i] for i in rest])  # a leading SEP: fields follow one
        starts, pos = [], len(SEP)
        for i in rest:
            starts.append(pos)
            pos += len(texts[i]) + len(SEP)
        if self.digits:
            written_numbers(self, texts, rest, joined, starts, written)
        # the trie's and the digests' matches in the order they occur, as one regex gave them
        regexes = self.regexes
        matches = (regexes[0].finditer(joined) if len(regexes) == 1 else sorted(
            (m for regex in regexes for m in regex.finditer(joined)), key=MATCH_START))
        for m in matches:
            i = rest[bisect.bisect_right(starts, m.start()) - 1]
            # a minus sign before a coordinate is the other hemisphere's (-37.97614 is not
            # 37.97614); variants of a negative coordinate carry their own sign
            signed = joined[m.start(1) - 1] == "-"
            for variant, known in self.search.get(m.group(1).lower(), ()) or self._finer(
                    m, signed):
                if not (signed and known.section == "location"):
                    matched[i].append((m.group(1), variant, known))
        return [(c, tuple(w), tuple(r)) if c or w or r else NO_HITS
                for c, w, r in zip(whole, written, matched, strict=True)]

    def _finer(self, m: re.Match[str], signed: bool) -> list[tuple[str, Known]]:
        """A fix the profile's coordinate rounds (profile_finer.py): no variant is its text.
        (Its text with the sign before it, which the match leaves out.)"""
        text = m.group(1)
        return [(text, Known("location", key, category, "finer", note, sent)) for _, sent, key,
                category, note in finer_match(f"-{text}" if signed else text, self.finer)]

    def _point(self, text: str) -> list[tuple[str, Known]]:
        """The profile's coordinates in a "lat,lon" field, each part looked up as a whole: a
        short coordinate ("40.74") is searched only as a whole field, and here is one."""
        pair = latlon_pair(text.strip())
        if pair is None:
            return []
        return [(variant, known) for part in pair
                for variant, known in (*self.whole.get(part, ()), *self.search.get(part, ()))
                if known.section == "location"]

    def classify(self, exchange_id: int, decoded: Decoded) -> list[Finding]:
        leaves = decoded.leaves
        # arrays are not searched; nor a URL or token whose decoded parts are leaves of their own
        texts = ["" if leaf.array or leaf.wrapped else leaf.text[:MAX_SEARCH] for leaf in leaves]
        memo = self._memo
        per_text: list[TextHits | None] = [memo.get(t) for t in texts]
        todo = [i for i, found in enumerate(per_text) if found is None]
        if todo:
            if len(memo) >= MAX_MEMO:
                memo.clear()
            for i, found in zip(todo, self._search([texts[i] for i in todo]), strict=True):
                per_text[i] = found
                if len(texts[i]) <= MAX_MEMO_TEXT:
                    memo[texts[i]] = found
        some = [(i, found) for i, found in enumerate(per_text)
                if found is not NO_HITS and found is not None]
        hits: list[tuple[int, str, str, Known]] = []  # (leaf index, matched, variant, known)
        for i, found in some:
            for variant, known in found[0]:
                hint = KEY_HINTS.get((known.section, known.key))
                if hint is None and (len(variant) < MIN_SEARCH or known.note == SHORT_NAME):
                    hint = SHORT_HINTS.get((known.section, known.key))
                if hint and not hint & _named(leaves[i]):
                    continue
                hits.append((i, texts[i].strip(), variant, known))
        # then the numbers written with separators, then the regex matches, each in field order
        hits += [(i, m, v, k) for i, found in some for m, v, k in found[1]]
        hits += [(i, m, v, k) for i, found in some for m, v, k in found[2]]
        hits += point_hits(self, leaves)  # (a track's points: array fields, not searched above)
        if self.regexes and decoded.raw:
            raw = [i for i, leaf in enumerate(leaves) if leaf.layers[-1:] == ("raw",)]
            hits = self._raw_hits(texts, raw, hits)
        if hits and any(_short(k) for _, _, _, k in hits):
            # {"seq": 310260}, {"app_version": "10.0.0.9"}: a coincidence, not the value
            hits = [h for h in hits if not _short(h[3]) or not _coincidence(leaves[h[0]], h[3])]
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
        # Both coordinates of the pair in this exchange: a short coordinate counts.
        pair = {k.key for _, _, _, k in hits if k.section == "location"} == {"lat", "lon"}
        if len(made := self._made) >= MAX_MEMO:
            made.clear()
        out, both = [], pairs_in_fields(hits)  # (a line's one coordinate alone: QA142)
        for i, matched, variant, known in hits:
            leaf = decoded.leaves[i]
            if (known.section == "location" and i not in both and OTHER_COORD.search(leaf.text)
                    and len(matched.partition(".")[2]) < 5):  # (5+ decimals: hers anyway)
                continue
            if len(leaf.text) > MAX_MEMO_TEXT:
                fields = self._finding_fields(leaf, matched, variant, known, pair)
            else:
                # the same value in the same field of every request: its finding is made once
                # (the Known objects live as long as this matcher, so their ids are stable)
                slot = (leaf.part, leaf.path, leaf.text, leaf.layers, matched, variant,
                        id(known), pair)
                fields = made.get(slot, NOT_MADE)
                if fields is NOT_MADE:
                    fields = made[slot] = self._finding_fields(leaf, matched, variant, known,
                                                               pair)
            if fields is not None:
                out.append(remake_finding(exchange_id, fields))
        return out

    @staticmethod
    def _finding_fields(leaf: Leaf, matched: str, variant: str, known: Known,
                        pair: bool) -> FindingFields | None:
        """A finding's fields after ``exchange_id``, or None when the hit is no evidence."""
        category = known.category
        if known.section == "location":
            places = known.decimals or 0
            if places < 4 and not pair:
                return None  # a lone short coordinate is too common to be evidence
            category = "location.precise" if places >= 3 else "location.coarse"
        transform = known.transform
        if (matched != variant and matched.lower() == variant.lower() and transform in CASE_KEPT
                and not known.note.startswith("named in the text")):
            # the case of the text as sent differs from the known value's: say so
            case = "uppercase" if matched == matched.upper() else "lowercase"
            transform = f"{case}+{transform}" if transform else case
        transform = compose(transform, leaf)
        what = f"{known.section}.{known.key}"
        if known.section == "location" and known.transform:
            # a coordinate's note is the transform in words: "rounded to 4 decimals"
            evidence = (f"matches the device profile's {what} {known.note} "
                        f"(transform {transform})")
        elif transform:
            note = known.note.strip()
            note = f" {note}" if note.startswith("(") else f" ({note})" if note else ""
            evidence = f"matches the device profile's {what} after {transform}{note}"
        elif known.note:
            evidence = f"matches the device profile's {what} {known.note}"
        else:
            evidence = f"matches the device profile's {what} exactly"
        if known.section == "location" and not known.transform:
            evidence += f" ({known.decimals} decimals)"
        if leaf.array:  # (profile_points.py: a track's point)
            evidence += " in a point of the list"
        elif leaf.text.strip().lower() != matched.lower():
            evidence += " inside a longer value"
        return (leaf.part, leaf.path, category, Detector.GROUND_TRUTH,
                0.99 if len(matched) >= 8 else 0.95, evidence, preview(leaf.text), transform,
                f"profile.{what}")
