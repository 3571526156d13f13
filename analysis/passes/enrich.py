"""The enrich pass: every server contacted becomes a destination, located and attributed.

A destination is one (host, ip) (DESIGN.md ``report.json`` contract). Servers seen only at the
transport level count as much as those whose requests were decoded: a pcap connection with a
TLS SNI, or a connection whose address a DNS answer named, is a destination with
``requests = 0``. Host names come from, in order: the request's Host/URL, the TLS SNI, the
exchange on the same 4-tuple, and the DNS answers for the address (the name the app asked for,
following CNAME chains back; the answer closest before the traffic when several names share an
address). Every exchange is linked to its destination.

Counts: ``requests`` are the requests and upward messages the phone sent; ``bytes_up`` /
``bytes_down`` are the larger of the transport totals (pcap connections) and the sum of body
sizes (HAR, proxy), so the same traffic seen both ways is not counted twice. ``rtt_ms`` is the
smallest of the proxy's TCP connect times and the pcap's TCP handshakes.

Location: ``analysis.geo`` (GeoIP country, RIR registered country, ASN); organisation and
party: ``analysis.enrich_party``; physical plausibility of the GeoIP answer:
``analysis.enrich_rtt``.
"""

from __future__ import annotations

import bisect
import dataclasses
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from analysis.enrich_addresses import special_label
from analysis.enrich_party import study_attributor
from analysis.enrich_rtt import plausibility, vantage_from_profile
from analysis.geo import normalize_ip, open_geo
from analysis.judge import MIN_CONFIDENCE
from analysis.orgs import is_ip_literal
from analysis.passes import written
from analysis.records import Destination

if TYPE_CHECKING:
    from analysis.passes import AnalysisContext
    from analysis.store import Store

NAME = "enrich"
DNS_SKEW_S = 1.0  # tolerance for clock differences between a DNS answer and the traffic
Key = tuple[str | None, str | None]


@dataclass
class _Acc:
    """What is gathered about one (host, ip) before it becomes a Destination."""

    ports: Counter[int] = field(default_factory=Counter)
    requests: int = 0
    body_up: int = 0
    body_down: int = 0
    conn_up: int = 0
    conn_down: int = 0
    rtts: list[float] = field(default_factory=list)
    categories: set[str] = field(default_factory=set)
    exchanges: list[int] = field(default_factory=list)


class DnsNames:
    """IP -> names from DNS answers, resolved through CNAMEs to the name the app asked for."""

    def __init__(self, answers: list[tuple[int, Any]]) -> None:
        alias_of: dict[str, str] = {}  # CNAME target -> owner (the name that was asked)
        for _, a in answers:
            if a.rtype.upper() == "CNAME" and a.value:
                alias_of.setdefault(a.value.lower().rstrip("."), a.name.lower().rstrip("."))
        self._by_ip: dict[str, list[tuple[float, str]]] = defaultdict(list)
        self.aliases: dict[str, set[str]] = defaultdict(set)  # IP -> every name in its chain
        for _, a in answers:
            if a.rtype.upper() in {"A", "AAAA"} and a.value:
                ip = normalize_ip(a.value)
                if ip is None:
                    continue
                name = a.name.lower().rstrip(".")
                self.aliases[ip].add(name)
                for _ in range(16):  # bounded: CNAME loops in hostile captures
                    if name not in alias_of:
                        break
                    name = alias_of[name]
                    self.aliases[ip].add(name)
                self._by_ip[ip].append((a.ts or 0.0, name))
        for entries in self._by_ip.values():
            entries.sort()

    def name_for(self, ip: str | None, ts: float | None) -> str | None:
        entries = self._by_ip.get(ip or "")
        if not entries:
            return None
        if ts is None:
            return entries[-1][1]
        # Only an answer seen before the traffic names it ("a DNS answer followed by a
        # connection"): on shared CDN addresses a later answer may be another site's.
        i = bisect.bisect_right(entries, (ts + DNS_SKEW_S, "\uffff"))
        return entries[i - 1][1] if i else None


def _host_of(row: dict[str, Any]) -> str | None:
    host = row.get("host")
    if not host and row.get("url"):
        host = urllib.parse.urlsplit(row["url"]).hostname
    host = host or row.get("sni")
    if host:
        host = host.lower().rstrip(".")
        if ":" in host and not is_ip_literal(host):
            host = host.rsplit(":", 1)[0]  # a Host header with a port
    if host and is_ip_literal(host):
        return None
    return host or None


LOCAL_SERVICE_PORTS = frozenset({53, 67, 68, 5353, 5355})


