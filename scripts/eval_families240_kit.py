"""Helpers for the two-hundred-and-fortieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Catania (Sicily,
Italy; EUR, zone Europe/Rome, her US SIM roaming on an Italian network) in a flat in the Borgo
with her Sicilian husband Salvatore ("Turi") Mangiaracina, from Palermo; their daughter Agata (7)
goes to a play centre in Catania after school; her mother-in-law Concetta Mangiaracina lives in
Palermo (the Noce quarter), where Jane goes for the bone clinic and the anti-racket network; the
husband's cousin Nunzia Mangiaracina lives in Catania and picks Agata up on Tuesdays; her sister
Emily Doe is in Ohio. All fictional. Italian tax codes (``codice fiscale``) are computed with the
real rule (the check letter from the odd/even tables, sum mod 26) and the IBAN has a valid CIN
and check digits (mod 97); the numbers belong to nobody.

Her places (the Catania flat, her fixes at the ash collection point, the granita bar, the bone
clinic, the €1 house in Prizzi, the anti-racket march, the play centre's door, the orange grove)
are hers (``location.precise`` where sent); the collection point, the bar, the clinic, the town
hall, the network's office and its member shops, the play centre and the grower's farm are
businesses' or the city's (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Rome"
NID = "personal.national_id"

# --- her Catania life -----------------------------------------------------------------------------
HOME = {"line": "Via Gabriele D'Annunzio 74, scala B, int. 9", "area": "Borgo-Sanzio",
        "town": "Catania", "prov": "CT", "region": "Sicilia", "post": "95128"}
HOME_AT = (37.518204, 15.083417)  # their flat (location.precise where sent)
CF_HER = "DOEJNA91E57Z404Z"  # her codice fiscale (born 17.05.1991 in the USA, Z404)
PERMIT = "I04588213"  # her EU-family residence card number (personal.national_id)
PASSPORT = "548812307"  # her US passport (personal.national_id)
HUSBAND = ("Salvatore Mangiaracina", "+393471186205", "MNGSVT87R09G273R")  # typed by her
DAUGHTER = {"first": "Agata", "last": "Mangiaracina", "dob": "2018-02-05", "sex": "fimmina",
            "cf": "MNGGTA18B45C351B"}  # a data subject (born in Catania, C351)
MOTHER_IL = ("Concetta Mangiaracina", "+393389041172", "Via Noce 118, Palermo")
COUSIN = ("Nunzia Mangiaracina", "+393924417730")  # the husband's cousin in Catania
SISTER_US = ("Emily Doe", "+15550163341", "emily.doe@example.net")  # her sister in Ohio
IBAN = "IT69I0306916900100000073318"  # their joint euro account (financial.payment)
IT_NET = "22288"  # the visited network's MCC/MNC while roaming (location.carrier)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"

# --- Cinniredda (Catania's Etna-ash bag collection) -----------------------------------------------
ASH_POINT = {"id": "pr_borgo_07", "name": "Piazza Cavour (Borgo) - punto cinniri",
             "lat": 37.51912, "lon": 15.08241}  # the city's collection point (a negative)
ASH_FIX = (37.519106, 15.082466)  # her phone at the collection point
TARI = "TARI-CT-0087731904"  # the household's waste-tax account (id.user)

# --- Briosciu (a granita bar's order-ahead and loyalty) -------------------------------------------
BAR = {"id": "pt_etnea_12", "name": "Granitaria Sciara", "phone": "+390957311482",
       "lat": 37.51247, "lon": 15.08612, "ssid": "Sciara-Clienti",
       "bssid": "c4:6e:1f:22:8b:30"}  # the bar (point, phone: negatives; Wi-Fi joined: wifi)
BAR_FIX = (37.512451, 15.086167)  # her phone at the bar
LOYALTY = "BRS-0044-7719"  # her loyalty card (id.user)

# --- Ossa Forti (a metabolic-bone clinic in Palermo) ----------------------------------------------
CLINIC = {"id": "cl_liberta", "name": "Centro Ossa Forti Via Liberta", "phone": "+390916254410",
          "lat": 38.12791, "lon": 13.35036}  # the clinic (negatives)
CLINIC_FIX = (38.127884, 13.350402)
CHART = "OF-2026-003318"  # her clinic record number (health.medical)
DOCTOR = ("Dott.ssa Rosalia Giambrone", "r.giambrone@ossaforti.example.org")  # typed: contact.*
NRE = "190A4018832711"  # an electronic prescription number (health.medical)

# --- Casuzza (a hill town's EUR 1 houses: tender, guarantee, renovation) --------------------------
TOWN = {"name": "Prizzi", "prov": "PA", "post": "90038", "hall_lat": 37.72118,
        "hall_lon": 13.43572, "office": "+390918344120"}  # the town hall (negatives)
HOUSE_AT = (37.722064, 13.436981)  # the house she buys (hers: precise)
HOUSE = {"line": "Via Sant'Antonio 23", "lot": "CZ-014", "sheet": "41", "parcel": "1187"}
APPLICANT = "CZ-APP-2026-0119"  # her applicant number (id.user)
BUILDER = {"name": "Edil Sicani s.r.l.", "vat": "06612480829",
           "phone": "+390918349977"}  # the builder (negatives)

# --- Nuddu Paga (an anti-racket consumers' network in Palermo) ------------------------------------
NETWORK = {"id": "np_pa", "lat": 38.11702, "lon": 13.36391}  # its office (a negative)
MEMBER = "NP-CONS-018842"  # her member card (id.user)
MARCH_FIX = (38.115388, 13.361422)  # her phone at the 21 March remembrance march
SHOP = {"id": "sh_0412", "name": "Ferramenta Ballaro", "lat": 38.11237,
        "lon": 13.36108}  # a member shop (a negative)

# --- Jocu Jocu (a children's play centre in Catania) ----------------------------------------------
PLAY = {"id": "lu_umberto", "name": "Ludoteca Jocu Jocu Via Umberto", "phone": "+390952886714",
        "lat": 37.50991, "lon": 15.09113}  # (negatives)
PLAY_FIX = (37.509887, 15.091166)  # her phone at the play centre's door
CHILD_CARD = "JJ-BIMBI-2231"  # Agata's member card at the play centre (id.user)

# --- Aranciu Russu (a blood-orange grower's boxes) ------------------------------------------------
FARM = {"id": "az_palagonia", "name": "Azienda Agricola Cuddura", "lat": 37.32814,
        "lon": 14.74602}  # the grower's farm (a negative)
GROVE_FIX = (37.328460, 14.745811)  # her phone in the grove at the picking day
CUSTOMER = "AR-C-55018"  # her customer number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", it: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Italian first with ``it``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("it-IT,it;q=0.9,en;q=0.8" if it else "en-IT,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a report): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPLICANT", "ASH_FIX", "ASH_POINT", "BAR", "BAR_FIX", "BUILDER", "CF_HER", "CHART",
           "CHILD_CARD", "CLINIC", "CLINIC_FIX", "COUSIN", "CUSTOMER", "DAUGHTER", "DOCTOR",
           "FARM", "GROVE_FIX", "HOME", "HOME_AT", "HOUSE", "HOUSE_AT", "HUSBAND", "IBAN",
           "IT_NET", "KID", "LOYALTY", "MARCH_FIX", "MEMBER", "MOTHER_IL", "NETWORK", "NID",
           "NRE", "PASSPORT", "PERMIT", "PLAY", "PLAY_FIX", "SHOP", "SISTER_US", "TARI", "TOWN",
           "TZ", "dev_block", "fix", "hd", "obj", "push"]
