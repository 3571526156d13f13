"""A night's sleep stages as a list: a hypnogram of stage names (``["N2", "N3", "R", "W"]``,
the AASM scoring manual's W, N1-N3 and R) or of stage records (``[{"stage": "deep", "start":
..., "end": ...}]``, as wearables' sleep APIs send them) under a key that names stages. How the
user slept is ``health.fitness`` (TAXONOMY.md; the evaluation sets label a tracker's stages so);
a hypnogram scored in the AASM's clinical stages alone (W, N1-N3, R: a sleep study's, not a
wearable's "deep" and "light") is a medical record, ``health.medical`` (blind34's home sleep
test). Found by QA70 (a teenager's fitness band), blind31 and blind34.

Only when most items name a stage and at least two different stages are named, and, under a
generic "stages" key, REM among them (a massage chair's light and deep levels, a hypnosis
track's phases and a pipeline's "n1".."n4" are no night's: QA73); a scored hypnogram has its
wake or REM stage beside the N-stages.
"""

from __future__ import annotations

from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import finding
from analysis.decoders import Node
from analysis.records import Finding

RULE = "structure.sleep-stages"
STAGE_LISTS = frozenset({"stages", "sleepstages", "hypnogram", "sleepphases", "stagelist",
                         "sleepstagelist", "sleepsegments"})
GENERIC = frozenset({"stages", "stagelist"})  # ...which need REM among their names
REM = frozenset({"rem", "r", "remsleep"})
STAGE_NAMES = frozenset({"deep", "light", "rem", "awake", "wake", "core", "asleep", "n1", "n2",
                         "n3", "n4", "w", "r", "deepsleep", "lightsleep", "remsleep", "sws",
                         "restless", "awakening"})
CLINICAL = frozenset({"w", "r", "n1", "n2", "n3", "n4"})
NAME_KEYS = ("stage", "type", "name", "level", "phase", "state", "sleepstage", "value")
MIN_SHARE = 0.6


def sleep_stage_list(ex: int, node: Node) -> Finding | None:
    """A finding for a list of sleep stages (above), else None."""
    key = norm_key(node.key)
    if key not in STAGE_LISTS:
        return None
    named = [_stage(item) for item in node.value]
    stages = {s for s in named if s}
    if len(stages) < 2 or len(stages - {"w", "r"}) < 1 or (
            sum(1 for s in named if s) < MIN_SHARE * len(named)) or (
            key in GENERIC and not stages & REM):
        return None
    scored = stages <= CLINICAL and bool(stages & {"w", "r"})
    return finding(ex, node, "health.medical" if scored else "health.fitness", 0.75,
                   f"a night's sleep stages ({len(named)} entries: "
                   f"{', '.join(sorted(stages)[:6])}"
                   f"{'; AASM clinical scoring, a sleep study' if scored else ''})", node.key, RULE)


def _stage(item: object) -> str:
    """The stage an item names, lower-cased, or ""."""
    if isinstance(item, dict):
        item = next((item[k] for k in NAME_KEYS if k in item), None)
    if not isinstance(item, str):
        return ""
    name = norm_key(item)
    return name if name in STAGE_NAMES else ""
