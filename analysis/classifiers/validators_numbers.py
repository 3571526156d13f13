"""Validators of national numbers and codes by their published shapes and check digits, named by
the rule files like the others (``validators.VALIDATORS``, through ``validators_national``):

- the Nordic personal numbers (Denmark's CPR, Sweden's personnummer, Finland's henkilötunnus,
  Norway's fødselsnummer, Iceland's kennitala: QA109, QA110);
- South Africa's identity number (Home Affairs' layout and Luhn digit: QA112), Japan's My
  Number (the Cabinet Office's check digit: QA112), the Philippines' PhilSys number (QA113),
  the NHS number (NHS Digital's modulus 11: QA115), Canada's forward sortation area (Canada
  Post's first letters: QA116), an individual's KRA PIN (Kenya Revenue Authority: QA117), a
  person's PAN (India's Income Tax Department: blind120) and a UPI payment address (NPCI's
  VPA: blind120);
- a house's entry code (a gate's, an alarm's or a lockbox's: QA111, QA112).
"""

from __future__ import annotations

import re

from analysis.classifiers.validators_checked import CHECKED_VALIDATORS
from analysis.profile import luhn_ok

_NORDIC = re.compile(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+ABCDEFUVWXY]?)(\d{3}[\dA-Y]|\d{4,5})")


def _day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)  # (+60: a coordination no.)


def nordic_personal_number(value: str) -> bool:
    """A Nordic personal number by its country's published structure: Denmark's CPR
    (DDMMYY-SSSS, CPR-kontoret; no check digit since 2007), Sweden's personnummer
    ((YY)YYMMDD-NNNC, Skatteverket SKV 704), Finland's
    henkilötunnus (DDMMYY-NNNC, DVV: the check character of the nine digits modulo 31),
    Norway's fødselsnummer (DDMMYYNNNCC, Skatteetaten: two modulo-11 digits) and Iceland's
    kennitala (DDMMYY-NNNN); the Swedish Luhn digit is not asked. A date that is one, and the
    shape; a booking's "pnr" (six letters and digits) or a first-aid course's "cpr" is none."""
    v = value.strip().replace(" ", "")
    m = _NORDIC.fullmatch(v)
    if m is None:
        return False
    century, a, b, c, sep, tail = m.groups()
    digits = a + b + c + tail
    if century is not None:  # Sweden's twelve digits: YYYYMMDD-NNNC (a date in full and four
        # digits is the shape alone; its Luhn digit is not asked: test data rarely has one)
        return (century in ("18", "19", "20") and _day_month(int(c), int(b)) and sep in "-+"
                and len(tail) == 4 and digits.isdigit())
    if not _day_month(int(a), int(b)) and not _day_month(int(c), int(b)):
        return False
    if len(tail) == 5:  # Norway: eleven digits, no separator
        if sep or not digits.isdigit():
            return False
        d = [int(x) for x in digits]
        k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d, strict=False)) % 11
        k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d, strict=False)) % 11
        return (k1 % 11, k2 % 11) == (d[9], d[10]) and k1 != 10 and k2 != 10
    if not tail[-1].isdigit() or sep not in "-+":  # Finland: a check character (its 2023
        # century signs too, DVV)
        return bool(sep) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[
            int(a + b + c + tail[:3]) % 31] == tail[-1]
    # Denmark, Iceland, Sweden's ten digits: the date and four digits, written with the dash
    # (ten bare digits are a train booking's or a timestamp's as often: the session's review)
    # or Sweden's Luhn digit right
    return len(set(digits)) > 2 and (bool(sep) or _kennitala(digits) or (
        1 <= int(c) <= 31 and 1 <= int(b) <= 12 and luhn_ok(digits)))


