"""A payment card's number read by its shape alone (an issuer's prefix and a Luhn digit: 0.55
in ``value.py``, as an order's or a ticket's number is as often) confirmed by an expiry date
beside it in the same object ("09/28", "09/2028"), as a card form sends them: then it can
decide a claim (0.8). The card's fields are named in the app's own words as often
("kaad_nomba" beside "ekspaiyri": QA156; "kartae_nomyr": QA157), so the date is read by its
value, not its key: whole ("09/28"), or as a form splits it, a month (01-12), a year (this
year's two or four digits to fifteen years on) and a security code of three or four digits,
each its own field beside the number (QA177's "eks_mont", "eks_yie", "sivivi").
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from analysis.classifiers.paths import path_words
from analysis.decoders import Decoded
from analysis.records import Finding

CONFIDENCE = 0.8
# ...not a loyalty card's, a gift card's, a pass's or a voucher's number, which have expiry
# dates too (the review: "tarjeta_puntos", "gc", "pase")
NOT_PAYMENT = frozenset({"loyalty", "points", "puntos", "gift", "giftcard", "gc", "pass", "pase",
                         "transit", "membership", "rewards", "voucher", "coupon", "club"})
_EXPIRY = re.compile(r"(?:0[1-9]|1[0-2])\s?[/-]\s?(?:\d{2}|20\d{2})")


def cards_in_context(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with each shape-only card number beside an expiry date raised (above)."""
    shaped = {(f.part, f.path) for f in found if f.rule == "value.card" and f.confidence < 0.6
              and not NOT_PAYMENT & path_words(f.path)}
    if not shaped:
        return found
    objects = {(part, path.rpartition(".")[0]) for part, path in shaped}
    dated = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
             if (leaf.part, leaf.path.rpartition(".")[0]) in objects
             and _EXPIRY.fullmatch(leaf.text.strip())}
    dated |= {where for where in objects - dated if _split_expiry(decoded, where)}
    return [dataclasses.replace(f, confidence=CONFIDENCE,
                                evidence=f"{f.evidence}; an expiry date beside it")
            if (f.part, f.path) in shaped and (f.part, f.path.rpartition(".")[0]) in dated
            else f for f in found]


def _split_expiry(decoded: Decoded, where: tuple[object, str]) -> bool:
    """Whether the object ``where`` holds a month, a year and a security code as a card form
    splits them, each a field of its own."""
    this_year = datetime.datetime.now(datetime.UTC).year
    kinds = set()
    for leaf in decoded.leaves:
        if (leaf.part, leaf.path.rpartition(".")[0]) != where or "[" in leaf.path[len(where[1]):]:
            continue
        text = leaf.text.strip()
        if not text.isdigit():
            continue
        n = int(text)
        if (len(text) == 2 and 1 <= n <= 12 and text[0] == "0") or text in ("10", "11", "12"):
            kinds.add("month")
        if (len(text) == 2 and this_year % 100 <= n <= this_year % 100 + 15) or (
                len(text) == 4 and this_year <= n <= this_year + 15):
            kinds.add("year")
        if len(text) in (3, 4) and not this_year <= n <= this_year + 15:
            kinds.add("code")
    return {"month", "year", "code"} <= kinds
