"""TCP stream reassembly for one direction of a connection (RFC 9293 sequence space).

Segments are delivered in sequence order to a sink, each with the timestamp of the packet that
carried it (so an HTTP request's time is its first segment's). Retransmissions and overlaps are
trimmed; out-of-order segments wait in a buffer bounded by ``MAX_PENDING`` bytes. When the buffer
is full, or the stream ends with a hole, the hole is declared a gap: the sink is told, and
delivery resumes after it. Sequence numbers compare modulo 2**32.
"""

from __future__ import annotations

from typing import Protocol

MAX_PENDING = 256 * 1024
_MOD = 1 << 32
_HALF = 1 << 31


class Sink(Protocol):
    def data(self, up: bool, chunk: bytes, ts: float) -> None: ...
    def gap(self, up: bool) -> None: ...


class Stream:
    __slots__ = ("gaps", "nxt", "pending", "pending_bytes", "up")

    def __init__(self, up: bool) -> None:
        self.up = up
        self.nxt: int | None = None
        self.pending: dict[int, tuple[bytes, float]] = {}
        self.pending_bytes = 0
        self.gaps = 0

    def syn(self, seq: int) -> None:
        if self.nxt is None:
            self.nxt = (seq + 1) % _MOD

    def add(self, seq: int, data: bytes, ts: float, sink: Sink) -> None:
        nxt = self.nxt
        if nxt is None:
            nxt = self.nxt = seq
        diff = (seq - nxt) % _MOD
        if diff == 0:
            self.nxt = (seq + len(data)) % _MOD
            sink.data(self.up, data, ts)
            if self.pending:
                self._drain(sink)
            return
        if diff >= _HALF:  # starts before what we already have: retransmission or overlap
            behind = _MOD - diff
            if behind >= len(data):
                return
            self.nxt = (seq + len(data)) % _MOD
            sink.data(self.up, data[behind:], ts)
            if self.pending:
                self._drain(sink)
            return
        if seq not in self.pending or len(self.pending[seq][0]) < len(data):
            old = self.pending.get(seq)
            self.pending_bytes += len(data) - (len(old[0]) if old else 0)
            self.pending[seq] = (data, ts)
        if self.pending_bytes > MAX_PENDING:
            self.skip_gap(sink)

    def skip_gap(self, sink: Sink) -> None:
        """Give up on the missing bytes: jump to the earliest buffered segment."""
        if not self.pending or self.nxt is None:
            return
        nxt = self.nxt
        first = min(self.pending, key=lambda s: (s - nxt) % _MOD)
        self.gaps += 1
        sink.gap(self.up)
        self.nxt = first
        self._drain(sink)

    def flush(self, sink: Sink) -> None:
        """End of stream: deliver what is buffered beyond holes."""
        while self.pending:
            self.skip_gap(sink)

    def _drain(self, sink: Sink) -> None:
        pending = self.pending
        while pending:
            nxt = self.nxt
            assert nxt is not None
            progressed = False
            for seq in list(pending):
                diff = (seq - nxt) % _MOD
                if diff == 0 or diff >= _HALF:
                    data, ts = pending.pop(seq)
                    self.pending_bytes -= len(data)
                    behind = 0 if diff == 0 else _MOD - diff
                    if behind < len(data):
                        self.nxt = (seq + len(data)) % _MOD
                        sink.data(self.up, data[behind:], ts)
                    progressed = True
                    break
            if not progressed:
                return
