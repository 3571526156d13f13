"""The words and shapes a log line's own keystroke timings and positions are read by
(``log_pairs.py``): a typing test's key timings written as lists (QA95), a position written as
one "lat,lon" pair (QA96), a line about a fix (not a game's), Android's own string of a
location fix (``android.location.Location.toString()``: QA102). Each names the session or the
review it comes from.
"""

from __future__ import annotations

import re

# A typing test's or a keyboard's key timings written as a list ("dwell_ms=92,78,110,…
# flight_ms=51,63,…": QA95's language app, to a crash SDK abroad): the user's keystroke rhythm
TIMING_WORDS = frozenset({"dwell", "flight", "keystroke", "keystrokes", "interkey", "keydown",
                          "keyup", "hold", "press", "release"})
TIMINGS = re.compile(r"(?<![\w.])([A-Za-z_]{2,30})=\[?(\d{1,5}(?:\.\d+)?(?:,\s?\d{1,5}"
                      r"(?:\.\d+)?){4,})")


# ...and a position written as one "lat,lon" pair ("last=52.241871,21.030512": QA96's dashcam)
PAIR_POSITIONS = frozenset({"last", "pos", "position", "loc", "location", "latlng", "latlon",
                            "coords", "coordinates", "gps", "fix", "ll"})
# ...named so, or in a line about a position fix (not a game's sprite, a chart's point, an OCR
# box: the review)
SELF_NAMED = frozenset({"gps", "fix", "latlng", "latlon"})
FIX_WORDS = frozenset({"gps", "location", "fix", "provider", "accuracy", "fused", "geo",
                       "satellites", "nav", "navigation", "route", "trip", "tracking", "gnss",
                       "sos", "emergency", "ride", "pickup", "checkin", "geofence"})
# ...not a game's, a sprite's or a race's line ("Level start player pos=…": the fourth review)
NOT_FIXES = frozenset({"player", "level", "sprite", "race", "game", "camera", "map", "zoom",
                       "car", "enemy", "npc"})
# ...and Android's own string of a fix (android.location.Location.toString():
# "Location[fused 41.882702,-87.619392 hAcc=9 et=…]", QA102): the phone's position, by its OS
# (not null island's 0,0, an unset fix; nor a courier's, a driver's or a friend's shared fix)
ANDROID_FIX = re.compile(r"Location\[(fused|gps|network|passive) -?(?!0\.0+,)\d{1,2}\.\d{3,},"
                          r"-?\d{1,3}\.\d{3,}\b")
LATLON_PAIR = re.compile(r"(?<![\w.])([A-Za-z_]{2,12})=\[?(-?\d{1,2}\.\d{4,8}),"
                         r"\s?(-?\d{1,3}\.\d{4,8})")
