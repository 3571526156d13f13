"""Helpers for the two-hundred-and-twenty-seventh (blind) evaluation set ("blind224"). Category
ids, the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules
import them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper
``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id``
are set 24's).

This kit adds what the set's apps share. She lives in Kartuzy (Kashubia, Pomerania, Poland) with
her Kashubian husband Paweł Formela, her US SIM roaming; their daughter Maja (9) is in the third
class of a primary school in Kartuzy; her mother-in-law Teresa Formela lives in Chmielno. Her
places (their Kartuzy flat, her fixes on the beach at Brzeźno, on the beach at Stogi where she
picks amber, in the parish hall, at the lake marina, at the physiotherapy practice in
Wrzeszcz, at the embroidery studio in Żukowo, in the rows of the Christmas-tree plantation) are
hers (``location.precise`` where sent); the walrus club's pier, the amber buyer's workshop, the
parish church, the yacht club, the practice, the studio and the plantation are businesses'
or the parish's (negatives). People: her husband (``contact.*`` when she types him), their
daughter (a data subject: her name, birth date, sex, PESEL and sailor number are labelled), her
mother-in-law, her physiotherapist, the daughter's coach.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Warsaw"

# --- her Kartuzy life -----------------------------------------------------------------------------
KT_HOME = {"line": "ul. Dworcowa 11 m. 4", "town": "Kartuzy", "county": "kartuski",
           "region": "pomorskie", "post": "83-300"}
KT_HOME_AT = (54.332817, 18.201634)  # their flat (location.precise where sent)
HUSBAND = ("Paweł Formela", "+48601220734")  # typed by her: contact.*
MOTHER_IL = ("Teresa Formela", "+48502118390")  # her mother-in-law in Chmielno
DAUGHTER = {"first": "Maja", "last": "Formela", "dob": "2016-03-08", "sex": "dzewcza",
            "pesel": "16230801649", "sailor": "ZGL-OPT-0412"}  # a data subject (sets 29, 35, 37)
PESEL = "91051707428"  # her PESEL (a foreign resident's number; personal.national_id)
RESIDENCE = "RE4417290"  # her residence card (karta pobytu) number (personal.national_id)
PASSPORT = "548803217"  # her US passport (personal.national_id)
PL_ACCOUNT = "PL63102018110000040204173928"  # her złoty account (financial.payment)
PL_NET = "26003"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Mòrsczi (a winter sea-swimming "walrus" club at Brzeźno) -------------------------------------
PIER = {"id": "brz_molo", "name": "Molo Brzeźno, wejście 36", "lat": 54.41078,
        "lon": 18.63189}  # the club's meeting point at the pier (a negative as a place)
BEACH_FIX = (54.410412, 18.631207)  # her phone on the beach before a dip
MORS_CARD = "MBZ-2025-0318"  # her club membership card (id.user)

# --- Bursztinka (a Gdańsk amber workshop's raw-amber buying app; she sells what she finds) --------
WORKSHOP = {"id": "ws_mariacka", "name": "Pracownia Bursztinu Mariackô", "phone": "+48583011422",
            "lat": 54.34975, "lon": 18.65412}  # the buyer's workshop (negatives)
STOGI_FIX = (54.372918, 18.717406)  # her phone on the beach at Stogi after a storm
SELLER = "BRS-S-20417"  # her seller account (id.user)

# --- Betlejka (a parish's living-nativity play: cast, rehearsals, volunteers) --------------------
CHURCH = {"id": "par_krt_jozef", "name": "Parafiô sw. Józefa, Kartuzy", "lat": 54.33508,
          "lon": 18.19794}  # the parish church and its hall (a negative as a place)
HALL_FIX = (54.335121, 18.197862)  # her fix in the parish hall at a rehearsal
VOLUNTEER = "BTL-W-0219"  # her volunteer number (id.user)

# --- Żôglëk (the daughter's Optimist sailing school on Lake Klasztorne) --------------------------
MARINA = {"id": "yk_klasztorne", "name": "Yacht Klub Klasztorné", "phone": "+48586810233",
          "lat": 54.32771, "lon": 18.20839}  # the club's marina (negatives)
MARINA_FIX = (54.327652, 18.208517)  # her fix at the slipway at pick-up
COACH = ("Kamil Miotk", "k.miotk@zoglek.example.org")  # typed by her: contact.*

# --- Krzepkô (a pelvic-floor physiotherapy practice with a biofeedback trainer) ------------------
PRACTICE = {"id": "pr_wrzeszcz", "name": "Fizjo Krzepkô Wrzeszcz", "phone": "+48583440917",
            "lat": 54.38063, "lon": 18.60588}  # the practice (negatives)
PRACTICE_FIX = (54.380611, 18.605934)
PATIENT = "KRZ-P-3307"  # her patient file number (health.medical, as set 151's chart number)
PHYSIO = ("mgr Agnieszka Kreft", "a.kreft@krzepko.example.com")  # typed by her: contact.*

# --- Wzorzëk (a Kashubian embroidery school's course app in Żukowo) ------------------------------
STUDIO = {"id": "st_zukowo", "name": "Pracownia Haftu Żukòwsczégò", "lat": 54.34192,
          "lon": 18.36417}  # the studio (negatives)
STUDIO_FIX = (54.341884, 18.364052)
STUDENT = "WZR-2025-118"  # her student number (id.user)

# --- Jedlëna (a Christmas-tree plantation: pick, tag, cut, deliver) ------------------------------
PLANTATION = {"id": "pl_ostrzyce", "name": "Plantacjô Jedlëna Òstrzëce", "phone": "+48586843170",
              "lat": 54.27408, "lon": 18.12244}  # the farm gate (negatives)
ROW_FIX = (54.275103, 18.124018)  # her phone in the rows when she tags the tree
TREE_TAG = "JD-25-00917"  # her tagged tree / order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", csb: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English first, or Kashubian and Polish first
    with ``csb``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("csb-PL,csb;q=0.9,pl;q=0.8,en;q=0.7" if csb else
                             "en-PL,en;q=0.9,pl;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_PL") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PL") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a lesson, a lot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BEACH_FIX", "CHURCH", "COACH", "DAUGHTER", "HALL_FIX", "HUSBAND", "KT_HOME",
           "KT_HOME_AT", "MARINA", "MARINA_FIX", "MORS_CARD", "MOTHER_IL", "PASSPORT", "PATIENT",
           "PESEL", "PHYSIO", "PIER", "PLANTATION", "PL_ACCOUNT", "PL_NET", "PRACTICE",
           "PRACTICE_FIX", "RESIDENCE", "ROW_FIX", "SELLER", "STOGI_FIX", "STUDENT", "STUDIO",
           "STUDIO_FIX", "TREE_TAG", "TZ", "VOLUNTEER", "WORKSHOP", "dev_block", "fix", "hd",
           "obj", "push"]
