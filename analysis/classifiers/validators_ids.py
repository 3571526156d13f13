"""Validators of hardware and SIM identifiers, named by the rule files like the others
(``validators.VALIDATORS``). IMEI: 15 digits whose last is the Luhn check digit, 14 without it,
16 as IMEISV (3GPP TS 23.003 §6.2); MEID: 14 hex digits (3GPP2 S.R0048); IMSI: MCC(3) + MNC(2-3)
+ MSIN, at most 15 digits (ITU-T E.212); ICCID: the telecom prefix 89 (ITU-T E.118); MAC
addresses are EUI-48 (IEEE 802). National numbers: a document's number as written (digits,
maybe masked), the codice fiscale's and the CURP's letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.classifiers.mrz import mrz
from analysis.profile import luhn_ok

MAC = re.compile(r"[0-9a-fA-F]{2}([:-]?)[0-9a-fA-F]{2}(?:\1[0-9a-fA-F]{2}){4}")
HASH = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}")


def imei(text: str) -> bool:
    digits = re.sub(r"[\s-]", "", text)
    return (len(digits) == 15 and digits.isascii() and digits.isdigit() and luhn_ok(digits)
            and len(set(digits)) > 3)


def imsi(text: str) -> bool:
    return text.isdigit() and 14 <= len(text) <= 15 and text[0] in "234567"


def iccid(text: str) -> bool:
    t = text.upper().rstrip("F")
    return t.isdigit() and 18 <= len(t) <= 22 and t.startswith("89")


def imei_like(text: str) -> bool:
    """What an IMEI key may rightly hold: an IMEI with a valid Luhn digit, one without its check
    digit (14) or with a software version (IMEISV, 16), a MEID (14 hex), or a digest of one."""
    t = text.strip().replace("-", "").replace(" ", "")
    if HASH.fullmatch(t):
        return True
    if t.isascii() and t.isdigit():
        return len(t) in (14, 16) or (len(t) == 15 and imei(t))
    return len(t) == 14 and all(c in "0123456789abcdefABCDEF" for c in t)


def mac_like(text: str) -> bool:
    """What a MAC key may rightly hold: an EUI-48 with or without separators, or a digest."""
    t = text.strip()
    return bool(MAC.fullmatch(t)) or bool(HASH.fullmatch(t)) or (
        len(t) == 12 and all(c in "0123456789abcdefABCDEF" for c in t))


def sim_like(text: str) -> bool:
    """What a SIM-ID key may rightly hold: an IMSI, an ICCID or a digest of one."""
    t = text.strip()
    return imsi(t) or iccid(t) or bool(HASH.fullmatch(t))


def identifier(text: str) -> bool:
    """Something an ID can look like: a UUID, hex, or a token of 6+ letters/digits (Mixpanel's
    "$device:" prefix of an anonymous device ID read past)."""
    t = text.strip().removeprefix("$device:")
    return (6 <= len(t) <= 200 and bool(re.fullmatch(r"[\w.:+/=-]+", t))
            and any(c.isdigit() for c in t) and len(set(t)) > 3)


# Words an API client's name is made of ("pg-android-60d5dc9e", "web_pub_51aa"): such a
# client ID names the app's build for a platform, the same on every phone.
APP_CLIENT_WORDS = frozenset({"android", "ios", "web", "pub", "public", "app", "sdk", "mobile",
                              "prod", "live", "test", "sandbox", "iphone", "ipad", "client"})


def client_identifier(text: str) -> bool:
    """An ID a client was given for itself (an install's or a browser's), not an app's name; a
    platform word before a long random part ("android-<16 hex>") is still an install's."""
    tokens = re.split(r"[-_.:]", text.strip())
    return identifier(text) and (
        not any(t.lower() in APP_CLIENT_WORDS for t in tokens)
        or any(len(t) >= 12 and re.fullmatch(r"[0-9a-fA-F]+", t) for t in tokens))


_SERIAL = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


_SERIAL_RUN = re.compile(r"\d{7,}")
_DATED = re.compile(r"(?:19|20)\d\d(?:[01]\d[0-3]\d)?")


