"""An ID named after the service it is sent to: that service's ID for this install.

SDK vendors name the ID they give an app's install after themselves and send it home: a consent
platform's ``agreeoUid`` to ``agreeo.example``, an MMP's ``originly_uid`` to ``originly.example``
(blind20-26: SDKs of the blind sets). Such an ID is created on the phone when the SDK first runs
and stays until the app is reinstalled: a software device ID as TAXONOMY.md defines
``id.device`` ("SDK install/device IDs tied to the device"), not an account's.

The key must be the vendor's whole name (3+ letters: the host's registered name, the label
before its public suffix; not a service's label nor a word inside the name: ``chat_uid`` sent to
``chat.talkbubble.example`` names no vendor), its first or last part of 4+ letters (``rook_uid``
to ``attrirook``) or its two initials (``iw_uid`` to ``installwren``), followed by ``uid``,
``uuid``, ``guid`` or an install/device ID word. A bare ``id`` is not enough: it names the
vendor's things or the user's account there as often (``trip_id`` sent to a travel site,
``spotify_id``, ``strava_id``: QA62). The value must look like a generated ID (digits and
letters, not a slug), and a field a key rule already read keeps that reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.base import GENERATED_ID, leaf_finding
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.decoders import Decoded
from analysis.records import Finding

CONFIDENCE = 0.7
# ...an ID as an SDK generates one: a UUID or 16+ hex digits, or an MMP's "time-random" ID (an
# app's own "sw_uid" holding its account "u_8f3a2c91d4e64b7a" is the user's: blind8, QA81)
_GENERATED = re.compile(GENERATED_ID.pattern + r"|\d{13}-\d{10,20}")
RULE = "key.vendor-id"
# (not a bare "id": "trip_id" sent to trip.com, "spotify_id", "strava_id", "cart_id" name
# the vendor's things or the user's account there, QA62); longest first
SUFFIXES = ("installationid", "installid", "deviceid", "uuid", "guid", "uid")
_VENDOR = re.compile(r"[a-z]{2,16}")
# second-level labels under which a country's domains are registered ("example.co.uk"), and
# the documentation domains (RFC 2606: "api.vendor.example.com")
SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "go",
                          "example"})
# prefixes that are words of any API, not a vendor's name
NOT_VENDORS = frozenset({"user", "users", "account", "device", "install", "session", "event",
                         "client", "request", "trace", "order", "message", "item", "product",
                         "campaign", "creative", "app", "api", "web", "site", "page", "group",
                         "team", "org", "customer", "member", "player", "profile", "external",
                         "internal", "parent", "child", "transaction", "payment", "ticket",
                         "booking", "store", "merchant", "partner", "vendor", "provider", "sdk",
                         # a platform's ID of the user's account there (QA65: facebook_uid)
                         "facebook", "fb", "weibo", "twitter", "instagram", "tiktok", "google",
                         "apple", "vk", "kakao", "wechat", "snapchat", "linkedin", "github",
                         "discord", "telegram", "line", "qq", "baidu", "yahoo", "microsoft",
                         "trip"})


@lru_cache(maxsize=1024)
def _brand(host: str) -> str:
    """The host's registered name: the label before its public suffix ("amplitude" of
    "api2.amplitude.com", "vendor" of "api.vendor.example.co.uk"); "" for an address."""
    labels = host.split(".")[:-1]
    while labels and labels[-1] in SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels and not labels[-1].isdigit() else ""


@lru_cache(maxsize=4096)
def _vendor_keys(keys: frozenset[str]) -> dict[str, frozenset[str]]:
    """A request's key names that may be a vendor's name and an ID word, with the names they
    may be ("bugsnaguid": "bugsnag" + "uid" or "bugsna" + "guid"), cached per key set."""
    out = {}
    for key in keys:
        norm = norm_key(key) if key else ""
        names = {norm[:-len(x)] for x in SUFFIXES if norm.endswith(x)}
        names = {n for n in names if _VENDOR.fullmatch(n) and n not in NOT_VENDORS}
        if names:
            out[key] = frozenset(names)
    return out


# words a brand starts or ends with that name the vendor's things as often ("task_uid" sent to
# taskrabbit, "game_uid" to gameanalytics, "chat_uid" to chatwoot: QA81)
NOUNS = frozenset({"task", "game", "room", "chat", "photo", "home", "shop", "card", "music",
                   "video", "post", "note", "book", "ticket", "trip", "food", "link", "data",
                   "time", "team", "event", "page", "file", "item", "list", "work", "job",
                   "news", "mail", "cart", "play", "club", "match", "story"})


def _names(name: str, brand: str) -> bool:
    """``name`` names the vendor ``brand``: its whole name, its first or last part of four
    letters or more ("rook" of "attrirook"), or the initials SDKs abbreviate it to ("iw" of
    "installwren", "aq" of "attriquay": the brand's first letter and one after it; blind44/45)."""
    if not brand or len(brand) < 3:
        return False
    if name == brand:
        return True
    if len(name) >= 4:
        return name not in NOUNS and (brand.startswith(name) or brand.endswith(name))
    return len(name) == 2 and name[0] == brand[0] and name[1] in brand[2:]


def vendor_ids(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The fields whose key names the receiving service and an ID (module docstring)."""
    if not decoded.host:
        return []
    named = _vendor_keys(decoded.key_set())
    if not named:
        return []
    brand = _brand(decoded.host)
    keys = {k for k, vendors in named.items() if brand in vendors}
    # (by its initials or a part of its name, only with a value generated as install IDs are:
    # an app's own "dl_uid" cookie holding its account "u_7Hq2Kx9PzL" is the user's, blind8)
    parts = {k for k, vendors in named.items() if k not in keys
             and any(_names(v, brand) for v in vendors)}
    keys |= parts
    if not keys:
        return []
    read = {(f.part, f.path) for f in found}
    out = []
    for leaf in decoded.leaves:
        if (leaf.key not in keys or leaf.array or type(leaf.value) is not str
                or (leaf.part, leaf.path) in read or not validate("device_identifier", leaf.text)
                or (leaf.key in parts and not _GENERATED.fullmatch(leaf.text.strip()))):
            continue
        out.append(leaf_finding(
            exchange_id, leaf, "id.device", CONFIDENCE,
            f"key '{leaf.key}' names the service it is sent to ({decoded.host}) and an ID: that "
            "service's ID for this install", RULE))
    return out
