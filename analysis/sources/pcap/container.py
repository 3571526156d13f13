"""Streaming readers for the two capture containers: libpcap savefiles and pcapng.

Knowledge from the libpcap savefile format (pcap-savefile(5); magic ``a1b2c3d4`` microsecond,
``a1b23c4d`` nanosecond, in either byte order) and draft-ietf-opsawg-pcapng (Section Header
Block byte-order magic ``1a2b3c4d``, Interface Description Block ``if_tsresol`` option,
Enhanced/Simple/obsolete Packet Blocks, Decryption Secrets Block type ``0x0000000A`` with
secrets type ``0x544c534b`` = TLS key log, Custom Blocks ``0x00000BAD``/``0x40000BAD`` carrying a
Private Enterprise Number).

The file is read in large chunks and parsed with ``struct``: only a bounded window of the file is
in memory at any time. Each reader yields tuples so the per-packet cost stays low:

* ``(linktype, ts, data, orig_len, offset, comment)`` for a packet (``linktype >= 0``);
* ``(EVENT, kind, payload, offset)`` for everything else: ``secrets`` (key-log bytes),
  ``custom`` ((pen, bytes, big_endian)), ``error`` (a ``ReadError``).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import BinaryIO

from analysis.records import ReadError
from analysis.sources.base import SourceError

EVENT = -1
CHUNK = 1 << 20
# Wireshark's WTAP_MAX_PACKET_SIZE_STANDARD: a record claiming more is corruption, not a packet.
MAX_RECORD = 262144
MAX_BLOCK = 16 << 20

Record = tuple  # (linktype, ts, data, orig_len, offset, comment) or (EVENT, kind, payload, offset)


class _Buffer:
    """A sliding window over the file: ``take(n)`` returns exactly n bytes or fewer at EOF."""

    __slots__ = ("base", "buf", "fh", "pos")

    def __init__(self, fh: BinaryIO, initial: bytes = b"") -> None:
        self.fh = fh
        self.buf = initial
        self.pos = 0
        self.base = 0  # file offset of buf[0]

    def ensure(self, n: int) -> bool:
        if len(self.buf) - self.pos >= n:
            return True
        rest = self.buf[self.pos:]
        self.base += self.pos
        self.pos = 0
        more = self.fh.read(max(CHUNK, n - len(rest)))
        self.buf = rest + more
        return len(self.buf) >= n

    @property
    def offset(self) -> int:
        return self.base + self.pos


def _cut(path: str, what: str, offset: int) -> tuple[int, str, ReadError, int]:
    err = ReadError(path, "truncated", f"file ends inside {what} at byte {offset}; "
                    "packets before it were kept", offset)
    return (EVENT, "error", err, offset)


def read_pcap(fh: BinaryIO, path: str) -> Iterator[Record]:
    head = fh.read(24)
    if len(head) < 24:
        raise SourceError(path, "pcap global header is cut short (need 24 bytes)", len(head))
    magic = head[:4]
    endian = "<" if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    nano = magic in (b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d")
    _vmaj, _vmin, _zone, _sig, snaplen, network = struct.unpack(endian + "HHiIII", head[4:24])
    linktype = network & 0x03FFFFFF  # upper bits carry FCS length (pcap-savefile(5))
    scale = 1e-9 if nano else 1e-6
    limit = max(snaplen, MAX_RECORD)
    unpack = struct.Struct(endian + "IIII").unpack_from
    # The hot loop keeps the window in locals: a method call per packet costs ~10% here.
    buf, pos, n, base = b"", 0, 0, 24
    while True:
        if n - pos < 16:
            buf, base, pos = buf[pos:] + fh.read(CHUNK), base + pos, 0
            n = len(buf)
            if n < 16:
                if n:
                    yield _cut(path, "a record header", base)
                return
        sec, frac, incl, orig = unpack(buf, pos)
        end = pos + 16 + incl
        if end > n:
            if incl > limit:
                yield (EVENT, "error", ReadError(
                    path, "truncated", f"record at byte {base + pos} claims {incl} bytes "
                    f"(snaplen {snaplen}): the file is corrupt from here; packets before it "
                    "were kept", base + pos), base + pos)
                return
            buf, base, pos = buf[pos:] + fh.read(max(CHUNK, 16 + incl)), base + pos, 0
            n, end = len(buf), 16 + incl
            if end > n:
                yield _cut(path, f"a {incl}-byte packet record", base)
                return
        elif incl > limit:
            yield (EVENT, "error", ReadError(
                path, "truncated", f"record at byte {base + pos} claims {incl} bytes (snaplen "
                f"{snaplen}): the file is corrupt from here; packets before it were kept",
                base + pos), base + pos)
            return
        yield (linktype, sec + frac * scale, buf[pos + 16:end], orig, base + pos, None)
        pos = end


# pcapng block types
SHB, IDB, OPB, SPB, EPB, DSB = 0x0A0D0D0A, 1, 2, 3, 6, 0x0000000A
CUSTOM = (0x00000BAD, 0x40000BAD)
TLS_KEYLOG = 0x544C534B


def _options(body: bytes, endian: str) -> Iterator[tuple[int, bytes]]:
    pos, n = 0, len(body)
    while pos + 4 <= n:
        code, length = struct.unpack_from(endian + "HH", body, pos)
        if code == 0:
            return
        yield code, body[pos + 4:pos + 4 + length]
        pos += 4 + ((length + 3) & ~3)


def _tsresol(value: bytes) -> float:
    if not value:
        return 1e-6
    v = value[0]
    return 2.0 ** -(v & 0x7F) if v & 0x80 else 10.0 ** -(v & 0x7F)


def read_pcapng(fh: BinaryIO, path: str) -> Iterator[Record]:
    buf = _Buffer(fh)
    endian = "<"
    # per section: list of (linktype, snaplen, ts resolution, ts offset seconds)
    ifaces: list[tuple[int, int, float, int]] = []
    first = True
    last_ts = 0.0
    while True:
        if not buf.ensure(8):
            if len(buf.buf) - buf.pos:
                yield _cut(path, "a block header", buf.offset)
            return
        offset = buf.offset
        raw_type = buf.buf[buf.pos:buf.pos + 4]
        if raw_type == b"\x0a\x0d\x0d\x0a":
            if not buf.ensure(12):
                if first:
                    raise SourceError(path, "pcapng section header is cut short", offset)
                yield _cut(path, "a section header", offset)
                return
            bom = buf.buf[buf.pos + 8:buf.pos + 12]
            if bom == b"\x4d\x3c\x2b\x1a":
                endian = "<"
            elif bom == b"\x1a\x2b\x3c\x4d":
                endian = ">"
            else:
                problem = f"pcapng section header has a bad byte-order magic {bom.hex()}"
                if first:
                    raise SourceError(path, problem, offset + 8)
                yield (EVENT, "error", ReadError(path, "truncated", problem +
                       "; the file is corrupt from here", offset + 8), offset)
                return
            ifaces = []
        btype, blen = struct.unpack_from(endian + "II", buf.buf, buf.pos)
        if blen < 12 or blen % 4 or blen > MAX_BLOCK:
            problem = f"pcapng block at byte {offset} has an impossible length {blen}"
            if first:
                raise SourceError(path, problem, offset)
            yield (EVENT, "error", ReadError(path, "truncated", problem + "; the file is "
                   "corrupt from here, packets before it were kept", offset), offset)
            return
        if not buf.ensure(blen):
            if first:
                raise SourceError(path, "pcapng section header is cut short", offset)
            yield _cut(path, f"a {blen}-byte block (type {btype:#x})", offset)
            return
        block = buf.buf[buf.pos:buf.pos + blen]
        buf.pos += blen
        first = False
        if struct.unpack_from(endian + "I", block, blen - 4)[0] != blen:
            yield (EVENT, "error", ReadError(path, "malformed-block", f"pcapng block at byte "
                   f"{offset} has mismatched leading/trailing lengths", offset), offset)
        try:
            if btype == EPB:
                if len(block) < 32:
                    continue
                ifid, hi, lo, cap, orig = struct.unpack_from(endian + "IIIII", block, 8)
                if ifid >= len(ifaces) or cap > blen - 32:
                    yield (EVENT, "error", ReadError(
                        path, "malformed-packet", f"packet block at byte {offset} names interface "
                        f"{ifid} of {len(ifaces)} or overruns its block", offset), offset)
                    continue
                link, _snap, res, tsoff = ifaces[ifid]
                data = block[28:28 + cap]
                last_ts = ((hi << 32) | lo) * res + tsoff
                comment = None
                opt_start = 28 + ((cap + 3) & ~3)
                if opt_start < blen - 4:
                    for code, value in _options(block[opt_start:blen - 4], endian):
                        if code == 1:
                            comment = value
                yield (link, last_ts, data, orig, offset, comment)
            elif btype == SPB:
                if not ifaces or len(block) < 16:
                    continue
                link, snap, _res, _off = ifaces[0]
                orig = struct.unpack_from(endian + "I", block, 8)[0]
                cap = min(orig, blen - 16, snap or orig)
                # a Simple Packet Block has no timestamp: take the previous packet's
                yield (link, last_ts, block[12:12 + cap], orig, offset, None)
            elif btype == OPB:
                if len(block) < 28:
                    continue
                ifid, _drops, hi, lo, cap, orig = struct.unpack_from(endian + "HHIIII", block, 8)
                if ifid >= len(ifaces) or cap > blen - 32:
                    continue
                link, _snap, res, tsoff = ifaces[ifid]
                yield (link, ((hi << 32) | lo) * res + tsoff, block[28:28 + cap], orig, offset,
                       None)
            elif btype == IDB:
                link, _res16, snap = struct.unpack_from(endian + "HHI", block, 8)
                res, tsoff = 1e-6, 0
                for code, value in _options(block[16:blen - 4], endian):
                    if code == 9:
                        res = _tsresol(value)
                    elif code == 14 and len(value) == 8:
                        tsoff = struct.unpack(endian + "q", value)[0]
                ifaces.append((link, snap, res, tsoff))
            elif btype == DSB:
                if len(block) >= 20:
                    stype, slen = struct.unpack_from(endian + "II", block, 8)
                    if stype == TLS_KEYLOG and slen <= blen - 20:
                        yield (EVENT, "secrets", block[16:16 + slen], offset)
            elif btype in CUSTOM and len(block) >= 16:
                pen = struct.unpack_from(endian + "I", block, 8)[0]
                yield (EVENT, "custom", (pen, block[12:blen - 4], endian == ">"), offset)
        except (struct.error, IndexError):
            yield (EVENT, "error", ReadError(path, "malformed-block", f"pcapng block at byte "
                   f"{offset} (type {btype:#x}) is too short for its type; skipped", offset),
                   offset)
