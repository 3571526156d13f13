"""The measures a condition diary logs beside its symptoms, diagnosis or medicine: a migraine
attack's intensity, side, aura and triggers, an IBD flare's severity, a dose's relief
(``{"intensity": 7, "side": "left temple", "aura": {...}, "symptoms": [...]}``: blind35's
headache diary). A key rule reads the symptoms as ``health.medical``; the record's other measures
are the same episode's, so they are too (TAXONOMY.md: "health conditions, symptoms"), at 0.7.

Only the record's own fields named so (and a named sub-record's, "aura.kind"), and never a
plant's or a thing's symptoms: a plant doctor's "yellowing" is no one's health (blind35), and
neither are its measures. Also here: ``health_readings`` runs these and a pregnancy test's
result (``pregnancy.py``) before the readings of the user's texts (``health_words.
health_in_text``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from analysis.classifiers.audiograms import audiogram_thresholds
from analysis.classifiers.base import leaf_finding, list_path
from analysis.classifiers.health_words import health_in_text
from analysis.classifiers.pregnancy import pregnancy_results
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.records import Detector, Finding, Part

RULE = "context.condition-record"
# what names the episode a record logs: its symptoms, diagnosis, condition or medicine
# (not "condition": a listing's "used - like new", QA73)
ANCHORS = frozenset({"symptoms", "symptom", "diagnosis", "medication", "medications",
                     "medicine", "drug", "drugname", "medicationname",
                     # ...or a screening's markers (QA102: a wellness screening's lipid panel)
                     "ldl", "hdl", "totalcholesterol", "cholesteroltotal", "a1c", "hba1c",
                     "bloodpressure", "systolic", "diastolic"})
# ...and the measures of such an episode
EPISODE_KEYS = frozenset({"intensity", "severity", "painlevel", "painscore", "pain", "side",
                          "aura", "triggers", "trigger", "relief", "reliefat2h", "reliefat1h",
                          "onset", "onsetage", "attacks", "attackcount", "flare", "flares",
                          "dose", "dosage", "bristol", "bristolscale", "urgency",
                          "bleeding", "nausea", "vomiting", "duration", "durationmin",
                          # what the record says in words beside them (a screening's "details")
                          "details", "notes", "note", "comments",
                          # a seizure's or a tinnitus log's own (blind39: Ictalog, Earwell)
                          "durationsec", "durationseconds", "aware", "awareness", "auras",
                          "rescuemed", "rescuemedication", "taken", "loudnessdb", "pitchhz",
                          "distress", "sleepimpact",
                          # a screening's other answers beside its markers (QA102: a dish's
                          # "cholesterol" and a hotel room's "smoker" flag have none beside)
                          "cholesterol", "smoker", "issmoker", "smoking", "nonsmoker",
                          "tobaccofree", "tobacco",
                          # ...and a family's history of it (blind48-blind99: "familyHistory")
                          "familyhistory"})
# A call that logs an episode of a condition: its body is the episode's record, whatever names
# its fields (POST /v1/seizures {"type": "focal", "durationSec": 90, "aware": true})
CONDITION_CALLS = frozenset({"seizures", "seizure", "migraines", "migraine", "headaches",
                             "tinnitus", "exacerbations"})
# ...and an episode's collection named after its condition ("/migraines/attacks",
# "/ibd/flares", "/asthma/episodes"): alone these name a podcast's episodes, a security
# product's attacks, a solar flare (QA75)
EPISODES = frozenset({"attacks", "flares", "episodes", "crises", "logs", "entries"})
CONDITIONS = CONDITION_CALLS | {"asthma", "ibd", "crohns", "colitis", "epilepsy", "copd",
                                "gout", "lupus", "endometriosis"}
# ...and only with a measure only an episode has in the body: a customs office's seizures
# and a car's symptoms have none of these (QA75)
SIGNS = frozenset({"aware", "awareness", "aura", "auras", "rescuemed", "rescuemedication",
                   "intensity", "painlevel", "painscore", "symptoms", "medication",
                   "medications", "triggers", "postictal", "dose", "relief", "loudnessdb",
                   "pitchhz"})
TEXTS = frozenset({"details", "notes", "note", "comments"})  # (an episode's words about it)
CONDITION_KEYS = EPISODE_KEYS | {"type", "kind"}  # (a seizure's type, in such a call only)
# a plant's, a car's or a machine's symptoms and diagnosis (blind35's plant doctor)
# (not "device" or "tree": an inhaler's events, a family tree's conditions, QA73)
# (nor a pet's: classifiers.pets reads those, keeping an owner's own health in a pet call)
THINGS = frozenset({"plant", "plants", "garden", "crop", "crops", "lawn", "car", "cars",
                    "vehicle", "vehicles"})
# ...named in the record itself (a vehicle's, a plant's or a pet's own symptoms)
# (not "species": the adder that bit a hiker, QA51; a pet's breed: classifiers.pets)
THING_KEYS = frozenset({"vehicle", "vehicleid", "vin", "car", "plant", "plantid", "pet",
                        "make", "mileage"})


def health_readings(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` without a thing's health, with a condition record's measures (above) and the
    health facts of the user's texts."""
    calls = url_words(decoded)
    if any(f.category == "health.medical" for f in found) or _logs(decoded):
        if calls & THINGS:
            found = [f for f in found if f.category != "health.medical"
                     or f.detector is not Detector.KEY]
        else:
            found = _episode(exchange_id, decoded, found)
    found = found + pregnancy_results(exchange_id, decoded, found)
    found = found + audiogram_thresholds(exchange_id, decoded, found)
    return found + health_in_text(exchange_id, decoded, found)


