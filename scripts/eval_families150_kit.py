"""Helpers for the hundred-and-fiftieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Yogyakarta (Java, Indonesia) with
her Javanese husband Wahyu Prasetyo, her US SIM roaming; their son Bima (8) goes to a primary
school in Kotagede. Her places (their house in a Kotagede kampung, her fixes at the RT hall, the
gamelan studio, the thalassaemia clinic, the batik workshop, the school gate, the arisan host's
house) are hers (``location.precise`` where sent); the RT's post, the studio, the clinic, the
workshop, the school, the becak stand and the mosque are businesses', the kampung's or the
mosque's (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex and student number are labelled), her mother-in-law, an
arisan friend, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Jakarta"

# --- her Yogyakarta life --------------------------------------------------------------------------
YK_HOME = {"line": "Jl. Mondorakan Gg. Soka No. 27", "kampung": "Prenggan", "rt": "RT 04 RW 09",
           "town": "Kotagede", "city": "Yogyakarta", "province": "DI Yogyakarta",
           "postcode": "55172"}
YK_HOME_AT = (-7.826318, 110.400127)  # her house (location.precise where sent)
HUSBAND = ("Wahyu Prasetyo", "+6281227340918")  # typed by her: contact.*
SON = {"first": "Bima", "last": "Prasetyo", "dob": "2018-04-22", "sex": "L",
       "student": "SDK-2024-1187", "nisn": "0183442716"}  # a data subject (sets 29, 35, 37)
MIL = ("Sri Lestari", "+6281328855017")  # her mother-in-law
FRIEND = ("Dewi Anggraini", "+6285643120977")  # an arisan friend she names
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
KITAS = "2C11JE0418-AB"  # her limited-stay permit card (personal.national_id)
NIK_HUSBAND = "3471082207850003"  # his national ID number (typed by her: personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
ID_ACCOUNT = "0871204455"  # her Yogyakarta bank account (financial.payment)

# --- Guyubrukun (the kampung's RT app: dues, night watch, letters; Javanese keys) -----------------
RT_POST = {"id": "rt04rw09", "name": "Pos Ronda RT 04", "lat": -7.82655, "lon": 110.40041,
           "phone": "+6282133407711"}  # the RT's guard post (negatives)
RT_HALL_FIX = (-7.826561, 110.400395)  # her phone at the post
WARGA = "PRG-0409-0112"  # her resident number in the RT (id.user)

# --- Tumpakan (becak-motor and andong rides) ------------------------------------------------------
STAND = {"id": "st_kg2", "name": "Pangkalan Becak Pasar Kotagede", "lat": -7.82913,
         "lon": 110.39992}  # a stand (negative)
KRATON_AT = (-7.80526, 110.36428)  # the palace gate (a landmark: negative)
MALIOBORO_FIX = (-7.792831, 110.365722)  # her drop-off near the market

# --- Gendhingan (a gamelan studio's classes) ------------------------------------------------------
STUDIO = {"id": "sg_lgr", "name": "Sanggar Laras Gending", "lat": -7.81602, "lon": 110.38719,
          "phone": "+6282227715530"}  # the studio (negatives)
STUDIO_FIX = (-7.816044, 110.387215)
PUPIL = "SLG-2026-0334"  # her pupil number (id.user)

# --- Hemokita (a thalassaemia centre's family carrier screening) ----------------------------------
CLINIC = {"id": "tc_ygy", "name": "Klinik Talasemia Mataram", "lat": -7.78377, "lon": 110.37461,
          "phone": "+62274551890"}  # the clinic (negatives)
CLINIC_FIX = (-7.783791, 110.374588)
MRN = "KTM-26-004417"  # her record number (health.medical)
MRN_SON = "KTM-26-004418"  # Bima's record number (health.medical)

# --- Cantingan (a batik-tulis workshop's commissions) ---------------------------------------------
WORKSHOP = {"id": "ws_gir", "name": "Omah Batik Giriloyo", "lat": -7.93412, "lon": 110.40821,
            "phone": "+6281392004476"}  # the workshop (negatives)
WORKSHOP_FIX = (-7.934098, 110.408235)
ORDER = "CTG-26-0517"  # her commission (financial.purchase)

# --- Bekalsekolah (the son's primary school: lunch boxes and pick-up) -----------------------------
SCHOOL = {"id": "sd_kg3", "name": "SD Kembang Gede", "lat": -7.82401, "lon": 110.39712,
          "phone": "+62274371402"}  # the school (negatives)
GATE_FIX = (-7.824033, 110.397148)  # her fix at the gate at pick-up

# --- Arisantaklim (a women's Qur'an study circle's arisan) ----------------------------------------
MEMBER = "AT-KG-0291"  # her arisan member number (id.user)
HOST_FIX = (-7.827719, 110.401806)  # the host's house, where she is (precise: her fix)
MOSQUE = {"id": "ms_kg", "name": "Masjid Gedhe Mataram", "lat": -7.82966,
          "lon": 110.39809}  # the mosque (negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lang: str = "en",
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (``en``, ``id`` Indonesian or ``jv`` Javanese)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L({"en": "en-ID,en;q=0.9,id;q=0.8", "id": "id-ID,id;q=0.9,en;q=0.8",
                              "jv": "jv-ID,jv;q=0.9,id;q=0.8,en;q=0.7"}[lang], DEV)
    return h


def dev_block(lang: str = "en_ID") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_ID") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ride, a lesson, a sample): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
