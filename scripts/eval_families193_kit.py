"""Helpers for the hundred-and-ninety-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kisumu (Kenya) with her Luo husband Otieno
Ochieng and their daughter Achieng (10, Grade 5); her US SIM roams on a Kenyan network and a
Kenyan line (+254 700 555 199) carries her mobile-money wallet. Her mother-in-law Rosa Adhiambo
Ochieng lives on the family's homestead (dala) in Kanyada, Homa Bay; her brother-in-law Odhiambo
runs the family's fishing boat from a Homa Bay landing beach; Caroline Akinyi Atieno is their
house help. Her places (their Milimani house, her fixes at the landing beach, the gastro clinic,
the school, the church hall, the ward office, the homestead) are hers (``location.precise`` where
sent); the cold room, the clinic, the school, the festival hall, the church, the ward office
and the band's base are businesses' or public bodies' (negatives). Kenyan ID numbers and KRA PINs
have no public check-digit algorithm (the PIN's last letter is kept as a format letter).
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

# --- her Kisumu life ------------------------------------------------------------------------------
KSM_HOME = {"line": "House 14, Aput Lane, Milimani", "area": "Milimani", "town": "Kisumu",
            "county": "Kisumu", "post": "40100"}
KSM_HOME_AT = (-0.098512, 34.755318)  # their house (location.precise where sent)
KE_PHONE = "+254700555199"  # her Kenyan line, the wallet's number (contact.phone)
KE_PHONE_LOCAL = "0700 555 199"
HUSBAND = ("Otieno Ochieng", "+254711402387", "23015598")  # name, phone, his ID number
DAUGHTER = {"first": "Achieng", "last": "Ochieng", "dob": "2015-08-03", "sex": "nyako",
            "birth_cert": "4410873", "assess": "KNEC-G5-41872213"}  # a data subject
MOTHER_IL = ("Rosa Adhiambo Ochieng", "+254722618044")  # in Kanyada, Homa Bay
BRO_IL = ("Odhiambo Ochieng", "+254733190562")  # runs the family boat
DALA_AT = (-0.563214, 34.482067)  # the family homestead in Kanyada (hers: precise)
DALA = {"village": "Kanyada", "town": "Homa Bay", "county": "Homa Bay", "post": "40300"}
ALIEN_ID = "0412876"  # her Kenyan foreigner certificate number (personal.national_id)
KRA_PIN = "A017734298K"  # her KRA PIN (personal.national_id)
PASSPORT = "571348806"  # her US passport (personal.national_id)
KE_NET = "63902"  # the visited network's MCC/MNC while roaming (location.carrier)
KE_BANK = "01109877654300"  # her shilling account at a Kisumu bank (financial.payment)

# --- Ngichrech (a solar cold room's crate rental at a Homa Bay landing beach) ---------------------
COLD = {"id": "od_hb07", "name": "Homa Bay Pier Cold Room", "phone": "+254720440117",
        "lat": -0.52261, "lon": 34.45702, "till": "884120"}  # (negatives)
BEACH_FIX = (-0.522634, 34.457051)  # her phone at the landing beach
BOAT = {"name": "Nyar Kanyada", "reg": "HB-2231-FB"}  # the boat's name and plate (no type)
COLD_ACC = "NGR-HB-00482"  # the family's cold-room account (id.user)

# --- Bura Ward (the ward's participatory budgeting and public participation) ----------------------
WARD = {"id": "wd_ksm_milimani", "name": "Milimani Ward Office", "lat": -0.10127,
        "lon": 34.75205}  # (negatives)
WARD_FIX = (-0.101245, 34.752088)
RESIDENT = "KSM-MLM-R-22841"  # her resident's registration (id.user)

# --- Thumwa (the daughter's school music festival) ------------------------------------------------
SCHOOL = {"id": "sk_lakebreeze", "name": "Lake Breeze Academy", "lat": -0.08921,
          "lon": 34.77013, "phone": "+254572024411"}  # (negatives)
HALL = {"id": "hl_lakeside", "name": "Kisumu Lakeside Hall", "lat": -0.09588,
        "lon": 34.74961}  # the festival venue (negatives)
HALL_FIX = (-0.095862, 34.749644)

# --- Ich Maber (a gastro clinic: endoscopy and an H. pylori breath test) --------------------------
CLINIC = {"id": "cl_ksm_gastro", "name": "Lakeview Gastro Centre", "phone": "+254572023390",
          "lat": -0.10302, "lon": 34.75811}  # (negatives)
CLINIC_FIX = (-0.103034, 34.758097)
FILE_NO = "LGC-2026-00917"  # her patient file number (health.medical)
DOCTOR = ("Dr. Grace Awino Oduor", "g.oduor@lakeviewgastro.example.org")  # typed: contact.*

# --- Jatich (employing their house help) ----------------------------------------------------------
HELP = {"name": "Caroline Akinyi Atieno", "phone": "+254768330941", "id": "28817364",
        "pin": "A009881452M", "nssf": "2019884731", "dob": "1994-02-11",
        "wallet": "+254768330941"}  # the house help (another person typed by her: labelled)
EMPLOYER = "JT-E-55120"  # her employer account (id.user)

# --- Lamo Mamine (a diocese's women's fellowship) -------------------------------------------------
CHURCH = {"id": "ch_stbarnabas", "name": "St. Barnabas Milimani", "lat": -0.09702,
          "lon": 34.75644, "paybill": "522911"}  # (negatives)
CHURCH_FIX = (-0.097041, 34.756402)
MEMBER = "MU-KSM-07731"  # her fellowship member number (id.user)

# --- Ohangla Live (a band hired for her mother-in-law's 70th birthday) ----------------------------
BAND = {"id": "bd_nyakach", "name": "Nyakach Ohangla Stars", "phone": "+254724905118",
        "lat": -0.33012, "lon": 34.84477}  # the band's base (negatives)
EVENT = "OHL-26-03318"  # the booking (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", luo: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Dholuo first with ``luo``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("luo-KE,luo;q=0.9,en;q=0.8" if luo else "en-KE,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_KE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def gir(token: str, lang: str = "en_KE") -> dict[str, Any]:
    """A first-party push registration body (``gir`` device: the token and install ID)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "gir_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ticket, a slot, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ALIEN_ID", "BAND", "BEACH_FIX", "BOAT", "BRO_IL", "CHURCH", "CHURCH_FIX", "CLINIC",
           "CLINIC_FIX", "COLD", "COLD_ACC", "DALA", "DALA_AT", "DAUGHTER", "DOCTOR", "EMPLOYER",
           "EVENT", "FILE_NO", "HALL", "HALL_FIX", "HELP", "HUSBAND", "KE_BANK", "KE_NET",
           "KE_PHONE", "KE_PHONE_LOCAL", "KRA_PIN", "KSM_HOME", "KSM_HOME_AT", "MEMBER",
           "MOTHER_IL", "PASSPORT", "RESIDENT", "SCHOOL", "TZ", "WARD", "WARD_FIX", "dev_block",
           "fix", "gir", "hd", "obj"]
