"""Shape tests of the structure classifier: what a list's rows look like, independent of the
hint words (``structure.py`` decides with those). GPS rows (WGS 84 ranges; E7 integers as
Google's location history ``latitudeE7``), key-event rows (DOM UI Events kinds and the
``kd``/``ku`` abbreviations of typing-biometrics SDKs), sensor rows with a rising epoch time,
Android ``SensorEvent`` objects with value vectors.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators_geo import decimals

_NUMBER = (int, float)


def num(v: Any) -> bool:
    return type(v) in _NUMBER


def all_num(values: list[Any]) -> bool:
    return all(type(x) in _NUMBER for x in values)


def number_counts(values: list[Any]) -> tuple[int, int]:
    """(how many are numbers, how many of them floats); one C-level pass over long vectors."""
    types = list(map(type, values))
    floats = types.count(float)
    return floats + types.count(int), floats


# Below this an integer pair is no E7 coordinate (0.1 degree); above 1.8e9 none is.
E7_MIN = 1_000_000


def coordinates(rows: list[list[Any]]) -> bool:
    """Rows start with a latitude and a longitude, most given with 3 or more decimals (a value
    such as -73.99 in a track is a point whose trailing zeros were dropped)."""
    precise = 0
    sample = rows[:50]
    for row in sample:
        lat, lon = row[0], row[1]
        if type(lat) is int and type(lon) is int and max(abs(lat), abs(lon)) >= E7_MIN:
            # E7 integers (degrees x 10^7, Google's location-history "latitudeE7"): a
            # point to seven decimals unless the integers were rounded
            lat, lon = lat / 1e7, lon / 1e7
        if not (isinstance(lat, float) and isinstance(lon, float)):
            return False
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
            return False
        precise += min(decimals(repr(lat)), decimals(repr(lon))) >= 3
    return precise >= 0.8 * len(sample)


# Kinds that name a key event alone, and those ("down", "up") that do so beside a key hint.
KEY_KINDS = frozenset({"kd", "ku", "kp", "keydown", "keyup", "keypress", "key_down", "key_up"})
KEY_KINDS_HINTED = KEY_KINDS | {"down", "up", "press", "release"}


def key_event_rows(rows: list[Any], hinted: bool) -> bool:
    """Every row is a key-event kind followed by numbers (a time, a dwell)."""
    kinds = KEY_KINDS_HINTED if hinted else KEY_KINDS
    return all(type(r) is list and len(r) >= 2 and type(r[0]) is str
               and r[0].lower() in kinds and all_num(r[1:]) for r in rows[:50])


def typed_key_rows(rows: list[Any]) -> bool:
    """Every row is a typed character and its key-down and key-up times ([["7", 0, 96],
    ["3", 210, 302]]): each held as long as a finger holds a key (20-500 ms), pressed in order,
    and not a run of contiguous ranges (an index's sections: ["A", 0, 120], ["B", 121, 300])."""
    rows = rows[:50]
    if all(type(r) is list and r and type(r[0]) is str and r[0] in "ABCDEFG" for r in rows):
        return False  # a melody's notes with their start and end
    if not all(type(r) is list and len(r) == 3 and type(r[0]) is str and len(r[0]) == 1
               and type(r[1]) is int and type(r[2]) is int and 20 <= r[2] - r[1] <= 500
               for r in rows):
        return False
    pairs = list(itertools.pairwise(rows))
    if not pairs or (len({r[0] for r in rows}) == 1 and rows[0][0] != "*"):
        return False  # one key over and over (a tier's "v", a diff's "@") is a table
    gap = (rows[-1][1] - rows[0][1]) / len(pairs)
    # keys pressed one after another (strictly), at a typist's pace: 40 ms to 3 s apart on
    # average; not ranges that only touch (an index's sections) (QA14: hours, scores, tiers)
    return (all(a[1] < b[1] for a, b in pairs) and 40 <= gap <= 3000
            and not all(b[1] - a[2] in (0, 1) for a, b in pairs))


def time_column(rows: list[list[Any]]) -> bool:
    """The first column is a rising epoch time in ms or s: a sample row of a sensor series
    ([t, x, y, pressure, size] touch samples)."""
    times = [r[0] for r in rows[:50]]
    return (all(type(t) is int for t in times) and 10**9 <= times[0] < 10**13
            and all(a <= b for a, b in itertools.pairwise(times)))


def offset_column(rows: list[list[Any]]) -> bool:
    """The first column rises in steps of a few ms to a few seconds from a small offset (key
    events timed from the field's focus: 1000, 1180, 1360 ...), not an epoch time."""
    times = [r[0] for r in rows[:50]]
    return (all(type(t) is int for t in times) and 0 <= times[0] < 10**7
            and all(0 < b - a <= 5000 for a, b in itertools.pairwise(times)))


SENSOR_NAMES = ("accel", "gyro", "magnet", "gravity", "rotation", "linear_acceleration",
                "orientation", "motion")


def vector_field(items: list[Any]) -> bool:
    """Every event holds a list of 3 or 4 numbers (a sensor's values)."""
    return all(any(type(v) is list and len(v) in (3, 4) and all_num(v) for v in x.values())
               for x in items[:20])


def sensor_named(items: list[Any]) -> bool:
    """The events name a motion sensor ("accelerometer", "TYPE_GYROSCOPE")."""
    return any(type(v) is str and any(n in v.lower() for n in SENSOR_NAMES)
               for x in items[:5] for v in x.values())


ORIENTATION = (frozenset({"yaw", "pitch", "roll"}), frozenset({"alpha", "beta", "gamma"}))


def axes(fields: set[str]) -> set[str]:
    """{"x", "y", "z"} when the fields name three axes with one prefix ("ax"/"ay"/"az",
    "gyrox"/"gyroy"/"gyroz", "accx"...), or the angles of an orientation (yaw/pitch/roll, the
    W3C DeviceOrientationEvent's alpha/beta/gamma): a sensor sample's components by another
    name."""
    if ORIENTATION[0] <= fields or ORIENTATION[1] <= fields:
        return {"x", "y", "z"}
    for f in fields:
        if len(f) > 1 and f.endswith("x") and {f[:-1] + "y", f[:-1] + "z"} <= fields:
            return {"x", "y", "z"}
    return set()


def relative_time(rows: list[list[Any]]) -> bool:
    """The first column rises from near zero in steps of a frame or so (0, 16, 32 ms: a trace
    timed from its own start) while the other columns move (a performance trace's constants do
    not)."""
    times = [r[0] for r in rows[:50]]
    if not all(type(t) is int for t in times) or not 0 <= times[0] < 1000:
        return False
    steps = [b - a for a, b in itertools.pairwise(times)]
    moving = len({tuple(r[1:]) for r in rows[:50]}) > len(rows[:50]) // 2
    return all(0 < d <= 200 for d in steps) and moving


def sampled(rows: list[list[Any]]) -> bool:
    """The first column counts milliseconds from the batch's start at a sensor's steady rate
    (10-500 Hz: 2-100 ms steps, none more than twice another), not a day's, an epoch's or a
    second's index; and the readings move (a constant accuracy does not)."""
    times = [r[0] for r in rows[:50]]
    if not all(type(t) is int for t in times) or not 0 <= times[0] < 1000:
        return False
    steps = [b - a for a, b in itertools.pairwise(times)]
    moving = len({tuple(r[1:]) for r in rows[:50]}) > len(times) // 2
    return all(2 <= d <= 100 for d in steps) and max(steps) <= 2 * min(steps) and moving


SHORT_SENSORS = frozenset({"acc", "gyr", "imu"})
CALIBRATION = frozenset({"calib", "calibration", "bias", "offsets", "factory", "selftest",
                         "test", "qc", "diag", "diagnostics"})


def short_sensor_rows(rows: list[list[Any]], words: frozenset[str]) -> bool:
    """[t_ms, ax, ay, az(, gx, gy, gz)] rows timed from the batch's start at a sensor's rate,
    under a fingerprinting SDK's or a wearable's short name ("sens.acc", "imu": QA84, QA85), not
    a calibration table."""
    return (len(rows) >= 8 and len(rows[0]) in (4, 7) and bool(words & SHORT_SENSORS)
            and not words & CALIBRATION and measured(rows) and sampled(rows))


def signed(values: list[Any]) -> bool:
    """Embedding-like: negative and positive values, and varied (not a constant vector)."""
    lo, hi = min(values), max(values)
    return lo < 0 < hi and varied(values)


def monotonic(values: list[Any]) -> bool:
    """Sorted either way (back-off steps, a schedule): key timings go up and down."""
    head = values[:50]
    return all(a <= b for a, b in itertools.pairwise(head)) or all(
        a >= b for a, b in itertools.pairwise(head))


def varied(values: list[Any]) -> bool:
    return len(set(values[:64])) > min(len(values), 64) // 4


def measured(rows: list[list[Any]]) -> bool:
    """Some column besides the time holds a measurement (a float), not flags or counts: an
    orientation change log's 0/1 is no sensor reading."""
    return any(type(v) is float for r in rows[:20] for v in r[1:])


@lru_cache(maxsize=4096)
def numeric_fields(keys: tuple[Any, ...]) -> frozenset[str]:
    """The normalised names of an event object's numeric fields (events repeat their keys),
    also without a millisecond unit ("down_ms" is "down": QA59's PIN-screen key events)."""
    names = {norm_key(str(k)) for k in keys}
    return frozenset(names | {n[:-len(u)] for n in names for u in UNITS
                              if n.endswith(u) and len(n) > len(u) + 1})


UNITS = ("millis", "msec", "ms")