def _kennitala(digits: str) -> bool:
    """Iceland's kennitala written bare: its ninth digit checks the first eight (modulo 11,
    Þjóðskrá's weights) and its tenth is a century (9, 0 or 8)."""
    if len(digits) != 10 or not digits.isdigit() or digits[9] not in "908":
        return False
    check = 11 - sum(w * int(x) for w, x in zip((3, 2, 7, 6, 5, 4, 3, 2), digits,
                                                 strict=False)) % 11
    return (0 if check == 11 else check) == int(digits[8])


def sa_id_number(value: str) -> bool:
    """South Africa's identity number: thirteen digits, YYMMDD a date, the citizenship digit
    0 or 1, the last a Luhn check digit (the Department of Home Affairs' layout)."""
    v = value.strip().replace(" ", "")
    return (len(v) == 13 and v.isascii() and v.isdigit() and 1 <= int(v[2:4]) <= 12
            and 1 <= int(v[4:6]) <= 31 and v[10] in "01" and luhn_ok(v))


_ENTRY_CODE = re.compile(r"[#*]?\d{3,8}[#*]?")


def entry_code(value: str) -> bool:
    """A gate's, an alarm's or a lockbox's code: three to eight digits, maybe with "#" or "*"
    (not a stadium's "GATE4", a flight's "B22A", a fault's "E301": the second review)."""
    v = value.strip()
    return bool(_ENTRY_CODE.fullmatch(v)) and len(set(v.strip("#*"))) > 1  # (not "0000")


def my_number(value: str) -> bool:
    """Japan's My Number: twelve digits (spaced in fours or not), the last a check digit over
    the eleven before (the Cabinet Office's weights 6,5,4,3,2,7,6,5,4,3,2 modulo 11); not a
    phone number with its "+" or its dashes."""
    v = value.strip().replace(" ", "")
    if len(v) != 12 or not v.isascii() or not v.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(v[:11], (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2),
                                           strict=False)) % 11
    return (0 if total <= 1 else 11 - total) == int(v[11])


_PHILSYS = re.compile(r"\d{4}([- ]?)\d{4}\1\d{4}(?:\1\d{4})?")


def philsys_number(value: str) -> bool:
    """The PhilSys number (twelve digits) or its card number (sixteen), in groups of four or
    not (PSA's printed form), not one digit repeated."""
    v = value.strip()
    return bool(_PHILSYS.fullmatch(v)) and len(set(v.replace("-", "").replace(" ", ""))) > 2


def nhs_number(value: str) -> bool:
    """An NHS number: ten digits (spaced 3-3-4 as printed or not), the last a modulus-11 check
    digit over the nine before (weights 10 to 2; NHS Digital's data dictionary)."""
    v = value.strip().replace(" ", "").replace("-", "")
    if len(v) != 10 or not v.isascii() or not v.isdigit() or len(set(v)) < 3:
        return False
    check = 11 - sum(int(d) * w for d, w in zip(v[:9], range(10, 1, -1), strict=False)) % 11
    return check != 10 and (0 if check == 11 else check) == int(v[9])


def canadian_fsa(value: str) -> bool:
    """A forward sortation area: a letter (Canada Post's first letters, no D, F, I, O, Q, U,
    W, Z), a digit, a letter."""
    v = value.strip().upper()
    return (len(v) == 3 and v[0] in "ABCEGHJKLMNPRSTVXY" and v[1].isdigit()
            and v[2].isalpha() and v[2].isascii())


_KRA_PIN = re.compile(r"A\d{9}[A-Z]")


def kra_pin(value: str) -> bool:
    """An individual's KRA PIN: "A", nine digits, a letter (a non-individual's starts "P")."""
    return bool(_KRA_PIN.fullmatch(value.strip().upper()))


# India's PAN as the Income Tax Department writes it: three letters, the holder's type ("P" a
# person; "C" a company, "H" a family, "F" a firm, "T" a trust…), a name's letter, four digits,
# a check letter; a person's only
_PAN = re.compile(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]")
# a UPI virtual payment address: a handle and a bank's or an app's name without a dot
# ("janedoe17@okbank"; an e-mail's domain has one)
_VPA = re.compile(r"[a-z0-9][a-z0-9._-]{1,255}@[a-z][a-z0-9]{1,63}")


