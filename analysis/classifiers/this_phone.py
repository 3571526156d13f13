"""Identifiers the device profile contradicts: an IMEI, a SIM's IMSI or ICCID, a serial number
or a MAC address in a request that is not the test phone's (a car modem's, QA26; a home
camera's, QA30; another device's).

They are still reported, but below the confidence that can make a claim violated
(``judge.MIN_CONFIDENCE``, 0.6), with "not the test phone's" in their evidence. Only values
written plainly are compared: a hash, a transformed value or a phone's random per-network MAC may
be the phone's in a form the profile does not hold. IMEI structure: 3GPP TS 23.003 (the type
allocation code, its first 8 digits, is shared by a dual-SIM phone's two IMEIs); ICCID and IMSI:
ITU-T E.118 and 3GPP TS 23.003; locally administered MACs: IEEE 802 (bit 1 of the first octet).

So is a phone number found by its shape alone that is not the tester's (``_other_numbers``),
and so is a serial number or a MAC address inside the record of a device the phone is paired with
(``paired_devices``: a BLE thermometer's ``peripheral.mac``, QA41), with or without a profile:
still a hardware identifier the app sends, of the user's accessory, but not the phone's. A
Bluetooth address in a list of the user's own devices, beside their serials or firmware and no
signal strength, is that device's hardware ID, not a nearby scan (``owned_devices``, QA110).
"""

from __future__ import annotations

import dataclasses
import operator

from analysis.classifiers.base import HASH_BY_LEN
from analysis.classifiers.paths import path_words
from analysis.classifiers.places_own import filed
from analysis.classifiers.rules import norm_key
from analysis.classifiers.value import SCAN_LISTS
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.profile import DeviceProfile
from analysis.records import Detector, Finding

NOT_THIS_PHONE = {"value.imei": (("imei",), "IMEI", range(14, 17), True),
                  "key.imei": (("imei",), "IMEI", range(14, 17), True),
                  "key.sim": (("imsi", "iccid"), "IMSI or ICCID", range(15, 21), True),
                  "key.serial": (("serial",), "serial number", range(4, 41), False),
                  "key.accessory-serial": (("serial",), "serial number", range(4, 41), False),
                  "key.mac": (("mac",), "MAC address", range(12, 13), False),
                  "key.mac-bare": (("mac",), "MAC address", range(12, 13), False),
                  "value.mac": (("mac",), "MAC address", range(12, 13), False)}


def _sim_kind(digits: str) -> str:
    """An ICCID starts with the telecom industry code 89 and has 18-20 digits (ITU-T E.118);
    an IMSI has 15 (3GPP TS 23.003)."""
    return "iccid" if digits.startswith("89") and len(digits) >= 18 else "imsi"


def _alnum(text: str) -> str:
    return "".join(c for c in text if c.isalnum()).lower()


def _plain(sent: str, f: Finding, what: str) -> bool:
    """A serial or a MAC written plainly: no digest (the phone's may be hashed), no value sent
    transformed, no locally administered MAC (a phone's random per-network one, Android 10+)."""
    if f.transform or len(sent) in HASH_BY_LEN:
        return False
    return not (what == "MAC address" and int(sent[1], 16) & 2)


def _same(sent: str, known: str, what: str) -> bool:
    """Maybe the same phone's identifier: an IMEI of the same type allocation code (its first 8
    digits, 3GPP TS 23.003: a dual-SIM phone's second IMEI shares it, another device's modem
    does not), the same SIM ID written with or without its last digit (ITU-T E.118), the same
    serial number or MAC address (separators and case aside)."""
    if what == "IMEI":
        return sent[:8] == known[:8]
    if what != "IMSI or ICCID":
        return sent == known
    return sent == known or (abs(len(sent) - len(known)) == 1
                             and (sent.startswith(known) or known.startswith(sent)))


