"""Helpers for the twenty-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the places that are not the user's (a self-storage site,
a piano teacher's studio, a marina, a makerspace, a library branch, a cardiology practice:
negatives), businesses' phone numbers, addresses and mailboxes (look-alikes), the user's next home
(she is moving: her address once she has moved, so labelled), her library card and PIN, a
boating-safety certificate, her makerspace membership, her blood-pressure cuff (an accessory's
serial and Bluetooth address: negatives), her doctor (typed by the user: labelled), booking and
order codes, books' barcodes (look-alikes of the card number), a PNG and an STL file, and a
printed gallery access code.
"""

from __future__ import annotations

import random
import struct

from eval_families17_kit import ADDR, COARSE
from eval_payloads import L, rnd_hex

# Places that are not the user's: their coordinates are negatives.
STORAGE_AT = (40.73841, -73.99912)
STUDIO_AT = (40.77492, -73.98101)  # the piano teacher's studio
MARINA_AT = (40.99853, -72.29311)  # a marina in Sag Harbor
MAKERSPACE_AT = (40.70962, -73.96173)
BRANCH_AT = (40.75318, -73.98225)  # the library branch
PRACTICE_AT = (40.76424, -73.95493)  # the cardiology practice

# Businesses' numbers, addresses and mailboxes (look-alikes of the user's values).
MOVER_PHONE = "+17185550147"
TEACHER_PHONE = "+12125550163"
MARINA_PHONE = "+16315550121"
MAKERSPACE_PHONE = "+17185550185"
LIBRARY_PHONE = "+12125550110"
PRACTICE_PHONE = "+12125550177"
SCHOOL_OFFICE_PHONE = "+17185550139"
MOVER_LINE = "1220 Zerega Avenue"
MARINA_LINE = "2 Bay Street"
BRANCH_LINE = "455 Fifth Avenue"
MOVER_MAIL = "dispatch@bronxmovers.example.net"
MARINA_MAIL = "capitainerie@sagport.example.net"
LIBRARY_NOREPLY = "notices@shelfmark.example.org"
PICDAY_NOREPLY = "orders@picday.example.com"

# The user's next home (she moves on the booked date; the address is hers: labelled).
NEW_LINE1, NEW_LINE2, NEW_CITY, NEW_STATE, NEW_ZIP = ("27 Bergen Street", "Apt 2R", "Brooklyn",
                                                      "NY", "11201")

# The user's doctor (typed by the user into a sharing form: another person's values, labelled).
DOCTOR = ("Dr. Amara Okafor", "a.okafor@midtowncardio.example.com")

# The user's documents, cards and accounts.
LIBRARY_CARD = "21000012345678"  # 14 digits, the library's patron barcode (id.user)
LIBRARY_PIN = "4417"
ITEM_BARCODES = ["31000098765432", "31000091827364"]  # books' barcodes: look-alikes
BOATING_CERT = "BSC-7720418"  # a state boating-safety certificate number
MEMBER_NO = "MK-20931"  # makerspace membership number (her account there)

# A small PNG (a drawn signature, a screenshot): the bytes only matter as a media part.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(13, 77))

# The user's blood-pressure cuff (an accessory's identifiers: negatives).
CUFF = {"serial": "BPM-5X2210483", "ble": "D8:3A:11:6C:F0:4E", "model": "Cuff Pro 5",
        "fw": "2.4.0", "battery": 71}

# Booking, order and reservation codes (purchases; see the set's docstring).
MOVE_JOB = "CW-30518"
LESSON_BOOKING = "AR-7Q2K41"
PHOTO_ORDER = "PD-5518204"
PRINT_ORDER = "LY-88213"
BOAT_BOOKING = "MO-4Q7Z1C"


def new_address() -> dict[str, L]:
    """The user's next home in the parts forms ask for (street lines ``contact.address``, city,
    state and ZIP ``location.coarse``)."""
    return {"line1": L(NEW_LINE1, ADDR), "line2": L(NEW_LINE2, ADDR),
            "city": L(NEW_CITY, COARSE), "state": L(NEW_STATE, COARSE),
            "zip": L(NEW_ZIP, COARSE)}


def access_code(rng: random.Random) -> str:
    """A printed gallery access code (``PD7-K4QX-92``: a credential that opens the photos)."""
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return ("PD7-" + "".join(rng.choice(alpha) for _ in range(4)) + "-"
            + "".join(rng.choice("0123456789") for _ in range(2)))


def obj_id(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a move, a teacher, a boat, a model): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def stl(rng: random.Random, n: int = 6) -> bytes:
    """A binary STL file: an 80-byte header, a triangle count and ``n`` facets (a 3-D model)."""
    head = b"layerly export bike-light-mount".ljust(80, b" ")
    body = b"".join(struct.pack("<12fH", *[round(rng.uniform(-20, 20), 3) for _ in range(12)], 0)
                    for _ in range(n))
    return head + struct.pack("<I", n) + body


__all__ = ["BOATING_CERT", "BOAT_BOOKING", "BRANCH_AT", "BRANCH_LINE", "CUFF", "DOCTOR",
           "ITEM_BARCODES", "LESSON_BOOKING", "LIBRARY_CARD", "LIBRARY_NOREPLY", "LIBRARY_PHONE",
           "LIBRARY_PIN", "MAKERSPACE_AT", "MAKERSPACE_PHONE", "MARINA_AT", "MARINA_LINE",
           "MARINA_MAIL", "MARINA_PHONE", "MEMBER_NO", "MOVER_LINE", "MOVER_MAIL", "MOVER_PHONE",
           "MOVE_JOB", "NEW_CITY", "NEW_LINE1", "NEW_LINE2", "NEW_STATE", "NEW_ZIP", "PHOTO_ORDER",
           "PICDAY_NOREPLY", "PNG", "PRACTICE_AT", "PRACTICE_PHONE", "PRINT_ORDER",
           "SCHOOL_OFFICE_PHONE", "STORAGE_AT", "STUDIO_AT", "TEACHER_PHONE", "access_code",
           "new_address", "obj_id", "stl"]
