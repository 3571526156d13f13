"""Order and booking IDs in a URL's path, read by the collection they are an item of.

An app's own API names an order or a booking in the path of the call about it (``POST
/v2/orders/PP-661027/rating``, ``/v3/reservations/TW-77104/cancel``): the segment after a
collection's name is an item of it (RFC 3986 §3.3 hierarchical paths; the collection/item
convention of REST APIs). An order's or a booking's ID is ``financial.purchase``, as the same ID
is when a body sends it under its key name (``order_id``: rules/keys.toml); an app shows a user
only their own orders. Not so for ``/users/{id}``: a marketplace or a social app fetches other
people's profiles that way (blind17), so user IDs in paths are left to the device profile. The
segment must look like an ID (letters and digits with a digit, ``identifier``), so
``/orders/history`` says nothing.
"""

from __future__ import annotations

from itertools import pairwise

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.validators import validate
from analysis.decoders import Decoded
from analysis.records import Finding, Part

# collection names whose items are orders or bookings ("tickets" may be a help desk's)
COLLECTIONS = frozenset({"orders", "order", "bookings", "booking", "reservations",
                         "reservation", "purchases", "purchase", "invoices", "receipts"})
CONFIDENCE = 0.7
# items that are no ID whatever their shape
NOT_IDS = frozenset({"me", "self", "current", "mine", "new", "latest", "all"})


def url_order_ids(exchange_id: int, decoded: Decoded) -> list[Finding]:
    segments = decoded.url_segments()
    if len(segments) < 2 or COLLECTIONS.isdisjoint(s.lower() for s in segments[:-1]):
        return []
    out = []
    leaves = [leaf for leaf in decoded.leaves[:len(segments)] if leaf.part == Part.URL]
    for before, leaf in pairwise(leaves):
        text = leaf.text.strip()
        if (before.text.lower() not in COLLECTIONS or text.lower() in NOT_IDS
                or not validate("identifier", text)
                or (text[:1] in "vV" and text[1:].replace(".", "").isdigit())):
            continue
        out.append(leaf_finding(
            exchange_id, leaf, "financial.purchase", CONFIDENCE,
            f"URL path segment after '{before.text}' is an order's or a booking's ID (an item "
            "of that collection)", "context.url-order"))
    return out
