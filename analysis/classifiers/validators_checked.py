"""National numbers by their published layouts and check digits, read in the nineteenth session's
end-to-end rounds (QA125 to QA131) under their own names (``rules/keys.toml``): Kazakhstan's IIN
(the Law on National Registers), Pakistan's CNIC (NADRA), Thailand's citizen ID (the Department
of Provincial Administration), Romania's CNP, Brazil's CPF (the Receita Federal), the
Netherlands' BSN (the eleven test), Belgium's national register number (the Rijksregister)
and Uruguay's cédula; in the twentieth session's (QA133 to QA137) Ukraine's RNOKPP, the JMBG,
Ireland's PPS number and Vietnam's CCCD; and an account's ID as apps write one under a bare
"user" (``account_ref``). Each function's docstring gives its rule; named for the rules by
``CHECKED_VALIDATORS``.
"""

from __future__ import annotations

import re
from typing import Any

from analysis.classifiers.validators_ids import LETTERED_ID, identifier
from analysis.profile import luhn_ok


def kazakh_iin(value: str) -> bool:
    """Kazakhstan's IIN (the Law on National Registers): YYMMDD, a century-and-sex digit 1-6,
    four digits and a check digit, the sum by weights 1-11 modulo 11, or by 3-11, 1, 2 when
    the first gives 10 (a number whose second gives 10 too is never issued)."""
    v = value.strip().replace(" ", "")
    if (len(v) != 12 or not v.isascii() or not v.isdigit() or not 1 <= int(v[2:4]) <= 12
            or not 1 <= int(v[4:6]) <= 31 or v[6] not in "123456"):
        return False
    d = [int(c) for c in v]
    check = sum((i + 1) * x for i, x in enumerate(d[:11])) % 11
    if check == 10:
        check = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), d,
                                          strict=False)) % 11
    return check != 10 and check == d[11]


_CNIC = re.compile(r"[1-7]\d{4}-\d{7}-\d|[1-7]\d{12}")


def pakistan_cnic(value: str, dashed: bool = False) -> bool:
    """Pakistan's CNIC (NADRA): thirteen digits, written 5-7-1, the first a province's 1-7;
    ``dashed``: written so (bare, a millisecond timestamp has thirteen digits too)."""
    v = value.strip()
    return (bool(_CNIC.fullmatch(v)) and len(set(v.replace("-", ""))) > 2
            and (not dashed or "-" in v))


def thai_id(value: str) -> bool:
    """Thailand's citizen ID (the Department of Provincial Administration's): thirteen digits,
    the first a person's type 1-8, the last (11 - the digits' sum by weights 13 to 2, modulo
    11) modulo 10; written in groups 1-4-5-2-1 as often."""
    v = value.strip().replace("-", "").replace(" ", "")
    if len(v) != 13 or not v.isascii() or not v.isdigit() or v[0] not in "12345678":
        return False
    check = (11 - sum((13 - i) * int(c) for i, c in enumerate(v[:12])) % 11) % 10
    return check == int(v[12]) and len(set(v)) > 2


def romanian_cnp(value: str) -> bool:
    """Romania's CNP (the Ministry of Internal Affairs' layout): a sex-and-century digit, YYMMDD,
    a county 01-52, three digits and a check digit, the sum by weights 279146358279 modulo 11
    (10 is 1)."""
    v = value.strip()
    if (len(v) != 13 or not v.isascii() or not v.isdigit() or v[0] == "0"
            or not 1 <= int(v[3:5]) <= 12 or not 1 <= int(v[5:7]) <= 31
            or not 1 <= int(v[7:9]) <= 52):
        return False
    check = sum(int(w) * int(c) for w, c in zip("279146358279", v, strict=False)) % 11
    return (1 if check == 10 else check) == int(v[12])


