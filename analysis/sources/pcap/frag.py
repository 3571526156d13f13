"""IP fragment reassembly (RFC 791 section 3.2 for IPv4, RFC 8200 section 4.5 for IPv6).

Fragments are keyed by (source, destination, protocol, identification). Memory is bounded: at
most ``MAX_DATAGRAMS`` datagrams in progress of at most 65,535 bytes each, and any datagram not
completed within ``TIMEOUT`` seconds of capture time is dropped (RFC 791 suggests 15 s; Linux
uses 30 s).
"""

from __future__ import annotations

MAX_DATAGRAMS = 1024
MAX_SIZE = 65535
TIMEOUT = 30.0

Key = tuple[bytes, bytes, int, int]


class Fragments:
    def __init__(self) -> None:
        self.parts: dict[Key, tuple[float, list[tuple[int, bytes]], int]] = {}
        self.dropped = 0

    def add(self, src: bytes, dst: bytes, proto: int, frag: tuple[int, int, bool],
            payload: bytes, ts: float) -> bytes | None:
        """Store one fragment; return the whole transport payload once it is complete."""
        ident, offset, more = frag
        key = (src, dst, proto, ident)
        entry = self.parts.get(key)
        if entry is None:
            if len(self.parts) >= MAX_DATAGRAMS:
                self.expire(ts, force=True)
            entry = (ts, [], -1)
        first, pieces, total = entry
        if offset + len(payload) > MAX_SIZE:
            self.parts.pop(key, None)
            self.dropped += 1
            return None
        pieces.append((offset, payload))
        if not more:
            total = offset + len(payload)
        self.parts[key] = (first, pieces, total)
        if total < 0:
            return None
        pieces.sort()
        out = bytearray()
        for off, data in pieces:
            if off > len(out):
                return None  # still a hole
            out += data[len(out) - off:]
        if len(out) < total:
            return None
        del self.parts[key]
        return bytes(out[:total])

    def expire(self, now: float, force: bool = False) -> None:
        for key, (first, _pieces, _total) in list(self.parts.items()):
            if force or now - first > TIMEOUT:
                del self.parts[key]
                self.dropped += 1
                if force:
                    return
