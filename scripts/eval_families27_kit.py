"""Helpers for the twenty-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the places that are not the user's (an employer's
office, the child's school, Berlin flats on offer, a trailhead: negatives), the places that are
(the grandmother's home, the user's own fixes on a hike and at a Berlin viewing, the child's
position), businesses' phone numbers and mailboxes (look-alikes), the user's daughter and her
smartwatch (the watch's identifiers are the child's device's: labelled, see the set's docstring),
the doorbell camera and chime (a fixed accessory of the home: negatives), the visitors the user
names, crypto addresses and transaction hashes, the German rent-deposit IBAN, dates in German and
Spanish order, a candidate ID, face action units and voice features of a recorded answer, an
encoded polyline, Spanish-keyed track points and a small PDF.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

# Places that are not the user's: their coordinates are negatives.
OFFICE_AT = (40.75641, -73.98682)  # the employer's office (an onsite interview)
SCHOOL_AT = (40.74566, -73.98402)  # the child's school (a public place)
LISTINGS_AT = [(52.49871, 13.43262), (52.50135, 13.41877), (52.53118, 13.40825)]  # flats
TRAILHEAD_AT = (41.44362, -73.97838)  # a trailhead car park in the Hudson Highlands
HUT_AT = (41.45102, -73.96911)  # a shelter on the ridge (a weather lookup's place)

# Places that are a person's: labelled where sent.
GRANDMA_AT = (40.68231, -73.96415)  # the child's grandmother's home (another person's home)
GRANDMA_LINE = "214 Gates Avenue"
KID_FIX = (40.74652, -73.98377)  # the child's last fix from the watch, near the school
BERLIN_FIX = (52.49884, 13.43249)  # the user's own fix at a flat viewing in Berlin
HIKE = [(41.443781, -73.977912), (41.445206, -73.975530), (41.446893, -73.973207),
        (41.448515, -73.971044), (41.449960, -73.969733), (41.451187, -73.968844)]

# Businesses' numbers and mailboxes (look-alikes of the user's values).
AGENT_PHONE = "+49 30 55501842"  # the letting agent in Berlin
AGENT_MAIL = "vermietung@spreeblick-immo.example.net"
RECRUITER_MAIL = "talent@northbeam-logistics.example.com"  # a shared hiring mailbox
SCHOOL_PHONE = "+12125550152"
RANGER_PHONE = "+18455550112"  # the state park's office
EXCHANGE_MAIL = "support@coinmoor.example.com"
INSTALLER_PHONE = "+18005550164"  # the doorbell maker's support line

# The user's daughter (typed by her mother: labelled) and her smartwatch (see the docstring).
KID_FIRST, KID_LAST, KID_DOB, KID_AGE = "Nora", "Doe", "2016-10-02", 9
WATCH = {"imei": "869381047215532", "iccid": "8901260874430219562", "msisdn": "+15550134478",
         "serial": "PKW4-7730215", "bt": "E4:5F:01:9C:3A:72", "model": "Pebble K4",
         "fw": "4.1.7"}
WATCH_BIND = "PK-93Q7-XW2L"  # the QR code on the watch's box (binds it to an account)

# The doorbell camera and its chime (a fixed accessory of the home: negatives).
CAMERA = {"serial": "LTC2B81F7Q04", "mac": "7C:DF:A1:3E:55:08", "model": "Lintel Doorbell 2 Pro",
          "fw": "1.18.4", "chime": "LTM3009412"}
CLAIM_CODE = "7KQ2-HX4M-9RTA"  # the setup code on the camera's sticker (a credential)
WIFI_PASS = "Sunflower!482"  # the home Wi-Fi's password, sent for the camera to join
DOG_WALKER = "Marco Bellini"  # a visitor the user names for familiar faces

# Crypto: the user's addresses (see the set's docstring), others', contracts and hashes.
BTC_ADDR = "bc1qz7k3w9d2xgp4m8n0r6t5ylh3vq2c8aju4e7f9s"  # her deposit address at the exchange
ETH_ADDR = "0x3fA9c41B7e2D06a58c1F4b9E27d03C6a8B5e1D74"  # her deposit address at the exchange
SELF_ETH = "0x8d1E6b2A09f4C37e5aB91c0D2F86e4a7b3C5d920"  # her self-custody wallet
FRIEND_ETH = "0x52Ce07a1F3d9B84e6A20c7bD5f19E3a64C8b0f2E"  # a friend's address she pastes
USDC_CONTRACT = "0x7B1d2E3f4A5b6C7d8E9f0A1b2C3d4E5f6A7b8C9d"  # a token contract (a negative)
HOT_WALLET = "0xC0ffEE00dEaD00bEeF00c0Ffee00dEad00BeEf01"  # the exchange's own (a negative)

# Money and documents.
IBAN_DE = "DE89370400440532013000"  # the standard's published German example (hers, here)
IBAN_DE_SPACED = "DE89 3704 0044 0532 0130 00"
DOB_DE, DOB_ES = "17.05.1991", "17/05/1991"  # the profile's birth date in local order
FLAT_LINE, FLAT_PLZ, FLAT_ORT = "Wrangelstraße 41", "10997", "Berlin"  # her next home
WORK_DE = "Friedrichstraße 68, 10117 Berlin"  # her future office (her own workplace)

# The job-interview app: her candidate ID (her account there) and an interview's ID.
CAND = "cnd_8Q2HX71M"
IV = "iv_30c1d7e2"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n" + bytes(range(48))
AU_NAMES = ["AU01", "AU02", "AU04", "AU05", "AU06", "AU07", "AU09", "AU10", "AU12", "AU14",
            "AU15", "AU17", "AU20", "AU23", "AU25", "AU26", "AU45"]


def aus(rng: random.Random, n: int, step: int = 200) -> list[dict[str, Any]]:
    """Facial action-unit intensities (0-5) of the candidate, one record per sampled frame."""
    return [dict({"t": i * step}, **{a: round(rng.uniform(0, 3.2), 2) for a in AU_NAMES})
            for i in range(n)]


def au_rows(rng: random.Random, n: int) -> list[list[float]]:
    """The same as rows (frames x the 17 action units, in ``AU_NAMES`` order)."""
    return [[round(rng.uniform(0, 3.2), 2) for _ in AU_NAMES] for _ in range(n)]


def f0_track(rng: random.Random, n: int) -> list[float]:
    """The candidate's pitch contour in Hz, one value per 100 ms of voiced speech."""
    return [round(205 + rng.gauss(0, 24), 1) for _ in range(n)]


