"""Helpers for the hundred-and-twentieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` to
``eval_families24_kit``; ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's; ``fix``,
``home`` and ``obj`` set 37's).

This kit adds what the set's apps share. She has lived in Gøta on Eysturoy (Faroe Islands) for two
years with her husband Sjúrður and her son Rói: her Faroese home and its point, her p-tal (the
Faroese personal identity number), the husband and the son; the heliports and ferry terminals
(negatives), the lambing fields and her fixes there, the salmon farm's site (a negative) and her
fixes on the pier and the workboat, the festival's venue (a negative), the light-therapy lamp (an
accessory: negatives) and the academy's pitch (a negative); plus ``common``, the three calls
every app makes (push registration with the device, an event log in gzip and a cookie GET).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import CRED, DEV, DID, PRECISE, UID, USAGE, push_token
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, USER_ID, Case, L, case

Pt = tuple[float, float]

# --- her life in the Faroes ----------------------------------------------------------------------
FO_HOME = {"line": "Heimavegur 12", "postcode": "FO-510", "town": "Gøta"}
FO_HOME_AT = (62.200913, -6.739842)  # her house in Norðragøta (location.precise where sent)
PTAL = "170591-482"  # her p-tal: birth date DDMMYY and three digits (personal.national_id)
HUSBAND = ("Sjúrður Joensen", "+298215577", "sjurdur.j@example.net")
SON = ("Rói", "Joensen", "2015-03-02", 10)  # her son: first, last, birth date, age
SON_ID = "plr_6e02b7c1"  # his player ID at the academy (id.user)
FO_IBAN = "FO9264600001631634"  # her Faroese bank account (financial.payment)

# --- places of others (negatives) --------------------------------------------------------------
HELIPORT_TH = (62.01132, -6.77641)  # Tórshavn heliport
HELIPORT_MY = (62.10381, -7.64512)  # Mykines
FERRY_TERM = {"id": "HAV-TH", "name": "Tórshavn ferjulega", "lat": 62.00723, "lon": -6.77152,
              "phone": "+298345900"}
VENUE = {"id": "ven_norr", "name": "Norðurlandahúsið", "lat": 62.01654, "lon": -6.77989,
         "phone": "+298351351"}
FARM_SITE = {"id": "A-71", "name": "Gøtuvík", "lat": 62.18952, "lon": -6.72401}
PITCH_AT = (62.19751, -6.73319)  # the academy's pitch (a negative)
VET = ("Dýralæknastovan", "+298443322")  # the vet practice (a negative)

# --- her own fixes away from the profile's position ----------------------------------------------
FIELD_AT = (62.206314, -6.751288)  # the lambing field (the hagi) above the village
PIER_AT = (62.190427, -6.727351)  # the farm's pier, where she clocks in
TERMINAL_FIX = (62.007341, -6.771289)  # her phone at the ferry terminal
VENUE_FIX = (62.016622, -6.779741)  # her phone at the festival


def fo(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (3 or more: ``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def walk(rng: random.Random, n: int, at: Pt = FIELD_AT, t0: int = 1773900000,
         step: float = 0.00018) -> list[dict[str, Any]]:
    """Her own GPS fixes walking round a field or steering a boat (``location.precise``)."""
    la, lo, out = at[0], at[1], []
    for i in range(n):
        la += rng.uniform(-step, step)
        lo += rng.uniform(-step, step) * 2
        out.append({"t": t0 + 30 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "acc": round(rng.uniform(3, 9), 1)})
    return out


def common(app: App, rng: random.Random, iid: str, events: list[tuple[str, dict[str, Any]]],
           cookie: str, history: str, how: str = "plain") -> list[Case]:
    """Push registration (token, install ID, model, OS, locale, zone), the app's own event log
    (gzip; the user ID, event names ``behavior.usage``) and a cookie-authenticated GET."""
    a, f = app.api, app.fam
    return [
        case(f, f"{a}/push/devices", headers=head(app, rng, iid=iid, how=how, auth="bearer"),
             body={"token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
                   "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                   "locale": L("fo_FO", DEV), "tz": L("Atlantic/Faroe", DEV)}),
        case(f, f"{a}/events", gz=True, headers=head(app, rng, iid=iid, how=how, auth="bearer"),
             body={"user": L(USER_ID, UID), "appVersion": app.ver,
                   "events": [ev(n, i, **p) for i, (n, p) in enumerate(events)]}),
        case(f, f"{a}/{history}", headers=head(app, rng, iid=iid, how="none", lang=True),
             cookies={cookie: L(opaque(rng, "", 40), CRED), "consent": "analytics=1"}),
    ]


def scr(name: str) -> dict[str, Any]:
    """A screen view's parameters (the screen's name ``behavior.usage``)."""
    return {"screen": L(name, USAGE)}


__all__ = ["FARM_SITE", "FERRY_TERM", "FIELD_AT", "FO_HOME", "FO_HOME_AT", "FO_IBAN",
           "HELIPORT_MY", "HELIPORT_TH", "HUSBAND", "PIER_AT", "PITCH_AT", "PTAL", "SON",
           "SON_ID", "TERMINAL_FIX", "VENUE", "VENUE_FIX", "VET", "common", "fo", "scr", "walk"]
