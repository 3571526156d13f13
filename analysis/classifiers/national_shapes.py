"""National numbers recognisable whatever their key: layouts written so, most with a check,
that little else an app sends is written like (``value.py`` and the log lines' pairs ask;
``personal.national_id`` at 0.7 with a check, 0.55 without: ``national_number``).

- Switzerland's AHV/AVS number, written 756.XXXX.XXXX.XX with its EAN-13 check digit (the
  Federal Social Insurance Office's layout since 2008);
- France's NIR (numéro de sécurité sociale), 13 digits and its two-digit key (97 minus the
  number modulo 97; Corsica's 2A and 2B read as 19 and 18; INSEE), its sex digit and a month
  (01-12, or 20-42 and 50-99 for the registrations without one) in place; written in its
  groups ("1 79 04 09 122 045 52") or whole;
- Pakistan's CNIC written 5-7-1 with its dashes (NADRA's card);
- Mauritius's National Identity Card number: the surname's initial, the birth date as DDMMYY,
  six digits and a check character, not verified here (14 characters; the Civil Status
  Division's card);
- the US Medicare Beneficiary Identifier: eleven characters, digits and letters (no S, L, O,
  I, B, Z) in their fixed places, written whole or 4-3-4 with dashes (CMS's MBI format);
- a US Social Security number written 3-2-4 with its dashes, in the ranges the SSA issues (no
  area 000, 666 or 900-999, no group 00, no serial 0000; not the Woolworth wallet's number);
- a UK National Insurance number: two letters of HMRC's allowed pairs, six digits and A-D,
  whole or in its printed groups ("MA 48 29 13 B");
- a Dutch BSN written with its dots (4.2.3) and its eleven-test (the Rijksoverheid's);
- Italy's codice fiscale with its check character (DM 23/12/1976's odd and even tables), under
  any key (``validators_ids.LETTERED_ID`` reads its shape under its own names);
- Guatemala's CUI (the DPI's number) written in its groups (4 5 4): eight digits, a check digit
  (their sum weighted 2 to 9, modulo 11), a department 01-22 and a municipality (RENAP); also
  under "cui" or "dpi" whole (``keys.toml``);
- Belgium's national register number written YY.MM.DD-SSS.CC as on the eID card: a birth date
  (a BIS number's month plus 20 or 40), a serial, and 97 minus the nine digits modulo 97 (with
  a 2 before them for a birth from 2000) (the Rijksregister's; QA168's ``limero_nacional``);
- Sweden's personnummer written (YY)YYMMDD-NNNN (or "+" past a hundred years): a birth date
  (a coordination number's day plus 60) and the Luhn check over its last ten digits
  (Skatteverket's; QA166's ``persovdnanummar``);
- the Czech and Slovak birth number (rodné číslo) written YYMMDD/XXXX with its slash: a birth
  date (a woman's month plus 50; plus 20 or 70 for the numbers of 2004 on) and the ten digits
  divisible by 11 (Act 133/2000 Coll.; QA178's ``rodno_cislo``).
- India's Aadhaar number written in its three printed groups of four ("4623 8951 0274"): the
  first digit 2-9 and the last the Verhoeff check digit (UIDAI's; QA205's hotel check-in under
  Kumaoni ``pachhyan.lambar``; unspaced, twelve digits are any number's as often).

An app's own API sends these under its own words (``numer_avs``, ``numelo_secu``,
``nimero_idantite``, ``poc_nambar``: blind187, blind182, QA153, blind174), which no list holds.
Not read under a key whose words say it is an order's, a ticket's or a payment's reference.
"""

from __future__ import annotations

import re

from analysis.classifiers.validators_checked import pakistan_cnic
from analysis.classifiers.validators_ids import LETTERED_ID

CATEGORY = "personal.national_id"
CONFIDENCE = 0.7
WEAK = 0.55  # below the 0.6 that can decide a claim
RULE = "value.national-number"
_AVS = re.compile(r"756\.\d{4}\.\d{4}\.\d{2}")
_NIR = re.compile(r"([1-478]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})")
_CNIC = re.compile(r"[1-7]\d{4}-\d{7}-\d")
_MU_NIC = re.compile(r"[A-Z](\d{2})(\d{2})\d{8}[0-9A-Z]")


def swiss_avs(text: str) -> bool:
    """756.XXXX.XXXX.XX with its EAN-13 check digit."""
    if not _AVS.fullmatch(text):
        return False
    d = [int(c) for c in text if c.isdigit()]
    total = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d[:12]))
    return (10 - total % 10) % 10 == d[12]


