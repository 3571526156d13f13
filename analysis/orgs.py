"""Who runs a server: registrable domains and the organisation tables.

- Registrable domain: the Public Suffix List's ICANN section as bundled with
  ``publicsuffixlist`` (offline), looked up here by the list's algorithm. ICANN-only on
  purpose: ``x.herokuapp.com`` belongs to ``herokuapp.com``, and cloud hosting domains are
  then told apart by the organisation table, whose ``cloud``/``cdn`` rows make
  ``analysis.enrich_party`` compare the subdomain instead.
- ``analysis/data/orgs.toml``: the project's table of mobile SDK, platform, cloud and CDN
  domains and ASNs -> company, one source note per row (the format is described in the file).
- ``analysis/data/third-party-web.json.gz``: entity names, companies and categories from
  third-party-web (MIT; see NOTICE), consulted after the project table.

Matching is by the longest domain suffix ("graph.facebook.com" matches a "facebook.com" row;
"adservice.google.com" prefers its own row over "google.com").
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

from analysis.cache import cached_toml, derived_json
from analysis.errors import PhonehomeError

Kind = Literal["sdk", "platform", "cloud", "cdn"]
T = TypeVar("T")
KINDS: frozenset[str] = frozenset({"sdk", "platform", "cloud", "cdn"})
HOSTING_KINDS: frozenset[str] = frozenset({"cloud", "cdn"})
# third-party-web categories that describe hosting rather than a data recipient
TPW_HOSTING = frozenset({"hosting", "cdn"})


class OrgTableError(PhonehomeError):
    """The organisation table is malformed."""


@dataclass(frozen=True, slots=True)
class OrgRow:
    """One organisation entry: which company, what service, what kind of network."""

    name: str
    service: str
    kind: Kind
    cdn: bool
    source: str
    origin: Literal["table", "third-party-web"] = "table"

    @property
    def hosting(self) -> bool:
        """The server belongs to a hosting provider; the data's recipient is its customer."""
        return self.kind in HOSTING_KINDS


@dataclass(frozen=True, slots=True)
class OrgTable:
    by_domain: dict[str, OrgRow]
    by_asn: dict[int, OrgRow]

    def for_host(self, host: str | None) -> tuple[str, OrgRow] | None:
        """(matched suffix, row) for the longest suffix of ``host`` in the table."""
        return _suffix_match(self.by_domain, host)

    def for_asn(self, asn: int | None) -> OrgRow | None:
        return self.by_asn.get(asn) if asn is not None else None


def _suffix_match(table: Mapping[str, T], host: str | None) -> tuple[str, T] | None:
    """The longest suffix of ``host`` that ``table`` lists, and what it lists for it."""
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    for i in range(len(labels)):
        suffix = ".".join(labels[i:])
        if suffix in table:
            return suffix, table[suffix]
    return None


def _row(path: Path | str, raw: Any, index: int) -> tuple[OrgRow, list[str], list[int]]:
    where = f"{path}: [[org]] #{index + 1}"
    if not isinstance(raw, dict):
        raise OrgTableError(f"{where} must be a table")
    name, kind, source = raw.get("name"), raw.get("kind"), raw.get("source")
    if not isinstance(name, str) or not name:
        raise OrgTableError(f"{where}: name is missing")
    if kind not in KINDS:
        raise OrgTableError(f"{where} ({name}): kind {kind!r} is not one of "
                            f"{', '.join(sorted(KINDS))}")
    if not isinstance(source, str) or not source.strip():
        raise OrgTableError(f"{where} ({name}): every row needs a source note")
    domains = raw.get("domains", [])
    asns = raw.get("asns", [])
    if not all(isinstance(d, str) and "." in d for d in domains):
        raise OrgTableError(f"{where} ({name}): domains must be dotted names")
    if not all(isinstance(a, int) and a > 0 for a in asns):
        raise OrgTableError(f"{where} ({name}): asns must be positive integers")
    row = OrgRow(name=name, service=str(raw.get("service", "")), kind=kind,
                 cdn=bool(raw.get("cdn", kind == "cdn")), source=source)
    return row, [d.lower().strip(".") for d in domains], list(asns)


