"""World country shapes and the geometry phonehome does on them: one import for callers.

- ``analysis.world_shapes``: the bundled Natural Earth shapes (world-atlas TopoJSON) decoded
  into alpha-2 -> rings of (lon, lat), antimeridian-unwrapped; rings ready for a map.
- ``analysis.world_inside``: planar point-in-country tests (even-odd rule), boxes, label points.
- ``analysis.world_distance``: great-circle distances from a point or a country to a country's
  boundary (used by ``analysis.enrich_rtt`` to judge whether an RTT fits a country).
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.world_distance import (
    EARTH_RADIUS_KM,
    country_distance_km,
    distance_to_country_km,
    haversine_km,
)
from analysis.world_inside import bbox, contains, country_at, representative_point
from analysis.world_shapes import Ring, World, decode_topojson, load_world, plate_carree_rings


def known_countries() -> Iterable[str]:
    return sorted(load_world())


__all__ = ["EARTH_RADIUS_KM", "Ring", "World", "bbox", "contains", "country_at",
           "country_distance_km", "decode_topojson", "distance_to_country_km", "haversine_km",
           "load_world", "plate_carree_rings", "representative_point"]
