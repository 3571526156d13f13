"""The analysis passes over a study: decode -> classify -> enrich -> check.

Each pass is a module with ``NAME`` and ``run(store, ctx) -> dict[str, int]`` (counts for the
``runs`` table). Passes are idempotent: each clears what it wrote before and writes it anew.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.claims import ClaimsFile
    from analysis.profile import DeviceProfile


@dataclass(frozen=True, slots=True)
class AnalysisContext:
    """Everything a pass may need besides the store; all inputs validated beforehand."""

    profile: DeviceProfile | None = None
    claims: ClaimsFile | None = None
    store_label: object | None = None
    geoip: tuple[Path, ...] = field(default_factory=tuple)
    # The decode pass classifies what it decodes for a classify pass run next in this process
    # (``analysis.passes.handoff``); set by ``analysis.analyze.run_passes``.
    classify_ahead: bool = False
