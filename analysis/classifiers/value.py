"""Value-shape classifier (``detector = value``): values recognisable whatever their key, each
confirmed by a validator (``validators.py``): e-mail addresses, Luhn-valid IMEIs, MAC addresses,
E.164 phone numbers, IBANs, "lat,lon" pairs, JWTs and embedded media.

Bare UUIDs and hex strings are deliberately not classified by shape: they are as often event
IDs, nonces and content hashes as device IDs (TAXONOMY.md "Notes for detectors"). Nor are bare
public IPv4 addresses: ``location.ip`` is the phone's own address (TAXONOMY.md), which a value
under a neutral key ("1.2.3.4" as a version, a server's address) does not show; the device
profile's ``public_ip`` and the IP key rules find the phone's.
"""

from __future__ import annotations

import re

from analysis.classifiers import validators as v
from analysis.classifiers.base import layer_transform, preview
from analysis.classifiers.documents_in_text import document_in_text
from analysis.classifiers.iban import CARD_WORDS, card_number, is_iban, masked_card
from analysis.classifiers.key_voids import others_key, service_line, voided_here
from analysis.classifiers.keys import OTHERS_CONFIDENCE, is_negative_key, rules_for
from analysis.classifiers.national_shapes import national_number
from analysis.classifiers.paths import ancestor_words, path_words
from analysis.classifiers.validators_contact import E164, TOLL_FREE, e164_written
from analysis.classifiers.validators_device import imei_in_text
from analysis.classifiers.validators_geo import decimals, decimals_text, iso6709_pair
from analysis.classifiers.validators_tokens import authenticates
from analysis.decoders import Decoded, Leaf
from analysis.decoders.jwt import is_jwt
from analysis.records import Detector, Finding

# An IMEI as phones display it (*#06#): TAC as RBI + 6 digits or 8 digits, serial, check digit
# (3GPP TS 23.003 §6.2.1), separated by dashes or spaces.
IMEI_WRITTEN = re.compile(r"\d{2}([- ])\d{6}\1\d{6}\1\d|\d{8}([- ])\d{6}\2\d")
# The Reporting Body Identifiers that start every allocated IMEI's TAC (GSMA TS.06 §6.2; "00"
# is the test range): one random 15-digit number in ten passes the Luhn check, far fewer also
# start with one of these.
IMEI_RBI = frozenset({"01", "10", "30", "33", "35", "44", "45", "49", "50", "51", "52", "53",
                      "54", "86", "91", "98", "99"})
SHAPE_ONLY = 0.55  # below judge.MIN_CONFIDENCE (0.6)
GROUPED = "value.phone-grouped"  # numbers in groups or in a list (validators_contact)
# Words of keys whose numbers are orders, payments or tickets, not handsets.
PURCHASE_WORDS = frozenset({"order", "txn", "transaction", "invoice", "receipt", "payment",
                            "ticket", "booking", "tracking", "reference", "ref", "confirmation"})


def _purchase_key(leaf: Leaf) -> bool:
    return bool(PURCHASE_WORDS & path_words(leaf.path))


# Keys under which an IP address is a server's, not the phone's.
SERVER_KEYS = ("server", "host", "dns", "gateway", "proxy", "url", "endpoint", "resolver",
               "router", "peer", "remote", "edge", "origin", "target", "dest", "cdn", "node",
               "pop", "relay", "upstream", "backend", "datacenter")
# Objects holding what a scan found around the phone.
NEARBY = frozenset({"scan", "scans", "nearby", "beacon", "beacons", "ble", "bluetooth", "peers",
                    "peer", "devices", "neighbors", "neighbours", "aps", "accesspoints"})
LISTED = frozenset({"listing", "listings", "property", "properties", "tour", "tours"})
BUSINESS = frozenset({"seller", "sellers", "merchant", "merchants", "store", "stores", "shop",
                      "shops", "business", "company", "vendor", "support", "helpdesk",
                      "restaurant", "hotel", "organization", "organisation",
                      # a publication's people: its authors, editors, staff (QA21)
                      "authors", "author", "editors", "editor", "staff", "contributors",
                      "byline", "newsroom", "cast", "crew",
                      # a pharmacy's, a clinic's (QA25); a tradesman's, a dealer's (QA30)
                      "pharmacy", "pharmacies", "clinic", "clinics", "hospital", "hospitals",
                      "installer", "installers", "contractor", "contractors", "technician",
                      "technicians", "dealer", "dealers", "retailer", "retailers", "agency",
                      # an issuer, a broker, a call centre (QA41); a club, a gym, a branch
                      # (QA59); a listing's realtor (QA87; its "agent" below)
                      "realtor", "realtors", "issuer", "broker", "insurer", "callcenter", "club",
                      "gym", "branch", "team", "studio", "studios"})