_PH_MOBILE = re.compile(r"(?:\+?63|0)9\d{9}")


def ph_mobile(value: str) -> bool:
    """A Philippine mobile number (a GCash wallet's: +63 or 0, then 9 and nine digits)."""
    return bool(_PH_MOBILE.fullmatch(re.sub(r"[\s-]", "", value.strip())))


# Mexico's voter key (INE's clave de elector): six letters, a birth date (YYMMDD), a state
# (01-32), H or M, three digits
_INE = re.compile(r"[A-Z]{6}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(0[1-9]|[12]\d|3[0-2])"
                  r"[HM]\d{3}")


def ine_voter_key(value: str) -> bool:
    return bool(_INE.fullmatch(value.strip().upper()))


# Malaysia's MyKad number (JPN): a birth date (YYMMDD), a birthplace code (a state 01-16, a
# foreign country 60-99 but for the unassigned ones), four digits
_MYKAD = re.compile(r"\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?(\d{2})-?\d{4}")
_MYKAD_UNUSED = frozenset({0, 17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97})


def mykad(value: str) -> bool:
    m = _MYKAD.fullmatch(value.strip())
    return m is not None and int(m.group(3)) not in _MYKAD_UNUSED


def india_pan(value: str) -> bool:
    return bool(_PAN.fullmatch(value.strip().upper()))


def upi_address(value: str) -> bool:
    return bool(_VPA.fullmatch(value.strip().lower()))


_RUT = re.compile(r"(\d{1,2}\.?\d{3}\.?\d{3})-?([\dkK])")


def chile_rut(value: str, written: bool = False) -> bool:
    """A person's RUT or RUN (Chile's Registro Civil): seven or eight digits and a check digit,
    the digits' sum by weights 2 to 7 from the right modulo 11 (11 is 0, 10 is K); ``written``:
    with its dash or its K, as a person writes it (a bare number of nine digits passes one
    time in eleven)."""
    v = value.strip()
    m = _RUT.fullmatch(v)
    if m is None or (written and "-" not in v and m.group(2) not in "kK"):
        return False
    body = m.group(1).replace(".", "")
    total = sum((2 + i % 6) * int(d) for i, d in enumerate(reversed(body)))
    check = 11 - total % 11
    return ("0123456789K0"[check] == m.group(2).upper() and len(set(body)) > 2
            and int(body) < 50_000_000)  # (a company's RUT is numbered from 50 million up)


def kennitala(value: str) -> bool:
    """Iceland's kennitala (Þjóðskrá): DDMMYY, two digits, a check digit modulo 11 and a
    century, with or without its dash; a person's (a company's day is 41-71)."""
    digits = value.strip().replace("-", "")
    return (len(digits) == 10 and digits.isascii() and digits.isdigit()
            and 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12
            and _kennitala(digits))


_DOTTED_RUT = re.compile(r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]")


NUMBER_VALIDATORS = {**CHECKED_VALIDATORS,
                     "rut_or_kennitala": lambda v: chile_rut(v, written=True) or kennitala(v),
                     "rut_dotted": lambda v: bool(_DOTTED_RUT.fullmatch(v.strip()))
                     and chile_rut(v),
                     "chile_rut": chile_rut, "kennitala": kennitala,
                     "kra_pin": kra_pin, "india_pan": india_pan, "upi_address": upi_address,
                     "ph_mobile": ph_mobile, "ine_voter_key": ine_voter_key, "mykad": mykad,
                     "nordic_personal_number": nordic_personal_number,
                     "sa_id_number": sa_id_number, "entry_code": entry_code,
                     "my_number": my_number, "philsys_number": philsys_number,
                     "nhs_number": nhs_number, "canadian_fsa": canadian_fsa}
