"""Helpers for the two-hundred-and-ninety-sixth (blind) evaluation set ("blind293"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Telšiai (Samogitia, Lithuania) with her
Samogitian husband Mantas Girdvainis, her US SIM roaming; their daughter Ugnė (10) goes to a
Telšiai school and dances in a DanceSport club; her mother-in-law Genovaitė Girdvainienė keeps
the family homestead at Šateikiai near Plungė (its meadows are baled every summer, the family
woodlot lies near it). Her places (their Telšiai flat, the homestead, the meadows and the woodlot
she owns with her husband, her fixes at the Calvary, the plasma centre, the dance hall, the
museum) are hers (``location.precise`` where sent); the basilica, the plasma centre, the dance
hall, the hot-tub firm's yard, the contractor's yard and the museum are businesses' or the
parish's (negatives). People: her husband (``contact.*`` when she types him), their daughter (a
data subject: her name, birth date, sex, personal code and club licence are labelled), her
mother-in-law, the dance coach.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Vilnius"

# --- her Telšiai life -----------------------------------------------------------------------------
HOME = {"line": "Kalno g. 23-5", "town": "Telšiai", "muni": "Telšių r. sav.",
        "region": "Telšių apskritis", "post": "LT-87118"}
HOME_AT = (55.983412, 22.251867)  # their flat (location.precise where sent)
HUSBAND = ("Mantas Girdvainis", "+37061204417")  # typed by her: contact.*
MOTHER_IL = ("Genovaitė Girdvainienė", "+37068113902")  # her mother-in-law at Šateikiai
DAUGHTER = {"first": "Ugnė", "last": "Girdvainytė", "dob": "2015-11-03", "sex": "mergaite",
            "ak": "61511031187", "licence": "LSSF-J-20417"}  # a data subject
PERMIT = "LT-LG-0048217"  # her Lithuanian residence permit card number (personal.national_id)
AK = "49105170417"  # her Lithuanian personal code (asmens kodas: personal.national_id)
IBAN = "LT547300010162258841"  # her euro account (financial.payment)
IBAN_JOINT = "LT407044060007781203"  # the couple's joint account for the woodlot (payment)
LT_NET = "24602"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- the family's homestead, meadows and woodlot (hers and her husband's: precise) ---------------
HOMESTEAD = {"line": "Šateikių k., Sodžiaus g. 7", "village": "Šateikiai",
             "eldership": "Šateikių sen.", "muni": "Plungės r. sav."}
HOMESTEAD_AT = (55.932214, 21.883905)
MEADOW_AT = [(55.933802, 21.880411), (55.934517, 21.884702), (55.932911, 21.886230),
             (55.932104, 21.881655)]  # the family meadows' corners (hers: precise)
WOODLOT_AT = [(55.941230, 21.861047), (55.942918, 21.864310), (55.940704, 21.867882),
              (55.939520, 21.862640)]  # the woodlot's corners (hers: precise)
WOODLOT = {"cadastre": "6850/0004:112", "compartment": "41", "ha": 6.4}  # cadastre: their land

# --- Kalnelē (the Great Samogitian Calvary feast) -------------------------------------------------
BASILICA = {"id": "zk_bazil", "name": "Žemaičių Kalvarijos bazilika", "lat": 56.12161,
            "lon": 22.01102, "phone": "+37044837113"}  # the basilica (a negative as a place)
CALVARY_FIX = (56.122074, 22.012551)  # her phone on the Way of the Cross
PILGRIM = "KALV-2026-03318"  # her pilgrim registration (id.user)

# --- Plazmenis (a paid plasma-donation centre) ----------------------------------------------------
PLASMA = {"id": "pc_tls", "name": "Plazmenis Telšiai", "phone": "+37044460021",
          "lat": 55.98617, "lon": 22.24388}  # the centre (negatives)
PLASMA_FIX = (55.986152, 22.243935)
DONOR = "PZ-TLS-018842"  # her donor number (id.user; as set 32's donor ID)

# --- Šuokis (the daughter's DanceSport club) -----------------------------------------------------
HALL = {"id": "sh_mastis", "name": "Šuokis salė Mastis", "lat": 55.97952, "lon": 22.24081,
        "phone": "+37065500981"}  # the dance hall (negatives)
HALL_FIX = (55.979488, 22.240934)
COACH = ("Rūta Stonkienė", "ruta.trenere@suokis.example.org")  # typed by her: contact.*
PARTNER_KID = "Dovydas"  # the daughter's dance partner (a first name alone, another minor)

# --- Kubėls (a mobile wood-fired hot tub rental) --------------------------------------------------
TUBYARD = {"id": "kb_plunge", "name": "Kubėls Plungė", "lat": 55.91241, "lon": 21.84077,
           "phone": "+37067702210"}  # the firm's yard (negatives)
TUB_ORDER = "KB-26-0611"  # her rental order (financial.purchase)

# --- Šėinapjūtė (a hay-baling and silage contractor) ---------------------------------------------
CONTRACTOR = {"id": "ct_samso", "name": "Šamšo agroservisas", "lat": 55.90822, "lon": 21.87110,
              "phone": "+37069901184"}  # the contractor's yard (negatives)
BALING_ORDER = "SP-2026-0744"  # her baling order (financial.purchase)

# --- Mėškvaldis (the forest owners' cooperative: her woodlot's timber sale) -----------------------
OWNER = "MV-S-00917"  # her member number at the cooperative (id.user)
FELLING = "KL-2026-PL-3381"  # the felling permit's number (a negative: the forestry office's)

# --- Bunkers (the Cold War missile-base museum at Plokštinė) -------------------------------------
MUSEUM = {"id": "ms_plok", "name": "Šaltojo karo muziejus", "lat": 56.01151, "lon": 21.84880,
          "phone": "+37044849337"}  # the museum (negatives)
MUSEUM_FIX = (56.011622, 21.848541)
TICKETS = "BK-260712-4471"  # her family ticket order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lt: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English; Lithuanian and Samogitian: ``lt``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("lt-LT,lt;q=0.9,sgs;q=0.8,en;q=0.7" if lt else "en-LT,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "en_LT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``), Samogitian keys."""
    return {"modelis": L("Pixel 8", DEV), "os": L("Android 14", DEV), "kalba": L(lang, DEV),
            "laika_zuona": L(TZ, DEV)}


def push(token: str, lang: str = "en_LT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "irenginys": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a lot, a bale batch): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AK", "BALING_ORDER", "BASILICA", "CALVARY_FIX", "COACH", "CONTRACTOR", "DAUGHTER",
           "DONOR", "FELLING", "HALL", "HALL_FIX", "HOME", "HOMESTEAD", "HOMESTEAD_AT", "HOME_AT",
           "HUSBAND", "IBAN", "IBAN_JOINT", "LT_NET", "MEADOW_AT", "MOTHER_IL", "MUSEUM",
           "MUSEUM_FIX", "OWNER", "PARTNER_KID", "PERMIT", "PILGRIM", "PLASMA", "PLASMA_FIX",
           "TICKETS", "TUBYARD", "TUB_ORDER", "TZ", "WOODLOT", "WOODLOT_AT", "dev_block", "fix",
           "hd", "obj", "push"]