def serial_like(text: str) -> bool:
    """Written like a hardware serial number ("NSTL-C2-0099812", "G3X81220987"): 8 to 24
    upper-case letters and digits in dash-separated groups, a letter, and a run of seven digits
    or more that is no date. A model's name ("SM-G991B", "B737-800"), a catalogue reference
    ("RLX-126610LN"), a case number ("CAM-2024-00451"), a word and a lower-case ID are not
    (QA16)."""
    t = text.strip()
    runs = _SERIAL_RUN.findall(t)
    return (8 <= len(t) <= 24 and bool(_SERIAL.fullmatch(t)) and any(c.isalpha() for c in t)
            and any(not _DATED.fullmatch(r) for r in runs))


def android_id(text: str) -> bool:
    """Settings.Secure.ANDROID_ID: 16 hex digits, varied (not a run of one digit)."""
    t = text.strip()
    return len(t) == 16 and all(c in HEX for c in t) and len(set(t)) > 4


HEX = frozenset("0123456789abcdefABCDEF")


_FCM = re.compile(r"[\w-]{11,}:APA91b[\w-]{20,}")


def fcm_token(text: str) -> bool:
    """A Firebase Cloud Messaging registration token: the installation's ID, a colon, then
    "APA91b" and the registration (the long-standing GCM/FCM format); not a project's server
    key, which is written the same way after an 11-character "AAAA..." prefix (QA31)."""
    t = text.strip()
    return bool(_FCM.fullmatch(t)) and not (t.startswith("AAAA") and t.find(":") == 11)


def digest(value: str) -> bool:
    """A hex digest (MD5, SHA-1, SHA-256, SHA-512): the value of a key that says it is hashed."""
    return bool(HASH.fullmatch(value.strip()))


# How someone pays, as payment SDKs and analytics name it: a method, not a card or an account
PAYMENT_METHODS = frozenset({
    "card", "cards", "credit", "debit", "creditcard", "debitcard", "credit_card", "debit_card",
    "paypal", "apple_pay", "applepay", "google_pay", "googlepay", "gpay", "cash", "invoice",
    "bank_transfer", "banktransfer", "sepa", "ideal", "klarna", "venmo", "wallet", "crypto",
    "giropay", "sofort", "alipay", "wechat", "wechatpay", "upi", "visa", "mastercard", "amex",
    "none", "other", "voucher", "gift_card", "giftcard", "points", "paylater", "pay_later",
    # the stores and the wallets that bill a purchase, and local ways to pay (QA43)
    "app_store", "appstore", "itunes", "apple", "play_store", "playstore", "google_play",
    "googleplay", "google", "in_app", "inapp", "iap", "samsung_pay", "samsungpay",
    "amazon_pay", "amazonpay", "pix", "boleto", "mbway", "bizum", "blik", "twint", "swish",
    "mobilepay", "vipps", "paysafecard", "direct_debit", "lastschrift", "rechnung",
    "carrier_billing", "stripe", "braintree", "adyen", "sepa_debit", "cash_on_delivery", "cod",
    "mercado_pago", "mercadopago", "phonepe", "paytm", "bancontact", "eps", "p24",
    "przelewy24", "multibanco", "oxxo", "konbini", "grabpay", "gcash", "afterpay", "affirm",
    "sezzle", "cash_app", "cashapp", "zelle", "interac", "trustly", "payu", "razorpay"})


def payment_detail(text: str) -> bool:
    """A payment field's value that says something of the card or account: not a flag and not
    the name of a way to pay ("payment_method": "card", QA19)."""
    t = text.strip().lower().replace("-", "_").replace(" ", "_")
    # nor a country's or a currency's code ("iban_country": "ES", "card_currency": "EUR": no
    # number, expiry or code of a card or account is three letters or fewer; QA36)
    return (t not in ("true", "false", "") and t not in PAYMENT_METHODS
            and not (len(t) <= 3 and t.isalpha()))


# registered in validators.VALIDATORS by these names
GENERIC_SUBJECTS = frozenset({"dev", "test", "prod", "production", "staging", "app", "android",
                              "ios", "web", "user", "anonymous", "anon", "guest", "device",
                              "client", "system", "admin", "debug", "sdk", "service"})


