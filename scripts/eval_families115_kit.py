"""Helpers for the hundred-and-fifteenth (blind) evaluation set. Wire helpers, the profile's
transforms and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Mekelle with her husband Tesfay and her
daughter Lwam (17, Tesfay's daughter, whom she adopted) and keeps her New York flat (the profile's
position); the capture ran over a fortnight, her last week in Mekelle and her first days back in
New York. Here: the category ids; her Ethiopian line, her residence ID card and her birth date in
the Ethiopian calendar; her Mekelle house and office (hers), the roaming network; her husband,
daughter, mother-in-law in Hawzen, sister-in-law in Adigrat and confessor; the bus terminal, a
trip and her fixes on the bus; the transfer references; the eye clinic (a negative), her patient
number and surgery; the parish (its point a negative) and her member number; the solar lamp (an
appliance: negatives) and her pay-as-you-go account; Lwam's exam registration; the honey
cooperative's centre (a negative), her apiary and its hives (bees' data: negatives).
All values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

# Category ids (TAXONOMY.md).
ADID, ADDR, APPS, BIRTH = "id.advertising", "contact.address", "device.apps", "personal.birthdate"
BUY, CARRIER, COARSE, CONTACTS = ("financial.purchase", "location.carrier", "location.coarse",
                                  "content.contacts")
CRED, DEV, DID, FIT = "secret.credential", "device.info", "id.device", "health.fitness"
GENDER, IPLOC, MAIL, MED = "personal.gender", "location.ip", "contact.email", "health.medical"
MEDIA, NAMEC, NATID, PAY = ("content.media", "contact.name", "personal.national_id",
                            "financial.payment")
PRECISE, SEARCH, SENS, TEL = ("location.precise", "behavior.search", "personal.sensitive",
                              "contact.phone")
TEXT, UID, USAGE, WIFI = "content.text", "id.user", "behavior.usage", "location.wifi"
WALLET = f"{TEL}|{PAY}"  # her mobile-money number: her phone and her payment account

Pt = tuple[float, float]

# --- her own values beyond the profile ---
ET_PHONE = "+251914203377"  # her Ethiopian line (contact.phone)
ET_PHONE_NAT = "0914 203 377"
ET_PHONE_SP = "+251 91 420 3377"
RESIDENT_ID = "ETR-MK-0441927"  # her foreign-resident identity card (personal.national_id)
DOB_EC = "09/09/1983"  # 1991-05-17 in the Ethiopian calendar (Ginbot 9, 1983)
TI_LANG = "ti-ET,ti;q=0.9,en-US;q=0.8"
MK_HOME = {"kifle_ketema": "Hawelti", "kebele": "14", "house": "1187",
           "landmark": "behind Romanat square, green gate"}
MK_HOME_LINE = "Hawelti, kebele 14, house 1187"
HOME_MK_AT = (13.503124, 39.465538)  # her Mekelle house
OFFICE_MK_AT = (13.488417, 39.480926)  # her office
ROAM = {"mcc": "636", "mnc": "07", "name": "Tekezetel", "country": "ET"}  # the visited network

# --- people ---
HUSBAND = ("Tesfay", "Gebremedhin", "+251914663021")
HUSBAND_ID = "MK-04-118273"  # his kebele ID card (personal.national_id)
LWAM = {"first": "Lwam", "father": "Tesfay", "grand": "Gebremedhin", "dob": "2008-03-11",
        "dob_ec": "02/07/2000", "age": 17, "phone": "+251914228410"}
LWAM_REG = "1704881306"  # her national-exam registration number (her account: id.user)
MOTHER_IL = ("Letay Hagos", "+251934550712", "Hawzen")
SISTER_IL = ("Mebrat Gebremedhin", "+251914870345", "Adigrat", "mebrat.g@example.net")
CONFESSOR = ("Aba Gebreselassie Weldu", "+251914301128")
NEIGHBOUR = ("Kahsay Berhe", "+251914775230")

# --- Guezobus (intercity buses) ---
TERMINAL = {"id": "trm_mek_01", "name": "Mekelle Kedamay Weyane terminal", "lat": 13.49352,
            "lon": 39.47281, "phone": "+251344401122"}  # the terminal (a business: negatives)
TRIP = {"id": "trp_5520841", "bus": "GZ-BUS-114", "plate": "3-TG-04471", "driver": "Haftom",
        "route": "MEK-ADD"}
BOOKING = "GZ-7Q4K21"  # her booking (financial.purchase)
ON_BUS = [(13.437212, 39.526548), (13.358804, 39.531771), (13.250177, 39.540462)]

# --- Amanatpay (hawala) ---
SENDER_NO = "AMN-S-884120"  # her sender account (id.user)
TRANSFER = "AMT-5581-2293"  # a transfer's reference (financial.purchase)
TRANSFER2 = "AMT-5581-3310"
AGENT = {"code": "HWZ-017", "name": "Hawzen Central Agent", "phone": "+251344460017",
         "lat": 13.97652, "lon": 39.42874}  # the paying agent (negatives)

# --- Aynilid (trachoma surgery follow-up) ---
PATIENT_NO = "AY-TT-25-00917"  # her patient number in the programme (health.medical)
CBHI = "CBHI-TG-0048812"  # her community health-insurance number (health.medical)
EYE_CLINIC = {"id": "clin_ec_04", "name": "Enda Ayni Eye Clinic", "phone": "+251344418830",
              "lat": 13.47602, "lon": 39.48841}  # the clinic (negatives)
CLINIC_FIX = (13.476108, 39.488297)  # her phone at the clinic

# --- Asratmezgeb (parish register and tithe) ---
PARISH = "Kidane Mihret, Hawelti"  # her parish (personal.sensitive where tied to her)
CHURCH = {"id": "ch_0231", "lat": 13.50218, "lon": 39.46897}  # the church's own (negatives)
CHURCH_FIX = (13.502171, 39.469012)
MEMBER_NO = "KM-HW-2231"  # her parish-register number (id.user)
BAPTISMAL = "Welete Mariam"  # her baptismal name
TITHE_REF = "AS-2018-04-1187"  # a tithe receipt (financial.purchase)

# --- Birhanlamp (a lamp she pays for at her mother-in-law's) ---
PAYG_ACC = "BL-TG-0071842"  # her pay-as-you-go account (id.user)
LAMP = {"serial": "BLS3-2207-118204", "keypad": "KP-90417", "fw": "1.8.2",
        "model": "Birhan S3"}  # the lamp (an appliance: negatives)
VILLAGE_FIX = (13.975048, 39.430116)  # her phone at her mother-in-law's house
LAMP_SHOP_AT = (13.97811, 39.42655)

# --- Mearcoop (honey cooperative) ---
COOP_NO = "MR-HS-0419"  # her membership number (id.user)
COOP_CENTRE = {"id": "cc_hs_1", "name": "Hagere Selam collection centre", "lat": 13.65102,
               "lon": 39.17318, "phone": "+251344470311"}  # negatives
APIARY = [(13.648811, 39.177102), (13.648934, 39.177611), (13.648402, 39.177688),
          (13.648317, 39.177185)]  # the corners of her apiary plot
APIARY_FIX = (13.648645, 39.177390)
HIVES = ["hv_31a07", "hv_31a08", "hv_31a11"]
DELIVERY = "MRC-DL-30418"  # a honey delivery ticket (financial.purchase)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (3 or more precise, fewer coarse)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def ll(at: Pt, nd: int, cat: str | None = None) -> Any:
    """A ``lat,lon`` string, labelled by its precision (``cat`` None: not hers, unlabelled)."""
    s = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    return L(s, cat) if cat else s


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a visit, an inspection): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def ti_head(app: App, rng: random.Random, iid: str, *, how: str = "plain",
            auth: str | None = "bearer", lang: str | None = TI_LANG,
            extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """``head`` with a Tigrinya (or given) Accept-Language (``None``: the app sends none, as
    OkHttp does by default)."""
    h = head(app, rng, iid=iid, how=how, auth=auth, extra=extra)
    if lang:
        h["Accept-Language"] = L(lang, DEV)
    return h


def inspections(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her offline hive inspections: the hive (a negative), the bees' state, her fix."""
    out = []
    for i in range(n):
        la, lo = fix((APIARY_FIX[0] + rng.uniform(-2e-4, 2e-4),
                      APIARY_FIX[1] + rng.uniform(-2e-4, 2e-4)))
        out.append({"hive": HIVES[i % len(HIVES)], "t": 1765270000 + 600 * i, "lat": la,
                    "lon": lo, "queen": rng.choice([True, False]),
                    "broodFrames": rng.randrange(3, 8), "honeyFrames": rng.randrange(1, 6),
                    "temper": rng.choice(["calm", "nervous"]), "varroa": rng.randrange(0, 9)})
    return out


