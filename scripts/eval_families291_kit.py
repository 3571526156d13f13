"""Helpers for the two-hundred-and-ninety-first (blind) evaluation set ("blind288"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Rezekne (Latgale, Latvia) with her Latgalian
husband Jezups Vucans, her US SIM roaming; their son Ontons (11) is in the fifth class of a
Rezekne secondary school and is taking his bicycle licence; her mother-in-law Monika Vucane keeps
the family's small farm in Ozolaine parish outside the town, which is registered to her. Her
places (their flat, her fixes at the ceramics studio in Daugavpils, the diet clinic, the school's
cycling yard, the reverse-vending machine, the farm's fields) are hers (``location.precise`` where
sent); the studio, the clinic, the school, the shop with the machine, the polling station and the
paying agency's office are businesses' or public places (negatives). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex,
personal code and licence number are labelled), her mother-in-law, a friend she refers, the
dietitian and the master potter (named when she types them).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Riga"

# --- her Rezekne life ------------------------------------------------------------------------------
RZ_HOME = {"line": "Latgales iela 211-14", "town": "Rezekne", "region": "Latgale",
           "post": "LV-4601", "county": "Rezeknes nuovods"}
RZ_HOME_AT = (56.503842, 27.328117)  # their flat (location.precise where sent)
HUSBAND = ("Jezups Vucans", "+37126418832", "jezups.vucans@example.net")  # typed by her: contact.*
MOTHER_IL = ("Monika Vucane", "+37129044716")  # her mother-in-law on the farm
SON = {"first": "Ontons", "last": "Vucans", "dob": "2015-04-09", "sex": "puika",
       "pk": "090415-21873", "school": "sk_rz5", "class": "5.b"}  # a data subject
FRIEND = ("Sandra Leikuma", "sandra.leikuma@example.com")  # the friend she refers (contact.*)
PERSONAL_CODE = "328417-20593"  # her Latvian personal code (personal.national_id)
SSN = "987-65-4325"  # her US SSN on a W-9 (personal.national_id; a reserved example number)
LV_ACCOUNT = "LV41EXMP0000201877345"  # her euro account (financial.payment)
LV_NET = "24702"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tilts (a peer-to-peer loan marketplace; she invests) -----------------------------------------
INVESTOR = "TLT-INV-0418822"  # her investor number (id.user)

# --- Muols (a ceramics studio in Daugavpils) ------------------------------------------------------
STUDIO = {"id": "st_cyt07", "name": "Cytadeles Pudu Studeja", "phone": "+37165420711",
          "lat": 55.88514, "lon": 26.50972}  # the studio (negatives)
STUDIO_FIX = (55.885122, 26.509761)
KILN = {"id": "ceps_02", "max_c": 1280}  # the studio's kiln (its readings: negatives)
MEMBER = "MUOLS-0733"  # her studio membership (id.user)
POTTER = ("Pīters Kuzmins", "+37129910452")  # the master potter (contact.* when she types him)
FAIR = {"id": "gadatirgus_rz", "name": "Rezeknis amatu gadatirgus", "lat": 56.50921,
        "lon": 27.33254}  # the craft fair square (a negative)

# --- Bolss (a voting advice application for the 2026 Saeima election) ----------------------------
POLL_STATION = {"id": "ic_rz_1204", "name": "Rezeknis 5. vydsškola", "lat": 56.50617,
                "lon": 27.32201}  # a polling station (a negative)

# --- Vadars (a food-intolerance and elimination-diet clinic in Daugavpils) ------------------------
CLINIC = {"id": "kl_dgp3", "name": "Vadara Veseleibys Centrs", "phone": "+37165407733",
          "lat": 55.87471, "lon": 26.53608}  # the clinic (negatives)
CLINIC_FIX = (55.874688, 26.536124)
CARD_NO = "VVC-2026-00912"  # her patient card number (health.medical)
POLICY = "POL-LV-7730192"  # her health-insurance policy number (health.medical, as set 37's)
DIETITIAN = ("Olga Ščerbakova", "o.scerbakova@vvc.example.lv")  # typed by her: contact.*

# --- Ritins (the son's bicycle licence through his school) ---------------------------------------
SCHOOL = {"id": "sk_rz5", "name": "Rezeknis 5. vydsškola", "lat": 56.50617,
          "lon": 27.32201}  # (negatives; also a polling station)
YARD_FIX = (56.506281, 27.321734)  # her fix at the school's cycling yard
LICENCE = "VA-RZ-26-04417"  # the son's bicycle licence number (personal.national_id)

# --- Atdud (a deposit-return app for bottles and cans) -------------------------------------------
RVM = {"id": "rvm_rz_0311", "shop": "Pārtykys veikals Latgales 190", "lat": 56.50512,
       "lon": 27.32966}  # the reverse-vending machine at the shop (negatives)
RVM_FIX = (56.505133, 27.329688)
SHOP_CARD = "2983 1104 7720 5518"  # her shop loyalty card (id.user)
DEPOSIT_ACC = "ATD-55180473"  # her deposit account (id.user)

# --- Lauki (the farm's area-payment declaration) -------------------------------------------------
HOLDING = "LV-SN-0081344"  # the farm's holding number (id.user: her as the applicant)
FIELDS = {"lauks_1": [(56.441215, 27.418930), (56.442037, 27.421806), (56.440448, 27.422611),
                      (56.439741, 27.419988)],
          "lauks_2": [(56.438902, 27.415112), (56.439618, 27.417324), (56.438311, 27.418007)]}
FIELD_FIX = (56.440914, 27.420532)  # her phone in field 1
AGENCY = {"id": "lad_rz", "lat": 56.51003, "lon": 27.33788}  # the agency's office (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ltg: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Latgalian then Latvian)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ltg-LV,lv;q=0.9,en;q=0.7" if ltg else "en-LV,en;q=0.9,lv;q=0.6",
                             DEV)
    return h


def dev_block(lang: str = "en_LV") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modelis": L("Pixel 8", DEV), "os": L("Android 14", DEV), "voluda": L(lang, DEV),
            "laika_zona": L(TZ, DEV)}


def push(token: str, lang: str = "en_LV") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "ireices_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a loan): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "CARD_NO", "CLINIC", "CLINIC_FIX", "DEPOSIT_ACC", "DIETITIAN", "FAIR",
           "FIELDS", "FIELD_FIX", "FRIEND", "HOLDING", "HUSBAND", "INVESTOR", "KILN", "LICENCE",
           "LV_ACCOUNT", "LV_NET", "MEMBER", "MOTHER_IL", "PERSONAL_CODE", "POLICY",
           "POLL_STATION", "POTTER", "RVM", "RVM_FIX", "RZ_HOME", "RZ_HOME_AT", "SCHOOL",
           "SHOP_CARD", "SON", "SSN", "STUDIO", "STUDIO_FIX", "TZ", "YARD_FIX", "dev_block", "fix",
           "hd", "obj", "push"]
