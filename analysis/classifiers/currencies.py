"""Currency codes as apps send them beside an amount: ISO 4217's active alphabetic codes.

An app's own API names its currency field in its own words (``valuta``, ``valuuttu``,
``mudra``, ``tupe_ituaiga``: the first runs of blind177 to blind188), but the code it holds is
ISO 4217's, whatever the language; ``paid_amounts.py`` takes a field holding one as the
currency of the amounts beside it. Left out: the codes that are words or common abbreviations
as often as currencies ("ALL", "TOP", "CUP", "MOP", "BOB", "GEL", "MAD", "PEN", "TRY", "SOS",
"CAD" as a drawing's, "AMD" a processor's, "PHP" a language's), which only count under a key
that says currency. Source: ISO 4217 list one (SIX Financial Information, 2024).
"""

from __future__ import annotations

from analysis.decoders import Decoded

_TABLE = """
AED AFN ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CDF
CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GHS GIP GMD GNF GTQ
GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
NZD OMR PAB PGK PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN
SVC SYP SZL THB TJS TMT TND TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF
YER ZAR ZMW ZWL
"""
# ...and the codes that are as often something else under a key that says nothing of money
# (the session's review: a car's brand "NIO", a supplement's "NAD", heart failure's "CHF",
# German's "NOK" for not OK, "RON" as initials, airports' "HNL" and "MGA", a shapefile's "SHP")
AMBIGUOUS = frozenset({"NIO", "NAD", "CHF", "NOK", "RON", "HNL", "MGA", "SHP", "BAM", "DOP",
                       "PAB", "MDL", "LAK", "SOS", "TOP", "ALL", "CUP", "MOP", "BOB", "GEL",
                       "MAD", "PEN", "TRY", "CAD", "AMD", "PHP"})
CODES = frozenset(_TABLE.split()) - AMBIGUOUS


def currency_code(text: str) -> bool:
    """``text`` is an ISO 4217 code as apps write it (upper case)."""
    return len(text) == 3 and text in CODES


def coded(decoded: Decoded) -> bool:
    """A field of the request holds a currency code (above)."""
    # (the texts' set once, in C, then a set intersection: most requests' fields are read
    # here only to learn none is a code; "INR" and " INR" alike)
    texts = {leaf.text for leaf in decoded.leaves if len(leaf.text) < 8}
    return not CODES.isdisjoint(texts) or not CODES.isdisjoint(
        t.strip() for t in texts if len(t) > 3)
