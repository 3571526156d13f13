"""Helpers for the hundred-and-thirty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` to
``eval_families24_kit``: ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) spends the dry season in
Kinshasa, where she keeps a wax-print stall at the central market; her phone roams on its US SIM
(the visited network's MCC/MNC and name are ``location.carrier``). Her house in Ngaliema and her
stall in Gombe (both hers), her husband, her voter card; the fabric wholesaler's depot, the river
port, the boat, the parish, the clinic, the savings group's other members, the music school and
its teacher, and the generator's site (all negatives, other people's or businesses'); her son;
generators for her fixes on the river and for practice sessions.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her places in Kinshasa ---------------------------------------------------------------------
KIN_HOME = {"line": "18 avenue des Flamboyants", "quartier": "Binza Pigeon",
            "commune": "Ngaliema", "ville": "Kinshasa"}
KIN_HOME_AT = (-4.351824, 15.252917)  # her house (location.precise where sent)
STALL = "Zando, allée C, étal 14"  # her stall at the central market (contact.address: hers)
STALL_AT = (-4.318706, 15.309842)  # her fix at the stall
VOTER = "1402771822913"  # her voter card number (personal.national_id)
HUSBAND = ("Jean-Marie Doe", "+243815550137")  # "mobali" (contact.*: typed by her)
ROAM_MCCMNC, ROAM_NET = "63089", "Mbote Télécom"  # the visited network (location.carrier)
DOB_FR = "17/05/1991"

# --- the wholesaler, the port and the boat (negatives) -----------------------------------------
DEPOT = {"id": "dp_limete_02", "nkombo": "Dépôt Kitoko Limete", "telefone": "+243995550140",
         "esika": "7e rue, Limete Industriel", "lat": -4.36611, "lon": 15.34102}
SKUS = ["KW-6Y-1182", "KW-6Y-2047", "KW-12Y-0319", "KW-6Y-7710"]  # wax designs (negatives)
PORT = {"id": "port_kinkole", "name": "Port de Kinkole", "lat": -4.34917, "lon": 15.49533}
BOAT = {"id": "bl_bolingo3", "name": "Baleinière Bolingo 3", "imo": "CD-BAL-7741",
        "captain_tel": "+243975550112"}
TICKET = "EB-2512-40917"  # her ticket (financial.purchase)
RIVER_AT = (-2.954411, 16.190272)  # her phone on the river, upstream of Kwamouth

# --- the parish (a negative) and her choir -------------------------------------------------------
PARISH = {"id": "par_ngaliema_07", "name": "Paroisse kimbanguiste de Ngaliema",
          "lat": -4.34722, "lon": 15.26105, "tel": "+243895550171"}
MEMBER_CH = "EJK-NGL-0048812"  # her member card (id.user; the church's own account)

# --- the clinic (a negative) -------------------------------------------------------------------
CLINIC = {"id": "cl_bumbu_01", "name": "Centre pédiatrique Makila Malamu",
          "lat": -4.36987, "lon": 15.29044, "tel": "+243825550163"}
DOCTOR = "Dr Espérance Mbuyi"  # her doctor there (the clinic's staff: a negative when echoed)
MUTUELLE = "MUT-KIN-0071184"  # her health mutual's member number (health.medical)
FILE_NO = "MM-25-0918"  # her patient file number at the clinic (id.user)

# --- likelemba (the savings group) -------------------------------------------------------------
GROUP_LK = "lk_zando_wax_12"
MEMBERS = [("Maman Chantal Ilunga", "+243815550181"), ("Maman Rose Kabila", "+243995550192"),
           ("Mireille Nsimba", "+243855550104")]  # other members (contact.* when she types)
MOMO_PIN = "4719"

# --- the music school; her son --------------------------------------------------------------------
SON = {"first": "Dieumerci", "dob": "2013-09-04", "age": 12, "id": "stu_4b1e09c7"}
TEACHER = {"id": "tch_0217", "name": "Papa Lokua Mbemba", "tel": "+243815550129"}
SCHOOL_AT = (-4.32561, 15.30817)

# --- the generator (the operator's site: negatives) -----------------------------------------------
GEN_SITE = {"id": "gs_gombe_zando_3", "kva": 60, "lat": -4.31841, "lon": 15.31012}
SUBSCRIBER = "MW-GMB-20417"  # her shop's subscriber number (id.user)
SOCKET = "SKT-3-118"  # the socket on the operator's board (a negative)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def kin_head(app: App, rng: random.Random, iid: str, how: str = "plain",
             **kw: Any) -> dict[str, Any]:
    """The app's headers (set 24's ``head``) with a Kinshasa French Accept-Language."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-CD,fr;q=0.9,ln;q=0.7,en;q=0.5", DEV)
    return h


def river(rng: random.Random, n: int, start: Pt = RIVER_AT, t0: int = 1765400000
          ) -> list[dict[str, Any]]:
    """Her phone's fixes on the boat, drifting upstream (lat/lon ``location.precise``)."""
    out = []
    for i in range(n):
        out.append({"t": t0 + 300 * i,
                    "lat": L(round(start[0] + 0.0041 * i + rng.uniform(-4e-5, 4e-5), 6), PRECISE),
                    "lon": L(round(start[1] + 0.0023 * i + rng.uniform(-4e-5, 4e-5), 6), PRECISE),
                    "acc": round(rng.uniform(6, 30), 1)})
    return out


def practice(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """A tuner's pitch readings of the guitar (strings, Hz, cents: an instrument, negatives)."""
    notes = [("E2", 82.41), ("A2", 110.0), ("D3", 146.83), ("G3", 196.0), ("B3", 246.94),
             ("E4", 329.63)]
    return [{"string": s, "hz": round(f + rng.uniform(-1.5, 1.5), 2),
             "cents": rng.randrange(-18, 18)} for s, f in (notes[i % 6] for i in range(n))]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a trip, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BOAT", "CLINIC", "DEPOT", "DOB_FR", "DOCTOR", "FILE_NO", "GEN_SITE", "GROUP_LK",
           "HUSBAND", "KIN_HOME", "KIN_HOME_AT", "MEMBERS", "MEMBER_CH", "MOMO_PIN", "MUTUELLE",
           "PARISH", "PORT", "RIVER_AT", "ROAM_MCCMNC", "ROAM_NET", "SCHOOL_AT", "SKUS",
           "SOCKET", "SON", "STALL", "STALL_AT", "SUBSCRIBER", "TEACHER", "TICKET", "VOTER",
           "fix", "kin_head", "obj", "practice", "river"]
