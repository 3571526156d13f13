"""The decode pass: every request part and client-to-server message down to its fields.

Writes ``fields`` rows (one per decoded leaf, path per DESIGN.md) and records what could not be
decoded in ``errors`` (stage ``decode``), aggregated per kind and reason with a count, naming
the first exchanges concerned: nothing is dropped silently — also what the decoders kept raw
or saw cut short without an error of their own (``analysis.passes.kept_raw``), so that every
request a verdict calls partly undecoded is named here with its reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from analysis.classifiers import matcher_for
from analysis.decoders import Decoded, decode_exchange
from analysis.decoders.base import MAX_VALUE_CHARS
from analysis.decoders.walk import Request
from analysis.passes import handoff
from analysis.passes.kept_raw import missing
from analysis.passes.repeats import Repeats, request_key
from analysis.records import Field, ReadError
from analysis.store.fields import PLAIN, FieldRow, layers_json, request_of

if TYPE_CHECKING:
    from analysis.passes import AnalysisContext
    from analysis.store import Store

NAME = "decode"
log = logging.getLogger(__name__)

def safe_decode(exchange: Request) -> Decoded:
    """Decode one exchange; a decoder bug is isolated and recorded, never fatal."""
    try:
        return decode_exchange(exchange)
    except Exception as exc:  # a bug in a decoder must not end the run (STYLE.md)
        log.exception("decoder failure")
        out = Decoded()
        out.errors.append(("decoder-failure", f"{type(exc).__name__}: {exc}"))
        return out


class ErrorTally:
    """Aggregate per (kind, message): count and the first few exchange ids."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], list[int]] = {}
        self.counts: dict[tuple[str, str], int] = {}

    def add(self, exchange_id: int, errors: list[tuple[str, str]]) -> None:
        for kind, message in errors:
            key = (kind, message[:300])
            self.counts[key] = self.counts.get(key, 0) + 1
            ids = self.seen.setdefault(key, [])
            if len(ids) < 5:
                ids.append(exchange_id)

    def records(self) -> list[ReadError]:
        out = []
        for key, count in self.counts.items():
            ids = self.seen[key]
            more = f" (+{count - len(ids)} more)" if count > len(ids) else ""
            source = "exchanges " + ", ".join(map(str, ids)) + more
            out.append(ReadError(source=source, kind=key[0], message=key[1], count=count))
        return out


def fields_of(exchange_id: int, decoded: Decoded) -> Iterator[Field]:
    for leaf in decoded.leaves:
        yield Field(exchange_id, leaf.part, leaf.path, leaf.text[:MAX_VALUE_CHARS], leaf.layers)


def field_rows(exchange_id: int, decoded: Decoded) -> list[FieldRow]:
    plain = PLAIN.get  # the part as plain str: see analysis.store.fields.PLAIN
    return [(exchange_id, plain(leaf.part, leaf.part), leaf.path, leaf.text[:MAX_VALUE_CHARS],
             layers_json(leaf.layers)) for leaf in decoded.leaves]


def run(store: Store, ctx: AnalysisContext) -> dict[str, int]:
    store.clear_pass(NAME)
    handoff.forget()
    # With a classify pass next (``phonehome analyze``), classify each tree while it is at
    # hand and hand over the findings (see ``analysis.passes.handoff``).
    ahead = ctx.classify_ahead
    matcher = matcher_for(ctx.profile) if ahead else None
    tally = ErrorTally()
    counts = {"exchanges": 0, "fields": 0, "undecodable": 0}
    batch: list[FieldRow] = []
    repeats = Repeats()  # a request sent again byte for byte is decoded once (repeats.py)
    for row in store.request_rows():
        exchange_id = row[0]
        key = request_key(row)
        again = repeats.recall(key, exchange_id)
        if again is not None:
            rows, errors, outcome = again
        else:
            request = request_of(row)
            decoded = safe_decode(request)
            outcome = handoff.classify_one(exchange_id, decoded, matcher) if ahead else ""
            # what the decoders kept raw or saw cut without a word: named too (kept_raw)
            errors = decoded.errors + missing(request, decoded)
            rows = field_rows(exchange_id, decoded)
            repeats.remember(key, rows, errors, outcome)
        if ahead:
            handoff.share(id(store), exchange_id, hash(row), matcher, outcome)
        counts["exchanges"] += 1
        tally.add(exchange_id, errors)
        counts["undecodable"] += len(errors)
        batch.extend(rows)
        if len(batch) >= 5000:
            counts["fields"] += store.write_fields(batch)
            batch = []
    counts["fields"] += store.write_fields(batch)
    store.add_errors(NAME, tally.records())
    return counts
