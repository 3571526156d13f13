"""Helpers for the two-hundred-and-twelfth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Istanbul (a flat in Osmanbey, Şişli) with
her husband Izak Barokas, a Sephardic Istanbulite, and their daughter Rashel (7); her own
mother's mother, Rebeka Alhadeff, was born in Izmir and emigrated to Seattle, which is why she
learnt Ladino and now files for the Spanish nationality for Sephardic descendants. She keeps the
family's old flat in Balat as a short-let. Her US SIM roams on a Turkish network. Her places
(the Şişli flat, the temporary flat in Kurtuluş, her fixes at the Balat flat, the auction
preview, the shop) are hers (``location.precise`` where sent); the mikveh, the clinic, the law
office, the auction house, the shop and the building's site office are businesses' or the
community's (negatives), and so is the Balat flat's published listing pin. People: her husband
(``contact.*`` when she types him; his TC kimlik number ``personal.national_id``), their
daughter (a data subject: name, birth date, sex, TC kimlik number, patient number labelled), her
mother-in-law Sara in Izmir (Karşıyaka), her brother-in-law Moiz in Izmir, her sister in the US.
Turkish identity numbers carry their two check digits; the IBANs pass mod-97.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Istanbul"

# --- her Istanbul life ----------------------------------------------------------------------------
HOME = {"line": "Halaskargazi Cd. No: 214 D: 7", "area": "Osmanbey", "district": "Şişli",
        "town": "İstanbul", "post": "34371"}
HOME_AT = (41.055213, 28.987604)  # their flat (location.precise where sent)
TEMP = {"line": "Kurtuluş Cd. No: 101 D: 4", "area": "Kurtuluş", "district": "Şişli",
        "post": "34375"}  # the flat they rent while their building is rebuilt (contact.address)
TEMP_AT = (41.049611, 28.979032)
YKN = "99123408770"  # her foreigner identity number (yabancı kimlik no; personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
TR_ACCOUNT = "TR650009900000624018837512"  # her lira account (financial.payment)
HUSBAND = ("Izak Barokas", "+905325550147", "38471520628")  # name, phone, TC kimlik no
HUSBAND_ACCOUNT = "TR370041200000118840272209"  # his account (rent aid is paid to owners)
DAUGHTER = {"first": "Rashel", "last": "Barokas", "dob": "2018-11-03", "sex": "ninya",
            "tc": "51209384798"}  # a data subject (sets 29, 35, 37)
MOTHER_IL = ("Sara Barokas", "+905325550381", "27043615862")  # in Karşıyaka, Izmir
BROTHER_IL = ("Moiz Barokas", "+905425550912")  # in Alsancak, Izmir
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
NONA = {"name": "Rebeka Alhadeff", "born": "1911-02-14", "place": "Izmir",
        "died": "1987-06-30"}  # her late grandmother (a dead person's data: contact.name)
TR_NET = "28601"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tevila (the community mikveh's appointments) -------------------------------------------------
MIKVEH = {"id": "mk_sisli", "name": "Mikve de Şişli", "phone": "+902122415580",
          "lat": 41.05873, "lon": 28.98412}  # (negatives)
MEMBER = "KMT-0048812"  # her community membership number (id.user)

# --- Kalentura (the daughter's FMF diary with the paediatric rheumatology clinic) -----------------
CLINIC = {"id": "cr_ped_sis", "name": "Şişli Pediatrik Romatoloji", "phone": "+902122905533",
          "lat": 41.06092, "lon": 28.99211}  # (negatives)
PATIENT = "SPR-2024-11873"  # Rashel's clinic patient number (health.medical, as set 151's chart)
DOCTOR = ("Dr. Selin Aydoğan", "s.aydogan@spr.example.org")  # typed by her: contact.*

# --- Raizes (the Spanish nationality file for Sephardic descendants) ------------------------------
LAWYER = {"id": "lw_nis", "name": "Nişantaşı Abogados", "phone": "+902122318844"}  # (negatives)
DOSSIER = "RZ-2025-0391"  # her case number (id.user)
CERT = "HB-SEF-2025-1147"  # the community certificate number (personal.sensitive)

# --- Kaza de Balat (her short-let host app with the KBS guest reports) ----------------------------
FLAT = {"id": "kb_vodina38", "line": "Vodina Cd. No: 38 D: 2", "area": "Balat",
        "district": "Fatih", "post": "34087", "lat": 41.02961,
        "lon": 28.94774}  # her rental (the listing pin a negative; the street line she types hers)
FLAT_FIX = (41.029588, 28.947781)  # her phone at the Balat flat
HOST = "HST-77120"  # her host account (id.user)
GUEST = ("Marco Bellini", "YA4471028", "+393475550182")  # a guest: name, passport, phone

# --- Kaza Nueva (the urban-transformation owners' app of their Şişli building) ----------------
BUILDING = {"id": "bn_hlsk214", "name": "Halaskargazi 214 Apartmanı", "lat": 41.05518,
            "lon": 28.98766}  # (negatives)
OWNER = "KD-214-07"  # their flat's owner account (id.user)
DEED = "34-ŞİŞ-1127-0441-7"  # the title deed reference (no taxonomy type: unlabelled)

# --- Mezat (an antiques and rare-book auction house) --------------------------------------------
HOUSE = {"id": "mz_cukurcuma", "name": "Çukurcuma Mezat Evi", "lat": 41.03133,
         "lon": 28.97879}  # (negatives)
HOUSE_FIX = (41.031302, 28.978815)  # her phone at the preview
PADDLE = "MZ-P-0614"  # her bidder paddle number (id.user)

# --- Butika Kasher (the community kasher shop's Pesah orders) -------------------------------------
SHOP = {"id": "bk_osm", "name": "Butika Kasher Osmanbey", "phone": "+902122336071",
        "lat": 41.05301, "lon": 28.98655}  # (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lad: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Turkish first with ``lad``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tr-TR,tr;q=0.9,en;q=0.8" if lad else "en-TR,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TR") -> dict[str, Any]:
    """An app's own device block in Ladino keys (model, OS, language, zone: ``device.info``)."""
    return {"modelo": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lingua": L(lang, DEV),
            "zona_de_ora": L(TZ, DEV)}


def push(token: str, lang: str = "en_TR") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"token_push": L(token, DID), "aparato": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a lot, an order line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
