"""Order and booking IDs in a URL's path, read by the collection they are an item of, and the
IDs of the people a user cares for (below).

An app's own API names an order or a booking in the path of the call about it (``POST
/v2/orders/PP-661027/rating``, ``/v3/reservations/TW-77104/cancel``): the segment after a
collection's name is an item of it (RFC 3986 §3.3 hierarchical paths; the collection/item
convention of REST APIs). An order's or a booking's ID is ``financial.purchase``, as the same ID
is when a body sends it under its key name (``order_id``: rules/keys.toml); an app shows a user
only their own orders. Not so for ``/users/{id}``: a marketplace or a social app fetches other
people's profiles that way (blind17), so user IDs in paths are left to the device profile. The
segment must look like an ID (letters and digits with a digit, not a date: ``order_ref``; or
five digits or more), so
``/orders/history``, ``/orders/2024-06``, ``/booking/step-2`` or a static file under
``/static/js/orders/`` say nothing.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding, Part

# collection names whose items are orders or bookings ("tickets" may be a help desk's,
# "receipts" a chat's read receipts: QA31)
COLLECTIONS = frozenset({"orders", "order", "bookings", "booking", "reservations",
                         "reservation", "purchases", "purchase", "invoices"})
CONFIDENCE = 0.7
# items that are no ID whatever their shape
NOT_IDS = frozenset({"me", "self", "current", "mine", "new", "latest", "all"})
# ...nor these (QA31): a static file ("main.8f3a2c1b.chunk.js"), a wizard's step or a page,
# an API version ("v2", "v2.1"), a slug of words ("checkout-v2")
NOT_ITEMS = re.compile(r"(?i).*\.(js|mjs|css|map|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|html?)"
                       r"|(step|page|part|stage|phase)[-_]?\d+|v\d{1,3}(\.\d+)*"
                       r"|[a-z]+(-[a-z]+)*(-v\d+)?")


# ...and the people a caregiver, a parent or a guardian manages (``/v1/care-recipients/cr_5e1a…
# /location/latest``, ``/v2/students/stu_9f41…/report``: blind71, blind72): the item is a
# person's ID, the user's father's or child's (``id.user``, as their ``student_id`` is by its key
# name), never an order's
# (not a baby monitor's "/babies/{id}" nor a clinic's "/patients/{id}": the blind sets label
# those a device's or a record's as often as a person's)
DEPENDENTS = frozenset({"children", "kids", "students", "pupils", "learners", "dependents",
                        "dependants", "carerecipients", "wards"})
PERSON_CONFIDENCE = 0.65


def url_order_ids(exchange_id: int, decoded: Decoded) -> list[Finding]:
    segments = decoded.url_segments()
    if len(segments) < 2 or not any(map(_listed, segments[:-1])):
        return []
    out = []
    # each segment's own leaf, by its index, when it is one: a segment a decoder unwrapped (a
    # token, base64) has leaves of its own below it and is no order ID (the walk makes the URL's
    # leaves first)
    plain: dict[int, Leaf] = {}
    for leaf in decoded.leaves:
        if leaf.part != Part.URL:
            break
        m = _SEGMENT.fullmatch(leaf.path)
        if m and not leaf.layers and not leaf.wrapped:
            plain[int(m.group(1))] = leaf
    for i, leaf in plain.items():
        before = plain.get(i - 1)
        # a percent-encoded ID is read as the server reads it ("ORD%2F2024%2F00123"), without
        # a matrix parameter ("123456;jsessionid=...")
        text = unquote(leaf.text.strip()).partition(";")[0]
        if (before is None or not _listed(before.text) or text.lower() in NOT_IDS
                or NOT_ITEMS.fullmatch(text)
                or not (validate("order_ref", text) or (text.isdigit() and len(text) >= 5))):
            continue
        if _collection(before.text):
            out.append(leaf_finding(
                exchange_id, leaf, "financial.purchase", CONFIDENCE,
                f"URL path segment after '{before.text}' is an order's or a booking's ID (an "
                "item of that collection)", "context.url-order"))
        else:
            out.append(leaf_finding(
                exchange_id, leaf, "id.user", PERSON_CONFIDENCE,
                f"URL path segment after '{before.text}' is the ID of a person the user cares "
                "for (an item of that collection)", "context.url-person"))
    return out


def _listed(segment: str) -> bool:
    return _collection(segment) or segment.lower().replace("-", "").replace("_", "") in DEPENDENTS


# a collection's name may carry what its items are about ("orderDetails", "booking-status")
ABOUT = frozenset({"details", "detail", "info", "status", "summary"})
_SEGMENT = re.compile(r"path\[(\d+)\]")


def _collection(segment: str) -> bool:
    """``segment`` names a collection of orders or bookings (QA31: camelCase and suffixed)."""
    if segment.lower() in COLLECTIONS:
        return True
    words = key_words(segment)
    return len(words) == 2 and words[0] in COLLECTIONS and words[1] in ABOUT
