"""An audiogram: the user's hearing thresholds per frequency, as a hearing-aid app or a hearing
test sends them — an object keyed by the audiometric frequencies (ISO 8253-1's test tones,
125–8000 Hz) holding thresholds in dB HL (-10 to 120), under an audiogram's, a threshold's or a
hearing test's name (``{"thresholds_db_hl": {"left": {"250": 15, "1000": 30}}}``: QA110's
hearing-aid app, nothing read at its first run, since a frequency is no key name).

Three frequencies of one object at least (a lone "1000" is a count), not a demo's, a typical
user's or a reference curve's (QA110's look-alike: ``demo_thresholds`` of a "typical user
65+"), nor a hearing aid's own gains, a limiter's or a noise monitor's levels per frequency
(the session's review: settings, not hearing). The loss's degree and type written beside
the audiogram (``loss_degree``, ``loss_type``, a pure-tone average ``pta``) are the same
record's.
"""

from __future__ import annotations

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import norm_key
from analysis.decoders import Decoded, Leaf
from analysis.decoders.form import object_path
from analysis.records import Finding

RULE = "structure.audiogram"
CONFIDENCE = 0.75
FREQUENCIES = frozenset({"125", "250", "500", "750", "1000", "1500", "2000", "3000", "4000",
                         "6000", "8000"})
HEARING = frozenset({"audiogram", "audiograms", "audiometry", "threshold", "thresholds", "hl"})
# ...not a hearing aid's own gains or volumes, a limiter's or a gate's, a noise monitor's
# alerts, an equaliser's bands, a light show's (the session's review)
SETTINGS = frozenset({"gain", "gains", "volume", "volumes", "limiter", "gate", "alert", "alerts",
                      "eq", "equalizer", "equaliser", "settings", "program", "programs",
                      "preset", "presets", "noise", "mode", "compression", "lights", "led",
                      "band", "bands", "output", "target", "targets", "fitting", "sync", "sound",
                      "music", "speaker", "speakers", "hz", "khz", "frequency", "frequencies"})
NOT_HERS = frozenset({"demo", "typical", "sample", "example", "reference", "norm", "norms",
                      "average", "default", "defaults", "population", "template"})
BESIDE = frozenset({"lossdegree", "losstype", "pta", "puretoneaverage", "degree",
                    "hearinglossdegree", "hearinglosstype", "configuration"})
MIN_FREQUENCIES = 3


def _threshold(leaf: Leaf) -> bool:
    v = leaf.value
    return (leaf.key in FREQUENCIES and type(v) in (int, float) and -10 <= v <= 120
            and not leaf.array)


def audiogram_thresholds(exchange_id: int, decoded: Decoded,
                         found: list[Finding]) -> list[Finding]:
    """health.medical for each threshold of an audiogram, and for its loss's degree and type
    beside it (module docstring); what ``found`` already reads there is left."""
    if not FREQUENCIES & decoded.key_set():  # (most requests: one set lookup, no walk)
        return []
    candidates = [leaf for leaf in decoded.leaves if _threshold(leaf)]
    if len(candidates) < MIN_FREQUENCIES:
        return []
    by_object: dict[tuple[str, str], list[Leaf]] = {}
    for leaf in candidates:
        by_object.setdefault((leaf.part, object_path(leaf.path)), []).append(leaf)
    have = {(f.part, f.path) for f in found if f.category == "health.medical"}
    out: list[Finding] = []
    records: set[tuple[str, str]] = set()
    for (part, obj), leaves in by_object.items():
        words = ancestor_words(leaves[0].path)
        if (len(leaves) < MIN_FREQUENCIES or words & NOT_HERS or words & SETTINGS
                or not (words & HEARING or {"hearing", "test"} <= words)
                or len({leaf.value for leaf in leaves}) < 2):  # (flags per band: no curve)
            continue
        # the audiogram's record: the object holding the thresholds' object ("left", "right"
        # or the thresholds themselves)
        records.add((part, object_path(obj)))
        records.add((part, object_path(object_path(obj))))
        out += [leaf_finding(exchange_id, leaf, "health.medical", CONFIDENCE,
                             f"a hearing threshold at {leaf.key} Hz in an audiogram "
                             f"({len(leaves)} frequencies)", RULE)
                for leaf in leaves if (leaf.part, leaf.path) not in have]
    if records:
        out += [leaf_finding(exchange_id, leaf, "health.medical", 0.7,
                             "the hearing loss described beside an audiogram", RULE)
                for leaf in decoded.leaves if (leaf.part, object_path(leaf.path)) in records
                and norm_key(leaf.key) in BESIDE and type(leaf.value) is str
                and (leaf.part, leaf.path) not in have]
    return out
