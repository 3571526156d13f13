"""Changing a capture's metadata after import (``phonehome relabel``, QA3 P22).

``--app``, ``--label`` and ``--consent`` scope the claims (``when = {consent = false}``), so a
typo at ingest must be correctable without re-importing: re-importing the same file is skipped
by its sha256. A change is recorded in the ``runs`` table (pass ``relabel``, old and new values)
so a report can say the analysis predates it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from analysis.store.base import StoreBase

if TYPE_CHECKING:
    from analysis.store import RunInput

META_KEYS = ("app", "label", "consent")


class RelabelMixin(StoreBase):
    if TYPE_CHECKING:  # provided by Store
        def start_run(self, pass_name: str, inputs: Sequence[RunInput] = (),
                      params: dict[str, Any] | None = None) -> int: ...

        def finish_run(self, run_id: int, counts: dict[str, int],
                       failures: Iterable[str] = (), status: str = "ok") -> None: ...

    def capture_meta(self, capture_id: int) -> dict[str, Any] | None:
        """The capture's app, label and consent, or None when there is no such capture."""
        rows = self._rows("select app, label, consent from captures where id = ?", [capture_id])
        return rows[0] if rows else None

    def relabel_capture(self, capture_id: int, changes: dict[str, str | None]) -> dict[str, Any]:
        """Set some of app/label/consent (an empty string clears app or label); returns the
        values before. Raises ``KeyError`` for an unknown capture."""
        before = self.capture_meta(capture_id)
        if before is None:
            raise KeyError(capture_id)
        update = {k: (v or None) if k != "consent" else v for k, v in changes.items()
                  if k in META_KEYS}
        if not update:
            return before
        run_id = self.start_run("relabel", [], {"capture": capture_id, "before": before,
                                                "after": update})
        with self.db.conn:
            self.db.table("captures").update(capture_id, update)
        self.finish_run(run_id, {"captures": 1})
        return before
