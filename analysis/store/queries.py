"""Read-only views over a study, for the check pass and the reports.

They return plain dicts (column name -> value) with JSON columns decoded, so callers never
build SQL (DESIGN.md: "SQL lives in the store module").
"""

from __future__ import annotations

from typing import Any

from analysis.store.base import StoreBase

# Seconds of clock difference allowed between a pcap and a proxy session of the same traffic:
# the phone's clock (PCAPdroid) and the proxy host's may differ by seconds.
CLOCK_SLACK = 10.0
# Ports of TLS services (IANA registry: https, smtps, nntps, ldaps, dns-over-tls, ftps, telnets,
# imaps, pop3s, Apple push, Google FCM, sips, https-alt, secure MQTT).
TLS_PORTS = frozenset({443, 465, 563, 636, 853, 989, 990, 992, 993, 994, 995, 5223, 5228, 5061,
                       8443, 8883})
DNS_PORTS = "53, 5353, 5355"  # DNS, mDNS, LLMNR: read as DNS answers


class QueriesMixin(StoreBase):

    def finding_rows(self) -> list[dict[str, Any]]:
        """Every finding with its request (and the request's capture and destination)."""
        return self._rows(
            """
            select f.id, f.exchange_id as request_id, e.capture_id, e.ts, e.method, e.url,
                   case when d.id is null then e.host else d.host end as host,
                   coalesce(d.ip, e.server_ip) as ip,
                   d.country, d.organization, d.party, d.id as destination_id,
                   f.part, f.path, f.category, f.detector, f.transform, f.confidence,
                   f.evidence, f.value, f.rule, e.kind, c.consent, c.label, c.app
            from findings f
            join exchanges e on e.id = f.exchange_id
            join captures c on c.id = e.capture_id
            left join exchange_destinations ed on ed.exchange_id = e.id
            left join destinations d on d.id = ed.destination_id
            order by e.ts, f.id
            """
        )

    def finding_hit_rows(self) -> list[tuple[Any, ...]]:
        """What judging claims needs of every finding (the rows of ``finding_rows``), as tuples
        (request id, category, path, part, detector, transform, confidence) in finding id order:
        the order of ``finding_rows`` within each request, without its sort by time. No dicts,
        no JSON columns: the check pass reads tens of thousands of these."""
        return self.db.execute(
            "select f.exchange_id, f.category, f.path, f.part, f.detector, f.transform,"
            " f.confidence from findings f join exchanges e on e.id = f.exchange_id"
            " join captures c on c.id = e.capture_id order by f.id"
        ).fetchall()

    def finding_category_sets(self, min_confidence: float = 0.0) -> dict[int, set[str]]:
        """exchange id -> the distinct categories of its findings of at least
        ``min_confidence``, grouped in SQL along the exchange index: one row per exchange
        instead of one per (exchange, category). Category ids (TAXONOMY.md) hold no commas."""
        return {exchange_id: set(categories.split(",")) for exchange_id, categories in
                self.db.execute("select exchange_id, group_concat(distinct category)"
                                " from findings where confidence >= ? group by exchange_id",
                                [min_confidence]).fetchall()}

    def destination_rows(self) -> list[dict[str, Any]]:
        rows = self._rows("select * from destinations order by requests desc, bytes_up desc, id")
        for row in rows:
            row["cdn"] = bool(row["cdn"])
            if row["geo_plausible"] is not None:
                row["geo_plausible"] = bool(row["geo_plausible"])
        return rows

    def capture_rows(self) -> list[dict[str, Any]]:
        return self._rows(
            "select c.*, (select count(*) from exchanges e where e.capture_id = c.id) as exchanges,"
            " (select count(*) from connections k where k.capture_id = c.id) as connections"
            " from captures c order by c.id"
        )

    def claim_rows(self) -> list[dict[str, Any]]:
        return self._rows(
            "select c.claim_id as id, c.text, c.data, c.expect, c.recipients, c.countries,"
            " c.conditions, v.verdict, v.explanation, v.evidence as evidence_ids"
            " from claims c left join verdicts v on v.claim_id = c.claim_id order by c.id"
        )

    def label_issue_rows(self) -> list[dict[str, Any]]:
        return self._rows("select store, issue, label_type, categories, organizations, requests,"
                          " explanation from label_issues order by id")

    def flow_rows(self) -> list[dict[str, Any]]:
        return self._rows("select * from flows order by category, organization, country")

    def error_rows(self) -> list[dict[str, Any]]:
        """Errors grouped by stage, source and kind, with counts and a sample message. Kinds
        whose rows each state a whole fact with its own count keep one row per message: HAR
        entries not sent over the network, one row per reason (QA3 P25); connections through a
        proxy, one row per proxy address (QA4 P2) — merged, the count and the sample message
        would contradict each other."""
        return self._rows(
            "select stage, source, kind, sum(count) as count, min(message) as message,"
            " min(offset) as offset from errors group by stage, source, kind,"
            " case when kind in ('not-sent', 'via-proxy') then message end order by stage, source"
        )

    def geo_database_rows(self) -> list[dict[str, Any]]:
        return self._rows("select kind, name, path, build_date, license from geo_databases")

    def exchange_summary(self) -> list[dict[str, Any]]:
        """Per-request metadata without bodies, for timelines and tables."""
        return self._rows(
            "select e.id, e.capture_id, e.ts, e.kind, e.method, e.url, e.host, e.server_ip,"
            " e.status, e.direction, coalesce(e.request_body_size, 0) as request_body_size,"
            " coalesce(e.response_body_size, 0) as response_body_size, e.error, e.app,"
            " ed.destination_id from exchanges e"
            " left join exchange_destinations ed on ed.exchange_id = e.id order by e.ts, e.id"
        )

    def undecrypted_tls_counts(self) -> dict[int, int]:
        """capture id -> TLS/QUIC connections whose content was not decrypted (with an SNI, to
        a TLS port, or QUIC), counted one by one (``_unseen``)."""
        return self._unseen(tls=True)

    def unread_connection_counts(self) -> dict[int, int]:
        """capture id -> other connections that carried data no exchange came out of: TLS
        without SNI on an unusual port (what the packets show of it), or a protocol no decoder
        read. Their content was not inspected either."""
        return self._unseen(tls=False)

    def undecrypted_tls_where(self) -> dict[int, list[str]]:
        """capture id -> where its undecrypted TLS connections went ("cloud.example.net (SG)":
        a server's name or address and its country, when enriched), for a verdict's text: a
        claim about countries holds only on what was seen (QA82)."""
        rows = self._unseen_rows(tls=True, detail=True)
        return {r["capture_id"]: sorted(set(filter(None, (r["where"] or "").split("\x1f"))))
                for r in rows}

    def _unseen(self, tls: bool) -> dict[int, int]:
        return {r["capture_id"]: r["n"] for r in self._unseen_rows(tls)}

    def _unseen_rows(self, tls: bool, detail: bool = False) -> list[dict[str, Any]]:
        """Connections that sent data and gave no exchange. A connection is seen only when an
        exchange of its own capture came out of it (the same client and server address and
        port): a key log that covers only some sessions leaves the others unseen even when the
        same server had a decrypted one. DNS is read into ``dns_answers``, not exchanges.

        A pcap taken beside a proxy session sees the proxy's upstream connections as TLS: such
        a connection counts as seen when another capture holds an exchange with that server
        during the connection's lifetime (``CLOCK_SLACK`` seconds either side).
        """
        ports = ", ".join(map(str, sorted(TLS_PORTS)))
        # Through a proxy (pcap source, ``proxy``) the exchanges of a connection name the
        # server asked for, not the proxy (``moved``: no connection of theirs has that server):
        # they are matched by the client side and time. The CONNECT that opened a tunnel is
        # not its content; TLS inside the tunnel is TLS.
        proxied = ("exists (select 1 from moved t where t.capture_id = k.capture_id"
                   " and t.client_port = k.client_port and t.client_ip is k.client_ip"
                   " and t.ts between k.first_ts and coalesce(k.last_ts, k.first_ts) and ")
        looks_tls = (f"(k.sni is not null or k.server_port in ({ports})"
                     f" or k.transport = 'quic' or {proxied}t.method = 'CONNECT'"
                     f" and (t.sni is not null or t.server_port in ({ports}))))")
        rows = self._rows(
            "with moved as materialized (select capture_id, client_ip, client_port, ts, method,"
            " sni, server_port from exchanges e where client_port is not null and not exists"
            " (select 1 from connections c where c.server_ip = e.server_ip"
            " and c.capture_id = e.capture_id and c.client_port = e.client_port))"
            " select k.capture_id, count(*) as n"
            + (", group_concat(coalesce(k.sni, k.server_ip) || coalesce(' (' || (select"
               " d.country from destinations d where d.ip = k.server_ip and d.country is not"
               " null limit 1) || ')', ''), char(31)) as 'where'" if detail else "")
            + " from connections k"
            f" where {'' if tls else 'not '}{looks_tls}"
            f" and k.server_port not in ({DNS_PORTS}) and k.client_port not in ({DNS_PORTS})"
            " and coalesce(k.bytes_up, 0) > 0 and not exists (select 1 from exchanges e"
            " where e.server_ip = k.server_ip and e.server_port = k.server_port and ("
            " (e.capture_id = k.capture_id and e.client_port is k.client_port"
            " and e.client_ip is k.client_ip)"
            " or (e.capture_id != k.capture_id"
            " and e.ts between k.first_ts - ? and coalesce(k.last_ts, k.first_ts) + ?)))"
            f" and not {proxied}t.method is not 'CONNECT')"
            " group by k.capture_id", [CLOCK_SLACK, CLOCK_SLACK]
        )
        return rows

    def tls_refused_counts(self) -> dict[int, int]:
        """capture id -> connections on which the phone refused the proxy's certificate
        (``tls-failed`` errors of a live proxy session: certificate pinning or an untrusted
        CA). Their server is known, what the app sent on them is not."""
        rows = self._rows(
            "select capture_id, sum(coalesce(count, 1)) as n from errors"
            " where kind = 'tls-failed' and capture_id is not null group by capture_id"
        )
        return {r["capture_id"]: r["n"] for r in rows}

    def study_apps(self) -> list[str]:
        """The app ids the study's traffic is attributed to: captures' ``--app`` and the
        per-connection app names some captures carry (PCAPdroid)."""
        rows = self.db.execute(
            "select app from captures where app is not null and app != ''"
            " union select app from exchanges where app is not null and app != ''"
            " union select app from connections where app is not null and app != ''"
            " order by 1").fetchall()
        return [r[0] for r in rows]

    def partly_inspected(self) -> dict[int, str]:
        """Requests whose content was not fully seen, with why: cut short, a body (part) kept
        raw because no decoder read it, or a classifier that failed on it. A claim cannot be
        said to hold on what was not read. The decode pass names each in ``errors`` with the
        same reason (``analysis.passes.kept_raw``; QA15 #6)."""
        # instr, not LIKE (case-insensitive, slower over 128k rows of the bench study: 0.018
        # -> 0.014 s): layer names are written lower case, "raw" among them
        out: dict[int, str] = {}
        for why, sql in (
                ("body cut short", "select id from exchanges where request_truncated = 1"),
                ("part of its body kept undecoded", "select distinct exchange_id from fields"
                 " where instr(layers, '\"raw\"') > 0 and part = 'body'"),
                ("a classifier failed on it", "select offset from errors where stage ="
                 " 'classify' and kind = 'unclassified' and offset is not null")):
            for (i,) in self.db.execute(sql).fetchall():
                out.setdefault(i, why)
        return out

    def mark_unclassified(self, exchange_ids: list[int]) -> None:
        """Record the requests a classifier failed on (one errors row each, the exchange id as
        its offset; the report sums them into one row), so that ``partly_inspected`` counts
        them as not fully read."""
        if exchange_ids:
            with self.db.conn:
                self.db.conn.executemany(
                    "insert into errors (stage, source, kind, message, offset, count)"
                    " values ('classify', 'classify', 'unclassified', 'requests a classifier"
                    " failed on: not inspected, no claim holds on them', ?, 1)",
                    [(i,) for i in exchange_ids])
