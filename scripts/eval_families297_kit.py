"""Helpers for the two-hundred-and-ninety-seventh (blind) evaluation set ("blind294"). Category
ids, the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules
import them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper
``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id``
are set 24's), as set 151's modules do.

This kit adds what the set's apps share. She lives in Jammu (Gandhi Nagar) with her Dogra husband
Rohit Jamwal, her US SIM roaming on an Indian network; their son Kabir (10) is in class 5 and
plays kabaddi (kauddi) after school; her father-in-law, Subedar (retd.) Bachan Singh Jamwal, and
her mother-in-law Kamla Devi live in the family's village near Hiranagar (Kathua district), where
the family grows basmati. Her places (their house in Gandhi Nagar, her fixes at the kabaddi
ground, the naturopathy centre, the canteen, the rental shop, the family's basmati fields and the
procurement centre's gate) are hers (``location.precise`` where sent); the jagran troupe, the
kabaddi club, the exporter's procurement centre, the fund distributor, the naturopathy centre,
the ex-servicemen's canteen and the rental shop are businesses' (their IDs, names, phones and
points are negatives). People: her husband (``contact.*`` when she types him), their son (a
data subject: his name, birth date, sex, Aadhaar and player number are labelled), her parents-in
law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

# --- her Jammu life -------------------------------------------------------------------------------
HOME = {"line": "House 27-B, Lane 4, Sector 2, Gandhi Nagar", "area": "Gandhi Nagar",
        "town": "Jammu", "district": "Jammu", "state": "Jammu and Kashmir", "pin": "180004"}
HOME_AT = (32.708214, 74.861937)  # their house (location.precise where sent)
HUSBAND = ("Rohit Jamwal", "+919419023716")  # typed by her: contact.*
SON = {"first": "Kabir", "last": "Jamwal", "dob": "2015-08-14", "sex": "M",
       "aadhaar": "6301 8275 9405", "player": "KC-U12-0087"}  # a data subject
FATHER_IL = ("Bachan Singh Jamwal", "+919419611208")  # Subedar (retd.), in the village
MOTHER_IL = ("Kamla Devi", "+919906014452")
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
AADHAAR = "5739 2804 6112"  # her Aadhaar (Verhoeff-valid, synthetic: personal.national_id)
PAN = "BQXPD4721K"  # her PAN (personal.national_id)
US_SSN = "987-65-4329"  # her US SSN in the advertising range (FATCA: personal.national_id)
PASSPORT = "583104762"  # her US passport (personal.national_id)
RESIDENCE = "RP-JMU-25-004471"  # her FRRO residential permit (personal.national_id)
IN_ACCOUNT = "50100234871652"  # her rupee savings account (financial.payment)
IFSC = "EXMB0001842"  # the branch's code (public: unlabelled)
UPI = "janedoe.jmu@exampleupi"  # her UPI address (financial.payment)
VILLAGE = "Dhamal Chak"  # the family's village near Hiranagar (location.coarse)

# --- Jagrata (a jagran troupe's booking app; religion) --------------------------------------------
TROUPE = {"id": "jm_0217", "name": "Maa Bhagwati Jagran Mandali", "phone": "+919797012345",
          "lat": 32.71402, "lon": 74.87466}  # the troupe's office (negatives)
JAGRAN = "JGR-26-0321-14"  # the jagran booked (financial.purchase)
DEVOTEE = "JG-BHK-20418"  # her account number with the troupe (id.user)

# --- Kauddi Club (the son's kabaddi academy) ------------------------------------------------------
CLUB = {"id": "kc_gn01", "name": "Gandhi Nagar Kauddi Club", "phone": "+919419500812",
        "lat": 32.71233, "lon": 74.85811}  # the club's ground (negatives)
GROUND_FIX = (32.712301, 74.858142)  # her phone at the ground's gate

# --- Mehakkhet (basmati contract farming with an exporter) ----------------------------------------
CENTRE = {"id": "pc_hrn", "name": "Hiranagar Procurement Centre", "lat": 32.45612,
          "lon": 75.27205}  # the exporter's centre (negatives)
CENTRE_FIX = (32.456088, 75.272131)  # her phone at the centre's weighbridge
FIELD_AT = [(32.452104, 75.246611), (32.452688, 75.247892), (32.451533, 75.248410),
            (32.450971, 75.247105)]  # the family's field corners (hers: precise)
FIELD_FIX = (32.451822, 75.247440)  # her phone in the field
GROWER = "MK-KTH-25-03318"  # her grower number (id.user)
KHASRA = "412/7"  # the field's land-record number (a property record: unlabelled)

# --- Boondnivesh (a mutual-fund SIP distributor) --------------------------------------------------
FOLIO = "9981234-55"  # her folio (id.user)
ARN = "ARN-184422"  # the distributor's registration (negative)

# --- Tandrusti (a naturopathy and yoga-therapy centre) --------------------------------------------
AROGYA = {"id": "nc_trk", "name": "Tandrusti Prakritik Chikitsa Kendra", "phone": "+911912470318",
          "lat": 32.68561, "lon": 74.86917}  # the centre (negatives)
AROGYA_FIX = (32.685588, 74.869204)
PATIENT = "TND-2026-00712"  # her patient number (health.medical)
THERAPIST = ("Dr. Sunita Slathia", "s.slathia@tandrusti.example.com")  # typed by her: contact.*

# --- Kantinkard (the ex-servicemen's canteen card) ------------------------------------------------
CANTEEN = {"id": "urc_stw", "name": "Satwari Unit Run Canteen", "lat": 32.68244,
           "lon": 74.83977}  # the canteen (negatives)
CANTEEN_FIX = (32.682419, 74.839788)
CARD = "SC-4403-9821-0077"  # the family's canteen smart card (id.user)
ESM_ID = "ZSB-JMU-88213"  # her father-in-law's ex-serviceman identity card (national_id)
SERVICE_NO = "JC-148213K"  # his service number (id.user)

# --- Shingaar (wedding-wear rental) ---------------------------------------------------------------
SHOP = {"id": "sh_rgb", "name": "Shingaar Raghunath Bazaar", "phone": "+919622033410",
        "lat": 32.73012, "lon": 74.86645}  # the shop (negatives)
SHOP_FIX = (32.730101, 74.866478)
RENTAL = "SHG-2602-0419"  # her rental order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", doi: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English for India, Dogri first with ``doi``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("doi-IN,hi-IN;q=0.9,en;q=0.8" if doi else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a slot, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "ARN", "AROGYA", "AROGYA_FIX", "CANTEEN", "CANTEEN_FIX", "CARD", "CENTRE",
           "CENTRE_FIX", "CLUB", "DEVOTEE", "ESM_ID", "FATHER_IL", "FIELD_AT", "FIELD_FIX",
           "FOLIO", "GROUND_FIX", "GROWER", "HOME", "HOME_AT", "HUSBAND", "IFSC", "IN_ACCOUNT",
           "JAGRAN", "KHASRA", "MOTHER_IL", "PAN", "PASSPORT", "PATIENT", "RENTAL", "RESIDENCE",
           "SERVICE_NO", "SHOP", "SHOP_FIX", "SISTER_US", "SON", "THERAPIST", "TROUPE", "TZ",
           "UPI", "US_SSN", "VILLAGE", "dev_block", "fix", "hd", "obj", "push"]
