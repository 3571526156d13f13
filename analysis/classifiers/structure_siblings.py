"""Typing rhythm spread over sibling lists: a hold (dwell) list beside a flight list, or
beside a key-timing series already found (``dwell_ms`` next to ``flight_ms``, ``ks_dwell`` next
to ``ks_flight``) — the two halves of one typing rhythm (keystroke-dynamics literature's dwell
and flight times)."""

from __future__ import annotations

from analysis.classifiers.structure_base import finding as _finding
from analysis.classifiers.structure_base import tokens
from analysis.classifiers.structure_base import word_list as _words
from analysis.classifiers.structure_shapes import varied
from analysis.decoders import Node
from analysis.records import Finding


def _timing_list(node: Node, kinds: frozenset[str], minimum: int = 5) -> bool:
    items = node.value
    words = tokens(node.path, node.parent)
    # at typing speed (tens to hundreds of ms): a heatmap's dwell per element is longer
    return (bool(words & kinds) and len(items) >= minimum and not words & _words("not_typing")
            and all(type(x) in (int, float) and 0 < x < 2000 for x in items) and varied(items)
            and sorted(items)[len(items) // 2] <= 400)


HOLD = frozenset({"dwell", "hold"})
PAIR_MINIMUM = 4  # key holds of a hold/flight pair (a PIN); a flight list has one fewer
FLIGHT = frozenset({"flight"})


def typing_sibling(ex: int, node: Node, sibling: str) -> Finding | None:
    """A "dwell"/"hold" series beside a key timing series (``dwell_ms`` next to ``flight_ms``,
    ``ks_dwell`` next to ``ks_flight``): the two halves of one typing rhythm."""
    if not _timing_list(node, HOLD | FLIGHT, PAIR_MINIMUM - 1):
        return None
    return _finding(ex, node, "behavior.keystroke", 0.8,
                    f"series of {len(node.value)} key timing values beside '{sibling}'",
                    "dwell" if tokens(node.path, node.parent) & HOLD else "flight",
                    "structure.keystroke-series")


def typing_pairs(nodes: list[Node]) -> list[tuple[Node, str]]:
    """Among unread lists, a hold list and a flight list in one object: each with the other's
    name (their sibling)."""
    by_parent: dict[tuple[str, str], list[Node]] = {}
    for n in nodes:
        by_parent.setdefault((n.part, n.path.rpartition(".")[0]), []).append(n)
    out = []
    for group in by_parent.values():
        # both halves side by side say typing even for a PIN's four keys (4 holds, 3 flights)
        holds = [n for n in group if _timing_list(n, HOLD, PAIR_MINIMUM)]
        flights = [n for n in group if _timing_list(n, FLIGHT, PAIR_MINIMUM - 1)]
        if holds and flights:
            out += [(n, flights[0].key) for n in holds] + [(n, holds[0].key) for n in flights]
    return out
