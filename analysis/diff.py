"""``phonehome diff``: what changes between two groups of sessions.

A group is selected by conditions on captures (``label=L``, ``consent=yes|no|unknown``,
``app=A``, ``capture=1,2``; several joined with ``;``), in the same study or, with
``--other-db``, in another. For each group the observed flows are (category, organisation,
country) triples with the requests behind them. The diff lists categories, organisations and
countries that appear or disappear, and categories whose destinations changed, each with example
request ids as evidence. This is how a user tests "we ask for consent before collecting
faceprints" or what changed between two app versions.

The flows are grouped exactly as report.json's ``flows`` (``analysis.flows.flow_groups``): only
requests that reached a server (an attempt blocked in the client or whose connection failed
sent nothing; README "Requests that never reached a server"), organisation as the destination's,
country where the claim check placed the server (the RTT's countries when GeoIP's answer was
impossible, from the vantage point the last ``phonehome analyze`` placed servers from). Unlike
``flows``, a diff is not scoped to the claims file's app: the groups say which captures count.
Every request id is listed (``--json``); the text output names the first few and says how many
more there are.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from analysis.claims import ClaimsFile
from analysis.enrich_rtt import Vantage
from analysis.errors import PhonehomeError
from analysis.flows import FlowKey, flow_groups
from analysis.judge import Study
from analysis.passes.check import load_study
from analysis.store import Store

KEYS = {"label", "consent", "app", "capture"}
SHOWN = 10  # request ids printed per change in the text output; the rest are counted


class DiffError(PhonehomeError):
    """A group specification is malformed or selects nothing."""


@dataclass(frozen=True, slots=True)
class Group:
    spec: str
    conditions: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(slots=True)
class Side:
    captures: list[int]
    flows: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    apps: dict[str, list[int]] = field(default_factory=dict)  # app -> its captures here


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # appears | disappears | destination-changed
    category: str
    detail: str
    base_requests: tuple[int, ...] = ()
    other_requests: tuple[int, ...] = ()


def parse_group(spec: str) -> Group:
    conditions = []
    for part in (p.strip() for p in spec.split(";") if p.strip()):
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in KEYS or not value.strip():
            raise DiffError(f"group {spec!r}: expected key=value with key one of "
                            f"{', '.join(sorted(KEYS))} (e.g. label=consent or consent=no)")
        values = tuple(v.strip() for v in value.split(",") if v.strip())
        if key == "consent" and not set(values) <= {"yes", "no", "unknown"}:
            raise DiffError(f"group {spec!r}: consent must be yes, no or unknown")
        if key == "capture" and not all(v.isdigit() for v in values):
            raise DiffError(f"group {spec!r}: capture takes capture ids such as capture=1,2")
        conditions.append((key, values))
    if not conditions:
        raise DiffError(f"group {spec!r} is empty")
    return Group(spec, tuple(conditions))


def study_of(store: Store) -> Study:
    """The study as the last check pass read it: its claims file's app and first-party list,
    and servers placed from the vantage point it placed them from (none if it placed none)."""
    claims = ClaimsFile(app=store.get_meta("app"),
                        first_party=tuple(store.get_meta("first_party") or ()),
                        user_country=None, claims=())
    point = store.get_meta("placement_vantage")
    vantage = Vantage(**point) if isinstance(point, dict) else None
    return load_study(store, claims, vantage=vantage, place=vantage is not None)


def where(key: FlowKey) -> str:
    """A flow's country as the diff prints it: "country unknown" when GeoIP could not place
    it (QA173: "(??)" read as a glitch), the RTT's countries when the server was placed by
    them."""
    if key.country:
        return key.country
    return "one of " + ", ".join(key.placed_in) if key.placed_in else "country unknown"


def select(store: Store, group: Group, study: Study | None = None) -> Side:
    ids = []
    for c in store.captures():
        have = {"label": c.capture.label or "", "consent": str(c.capture.consent),
                "app": c.capture.app or "", "capture": str(c.id)}
        if all(have[k] in values for k, values in group.conditions):
            ids.append(c.id)
    if not ids:
        raise DiffError(f"group {group.spec!r} matches no capture in the study")
    study = study or study_of(store)
    chosen = set(ids)
    side = Side(ids)
    for c in store.captures():
        if c.id in chosen:
            side.apps.setdefault(c.capture.app or "", []).append(c.id)
    side.flows = {(k.category, k.organization, where(k)): sorted(reqs) for k, reqs in
                  flow_groups(study, (i for i, r in study.requests.items()
                                      if r.capture_id in chosen)).items()}
    return side


def compare(base: Side, other: Side) -> list[Change]:
    changes: list[Change] = []

    def by_category(side: Side) -> dict[str, dict[tuple[str, str], list[int]]]:
        out: dict[str, dict[tuple[str, str], list[int]]] = defaultdict(dict)
        for (cat, org, country), reqs in side.flows.items():
            out[cat][(org, country)] = reqs
        return out

    b, o = by_category(base), by_category(other)
    for cat in sorted(set(b) | set(o)):
        bd, od = b.get(cat, {}), o.get(cat, {})
        b_reqs = tuple(sorted({r for reqs in bd.values() for r in reqs}))
        o_reqs = tuple(sorted({r for reqs in od.values() for r in reqs}))
        if not bd:
            changes.append(Change("appears", cat, "sent to " + _where(od), (), o_reqs))
        elif not od:
            changes.append(Change("disappears", cat, "was sent to " + _where(bd), b_reqs, ()))
        elif set(bd) != set(od):
            added, gone = set(od) - set(bd), set(bd) - set(od)
            parts = []
            if added:
                parts.append("now also to " + _where({k: od[k] for k in added}))
            if gone:
                parts.append("no longer to " + _where({k: bd[k] for k in gone}))
            changes.append(Change("destination-changed", cat, "; ".join(parts), b_reqs, o_reqs))
    return changes


def _where(dests: dict[tuple[str, str], list[int]]) -> str:
    return ", ".join(f"{org} ({country})" for org, country in sorted(dests))


def apps_note(side: Side) -> str:
    """A group that mixes several apps' captures says so: its flows are theirs together."""
    if len(side.apps) < 2:
        return ""
    named = "; ".join(f"{app or 'no app'}: captures {ids}"
                      for app, ids in sorted(side.apps.items()))
    return f" (several apps: {named}; add app=A to compare one app)"