_FIREBASE_APP_ID = re.compile(r"\d:\d+:(?:android|ios|web):[0-9a-f]+")


def subject(text: str) -> bool:
    """A token's subject that can name a user: not a generic word, at least four characters,
    not an app's Firebase ID ("1:1234:android:abcd": an App Check token's subject)."""
    t = text.strip()
    return (len(t) >= 4 and t.lower() not in GENERIC_SUBJECTS and t.isprintable()
            and not _FIREBASE_APP_ID.fullmatch(t))


# An attribution SDK's device ID as AppsFlyer's SDK makes it: the install time in milliseconds
# since 1970 (13 digits), a dash and a random 64-bit number in decimal ("1629990000000-
# 1234567890123456789" on Android, "1629191854863-7087037" on iOS, sent as "uid").
_TIME_RANDOM_ID = re.compile(r"1\d{12}-\d{6,20}")  # iOS writes ~7 random digits (QA31)


def time_random_id(text: str) -> bool:
    return bool(_TIME_RANDOM_ID.fullmatch(text.strip()))


# A span of time, a date or a switch, as a history filter or setting writes it ("7d", "24hrs",
# "last_30_days", ISO 8601 "P30D", "2024-06-01", "off"): no visited page (blind18, QA31).
_SPAN = re.compile(r"(?i)(last[ _-]?)?[-+]?\d+[ _-]*(s|secs?|m|mins?|h|hrs?|hours?|d|days?|w|"
                   r"wks?|weeks?|mo|months?|y|yrs?|years?)|p(\d+[ymwd])+(t(\d+[hms])+)?|"
                   r"\d{4}-\d{2}(-\d{2})?([t ][\d:.]+z?)?")
SWITCHES = frozenset({"true", "false", "0", "1", "yes", "no", "on", "off", "enabled",
                      "disabled", "none", "all", "null"})


def visited(text: str) -> bool:
    """A visited page's URL or title: text, not a time span, a date, a number or a switch."""
    t = text.strip()
    return bool(t) and not t.isdigit() and not _SPAN.fullmatch(t) and t.lower() not in SWITCHES


_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?([t ]\d|$)|\d{1,2}[./]\d{1,2}[./]\d{2,4}$", re.I)


def order_ref(text: str) -> bool:
    """An order's or a booking's reference: an ID (``identifier``), not a date or a time."""
    t = text.strip()
    return identifier(t) and not _DATE.match(t)


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z'’-]*(?:[-'’ ][^\W\d_][^\W\d_A-Z'’-]*){0,2}")


def name_word(text: str) -> bool:
    """A person's first or last name as a form writes it: a capitalised word or two ("Lena",
    "Jean-Luc", "van Dijk"), not a file's, a method's or a layer's ("IMG_2041.jpg",
    "viewDidLoad", "lab_results")."""
    t = text.strip()
    return bool(_NAME_WORD.fullmatch(t)) and (t[:1].isupper() or t.split()[-1][:1].isupper())


ID_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "android_id": android_id, "fcm_token": fcm_token, "payment_detail": payment_detail,
    "serial_like": serial_like, "subject": subject, "time_random_id": time_random_id,
    "visited": visited, "order_ref": order_ref, "name_word": name_word}


# Prefixes of business document numbers (invoices, orders, tickets), no government ID's
BUSINESS_NUMBER = re.compile(r"(?i)(inv|ord|order|po|ref|tkt|tx|sku|cust|rcpt|bill)[-_#]?\d")


# National numbers that begin with letters: Italy's codice fiscale (DM 23/12/1976: six letters
# of the name, the birth date and place; a digit may be swapped for one of LMNPQRSTUV to tell
# twins of the same code apart, "omocodia"), Mexico's CURP (RENAPO: four letters, the date) and
# RFC (SAT: three or four letters, the date, a three-character "homoclave"; QA50)
_D = "[0-9LMNPQRSTUV]"
LETTERED_ID = re.compile(rf"[A-Z]{{6}}{_D}{{2}}[A-Z]{_D}{{2}}[A-Z]{_D}{{3}}[A-Z]"
                         r"|[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d"
                         # a UK (DVLA) driving licence number (QA77: "MORGA753116SM9IJ")
                         r"|[A-Z9]{5}\d[0156]\d[0-3]\d{2}[A-Z9]{2}\d[A-Z]{2}"
                         # Uganda's NIN (NIRA: C, M or F, a birth year, ten more: QA152)
                         r"|C[MF]\d{2}[0-9A-Z]{10}")
