"""Helpers for the nineteenth (blind) evaluation set. Category ids, the earlier profile transforms,
device blocks, wire helpers and ``check_ci``/``report`` stay in the earlier kits (the family
modules import them from ``eval_families17_kit`` and ``eval_families18_kit``; ``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).

This kit adds the profile's values in further transforms (the e-mail in mixed case, as base64url,
as the base64 of its SHA-256 digest and as upper-case SHA-1; the phone as a ``tel:`` URI, with a
parenthesised area code, SHA-256 of its ten digits and base64 of E.164; the advertising ID as
SHA-1, without dashes in upper case and as base64 of its 16 bytes; the Android ID as base64; the
IMEI dashed, without its check digit and as SHA-1; the serial as SHA-256; the MAC in dotted groups
and as MD5; SHA-256 of the IMSI; the ICCID with its BCD filler; the install ID braced and as
base64url of its 16 bytes; the public IP zero-padded, in the NAT64 form of RFC 6052, bracketed, as
base64 of its text, as a host label and inside a UPnP URL; MCC/MNC as a 3GPP PLMN BCD string and
``310:260``; the SIM country as ISO alpha-3 and numeric; the operator as a slug; E-UTRAN and NR
cell identities), position encoders new to the evaluation (radians, degrees and decimal minutes,
Web Mercator metres, Maidenhead locators, tile quadkeys, ISO 6709 strings, ``geo:`` URIs, float32
pairs), keystroke-timing encoders (base85 uint16, base32 centiseconds, delta-of-delta lists, packed
zigzag varints, ``down-up`` pair strings, digraph latencies), template encoders (base85 float32,
bfloat16, landmarks normalised to bytes, CSV strings), and look-alike generators (recommender item
vectors, song fingerprints, catalogue codes, UI grid cells, other devices' install IDs, famous and
fictional names, venues, the app's own texts).
"""

from __future__ import annotations

import base64
import itertools
import math
import random
import struct
import uuid
from typing import Any

from eval_families17_kit import DIGITS, E164, sha, varints
from eval_families18_kit import CELL_ID, TAC, centis
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    ICCID,
    IMEI,
    IMSI,
    INSTALL_ID,
    LAT,
    LON,
    MAC,
    PUBLIC_IP,
    SERIAL,
    USER_ID,
    rnd_hex,
)


def _b64(data: bytes | str, url: bool = False) -> str:
    raw = data.encode() if isinstance(data, str) else data
    return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url
            else base64.b64encode(raw).decode())


EMAIL_MIXED = "Jane.Doe@Example.org"
EMAIL_B64URL = _b64(EMAIL, url=True)
EMAIL_SHA256_B64 = _b64(bytes.fromhex(sha("sha256", EMAIL.strip().lower())))
EMAIL_SHA1_UPPER = sha("sha1", EMAIL.lower()).upper()
PHONE_TEL_URI = "tel:+1-555-010-0199"
PHONE_PAREN = "+1 (555) 010-0199"
PHONE_DIGITS_SHA256 = sha("sha256", DIGITS)
PHONE_B64 = _b64(E164)
GAID_SHA1 = sha("sha1", GAID)
GAID_NODASH_UPPER = GAID.replace("-", "").upper()
GAID_RAW_B64 = _b64(uuid.UUID(GAID).bytes)
AID_B64 = _b64(ANDROID_ID)
IMEI_DASHED = f"{IMEI[:2]}-{IMEI[2:8]}-{IMEI[8:14]}-{IMEI[14]}"
IMEI14 = IMEI[:14]  # TAC + serial number, without the Luhn check digit
IMEI_SHA1 = sha("sha1", IMEI)
SERIAL_SHA256 = sha("sha256", SERIAL)
MAC_DOTTED = ".".join(MAC.replace(":", "")[i:i + 4] for i in (0, 4, 8))
MAC_MD5 = sha("md5", MAC)
IMSI_SHA256 = sha("sha256", IMSI)
ICCID_F = ICCID + "F"  # the SIM's ICCID as read from EF_ICCID, with its BCD filler nibble
IID_BRACED = "{" + INSTALL_ID.upper() + "}"
IID_RAW_B64 = _b64(uuid.UUID(INSTALL_ID).bytes, url=True)
USER_B64 = _b64(USER_ID)
IP_PADDED = ".".join(f"{int(o):03d}" for o in PUBLIC_IP.split("."))  # "203.000.113.007"
IP_NAT64 = "64:ff9b::cb00:7107"  # the RFC 6052 well-known prefix over 203.0.113.7
IP_BRACKET = f"[{PUBLIC_IP}]"
IP_B64STR = _b64(PUBLIC_IP)
IP_LABEL = "ip-" + PUBLIC_IP.replace(".", "-")
IP_UPNP = f"http://{PUBLIC_IP}:49152/"  # the endpoint a UPnP port mapping makes reachable
PLMN_BCD = "130062"  # MCC 310 / MNC 260 as the 3 bytes of a 3GPP PLMN identity, in hex
MCCMNC_COLON = "310:260"
SIM_ALPHA3, SIM_NUM = "USA", "840"
OP_SLUG = "example-mobile"
ECGI = f"310-260-{CELL_ID}"
ECI_HEX = f"{CELL_ID:07X}"
TAC_HEX = f"{TAC:04X}"
NR_NCI = 11234567891  # a 5G NR cell identity (36 bits)
LAC, GSM_CID = 12021, 40961
R_EARTH = 6378137.0
assert int(ECI_HEX, 16) == CELL_ID and len(IP_NAT64.split(":")[-1]) == 4


