"""A song's tempo: the ``bpm`` of a track (``{"track_id": ..., "artist": ..., "bpm": 172}``,
QA60: a running app's now-playing call) is beats of the music per minute, not the user's heart
rate (``key.fitness``). Read by the call (a music, song or playlist word in the URL) or by the
object's own keys naming a song (a title with an artist, an album or a track ID); a heart-rate
object beside the music (``{"hr": {"bpm": 151}}``) keeps its reading.
"""

from __future__ import annotations

from analysis.classifiers.dimensions import sizes_not_bodies
from analysis.classifiers.rules import norm_key, object_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.records import Finding

RULE = "key.fitness"
TEMPO_KEYS = frozenset({"bpm", "tempo", "tempobpm", "songbpm", "trackbpm"})
# (not "track", "player" or "audio": Segment's and Mixpanel's /track, a player's heart rate,
# QA62)
MUSIC_CALLS = frozenset({"music", "song", "songs", "playlist", "playlists", "nowplaying",
                         "radio", "metronome", "album", "albums", "scrobble", "lyrics",
                         "loops", "stems"})  # (not "samples", "beats": a heart's, QA73; nor
# "sounds": a sleep sound's or a fetal heart's, QA81)
# keys only a song has (not a workout summary's "playlist_id")
SONG_KEYS = frozenset({"artist", "artists", "album", "isrc", "genre", "songtitle", "songname",
                       "trackname", "songid", "artistname", "albumname",
                       "timesignature", "keysignature", "musicalkey",
                       # a sound's analysis beside its tempo (QA80: a short-video app's sound)
                       "loudnesslufs", "lufs", "beattimes", "beattimesms", "downbeats"})
HEART = frozenset({"hr", "heartrate", "heart", "pulse", "vitals"})


def tempo_not_heart(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the tempo of a song (module docstring), nor a picture's height
    (``dimensions.py``)."""
    found = sizes_not_bodies(found, decoded)
    tempos = [f for f in found if f.rule == RULE
              and norm_key(f.path.rpartition(".")[2].partition("[")[0]) in TEMPO_KEYS]
    if not tempos:
        return found
    words = url_words(decoded)
    music_call = bool(words & MUSIC_CALLS) and not words & HEART
    drop = set()
    objects = object_keys(decoded)  # each object's own key names, made once
    for f in tempos:
        parent = f.path.rpartition(".")[0]
        if HEART & {norm_key(x.partition("[")[0]) for x in parent.split(".")}:
            continue
        if music_call or objects.get((f.part, parent), set()) & SONG_KEYS:
            drop.add(id(f))
    return [f for f in found if id(f) not in drop] if drop else found
