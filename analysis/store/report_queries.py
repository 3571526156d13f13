"""Read-only aggregates for the report figures that the report document does not carry.

The timeline needs every request's time and destination; with 100,000 exchanges that is binned
in SQL rather than read row by row into Python (issue 8's benchmark: a report in under 10 s).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

# What the phone sent: HTTP requests and upward messages (DESIGN.md, findings).
_SENT = """
    select e.capture_id, e.ts,
           coalesce(d.host, e.host, e.sni, e.server_ip, '?') as host
    from exchanges e
    left join exchange_destinations ed on ed.exchange_id = e.id
    left join destinations d on d.id = ed.destination_id
    where coalesce(e.direction, 'up') != 'down' and e.ts is not null
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

    def request_timeline(self, bins: int = 200) -> Timeline:
        """Requests per (capture, host, time bin); ``bins`` bins across the longest capture."""
        spans = self.db.execute(
            "select capture_id, min(ts), max(ts) from exchanges"
            " where coalesce(direction, 'up') != 'down' and ts is not null group by capture_id"
        ).fetchall()
        starts = {int(c): float(lo) for c, lo, _hi in spans}
        lengths = {int(c): float(hi - lo) for c, lo, hi in spans}
        width = max([*lengths.values(), 1.0]) / bins
        width = max(width, 0.001)
        rows = self.db.execute(
            f"""
            with starts(capture_id, t0) as (values {",".join("(?, ?)" for _ in starts) or "(0, 0)"})
            select s.capture_id, s.host, cast((s.ts - t0) / ? as integer) as b, count(*)
            from ({_SENT}) s join starts using (capture_id)
            group by 1, 2, 3 order by 1, 3
            """,
            [*(v for item in starts.items() for v in item), width],
        ).fetchall()
        out = [TimelineBin(int(c), str(h), b * width, int(n)) for c, h, b, n in rows]
        return Timeline(width, starts, lengths, out)
