"""Helpers for the twenty-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families22_kit``).

This kit adds what the set's apps share: the places that are not the user's (a school, a pharmacy,
listed houses, a podcast studio, a utility's office: negatives), businesses' phone numbers and
addresses (look-alikes), the user's child, her medicines and insurance card, the apps' common
request headers and a few value shapes (request IDs, card test numbers, licence plates).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import CRED, DEV, DID, UID
from eval_families20_kit import App, opaque
from eval_families22_kit import sdk_uuid
from eval_payloads import INSTALL_ID, USER_ID, L, rnd_hex

# Places that are not the user's: their coordinates are negatives.
SCHOOL_AT = (40.75208, -73.98102)
PHARMACY_AT = (40.74402, -73.98533)
LISTINGS_AT = [(40.68114, -73.97622), (40.67893, -73.98011), (40.68422, -73.96978)]
STUDIO_AT = (40.72155, -74.00447)
UTILITY_AT = (40.71281, -74.01332)
WORK_AT = (40.75389, -73.98377)  # the user's own office: labelled where the user sends it

# Businesses' and other people's numbers and addresses (look-alikes of the user's values).
PHARMACY_PHONE = "+12125550171"
PRESCRIBER_PHONE = "+12125550164"
AGENT_PHONE = "+17185550132"
SCHOOL_PHONE = "+12125550149"
INSTALLER_PHONE = "+18005550117"
AGENT_MAIL = "listings@harborline.example.com"
PHARMACY_LINE = "212 Lexington Avenue"
LISTING_LINE = "418 Sterling Place"
SCHOOL_LINE = "88 West 40th Street"
WORK_LINE = "11 West 42nd Street"

# The user's child (typed by the parent) and the user's medicines and insurance.
CHILD, CHILD_DOB, CHILD_GRADE = "Leo Doe", "2016-03-09", "3"
MEDS = [("Lisinopril", "10 mg"), ("Sertraline", "50 mg")]
RX = ["RX6624190", "RX6624377"]
MEMBER_ID, GROUP_NO, BIN, PCN = "ZQH482910377", "GRP-88120", "610014", "MEDDPRIME"
CARD, CARD_EXP, CARD_CVC = "4111111111111111", ("08", "2028"), "737"
PLATE = "KJT-4821"  # the user's car plate (unlabelled: no taxonomy type; see the set docstring)


def rid(rng: random.Random) -> str:
    """A request or trace ID (a negative)."""
    return sdk_uuid(rng)


def hdrs(app: App, rng: random.Random, *, bearer: str | None = None, iid: str = "plain",
         extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app's usual headers: its User-Agent, the install ID, a request ID and a bearer."""
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV), "X-Request-Id": rid(rng)}
    if iid == "plain":
        h["X-Install-Id"] = L(INSTALL_ID, DID)
    elif iid == "upper":
        h["X-Device-Id"] = L(INSTALL_ID.upper(), DID)
    elif iid == "nodash":
        h["X-Device-Id"] = L(INSTALL_ID.replace("-", ""), DID)
    if bearer == "opaque":
        h["Authorization"] = L("Bearer " + opaque(rng, "at_", 48), CRED)
    elif bearer == "session":
        h["X-Session-Token"] = L(opaque(rng, "st.", 32), CRED)
    if extra:
        h.update(extra)
    return h


def bearer_jwt(rng: random.Random, **claims: Any) -> dict[str, Any]:
    """JWT claims in the usual shape: ``sub`` the user ID, times and issuer unlabelled."""
    base: dict[str, Any] = {"sub": L(USER_ID, UID), "iat": 1765300000, "exp": 1765303600,
                            "jti": rnd_hex(rng, 16)}
    base.update(claims)
    return base


def other_ids(rng: random.Random, n: int, pre: str = "u_") -> list[str]:
    """Other users' opaque IDs (a leaderboard, a group): negatives."""
    return [pre + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
                          for _ in range(10)) for _ in range(n)]


__all__ = ["AGENT_MAIL", "AGENT_PHONE", "BIN", "CARD", "CARD_CVC", "CARD_EXP", "CHILD",
           "CHILD_DOB", "CHILD_GRADE", "GROUP_NO", "INSTALLER_PHONE", "LISTINGS_AT",
           "LISTING_LINE", "MEDS", "MEMBER_ID", "PCN", "PHARMACY_AT", "PHARMACY_LINE",
           "PHARMACY_PHONE", "PLATE", "PRESCRIBER_PHONE", "RX", "SCHOOL_AT", "SCHOOL_LINE",
           "SCHOOL_PHONE", "STUDIO_AT", "UTILITY_AT", "WORK_AT", "WORK_LINE", "bearer_jwt",
           "hdrs", "other_ids", "rid"]
