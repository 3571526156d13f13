"""Helpers for the twenty-second (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``check_ci``/``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families21_kit``; ``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).

This kit adds what the set's apps share: the places that are not the user's (a car-rental branch,
a museum, a bike dock, a sports field, a parcel locker, a tutor's studio: negatives), businesses'
phone numbers and support addresses (look-alikes), the user's documents (a driver's licence, a
passport, a trusted-traveller number), the user's child and partner (another person's data typed
by the user), a GraphQL body, JSON Lines bodies with their labels, the SDKs' per-install IDs and
the user's e-mail and phone in the transforms SDKs apply (trimmed and lower-cased before hashing).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, encode, jsonl, raw, sha
from eval_payloads import EMAIL, Case, rnd_hex

# Places that are not the user's: their own coordinates are negatives.
BRANCH_AT = (40.77291, -73.87193)
MUSEUM_AT = (40.76141, -73.97762)
DOCK_AT = (40.73922, -73.98679)
FIELD_AT = (40.66482, -73.96968)
LOCKER_AT = (40.74533, -73.98396)
STUDIO_AT = (40.72914, -73.99802)
AIRPORT_AT = (40.64131, -73.77814)

# Businesses' numbers and addresses (look-alikes of the user's phone and e-mail).
BRANCH_PHONE = "+17185550122"
MUSEUM_PHONE = "+12125550190"
PHYSICIAN_PHONE = "+12125550188"
SUPPORT_MAIL = "care@skyvale.example.com"
NOREPLY_MAIL = "no-reply@parcelpath.example.net"

# The user's documents.
LICENCE = "914207385"  # a New York driver's licence number (nine digits)
PASSPORT = "A41872093"
KTN = "TT98R4K72"  # a trusted-traveller number
FFN = "SV48213377"  # the airline's frequent-flyer number (the user's account there)
MEMBER = "MBR-0045512"  # a museum membership number

# The user's child and partner (typed by the user: their names, dates and numbers are labelled).
CHILD_FIRST, CHILD_DOB = "Mia", "2015-08-22"
PARTNER = ("Alex Doe", "+15550176612", "alex.doe@example.net")

# The user's e-mail and phone as SDKs normalise them before hashing.
EMAIL_TYPED = "  Jane.Doe@Example.ORG "  # as typed in a form (spaces, capitals)
EMAIL_NORM_SHA256 = sha("sha256", EMAIL_TYPED.strip().lower())
PHONE_E164_SHA256 = sha("sha256", E164)
assert sha("sha256", EMAIL) == EMAIL_NORM_SHA256


def gql(op: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    """A GraphQL request body: the operation name and text are the app's, variables the user's."""
    return {"operationName": op, "query": query, "variables": variables}


def lines(family: str, url: str, records: list[Any], *, headers: dict[str, Any] | None = None,
          cookies: dict[str, Any] | None = None, gz: bool = False,
          ctype: str = "application/x-ndjson") -> Case:
    """A JSON Lines body (record ``i`` at ``[i]``), optionally gzip-encoded."""
    acc: Acc = {}
    data = jsonl(records, acc)
    c = raw(family, url, data, ctype, {}, headers=headers, cookies=cookies)
    return add(encode(c, "gzip") if gz else c, acc)


def sdk_uuid(rng: random.Random) -> str:
    """An SDK's own per-install UUID (lower-case, dashed)."""
    return "-".join(rnd_hex(rng, n) for n in (8, 4, 4, 4, 12))


def tracking(rng: random.Random) -> str:
    """A parcel tracking number in a common carrier shape (``1Z`` + 16 characters)."""
    return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))


__all__ = ["AIRPORT_AT", "BRANCH_AT", "BRANCH_PHONE", "CHILD_DOB", "CHILD_FIRST", "DOCK_AT",
           "EMAIL_NORM_SHA256", "EMAIL_TYPED", "FFN", "FIELD_AT", "KTN", "LICENCE", "LOCKER_AT",
           "MEMBER", "MUSEUM_AT", "MUSEUM_PHONE", "NOREPLY_MAIL", "PARTNER", "PASSPORT",
           "PHONE_E164_SHA256", "PHYSICIAN_PHONE", "STUDIO_AT", "SUPPORT_MAIL", "gql", "lines",
           "sdk_uuid", "tracking"]
