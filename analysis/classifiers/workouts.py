"""A workout's measures: the distance, duration, repetitions, pace and exercise of a run, a ride
or a set of squats are fitness data (TAXONOMY.md ``health.fitness``: "workouts"), though the same
names are a trip's, a video's or a download's elsewhere. Read only where the call or the object
says it is a workout (QA60: a GPS run's ``duration_s`` and ``distance_m`` beside ``type: "run"``,
a strength set's ``rep_count``):

- an object whose kind (``type``, ``sport``, ``activity_type``...) is a sport: its own fields;
- a call whose URL path names workouts (``/v2/workouts``, ``/runs``, ``/activities``): the
  fields at the top of its body, and those of an object named after a workout.

A ride is a bicycle's only under a cycling word (a ride-hailing trip's ``distance_km`` is none,
blind26), and nothing under a vehicle, a pet, a game, a delivery or a route is read.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

RULE = "context.workout"
CONFIDENCE = 0.7
SPORTS = frozenset({"run", "running", "jog", "jogging", "walk", "walking", "hike", "hiking",
                    "cycling", "cycle", "bike", "biking", "swim", "swimming", "rowing", "row",
                    "yoga", "strength", "hiit", "workout", "training", "crossfit", "pilates",
                    "elliptical", "treadmill", "ski", "skiing", "climbing", "trailrun",
                    "trailrunning", "virtualrun", "indoorcycling", "spinning", "weightlifting",
                    "cardio", "stretching", "boxing", "dance", "rowingmachine"})
KIND_KEYS = frozenset({"type", "sport", "sporttype", "activity", "activitytype", "kind",
                       "workouttype", "exercisetype", "discipline", "modality"})
WORKOUT_CALLS = frozenset({"workout", "workouts", "run", "runs", "activity", "activities",
                           "exercise", "exercises", "training", "trainings"})
WORKOUT_OBJECTS = frozenset({"workout", "run", "activity", "exercise", "set",
                             "sets", "summary", "stats", "totals", "laps", "lap", "splits"})
MEASURES = frozenset({"distance", "duration", "elapsed", "moving", "reps", "rep", "repetitions",
                      "pace", "cadence", "elevation", "ascent", "descent", "laps", "strokes",
                      "splits", "speed", "exercise", "sets", "load", "lifted", "form"})
NOT_WORDS = frozenset({"vehicle", "car", "pet", "dog", "cat", "game", "delivery", "route",
                       "trip", "ride", "video", "audio", "track", "song", "download", "upload",
                       "ad", "session", "app", "sdk", "timeout", "cache", "retry", "animation"})


@lru_cache(maxsize=8192)
def _measure(key: str) -> bool:
    words = key_words(key)
    return bool(words) and bool(MEASURES.intersection(words)) and not NOT_WORDS.intersection(
        words)


@lru_cache(maxsize=4096)
def _has_measure(keys: frozenset[str]) -> bool:
    """A request's key names hold a measure's (cached per key set: SDKs repeat theirs)."""
    return any(_measure(k) for k in keys if k)


def _value_ok(leaf: Leaf) -> bool:
    if type(leaf.value) in (int, float):
        return leaf.value > 0
    text = leaf.text.strip()
    # a number with its unit ("5.2 km", "28:14"), or an exercise's name
    return 0 < len(text) <= 40 and (text[0].isdigit() or norm_key(leaf.key) == "exercise")


def workout_measures(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The measures of a workout (module docstring) no other reading took."""
    if not _has_measure(decoded.key_set()):
        return []
    sports = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
              if type(leaf.value) is str and norm_key(leaf.key) in KIND_KEYS
              and norm_key(leaf.text) in SPORTS}
    call = bool(url_words(decoded) & WORKOUT_CALLS)
    if not sports and not call:
        return []
    read = {(f.part, f.path) for f in found}
    out = []
    for leaf in decoded.leaves:
        if leaf.array or not leaf.key or not _measure(leaf.key) or (leaf.part, leaf.path) in read:
            continue
        parent = leaf.path.rpartition(".")[0]
        above = ancestor_words(leaf.path)
        if above & NOT_WORDS or not _value_ok(leaf):
            continue
        if parent in sports:
            why = "in an object whose kind is a sport"
        elif call and (not parent or WORKOUT_OBJECTS.intersection(
                key_words(parent.rpartition(".")[2].partition("[")[0]))):
            why = "in a workout call"
        else:
            continue
        out.append(leaf_finding(exchange_id, leaf, "health.fitness", CONFIDENCE,
                                f"key '{leaf.key}' is a workout's measure, {why}", RULE))
    return out
