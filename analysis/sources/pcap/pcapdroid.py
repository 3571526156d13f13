"""PCAPdroid's per-app metadata (emanuele-f/PCAPdroid ``app/src/main/jni/core/pcap_dump.c``,
``pcap_reader.c`` and its Wireshark plugin ``pcapdroid.lua``).

* pcapng: a Custom Block (``0x00000BAD``) with Private Enterprise Number 62652 holds a UID
  mapping: ``version:u16, type:u8 (1 = UID map), pad:u8, uid:i32, package_len:u8,
  app_len:u8, package, app`` in the section's byte order; each Enhanced Packet Block then has
  an ``opt_comment`` ``u-<uid>``.
* pcap: with the "PCAPdroid trailer" option each frame is wrapped in a zeroed Ethernet header
  and ends with a 32-byte trailer ``magic 0x01072021 (big endian), uid:i32 BE, app name[20],
  fcs:u32``.
"""

from __future__ import annotations

import struct

PEN = 62652
TRAILER_MAGIC = b"\x01\x07\x20\x21"


def uid_mapping(body: bytes, big_endian: bool) -> tuple[int, str] | None:
    """Parse the data of a PCAPdroid custom block (after the PEN); None if not a UID map."""
    e = ">" if big_endian else "<"
    if len(body) < 10:
        return None
    _version, btype = struct.unpack_from(e + "HB", body, 0)
    if btype != 1:
        return None
    uid, plen, alen = struct.unpack_from(e + "iBB", body, 4)
    package = body[10:10 + plen].decode("utf-8", "replace")
    app = body[10 + plen:10 + plen + alen].decode("utf-8", "replace")
    return uid, package or app


def comment_uid(comment: bytes) -> int | None:
    if comment.startswith(b"u-"):
        try:
            return int(comment[2:].rstrip(b"\x00"))
        except ValueError:
            return None
    return None


def trailer_app(frame: bytes) -> str | None:
    """The app name from a PCAPdroid trailer at the end of an Ethernet frame, if present."""
    if len(frame) < 46 or frame[-32:-28] != TRAILER_MAGIC:
        return None
    name = frame[-24:-4].split(b"\x00", 1)[0].decode("utf-8", "replace")
    if name:
        return name
    return f"uid {struct.unpack_from('>i', frame, len(frame) - 28)[0]}"