def run(store: Store, ctx: AnalysisContext) -> dict[str, int]:
    store.clear_pass(NAME)
    counts: Counter[str] = Counter()
    dns = DnsNames(store.dns_answers())
    # what a destination received: the categories that can make a claim violated and that the
    # flows count (a 0.5 finding, such as an IMEI by its shape alone, is no evidence of it)
    categories = written.category_sets(store, MIN_CONFIDENCE)
    acc: dict[Key, _Acc] = defaultdict(_Acc)
    by_tuple: dict[tuple[Any, ...], str] = {}
    links: dict[int, Key] = {}

    for row in store.exchange_endpoints():
        counts["exchanges"] += 1
        ip = normalize_ip(row["server_ip"]) if row["server_ip"] else None
        host = _host_of(row) or dns.name_for(ip, row["ts"])
        if host is None and ip is None:
            counts["exchanges_without_server"] += 1
            continue
        key = (host, ip)
        a = acc[key]
        a.exchanges.append(row["id"])
        links[row["id"]] = key
        if row["server_port"]:
            a.ports[row["server_port"]] += 1
        if row["kind"] == "http" or row["direction"] == "up":
            a.requests += 1
        # A message's payload sits in the request columns whatever its direction.
        if row["direction"] == "down":
            a.body_down += row["request_body_size"] or 0
        else:
            a.body_up += row["request_body_size"] or 0
        a.body_down += row["response_body_size"] or 0
        if row["connect_ms"] and row["connect_ms"] > 0:
            a.rtts.append(float(row["connect_ms"]))
        a.categories |= categories.get(row["id"], set())
        if host and ip:
            by_tuple[(row["capture_id"], row["client_ip"], row["client_port"], ip,
                      row["server_port"])] = host

    for capture_id, conn in store.connections():
        counts["connections"] += 1
        ip = normalize_ip(conn.server_ip)
        if conn.server_port in LOCAL_SERVICE_PORTS and ip and special_label(ip) \
                and not any(k[1] == ip for k in acc):
            # The phone's own LAN resolver (DNS, mDNS, DHCP) is plumbing, not a recipient.
            counts["local_service_connections"] += 1
            continue
        host = (conn.sni.lower().rstrip(".") if conn.sni else None) \
            or by_tuple.get((capture_id, conn.client_ip, conn.client_port, ip, conn.server_port)) \
            or dns.name_for(ip, conn.first_ts)
        a = acc[(host, ip)]
        a.ports[conn.server_port] += 1
        a.conn_up += conn.bytes_up or 0
        a.conn_down += conn.bytes_down or 0
        if conn.rtt_ms and conn.rtt_ms > 0:
            a.rtts.append(float(conn.rtt_ms))

    attributor = study_attributor(ctx.claims.first_party if ctx.claims else (),
                                  ctx.claims.app if ctx.claims else None, store.capture_apps())
    vantage = vantage_from_profile(ctx.profile)
    destinations: list[Destination] = []
    index: dict[Key, int] = {}
    with open_geo(ctx.geoip) as geo:
        for key in sorted(acc, key=lambda k: (k[0] or "", k[1] or "")):
            host, ip = key
            a = acc[key]
            answer = geo.lookup(ip) if ip else None
            who = attributor.attribute(host, answer.asn if answer else None,
                                       answer.as_org if answer else None)
            if not who.cdn and ip and any(attributor.is_cdn_host(n)
                                          for n in dns.aliases.get(ip, ())):
                # Reached through a CNAME into a CDN (app.example -> d1.cloudfront.net).
                who = dataclasses.replace(who, cdn=True)
            rtt = min(a.rtts) if a.rtts else None
            country = answer.country if answer else None
            plausible, note = plausibility(vantage, rtt, country,
                                           answer.special if answer else None, who.cdn)
            if ip is None:
                plausible, note = None, "no server address recorded: not geolocated"
            index[key] = len(destinations)
            destinations.append(Destination(
                host=host, ip=ip, port=a.ports.most_common(1)[0][0] if a.ports else None,
                country=country,
                registered_country=answer.registered_country if answer else None,
                asn=answer.asn if answer else None, as_org=answer.as_org if answer else None,
                organization=who.organization, organization_source=who.organization_source,
                party=who.party, cdn=who.cdn, rtt_ms=rtt, geo_plausible=plausible,
                geo_note=note, requests=a.requests, bytes_up=max(a.conn_up, a.body_up),
                bytes_down=max(a.conn_down, a.body_down), categories=tuple(sorted(a.categories)),
            ))
            counts[f"party.{who.party}"] += 1
            counts[f"geo_plausible.{str(plausible).lower()}"] += 1
        store.set_destinations(destinations, {ex: index[key] for ex, key in links.items()})
        store.set_geo_databases(geo.databases())
    counts["destinations"] = len(destinations)
    counts["linked_exchanges"] = len(links)
    return dict(counts)
