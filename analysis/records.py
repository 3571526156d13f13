"""The normalised records every source produces and every pass consumes.

One record, many sources (DESIGN.md "The house"): HAR, mitmproxy flows, pcap/pcapng and the live
addon all become these frozen dataclasses. Decoders, classifiers, enrichment and reports never
see mitmproxy or scapy objects. Field names follow the study database columns one to one, so the
store can write a record with ``dataclasses.asdict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Consent(StrEnum):
    """Consent state of a capture session (DESIGN.md: ``--consent yes|no|unknown``)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ExchangeKind(StrEnum):
    """What one exchange is: an HTTP request/response or one message of another protocol."""

    HTTP = "http"
    WEBSOCKET = "websocket"
    TCP = "tcp"
    UDP = "udp"
    DNS = "dns"


class Part(StrEnum):
    """Where in a request a field sits (``report.json`` ``findings[].part``)."""

    URL = "url"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"
    BODY = "body"


class Detector(StrEnum):
    """How a finding was made, strongest first (TAXONOMY.md "Notes for detectors")."""

    GROUND_TRUTH = "ground_truth"
    KEY = "key"
    VALUE = "value"
    STRUCTURE = "structure"


class Verdict(StrEnum):
    HOLDS = "holds"
    VIOLATED = "violated"
    UNTESTED = "untested"


class Disclosure(StrEnum):
    DISCLOSED = "disclosed"
    VAGUE = "vague"
    OMITTED = "omitted"
    CONTRADICTED = "contradicted"


class Party(StrEnum):
    FIRST = "first"
    THIRD = "third"
    UNKNOWN = "unknown"


Headers = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Capture:
    """One imported file or one proxy session."""

    kind: str  # har | mitm | pcap | pcapng | proxy
    source: str  # file path or proxy listen address
    sha256: str | None = None
    app: str | None = None
    label: str | None = None
    consent: Consent = Consent.UNKNOWN
    started: float | None = None
    ended: float | None = None


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request/response, or one message (WebSocket, TCP, UDP, DNS).

    ``ts`` is the epoch time the request started (HAR ``startedDateTime``, the first TCP segment of
    the request in a pcap, the proxy's request timestamp). Bodies are stored after content
    decoding; ``*_truncated`` records a cut, never a silent one. For messages, ``direction`` is
    ``up`` (phone to server) or ``down``; only ``up`` messages and HTTP requests yield findings.
    """

    ts: float
    kind: ExchangeKind = ExchangeKind.HTTP
    method: str | None = None
    url: str | None = None
    host: str | None = None
    server_ip: str | None = None
    server_port: int | None = None
    client_ip: str | None = None
    client_port: int | None = None
    sni: str | None = None
    alpn: str | None = None
    tls_version: str | None = None
    http_version: str | None = None
    request_headers: Headers = ()
    request_body: bytes | None = None
    request_body_size: int | None = None
    request_truncated: bool = False
    status: int | None = None
    response_headers: Headers = ()
    response_body: bytes | None = None
    response_body_size: int | None = None
    response_truncated: bool = False
    direction: str = "up"
    error: str | None = None
    connect_ms: float | None = None
    tls_ms: float | None = None
    ts_end: float | None = None
    app: str | None = None  # per-connection app attribution (PCAPdroid), when known


@dataclass(frozen=True, slots=True)
class Connection:
    """One transport flow seen at the packet level (pcap) or by the proxy."""

    transport: str  # tcp | udp | quic
    client_ip: str
    client_port: int
    server_ip: str
    server_port: int
    first_ts: float
    last_ts: float
    packets_up: int = 0
    packets_down: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    sni: str | None = None
    alpn: str | None = None
    rtt_ms: float | None = None
    app: str | None = None


@dataclass(frozen=True, slots=True)
class DnsAnswer:
    """One DNS resource record answering a query (A, AAAA, CNAME, HTTPS/SVCB hints)."""

    ts: float
    name: str
    rtype: str
    value: str
    ttl: int | None = None


@dataclass(frozen=True, slots=True)
class ReadError:
    """Something a source could not read. Recorded, never dropped silently."""

    source: str
    kind: str  # e.g. truncated, malformed-packet, undecodable-body, unsupported
    message: str
    offset: int | None = None
    count: int = 1


@dataclass(frozen=True, slots=True)
class Field:
    """One decoded leaf of what the phone sent.

    ``path`` uses DESIGN.md's notation: dotted keys with ``[i]`` indices continuing through nested
    decoded layers; a header, cookie or query parameter is its name. ``layers`` names the decoders
    crossed to reach the leaf (e.g. ``("gzip", "json", "base64", "json")``).
    """

    exchange_id: int
    part: Part
    path: str
    value: str
    layers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One classified field: which data category it carries and why we believe so."""

    exchange_id: int
    part: Part
    path: str
    category: str
    detector: Detector
    confidence: float
    evidence: str
    value: str
    transform: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Destination:
    """One (host, ip) contacted, enriched with where it is and who runs it."""

    host: str | None
    ip: str | None
    port: int | None = None
    country: str | None = None
    registered_country: str | None = None
    asn: int | None = None
    as_org: str | None = None
    organization: str | None = None
    organization_source: str | None = None
    party: Party = Party.UNKNOWN
    cdn: bool = False
    rtt_ms: float | None = None
    geo_plausible: bool | None = None
    geo_note: str | None = None
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement from the policy (claims.toml ``[[claim]]``)."""

    id: str
    text: str
    data: tuple[str, ...]
    expect: str  # absent | allowed | only
    recipients: str = "any"  # any | first_party | third_party
    countries: tuple[str, ...] = ()
    when: tuple[tuple[str, str], ...] = ()  # (key, value) session conditions


@dataclass(frozen=True, slots=True)
class ClaimVerdict:
    claim_id: str
    verdict: Verdict
    explanation: str
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Flow:
    """One observed (category, organisation, country) flow and how the policy covers it."""

    category: str
    organization: str
    country: str | None
    disclosure: Disclosure
    claims: tuple[str, ...] = ()
    requests: tuple[int, ...] = field(default_factory=tuple)
    capture_ids: tuple[int, ...] = ()
    # the countries the round-trip time leaves when GeoIP's answer was impossible and the claim
    # check placed the server by it (``analysis.flows.place``); () when nothing was placed
    placed_in: tuple[str, ...] = ()
