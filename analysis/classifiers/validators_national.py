"""Validators of national numbers by their own check digits, named by the rule files like the
others (``validators.VALIDATORS``): Greece's tax number (ΑΦΜ, "afm": nine digits, the last the
sum of the first eight times 2^8..2^1, modulo 11, modulo 10; the Greek tax administration's
published algorithm, as VIES validates Greek VAT numbers).
"""

from __future__ import annotations


def greek_afm(value: str) -> bool:
    """A Greek tax number (ΑΦΜ) with its check digit right, "EL" prefix allowed."""
    v = value.strip().upper().removeprefix("EL").replace(" ", "")
    if len(v) != 9 or not v.isascii() or not v.isdigit() or v == "000000000":
        return False
    total = sum(int(d) << (8 - i) for i, d in enumerate(v[:8]))
    return total % 11 % 10 == int(v[8])


NATIONAL_VALIDATORS = {"greek_afm": greek_afm}