def parse_org_table(text: str, path: Path | str) -> OrgTable:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise OrgTableError(f"{path}: not valid TOML: {exc}") from exc
    return org_table(raw, path)


def org_table(raw: dict[str, Any], path: Path | str) -> OrgTable:
    """The table of an orgs file already parsed."""
    by_domain: dict[str, OrgRow] = {}
    by_asn: dict[int, OrgRow] = {}
    for index, entry in enumerate(raw.get("org", [])):
        row, domains, asns = _row(path, entry, index)
        for domain in domains:
            if domain in by_domain:
                raise OrgTableError(f"{path}: domain {domain} is listed twice "
                                    f"({by_domain[domain].name} and {row.name})")
            by_domain[domain] = row
        for asn in asns:
            if asn in by_asn:
                raise OrgTableError(f"{path}: AS{asn} is listed twice")
            by_asn[asn] = row
    return OrgTable(by_domain, by_asn)


@cache
def load_org_table() -> OrgTable:
    """The bundled ``orgs.toml`` (cached)."""
    data = resources.files("analysis").joinpath("data", "orgs.toml").read_bytes()
    return org_table(cached_toml(data), "analysis/data/orgs.toml")


@cache
def _third_party_web() -> dict[str, Any]:
    blob = resources.files("analysis").joinpath("data", "third-party-web.json.gz").read_bytes()
    return derived_json("tpw-1", blob, _tpw_table)  # type: ignore[no-any-return]


@cache
def _tpw_row(index: int) -> OrgRow:
    # Made when a host first needs it: making all 3,000 rows took 8 ms of every run (measured).
    name, service, kind = _third_party_web()["rows"][index]
    return OrgRow(name=name, service=service, kind=kind, cdn=kind == "cdn",
                  source="third-party-web 0.30.0 (MIT)", origin="third-party-web")


def load_third_party_web() -> dict[str, OrgRow]:
    """third-party-web domains -> rows. ``*.x.com`` patterns cover x.com and its subdomains.
    The table is remembered in the cache (``derived_json``)."""
    return {domain: _tpw_row(index) for domain, index in _third_party_web()["domains"].items()}


def _tpw_table(blob: bytes) -> dict[str, Any]:
    """{"rows": [[company, service, kind], ...], "domains": {domain: row index}}, the first
    entity listing a domain winning."""
    rows: list[list[str]] = []
    domains: dict[str, int] = {}
    for entity in json.loads(gzip.decompress(blob)):
        category = str(entity.get("category") or "other")
        kind = "cdn" if category == "cdn" else "cloud" if category in TPW_HOSTING else "sdk"
        rows.append([str(entity.get("company") or entity["name"]),
                     f"{entity['name']} ({category})", kind])
        for pattern in entity.get("domains", []):
            domains.setdefault(str(pattern).lower().removeprefix("*.").strip("."), len(rows) - 1)
    return {"rows": rows, "domains": domains}


def third_party_web_for_host(host: str | None) -> tuple[str, OrgRow] | None:
    found = _suffix_match(_third_party_web()["domains"], host)
    return (found[0], _tpw_row(found[1])) if found else None


# The lines that open and close the ICANN section (trailing blanks allowed, as the library
# compares each line right-stripped).
ICANN_MARKER = re.compile(r"^// ===(BEGIN|END) ICANN DOMAINS===[^\S\n]*$", re.MULTILINE)


