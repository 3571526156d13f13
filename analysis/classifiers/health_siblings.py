"""The measures a condition diary logs beside its symptoms, diagnosis or medicine: a migraine
attack's intensity, side, aura and triggers, an IBD flare's severity, a dose's relief
(``{"intensity": 7, "side": "left temple", "aura": {...}, "symptoms": [...]}``: blind35's
headache diary). A key rule reads the symptoms as ``health.medical``; the record's other measures
are the same episode's, so they are too (TAXONOMY.md: "health conditions, symptoms"), at 0.7.

Only the record's own fields named so (and a named sub-record's, "aura.kind"), and never a
plant's or a thing's symptoms: a plant doctor's "yellowing" is no one's health (blind35), and
neither are its measures. Also here: ``health_readings`` runs these before the readings of the
user's texts (``health_words.health_in_text``).
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.base import leaf_finding, list_path
from analysis.classifiers.health_words import health_in_text
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.records import Detector, Finding

RULE = "context.condition-record"
# what names the episode a record logs: its symptoms, diagnosis, condition or medicine
ANCHORS = frozenset({"symptoms", "symptom", "diagnosis", "condition", "conditions", "medication",
                     "medications", "medicine", "drug", "drugname", "medicationname"})
# ...and the measures of such an episode
EPISODE_KEYS = frozenset({"intensity", "severity", "painlevel", "painscore", "pain", "side",
                          "aura", "triggers", "trigger", "relief", "reliefat2h", "reliefat1h",
                          "onset", "onsetage", "attacks", "attackcount", "flare", "flares",
                          "dose", "dosage", "bristol", "bristolscale", "urgency",
                          "bleeding", "nausea", "vomiting", "duration", "durationmin"})
# a plant's, a car's or a machine's symptoms and diagnosis (blind35's plant doctor)
THINGS = frozenset({"plant", "plants", "garden", "leaf", "leaves", "crop", "crops", "tree",
                    "trees", "lawn", "car", "vehicle", "engine", "machine", "printer", "device"})


def health_readings(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` without a thing's health, with a condition record's measures (above) and the
    health facts of the user's texts."""
    if any(f.category == "health.medical" for f in found):
        if url_words(decoded) & THINGS:
            found = [f for f in found if f.category != "health.medical"
                     or f.detector is not Detector.KEY]
        else:
            found = found + _episode(exchange_id, decoded, found)
    return found + health_in_text(exchange_id, decoded, found)


def _episode(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    records = {(f.part, object_path(f.path)) for f in found
               if f.category == "health.medical" and f.detector is Detector.KEY
               and norm_key(f.path.rpartition(".")[2].partition("[")[0]) in ANCHORS}
    if not records:
        return []
    have = {(f.part, f.path) for f in found}
    out: dict[tuple[str, str], Finding] = {}
    for leaf in decoded.leaves:
        path = list_path(leaf.path)  # a list of triggers is one finding
        if (leaf.part, path) in have or (leaf.part, path) in out or leaf.array:
            continue
        obj = object_path(path)
        head, _, last = obj.rpartition(".")
        own = (leaf.part, obj) in records and norm_key(leaf.key) in EPISODE_KEYS
        named = norm_key(last) in EPISODE_KEYS and (leaf.part, head) in records
        if own or named:
            out[(leaf.part, path)] = dataclasses.replace(leaf_finding(
                exchange_id, leaf, "health.medical", 0.7, f"key '{leaf.key}' is a measure of "
                "the episode its record logs beside the symptoms, diagnosis or medicine", RULE),
                path=path)
    return list(out.values())