def lamp_hours(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The lamp's daily log (hours on, battery, panel): an appliance's data, negatives."""
    return [{"day": f"2025-11-{10 + i:02d}", "hoursOn": round(rng.uniform(3, 7), 1),
             "socMin": rng.randrange(8, 40), "panelWh": round(rng.uniform(18, 31), 1)}
            for i in range(n)]


__all__ = [
    "ADDR",
    "ADID",
    "AGENT",
    "APIARY",
    "APIARY_FIX",
    "APPS",
    "BAPTISMAL",
    "BIRTH",
    "BOOKING",
    "BUY",
    "CARRIER",
    "CBHI",
    "CHURCH",
    "CHURCH_FIX",
    "CLINIC_FIX",
    "COARSE",
    "CONFESSOR",
    "CONTACTS",
    "COOP_CENTRE",
    "COOP_NO",
    "CRED",
    "DELIVERY",
    "DEV",
    "DID",
    "DOB_EC",
    "ET_PHONE",
    "ET_PHONE_NAT",
    "ET_PHONE_SP",
    "EYE_CLINIC",
    "FIT",
    "GENDER",
    "HIVES",
    "HOME_MK_AT",
    "HUSBAND",
    "HUSBAND_ID",
    "IPLOC",
    "LAMP",
    "LAMP_SHOP_AT",
    "LWAM",
    "LWAM_REG",
    "MAIL",
    "MED",
    "MEDIA",
    "MEMBER_NO",
    "MK_HOME",
    "MK_HOME_LINE",
    "MOTHER_IL",
    "NAMEC",
    "NATID",
    "NEIGHBOUR",
    "OFFICE_MK_AT",
    "ON_BUS",
    "PARISH",
    "PATIENT_NO",
    "PAY",
    "PAYG_ACC",
    "PRECISE",
    "RESIDENT_ID",
    "ROAM",
    "SEARCH",
    "SENDER_NO",
    "SENS",
    "SISTER_IL",
    "TEL",
    "TERMINAL",
    "TEXT",
    "TITHE_REF",
    "TI_LANG",
    "TRANSFER",
    "TRANSFER2",
    "TRIP",
    "UID",
    "USAGE",
    "VILLAGE_FIX",
    "WALLET",
    "WIFI",
    "fix",
    "inspections",
    "lamp_hours",
    "ll",
    "obj",
    "ti_head",
]
