"""Helpers for the hundred-and-eighty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Tacloban City
(Leyte, Eastern Visayas, the Philippines) with her Waray husband Ramon Cinco and their daughter
Ligaya (10); her US SIM roams on a Philippine network and she has a local prepaid number for her
e-wallet; her mother-in-law Nenita Cinco keeps backyard pigs in Catbalogan (Samar). She teaches
English at a private learning centre. Her places (their house in Barangay 38, her fixes at the
clinic in Palo, the chapel, the robotics club, the lot she is buying, the sandbar, the
mother-in-law's pigpen) are hers or her family's (``location.precise`` where sent); the clinic,
the chapel, the club's school, the water station, the developer's office, the island's port
and registration desk and the bridge checkpoint are businesses' or public places (negatives).
People: her husband, their daughter (a data subject: name, birth date, sex, learner number,
health and photos are labelled), her mother-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Manila"

# --- her Tacloban life ----------------------------------------------------------------------------
HOME = {"line": "14 Santo Nino Street, Purok 3", "brgy": "Barangay 38", "town": "Tacloban City",
        "prov": "Leyte", "region": "Eastern Visayas", "post": "6500"}
HOME_AT = (11.241872, 125.003416)  # their house (location.precise where sent)
HUSBAND = ("Ramon Cinco", "+639175550142")  # typed by her: contact.*
MOTHER_IL = ("Nenita Cinco", "+639185550177")  # her mother-in-law in Catbalogan
MIL_PCN = "7305112948603317"  # the mother-in-law's PhilSys card number (personal.national_id)
DAUGHTER = {"first": "Ligaya", "last": "Cinco", "dob": "2015-08-03", "sex": "babaye",
            "lrn": "303412150078"}  # a data subject; the LRN (learner number) id.user
SISTER_US = ("Claire Doe", "+15550163390", "claire.doe@example.net")  # her sister in Oregon
LOCAL_PH = "+639275550199"  # her local prepaid number (her e-wallet's): contact.phone
PCN = "4821093755612048"  # her PhilSys card number, 16 digits (personal.national_id)
TIN = "412-587-903-000"  # her tax identification number (personal.national_id)
SSS = "34-5812047-6"  # her social security number (personal.national_id)
PHILHEALTH = "12-050318447-9"  # her PhilHealth member number (personal.national_id)
PASSPORT = "591034826"  # her US passport (personal.national_id)
PH_ACCOUNT = "001230456789"  # her peso savings account (financial.payment)
PH_NET = "51503"  # the visited network's MCC/MNC while roaming (location.carrier)
EMPLOYER = "Bayside Learning Center"  # her employer (a business: unlabelled)

# --- Kagawsuri (schistosomiasis screening and treatment) ------------------------------------------
CLINIC = {"id": "cl_palo01", "name": "Palo Schisto Control Clinic", "phone": "+63535550121",
          "lat": 11.15912, "lon": 124.99087}  # the clinic (negatives)
CLINIC_FIX = (11.159094, 124.990912)
PATIENT_NO = "SCH-LEY-2026-00417"  # her patient record number (health.medical)

# --- Bulakmayo (a chapel's Flores de Mayo and Santacruzan) ----------------------------------------
CHAPEL = {"id": "cp_stacruz38", "name": "Capilla han Santa Cruz, Brgy. 38", "lat": 11.24266,
          "lon": 125.00418}  # the chapel (a negative as a place)
CHAPEL_FIX = (11.242641, 125.004207)
DEVOTEE = "BM-38-0291"  # her devotee (member) number (id.user)

# --- Robotikanhon (the daughter's robotics club) --------------------------------------------------
CLUB = {"id": "rb_tyc", "name": "Tacloban Young Makers Robotics Club", "lat": 11.23891,
        "lon": 125.00102, "phone": "+63535550188"}  # the club and its school (negatives)
CLUB_FIX = (11.238932, 125.001047)
MEMBER = "TYM-2025-0156"  # Ligaya's club member number (id.user)
CONTEST_AT = (11.77561, 124.88519)  # the contest venue in Catbalogan (negative)

# --- Tubigan (a water-refilling station's delivery app) -------------------------------------------
STATION = {"id": "ws_brgy38", "name": "Agos Purified Water Refilling Station", "phone":
           "+639175550310", "lat": 11.24102, "lon": 125.00533}  # (negatives)
SUKI = "TB-SUKI-04471"  # her regular-customer account (id.user)

# --- Lotehan (a residential lot bought on monthly amortisation) -----------------------------------
DEVELOPER = {"id": "dv_amihan", "name": "Villa Amihan Palo", "lat": 11.16355, "lon": 124.98021,
             "phone": "+63535550233"}  # the developer's office (negatives)
LOT_AT = [(11.164412, 124.978815), (11.164498, 124.979021), (11.164311, 124.979102),
          (11.164227, 124.978893)]  # the corners of the lot she buys (hers: precise)
BUYER = "VAP-B-2026-0088"  # her buyer account (id.user)
CONTRACT = "VAP-CTS-7714"  # her contract to sell (financial.purchase)

# --- Pulohan (a sandbar island's day-trip permit and boat booking) --------------------------------
PORT = {"id": "pt_palompon", "name": "Palompon Ecotourism Desk", "lat": 11.05021,
        "lon": 124.38466}  # (negatives)
ISLAND_AT = (11.10312, 124.27018)  # the sandbar's public point (a negative)
ISLAND_FIX = (11.103455, 124.270512)  # her phone on the sandbar
PERMIT = "PLP-ECO-26-03318"  # the day-trip permit (financial.purchase: a booking)

# --- Baboyan (backyard hogs: ASF-clear movement permits and sales) --------------------------------
PIGPEN_AT = (11.781214, 124.889905)  # the mother-in-law's pigpen in Catbalogan (family: precise)
CHECKPOINT_AT = (11.28376, 125.03055)  # the bridge checkpoint (a negative)
RAISER = "BAB-SAM-00932"  # the backyard farm's raiser account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", war: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Waray first with ``war``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("war-PH,war;q=0.9,en;q=0.8" if war else "en-PH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def gamit(token: str) -> dict[str, Any]:
    """A push registration with Waray keys (``gamit`` device, ``yinaknan`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "gamit_id": L(INSTALL_ID, DID),
            "yinaknan": L("war", DEV), "sona_oras": L(TZ, DEV), "modelo": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BUYER", "CHAPEL", "CHAPEL_FIX", "CHECKPOINT_AT", "CLINIC", "CLINIC_FIX", "CLUB",
           "CLUB_FIX", "CONTEST_AT", "CONTRACT", "DAUGHTER", "DEVELOPER", "DEVOTEE", "EMPLOYER",
           "HOME", "HOME_AT", "HUSBAND", "ISLAND_AT", "ISLAND_FIX", "LOCAL_PH", "LOT_AT",
           "MEMBER", "MIL_PCN", "MOTHER_IL", "PASSPORT", "PATIENT_NO", "PCN", "PERMIT",
           "PHILHEALTH", "PH_ACCOUNT", "PH_NET", "PIGPEN_AT", "PORT", "RAISER", "SISTER_US",
           "SSS", "STATION", "SUKI", "TIN", "TZ", "dev_block", "fix", "gamit", "hd", "obj",
           "push"]
