"""Helpers for the hundred-and-fifty-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Willemstad (Curaçao) with her Curaçaoan
husband Rignald Martina, her US SIM roaming; their son Jurensley (10) plays youth baseball in
Brievengat. Her places (their house in Salinja, her fixes at the ball field, the optician, the
food truck's stand, the turtle beach, the domino snèk, the civil-registry office and out on the
water from Spanish Water) are hers (``location.precise`` where sent); the field, the optician,
the snèk, the registry office, the turtle group's beach post and nests, the mooring field and the
food truck's licensed stand are businesses' or public (negatives). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex, sédula
number and player number are labelled), her mother-in-law in Barber, her sister in the US.

Government numbers: a Curaçao sédula (identity card) number is the holder's birth date
``YYYYMMDD`` and two serial digits (no check digit I know of, so none is computed); her US
passport's machine-readable zone is built with proper ICAO 9303 check digits (``mrz``); her CRIB
(tax) number is nine digits (no public check rule known to the author).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Curacao"

# --- her Willemstad life --------------------------------------------------------------------------
CW_HOME = {"line": "Kaya Palu di Lamunchi 21", "area": "Salinja", "town": "Willemstad",
           "island": "Kòrsou"}
CW_OLD = {"line": "Kaya Kadushi 8", "area": "Mahaai"}  # the house they moved out of (address)
CW_HOME_AT = (12.108734, -68.914256)  # their house (location.precise where sent)
HUSBAND = ("Rignald Martina", "+59995184422")  # typed by her: contact.*
HUSBAND_SEDULA = "1986110309"  # his sédula number (personal.national_id)
MOTHER_IL = ("Marisela Martina", "+59995617730")  # her mother-in-law in Barber
SON = {"first": "Jurensley", "last": "Martina", "dob": "2015-08-03", "sex": "M",
       "sedula": "2015080314", "player": "HR-BRV-10-0442"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
SEDULA = "1991051706"  # her Curaçao sédula number (personal.national_id)
CRIB = "102338917"  # her CRIB tax number (personal.national_id)
PASSPORT = "583104672"  # her US passport (personal.national_id)
CW_ACCOUNT = "4020138905"  # her guilder current account at a local bank (no IBAN in Curaçao)


def _cd(s: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; ``<`` is 0, letters 10-35)."""
    val = {**{str(d): d for d in range(10)}, "<": 0,
           **{chr(65 + i): 10 + i for i in range(26)}}
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz() -> tuple[str, str]:
    """Her US passport's two MRZ lines (TD3, 44 characters each) with valid check digits."""
    l1 = ("P<USADOE<<JANE" + "<" * 44)[:44]
    num, dob, exp = PASSPORT, "910517", "310224"
    opt = "<" * 14
    body = num + _cd(num) + "USA" + dob + _cd(dob) + "F" + exp + _cd(exp) + opt + _cd(opt)
    comp = num + _cd(num) + dob + _cd(dob) + exp + _cd(exp) + opt + _cd(opt)
    return l1, body + _cd(comp)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", pap: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Papiamentu first with ``pap``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("pap-CW,pap;q=0.9,nl;q=0.8,en;q=0.7" if pap else "en-CW,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "en_CW") -> dict[str, Any]:
    """An app's own device block in Papiamentu keys (model, OS, locale, zone: ``device.info``)."""
    return {"modelo": L("Pixel 8", DEV), "sistema": L("Android 14", DEV),
            "idioma": L(lang, DEV), "zona_ora": L(TZ, DEV)}


def push(token: str, lang: str = "pap_CW") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"token_push": L(token, DID), "aparato_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a match): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CRIB", "CW_ACCOUNT", "CW_HOME", "CW_HOME_AT", "CW_OLD", "HUSBAND", "HUSBAND_SEDULA",
           "MOTHER_IL", "PASSPORT", "SEDULA", "SISTER_US", "SON", "TZ", "dev_block", "fix", "hd",
           "mrz", "obj", "push"]
