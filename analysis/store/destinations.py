"""Read-only queries the enrich pass needs: exchange metadata (no bodies) and finding categories.

Bodies are not loaded: enrichment only needs who was contacted, how much and how fast, and a
study can hold gigabytes of bodies.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from analysis.store.base import UNREACHED


class DestinationsMixin:
    db: Database

    def exchange_endpoints(self) -> list[dict[str, Any]]:
        """Per exchange: id, capture, time, kind, direction, url, host, SNI, addresses, sizes.
        Requests that never reached a server (no response, an error, no server address — a
        HAR entry blocked in the client, a failed connection; never a pcap's, whose requests
        were on the wire) contacted no one: they make no destination (QA4 P3), the same rule
        as ``analysis.passes.check.delivered``."""
        cursor = self.db.execute(
            "select id, capture_id, ts, kind, direction, url, host, sni, server_ip, server_port,"
            " client_ip, client_port, connect_ms, coalesce(request_body_size, 0),"
            f" coalesce(response_body_size, 0) from exchanges where not {UNREACHED} order by id"
        )
        names = ["id", "capture_id", "ts", "kind", "direction", "url", "host", "sni",
                 "server_ip", "server_port", "client_ip", "client_port", "connect_ms",
                 "request_body_size", "response_body_size"]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def finding_categories(self) -> dict[int, set[str]]:
        """exchange id -> the distinct finding categories the classify pass wrote for it."""
        out: dict[int, set[str]] = {}
        for exchange_id, category in self.db.execute(
            "select distinct exchange_id, category from findings"
        ).fetchall():
            out.setdefault(exchange_id, set()).add(category)
        return out

    def capture_apps(self) -> list[str]:
        """The app ids recorded with the captures (``--app``), for first-party matching."""
        return [row[0] for row in self.db.execute(
            "select distinct app from captures where app is not null and app != ''"
        ).fetchall()]