# ...read only under its own "rfc" key: the shape is an invoice's or a booking's number's too
# ("INV250312001", "BKG250612X7Q": QA52); a person's has four letters
RFC = re.compile(r"[A-ZÑ&]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[A-Z0-9]{3}")
_MASK = re.compile(r"[Xx*•]")  # a masked number's hidden digits ("XXXX XXXX 4821", UIDAI)


# Mexico's generic RFCs (SAT): the general public's and a foreign resident's, no one's number
GENERIC_RFC = frozenset({"XAXX010101000", "XEXX010101000"})


# a German driving licence's number (Führerscheinnummer: authority, serial, check digit, issue)
DE_LICENCE = re.compile(r"[A-Z0-9]\d{2}[A-Z0-9]{6}\d[A-Z0-9]")


def national_id_value(value: str) -> bool:
    """A document's number: short printable text with a digit (a passport's scan, a JPEG, is
    media; an invoice's number is the business's), maybe masked but for its last digits."""
    v = value.strip()
    if v.upper() in GENERIC_RFC or _DATE.match(v):  # (a date: QA198's Acholi "nino", a day)
        return False
    if LETTERED_ID.fullmatch(v.upper()):
        return True
    digits = [c for c in v if c.isdigit()]
    if DE_LICENCE.fullmatch(v.upper()):
        return True  # a German driving licence's, letters in a row ("B072RRE2I55": QA86)
    # four digits at least ("6789", the last four of an SSN), not one repeated ("0000": a
    # placeholder), no words ("9 digits": a form's hint; "DOC-2024-00123", "CTR20240042":
    # references, the QA86 review)
    return (len(v) <= 40 and v.isprintable() and len(digits) >= 4 and len(set(digits)) > 1
            and not re.search(r"[A-Za-z]{3,}", _MASK.sub("", v))
            and not BUSINESS_NUMBER.match(v) and not PRODUCT_KEY.fullmatch(v))


def rfc_value(value: str) -> bool:
    """A person's RFC (above), not SAT's generic ones."""
    v = value.strip().upper()
    return bool(RFC.fullmatch(v)) and v not in GENERIC_RFC


ID_VALIDATORS["rfc_value"] = rfc_value
# Ireland's PPS number: seven digits, a check letter, maybe a second letter (Revenue)
_PPSN = re.compile(r"(?i)\d{7}\s?[A-W][A-IW]?")
ID_VALIDATORS["ppsn_value"] = lambda value: bool(_PPSN.fullmatch(value.strip()))
# the UK's National Insurance number (HMRC's NIM39110: two prefix letters, six digits, a
# suffix A-D; not the prefixes D, F, I, Q, U, V nor O second)
_NINO = re.compile(r"(?i)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]")
ID_VALIDATORS["nino_value"] = lambda value: bool(_NINO.fullmatch(value.strip()))


def national_number(value: str) -> bool:
    """A national number under a short name that means other things too: a document's number
    with seven digits or more (a tally of 2,841 "nie" votes, a 1,250 "rut" deduction are none)."""
    v = value.strip()
    return national_id_value(v) and (sum(c.isdigit() for c in v) >= 7
                                     or bool(LETTERED_ID.fullmatch(v.upper())))


# A software product or licence key ("4F3A-99B2-CC10-7781": four groups or more of four or five
# letters and digits; QA28), no document's number
PRODUCT_KEY = re.compile(r"[0-9A-Za-z]{4,5}(?:-[0-9A-Za-z]{4,5}){3,}")


ID_VALIDATORS["mrz"] = mrz  # (ICAO 9303: mrz.py)