def rad(nd: int = 6, lat: float = LAT, lon: float = LON) -> str:
    return f"{math.radians(lat):.{nd}f},{math.radians(lon):.{nd}f}"


def ddm(lat: float = LAT, lon: float = LON, nd: int = 3) -> str:
    """Degrees and decimal minutes (``40°44.510'N 73°59.359'W``; 3 decimals of a minute ~2 m)."""
    def one(v: float, pos: str, neg: str) -> str:
        d = int(abs(v))
        return f"{d}°{(abs(v) - d) * 60:.{nd}f}'{pos if v >= 0 else neg}"
    return f"{one(lat, 'N', 'S')} {one(lon, 'E', 'W')}"


def mercator(lat: float = LAT, lon: float = LON) -> list[float]:
    """EPSG:3857 metres ``[x, y]`` to a decimetre."""
    return [round(R_EARTH * math.radians(lon), 1),
            round(R_EARTH * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)), 1)]


def maidenhead(n: int = 6, lat: float = LAT, lon: float = LON) -> str:
    """A Maidenhead locator: 6 characters is about 5 x 9 km, 10 about 30 x 20 m."""
    lo, la, out = lon + 180, lat + 90, ""
    for i, (wl, wa) in enumerate([(20, 10), (2, 1), (2 / 24, 1 / 24), (2 / 240, 1 / 240),
                                  (2 / 5760, 1 / 5760)][: n // 2]):
        a, b = int(lo // wl), int(la // wa)
        lo, la = lo - a * wl, la - b * wa
        base = "A" if i == 0 else ("0" if i % 2 else "a")
        out += chr(ord(base) + a) + chr(ord(base) + b)
    return out


def quadkey(z: int, lat: float = LAT, lon: float = LON) -> str:
    """The map tile containing the point, as a quadkey (zoom 12 is about 7 km wide)."""
    s = math.sin(math.radians(lat))
    x = int((lon + 180) / 360 * (1 << z))
    y = int((0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * (1 << z))
    return "".join(str(((x >> i) & 1) | (((y >> i) & 1) << 1)) for i in range(z - 1, -1, -1))


def iso6709(nd: int = 4, lat: float = LAT, lon: float = LON) -> str:
    """ISO 6709 as video containers store a recording place (``+40.7418-073.9893/``)."""
    return f"{lat:+0{nd + 3}.{nd}f}{lon:+0{nd + 5}.{nd}f}/"


def geo_uri(nd: int = 5, unc: int = 12) -> str:
    return f"geo:{LAT:.{nd}f},{LON:.{nd}f};u={unc}"


def f32pair(lat: float = LAT, lon: float = LON) -> str:
    return _b64(struct.pack("<2f", lat, lon))


def b85u16(values: list[int]) -> str:
    """Millisecond intervals as little-endian uint16, base85 (RFC 1924 alphabet)."""
    return base64.b85encode(struct.pack(f"<{len(values)}H", *values)).decode()


def b32c(values: list[int]) -> str:
    """Intervals as centisecond bytes, base32 without padding."""
    return base64.b32encode(centis(values)).decode().rstrip("=")


def dod(downs: list[int]) -> list[int]:
    """Key-down times as a first time, a first delta, then deltas of deltas."""
    d = [b - a for a, b in itertools.pairwise(downs)]
    return [downs[0], d[0], *[b - a for a, b in itertools.pairwise(d)]]


def zz(values: list[int]) -> bytes:
    """Deltas of ``values`` zigzag-encoded as packed varints (a packed ``sint32`` field)."""
    prev, out = 0, []
    for v in values:
        d, prev = v - prev, v
        out.append((d << 1) ^ (d >> 31))
    return varints(out)


def pairs(events: list[dict[str, Any]]) -> str:
    """Key events as ``down-up`` pairs in ms, comma-separated (the characters left out)."""
    return ",".join(f"{e['d']}-{e['u']}" for e in events)


def digraphs(rng: random.Random, text: str) -> list[list[Any]]:
    """Latencies of successive letter pairs (``["ro", 112]``), as typing-biometric SDKs keep."""
    return [[text[i:i + 2], rng.randrange(70, 260)] for i in range(len(text) - 1)
            if " " not in text[i:i + 2]]


def b85f32(vec: list[float]) -> str:
    return base64.b85encode(struct.pack(f"<{len(vec)}f", *vec)).decode()


def bf16b64(vec: list[float]) -> str:
    """A template as bfloat16 (the top half of each float32), base64."""
    raw = b"".join(struct.pack("<f", v)[2:] for v in vec)
    return _b64(raw)


def u8hex(pts: list[float], w: int = 720, h: int = 1280) -> str:
    """Landmark pixel coordinates normalised to one byte each (x/w, y/h), hex."""
    return bytes(min(255, round(p / (w if i % 2 == 0 else h) * 255))
                 for i, p in enumerate(pts)).hex()


def csv(vec: list[float], nd: int = 3) -> str:
    return ",".join(f"{v:.{nd}f}" for v in vec)


# Look-alikes: what a careful auditor leaves unlabelled.
FAMOUS = ["Nova Reyes", "Kai Brennan", "Ivy Marlowe", "Dex Okafor", "Luna Varga", "Orin Hale",
          "Maren Solis", "Theo Lindqvist"]  # fictional performers and characters
ERRORS = ["This e-mail is already registered. Try signing in instead.",
          "We couldn't verify that address. Check it and try again.",
          "Too many attempts. Please wait 10 minutes.",
          "Your session expired. Sign in again to continue."]


def item_vecs(rng: random.Random, n: int, d: int = 32, pre: str = "trk") -> list[dict[str, Any]]:
    """A recommender's item embeddings (tracks, products), not anyone's template."""
    return [{"id": f"{pre}_{rnd_hex(rng, 10)}", "v": [round(rng.gauss(0, 0.12), 4)
                                                       for _ in range(d)]} for _ in range(n)]


def chroma(rng: random.Random, n: int = 96) -> str:
    """A song-identification fingerprint of the music playing (base64url, ``AQAA`` header)."""
    return "AQAA" + _b64(bytes(rng.getrandbits(8) for _ in range(n)), url=True)


def catalog(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Products: SKUs, serial-looking catalogue codes, EAN-13 barcodes, prices and stock."""
    return [{"sku": f"SKU-{rng.randrange(10000, 99999)}-{rng.choice(['BLK', 'WHT', 'OLV'])}",
             "code": f"{rng.choice('KMPTX')}{rng.randrange(10, 99)}Q{rng.randrange(10, 99)}"
                     f"{''.join(rng.choice('ABCDEFGHJK') for _ in range(5))}",
             "ean": f"{rng.randrange(10 ** 12, 10 ** 13)}", "price": round(rng.uniform(4, 90), 2),
             "stock": rng.randrange(0, 40)} for _ in range(n)]


def grid(rng: random.Random, n: int, cols: int = 4) -> list[dict[str, int]]:
    """UI grid cells that were rendered (row, column, width, height in dp)."""
    return [{"r": i // cols, "c": i % cols, "w": 88, "h": 120, "ttl": rng.choice([0, 300])}
            for i in range(n)]


def others(rng: random.Random, n: int) -> list[str]:
    """Install IDs of OTHER devices (teammates' phones, a TV, a speaker): not this phone's."""
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(n)]


def venues(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Venues' own coordinates across the city (a listing, not the user's position)."""
    names = ["Hollow Pine Bar", "Ferry Street Cafe", "The Copper Room", "Atlas Climbing Gym",
             "Greenpoint Lanes", "Little Orchard Bistro"]
    return [{"id": f"v_{rnd_hex(rng, 6)}", "name": names[i % len(names)],
             "lat": round(40.70 + rng.uniform(0, 0.09), 6),
             "lon": round(-74.01 + rng.uniform(0, 0.07), 6)} for i in range(n)]

