"""International Bank Account Numbers and payment card numbers recognised by their shape and
check digits.

An IBAN is a country code, two check digits and the country's basic bank account number, of a
length fixed per country (ISO 13616-1; the lengths are the SWIFT IBAN Registry's, release 99),
written compact or in groups of four separated by spaces (the "paper format"). Its check digits
make the whole, with the first four characters moved to the end and letters read as 10-35, equal
1 modulo 97 (ISO 7064 MOD 97-10): a random string of the right length and country passes one
time in 97, so a country code, its length and the check together are evidence whatever the key
(QA60: an IBAN copied to a synced clipboard).
"""

from __future__ import annotations

import re

from analysis.classifiers.paths import path_words

# Country code -> IBAN length (SWIFT IBAN Registry)
LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}
# countries whose basic account number is digits only (SWIFT IBAN Registry: "n" only)
DIGITS_ONLY = frozenset({"AT", "BE", "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "GL", "HR", "HU",
                         "IL", "LT", "ME", "NO", "PL", "PT", "RS", "SE", "SI", "SK", "TN"})
_COMPACT = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
# the paper format: groups of four, the last one to four characters
_PAPER = re.compile(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?")


def is_iban(text: str) -> bool:
    """``text`` is an IBAN, compact or in the paper format, with valid check digits."""
    t = text.strip().upper()
    if " " in t:
        if not _PAPER.fullmatch(t):
            return False
        t = t.replace(" ", "")
    elif not _COMPACT.fullmatch(t):
        return False
    if LENGTHS.get(t[:2]) != len(t) or not t[4:].isalnum():
        return False
    if t[:2] in DIGITS_ONLY and not t[4:].isdigit():
        return False  # (an upper-case hex ID with a "BE"/"DE" head is none: QA65)
    moved = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# Payment card issuer prefixes (ISO/IEC 7812, the networks' published ranges): Visa 4,
# Mastercard 51-55 and 2221-2720, American Express 34/37 (15 digits), Discover 6011/65, Mir
# 2200-2204 (NSPK: QA151's "2200700123456781"), JCB 3528-3589, UnionPay 62 (16 to 19 digits).
_CARD_PREFIX = re.compile(r"4\d{12}(\d{3})?(\d{3})?|5[1-5]\d{14}|2(2[2-9]|[3-6]\d|7[01]|720)"
                          r"\d{12}|3[47]\d{13}|220[0-4]\d{12}|6011\d{12}|65\d{14}"
                          r"|35(2[89]|[3-8]\d)\d{12}|62\d{14,17}")


def card_number(text: str) -> bool:
    """``text`` is a payment card number: an issuer's prefix and length, and the Luhn check
    digit; not a run of one repeated digit."""
    digits = text.replace(" ", "").replace("-", "")
    if not _CARD_PREFIX.fullmatch(digits) or len(set(digits)) < 2:
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


# A card number as apps display it, masked (PCI DSS 3.4 allows the first six and the last four
# digits): "4921 81** **** 7417", "492181******7417", "**** **** **** 7417" (QA153, QA155,
# QA157: a payment's confirmation, a wallet's card list), Iran's Shetab cards too (5022, 6037,
# 6104, 6219, 6362...: QA204's "610433******7713")
ISSUER = r"(?:4\d|5[0-5]|22|2[3-7]|3[47]|35|6[0-35])"
# (the two forms that show the issuer's digits: nothing but a card is written so, inside a text
# too: cards_in_text.py)
ISSUER_MASKED = (rf"{ISSUER}\d{{2}}[ -]?\d{{2}}[*•xX]{{2}}[ -]?[*•xX]{{4}}[ -]?\d{{4}}"
                 rf"|{ISSUER}\d{{4}}[*•xX]{{6}}\d{{4}}")
_MASKED = re.compile(rf"{ISSUER_MASKED}|[*•xX]{{4}}[ -]?[*•xX]{{2}}[*•xX]{{2}}[ -]?[*•xX]{{4}}"
                     r"[ -]?\d{4}|(?:[*•xX]{4}[ -]?){3}\d{4}")


# ...not an IMEI's, a phone's, a SIM's or a merchant's terminal's masked number (the review)
NOT_MASKED = frozenset({"imei", "phone", "simu", "sim", "msisdn", "mobile", "merchant",
                        "terminal", "account", "akaunti", "iban"})


def masked_card(text: str, path: str) -> float:
    """The confidence ``text`` is a payment card's number masked as displayed (above): 0.7
    with its issuer's digits shown or under a card's key, 0.55 masked but for its last four
    (an account's or a phone's as often), 0 when it is none or sits under a thing's key."""
    words = set(path_words(path))
    if not _MASKED.fullmatch(text) or words & NOT_MASKED:
        return 0.0
    return 0.7 if text[0].isdigit() or words & MASK_CARD_WORDS else 0.55


# a card's key (value.py reads a card number by its shape under one), and, for a masked number,
# the Creoles' and Turkic "kaad" and "kart" (QA153, QA156)
CARD_WORDS = frozenset({"card", "cards", "pan", "cc", "tarjeta", "cartao", "carte", "karte",
                        "kaart", "karta", "creditcard", "cardnumber"})
MASK_CARD_WORDS = CARD_WORDS | {"kart", "kaad"}