def polyline(points: list[tuple[float, float]]) -> str:
    """The encoded-polyline format (5 decimals) of a track: one string for the whole line."""
    out, plat, plon = [], 0, 0
    for lat, lon in points:
        la, lo = round(lat * 1e5), round(lon * 1e5)
        for d in (la - plat, lo - plon):
            v = ~(d << 1) if d < 0 else d << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1F)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        plat, plon = la, lo
    return "".join(out)


def puntos(rng: random.Random, pts: list[tuple[float, float]], t0: int) -> list[dict[str, Any]]:
    """The user's own fixes on a hike with Spanish keys (lat/lon ``location.precise``)."""
    return [{"t": (t0 + 240 * i) * 1000, "lat": L(la, PRECISE), "lon": L(lo, PRECISE),
             "alt": round(62 + 41.5 * i + rng.uniform(-3, 3), 1),
             "precision": rng.choice([4, 5, 6])} for i, (la, lo) in enumerate(pts)]


def tx_hash(rng: random.Random) -> str:
    """A transaction hash on a public ledger (a negative: a record's ID)."""
    return "0x" + rnd_hex(rng, 64)


def code(rng: random.Random, pre: str, n: int = 6) -> str:
    """A customer-facing booking or order code (``ZL-4Q7Z1C``)."""
    return pre + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


__all__ = ["AGENT_MAIL", "AGENT_PHONE", "AU_NAMES", "BERLIN_FIX", "BTC_ADDR", "CAMERA", "CAND",
           "CLAIM_CODE", "DOB_DE", "DOB_ES", "DOG_WALKER", "ETH_ADDR", "EXCHANGE_MAIL",
           "FLAT_LINE", "FLAT_ORT", "FLAT_PLZ", "FRIEND_ETH", "GRANDMA_AT", "GRANDMA_LINE",
           "HIKE", "HOT_WALLET", "HUT_AT", "IBAN_DE", "IBAN_DE_SPACED", "INSTALLER_PHONE", "IV",
           "KID_AGE", "KID_DOB", "KID_FIRST", "KID_FIX", "KID_LAST", "LISTINGS_AT", "OFFICE_AT",
           "PDF", "RANGER_PHONE", "RECRUITER_MAIL", "SCHOOL_AT", "SCHOOL_PHONE", "SELF_ETH",
           "TRAILHEAD_AT", "USDC_CONTRACT", "WATCH", "WATCH_BIND", "WIFI_PASS", "WORK_DE",
           "au_rows", "aus", "code", "f0_track", "polyline", "puntos", "tx_hash"]
