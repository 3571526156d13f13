"""Helpers for the hundred-and-seventy-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived a year in Karachi (Sindh, Pakistan) with
her Sindhi husband Ayaz Soomro in a flat in Gulshan-e-Iqbal, her US SIM roaming beside a local
Pakistani SIM of her own; their daughter Marvi (8) goes to school there; her mother-in-law
Zubeida Soomro lives in Latifabad, Hyderabad. Her places (the flat, the in-laws' house she stays
in, her fixes at the shrine of Bhit Shah, the heat-relief camp, the Hala block-printing workshop,
the airport on arrival) are hers (``location.precise`` where sent); the shrine, the police
station, the camp, the workshop, the union council office and the customs desk are public or
businesses' points (negatives). People: her husband and mother-in-law (``contact.*`` and CNICs
when she types them), their daughter (a data subject: name, birth date, sex, B-form number), her
landlord (name, phone, CNIC typed by her), the nikah witnesses, her sister in the US.

CNICs are 13 digits ``DDDDD-NNNNNNN-G`` (the first digit the province, 4 Sindh; the last digit
odd for men, even for women; NADRA publishes no check digit). The IBANs' check digits are
computed (ISO 13616 mod 97); the phone's second IMEI passes Luhn.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Karachi"

# --- her Karachi life -----------------------------------------------------------------------------
KHI_HOME = {"line": "Flat B-704, Saima Heights, Block 13-D", "area": "Gulshan-e-Iqbal",
            "town": "Karachi", "region": "Sindh", "post": "75300"}
KHI_HOME_AT = (24.918643, 67.096271)  # their flat (location.precise where sent)
INLAWS = {"line": "House 412, Unit No. 7", "area": "Latifabad", "town": "Hyderabad",
          "post": "71800"}
INLAWS_AT = (25.373412, 68.355918)  # the in-laws' house, where she stays (hers: precise)
HUSBAND = ("Ayaz Soomro", "+923002184467", "41303-2219876-5")  # typed by her: contact.*, CNIC
MOTHER_IL = ("Zubeida Soomro", "+923332107781", "41303-1187420-4")  # diabetic, hypertensive
DAUGHTER = {"first": "Marvi", "last": "Soomro", "dob": "2017-11-04", "sex": "niyani",
            "bform": "42101-8830274-6"}  # a data subject; her B-form (CRC) number: national_id
LANDLORD = ("Ghulam Rasool Memon", "+923212234409", "42201-5563108-7")
WITNESSES = [("Imtiaz Ali Soomro", "41303-4410239-1"), ("Nadeem Khoso", "42301-7719025-3")]
SISTER_US = ("Claire Doe", "+15550162290", "claire.doe@example.net")
PASSPORT = "548203917"  # her US passport (personal.national_id)
POC = "42201-0937716-2"  # her Pakistan Origin Card number (personal.national_id)
PK_SIM = "+923151220934"  # her own Pakistani number (contact.phone)
PK_IBAN = "PK41EXPK0010234567890123"  # her rupee account (financial.payment)
PK_NET = "41006"  # the visited network's MCC/MNC (location.carrier)
IMEI2 = "490154203237526"  # the phone's second IMEI (eSIM slot; Luhn-valid; id.hardware)
HOME_SSID, HOME_BSSID = "Soomro_B704", "e8:48:b8:3c:71:02"  # their flat's Wi-Fi (location.wifi)

# --- Sunjaanap (registering the foreign phone's IMEIs and paying the duty) ------------------------
AIRPORT_FIX = (24.906523, 67.160817)  # her phone at arrivals (hers: precise)
DESK = {"id": "dsk_khi_arr", "name": "Mobile Registration Desk, Arrivals"}  # (a negative)
CHALLAN = "PSID-2611-0049183327"  # the duty's payment slip (financial.purchase)

# --- Kiraedar (tenant registration with the police) -----------------------------------------------
THANO = {"id": "ps_gul_13", "name": "Gulshan-e-Iqbal Police Station", "phone": "+922199244301",
         "lat": 24.92104, "lon": 67.09012}  # (negatives)
TENANCY = "KRD-SEC-2026-118204"  # the registration's number (id.user: her record there)

# --- Mela Bhitai (Shah Abdul Latif's urs at Bhit Shah) -------------------------------------------
SHRINE = {"id": "drg_bhit", "name": "Dargah Shah Abdul Latif Bhitai", "lat": 25.80571,
          "lon": 68.49202}  # (negatives)
SHRINE_FIX = (25.805532, 68.491774)
ZAIR = "ZR-0417-2291"  # her pilgrim registration (id.user)
BAND = "WB-MRV-55120"  # Marvi's lost-child wristband code (id.user: the child's)

# --- Lu Khabar (heatwave alerts and heat-relief camps) -------------------------------------------
CAMP = {"id": "tc_g13_03", "name": "Gulshan Heat Relief Camp 3", "phone": "+922134981120",
        "lat": 24.91544, "lon": 67.09905}  # (negatives)
CAMP_FIX = (24.915471, 67.099102)

# --- Ajrak Chhaap (a Hala block-printing workshop: classes and custom ajrak) ----------------------
WORKSHOP = {"id": "ws_hala_07", "name": "Hala Ajrak Ghar", "phone": "+92223331204",
            "lat": 25.81521, "lon": 68.42311}  # (negatives)
WORKSHOP_FIX = (25.815377, 68.423005)
AJ_ORDER = "AC-26-00731"  # her custom ajrak order (financial.purchase)

# --- Saaf Paani (a home RO water-filter subscription) ---------------------------------------------
FILTER = {"serial": "RO5S-0045821", "model": "RO-5S Plus"}  # the appliance (a negative)
SUB = "SP-KHI-220934"  # her subscription account (id.user)

# --- Yunian Kaunsil (nikah registration and the daughter's birth registration) --------------------
UC = {"id": "uc_gul_07", "name": "Union Council 7, Gulshan-e-Iqbal Town", "lat": 24.92318,
      "lon": 67.10064}  # (negatives)
NIKAH_REG = "UC7-NK-2026-0193"  # their nikah registration (id.user: the couple's record)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", sd: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Sindhi first with ``sd``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("sd-PK,sd;q=0.9,ur;q=0.8,en;q=0.7" if sd else "en-PK,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "en_PK") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PK") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AIRPORT_FIX", "AJ_ORDER", "BAND", "CAMP", "CAMP_FIX", "CHALLAN", "DAUGHTER", "DESK",
           "FILTER", "HOME_BSSID", "HOME_SSID", "HUSBAND", "IMEI2", "INLAWS", "INLAWS_AT",
           "KHI_HOME", "KHI_HOME_AT", "LANDLORD", "MOTHER_IL", "NIKAH_REG", "PASSPORT",
           "PK_IBAN", "PK_NET", "PK_SIM", "POC", "SHRINE", "SHRINE_FIX", "SISTER_US", "SUB",
           "TENANCY", "THANO", "TZ", "UC", "WITNESSES", "WORKSHOP", "WORKSHOP_FIX", "ZAIR",
           "dev_block", "fix", "hd", "obj", "push"]
