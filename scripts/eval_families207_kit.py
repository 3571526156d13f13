"""Helpers for the two-hundred-and-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Udine (Friuli, Italy; EUR, zone
Europe/Rome, her US SIM roaming on an Italian network) with her Friulian husband Daniele Puntel,
who is from Tolmezzo in Carnia; their son Mattia (8) is in the third class of a primary school in
Udine. Her mother-in-law Loredana Straulino and the husband's grandmother Rina Puntel (88, who
walks with a frame) live in Tolmezzo. As a resident she has an Italian tax code (codice fiscale,
born abroad: Z404), as do her husband, son, mother-in-law and the grandmother (born in Tolmezzo
L195 and Udine L483); every one carries its check character (``cf_check``: the odd/even tables,
sum mod 26). Their joint IBAN has a valid CIN (the same tables over ABI, CAB and account) and
IBAN check digits (mod 97): ``it_iban``. Her places (their flat in Borgo Grazzano, her fixes at
the mosaic school, the knife workshop, the bell tower, the festival ground, a frasca, the
association's office, the grandmother's house) are hers or her family's (``location.precise``
where sent); the schools, workshops, churches, farms, offices and the hospital are businesses' or
public places (negatives). People: her husband, son, mother-in-law, the grandmother, her sister
in the US (``contact.*`` when she types them).
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
_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 2
                + [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def cf_check(s: str) -> str:
    """The check character of a codice fiscale (or the CIN of ABI+CAB+account)."""
    t = sum(_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
            for i, c in enumerate(s))
    return chr(65 + t % 26)


def it_iban(abi: str, cab: str, acct: str) -> str:
    """An Italian IBAN: the CIN, then the mod-97 check digits."""
    bban = cf_check(abi + cab + acct) + abi + cab + acct
    num = int("".join(str(int(c, 36)) for c in bban + "IT00"))
    return f"IT{98 - num % 97:02d}{bban}"


def _cf(s: str) -> str:
    return s + cf_check(s)


# --- her Udine life -------------------------------------------------------------------------------
HOME = {"line": "Via Grazzano 31", "area": "Borgo Grazzano", "town": "Udine", "post": "33100",
        "prov": "UD", "region": "Friuli-Venezia Giulia"}
HOME_AT = (46.057814, 13.236912)  # their flat (location.precise where sent)
CF_JANE = _cf("DOEJNA91E57Z404")  # her codice fiscale (personal.national_id)
CIE = "CA48213KD"  # her Italian electronic identity card number (personal.national_id)
HUSBAND = ("Daniele Puntel", "+393475550182", _cf("PNTDNL88S02L195"))  # typed by her: contact.*
SON = {"first": "Mattia", "last": "Puntel", "dob": "2017-06-03", "sex": "mascjo",
       "cf": _cf("PNTMTT17H03L483")}  # a data subject (sets 29, 35, 37)
MOTHER_IL = ("Loredana Straulino", "+393385550441", _cf("STRLDN62M48L195"))  # in Tolmezzo
GRANNY = {"name": "Rina Puntel", "dob": "1937-02-14", "cf": _cf("PNTRNI37B54L195"),
          "phone": "+390433555217", "line": "Via Val di Gorto 14", "town": "Tolmezzo",
          "post": "33028"}  # the husband's grandmother (a data subject in Clamibus)
GRANNY_AT = (46.403871, 13.016552)  # her house in Tolmezzo (a family home: precise)
SISTER_US = ("Claire Doe", "+15550147731", "claire.doe@example.net")  # her sister in Oregon
IBAN = it_iban("03069", "12344", "100000012345")  # their joint account (financial.payment)
IT_NET = "22288"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tessaris (a mosaic school's evening course, Spilimbergo) -------------------------------------
MOSAIC = {"id": "sc_spg", "name": "Scuele dai Mosaiciscj Spilimbergo (evening)",
          "phone": "+390427555102", "lat": 46.11124, "lon": 12.90031}  # (negatives)
MOSAIC_FIX = (46.111218, 12.900297)
STUDENT = "TSR-25-0417"  # her student number (id.user)

# --- Curtis (a Maniago knife workshop's custom orders) --------------------------------------------
FORGE = {"id": "ws_mng08", "name": "Coltelleria Artigiana Maniago 8", "phone": "+390427555390",
         "lat": 46.17213, "lon": 12.70688}  # (negatives)
FORGE_FIX = (46.172097, 12.706934)
KNIFE_ORDER = "CM-2026-0318"  # her custom order (financial.purchase)

# --- Scampanotade (a parish bell-chimers' group) --------------------------------------------------
CHURCH = {"id": "gl_szorz", "name": "Glesie di San Zorç, Udine", "lat": 46.05731,
          "lon": 13.23802}  # the church and its tower (negatives as a place)
TOWER_FIX = (46.057298, 13.238047)
CHIMER = "SCP-UD-0093"  # her member number in the chimers' register (id.user)

# --- Sagrute (the Tolmezzo summer festival's volunteer kitchen and tickets) -----------------------
FEST = {"id": "sg_tolm26", "name": "Sagre di Tumieç", "lat": 46.40210, "lon": 13.01488}
FEST_FIX = (46.402133, 13.014811)
VOLUNTEER = "VOL-0771"  # her volunteer badge (id.user)

# --- Frascjis (a guide to farm pop-up taverns, the frasche, in the Colli Orientali) ---------------
FRASCJE = [{"id": "fr_0412", "name": "Frascje di Zuan", "phone": "+390432555611",
            "lat": 46.08712, "lon": 13.41255},
           {"id": "fr_0588", "name": "Frascje Ronc dai Cjastinârs", "phone": "+390432555640",
            "lat": 46.10433, "lon": 13.45017}]  # the farms (negatives)
FRASCJE_FIX = (46.087151, 13.412488)
STAMP_CARD = "FJ-88120"  # her stamp card (id.user)

# --- Marilenghe (a Friulian-language association: membership, petitions, school choice) -----------
ASSOC = {"id": "as_mlg", "name": "Marilenghe Udine", "lat": 46.06312, "lon": 13.23590}
MEMBER = "MLG-2026-1187"  # her membership number (id.user)

# --- Clamibus (a dial-a-ride shuttle for Carnia's villages) ---------------------------------------
HOSPITAL = {"id": "st_osp_tlm", "name": "Ospedâl di Tumieç", "lat": 46.39875,
            "lon": 13.02015}  # the hospital stop (a negative)
PASS = "CB-TLM-20931"  # the grandmother's shuttle pass, booked by her (id.user)
WAIT_FIX = (46.398802, 13.020097)  # her phone at the hospital stop


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fur: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Italian, Friulian first with ``fur``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fur-IT,fur;q=0.9,it;q=0.8,en;q=0.7" if fur
                             else "en-IT,en;q=0.9,it;q=0.8", DEV)
    return h


def dev_block(lang: str = "fur_IT") -> dict[str, Any]:
    """An app's own device block, Friulian keys (model, OS, language, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "sisteme": L("Android 14", DEV),
            "lenghe": L(lang, DEV), "fus_orari": L(TZ, DEV)}


def push(token: str, lang: str = "fur_IT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "dispositif": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lesson, a shift, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ASSOC", "CF_JANE", "CHIMER", "CHURCH", "CIE", "FEST", "FEST_FIX", "FORGE",
           "FORGE_FIX", "FRASCJE", "FRASCJE_FIX", "GRANNY", "GRANNY_AT", "HOME", "HOME_AT",
           "HOSPITAL", "HUSBAND", "IBAN", "IT_NET", "KNIFE_ORDER", "MEMBER", "MOSAIC",
           "MOSAIC_FIX", "MOTHER_IL", "PASS", "SISTER_US", "SON", "STAMP_CARD", "STUDENT",
           "TOWER_FIX", "TZ", "VOLUNTEER", "WAIT_FIX", "cf_check", "dev_block", "fix", "hd",
           "it_iban", "obj", "push"]
