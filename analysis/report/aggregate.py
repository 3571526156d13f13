"""What the figures show, computed from the report document (``report.json``'s dict).

Pure functions over plain dicts, so each number behind a picture can be tested on its own. A
request counts once per cell however many fields of it carried the category; organisations come
from the finding when the enrich pass attributed one, else from its destination (host, ip).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from analysis.taxonomy import is_sensitive

UNKNOWN_ORG = "unattributed"
UNKNOWN_COUNTRY = "??"


@dataclass(slots=True)
class CountryTotal:
    """Traffic to one destination country (the GeoIP answer for the server address)."""

    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    destinations: int = 0
    cdn_destinations: int = 0
    categories: set[str] = field(default_factory=set)

    @property
    def cdn_only(self) -> bool:
        """Reached only through CDN/anycast edges: the country says little about the company."""
        return self.destinations > 0 and self.cdn_destinations == self.destinations


@dataclass(frozen=True, slots=True)
class Matrix:
    """Distinct requests per (row, column): categories down, organisations/countries across."""

    rows: list[str]
    cols: list[str]
    counts: list[list[int]]

    def total(self, row: str) -> int:
        return sum(self.counts[self.rows.index(row)])


@dataclass(frozen=True, slots=True)
class OrgBytes:
    organization: str
    party: str
    bytes_up: int
    bytes_down: int
    requests: int


def country_totals(report: dict[str, Any]) -> dict[str, CountryTotal]:
    """Destinations summed per country; destinations without a country go under ``??``."""
    out: dict[str, CountryTotal] = defaultdict(CountryTotal)
    for d in report.get("destinations", []):
        total = out[d.get("country") or UNKNOWN_COUNTRY]
        total.requests += d.get("requests") or 0
        total.bytes_up += d.get("bytes_up") or 0
        total.bytes_down += d.get("bytes_down") or 0
        total.destinations += 1
        total.cdn_destinations += bool(d.get("cdn"))
        total.categories.update(d.get("categories") or [])
    return dict(out)


Place = tuple[dict[str, Any], str, str]


def finding_places(report: dict[str, Any]) -> list[Place]:
    """Each finding with its organisation and country (``unattributed`` / ``??`` when unknown).

    Callers that need several aggregates compute this once and pass it on (``places=``).
    """
    dests = {(d.get("host"), d.get("ip")): d for d in report.get("destinations", [])}
    out = []
    for f in report.get("findings", []):
        org, country = f.get("organization"), f.get("country")
        if not (org and country):
            dest = dests.get((f.get("host"), f.get("ip")), {})
            org = org or dest.get("organization")
            country = country or dest.get("country")
        out.append((f, str(org or UNKNOWN_ORG), str(country or UNKNOWN_COUNTRY)))
    return out


def _matrix(cells: dict[tuple[str, str], set[Any]], max_cols: int) -> Matrix:
    row_totals: dict[str, int] = defaultdict(int)
    col_totals: dict[str, int] = defaultdict(int)
    for (r, c), reqs in cells.items():
        row_totals[r] += len(reqs)
        col_totals[c] += len(reqs)
    rows = sorted(row_totals, key=lambda r: (-row_totals[r], r))
    cols = sorted(col_totals, key=lambda c: (-col_totals[c], c))
    other = cols[max_cols - 1:] if len(cols) > max_cols else []
    if other:
        cols = [*cols[: max_cols - 1], f"{len(other)} others"]
    index = {c: i for i, c in enumerate(cols)}
    merged: dict[tuple[str, int], set[Any]] = defaultdict(set)
    for (r, c), reqs in cells.items():
        merged[(r, index.get(c, len(cols) - 1))] |= reqs
    counts = [[len(merged.get((r, j), ())) for j in range(len(cols))] for r in rows]
    return Matrix(rows, cols, counts)


def category_matrix(report: dict[str, Any], by: str = "organization", max_cols: int = 20,
                    places: list[Place] | None = None) -> Matrix:
    """Distinct requests carrying each category, per organisation (``by="organization"``) or
    per destination country (``by="country"``); columns beyond ``max_cols`` are merged."""
    cells: dict[tuple[str, str], set[Any]] = defaultdict(set)
    for f, org, country in places if places is not None else finding_places(report):
        col = org if by == "organization" else country
        cells[(str(f.get("category")), col)].add(f.get("request_id"))
    return _matrix(cells, max_cols)


def org_bytes(report: dict[str, Any]) -> list[OrgBytes]:
    """Bytes up/down and requests per organisation, largest upload first.

    An organisation is first party when any of its destinations is (the claims file's
    ``first_party`` domains), third when any is third, else unknown.
    """
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    parties: dict[str, set[str]] = defaultdict(set)
    for d in report.get("destinations", []):
        org = d.get("organization") or UNKNOWN_ORG
        acc[org][0] += d.get("bytes_up") or 0
        acc[org][1] += d.get("bytes_down") or 0
        acc[org][2] += d.get("requests") or 0
        parties[org].add(d.get("party") or "unknown")
    out = []
    for org, (up, down, reqs) in acc.items():
        seen = parties[org]
        party = "first" if "first" in seen else "third" if "third" in seen else "unknown"
        out.append(OrgBytes(org, party, up, down, reqs))
    return sorted(out, key=lambda o: (-o.bytes_up, -o.bytes_down, o.organization))


def consent_by_capture(report: dict[str, Any]) -> dict[Any, str]:
    return {c.get("id"): str(c.get("consent") or "unknown")
            for c in report.get("study", {}).get("captures", [])}


def consent_comparison(report: dict[str, Any], places: list[Place] | None = None
                       ) -> dict[str, dict[str, set[str]]]:
    """category -> consent state (``yes``/``no``/``unknown``) -> organisations that got it."""
    consent = consent_by_capture(report)
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f, org, _country in places if places is not None else finding_places(report):
        state = consent.get(f.get("capture_id"), "unknown")
        out[str(f.get("category"))][state].add(org)
    return {cat: dict(states) for cat, states in out.items()}


def consent_states(report: dict[str, Any]) -> set[str]:
    return set(consent_by_capture(report).values())


def sensitive_requests(report: dict[str, Any]) -> list[tuple[Any, float, str, str]]:
    """(capture id, ts, host, category) of each request carrying a sensitive category."""
    seen: set[tuple[Any, str]] = set()
    out = []
    for f in report.get("findings", []):
        cat = str(f.get("category"))
        if not is_sensitive(cat) or f.get("ts") is None:
            continue
        key = (f.get("request_id"), cat)
        if key in seen:
            continue
        seen.add(key)
        out.append((f.get("capture_id"), float(f["ts"]), str(f.get("host") or f.get("ip")), cat))
    return out


def reach_by_category(places: list[Place]) -> dict[str, tuple[set[str], set[str]]]:
    """category -> (organisations, countries) that received it, in one pass."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for f, org, country in places:
        orgs, countries = out.setdefault(str(f.get("category")), (set(), set()))
        orgs.add(org)
        countries.add(country)
    return out


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def reach(report: dict[str, Any], categories: Iterable[str],
          places: list[Place] | None = None) -> tuple[set[str], set[str]]:
    """Organisations and countries that received any of ``categories``."""
    wanted = set(categories)
    orgs: set[str] = set()
    countries: set[str] = set()
    for f, org, country in places if places is not None else finding_places(report):
        if f.get("category") in wanted:
            orgs.add(org)
            countries.add(country)
    return orgs, countries
