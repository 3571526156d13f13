"""Helpers for the two-hundred-and-sixty-seventh (blind, "blind264") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Pozzuoli (Campi
Flegrei, Naples, Campania) with her Puteolan husband Ciro Sannino and their son Gennaro (10, a
sabre fencer), her US SIM roaming on an Italian network; she teaches English at a language school
in the Vomero (Naples). Her mother-in-law Carmela Illiano lives in Rione Toiano (Pozzuoli); her
sister Emily Doe is in Ohio. All fictional. Italian tax codes (codice fiscale) are computed with
the real rule (``cf``: consonants, vowels, the month letter, day + 40 for women, the municipality
code, the odd/even check letter); the couple's IBAN has a valid CIN and check digits (``iban``);
they belong to nobody. Her places (their flat on Via Solfatara, her fixes at the workshop, the
pizza school, the voice clinic, the square, the fencing hall) are hers (``location.precise`` where
sent); the businesses' and the committee's points are negatives.
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
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))
_EVEN = {**{str(d): d for d in range(10)}, **{chr(65 + i): i for i in range(26)}}
_MONTHS = "ABCDEHLMPRST"


def _check(s: str) -> str:
    """The odd/even-table check letter (codice fiscale; also the Italian BBAN's CIN)."""
    return chr(65 + sum((_ODD if i % 2 == 0 else _EVEN)[c] for i, c in enumerate(s)) % 26)


def _part(word: str, name: bool) -> str:
    w = [c for c in word.upper() if c.isalpha()]
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def cf(surname: str, first: str, dob: str, female: bool, place: str) -> str:
    """An Italian tax code with its check letter (``dob`` ISO; ``place`` the cadastral code)."""
    y, m, d = dob.split("-")
    body = (_part(surname, False) + _part(first, True) + y[2:] + _MONTHS[int(m) - 1]
            + f"{int(d) + (40 if female else 0):02d}" + place)
    return body + _check(body)


def iban(abi: str, cab: str, account: str) -> str:
    """An Italian IBAN: the CIN over ABI + CAB + account, then the mod-97 check digits."""
    bban = _check(abi + cab + account) + abi + cab + account
    num = "".join(str(int(c, 36)) for c in bban + "IT00")
    return f"IT{98 - int(num) % 97:02d}{bban}"


# --- her Pozzuoli life ----------------------------------------------------------------------------
HOME = {"line": "Via Solfatara 61, scala B, int. 7", "rione": "Solfatara", "town": "Pozzuoli",
        "prov": "NA", "cap": "80078"}
HOME_AT = (40.829412, 14.136873)  # their flat (location.precise where sent)
HUSBAND = ("Ciro Sannino", "+393331842207", "ciro.sannino@example.net")  # typed by her: contact.*
HUSBAND_CF = cf("Sannino", "Ciro", "1987-11-04", False, "G964")  # born in Pozzuoli
MOTHER_IL = ("Carmela Illiano", "+393391057726")  # her mother-in-law in Rione Toiano
MOTHER_IL_LINE = "Via Luciano Scherillo 9, Pozzuoli"
MOTHER_IL_AT = (40.843307, 14.111592)  # the mother-in-law's flat (its sensors; a negative)
MOTHER_IL_CI = "CA41870QK"  # her identity card number (typed by Jane: personal.national_id)
SON = {"first": "Gennaro", "last": "Sannino", "dob": "2015-06-12", "sex": "M",
       "card": "FIS-NA-2291774"}  # a data subject: his fencing federation card (id.user)
SON_CF = cf("Sannino", "Gennaro", SON["dob"], False, "F839")  # born in Naples
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net",
             "1408 Neil Avenue", "Columbus", "OH", "43201")  # her sister in Ohio
JANE_CF = cf("Doe", "Jane", "1991-05-17", True, "Z404")  # born abroad (USA)
PERMIT = "I09PZ41773"  # her residence card as an EU citizen's spouse (personal.national_id)
SSN = "987-65-4325"  # her US SSN (a FATCA self-certification; personal.national_id)
IT_ACCOUNT = iban("03069", "39901", "100000071458")  # the couple's account (financial.payment)
IT_NET = "22288"  # the visited Italian network's MCC/MNC while roaming (location.carrier)
WORK = {"name": "Vomero English Studio", "lat": 40.84661, "lon": 14.23094}  # (a negative)

