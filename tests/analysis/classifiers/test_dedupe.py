"""``dedupe`` against the straightforward reading it replaced (every finding through one table
of slots): the same findings, the same objects, in the same order."""

from __future__ import annotations

import random

from analysis.classifiers import OVERRIDES, RANK, dedupe
from analysis.records import Detector, Finding, Part


def _reference(findings: list[Finding]) -> list[Finding]:
    best: dict[tuple[str, str, str], tuple[int, float, Finding]] = {}
    strongest: dict[tuple[str, str], int] = {}
    for f in findings:
        rank = RANK[f.detector]
        slot = (f.part, f.path, f.category)
        old = best.get(slot)
        weak = f.confidence < OVERRIDES
        if old is None or (weak, rank, -f.confidence) < (old[1] < OVERRIDES, old[0], -old[1]):
            best[slot] = (rank, f.confidence, f)
        field = (f.part, f.path)
        if rank < strongest.get(field, 9) and f.confidence >= OVERRIDES:
            strongest[field] = rank
    out = []
    for rank, _, f in best.values():
        top = strongest.get((f.part, f.path), 9)
        weaker = (rank > top and f.detector != Detector.STRUCTURE
                  and f.category != "content.media")
        if top <= RANK[Detector.KEY] and weaker:
            continue
        out.append(f)
    return out


def test_dedupe_is_the_slot_table_reading() -> None:
    rng = random.Random(5)
    categories = ["id.device", "id.user", "device.info", "content.media", "contact.phone"]
    for _ in range(3000):
        findings = [Finding(1, rng.choice([Part.BODY, Part.QUERY]), rng.choice("abcd"),
                            rng.choice(categories), rng.choice(list(Detector)),
                            rng.choice([0.5, 0.6, 0.75, 0.85, 0.99]), "e", "v")
                    for _ in range(rng.randrange(0, 9))]
        if findings and rng.random() < 0.2:
            findings.append(rng.choice(findings))  # the same finding listed twice
        got, want = dedupe(findings), _reference(findings)
        assert [id(f) for f in got] == [id(f) for f in want], findings
