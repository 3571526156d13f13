"""A typing speed read in its context: ``wpm`` or ``cpm`` sent with the rhythm it summarises (in
a ``typing`` object, beside backspaces, dwell or flight times, to a keystroke endpoint) is the
typist's cadence (TAXONOMY.md behavior.keystroke: typing cadence); alone, a reader's words per
minute or a typing lesson's score is how the app was used (behavior.usage). Labellers of four
evaluation sets drew the line there (a reader's ``wpm``, a typing drill's result as app use; a
proctoring SDK's ``wpm`` beside dwell times as keystroke)."""

from __future__ import annotations

import dataclasses

from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.records import Finding

SPEED_RULE = "key.typing"
SPEED_KEYS = frozenset({"wpm", "cpm", "charsperminute", "wordsperminute", "typingspeed"})
RHYTHM_WORDS = frozenset({"typing", "keystroke", "keystrokes", "keyboard", "keys", "backspace",
                          "backspaces", "dwell", "flight", "iki", "ikis", "pauses", "pause",
                          "corrections", "deletions", "paste", "pasted", "digraph", "digraphs",
                          "keydown", "keyup", "hold", "hesitation", "hesitations"})
# ...of which these only typing makes (a pause or a hesitation is a speaker's too)
KEYS_ONLY = RHYTHM_WORDS - {"pause", "pauses", "hold", "hesitation", "hesitations",
                            "corrections"}
# ...and what says the words per minute were spoken, not typed (QA32: an interview coach's
# prosody object, whose "pause_ratio" is the speaker's)
SPEECH_WORDS = frozenset({"voice", "speech", "speaking", "spoken", "speaker", "prosody", "pitch",
                          "audio", "utterance", "utterances", "recording", "filler", "fillers",
                          "vocal", "articulation", "intonation", "transcript", "talk", "aloud",
                          "oral", "fluency", "presentation"})


def _speed(key: str) -> bool:
    """A speed's key: "wpm", "typing_speed", and in words "wpm_avg", "cpm_peak" (blind23)."""
    return key.lower().replace("_", "") in SPEED_KEYS or not SPEED_WORDS.isdisjoint(
        key_words(key))


SPEED_WORDS = frozenset({"wpm", "cpm"})


def _container(path: str) -> str:
    return path.rpartition(".")[0]


def speeds_in_context(decoded: Decoded, by_key: list[Finding]) -> list[Finding]:
    """``by_key`` with each typing speed that has no rhythm beside it read as app use."""
    speeds = [f for f in by_key if f.rule == SPEED_RULE and _speed(f.path.rpartition(".")[2])]
    if not speeds:
        return by_key
    # a key that says speech ("speechRateWpm") is a voice's measure, read by no rule here
    # (blind11); a bare "wpm" beside speech measures is a speaking pace (below)
    spoken = {id(f) for f in speeds
              if SPEECH_WORDS & set(key_words(f.path.rpartition(".")[2].partition("[")[0]))}
    if spoken:
        by_key = [f for f in by_key if id(f) not in spoken]
        speeds = [f for f in speeds if id(f) not in spoken]
    called = url_words(decoded)
    if called & RHYTHM_WORDS and not called & SPEECH_WORDS:
        return by_key
    changed: dict[int, Finding] = {}
    for f in speeds:
        where = _container(f.path)
        beside = {w for leaf in decoded.leaves if leaf.part == f.part
                  and _container(leaf.path) == where and leaf.path != f.path
                  for w in key_words(leaf.key)}
        context = ancestor_words(f.path) | beside
        # what only typing makes (backspaces, dwell and flight times) decides first; then
        # speech words: a speaking pace, whose pauses are a voice's (QA32, QA35)
        if context & KEYS_ONLY:
            continue
        if (context | called) & SPEECH_WORDS:
            why = ("but it is a speaking pace (sent with voice or speech measures), no typing "
                   "rhythm: app use")
        elif context & RHYTHM_WORDS:
            continue
        else:
            why = ("but no typing rhythm is sent with it (no typing object, backspaces, dwell "
                   "or flight times): a reading or lesson speed, app use")
        changed[id(f)] = dataclasses.replace(f, category="behavior.usage",
                                             evidence=f"{f.evidence}; {why}")
    return [changed.get(id(f), f) for f in by_key]
