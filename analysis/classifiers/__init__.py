"""Classifier registry: one exchange's decoded fields -> findings, deduplicated.

Order of strength (TAXONOMY.md): ground_truth (device profile) > key > value > structure. One
finding per (exchange, part, path, category), keeping the strongest detector. When a field
matched the device profile, weaker guesses about the same field are dropped: the profile says
what the value *is*. Likewise a key rule's reading of a field beats a bare value shape.
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.classifiers import keys, structure, value
from analysis.classifiers.base import Classifier
from analysis.classifiers.pairs import grade_pairs
from analysis.classifiers.profile_match import ProfileMatcher
from analysis.decoders import Decoded
from analysis.profile import DeviceProfile
from analysis.records import Detector, Finding

RANK = {Detector.GROUND_TRUTH: 0, Detector.KEY: 1, Detector.VALUE: 2, Detector.STRUCTURE: 3}
CLASSIFIERS: tuple[Classifier, ...] = (keys.CLASSIFIER, value.CLASSIFIER, structure.CLASSIFIER)


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    findings = list(findings)
    fields = {(f.part, f.path) for f in findings}
    if len(fields) == len(findings):
        return findings  # one finding per field: nothing to merge or override (the usual case)
    best: dict[tuple[str, str, str], Finding] = {}
    strongest: dict[tuple[str, str], int] = {}
    for f in findings:
        slot = (str(f.part), f.path, f.category)
        old = best.get(slot)
        rank = (RANK[f.detector], -f.confidence)
        if old is None or rank < (RANK[old.detector], -old.confidence):
            best[slot] = f
        field = (str(f.part), f.path)
        strongest[field] = min(strongest.get(field, 9), RANK[f.detector])
    out = []
    for f in best.values():
        top = strongest[(str(f.part), f.path)]
        # a ground-truth or key reading of a field overrides weaker readings of the same field
        weaker = RANK[f.detector] > top and f.detector != Detector.STRUCTURE
        if top <= RANK[Detector.KEY] and weaker:
            continue
        out.append(f)
    return out


def classify_decoded(exchange_id: int, decoded: Decoded,
                     matcher: ProfileMatcher | None = None) -> list[Finding]:
    found: list[Finding] = []
    if matcher is not None:
        found += matcher.classify(exchange_id, decoded)
    for classifier in CLASSIFIERS:
        found += classifier.classify(exchange_id, decoded)
    return dedupe(grade_pairs(found))


_MATCHERS: dict[int, tuple[DeviceProfile, ProfileMatcher]] = {}


def matcher_for(profile: DeviceProfile | None) -> ProfileMatcher | None:
    """The compiled matcher of a profile, built once per profile object."""
    if profile is None:
        return None
    cached = _MATCHERS.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    matcher = ProfileMatcher(profile)
    if len(_MATCHERS) > 8:
        _MATCHERS.clear()
    _MATCHERS[id(profile)] = (profile, matcher)
    return matcher


__all__ = ["CLASSIFIERS", "ProfileMatcher", "classify_decoded", "dedupe", "matcher_for"]
