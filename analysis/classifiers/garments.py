"""A garment's measurements: a waist, hips, bust or inseam sent to a listing's, an item's or a
product's call are the garment's (QA51: a pair of jeans listed with its ``waist_cm`` and
``inseam_cm``), not the user's body (``key.body-measure``: blind21's ``/users/me/sizes``). The
rule voids them under such an object; this reads the call, but for measures inside a person's
own object (``{"user": {"waist_cm": ...}}`` sent for a size recommendation).
"""

from __future__ import annotations

from analysis.classifiers.paths import path_words
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.records import Finding

RULE = "key.body-measure"
PEOPLE = frozenset({"user", "me", "profile", "customer", "member", "body", "measurements",
                    "shopper"})
GARMENT_CALLS = frozenset({"listing", "listings", "item", "items", "product", "products",
                           "garment", "garments", "catalog", "catalogue", "inventory", "sell",
                           "selling", "offer", "offers"})


def garments_not_bodies(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the body measures sent to a garment's call (above)."""
    if not any(f.rule == RULE for f in found) or not url_words(decoded) & GARMENT_CALLS:
        return found
    return [f for f in found if f.rule != RULE or PEOPLE & path_words(f.path)]
