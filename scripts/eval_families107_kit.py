"""Helpers for the hundred-and-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` to
``eval_families24_kit``; the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

She is on a two-year posting in Antananarivo, where her husband's family lives. This kit holds
what the set's apps share: her flat in Antananarivo (her address and point), her Malagasy line
(a second number of hers: ``contact.phone``), her resident card (``personal.national_id``), her
husband (``vady``) and her son at preschool; the billers and their bill references; the malaria
test kit and the health post (negatives); the taxi-be lines and stops (negatives) and her fixes
on a ride; the vanilla cooperative, her plot near Sambava and a lot of green vanilla; the zebu
market, an ox's passport and the buyer; the irrigation association's canal and gate (negatives)
and the family's rice field; the preschool (a negative), the teacher and the people allowed to
pick the boy up.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her life in Antananarivo -----------------------------------------------------------------
TANA_HOME = {"adiresy": "Lot IVG 68 bis Ambatonakanga", "fokontany": "Ambatonakanga",
             "tanana": "Antananarivo", "kaody_paositra": "101"}
TANA_AT = (-18.910412, 47.528733)  # her flat (location.precise where sent)
MG_PHONE = "+261325501099"  # her Malagasy line (contact.phone)
MG_PHONE_NAT = "032 55 010 99"
RESIDENT_CARD = "RV-101-2024-0088713"  # her resident card (personal.national_id)
VADY = ("Andry Rakotomalala", "+261341177082")  # her husband, typed by her (contact.*)
SON = ("Niry", "2021-03-14", 4)  # her son: first name, birth date, age

# --- Vatsy (mobile-money bill payment) ---------------------------------------------------------
BILLERS = {"herinaratra": {"id": "BLR-JRN-01", "name": "Herin'Ala Elec & Rano"},
           "internet": {"id": "BLR-NET-07", "name": "Tanafibre"}}  # billers (negatives)
METER = "0471-882-1093"  # her electricity contract (financial.purchase: a bill's reference)
BILL_REF = "FAC-2512-0447193"  # an invoice reference (financial.purchase)
WALLET_PIN = "4719"  # the wallet's secret code (secret.credential)
AGENT = {"code": "AG-TNR-3318", "name": "Fanjava Cash Point", "tel": "+261320044107",
         "lat": -18.90733, "lon": 47.52588}  # a cash-in agent (a negative)

# --- Tazomoka (malaria rapid-test reporter) ---------------------------------------------
RDT_KIT = {"brand": "DuoRapid Pf/Pan", "lot": "MR24-0917B", "exp": "2026-08"}  # the kit
HEALTH_POST = {"id": "CSB2-ANT-041", "name": "CSB II Isotry", "tel": "+261202260148",
               "lat": -18.91562, "lon": 47.51318}  # the health post (a negative)
TRIP_AT = (-18.148307, 49.402171)  # Toamasina, where they were the week before (her fix)

# --- Lalantsara (taxi-be routes) ----------------------------------------------------------------
LINES = ["119", "147", "192"]  # minibus line numbers (negatives)
STOP = {"id": "stp_ANK_22", "name": "Analakely Arrêt 22", "lat": -18.90588,
        "lon": 47.52431}  # a stop (a negative)
BOARD_AT = (-18.909871, 47.527904)  # where she boards, near home (her fix)
OFFICE_AT = (-18.879346, 47.507812)  # her office at Ankorondrano (her fix)

# --- Vanilaka (vanilla growers' cooperative) ------------------------------------------
MEMBER_NO = "VNK-SAV-00417"  # her cooperative membership (id.user)
PLOT_AT = (-14.268412, 50.163127)  # her plot near Sambava
PLOT_EDGE = [(-14.268201, 50.162884), (-14.268143, 50.163402), (-14.268662, 50.163455),
             (-14.268719, 50.162931)]  # the plot's boundary (her land: precise)
WAREHOUSE = {"id": "WH-SMB-2", "lat": -14.26651, "lon": 50.16688,
             "tel": "+261208822014"}  # the cooperative's warehouse (a negative)
LOT = "LOT-25-SMB-0882"  # a lot of green vanilla delivered (its sale: financial.purchase)

# --- Ombyvaro (zebu market) ----------------------------------------------------------------------
MARKET = {"id": "mkt_TSR", "name": "Tsena omby Tsiroanomandidy", "lat": -18.7674,
          "lon": 46.04321}  # the market (a negative)
MARKET_FIX = (-18.767512, 46.043389)  # her phone at the market
OX = {"passport": "KO-TSR-2019-440812", "tag": "MG-0147-55820", "color": "mavo",
      "age": 6}  # the ox's passport and tag (an animal's: negatives)
BUYER = ("Rabe Ndrianasolo", "+261330098812")  # the buyer, typed by her (contact.*)
SALE = "VNT-25-TSR-1184"  # the sale's receipt number (financial.purchase)

# --- Ranodrano (rice-field irrigation water turns) --------------------------------------
FIELD_AT = (-18.826514, 47.437902)  # the family's rice field at Ambohidratrimo
CANAL = {"id": "cnl_AMB_3", "gate": "VB-3-07", "lat": -18.82512, "lon": 47.43611}  # negatives
PARCEL = "AMB-C3-P114"  # the field's parcel number in the association's register

# --- Zazakely (preschool) --------------------------------------------------------------
SCHOOL = {"id": "sch_ISR_05", "name": "Akany Zazakely Isoraka", "tel": "+261202233870",
          "lat": -18.91403, "lon": 47.52187}  # the preschool (a negative)
TEACHER = ("Mme Hanta", "hanta@zazakely.example.org")  # the teacher's school mailbox (negative)
PICKUP = [("Vola Rakotomalala", "+261345520331")]  # the grandmother, allowed to pick him up
KID_ID = "kid_9d2e41f7"  # the boy's profile ID (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trace(rng: random.Random, n: int, start: Pt, end: Pt,
          t0: int = 1765340000) -> list[dict[str, Any]]:
    """Her fixes on a ride, start to end (lat/lon ``location.precise``; speed and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "v": round(rng.uniform(4, 28), 1)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a payment, a report, a listing): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENT", "BILLERS", "BILL_REF", "BOARD_AT", "BUYER", "CANAL", "FIELD_AT",
           "HEALTH_POST", "KID_ID", "LINES", "LOT", "MARKET", "MARKET_FIX", "MEMBER_NO", "METER",
           "MG_PHONE", "MG_PHONE_NAT", "OFFICE_AT", "OX", "PARCEL", "PICKUP", "PLOT_AT",
           "PLOT_EDGE", "RDT_KIT", "RESIDENT_CARD", "SALE", "SCHOOL", "SON", "STOP", "TANA_AT",
           "TANA_HOME", "TEACHER", "TRIP_AT", "VADY", "WALLET_PIN", "WAREHOUSE", "fix", "obj",
           "trace"]