def brazil_cpf(value: str) -> bool:
    """Brazil's CPF (the Receita Federal's): eleven digits, "123.456.789-09" as often, its last
    two check digits by weights 10-2 and 11-2 modulo 11; not one digit repeated."""
    d = [int(c) for c in value.strip() if c.isdigit()]
    if len(d) != 11 or len(set(d)) == 1 or any(c not in "0123456789.- " for c in value.strip()):
        return False
    k1 = sum((10 - i) * x for i, x in enumerate(d[:9])) * 10 % 11 % 10
    k2 = sum((11 - i) * x for i, x in enumerate(d[:10])) * 10 % 11 % 10
    return (k1, k2) == (d[9], d[10])


def dutch_bsn(value: str) -> bool:
    """The Netherlands' BSN (the eleven test): nine digits, their sum by weights 9-2 and -1
    a multiple of 11."""
    v = value.strip().replace(".", "").replace(" ", "")
    if len(v) != 9 or not v.isascii() or not v.isdigit() or len(set(v)) == 1:
        return False
    return sum(w * int(c) for w, c in zip((9, 8, 7, 6, 5, 4, 3, 2, -1), v, strict=True)) % 11 == 0


def belgian_rrn(value: str) -> bool:
    """Belgium's national register number (the Rijksregister's): YY.MM.DD-NNN.CC, its check
    97 minus the first nine digits modulo 97 (with a 2 before them for those born from 2000);
    a month 0 or a day 0 where a birth date is unknown."""
    d = "".join(c for c in value.strip() if c.isdigit())
    if (len(d) != 11 or any(c not in "0123456789.- " for c in value.strip())
            or int(d[2:4]) > 12 or int(d[4:6]) > 31):
        return False
    first, check = int(d[:9]), int(d[9:])
    return check in (97 - first % 97, 97 - int("2" + d[:9]) % 97)


_CI = re.compile(r"\d\.?\d{3}\.?\d{3}-\d")


def uruguay_ci(value: str) -> bool:
    """Uruguay's cédula de identidad: seven digits ("5.803.214-6") and a check digit, ten minus
    the digits' sum by weights 2987634 modulo 10."""
    v = value.strip()
    if not _CI.fullmatch(v):  # (its layout: not a check-in's date, a build's or a line's number)
        return False
    d = "".join(c for c in v if c.isdigit())
    return (10 - sum(w * int(c) for w, c in zip((2, 9, 8, 7, 6, 3, 4), d, strict=False))
            % 10) % 10 == int(d[7])


def greek_amka(value: str) -> bool:
    """Greece's AMKA (the social security number, IDIKA's layout): the holder's birth date
    DDMMYY, four digits and a Luhn check digit."""
    v = value.strip().replace(" ", "")
    if len(v) != 11 or not v.isascii() or not v.isdigit() or not 1 <= int(v[:2]) <= 31 \
            or not 1 <= int(v[2:4]) <= 12:
        return False
    return luhn_ok(v)


def croatian_oib(value: str) -> bool:
    """Croatia's OIB (the Tax Administration's): eleven digits, the last by ISO 7064 MOD 11,10."""
    v = value.strip()
    if len(v) != 11 or not v.isascii() or not v.isdigit() or len(set(v)) < 3:
        return False
    a = 10
    for c in v[:10]:
        a = (a + int(c)) % 10 or 10
        a = a * 2 % 11
    return (11 - a) % 10 == int(v[10])


def _digits(value: str, n: int) -> str:
    v = value.strip().replace(" ", "").replace("-", "")
    return v if len(v) == n and v.isascii() and v.isdigit() and len(set(v)) > 2 else ""


def ukraine_rnokpp(value: str) -> bool:
    """Ukraine's RNOKPP (the taxpayer's number, "ІПН"): ten digits, the last the weighted sum of
    the first nine (-1, 5, 7, 9, 4, 6, 10, 5, 7) modulo 11, modulo 10."""
    d = _digits(value, 10)
    return bool(d) and sum(w * int(c) for w, c in zip((-1, 5, 7, 9, 4, 6, 10, 5, 7), d,
                                                       strict=False)) % 11 % 10 == int(d[9])


