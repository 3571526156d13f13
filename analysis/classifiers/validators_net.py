"""Validators of networks, named by the rule files like the others (``validators.VALIDATORS``):
IP addresses public versus private (RFC 1918/6890 special-purpose ranges), the anycast public
resolvers that are never a phone's own address, and a mobile carrier's name or code: an MCC of
3 digits (ITU-T E.212; a merchant category code of 4 is ISO 18245), not a connection type and
not a parcel's carrier.
"""

from __future__ import annotations

import functools
import ipaddress
import re

_NOT_PUBLIC = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/127", "fc00::/7", "fe80::/10", "ff00::/8"))


@functools.lru_cache(maxsize=4096)
def ip_public(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text.strip())
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped  # "::ffff:10.0.0.1" is the IPv4 address it maps
    return str(addr) not in PUBLIC_RESOLVERS and not any(
        addr in net for net in _NOT_PUBLIC if net.version == addr.version)


# Anycast public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS): never a phone's address.
PUBLIC_RESOLVERS = frozenset({"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9",
                              "149.112.112.112", "208.67.222.222", "208.67.220.220",
                              "2001:4860:4860::8888", "2001:4860:4860::8844",
                              "2606:4700:4700::1111"})


# A LAN's addresses (RFC 1918, carrier-grade NAT RFC 6598, link-local, IPv6 ULA and
# link-local): not the documentation ranges (RFC 5737/3849), which ``is_private`` also counts
# and which synthetic captures use for public servers and phones alike.
_LAN = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
    "fc00::/7", "fe80::/10"))


@functools.lru_cache(maxsize=4096)
def ip_private(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text.strip())
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return any(addr in net for net in _LAN if net.version == addr.version)


def cell_number(text: str) -> int | None:
    """A cell's ID or its location/tracking area code (3GPP TS 23.003 §4.1, §19.4.2.3), as
    sent: digits (or 0x-prefixed hex), from 10 to below 2^36 (an NR cell identity is 36 bits);
    None for a flag, a UI cell's index, a hex word ("cafe") or a date ("20240315", QA16)."""
    t = text.strip().lower()
    digits, base = (t[2:], 16) if t.startswith("0x") else (t, 10)
    if not digits or not all(c in "0123456789abcdef"[:base] for c in digits):
        return None
    if base == 10 and len(digits) == 8 and digits[:2] in ("19", "20"):
        return None  # yyyymmdd
    n = int(digits, base)
    return n if 10 <= n < 1 << 36 else None


def cell_id(text: str) -> bool:
    return cell_number(text) is not None


NETWORK_TYPES = frozenset({"lte", "4g", "5g", "3g", "2g", "nr", "wifi", "wi-fi", "umts", "hspa",
                           "hspa+", "edge", "gprs", "cdma", "evdo", "mobile", "cellular",
                           "ethernet", "none", "unknown", "5g_nsa", "5g_sa", "wwan"})


# A parcel's carrier named as parcel-tracking apps and shops send it ({"carrier": "ups"},
# "Royal Mail", "dhl-express", or "auto" to detect it): no mobile network (blind19, QA37);
# compared without case, spaces or punctuation
PARCELS = frozenset({"ups", "usps", "fedex", "dhl", "dhlexpress", "dhlecommerce", "tnt", "gls",
                     "dpd", "hermes", "evri", "amazon", "royalmail", "parcelforce", "canadapost",
                     "purolator", "ontrac", "lasership", "postnl", "laposte", "colissimo",
                     "chronopost", "correos", "correosexpress", "seur", "mrw", "nacex", "ctt",
                     "brt", "posteitaliane", "auspost", "australiapost", "sendle", "aramex",
                     "yodel", "inpost", "postnord", "bring", "sfexpress", "bluedart",
                     "delhivery", "yamato", "sagawa", "japanpost", "auto", "autodetect"})
_PUNCT = re.compile(r"[^a-z0-9]")


def _parcel_service(value: str) -> bool:
    """A parcel carrier's service by its first word or two ("usps_priority", "Royal Mail
    Tracked 24", "canada_post_expedited_parcel": blind21, QA52)."""
    words = re.split(r"[\s_-]+", value.lower())
    if MOBILE_WORDS.intersection(words):
        return False  # "La Poste Mobile" is a mobile network (a review)
    return words[0] in PARCELS or "".join(words[:2]) in PARCELS


MOBILE_WORDS = frozenset({"mobile", "telecom", "telekom", "wireless", "cellular", "mobil",
                          "movil", "móvil"})


_INSURER = re.compile(r"(?i)\b(?:insurance|assurance|mutual|versicherung|assicurazion|seguros?"
                      r"|underwriters?|casualty|indemnity)\b")


_PHONE_WORDS = re.compile(r"(?i)wireless|mobile|cellular|telecom")  # ("Assurance Wireless")
_GENETIC = re.compile(r"(?i)zygous|\bvariant|\bmutation|\bnot detected\b|\bdetected\b")


def carrier_value(value: str) -> bool:
    """A carrier's name, code or country — not a flag, not a connection type ("LTE": that is
    device.info), and a code of digits only with 2 or 3 (MNC/MCC) or 5 or 6 (MCC+MNC) of them."""
    v = value.strip()
    if (v.lower() in ("true", "false", "") or v.lower() in NETWORK_TYPES
            or _PUNCT.sub("", v.lower()) in PARCELS
            # a parcel carrier's service ("usps_priority", "dhl-express": blind21)
            or _parcel_service(v) or (_INSURER.search(v) and not _PHONE_WORDS.search(v))):
        return False  # (an insurance carrier, "Gullwing Insurance": blind35)
    if _GENETIC.search(v):
        return False  # a genetic carrier's status ("CFTR heterozygous": blind47)
    digits = v.replace("-", "").replace("/", "")
    return not digits.isdigit() or len(digits) in (2, 3, 5, 6)