# ...a scan's own list (not a user's "trusted_devices": their own hardware, QA65)
SCAN_LISTS = frozenset({"nearby", "aps", "scan", "scans", "beacons", "neighbors", "neighbours",
                        "accesspoints"})
CARD = re.compile(r"\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}")
# a nonce's or an ID's digits that happen to check (Tealium's "tealium_random", the corpus)
# ...nor a barcode's, a product's, a meter's or a contract's number (QA67: an EAN-13 passes)
NOT_CARDS = frozenset({"random", "nonce", "seed", "id", "uuid", "timestamp", "ts", "hash",
                       "session", "event", "trace", "request", "sequence", "seq", "ean", "gtin",
                       "upc", "jan", "barcode", "article", "item", "items", "product", "sku",
                       "tax", "meter", "contract", "customer", "visitor", "phone", "loyalty",
                       "points", "isbn", "shohin", "member", "membership", "puntos", "gift"})
ORDER_WORDS = PURCHASE_WORDS - {"payment"}  # an order's, a ticket's number
# ...or a number's key in a payment's object ({"forma_pagamento": {"numero": ...}}, QA66)
NUMBER_WORDS = frozenset({"numero", "number", "num", "nummer", "numer"})
PAY_WORDS = frozenset({"payment", "pagamento", "pago", "paiement", "zahlung", "credit",
                       "debit", "billing", "checkout", "method", "forma", "cartao", "tarjeta"})
# ...and those whose bank account a payment is made to
PAYEES = frozenset({"creditor", "charity", "landlord", "beneficiaryorganisation"})
# An address book's entries are other people's (content.contacts), not the user's contact.*
# (a booking's guests, a meeting's attendees, a message's recipients are people the user
# named, contact.*: every evaluation set that has them labels them so)
ADDRESS_BOOK = frozenset({"contacts", "addressbook", "phonebook", "contactlist", "friends",
                          "invitees", "invitee", "invites"})


def _scanned(path: str) -> bool:
    """A MAC in a scan's list: the list's own name is a scan's or a radio's ("scan", "nearby",
    "ble": [...]), not a user's own devices ("paired_devices", "bonded", "my_devices"), and a
    single device's object is the accessory's (QA68, QA69)."""
    if OWN_DEVICES & path_words(path):
        return False
    if SCAN_LISTS & ancestor_words(path):
        return True
    head, bracket, _ = path.rpartition("[")
    while bracket and head.endswith("]"):  # ([[ssid, bssid, rssi]] rows)
        head, bracket, _ = head.rpartition("[")
    name = head.rpartition(".")[2]
    return bool(bracket) and bool(NEARBY & path_words(name))


# a user's own devices, never a scan
OWN_DEVICES = frozenset({"paired", "bonded", "trusted", "registered", "my", "saved",
                         "connected", "linked", "owned", "known"})


