"""The interface of an application-layer handler on a TCP connection (see ``apps``)."""

from __future__ import annotations


class App:
    """Base handler: ignores everything."""

    done = True

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        pass

    def gap(self, up: bool) -> None:
        pass

    def fin(self, up: bool, ts: float) -> None:
        pass

    def close(self, ts: float) -> None:
        pass


IGNORE = App()