def jmbg(value: str) -> bool:
    """The former Yugoslav JMBG (Bosnia, Serbia, Montenegro, North Macedonia): DDMMYYY, a region,
    a serial and a check digit, 11 minus the weighted sum (7..2 twice) modulo 11, 0 for 10 or
    11."""
    d = _digits(value, 13)
    if not d or not 1 <= int(d[:2]) <= 31 or not 1 <= int(d[2:4]) <= 12:
        return False
    m = 11 - sum(w * int(c) for w, c in zip((7, 6, 5, 4, 3, 2) * 2, d, strict=False)) % 11
    return (0 if m > 9 else m) == int(d[12])


_PPS = re.compile(r"(\d{7})([A-W])([A-IW]?)")


def irish_pps(value: str) -> bool:
    """Ireland's PPS number: seven digits, a check letter (the digits by weights 8..2, and 9
    times the second letter's place, modulo 23; W is 0) and maybe a second letter (Revenue)."""
    m = _PPS.fullmatch(value.strip().upper())
    if m is None:
        return False
    total = sum(w * int(c) for w, c in zip(range(8, 1, -1), m.group(1), strict=False))
    if m.group(3) and m.group(3) != "W":
        total += 9 * (ord(m.group(3)) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == m.group(2)


def vietnam_cccd(value: str) -> bool:
    """Vietnam's citizen identity card number (CCCD, Circular 07/2016/TT-BCA): a province code
    001-096, a century-and-sex digit, the birth year's last two digits and six more; or the
    older nine-digit CMND."""
    d = _digits(value, 12)
    return (bool(d) and 1 <= int(d[:3]) <= 96 and d[3] in "0123") or bool(_digits(value, 9))


def _shapes() -> Any:
    """``national_shapes`` when first asked (it imports this module)."""
    from analysis.classifiers import national_shapes
    return national_shapes


_NINE = re.compile(r"\d{3}[- ]?\d{3}[- ]?\d{3}")  # (Jamaica's TRN as written: QA156)
_HEX_OR_UUID = re.compile(r"[0-9a-fA-F-]{16,}")


def account_ref(text: str) -> bool:
    """An account's ID as apps write one under a bare "user": letters and digits ("u_7Hq2Kx9PzL",
    "usr_p9w3kd7x2mzq"), no hash nor UUID (a hashed user is an identity check's digest, a
    UUID there an SDK's install key) nor digits alone (a translated "usuario" holding an ID
    card's number)."""
    t = text.strip()
    return (identifier(t) and not _HEX_OR_UUID.fullmatch(t) and any(c.isalpha() for c in t)
            and not LETTERED_ID.fullmatch(t.upper()))


CHECKED_VALIDATORS = {"account_ref": account_ref, "greek_amka": greek_amka,
                      "croatian_oib": croatian_oib,
                      "thai_id": thai_id, "romanian_cnp": romanian_cnp, "uruguay_ci": uruguay_ci,
                      "belgian_rrn": belgian_rrn,
                      "cpf_or_bsn": lambda v: brazil_cpf(v) or dutch_bsn(v),
                      "iin_or_cnic": lambda v: kazakh_iin(v) or pakistan_cnic(v, dashed=True)
                      or _shapes().mauritius_nic(v.strip()),
                      "pakistan_cnic": pakistan_cnic, "ukraine_rnokpp": ukraine_rnokpp,
                      "jmbg": jmbg, "irish_pps": irish_pps,
                      "vietnam_cccd": vietnam_cccd,
                      "twelve_digits": lambda v: bool(_digits(v, 12)),
                      "nine_digits": lambda v: bool(_NINE.fullmatch(v.strip())),
                      "guatemala_cui": lambda v: _shapes().guatemala_cui(v),
                      "medicare_mbi": lambda v: _shapes().medicare_mbi(v.strip())}
