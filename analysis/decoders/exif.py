"""EXIF metadata of a JPEG photo: where and with what it was taken.

A photo uploaded whole (a multipart part, an octet-stream body) is kept raw, but a phone's
camera writes the place it was taken into the file: the GPS IFD of its EXIF block. Read here
without a library, per CIPA DC-008 (Exif 2.32) and TIFF 6.0: the JPEG APP1 segment
``Exif\\0\\0``, a TIFF header (``II``/``MM`` byte order), IFD0 with the camera's make and model
and a pointer to the Exif IFD (0x8769, the time the photo was taken) and to the GPS IFD (0x8825:
latitude and longitude as three rationals each, degrees/minutes/seconds, with N/S and E/W
references). Bounded: only the first 64 kB are looked at, at most 64 entries per IFD; anything
malformed yields what was read before it, never an exception. ``tiff_exif`` reads the TIFF block
alone, for the other containers a phone uploads a photo in (photo_meta.py: PNG, HEIF, WebP).
"""

from __future__ import annotations

import contextlib
import struct
from typing import Any

SCAN = 1 << 16
MAX_ENTRIES = 64
MAKE, MODEL, EXIF_IFD, GPS_IFD, TAKEN = 0x010F, 0x0110, 0x8769, 0x8825, 0x9003
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON = 1, 2, 3, 4


def jpeg_exif(data: bytes) -> dict[str, Any] | None:
    """The camera's make and model, the time taken and the GPS position of a JPEG, or None."""
    if data[:3] != b"\xff\xd8\xff":
        return None
    tiff = _app1_exif(data[:SCAN])
    return None if tiff is None else tiff_exif(tiff)


def tiff_exif(tiff: bytes) -> dict[str, Any] | None:
    """The same fields read from a bare TIFF block (``II``/``MM`` header first), or None.

    The Exif payload every container carries: a JPEG's APP1 segment after ``Exif\\0\\0``, a
    PNG's ``eXIf`` chunk, a HEIF ``Exif`` item, a WebP ``EXIF`` chunk (photo_meta.py).
    """
    out: dict[str, Any] = {}
    # a break in the data keeps what was read before it
    with contextlib.suppress(struct.error, IndexError, ValueError, ZeroDivisionError):
        _read(tiff, out)
    return {k: v for k, v in out.items() if v not in ("", None)} or None


def _app1_exif(data: bytes) -> bytes | None:
    """The TIFF block of the first APP1 Exif segment (JPEG markers FF E1, big-endian length)."""
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker, length = data[pos + 1], struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if marker == 0xE1 and data[pos + 4:pos + 10] == b"Exif\x00\x00":
            return data[pos + 10:pos + 2 + length]
        if marker == 0xDA or length < 2:  # start of scan: no metadata segment follows
            return None
        pos += 2 + length
    return None


def _read(tiff: bytes, out: dict[str, Any]) -> None:
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None:
        return
    ifd0 = _entries(tiff, order, struct.unpack(order + "I", tiff[4:8])[0])
    for tag, name in ((MAKE, "Make"), (MODEL, "Model")):
        if tag in ifd0:
            out[name] = _text(tiff, order, ifd0[tag])
    if EXIF_IFD in ifd0:
        exif = _entries(tiff, order, _offset(order, ifd0[EXIF_IFD]))
        if TAKEN in exif:
            out["DateTimeOriginal"] = _text(tiff, order, exif[TAKEN])
    if GPS_IFD in ifd0:
        gps = _entries(tiff, order, _offset(order, ifd0[GPS_IFD]))
        for ref, tag, name, negative in ((GPS_LAT_REF, GPS_LAT, "GPSLatitude", "S"),
                                         (GPS_LON_REF, GPS_LON, "GPSLongitude", "W")):
            if tag in gps:
                try:  # a camera with no fix writes 0/0: that coordinate is absent, not the rest
                    degrees = _degrees(tiff, order, gps[tag])
                except (ValueError, ZeroDivisionError):
                    continue
                if degrees <= (90 if tag == GPS_LAT else 180):
                    sign = -1 if ref in gps and _text(tiff, order, gps[ref]) == negative else 1
                    out[name] = round(sign * degrees, 7)


Entry = tuple[int, int, bytes]  # (type, count, the 4-byte value or offset field)


def _entries(tiff: bytes, order: str, offset: int) -> dict[int, Entry]:
    count = min(struct.unpack(order + "H", tiff[offset:offset + 2])[0], MAX_ENTRIES)
    out = {}
    for i in range(count):
        start = offset + 2 + 12 * i
        tag, kind, n = struct.unpack(order + "HHI", tiff[start:start + 8])
        out[tag] = (kind, n, tiff[start + 8:start + 12])
    return out


def _offset(order: str, entry: Entry) -> int:
    return int(struct.unpack(order + "I", entry[2])[0])


def _text(tiff: bytes, order: str, entry: Entry) -> str:
    kind, n, field = entry
    raw = field[:n] if n <= 4 else tiff[_offset(order, entry):_offset(order, entry) + min(n, 256)]
    return raw.split(b"\x00")[0].decode("ascii", "replace").strip() if kind == 2 else ""


def _degrees(tiff: bytes, order: str, entry: Entry) -> float:
    """Three RATIONALs (type 5): degrees, minutes, seconds."""
    kind, n, _ = entry
    if kind != 5 or n != 3:
        raise ValueError("not a GPS coordinate")
    at = _offset(order, entry)
    nums = struct.unpack(order + "6I", tiff[at:at + 24])
    d, m, s = (nums[i] / nums[i + 1] for i in (0, 2, 4))
    if m >= 60 or s >= 60:
        raise ValueError("minutes or seconds out of range")
    return d + m / 60 + s / 3600
