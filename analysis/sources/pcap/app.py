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


class Wrapper(App):
    """A handler that unwraps a layer (SOCKS, decrypted TLS) and hands the inner stream to
    another handler: gaps, FINs and closes go to that inner handler once there is one."""

    inner: App | None = None

    def gap(self, up: bool) -> None:
        if self.inner is not None:
            self.inner.gap(up)
        self.done = True

    def fin(self, up: bool, ts: float) -> None:
        if self.inner is not None:
            self.inner.fin(up, ts)

    def close(self, ts: float) -> None:
        if self.inner is not None:
            self.inner.close(ts)