def ids_text(ids: tuple[int, ...]) -> str:
    """Request ids for the text output: the first ``SHOWN``, and how many more (never cut
    silently; ``--json`` lists them all)."""
    shown = ", ".join(map(str, ids[:SHOWN]))
    more = len(ids) - SHOWN
    return f"[{shown}]" + (f" and {more} more (--json lists all)" if more > 0 else "")


def summary(base: Side, other: Side) -> dict[str, Any]:
    def sets(side: Side) -> dict[str, set[str]]:
        return {"categories": {k[0] for k in side.flows},
                "organizations": {k[1] for k in side.flows},
                "countries": {k[2] for k in side.flows}}

    bs, os_ = sets(base), sets(other)
    return {name: {"appear": sorted(os_[name] - bs[name]),
                   "disappear": sorted(bs[name] - os_[name])} for name in bs}


def diff_command(args: argparse.Namespace) -> int:
    base_group, other_group = parse_group(args.base), parse_group(args.other)
    with Store.open(args.db, create=False) as store:
        study = study_of(store)
        base = select(store, base_group, study)
        if args.other_db is None:
            other = select(store, other_group, study)
    if args.other_db is not None:
        with Store.open(args.other_db, create=False) as store2:
            other = select(store2, other_group)
    changes = compare(base, other)
    moves = summary(base, other)
    result: dict[str, Any] = {
        "base": {"group": args.base, "captures": base.captures, "apps": base.apps},
        "other": {"group": args.other, "captures": other.captures, "apps": other.apps},
              "summary": moves, "changes": [asdict(c) for c in changes]}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"base  {args.base}: captures {base.captures}, {len(base.flows)} flows"
          + apps_note(base))
    print(f"other {args.other}: captures {other.captures}, {len(other.flows)} flows"
          + apps_note(other))
    if not changes:
        print("No difference in categories, organisations or countries.")
    for c in changes:
        ev = []
        if c.base_requests:
            ev.append(f"base requests {ids_text(c.base_requests)}")
        if c.other_requests:
            ev.append(f"other requests {ids_text(c.other_requests)}")
        print(f"{c.kind:>20}  {c.category}: {c.detail}  [{'; '.join(ev)}]")
    for name, move in moves.items():
        if move["appear"] or move["disappear"]:
            print(f"{name}: +{move['appear']} -{move['disappear']}")
    return 0
