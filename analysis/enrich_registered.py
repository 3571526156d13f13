"""Registered country: where the Regional Internet Registry says a network is registered.

Source: the ``iptocc`` package (PyPI, MIT OR Apache-2.0), which embeds the delegated statistics
files of AFRINIC, APNIC, ARIN, LACNIC and RIPE NCC and answers offline. This is where an
address block is *registered*, not where a server is: for CDN and cloud addresses it is often
the provider's home country. It is reported beside the GeoIP country, never in its place.
iptocc is optional at run time: without it ``registered_country`` is unknown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from typing import Any


@dataclass(frozen=True, slots=True)
class RegisteredSource:
    module: Any
    version: str
    build_date: str | None

    def country(self, ip: str) -> str | None:
        code = self.module.country_code(ip)
        return str(code) if code else None

    def info(self) -> dict[str, Any]:
        return {"kind": "registered", "path": "package:iptocc",
                "name": f"RIR delegated statistics (iptocc {self.version})",
                "build_date": self.build_date, "license": "MIT OR Apache-2.0 (iptocc); RIR data"}


def _build_date() -> tuple[str, str | None]:
    """iptocc's version and build date. Its RIR data is refreshed nightly and carries no date of
    its own; the CycloneDX SBOM in the wheel records when the wheel (and data) was built."""
    try:
        dist = distribution("iptocc")
    except PackageNotFoundError:
        return "unknown", None
    for file in dist.files or ():
        if "sboms" in file.parts and file.name.endswith(".json"):
            try:
                stamp = json.loads(file.read_text())["metadata"]["timestamp"]
                return dist.version, str(stamp)[:10]
            except (OSError, ValueError, KeyError, TypeError):
                break
    return dist.version, None


def registered_source() -> RegisteredSource | None:
    try:
        import iptocc
    except ImportError:
        return None
    version, built = _build_date()
    return RegisteredSource(iptocc, version, built)
