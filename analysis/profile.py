"""The device profile (``device.toml``): the test phone's known values.

Sections and keys are those of DESIGN.md "Inputs a user writes". Values are validated when the
file is read (an IMEI must pass the Luhn check, coordinates must be in range, ...) and a bad one
raises ``ProfileError`` naming the file, the key and the problem: a profile with a typo would
otherwise silently find nothing.
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.errors import PhonehomeError
from analysis.textfile import TextFileError, read_utf8

SECTIONS: dict[str, set[str]] = {
    "device": {"name", "platform", "country", "lat", "lon"},
    "identifiers": {"advertising_id", "android_id", "idfv", "imei", "serial", "mac", "imsi",
                    "iccid", "user_id", "install_id"},
    "contact": {"email", "phone", "name"},
    "location": {"lat", "lon"},
    "carrier": {"mcc", "mnc", "name", "sim_country"},
    "network": {"public_ip", "local_ip", "wifi_ssid", "wifi_bssid"},
}


class ProfileError(PhonehomeError):
    """The device profile is malformed."""


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    name: str | None = None
    platform: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class DeviceProfile:
    device: DeviceInfo = field(default_factory=DeviceInfo)
    identifiers: dict[str, str] = field(default_factory=dict)
    contact: dict[str, str] = field(default_factory=dict)
    location: dict[str, float] = field(default_factory=dict)
    carrier: dict[str, str] = field(default_factory=dict)
    network: dict[str, str] = field(default_factory=dict)
    source: str | None = None

    @property
    def vantage(self) -> tuple[float, float] | None:
        """Where the tester is, for the RTT check: [device] lat/lon, else [location]."""
        if self.device.lat is not None and self.device.lon is not None:
            return (self.device.lat, self.device.lon)
        if "lat" in self.location and "lon" in self.location:
            return (self.location["lat"], self.location["lon"])
        return None


def luhn_ok(digits: str) -> bool:
    if not (digits.isascii() and digits.isdigit()):  # "²" is a digit to str.isdigit, not to int
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _fail(path: Path, key: str, problem: str) -> ProfileError:
    return ProfileError(f"{path}: [{key}]: {problem}")


def _check(path: Path, section: str, key: str, value: Any) -> Any:
    name = f"{section}.{key}"
    if section in {"location"} or (section == "device" and key in {"lat", "lon"}):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _fail(path, name, f"must be a number, not {value!r}")
        limit = 90 if key == "lat" else 180
        if not -limit <= float(value) <= limit:
            raise _fail(path, name, f"{value} is out of range (±{limit})")
        return float(value)
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise _fail(path, name, f"must be a string, not {value!r}")
    text = str(value).strip()
    if not text:
        # an empty value would match nothing and read as "not sent": say so instead
        raise _fail(path, name, "is empty: remove the key or give the value")
    if key in {"public_ip", "local_ip"}:
        try:
            ipaddress.ip_address(text)
        except ValueError:
            raise _fail(path, name, f"{text!r} is not an IPv4 or IPv6 address") from None
    if key == "phone":
        digits = re.sub(r"\D", "", text)
        if not re.fullmatch(r"\+?[\d\s().-]+", text) or not 7 <= len(digits) <= 15:
            raise _fail(path, name, f"{text!r} is not a phone number (7 to 15 digits, "
                        "E.164 like +15550100199 preferred)")
    if key in {"advertising_id", "idfv"} and not re.fullmatch(
            r"(?i)[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}", text):
        raise _fail(path, name, f"{text!r} is not a UUID like 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b")
    if key == "imei":
        digits = re.sub(r"[\s-]", "", text)
        if not re.fullmatch(r"\d{15}", digits):
            raise _fail(path, name, f"IMEI {text!r} must be 15 digits")
        if not luhn_ok(digits):
            raise _fail(path, name, f"IMEI {text!r} fails the Luhn check digit")
        return digits
    if key == "imsi" and not re.fullmatch(r"\d{6,15}", text):
        raise _fail(path, name, f"IMSI {text!r} must be 6 to 15 digits")
    if key == "iccid" and not re.fullmatch(r"\d{18,22}F?", text):
        raise _fail(path, name, f"ICCID {text!r} must be 18 to 22 digits")
    if key in {"mac", "wifi_bssid"} and not re.fullmatch(r"(?i)[0-9a-f]{2}([:-][0-9a-f]{2}){5}",
                                                         text):
        raise _fail(path, name, f"{text!r} is not a MAC address like aa:bb:cc:dd:ee:ff")
    if key == "mcc" and not re.fullmatch(r"\d{3}", text):
        raise _fail(path, name, f"MCC {text!r} must be 3 digits")
    if key == "mnc" and not re.fullmatch(r"\d{2,3}", text):
        raise _fail(path, name, f"MNC {text!r} must be 2 or 3 digits")
    if key in {"country", "sim_country"} and not re.fullmatch(r"[A-Za-z]{2}", text):
        raise _fail(path, name, f"{text!r} must be an ISO 3166 alpha-2 code such as US")
    if key in {"country", "sim_country"}:
        return text.upper()
    if key == "platform":
        if text.lower() not in {"android", "ios"}:
            raise _fail(path, name, f"platform must be \"android\" or \"ios\", not {text!r}")
        return text.lower()
    if key == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        raise _fail(path, name, f"{text!r} is not an e-mail address")
    return text


def load_profile(path: Path) -> DeviceProfile:
    """Read and validate a device profile; raises ``ProfileError`` naming the bad value."""
    try:
        raw = tomllib.loads(read_utf8(path))  # a UTF-8 BOM is dropped (QA3 P30)
    except FileNotFoundError as exc:
        raise ProfileError(f"{path}: device profile not found") from exc
    except TextFileError as exc:
        raise ProfileError(f"{path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from exc
    sections: dict[str, dict[str, Any]] = {}
    for section, values in raw.items():
        if section not in SECTIONS:
            raise ProfileError(
                f"{path}: unknown section [{section}] (known: {', '.join(sorted(SECTIONS))})")
        if not isinstance(values, dict):
            raise ProfileError(f"{path}: {section} must be a [{section}] table")
        checked = {}
        for key, value in values.items():
            if key not in SECTIONS[section]:
                raise _fail(path, f"{section}.{key}", "unknown key (known: "
                            f"{', '.join(sorted(SECTIONS[section]))})")
            checked[key] = _check(path, section, key, value)
        sections[section] = checked
    for section in ("location", "device"):  # ([device]'s too: QA202's lat alone was ignored)
        if ("lat" in sections.get(section, {})) != ("lon" in sections.get(section, {})):
            raise ProfileError(f"{path}: [{section}] needs both lat and lon")
    dev = sections.pop("device", {})
    return DeviceProfile(
        device=DeviceInfo(**{k: dev.get(k) for k in ("name", "platform", "country", "lat", "lon")}),
        source=str(path),
        **sections,
    )
