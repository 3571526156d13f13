"""A workout's measures: the distance, duration, repetitions, pace and exercise of a run, a ride
or a set of squats are fitness data (TAXONOMY.md ``health.fitness``: "workouts"), though the same
names are a trip's, a video's or a download's elsewhere. Read only where the call or the object
says it is a workout (QA60: a GPS run's ``duration_s`` and ``distance_m`` beside ``type: "run"``,
a strength set's ``rep_count``):

- an object whose kind (``type``, ``sport``, ``activity_type``...) is a sport: its own fields
  (a bare ``"run"`` only beside two measures: a CI job's or a game's is none);
- a call whose URL path names workouts (``/v2/workouts``; not ``/activities``, ``/runs`` or
  ``/exercises``, which are a CRM's, a CI's and a maths app's too: QA62): the fields at the
  top of its body, and those of an object named after a workout; never its downloads,
  telemetry or searches, nor a query string's filters.

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
from analysis.records import Finding, Part

RULE = "context.workout"
CONFIDENCE = 0.7
# (not "walk": a transit leg's; "cycle": a menstrual cycle's; "bike": a bike-share rental's;
# "ski": a ski pass's; "training": a model's: QA62)
SPORTS = frozenset({"run", "running", "jog", "jogging", "hike", "hiking", "cycling", "swim",
                    "swimming", "rowing", "yoga", "strength", "hiit", "workout", "crossfit",
                    "pilates", "elliptical", "treadmill", "climbing", "trailrun", "trailrunning",
                    "virtualrun", "indoorcycling", "spinning", "weightlifting", "cardio",
                    "stretching", "boxing", "rowingmachine", "walkingworkout", "biking"})
KIND_KEYS = frozenset({"type", "sport", "sporttype", "activitytype", "kind", "workouttype",
                       "exercisetype", "discipline", "modality"})
# a call naming workouts: not "activity", "run", "training" or "exercise" alone (a CRM's
# activities, a CI run, an e-learning course, a maths exercise: QA62)
WORKOUT_CALLS = frozenset({"workout", "workouts"})
# ...nor its downloads, telemetry, searches or plans
NOT_CALLS = frozenset({"download", "downloads", "telemetry", "search", "filter", "filters",
                       "catalog", "catalogue", "plan", "planner", "route", "routes",
                       "navigation", "directions", "library", "videos", "video"})
WORKOUT_OBJECTS = frozenset({"workout", "run", "activity", "exercise", "set", "sets",
                             "summary", "stats", "totals", "laps", "lap", "splits"})
MEASURES = frozenset({"distance", "duration", "elapsed", "moving", "reps", "rep",
                      "repetitions", "pace", "cadence", "elevation", "ascent", "descent",
                      "laps", "strokes", "splits", "sets"})
NOT_WORDS = frozenset({"vehicle", "car", "pet", "dog", "cat", "game", "delivery", "route",
                       "trip", "ride", "video", "audio", "track", "song", "download", "upload",
                       "ad", "session", "app", "sdk", "timeout", "cache", "retry", "animation",
                       # a search's bounds (QA62: a trail search's "max_distance")
                       "max", "min", "filter", "filters", "limit", "target", "goal", "id"})


@lru_cache(maxsize=8192)
def _measure(key: str) -> bool:
    words = key_words(key)
    return bool(words) and bool(MEASURES.intersection(words)) and not NOT_WORDS.intersection(
        words)


# a sport named by a key that only a sport's kind has (Strava's "sport_type": "Ride", Fitbit's
# "activityName": "Outdoor Walk", HealthKit's "HKWorkoutActivityTypeCycling": QA67); a
# generic "type" or "kind" only with an unambiguous sport, a run or a walk with two measures
SPORT_KEYS = frozenset({"sport", "sporttype", "activitytype", "workouttype", "exercisetype",
                        "activityname", "workoutactivitytype"})
MORE_SPORTS = frozenset({"walk", "walking", "ride", "hike", "ski", "skiing", "bike", "cycle",
                         "snowboard", "kayak", "paddle", "surf", "skate"})
NOT_SPORT_WORDS = frozenset({"rental", "forecast", "reminder", "counting", "shop", "pass",
                             "school", "lesson", "lessons"})
TWO_MEASURES = frozenset({"run"})  # (a generic kind's "walk" is a transit leg's, QA62)
NAMED = frozenset({"run", "workout", "jog"})
GAME_KEYS = frozenset({"score", "highscore", "level", "coins", "lives", "xp", "combo", "points",
                       "gems"})  # (an endless runner's "run", QA69)
RUN_TIMES = frozenset({"time", "movingtime", "calories", "kcal", "avghr", "avgheartrate"})
_HEALTHKIT = "hkworkoutactivitytype"


@lru_cache(maxsize=4096)
def _named(parent: str) -> bool:
    return bool(parent) and norm_key(parent.rpartition(".")[2].partition("[")[0]) in NAMED


@lru_cache(maxsize=4096)
def _sport(key: str, text: str) -> bool:
    name, value = norm_key(key), norm_key(text)
    if name in KIND_KEYS and (value in SPORTS or value in TWO_MEASURES
                              or value.startswith(_HEALTHKIT)):
        return True
    if name not in SPORT_KEYS:
        return False
    if value.startswith(_HEALTHKIT):
        return True
    # a sport's name, or a short name ending in one ("Outdoor Walk"), not a phrase with one
    # ("Walk the dog reminder", "cycle counting", "Ski rental": QA69)
    words = key_words(text)
    return (0 < len(words) <= 3 and words[-1] in SPORTS | MORE_SPORTS
            and not set(words) & NOT_SPORT_WORDS)


@lru_cache(maxsize=4096)
def _has_measure(keys: frozenset[str]) -> bool:
    """A request's key names hold a measure's (cached per key set: SDKs repeat theirs)."""
    return any(_measure(k) for k in keys if k)


def _value_ok(leaf: Leaf) -> bool:
    if type(leaf.value) in (int, float):
        return leaf.value > 0
    text = leaf.text.strip()
    # a number with its unit ("5.2 km", "28:14")
    return 0 < len(text) <= 40 and text[0].isdigit()


def workout_measures(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The measures of a workout (module docstring) no other reading took."""
    if not _has_measure(decoded.key_set()):
        return []
    words = url_words(decoded)
    if words & NOT_CALLS:
        return []
    sports = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
              if type(leaf.value) is str and leaf.part == Part.BODY and len(leaf.text) <= 40
              and _sport(leaf.key, leaf.text)}  # (the cache keeps short texts only, QA69)
    if sports:
        # a bare "run" is a CI job's or a game move's as often: a run needs two measures
        # beside it, as a workout has (a distance and a time: QA65)
        runs = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
                if type(leaf.value) is str and len(leaf.text) <= 40
                and norm_key(leaf.key) in KIND_KEYS and norm_key(leaf.text) in TWO_MEASURES}
        measured: dict[str, int] = {}
        for leaf in decoded.leaves:
            if leaf.key and _measure(leaf.key):
                parent = leaf.path.rpartition(".")[0]
                measured[parent] = measured.get(parent, 0) + 1
        sports = {p for p in sports if p not in runs or measured.get(p, 0) >= 2}
    call = bool(words & WORKOUT_CALLS)
    counts: dict[str, int] = {}
    for leaf in decoded.leaves:
        parent = leaf.path.rpartition(".")[0]
        if leaf.key and _named(parent) and (_measure(leaf.key)
                                            or norm_key(leaf.key) in RUN_TIMES):
            counts[parent] = counts.get(parent, 0) + 1
    # an object named after a workout with two measures ({"run": {"distance_km": 5.2, "time":
    # "28:14"}}; a game's "run" has a score beside one, a CI's a duration alone: QA69)
    games = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
             if norm_key(leaf.key) in GAME_KEYS} if counts else set()
    named = {p for p, n in counts.items() if n >= 2 and p not in games}
    if not sports and not call and not named:
        return []
    read = {(f.part, f.path) for f in found}
    out = []
    for leaf in decoded.leaves:
        if (leaf.array or not leaf.key or leaf.part != Part.BODY or not _measure(leaf.key)
                or (leaf.part, leaf.path) in read):
            continue  # (a query's values are a search's filters: QA62)
        parent = leaf.path.rpartition(".")[0]
        above = ancestor_words(leaf.path)
        if above & NOT_WORDS or not _value_ok(leaf):
            continue
        if parent in sports:
            why = "in an object whose kind is a sport"
        elif call and (not parent or WORKOUT_OBJECTS.intersection(
                key_words(parent.rpartition(".")[2].partition("[")[0]))):
            why = "in a workout call"
        elif parent in named:
            why = "in an object named after a workout"  # ({"run": {"distance_km": 5.2}})
        else:
            continue
        out.append(leaf_finding(exchange_id, leaf, "health.fitness", CONFIDENCE,
                                f"key '{leaf.key}' is a workout's measure, {why}", RULE))
    return out
