"""Helpers for the twenty-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families23_kit``).

This kit adds what the set's apps share: the places that are not the user's (a vet clinic, a
hotel abroad, a garage, a parking zone's sign, a food bank, an audiologist: negatives), businesses'
phone numbers, addresses and mailboxes (look-alikes), the user's dog (not a person: its name,
birthday, sex, weight, microchip and medicines are negatives), her hearing aids (serials, Bluetooth
addresses, models and firmware of an accessory, not of the phone: negatives), her payout bank
account, her social security number and a second test card, the apps' usual request headers under
app-specific header names, and a few value shapes (request IDs, confirmation codes).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import CRED, DEV, DID, UID
from eval_families20_kit import App, opaque
from eval_families22_kit import sdk_uuid
from eval_payloads import INSTALL_ID, USER_ID, L, rnd_hex

# Places that are not the user's: their coordinates are negatives.
VET_AT = (40.73562, -73.99104)
HOTEL_AT = (38.71138, -9.14163)  # a guesthouse in Lisbon (the trip's destination)
GARAGE_AT = (40.75347, -73.98419)
ZONE_SIGN_AT = (40.74207, -73.98870)  # the parking zone's posted sign (the city's data)
FOODBANK_AT = (40.72983, -73.97817)
CLINIC_AT = (40.76038, -73.97155)  # the audiologist's practice

# Businesses' numbers, addresses and mailboxes (look-alikes of the user's values).
VET_PHONE = "+12125550136"
HOTEL_PHONE = "+351215550142"
GARAGE_PHONE = "+12125550125"
AUDIOLOGIST_PHONE = "+12125550158"
FOODBANK_PHONE = "+17185550166"
VET_LINE = "212 East 14th Street"
HOTEL_LINE = "Rua das Flores 41"
GARAGE_LINE = "40 West 40th Street"
FRONTDESK_MAIL = "frontdesk@casaflores.example.net"
COORDINATOR_MAIL = "volunteers@harvestshare.example.org"
NOREPLY = "no-reply@curbly.example.com"

# The user's dog: a pet's data, not a person's (negatives, also where key names look medical).
PET = {"name": "Biscuit", "species": "dog", "breed": "Beagle", "dob": "2019-04-02",
       "sex": "male", "weight_kg": 11.4, "microchip": "985112004567321", "neutered": True}
PET_MEDS = ["Carprofen 75 mg", "Simparica Trio"]

# The user's hearing aids (an accessory's identifiers: negatives) and her audiogram (dB HL).
AIDS = {"left": {"serial": "HL7-4471902", "ble": "C4:7F:0E:21:9A:10", "model": "Loop 7 RIC",
                 "fw": "3.2.1", "battery": 82},
        "right": {"serial": "HL7-4471917", "ble": "C4:7F:0E:21:9A:2B", "model": "Loop 7 RIC",
                  "fw": "3.2.1", "battery": 77}}
FREQS = [250, 500, 1000, 2000, 4000, 8000]
AUDIOGRAM = {"left": [20, 25, 35, 45, 55, 60], "right": [25, 30, 40, 50, 60, 65]}

# The user's money and documents.
CARD2, CARD2_EXP, CARD2_CVC = "5555555555554444", ("11", "2029"), "512"
ROUTING, ACCOUNT = "110000000", "000123456789"  # a payout account (test numbers)
SSN = "987-65-4325"  # in the range reserved for examples
PLATE_STATE = "NY"

WEBVIEW_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) "
              "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.81 Mobile "
              "Safari/537.36")  # a web view's User-Agent (names the model: device.info)

# Booking, order and reservation codes (purchases; see the set's docstring).
BOOKING = "SL-4KX92Q"
ORDER_BUY, ORDER_SALE = "TC-20051988", "TC-19988312"
RESERVATION = "CRB-77120"


def rid(rng: random.Random) -> str:
    """A request, trace or idempotency ID (a negative)."""
    return sdk_uuid(rng)


def sdk_id(app: App, sdk: str) -> str:
    """An SDK's own per-install UUID, the same in every call the app makes (``id.device``)."""
    return sdk_uuid(random.Random(f"{app.pkg}/{sdk}"))


def head(app: App, rng: random.Random, *, iid: str = "X-Install-Id", how: str = "plain",
         auth: str | None = None, lang: bool = False,
         extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app's usual headers: its User-Agent, the install ID under the app's header name
    (``how``: plain, upper, nodash or none), a request ID, an opaque bearer or session and
    (``lang``) the locale."""
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV), "X-Request-ID": rid(rng)}
    if lang:
        h["Accept-Language"] = L("en-US,en;q=0.9", DEV)
    if how == "plain":
        h[iid] = L(INSTALL_ID, DID)
    elif how == "upper":
        h[iid] = L(INSTALL_ID.upper(), DID)
    elif how == "nodash":
        h[iid] = L(INSTALL_ID.replace("-", ""), DID)
    if auth == "bearer":
        h["Authorization"] = L("Bearer " + opaque(rng, "at_", 44), CRED)
    elif auth == "session":
        h["X-Auth-Session"] = L(opaque(rng, "s1.", 36), CRED)
    if extra:
        h.update(extra)
    return h


def claims(rng: random.Random, **more: Any) -> dict[str, Any]:
    """Bearer JWT claims: ``sub`` the user ID; issuer, audience, times and ``jti`` unlabelled."""
    base: dict[str, Any] = {"iss": "https://auth.example.com", "sub": L(USER_ID, UID),
                            "aud": "mobile", "iat": 1765300000, "exp": 1765303600,
                            "jti": rnd_hex(rng, 16)}
    base.update(more)
    return base



def others(rng: random.Random, n: int, pre: str = "usr_") -> list[str]:
    """Other users' opaque IDs (sellers, teammates, followers): negatives."""
    alpha = "abcdefghijkmnpqrstuvwxyz23456789"
    return [pre + "".join(rng.choice(alpha) for _ in range(12)) for _ in range(n)]


__all__ = ["ACCOUNT", "AIDS", "AUDIOGRAM", "AUDIOLOGIST_PHONE", "BOOKING", "CARD2", "CARD2_CVC",
           "CARD2_EXP", "CLINIC_AT", "COORDINATOR_MAIL", "FOODBANK_AT", "FOODBANK_PHONE",
           "FREQS", "FRONTDESK_MAIL", "GARAGE_AT", "GARAGE_LINE", "GARAGE_PHONE", "HOTEL_AT",
           "HOTEL_LINE", "HOTEL_PHONE", "NOREPLY", "ORDER_BUY", "ORDER_SALE", "PET", "PET_MEDS",
           "PLATE_STATE", "RESERVATION", "ROUTING", "SSN", "VET_AT", "VET_LINE", "VET_PHONE",
           "WEBVIEW_UA", "ZONE_SIGN_AT", "claims", "head", "others", "rid", "sdk_id"]
