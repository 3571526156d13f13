"""Helpers for the hundred-and-fifty-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Nyeri (Kenya) with her Kikuyu husband
Muriithi Wachira, her US SIM roaming beside a Kenyan line for mobile money; their daughter
Wanjiru (8) is in Grade 3. Her places (their house in Ruring'u, the family's shamba at Wamagana in
Tetu, her fixes at the milk cooler, the planting site, the hospital in Nairobi, the bride's
family's compound in Karatina) are hers or typed by her (``location.precise`` where her own fix
is sent); the hospital, the church hall, the cooperative's cooler, the land registry, the tree
nursery, the biogas installer's yard are businesses' or public (negatives). People: her husband
(``contact.*`` when she types him, his ID number ``personal.national_id``), their daughter (a
data subject: name, birth date, sex, birth-certificate number labelled), her father-in-law (the
harambee's patient), her mother-in-law, her brother-in-law (the groom) and his bride, the bride's
father, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Nairobi"

# --- her Nyeri life -------------------------------------------------------------------------------
HOME = {"line": "Hse 14, Kamakwa Road, Ruring'u", "area": "Ruring'u", "town": "Nyeri",
        "county": "Nyeri", "post": "10100"}
HOME_AT = (-0.428417, 36.961902)  # their house (location.precise where sent)
FARM_AT = (-0.451263, 36.898714)  # the family's shamba at Wamagana, Tetu (hers: precise)
FARM_CORNERS = [(-0.450911, 36.898302), (-0.450874, 36.899187), (-0.451622, 36.899240),
                (-0.451655, 36.898351)]  # the shamba's beacons (precise)
HUSBAND = ("Muriithi Wachira", "+254722418305", "27418836")  # name, phone, national ID
FATHER_IL = ("Wachira Kiragu", "+254733106482")  # her father-in-law (the harambee's patient)
MOTHER_IL = ("Wairimu Wachira", "+254721930447")
GROOM = ("Kariuki Wachira", "+254710552913")  # her brother-in-law (the ruracio's groom)
BRIDE = ("Nyambura Mwangi", "+254729804156")  # his bride (typed by her: contact.*)
BRIDE_FATHER = ("Mwangi Gichuki", "+254720377641")
DAUGHTER = {"first": "Wanjiru", "last": "Muriithi", "dob": "2017-03-08", "sex": "muiritu",
            "cert": "BC-0917-22451"}  # a data subject (birth certificate: national_id)
SISTER_US = ("Laura Doe", "+15550142271", "laura.doe@example.net")
ALIEN_ID = "FC-1048872"  # her Kenyan foreigner certificate (personal.national_id)
KRA_PIN = "A014587263P"  # her Kenyan tax PIN (personal.national_id)
PASSPORT = "583104726"  # her US passport (personal.national_id)
KE_LINE = "+254712480199"  # her Kenyan mobile-money line (contact.phone)
KE_LINE_LOCAL = "0712480199"
KE_NET = "63902"  # her Kenyan line's MCC/MNC (location.carrier)
KE_ACCOUNT = "01108842716300"  # her shilling bank account (financial.payment)

# --- Uteithio (a medical harambee for her father-in-law's surgery) --------------------------------
HOSPITAL = {"id": "hsp_uh07", "name": "Upper Hill Example Hospital", "paybill": "400811",
            "lat": -1.29841, "lon": 36.81456}  # (negatives)
HALL = {"id": "vn_pcea_rg", "name": "Ruring'u Church Hall", "lat": -0.42611,
        "lon": 36.95877}  # the harambee's venue (a negative as a place)
HARAMBEE = "HR-2026-00417"  # the fundraiser's number (a public appeal: negative)

# --- Kiraro (dairy herd, AI service and milk deliveries) ------------------------------------------
COOLER = {"id": "clr_wmg", "name": "Wamagana Milk Cooler", "lat": -0.44702,
          "lon": 36.89217}  # the cooperative's cooler (negatives)
COOLER_FIX = (-0.447038, 36.892144)  # her phone at the cooler
FARMER_NO = "TDC-F-08812"  # her cooperative farmer number (id.user)
COWS = [{"tag": "KE-NYR-44120", "name": "Wambui"}, {"tag": "KE-NYR-44121", "name": "Njeri"},
        {"tag": "KE-NYR-51007", "name": "Kabura"}]  # the cows' ear tags (negatives)

# --- Mugunda (land search, survey and transfer) ---------------------------------------------------
PARCEL = "TETU/WAMAGANA/1187"  # the plot they are buying (financial.purchase, see the docstring)
REGISTRY = {"id": "lr_nyeri", "name": "Nyeri Land Registry", "lat": -0.42063,
            "lon": 36.94992}  # (negatives)
SELLER = ("Gitonga Ndegwa", "+254711240938")  # the plot's seller (typed by her: contact.*)

# --- Ruracio (her brother-in-law's dowry negotiations) --------------------------------------------
BRIDE_HOME = "Kagochi village, off Karatina-Kiamariga Road"  # the bride's family (contact.address)
BRIDE_HOME_AT = (-0.478922, 37.118406)  # her fix at the bride's compound (precise)

# --- Handamiti (community tree planting) ----------------------------------------------------------
NURSERY = {"id": "ns_kabaru", "name": "Kabaru Tree Nursery", "lat": -0.28815,
           "lon": 37.02144}  # (negatives)
PLANT_SITE = {"id": "st_kiandongoro", "lat": -0.39402, "lon": 36.81255}  # public site (negative)
PLANT_FIX = (-0.394110, 36.812736)  # her phone at the planting site
MEMBER_TREE = "HM-4471"  # her planter number (id.user)
KID_MEMBER = "HM-J-0932"  # Wanjiru's junior planter number (id.user)

# --- Gesimucii (a home biogas digester on pay-as-you-go) ------------------------------------------
PAYG = "GM-AC-770215"  # her pay-as-you-go account (id.user)
DIGESTER = {"serial": "DG6-22-01884", "size_m3": 6}  # (negatives)

# --- Ugima (breast screening at a Nairobi hospital) -----------------------------------------------
PATIENT_NO = "UHE-MRN-3302871"  # her medical record number (health.medical)
HOSP_FIX = (-1.298402, 36.814611)  # her phone at the hospital


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ki: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Gikuyu first with ``ki``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ki-KE,ki;q=0.9,en;q=0.8" if ki else "en-KE,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_KE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ruthiomi": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_KE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "kiuma_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a visit, a pledge line, a tree): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def mpesa(rng: random.Random) -> str:
    """A mobile-money receipt code (ten capitals and digits: ``financial.purchase``)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))


__all__ = ["ALIEN_ID", "BRIDE", "BRIDE_FATHER", "BRIDE_HOME", "BRIDE_HOME_AT", "COOLER",
           "COOLER_FIX", "COWS", "DAUGHTER", "DIGESTER", "FARMER_NO", "FARM_AT", "FARM_CORNERS",
           "FATHER_IL", "GROOM", "HALL", "HARAMBEE", "HOME", "HOME_AT", "HOSPITAL", "HOSP_FIX",
           "HUSBAND", "KE_ACCOUNT", "KE_LINE", "KE_LINE_LOCAL", "KE_NET", "KID_MEMBER", "KRA_PIN",
           "MEMBER_TREE", "MOTHER_IL", "NURSERY", "PARCEL", "PASSPORT", "PATIENT_NO", "PAYG",
           "PLANT_FIX", "PLANT_SITE", "REGISTRY", "SELLER", "SISTER_US", "TZ", "dev_block", "fix",
           "hd", "mpesa", "obj", "push"]