def _checks(leaf: Leaf) -> tuple[str, str, float, str] | None:
    """(category, evidence, confidence, rule) for a leaf's value shape, or None."""
    t = leaf.text.strip()
    n = len(t)
    if n > 4096:
        # a recording or a photo inlined as base64 is as long as it is (QA26: a WAV of 10 kB
        # under "audio.data" went unread); its signature is at its start; not the app's own
        # images (an ad's creative, a theme's background, an icon: QA28)
        if (v.media(t[:256]) and (t.startswith("data:") or _base64ish(t[:4096]))
                and not NOT_USERS_MEDIA & path_words(leaf.path)):
            return ("content.media", "value is an embedded image/audio/video file", 0.8,
                    "value.media")
        return None
    if n < 5:
        return None
    if "@" in t and v.email(t):
        return "contact.email", "value is an e-mail address", 0.9, "value.email"
    if ("imei" in t or "IMEI" in t) and imei_in_text(t, path_words(leaf.path)):
        return "id.hardware", "value names an IMEI (valid Luhn check digit) in its text", 0.8, \
            "value.imei-in-text"
    # "00" starts an international phone number (ITU-T E.164 prefix), no IMEI's TAC (GSMA TS.06)
    # A Luhn-valid 15-digit number is as likely an object ID (a post, an order): by its shape
    # alone it is reported below the confidence that can make a claim violated; the device
    # profile or an IMEI key says more (QA6: Graph-API-style object IDs in a URL path).
    if n == 15 and t[:2] in IMEI_RBI and t.isascii() and t.isdigit() and v.imei(t) and not \
            _purchase_key(leaf):
        return "id.hardware", "value is 15 digits with a valid Luhn check digit (IMEI-shaped; " \
            "no key or profile confirms it)", SHAPE_ONLY, "value.imei"
    if n in (17, 18) and t[:2] in IMEI_RBI and IMEI_WRITTEN.fullmatch(t) and v.imei(t):
        return "id.hardware", "value is an IMEI written in its displayed grouping with a valid " \
            "Luhn check digit", 0.7, "value.imei"
    if n in (12, 17) and v.mac(t) and (":" in t or "-" in t):
        key = (leaf.key + leaf.parent).lower()
        if "ssid" in key or "wifi" in key or leaf.key.lower() == "ap" or key.startswith(
                "router"):  # a router's MAC is its network's (blind28; a "gateway" may be a
            # BLE or LoRa gateway's, or a car's: QA62)
            return "location.wifi", "value is a MAC address beside a Wi-Fi key (BSSID)", 0.8, \
                "value.bssid"
        # (an element of a scan's list names it by its own key: "aps": [...], "nearby":
        # [[ssid, bssid, rssi]], QA63)
        # (a scan is a list; one device's own object, "urzadzenie_ble.adres_mac", is the
        # paired accessory's, QA68)
        if _scanned(leaf.path):
            # a scan of nearby Bluetooth/Wi-Fi devices: their addresses locate the phone, they
            # are not its own hardware ID (TAXONOMY location.wifi: nearby network identifiers)
            return "location.wifi", "value is the MAC address of a nearby device in a scan", \
                0.75, "value.nearby-mac"
        return "id.hardware", "value is a MAC address (EUI-48)", 0.7, "value.mac"
    # written upper-case as banks print it (a lower-case hex ID can pass as a Belgian one), and
    # not a business's account (a QR bill's creditor, a charity, a merchant: QA62)
    if (15 <= n <= 42 and t[:2].isupper() and t[2:4].isdigit() and is_iban(t)
            and not (BUSINESS | PAYEES) & path_words(leaf.path)):
        return "financial.payment", "value is an IBAN with valid check digits (ISO 13616)", \
            0.8, "value.iban"
    if (15 <= n <= 23 and t[0] in "2345" and CARD.fullmatch(t) and card_number(t)
            and not NOT_CARDS & path_words(leaf.path)):
        # a payment card's number (ISO/IEC 7812: issuer prefix, Luhn check digit): by its
        # shape alone as likely an order's or a ticket's number, unless its key names a
        # number or a card (QA66: a Brazilian checkout's "numero")
        words = path_words(leaf.path)
        if (CARD_WORDS & words or (NUMBER_WORDS & words and PAY_WORDS & words)) and not (
                words & ORDER_WORDS):
            return ("financial.payment", "value is a payment card number (issuer prefix and "
                    "Luhn check digit) under a number's or a card's key", 0.8, "value.card")
        return ("financial.payment", "value is shaped like a payment card number (issuer "
                "prefix and Luhn check digit; no key confirms it)", SHAPE_ONLY, "value.card")
    if 16 <= n <= 19 and ("*" in t or "•" in t) and (masked := masked_card(t, leaf.path)):
        return "financial.payment", "value is a masked payment card number", masked, "value.card"
    # an AppsFlyer-style install ID ("1629990000000-1234567890123456789"; validators_ids)
    if 20 <= n <= 34 and t[0] == "1" and t[13:14] == "-" and v.validate("time_random_id", t):
        return "id.device", "value is an install ID as attribution SDKs write one (the " \
            "install's time in ms, a dash, random digits)", 0.7, "value.install-time-id"
    if (document := document_in_text(t)) is not None:
        return document  # (an MRZ line, a named SSN: documents_in_text.py)
    if 9 <= n <= 21 and (national := national_number(t)) and not _purchase_key(leaf):
        return national  # (an AVS, a NIR, a CNIC, a Mauritian NIC: national_shapes.py)
    if t[0] == "+" and (said := e164_written(t)) and not t[1:].startswith(TOLL_FREE):
        return "contact.phone", said, 0.8, "value.e164" if E164.fullmatch(t) else GROUPED
    if (("," in t or "|" in t) and v.latlon_pair(t)) or (t[-1] == "/" and iso6709_pair(t)):
        lat, lon = v.latlon_pair(t) or iso6709_pair(t) or ("", "")
        places = max(decimals(lat), decimals(lon))  # one point, one grade (pairs.py)
        if places >= 3:
            # by its shape alone a pair of numbers is as likely a scale, an anchor or a range:
            # below the confidence that can make a claim violated; a key or the profile says more
            if (places >= 4 and not any(x.endswith("0") for x in (lat, lon))
                    and max(abs(float(lat)), abs(float(lon))) > 1):
                # 4+ written decimals on both, no padding zeros, away from 0/1: a GPS fix,
                # not a scale ("1.000,1.000") or an anchor ("0.500,0.500")
                return ("location.precise", "value is a \"lat,lon\" pair with "
                        f"{decimals_text(places)}", 0.8, "value.latlon")
            return ("location.precise", "value is a \"lat,lon\" pair with "
                    f"{decimals_text(places)} (no key or profile confirms it)", SHAPE_ONLY,
                    "value.latlon")
        return None
    if n > 30 and t[:3] in ("eyJ", "Bea", "bea") and is_jwt(t) and authenticates(t):
        return "secret.credential", "value is a JSON Web Token", 0.8, "value.jwt"
    if n > 200 and v.media(t):
        return "content.media", "value is an embedded image/audio/video file", 0.8, "value.media"
    return None


