"""World country shapes and the geometry phonehome does on them: one import for callers.

- ``analysis.world_shapes``: the bundled Natural Earth shapes (world-atlas TopoJSON) decoded
  into alpha-2 -> rings of (lon, lat), antimeridian-unwrapped; rings ready for a map.
- ``analysis.world_geometry``: point in country (even-odd rule) and great-circle distances from
  a point or a country to a country's boundary.
- Whether a round-trip time fits a country (the reason for the distances) is judged in
  ``analysis.enrich_rtt``.
"""

from __future__ import annotations

from analysis.world_geometry import (
    EARTH_RADIUS_KM,
    caps_farther_km,
    contains,
    countries_maybe_within_km,
    country_distance_km,
    distance_km,
    distance_to_country_km,
)
from analysis.world_shapes import (
    Ring,
    World,
    country_codes,
    decode_topojson,
    load_world,
    plate_carree_rings,
)

__all__ = ["EARTH_RADIUS_KM", "Ring", "World", "caps_farther_km", "contains",
           "countries_maybe_within_km", "country_codes", "country_distance_km", "decode_topojson",
           "distance_km", "distance_to_country_km", "load_world", "plate_carree_rings"]
