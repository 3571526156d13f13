"""Is a GeoIP answer physically possible given the round-trip time measured to the server?

The rule (DESIGN.md "Truthfulness", issue 6): light in fibre covers about 100 km per
millisecond of round-trip time, so a server answering in ``rtt_ms`` is at most
``rtt_ms * 100`` km from where the RTT was measured. (Light in fibre travels about 200 km per
ms one way; a round trip halves that. Real paths are longer than great circles and add
queueing, so the bound is generous: a server beyond it is impossible, not merely unlikely.)

The vantage point is ``device.toml`` ``[device]`` lat/lon (else ``[location]``); with only
``[device] country``, the whole country is the vantage area and the nearest point of its shape
is used. The GeoIP country is impossible when its territory lies entirely beyond the reach:
the shortest great-circle distance from the vantage to the country's shapes (world shapes, not
a centroid; ``analysis.world``) exceeds ``rtt_ms * 100``. Without an RTT, a vantage point, a
GeoIP country or that country's shape, the answer is ``None`` and the note says which is missing.
When the GeoIP answer is impossible, ``reachable`` lists the countries the server can be in: the
judge reads an "only" claim against them (all allowed, or none allowed, decides it).

The RTT measured is the smallest of the TCP handshakes in a pcap (phone side), the proxy's TCP
connect times (measured from the proxy: run it where the phone is, or give the proxy's location
as the vantage point) and HAR ``timings.connect``. The last two can include more than one round
trip (HAR's connect includes the TLS handshake; the proxy's can include its DNS lookup): that
only makes the reach larger and the check more lenient, never a false "impossible".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis import world
from analysis.countries import country_name

KM_PER_MS_RTT = 100.0


@dataclass(frozen=True, slots=True)
class Vantage:
    """Where RTTs were measured from: a point, or a whole country."""

    label: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None


def vantage_from_profile(profile: object | None) -> Vantage | None:
    if profile is None:
        return None
    point = getattr(profile, "vantage", None)
    if point is not None:
        lat, lon = point
        # (named to one decimal, about 11 km, as report.json's study.vantage: the notes are
        # copied into the report, and a tester's point may be a home: QA166)
        return Vantage(f"{lat:.1f}, {lon:.1f} from device.toml", lat=lat, lon=lon)
    device = getattr(profile, "device", None)
    country = getattr(device, "country", None)
    if country:
        return Vantage(f"anywhere in {country_name(country)} (device.toml [device] country)",
                       country=country.upper())
    return None


def placement_vantage(profile: object | None) -> Vantage | None:
    """The vantage point servers may be placed from (``reachable``): only ``[device]`` lat/lon
    or country, where the RTT was measured — not the ``[location]`` fallback, often a mocked
    GPS position — and a point that lies in (or within 50 km of) ``[device] country`` when both
    are given, never 0, 0 (QA12: a swapped lat/lon turned real EU servers into violations)."""
    device = getattr(profile, "device", None)
    if device is None:
        return None
    lat, lon, country = device.lat, device.lon, device.country
    if lat is not None and lon is not None:
        if (lat, lon) == (0.0, 0.0):
            return None
        if country:
            near = world.distance_to_country_km(lat, lon, country.upper())
            if near is None or near > 50:
                return None
        return Vantage(f"{lat:.1f}, {lon:.1f} from device.toml", lat=lat, lon=lon)
    if country:
        return Vantage(f"anywhere in {country_name(country)} (device.toml [device] country)",
                       country=country.upper())
    return None


def _distance_km(vantage: Vantage, country: str) -> float | None:
    if vantage.lat is not None and vantage.lon is not None:
        return world.distance_to_country_km(vantage.lat, vantage.lon, country)
    if vantage.country:
        return world.country_distance_km(vantage.country, country)
    return None


def plausibility(vantage: Vantage | None, rtt_ms: float | None, country: str | None,
                 special: str | None = None, cdn: bool = False) -> tuple[bool | None, str]:
    """(geo_plausible, geo_note) for one destination."""
    if special:
        return None, f"{special} address: not on the public internet, not geolocated"
    if not country:
        return None, "no GeoIP country for this address"
    if rtt_ms is None or rtt_ms <= 0:
        return None, "no round-trip time measured: GeoIP answer not checked"
    if vantage is None:
        return None, ("no vantage point: set [device] lat/lon or country in device.toml to "
                      "check the GeoIP answer against the RTT")
    distance = _distance_km(vantage, country)
    if distance is None:
        missing = country if country not in world.load_world() else vantage.country
        return None, f"no map shape for {missing}: GeoIP answer not checked"
    reach = rtt_ms * KM_PER_MS_RTT
    if distance > reach:
        return False, (
            f"impossible: GeoIP says {country_name(country)} ({country}), but the smallest "
            f"RTT, {rtt_ms:.1f} ms, puts the server within {reach:,.0f} km of the vantage point "
            f"({vantage.label}) and {country} is at least {distance:,.0f} km away (light in "
            f"fibre covers about {KM_PER_MS_RTT:.0f} km per ms of RTT)")
    note = (f"plausible: {country} is {distance:,.0f} km from the vantage point "
            f"({vantage.label}), within the {reach:,.0f} km that {rtt_ms:.1f} ms allows")
    if cdn:
        note += "; a CDN/anycast edge: where it answers is not where data is stored"
    return True, note


# Territories the bundled shapes lack or fold into another country's shape (Natural Earth at
# 1:110m), by a point of each: they count as within reach when that point is within reach plus
# their own extent, so that "all within reach allowed" never forgets one (QA12: Gibraltar next
# to Spain is not in the EU; Svalbard, inside Norway's shape, is not in the EEA).
TERRITORIES: dict[str, tuple[float, float, float]] = {  # code: lat, lon, radius km
    "GI": (36.14, -5.35, 5), "SJ": (78.22, 15.65, 400), "BV": (-54.42, 3.36, 10),
    "BQ": (12.18, -68.24, 150), "GF": (4.0, -53.0, 300), "GP": (16.25, -61.58, 80),
    "MQ": (14.64, -61.02, 50), "RE": (-21.11, 55.53, 50), "YT": (-12.83, 45.17, 30),
    "MF": (18.07, -63.08, 10), "TK": (-9.2, -171.85, 100), "TV": (-8.52, 179.2, 300),
    "UM": (19.28, 166.65, 2000), "AX": (60.2, 20.0, 80),
}


def _near_point(vantage: Vantage, lat: float, lon: float) -> float | None:
    if vantage.lat is not None and vantage.lon is not None:
        return world.distance_km(vantage.lat, vantage.lon, lat, lon)
    if vantage.country:
        return world.distance_to_country_km(lat, lon, vantage.country)
    return None


@lru_cache(maxsize=256)
def reachable(vantage: Vantage, rtt_ms: float) -> frozenset[str]:
    """Every country or territory some of whose land lies within ``rtt_ms * 100`` km of the
    vantage point: where a server answering in that time can be, whatever GeoIP says. Empty
    when the vantage has no shape to measure from."""
    reach = rtt_ms * KM_PER_MS_RTT
    out = set()
    # a cap around each country rules most of them out, and one point of each rules many in,
    # in two matrix products; the rest are measured
    if vantage.lat is not None and vantage.lon is not None:
        surely, candidates = world.countries_maybe_within_km(vantage.lat, vantage.lon, reach)
        out.update(surely)
    else:
        candidates = [c for c in world.country_codes() if not (
            vantage.country and world.caps_farther_km(vantage.country, c, reach))]
    for code in candidates:
        distance = _distance_km(vantage, code)
        if distance is not None and distance <= reach:
            out.add(code)
    for code, (lat, lon, radius) in TERRITORIES.items():
        distance = _near_point(vantage, lat, lon)
        if distance is not None and distance <= reach + radius:
            out.add(code)
    return frozenset(out)