def french_nir(text: str) -> bool:
    """A NIR with its key, its sex digit and a month in place (module docstring)."""
    m = _NIR.fullmatch(text)
    if not m:
        return False
    month = int(m.group(3))
    if not (1 <= month <= 12 or 20 <= month <= 42 or month >= 50):
        return False
    department = {"2A": "19", "2B": "18"}.get(m.group(4), m.group(4))
    number = int("".join((m.group(1), m.group(2), m.group(3), department, m.group(5),
                          m.group(6))))
    return 97 - number % 97 == int(m.group(7))


def czech_slovak_rc(text: str) -> bool:
    """YYMMDD/XXXX: a birth date in place and the ten digits divisible by 11 (above)."""
    digits = text[:6] + text[7:]
    if not digits.isdigit():
        return False
    month, day = int(text[2:4]), int(text[4:6])
    month -= 50 if month > 50 else 0
    month -= 20 if month > 20 else 0
    return 1 <= month <= 12 and 1 <= day <= 31 and int(digits) % 11 == 0 and int(digits) > 0


def mauritius_nic(text: str) -> bool:
    """The initial, a birth date as DDMMYY, eight more characters (module docstring)."""
    m = _MU_NIC.fullmatch(text)
    return m is not None and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


_SSN = re.compile(r"(\d{3})-(\d{2})-(\d{4})")
_NINO = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                   r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]")


_BSN = re.compile(r"\d{4}\.\d{2}\.\d{3}")
_CUI = re.compile(r"\d{4} ?\d{5} ?\d{4}")
_SE_PN = re.compile(r"(?:19|20)?(\d{2})(\d{2})(\d{2})[-+](\d{4})")
_BE_NN = re.compile(r"(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})")


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                    18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))


def italian_cf(text: str) -> bool:
    """A codice fiscale's sixteen characters in their places and its check character."""
    if len(text) != 16 or not LETTERED_ID.fullmatch(text) or not text[:6].isalpha():
        return False
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
                for i, c in enumerate(text[:15]))
    return chr(65 + total % 26) == text[15]


def dutch_bsn(text: str) -> bool:
    """Nine digits passing the eleven-test (the last weighted -1)."""
    d = [int(c) for c in text if c.isdigit()]
    return len(d) == 9 and sum(x * w for x, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1),
                                                       strict=True)) % 11 == 0 and any(d)


def guatemala_cui(text: str) -> bool:
    """A CUI's thirteen digits, its check digit, department and municipality (above)."""
    if not _CUI.fullmatch(text.strip()):
        return False
    d = [int(c) for c in text if c.isdigit()]
    return (sum(x * (i + 2) for i, x in enumerate(d[:8])) % 11 == d[8]
            and 1 <= d[9] * 10 + d[10] <= 22 and d[11] * 10 + d[12] >= 1)


def belgian_nn(text: str) -> bool:
    """A Belgian national register number as written on the eID card (module docstring)."""
    m = _BE_NN.fullmatch(text)
    if m is None:
        return False
    month, day = int(m.group(2)) % 20, int(m.group(3))
    if month > 12 or day > 31 or int(m.group(2)) > 52:
        return False
    nine = int("".join(m.groups()[:4]))
    # (the 2000s' check only for a year before the 2020s: "24.03.01-001.09" is a lot's code as
    # often as a baby's number, the session's review)
    born_2000s = int(m.group(1)) < 20 and int(m.group(5)) == 97 - (2_000_000_000 + nine) % 97
    return int(m.group(5)) == 97 - nine % 97 or born_2000s


def swedish_pn(text: str) -> bool:
    """A Swedish personnummer as written (module docstring)."""
    m = _SE_PN.fullmatch(text)
    if m is None:
        return False
    month, day = int(m.group(2)), int(m.group(3)) % 60
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    # a date of the last years with a clock time after it is a timestamp as often (a photo's,
    # a build's, a lot's "20240101-0042": one in ten such stamps passes the Luhn check; the
    # session's review): not read, at the cost of a child's number born since 2020
    serial = m.group(4)
    if (len(text) == 13 and int(text[:4]) >= 2020) or (
            len(text) == 11 and 20 <= int(m.group(1)) <= 29
            and int(serial[:2]) <= 23 and int(serial[2:]) <= 59):
        return False
    digits = [int(c) for c in "".join(m.groups())]
    total = sum(d * 2 - 9 * (d * 2 > 9) if i % 2 == 0 else d for i, d in enumerate(digits))
    return total % 10 == 0


