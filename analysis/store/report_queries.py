"""Read-only aggregates for the report figures that the report document does not carry.

The timeline needs every request's time and destination; with 100,000 exchanges that is binned
in SQL rather than read row by row into Python (issue 8's benchmark: a report in under 10 s).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlite_utils import Database

from analysis.store.base import UNREACHED

# What the phone sent: HTTP requests and upward messages (DESIGN.md, findings). Grouping by
# destination id and naming hosts afterwards is twice as fast as grouping by host text.
_SENT_BINS = """
    select e.capture_id, ed.destination_id,
           case when ed.destination_id is null
                then coalesce(e.host, e.sni, e.server_ip, '?') end as host,
           cast((e.ts - t0) / ? as integer) as b, count(*)
    from exchanges e
    join starts using (capture_id)
    left join exchange_destinations ed on ed.exchange_id = e.id
    where coalesce(e.direction, 'up') != 'down' and e.ts is not null
    group by 1, 2, 3, 4
"""


@dataclass(frozen=True, slots=True)
class TimelineBin:
    capture_id: int
    host: str
    start: float  # seconds since the capture's first request
    requests: int


@dataclass(frozen=True, slots=True)
class Timeline:
    bin_seconds: float
    starts: dict[int, float]  # capture id -> epoch of its first request
    spans: dict[int, float]  # capture id -> seconds from first to last request
    bins: list[TimelineBin]


class ReportQueriesMixin:
    db: Database

    def request_timeline(self, bins: int = 120) -> Timeline:
        """Requests per (capture, host, time bin); ``bins`` bins across the longest capture."""
        spans = self.db.execute(
            "select capture_id, min(ts), max(ts) from exchanges"
            " where coalesce(direction, 'up') != 'down' and ts is not null group by capture_id"
        ).fetchall()
        starts = {int(c): float(lo) for c, lo, _hi in spans}
        lengths = {int(c): float(hi - lo) for c, lo, hi in spans}
        width = max([*lengths.values(), 1.0]) / bins
        width = max(width, 0.001)
        if not starts:
            return Timeline(width, starts, lengths, [])
        values = ",".join("(?, ?)" for _ in starts)
        rows = self.db.execute(
            f"with starts(capture_id, t0) as (values {values}) {_SENT_BINS}",
            [*(v for item in starts.items() for v in item), width],
        ).fetchall()
        names = dict(self.db.execute(
            "select id, coalesce(host, ip, '?') from destinations").fetchall())
        counts: dict[tuple[int, str, int], int] = defaultdict(int)
        for capture, dest, host, b, n in rows:
            counts[(int(capture), str(names.get(dest, "?") if host is None else host), b)] += n
        out = [TimelineBin(c, h, b * width, n) for (c, h, b), n in sorted(counts.items())]
        return Timeline(width, starts, lengths, out)

    def unreached_request_counts(self) -> dict[int, tuple[int, str]]:
        """capture id -> (requests that never reached a server, a sample error): no response,
        an error, no server address — blocked in the client or a failed connection. The same
        rule as ``analysis.passes.check.delivered``, which sets them aside in verdicts."""
        rows = self.db.execute(
            f"select capture_id, count(*), min(error) from exchanges where {UNREACHED}"
            " group by capture_id").fetchall()
        return {int(c): (int(n), str(err)) for c, n, err in rows}