NOT_USERS_MEDIA = frozenset({"ad", "ads", "creative", "creatives", "banner", "theme",
                             "background", "icon", "icons", "logo", "sticker", "stickers",
                             "emoji", "qr", "barcode", "thumbnail", "placeholder", "template",
                             "asset", "assets", "font", "splash", "watermark", "badge",
                             "sprite", "campaign"})
_B64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_\r\n")


def _base64ish(text: str) -> bool:
    return _B64.issuperset(text)


# File signatures (the first bytes of the format; Gary Kessler's file-signature table) of the
# photo, audio and video formats phones record, as a raw part's text holds them (Latin-1).
MEDIA_MAGIC = (("\xff\xd8\xff", "JPEG image"), ("\x89PNG\r\n\x1a\n", "PNG image"),
               ("GIF87a", "GIF image"), ("GIF89a", "GIF image"), ("OggS", "Ogg audio/video"),
               ("ID3", "MP3 audio"), ("fLaC", "FLAC audio"), ("#!AMR", "AMR audio"),
               ("\x1aE\xdf\xa3", "WebM/Matroska video"))
RIFF_KINDS = {"WAVE": "WAV audio", "WEBP": "WebP image", "AVI ": "AVI video"}
FTYP_KINDS = {"heic": "HEIC image", "heix": "HEIC image", "mif1": "HEIF image",
              "M4A ": "M4A audio", "qt  ": "QuickTime video"}


def _media_file(leaf: Leaf) -> tuple[str, str, float, str] | None:
    """A raw (undecoded) part that is a photo, a recording or a video, by its file signature:
    how apps upload selfies and voice notes (multipart/form-data file parts)."""
    t = leaf.text
    kind = next((name for magic, name in MEDIA_MAGIC if t.startswith(magic)), None)
    if kind is None and t.startswith("RIFF"):
        kind = RIFF_KINDS.get(t[8:12])
    if kind is None and t[4:8] == "ftyp":
        kind = FTYP_KINDS.get(t[8:12], "MP4/3GP video or audio")
    if kind is None:
        return None
    return "content.media", f"value is a {kind} file ({len(t)} bytes)", 0.8, "value.media-file"


class ValueClassifier:
    name = "value"

    def classify(self, exchange_id: int, decoded: Decoded) -> list[Finding]:
        out: list[Finding] = []
        for leaf in decoded.leaves:
            found = self.leaf(exchange_id, leaf)
            if found is not None:
                out.append(found)
        return out

    def leaf(self, exchange_id: int, leaf: Leaf) -> Finding | None:
        if leaf.array or len(leaf.text) < 5:
            return None
        if "raw" in leaf.layers:
            # a file is what its signature says, whatever the part is named (a voice sample
            # uploaded as "sample", QA30: a negative name for a value, not for a file)
            found = _media_file(leaf)
        elif leaf.key and is_negative_key(leaf.key, leaf.parent, leaf.part):
            return None
        else:
            found = _checks(leaf)
        if found is None:
            return None
        category, evidence, confidence, rule = found
        # (the field's own name counts: an element of a list named "invitees")
        words = path_words(leaf.path)
        named = rules_for(leaf.key, leaf.parent, leaf.part)[1] if leaf.key else ()
        if category.startswith("contact.") and ((ADDRESS_BOOK | BUSINESS) & words or (
                "agent" in words and LISTED & words)):  # (a listing's agent: QA87)
            return None  # other people's and businesses' contact details are not the user's
        if rule == GROUPED and (voided_here(named, category, leaf) or service_line(leaf.key)):
            return None  # (a campaign office's, QA109; "member_services_phone", QA46)
        if named:
            evidence += f" (under key '{leaf.key}')"
        if category.startswith("contact.") and others_key(named, category, leaf):
            confidence = min(confidence, OTHERS_CONFIDENCE)  # (a callee's: QA47)
            evidence += ", another person's"
        return Finding(exchange_id, leaf.part, leaf.path, category, Detector.VALUE, confidence,
                       evidence, preview(leaf.text), layer_transform(leaf), rule)


CLASSIFIER = ValueClassifier()