def us_ssn(text: str) -> bool:
    """An SSN as written, 3-2-4, in the issued ranges (module docstring)."""
    m = _SSN.fullmatch(text)
    return (m is not None and m.group(1) not in ("000", "666") and m.group(1)[0] != "9"
            and m.group(2) != "00" and m.group(3) != "0000" and text != "078-05-1120")


_MBI_KINDS = "NAXNAXNAANN"  # (numeric, alphabetic, either, in the MBI's eleven places)
_MBI_LETTERS = frozenset("ACDEFGHJKMNPQRTUVWXY")


def medicare_mbi(text: str) -> bool:
    """Eleven characters in the MBI's places: numeric, alphabetic, alphanumeric (module
    docstring), whole or with its two dashes."""
    bare = text.replace("-", "")
    if len(bare) != 11 or (len(text) == 13 and (text[4], text[8]) != ("-", "-")):
        return False
    return bare[0] != "0" and all(
        c.isdigit() if k == "N" else c in _MBI_LETTERS if k == "A"
        else (c.isdigit() or c in _MBI_LETTERS) for c, k in zip(bare, _MBI_KINDS, strict=True))


# Verhoeff's check (J. Verhoeff, 1969): the dihedral group D5's multiplication table and the
# permutation table, as UIDAI's Aadhaar check digit uses them
_VD = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678",
       "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"]
_VP = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870",
       "4286573901", "2793806415", "7046913258"]


def aadhaar(text: str) -> bool:
    """India's Aadhaar number as UIDAI prints it: three groups of four digits, the first 2-9,
    the last the Verhoeff check digit."""
    digits = text.replace(" ", "")
    if len(digits) != 12 or not digits.isdigit() or digits[0] in "01":
        return False
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = int(_VD[c][int(_VP[i % 8][int(ch)])])
    return c == 0


def national_number(text: str) -> tuple[str, str, float, str] | None:
    """(category, evidence, confidence, rule) for a national number written so, or None: 0.7
    with a check the value passed, 0.55 for a layout no code can fail or a NIR's key read
    unspaced (one number in 97 passes it), which an order's, a locker's or a voucher's code is
    as often: below a verdict (the session's review)."""
    n = len(text)
    if n == 16 and text[:4] == "756." and swiss_avs(text):
        what, checked = "a Swiss AHV/AVS number (756 and its EAN-13 check digit)", True
    elif n in (15, 21) and text[0] in "12478" and french_nir(text):
        what, checked = "a French NIR (social security number) with its key", " " in text
    elif n == 15 and text[5:6] == "-" and _CNIC.fullmatch(text) and pakistan_cnic(text, True):
        what, checked = "a Pakistani CNIC written with its dashes", False
    elif n == 14 and text[0].isalpha() and mauritius_nic(text):
        what, checked = "a Mauritian identity card's number (initial, birth date)", False
    elif n in (11, 13) and text[0].isdigit() and medicare_mbi(text):
        what, checked = "a US Medicare Beneficiary Identifier", False
    elif n == 11 and text[3:4] == "-" and us_ssn(text):
        what, checked = "a US Social Security number written with its dashes", False
    elif n in (9, 13) and text[0].isalpha() and _NINO.fullmatch(text):
        what, checked = "a UK National Insurance number", False
    elif n == 11 and text[4:5] == "." and _BSN.fullmatch(text) and dutch_bsn(text):
        what, checked = "a Dutch BSN written with its dots and its eleven-test", True
    elif n == 16 and text[0].isalpha() and italian_cf(text):
        what, checked = "an Italian codice fiscale with its check character", True
    elif n in (11, 13) and text[-5] in "-+" and swedish_pn(text):
        what, checked = "a Swedish personnummer (birth date and its Luhn check)", True
    elif n == 11 and text[6:7] == "/" and czech_slovak_rc(text):
        what, checked = "a Czech or Slovak birth number (birth date, divisible by 11)", True
    elif n == 15 and text[2:3] == "." and belgian_nn(text):
        what, checked = "a Belgian national register number with its check digits", True
    elif n == 14 and text[4:5] == text[9:10] == " " and aadhaar(text):
        what, checked = "an Indian Aadhaar number in its printed groups with its check digit", True
    elif n == 15 and text[4:5] == " " and guatemala_cui(text):
        what, checked = ("a Guatemalan CUI written in its groups, its check digit and "
                         "department", True)
    else:
        return None
    if checked:
        return CATEGORY, f"value is {what}", CONFIDENCE, RULE
    return CATEGORY, f"value is {what} (no check a code would fail)", WEAK, RULE
