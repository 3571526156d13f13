"""Country codes, names and the group aliases claims may use.

ISO 3166-1 comes from pycountry (the Debian iso-codes data). Groups: EU member states as of
2020-02-01 (after the UK left) with their territories coded apart that are in the EU (Åland,
the French outermost regions), EEA = EU + Iceland, Liechtenstein, Norway; EFTA; Five Eyes.
Kosovo's user-assigned ``XK`` is accepted because GeoIP databases use it.
"""

from __future__ import annotations

import pycountry

ISO_ALPHA2: frozenset[str] = frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}
NUMERIC_TO_ALPHA2: dict[str, str] = {c.numeric: c.alpha_2 for c in pycountry.countries}
# (an alpha-3 code written where alpha-2 is asked: "UGA" is "UG"; the claims' hint, QA198)
ALPHA3_TO_ALPHA2: dict[str, str] = {c.alpha_3: c.alpha_2 for c in pycountry.countries}

EU = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    # parts of member states that ISO 3166-1 (and GeoIP) code apart (TFEU art. 349/355): the
    # Åland Islands and France's outermost regions are in the EU
    "AX", "GF", "GP", "MQ", "RE", "YT", "MF",
})
EFTA = frozenset({"IS", "LI", "NO", "CH"})
COUNTRY_GROUPS: dict[str, frozenset[str]] = {
    "EU": EU,
    "EEA": EU | {"IS", "LI", "NO"},
    "EFTA": EFTA,
    "FIVE_EYES": frozenset({"US", "GB", "CA", "AU", "NZ"}),
}


def country_name(code: str | None) -> str:
    """A readable name for an alpha-2 code; the code itself when unknown."""
    if not code:
        return "unknown"
    if code == "XK":
        return "Kosovo"
    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)