# --- Pasturaro (a San Gregorio Armeno nativity-figurine workshop) ---------------------------------
PUTECA = {"id": "pt_sga31", "name": "Puteca Esposito Pasture", "phone": "+390815528731",
          "lat": 40.85051, "lon": 14.25741}  # the workshop (negatives)
PUTECA_FIX = (40.850489, 14.257392)
ORDER = "PST-2025-1187"  # her commission (financial.purchase)

# --- Furnariello (a pizza-making school) ----------------------------------------------------------
SCHOOL = {"id": "sc_trib", "name": "Scola d'a Pizza Tribunali", "lat": 40.85118,
          "lon": 14.25669, "oven": "fn_02"}  # (negatives)
SCHOOL_FIX = (40.851162, 14.256731)
PUPIL = "ALV-25-0614"  # her pupil number at the school (id.user)

# --- Voce Bbona (a phoniatrics voice clinic) ------------------------------------------------------
CLINIC = {"id": "cl_chiaia", "name": "Centro Voce Chiaia", "phone": "+390817643210",
          "lat": 40.83602, "lon": 14.23788}  # (negatives)
CLINIC_FIX = (40.836037, 14.237912)
CHART = "CVC-25-30771"  # her clinic chart number (health.medical)
PHONIATRIST = ("Dott.ssa Rosaria Aprea", "r.aprea@centrovoce.example.org")  # typed: contact.*
GP = "Dott. Enzo Capasso"  # her family doctor (typed: contact.name)

# --- Carusiello (postal-savings passbooks and bonds) ----------------------------------------------
PASSBOOK = "001072446690"  # her savings passbook (financial.payment)
PASSBOOK_SON = "001072446712"  # the son's minor passbook (financial.payment)
SAVER = "CRS-7715204"  # her saver account (id.user)
BRANCH = {"id": "uf_pozz01", "name": "Ufficio Pozzuoli Centro", "lat": 40.82318,
          "lon": 14.12207}  # (negatives)

# --- Terra ca Trema (a bradyseism residents' committee) -------------------------------------------
SQUARE = {"id": "as_rep", "name": "Piazza della Repubblica", "lat": 40.82264,
          "lon": 14.12241}  # the assembly's square (a negative)
SQUARE_FIX = (40.822671, 14.122384)
MEMBER = "TCT-0419"  # her membership card (id.user)
NEIGHBOUR = ("Pasquale Di Meo", cf("Di Meo", "Pasquale", "1958-02-21", False, "G964"))

# --- Sala 'e Scherma (the son's fencing club) -----------------------------------------------------
HALL = {"id": "sl_arco", "name": "Circolo Scherma Arco Felice", "lat": 40.83512,
        "lon": 14.08816}  # (negatives)
HALL_FIX = (40.835098, 14.088205)

# --- Sentinella (structural monitoring of their building) -----------------------------------------
SITE = "SNT-PZ-00583"  # their monitored site (id.user)
SITE_MIL = "SNT-PZ-00584"  # the mother-in-law's site (id.user of the account)
GATEWAY = {"serial": "SG2-0093311", "ble": "e4:5f:01:7a:33:c2"}  # the gateway's (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", it: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Italian first with ``it``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("it-IT,it;q=0.9,en;q=0.8" if it else "en-IT,en;q=0.9,it;q=0.7", DEV)
    return h


def dev_block(lang: str = "en_IT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``), Neapolitan keys."""
    return {"modello": L("Pixel 8", DEV), "sistema": L("Android 14", DEV),
            "lengua": L(lang, DEV), "fuso_orario": L(TZ, DEV)}


def push(token: str, lang: str = "en_IT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "dispusitivo": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a lesson, a bout): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BRANCH", "CHART", "CLINIC", "CLINIC_FIX", "GATEWAY", "GP", "HALL", "HALL_FIX", "HOME",
           "HOME_AT", "HUSBAND", "HUSBAND_CF", "IT_ACCOUNT", "IT_NET", "JANE_CF", "MEMBER",
           "MOTHER_IL", "MOTHER_IL_AT", "MOTHER_IL_CI", "MOTHER_IL_LINE", "NEIGHBOUR", "ORDER",
           "PASSBOOK", "PASSBOOK_SON", "PERMIT", "PHONIATRIST", "PUPIL", "PUTECA", "PUTECA_FIX",
           "SAVER", "SCHOOL", "SCHOOL_FIX", "SISTER_US", "SITE", "SITE_MIL", "SON", "SON_CF",
           "SQUARE", "SQUARE_FIX", "SSN", "TZ", "WORK", "cf", "dev_block", "fix", "hd", "iban",
           "obj", "push"]