def _children(decoded: Decoded, record: tuple[str, str]) -> set[str]:
    """The names of a record's fields and objects (``norm_key``)."""
    part, obj = record
    prefix = f"{obj}." if obj else ""
    return {norm_key(leaf.path[len(prefix):].partition(".")[0].partition("[")[0])
            for leaf in decoded.leaves if leaf.part == part and leaf.path.startswith(prefix)}


def _episode(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` without a thing's symptoms (a record naming a vehicle, a plant or a pet: QA73)
    and with the measures of a person's episode."""
    records = {(f.part, object_path(f.path)) for f in found
               if f.category == "health.medical" and f.detector is Detector.KEY
               and norm_key(f.path.rpartition(".")[2].partition("[")[0]) in ANCHORS}
    logged = _logs(decoded)
    if logged:
        records.add((Part.BODY, ""))  # (the body of a call that logs an episode)
    if not records:
        return found
    things = {r for r in records if _children(decoded, r) & THING_KEYS}
    if things:
        found = [f for f in found if f.category != "health.medical"
                 or (f.part, object_path(f.path)) not in things]
        records -= things
    # (a note already read as the user's text is the episode's too)
    have = {(f.part, f.path) for f in found if f.category == "health.medical"}
    # a record's words count only beside a measure of the episode or a second medical field
    # (a drug catalogue's "details": "Pack of 24 tablets" beside its "medication" is none:
    # QA75; a screening's details beside its answers are)
    medical = Counter((f.part, object_path(f.path)) for f in found
                      if f.category == "health.medical")
    measured = {r for r in records
                if _children(decoded, r) & (EPISODE_KEYS - TEXTS) or medical[r] >= 2}
    out: dict[tuple[str, str], Finding] = {}
    for leaf in decoded.leaves if records else ():
        path = list_path(leaf.path)  # a list of triggers is one finding
        if (leaf.part, path) in have or (leaf.part, path) in out or leaf.array:
            continue
        obj = object_path(path)
        head, _, last = obj.rpartition(".")
        keys = CONDITION_KEYS if logged and not obj else EPISODE_KEYS
        key = norm_key(leaf.key)
        own = ((leaf.part, obj) in records and key in keys
               and (key not in TEXTS or (leaf.part, obj) in measured))
        # (a sub-record named for a measure, "aura": {...}; never a "details" object's
        # fields: a guest's name, QA75)
        named = (norm_key(last) in EPISODE_KEYS - TEXTS and (leaf.part, head) in records)
        if own or named:
            out[(leaf.part, path)] = dataclasses.replace(leaf_finding(
                exchange_id, leaf, "health.medical", 0.7, f"key '{leaf.key}' is a measure of "
                "the episode its record logs beside the symptoms, diagnosis or medicine", RULE),
                path=path)
    return found + list(out.values())


def _logs(decoded: Decoded) -> bool:
    """The call logs an episode: its last path segment is the condition's collection
    (``/v1/seizures``), an ID after it (``/v1/seizures/sz_1``) or an episode's collection after
    the condition (``/v1/migraines/attacks``), and the body has a measure only an episode has
    (not a catalogue of symptoms, a customs office's seizures or a car's symptoms)."""
    segments = [s.lower() for s in decoded.url_segments()]
    if not segments or not url_words(decoded) & CONDITIONS:
        return False
    last = segments[-1]
    named = (last in CONDITION_CALLS or (len(segments) > 1 and segments[-2] in CONDITION_CALLS
                                         and any(c.isdigit() for c in last))
             or (last in EPISODES and len(segments) > 1 and segments[-2] in CONDITIONS))
    return named and bool(norm_keys(decoded.key_set()) & SIGNS)
