"""A payment card's number written masked inside a text: a crash breadcrumb's
``"pardakht kart=610433******7713 mablagh=4500000"`` (QA204: a payment's card, sent with a crash
report to an SDK abroad while a claim said card details stay in Iran).

A field whose whole value is a masked card is read by its shape (``iban.masked_card``); inside a
log line or a message the same number is the same data (TAXONOMY.md ``financial.payment``). Read
only the form that names the issuer: its first six digits, six masked ones and the last four
(PCI DSS 3.4's display, "610433******7713", "4921 81** **** 7417"), which nothing but a card
is written as; a number masked but for its last four is an account's or a phone's as often.
``financial.payment`` at 0.7, in a string field no reading named so.
"""

from __future__ import annotations

import re

from analysis.classifiers.base import Unread, leaf_finding
from analysis.classifiers.iban import ISSUER_MASKED
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "financial.payment"
CONFIDENCE = 0.7
RULE = "value.card-in-text"
MAX_TEXT = 4096
_MASKED_IN_TEXT = re.compile(rf"(?<![\w*•])(?:{ISSUER_MASKED})(?![\w*•])")


def cards_in_text(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``financial.payment`` for the texts holding a masked card number with its issuer's
    digits (above)."""
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for leaf in decoded.leaves:
        text = leaf.text
        if (type(leaf.value) is not str or len(text) < 20
                or ("*" not in text and "•" not in text)
                or not _MASKED_IN_TEXT.search(text[:MAX_TEXT])
                or not unread.claim(leaf.part, leaf.path)):
            continue
        out.append(leaf_finding(exchange_id, leaf, CATEGORY, CONFIDENCE,
                                "a text holds a payment card's number, masked but for its "
                                "issuer's digits and its last four", RULE))
    return out