def icann_rules() -> list[str]:
    """The rules of the ICANN section of the public suffix list shipped with
    ``publicsuffixlist``, each also in its IDNA (punycode) form when that differs.

    What ``PublicSuffixList(only_icann=True)`` builds from the same file, read the way it reads
    it (lines, first word, lower case, ``//`` comments), in 0.017 instead of 0.030 s of every
    ``analyze`` (measured): that parser reads every line of the file and
    runs the ``idna`` codec (nameprep, then punycode) on each of the ~7,000 ICANN rules, but an
    ASCII label is its own IDNA form, and the ~450 rules that are not ASCII are already in
    nameprep's lower-case normal form, so their labels are only punycoded (RFC 3492;
    tests/analysis/test_orgs_psl.py checks the result equals the library's own parse of the
    installed file)."""
    data = (resources.files("publicsuffixlist") / "public_suffix_list.dat").read_bytes()
    return derived_json("psl-icann-1", data, _icann_rules)  # type: ignore[no-any-return]


def _icann_rules(data: bytes) -> list[str]:
    text = data.decode("utf8", "surrogateescape")
    rules: list[str] = []
    start = None
    for marker in ICANN_MARKER.finditer(text):
        if marker.group(1) == "BEGIN":
            start = marker.end()
            continue
        if start is not None:
            rules += [rule for rule in (line.lower().split(" ")[0].rstrip()
                                        for line in text[start:marker.start()].split("\n"))
                      if rule and not rule.startswith("//")]
        start = None
    for rule in [r for r in rules if not r.isascii()]:
        encoded = ".".join(label if label.isascii() else
                           "xn--" + label.encode("punycode").decode("ascii")
                           for label in rule.lstrip("!").split("."))
        rules.append("!" + encoded if rule[0] == "!" else encoded)
    return rules


@cache
def _suffix_rules() -> tuple[frozenset[str], int]:
    # The ICANN section only: a private suffix (``github.io``) is not an organisation boundary.
    rules = icann_rules()
    return frozenset(rules), max(rule.count(".") + 1 for rule in rules)


def _public_labels(labels: list[str]) -> int:
    """How many trailing labels are the public suffix: the PSL algorithm
    (https://publicsuffix.org/list/, "Formal algorithm") as ``publicsuffixlist`` evaluates it,
    unknown TLDs public. Longest candidate first; at each length an exception rule
    (``!city.kobe.jp``: one label less), then a wildcard (``*.kobe.jp``: one label more when
    the host has it, and the wildcard's own root is public), then an exact rule. Written here
    rather than built as a ``PublicSuffixList`` from the cached rules, whose parser re-reads
    every rule (7 ms of every run, measured); tests/analysis/test_orgs_psl.py compares the two
    on every rule."""
    rules, longest = _suffix_rules()
    count = len(labels)
    if count == 1:
        return 1
    for start in range(max(0, count - (longest + 1)), count):
        depth = count - start
        name = ".".join(labels[start:])
        if "!" + name in rules:
            return depth - 1
        if "*." + name in rules:
            return depth + 1 if start > 0 else depth
        if name in rules:
            return depth
    return 1


@lru_cache(maxsize=65536)
def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=65536)
def registrable_domain(host: str | None) -> str | None:
    """``api.clipshare.example`` -> ``clipshare.example``, ``api.adcrest.example.net`` ->
    ``adcrest.example.net``; None for IPs and bare suffixes."""
    if not host:
        return None
    host = host.lower().rstrip(".")
    if is_ip_literal(host):
        return None
    labels = host.split(".")
    if "" in labels:
        return None  # not a domain name (an empty label)
    public = _public_labels(labels)
    if public == 1 and len(labels) > 2 and ".".join(labels[-2:]) in DOCUMENTATION:
        public = 2  # each name under a documentation domain is its own (a test's vendors)
    return ".".join(labels[-(public + 1):]) if len(labels) > public else None


# The second-level domains reserved for documentation (RFC 2606 §3, RFC 6761 §6.5): no one
# registers names under them, so test sessions and examples use them for their fictional
# vendors ("api.adcrest.example.net", "api.notifly.example.net"), which are as many
# organisations, not one "example.net" (QA60).
DOCUMENTATION = frozenset({"example.com", "example.net", "example.org"})
