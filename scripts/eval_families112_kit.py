"""Helpers for the hundred-and-twelfth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Dakar (Sacré-Cœur 3) for this set with her
husband Ousmane and her son Moussa (9) and keeps her New York home (the profile's position), where
she spends Christmas; her phone keeps the profile's SIM (roaming on a Senegalese network) and a
Senegalese line. Her values there: the Senegalese number, her identity card (CNI), her villa and
its point, her Dakar Wi-Fi, her husband, her mother-in-law, a neighbour who supports her TB
treatment, her son. Places and things that are not hers (negatives): the tontine's collection
wallet, the health centre, the smart pill box (an accessory), the bus station, the Touba host
house and the Grand Mosque, the wrestling arena, the tailor's workshop, the daara, the wholesaler
and the Sunday market. Generators: her fixes, the bus ride's track, internal object IDs and the
pill packs' hidden dose codes.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her values in Senegal -----------------------------------------------------------------------
SN_PHONE, SN_E164, SN_NATIONAL = "+221 77 408 31 56", "+221774083156", "77 408 31 56"
SN_NET, SN_NET_NAME = "60899", "Sunu Mobile"  # the network her US SIM roams on (location.carrier)
CNI, CNI_BARE = "2 751 1991 02483", "2751199102483"  # her identity card (personal.national_id)
DOB_FR = "17/05/1991"
DK_HOME = {"line": "Sacré-Cœur 3, villa 9127", "quartier": "Sacré-Cœur", "city": "Dakar",
           "region": "Dakar"}
DK_HOME_AT = (14.718362, -17.466125)  # her villa (location.precise where sent)
DK_SSID, DK_BSSID = "Keur-Faye-4G", "f4:8c:eb:21:7a:06"  # her Dakar Wi-Fi (location.wifi)
NEIGHBOUR_BSSIDS = ["f4:8c:eb:21:7a:07", "60:a4:b7:3c:19:e2", "ac:84:c6:51:0d:9b"]
HUSBAND = ("Ousmane Faye", "+221765128840")  # typed by her (contact.*)
INLAW = ("Ndèye Faye", "+221779021463", "1 448 1957 00721")  # his mother: name, phone, CNI
SUPPORTER = ("Khady Sarr", "+221783312007")  # her TB treatment supporter, a neighbour
FRIEND = ("Sokhna Diallo", "+221775093311")  # a friend she refers (contact.*)
SON = {"first": "Moussa", "last": "Faye", "dob": "2016-03-02", "age": 9, "sex": "garçon",
       "id": "tal_5c1e93a0"}  # her son, a data subject (his ID id.user)
SON_BIRTH_CERT = "1873/2016/SC"  # his birth-certificate extract number (personal.national_id)

# --- Nattsa (a tontine) ---------------------------------------------------------------------------
NATT = {"id": "nt_dk_0412", "name": "Natt Jigeen Sacré-Cœur", "members": 12, "amount": 25000}
NATT_MEMBER = "NT-0412-07"  # her membership number in the circle (id.user)
NATT_WALLET = "+221775550412"  # the circle's collection wallet (the treasurer's: a negative)
COTIS_REF = "CT-2512-004417"  # her contribution's receipt (financial.purchase)

# --- Yoonbi (Grand Magal transport and lodging) ---------------------------------------------------
GARE = {"id": "gr_baux", "name": "Gare routière des Baux Maraîchers", "lat": 14.74589,
        "lon": -17.42716}  # the bus station (a negative)
TOUBA_MOSQUE = (14.86178, -15.87625)  # the Grand Mosque (a negative)
HOST = {"id": "hb_tba_219", "name": "Keur Serigne Darou Marnane", "phone": "+221339761204"}
BUS = {"id": "bus_DK7741", "plate": "DK-7741-BF", "seats": 54}
BOOKING = "YB-MGL-77310"  # her booking code (financial.purchase)
DAHIRA = "Dahira Moukhadimatoul Khidma Sacré-Cœur"  # her Mouride dahira (personal.sensitive)
TOUBA_FIX = (14.860917, -15.881304)  # her phone in Touba
BUS_FIX = (14.79842, -16.93317)  # her phone on the bus near Thiès

# --- Wergi (TB treatment adherence) ---------------------------------------------------------------
CS = {"id": "cs_sic_118", "name": "Centre de santé Baobab de Sicap", "phone": "+221338641022",
      "lat": 14.72311, "lon": -17.46018}  # the health centre (negatives)
CS_FIX = (14.723086, -17.460235)  # her phone at the health centre
TB_REG = "DK-SIC-2025-0417"  # her TB register number (health.medical)
REGIMEN = "2RHZE/4RH"
PILLBOX = {"serial": "WPB3-008812", "ble": "D4:36:39:8A:11:5C", "fw": "1.4.2"}  # an accessory

# --- Mbapatt (laamb tickets and betting) ----------------------------------------------------------
ARENA = {"id": "ar_pkn", "name": "Arène de Pikine", "lat": 14.75262, "lon": -17.39417}
ARENA_FIX = (14.752338, -17.394021)  # her phone at the arena's gate
COMBAT = {"id": "cb_260104_01", "a": "Ndiaga Lion", "b": "Boy Kaolack II", "ecurie": "Fass Yoon"}
BET_ACCT = "MBP-88120457"  # her betting account (id.user)
TICKET = "TK-PKN-0941-22"  # her ticket (financial.purchase)
BETSLIP = "PS-55018836"  # her bet slip (financial.purchase)

# --- Nyawkat (a tailor's order book) --------------------------------------------------------------
ATELIER = {"id": "at_hlm_31", "name": "Atelier Thiossane HLM", "phone": "+221338254419",
           "adresse": "Marché HLM 5, box 31", "lat": 14.70968, "lon": -17.44921}
MESURES = {"tour_poitrine": 98, "tour_taille": 82, "tour_hanches": 104, "carrure": 41,
           "longueur_bras": 58, "tour_bras": 31, "tour_cou": 36, "longueur_boubou": 148,
           "hauteur": 168}  # her body measurements in cm (health.fitness)
ORDER_NYK = "NYK-25-11834"  # her order (financial.purchase)

# --- Ndongopay (her son's daara) ------------------------------------------------------------------
DAARA = {"id": "dr_gy_07", "name": "Daara Jàmm ak Xam de Grand-Yoff", "phone": "+221338270915",
         "lat": 14.73652, "lon": -17.45233}  # the school (negatives)
FEE_REF = "NDP-2512-30091"  # a fee payment's reference (financial.purchase)

# --- Bissapkeur (her bissap-juice home business) --------------------------------------------------
SHOP = {"id": "shp_4471", "name": "Bissap bu Neex", "ninea": "008812345 2G3"}  # her business
CUSTOMER = ("Fatou Kiné Diouf", "+221774419023", "Ouakam, cité Avion, villa 12")  # typed by her
SUPPLIER = {"id": "sup_tilene_3", "name": "Fall & Frères Tilène", "phone": "+221338219940"}
MARKET_AT = (14.69216, -17.45308)  # the Sunday market's point (a negative)
MARKET_FIX = (14.692241, -17.452967)  # her phone at her stall
SUPPLY_ORDER = "BK-SUP-20931"  # her order to the wholesaler (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def road(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1785650400,
         nd: int = 5) -> list[dict[str, Any]]:
    """Her phone's fixes on the road, start to end (lat/lon ``location.precise``; speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.0004, 0.0004)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.0004, 0.0004)
        out.append({"t": t0 + 60 * i, "lat": L(round(lat, nd), PRECISE),
                    "lon": L(round(lon, nd), PRECISE), "kmh": round(rng.uniform(40, 85), 1)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, an order, a thread): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def dose_code(rng: random.Random) -> str:
    """The number hidden behind a blister of her TB pills (proves the dose: health.medical)."""
    return f"{rng.randrange(1000, 9999)}"


__all__ = [
    "ARENA",
    "ARENA_FIX",
    "ATELIER",
    "BETSLIP",
    "BET_ACCT",
    "BOOKING",
    "BUS",
    "BUS_FIX",
    "CNI",
    "CNI_BARE",
    "COMBAT",
    "COTIS_REF",
    "CS",
    "CS_FIX",
    "CUSTOMER",
    "DAARA",
    "DAHIRA",
    "DK_BSSID",
    "DK_HOME",
    "DK_HOME_AT",
    "DK_SSID",
    "DOB_FR",
    "FEE_REF",
    "FRIEND",
    "GARE",
    "HOST",
    "HUSBAND",
    "INLAW",
    "MARKET_AT",
    "MARKET_FIX",
    "MESURES",
    "NATT",
    "NATT_MEMBER",
    "NATT_WALLET",
    "NEIGHBOUR_BSSIDS",
    "ORDER_NYK",
    "PILLBOX",
    "REGIMEN",
    "SHOP",
    "SN_E164",
    "SN_NATIONAL",
    "SN_NET",
    "SN_NET_NAME",
    "SN_PHONE",
    "SON",
    "SON_BIRTH_CERT",
    "SUPPLIER",
    "SUPPLY_ORDER",
    "SUPPORTER",
    "TB_REG",
    "TICKET",
    "TOUBA_FIX",
    "TOUBA_MOSQUE",
    "dose_code",
    "fix",
    "obj",
    "road",
]
