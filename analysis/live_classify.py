"""Live classification for the proxy: categories found in each request, as mitmweb marks.

Persist first, analyse later (DESIGN.md): the study database is the record of truth and
``phonehome analyze`` writes the findings; live mode only shows the tester, while the app runs,
which requests carry which data categories. It runs in the writer process
(``analysis.live_child``) after the exchange has its row id, using
``analysis.passes.classify.findings_for_exchange`` (imported lazily: classifiers are optional
here). A missing classifier or one that raises is logged and counted; the flow itself
is never touched by such a failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from analysis.records import Exchange, ExchangeKind

if TYPE_CHECKING:
    from analysis.profile import DeviceProfile

log = logging.getLogger(__name__)

Mark = Callable[[Any, list[str]], None]
# (exchange id, exchange, the caller's tag — e.g. the id of the mitmproxy flow to mark)
Inserted = Sequence[tuple[int, Exchange, Any]]


class LiveClassifier:
    """Called with each written batch; calls ``mark(tag, categories)`` per marked exchange."""

    def __init__(self, profile: DeviceProfile | None, mark: Mark) -> None:
        self.profile = profile
        self.mark = mark
        self.classified = 0
        self.marked = 0
        self.failures = 0
        self._classify: Callable[..., Any] | None = None
        self._unavailable: str | None = None

    def _load(self) -> Callable[..., Any] | None:
        if self._classify is None and self._unavailable is None:
            try:
                from analysis.passes.classify import findings_for_exchange
            except Exception as exc:  # not installed yet, or broken: recording goes on
                self._unavailable = f"{type(exc).__name__}: {exc}"
                log.warning("phonehome: live classification unavailable (%s); "
                            "flows are recorded but not marked", self._unavailable)
            else:
                self._classify = findings_for_exchange
        return self._classify

    def __call__(self, inserted: Inserted) -> None:
        for exchange_id, exchange, tag in inserted:
            if exchange.direction != "up" and exchange.kind != ExchangeKind.HTTP:
                continue  # only what the phone sends yields findings
            classify = self._load()
            if classify is None:
                self.failures += 1
                continue
            try:
                findings = classify(exchange_id, exchange, self.profile)
                self.classified += 1
            except Exception:
                self.failures += 1
                log.exception("phonehome: live classification failed for exchange %d",
                              exchange_id)
                continue
            categories = sorted({str(f.category) for f in findings})
            if categories and tag is not None:
                self.marked += 1
                self.mark(tag, categories)