def not_this_phone(found: list[Finding], profile: DeviceProfile) -> list[Finding]:
    if profile.contact.get("phone") and any(f.rule in PHONE_RULES for f in found):
        found = _other_numbers(found, str(profile.contact["phone"]))
    if not any(f.rule in NOT_THIS_PHONE for f in found):
        return found
    out = []
    others: set[str] = set()  # the objects holding another device's hardware ID
    for f in found:
        spec = NOT_THIS_PHONE.get(f.rule or "")
        if spec is not None and f.detector != Detector.GROUND_TRUTH:
            keys, what, lengths, digits = spec
            sent = _alnum(f.value.strip())
            if f.rule == "key.sim":  # an IMSI is compared with the phone's IMSI, an ICCID...
                keys = (_sim_kind(sent),)
            known = [_alnum(str(profile.identifiers[k])) for k in keys
                     if profile.identifiers.get(k)]
            if known and (sent.isdigit() if digits else _plain(sent, f, what)) and len(
                    sent) in lengths and not any(_same(sent, k, what) for k in known):
                f = dataclasses.replace(
                    f, confidence=min(f.confidence, 0.5),
                    evidence=f"{f.evidence}; not the test phone's {what} (device profile)")
                where = f.path.rpartition(".")[0]
                if f.category == "id.hardware" and where and not PHONE_OBJECTS & set(
                        key_words(where.rpartition(".")[2].partition("[")[0])):
                    others.add(where)  # (the top level, a "device" object are the phone's)
        out.append(f)
    return _their_description(out, others) if others else out


PHONE_OBJECTS = frozenset({"device", "phone", "handset", "client", "system", "os", "hardware"})


def _their_description(found: list[Finding], others: set[str]) -> list[Finding]:
    """A model, a firmware, a battery level read by key in the object that holds another
    device's IMEI, serial or MAC (a watch being paired, a scooter: QA55, blind23) describe that
    device, not the phone: kept, below the confidence that can violate a claim."""
    return [dataclasses.replace(f, confidence=min(f.confidence, 0.5), evidence=(
                f"{f.evidence}; beside another device's hardware ID, not the phone's"))
            if f.category == "device.info" and f.detector == Detector.KEY
            and f.path.rpartition(".")[0] in others else f for f in found]


# The objects of another device the phone talks to (keys.toml voids device IDs under the same
# words: a cast receiver, a paired watch, QA17)
PAIRED = frozenset({"accessory", "accessories", "peripheral", "peripherals", "paired",
                    "companion", "thermometer", "scale", "glucometer", "wearable",
                    # a TV or a cast receiver the phone remote-controls (QA88: its serial sent
                    # to an ACR vendor is the TV's, not the phone's)
                    "tv", "television", "smarttv", "receiver", "castdevice", "settopbox"})
TV = frozenset({"tv", "television", "smarttv", "settopbox"})  # ...also in its key: "tv_serial"


def paired_devices(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` with the hardware IDs of a paired device's record below the confidence that
    can make a claim violated (above): the object right above the field names the device
    (``peripheral.mac``, ``glucometro.serial``; ``pairing.phone.mac`` is the phone's, QA42);
    and a list's Bluetooth address the user's own device's (``owned_devices``)."""
    if NEARBY_MAC in map(RULE_OF, found):  # (C-level: no generator per request)
        found = owned_devices(found, decoded)
    if not any(f.rule in NOT_THIS_PHONE for f in found):
        return found
    return [dataclasses.replace(f, confidence=min(f.confidence, 0.5), evidence=(
                f"{f.evidence}; in the record of a paired device "
                f"('{f.path.rpartition('.')[0]}'), not the phone's"))
            if f.rule in NOT_THIS_PHONE and f.detector != Detector.GROUND_TRUTH
            and f.category == "id.hardware" and (PAIRED & _parent_words(f.path) or TV & path_words(
                f.path.rpartition(".")[2])) else f
            for f in found]


def _parent_words(path: str) -> frozenset[str]:
    """The words of the object right above a field (translated: ``bascula`` is a scale)."""
    above = path.rpartition(".")[0]
    return path_words(above.rpartition(".")[2]) if above else frozenset()


# A phone key naming a role that is the user's in that role's own app and another person's in
# the other side's (a driver's phone in a rider's app; QA46, QA48)
ROLES = frozenset({"driver", "courier", "rider", "teacher", "tutor", "coach", "trainer",
                   "nurse", "caregiver", "nanny", "babysitter", "mechanic", "plumber", "seller",
                   "vendor", "host", "guest", "tenant", "chauffeur", "repartidor",
                   "entregador", "profesor", "profesora",
                   "professeur", "lehrer", "lehrerin", "docente", "nauczyciel", "professora",
                   "autista", "fahrer", "fahrerin", "kurier", "livreur"})  # (QA54; not a
# sender or an owner: the user, QA52)


PHONE_RULES = frozenset({"value.e164", "value.phone-grouped", "words.phone", "key.phone"})
SHAPES = frozenset({"value.e164", "value.phone-grouped"})  # (a number by its shape alone)


def _other_numbers(found: list[Finding], phone: str) -> list[Finding]:
    """A phone number found by its shape alone (no key names it the user's), or under a key
    naming a role (``driver_phone``), that is not the tester's number is someone else's: a call
    bridge's virtual number, a customer's in a courier's app (QA47), a driver's in a rider's.
    Still reported, below the confidence that can violate a claim."""
    mine = "".join(c for c in phone if c.isdigit())
    return [dataclasses.replace(f, confidence=min(f.confidence, 0.5), evidence=(
                f"{f.evidence}; not the tester's phone number (device profile)"))
            if (f.rule in SHAPES or (f.rule in ("words.phone", "key.phone")
                                           and ROLES & _role_words(f.path)))
            and f.detector != Detector.GROUND_TRUTH and not f.transform
            and not _same_number("".join(c for c in f.value if c.isdigit()), mine) else f
            for f in found]


def _role_words(path: str) -> set[str]:
    """The words of a phone's key and of the object right above it, a contact container
    skipped (``ride.driver.contact_phone``, ``ride.driver.contact.phone``: QA49)."""
    key, objects = filed(path)  # (a contact container skipped, as places_own reads them)
    # the object's last word only: a "guest_checkout" is the user's own (QA51); a record's
    # suffix is skipped ("driverInfo", "courier_details": QA52)
    words = key_words(objects[0]) if objects else ()
    if len(words) > 1 and words[-1] in ("info", "details", "data", "record"):
        words = words[:-1]
    return {*key_words(key), *words[-1:]}


def _same_number(sent: str, mine: str) -> bool:
    """The same subscriber: equal digits, or one ends with the other's national part (a
    country code added or dropped: "447700900123" and "07700900123")."""
    return sent == mine or (len(sent) >= 7 and len(mine) >= 7 and (
        sent.endswith(mine.lstrip("0")) or mine.endswith(sent.lstrip("0"))))


# A device's own record in a list (QA110: a hearing aid pair's "devices": [{"side": "left",
# "serial": …, "firmware": …, "ble_address": …}]) holds what a device has (its serial, its
# firmware, its side); a scan's entry holds what a radio hears (its signal). The address of
# the first is that device's hardware ID, not a nearby network locating the phone.
NEARBY_MAC = "value.nearby-mac"
RULE_OF = operator.attrgetter("rule")
OWNED_KEYS = frozenset({"serial", "serialnumber", "serialno", "sn", "firmware", "fw",
                        "fwversion", "firmwareversion", "side", "ear", "battery", "batterylevel"})
# ...in a list named for the user's devices, not a crowd's found tags or a community's
OWN_LISTS = frozenset({"devices", "device", "accessories", "aids", "hearing", "earbuds", "buds",
                       "sensors", "wearables", "peripherals", "paired", "bonded", "my"})
THEIR_LISTS = frozenset({"others", "community", "crowd", "lost", "found", "finders", "seen",
                         "shared", "friends", "members"})
SIGNAL_KEYS = frozenset({"rssi", "signal", "signalstrength", "dbm", "txpower", "distance",
                         "level", "strength", "seen", "lastseen", "frequency", "channel"})


def owned_devices(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` with a scanned MAC (``value.nearby-mac``) read as its device's hardware ID
    when its object holds what a device has and no signal (above)."""
    out = []
    for f in found:
        obj = object_path(f.path) if f.rule == NEARBY_MAC else ""
        # (a record in a list, not a list of addresses nor a scan's list by its name)
        if (obj.endswith("]") and OWN_LISTS & path_words(obj)
                and not (SCAN_LISTS | THEIR_LISTS) & path_words(obj)):
            keys = {norm_key(leaf.key) for leaf in decoded.leaves
                    if leaf.part == f.part and object_path(leaf.path) == obj}
            if keys & OWNED_KEYS and not keys & SIGNAL_KEYS:
                f = dataclasses.replace(
                    f, category="id.hardware", confidence=0.7, rule="value.mac",
                    evidence="value is a MAC address (EUI-48) of a device in a list of devices "
                             "(its record holds its serial, firmware or side, and no signal "
                             "strength: not a scan)")
        out.append(f)
    return out
