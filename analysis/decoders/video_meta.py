"""Where a phone's video was shot, and with what: the place a camera writes into an MP4/MOV/3GP.

Read without a library, per these specifications:

* ISO/IEC 14496-12 (ISO base media file format): boxes of a 4-byte big-endian size and a
  4-byte type; size 1 means a 64-bit ``largesize`` follows the type, size 0 that the box runs to
  the end of its container. A leading ``ftyp`` with a video brand (isom, iso2-6, avc1, mp41,
  mp42, ``qt  ``, 3gp4-9, 3g2a-c, M4V, ...) and none of a HEIF photo's (photo_meta.py reads
  those). ``moov`` holds ``mvhd`` (creation time, seconds since 1904-01-01 UTC), ``udta`` and
  ``meta`` (a full box; QuickTime's plain ``meta`` has its ``hdlr`` right away).
* Apple's QuickTime File Format: user data text atoms (``©xyz``, ``©mak``, ``©mod``, ``©day``)
  of a 16-bit length, a 16-bit language code and the text; this is the ``©xyz`` Android's
  MediaMuxer/MediaRecorder (MPEG4Writer) writes in moov/udta as ``+37.7858-122.4064/``. And
  QuickTime metadata: ``meta`` with an ``mdta`` handler, a ``keys`` box (entry count, then
  size, namespace and name of each key) and an ``ilst`` whose items are typed by their 1-based
  key index and hold a ``data`` box (type indicator, locale, value; 1 = UTF-8, 2 = UTF-16):
  ``com.apple.quicktime.location.ISO6709``, ``.make``, ``.model``, ``.creationdate``,
  ``.software``, as an iPhone writes them. An iTunes-style ``meta`` (``mdir`` handler) whose
  ``ilst`` items are typed ``©xyz``/``©mak``/... is read the same way.
* 3GPP TS 26.244 (3GP file format): ``loci`` (LocationInformationBox) in udta: language, a name,
  role, then longitude, latitude and altitude as signed 16.16 fixed-point numbers.
* ISO 6709:2008 Annex H, the string form: ``±DD.DDDD±DDD.DDDD[±AAA.AAA][CRS...]/``, degrees
  (2/3 integer digits), degrees and minutes (4/5) or degrees, minutes and seconds (6/7), the
  fraction on the last unit.

The dict has photo EXIF's keys (exif.py: ``GPSLatitude``, ``GPSLongitude``, ``Make``,
``Model``, ``DateTimeOriginal``; plus ``GPSAltitude`` in metres and ``Software`` when written),
so the walk and the classifiers treat a video's place exactly as a photo's. The time is the
camera's own string (Apple's creationdate, ``©day``), else mvhd's as ISO 8601 UTC. A point of
exactly (0, 0) is read as no fix. Bounded: at most 4096 boxes are looked at in all, 1024 keys,
256 bytes of any text; ``mdat`` and every box not named above are skipped by their size, never
read. A video whose ``moov`` lies past a capture's cut (MPEG4Writer writes it after ``mdat``)
yields nothing. Malformed or truncated data yields what was read before the break or None,
never an exception.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

VIDEO_BRANDS = frozenset({
    b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"avc1", b"mp41", b"mp42", b"qt  ",
    b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gp8", b"3gp9", b"3g2a", b"3g2b", b"3g2c", b"3ge6",
    b"3ge7", b"3gg6", b"M4V ", b"M4VH", b"M4VP", b"MSNV", b"XAVC", b"mmp4", b"f4v "})
MAX_BOXES = 4096  # boxes looked at in all, whatever their nesting
MAX_KEYS = 1024
MAX_TEXT = 256
EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)
# what each metadata name is, in the photo EXIF dict's words ("place": an ISO 6709 string)
NAMES = {
    "com.apple.quicktime.location.ISO6709": "place", "©xyz": "place",
    "com.apple.quicktime.make": "Make", "©mak": "Make",
    "com.apple.quicktime.model": "Model", "©mod": "Model",
    "com.apple.quicktime.creationdate": "DateTimeOriginal", "©day": "DateTimeOriginal",
    "com.apple.quicktime.software": "Software",
}
_ISO6709 = re.compile(r"([+-])(\d{2}(?:\d{2}){0,2})(\.\d+)?([+-])(\d{3}(?:\d{2}){0,2})(\.\d+)?"
                      r"(?:([+-]\d+(?:\.\d+)?))?(?:CRS[\w:.-]*)?/?")

Box = tuple[bytes, int, int]  # (type, payload start, payload end)


def video_brand(data: bytes, photo_brands: frozenset[bytes]) -> bool:
    """``data`` opens with an ``ftyp`` naming a video brand and none of ``photo_brands``."""
    size = _uint(data, 0, 4) if len(data) >= 8 else 0
    if data[4:8] != b"ftyp" or not 16 <= size <= min(len(data), 1024):
        return False
    brands = {data[at:at + 4] for at in range(16, size - 3, 4)} | {data[8:12]}
    return bool(brands & VIDEO_BRANDS) and not brands & photo_brands


def video_metadata(data: bytes) -> dict[str, Any] | None:
    """The place (GPS latitude, longitude, altitude), camera and time of an MP4/MOV/3GP
    video, in photo EXIF's keys, or None when it says none of them."""
    out: dict[str, Any] = {}
    with contextlib.suppress(ValueError, IndexError, OverflowError):  # a break: keep what was read
        _read(data, out)
    return {k: v for k, v in out.items() if v not in ("", None)} or None


def _uint(data: bytes, at: int, size: int) -> int:
    if at < 0 or at + size > len(data):
        raise ValueError("truncated")
    return int.from_bytes(data[at:at + size], "big")


def _read(data: bytes, out: dict[str, Any]) -> None:
    budget = [MAX_BOXES]
    top = _boxes(data, 0, len(data), budget)
    if next(top, (b"",))[0] != b"ftyp":
        return
    for kind, start, end in top:
        if kind == b"moov":
            _moov(data, start, end, budget, out)
            return


def _boxes(data: bytes, start: int, end: int, budget: list[int]) -> Iterator[Box]:
    """The boxes in data[start:end], headers only; one running past the end (a file cut short)
    is given clipped and ends the walk, as does the budget running out."""
    pos = start
    while pos + 8 <= end and budget[0] > 0:
        budget[0] -= 1
        size, kind, body = _uint(data, pos, 4), data[pos + 4:pos + 8], pos + 8
        if size == 1:  # a 64-bit largesize follows the type
            size, body = _uint(data, pos + 8, 8), pos + 16
        elif size == 0:  # to the end of the container
            size = end - pos
        if size < body - pos or body > end:
            return
        yield kind, body, min(pos + size, end)
        pos += size


def _moov(data: bytes, start: int, end: int, budget: list[int], out: dict[str, Any]) -> None:
    created = None
    for kind, body, stop in _boxes(data, start, end, budget):
        if kind == b"mvhd":
            created = _mvhd_time(data, body)
        elif kind == b"udta":
            _udta(data, body, stop, budget, out)
        elif kind == b"meta":
            _meta(data, body, stop, budget, out)
    if created and not out.get("DateTimeOriginal"):
        out["DateTimeOriginal"] = created


def _mvhd_time(data: bytes, body: int) -> str | None:
    """mvhd's creation_time (version 1: 64 bits, else 32), None when unset or implausible."""
    seconds = _uint(data, body + 4, 8 if data[body] == 1 else 4)
    if not 0 < seconds < 1 << 33:
        return None
    when = EPOCH_1904 + timedelta(seconds=seconds)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ") if 1990 <= when.year <= 2100 else None


def _udta(data: bytes, start: int, end: int, budget: list[int], out: dict[str, Any]) -> None:
    for kind, body, stop in _boxes(data, start, end, budget):
        if kind == b"meta":
            _meta(data, body, stop, budget, out)
        elif kind == b"loci":
            _loci(data, body, stop, out)
        elif (name := NAMES.get(kind.decode("latin-1"))) is not None:
            if data[body + 4:body + 8] == b"data":  # an iTunes-style item in udta
                _put(out, name, _data_value(data, body, stop, budget))
            else:  # QuickTime text: 16-bit length, 16-bit language, the text
                length = _uint(data, body, 2)
                _put(out, name, _text(data[body + 4:min(body + 4 + length, stop)]))


def _meta(data: bytes, start: int, end: int, budget: list[int], out: dict[str, Any]) -> None:
    first = start if data[start + 4:start + 8] == b"hdlr" else start + 4  # a full box or not
    handler, keys = b"", []
    for kind, body, stop in _boxes(data, first, end, budget):
        if kind == b"hdlr":
            handler = data[body + 8:body + 12]
        elif kind == b"keys":
            keys = _keys(data, body, stop, budget)
        elif kind == b"ilst":
            for item, at, item_end in _boxes(data, body, stop, budget):
                if handler == b"mdta":  # typed by its 1-based index into keys
                    index = int.from_bytes(item, "big")
                    name = keys[index - 1] if 0 < index <= len(keys) else ""
                else:
                    name = item.decode("latin-1")
                if (field := NAMES.get(name)) is not None:
                    _put(out, field, _data_value(data, at, item_end, budget))


def _keys(data: bytes, start: int, end: int, budget: list[int]) -> list[str]:
    """The key names of a ``keys`` box: a full box, entry_count(32), then per key its
    key_size(32, counting these 8 bytes), key_namespace (``mdta``) and key_value."""
    count, pos, names = min(_uint(data, start + 4, 4), MAX_KEYS), start + 8, []
    for _ in range(count):
        size = _uint(data, pos, 4)
        if size < 8 or pos + size > end or budget[0] <= 0:
            break
        budget[0] -= 1
        names.append(data[pos + 8:pos + min(size, 8 + MAX_TEXT)].decode("utf-8", "replace"))
        pos += size
    return names


def _data_value(data: bytes, start: int, end: int, budget: list[int]) -> str:
    """The text of an item's first ``data`` box: type indicator (a 0 byte, then the type:
    1 UTF-8, 2 UTF-16), locale, the value."""
    for kind, body, stop in _boxes(data, start, end, budget):
        if kind == b"data":
            kind_code = _uint(data, body, 4)
            value = data[body + 8:min(stop, body + 8 + MAX_TEXT)]
            return (value.decode("utf-16-be", "replace").strip("\x00 ") if kind_code == 2
                    else _text(value) if kind_code == 1 else "")
    return ""


def _text(raw: bytes) -> str:
    return raw[:MAX_TEXT].split(b"\x00")[0].decode("utf-8", "replace").strip()


def _put(out: dict[str, Any], name: str, text: str) -> None:
    """One field read from a metadata item; the first place or camera read wins."""
    if name != "place":
        if text and not out.get(name):
            out[name] = text
    elif "GPSLatitude" not in out and (point := iso6709(text)) is not None:
        _place(out, *point)


def _place(out: dict[str, Any], lat: float, lon: float, alt: float | None) -> None:
    if (lat, lon) != (0.0, 0.0) and abs(lat) <= 90 and abs(lon) <= 180:
        out["GPSLatitude"], out["GPSLongitude"] = round(lat, 7), round(lon, 7)
        if alt is not None and abs(alt) < 100_000:
            out["GPSAltitude"] = round(alt, 3)


def iso6709(text: str) -> tuple[float, float, float | None] | None:
    """(latitude, longitude, altitude or None) of an ISO 6709 Annex H point, or None."""
    m = _ISO6709.match(text.strip())
    if m is None:
        return None
    lat = _angle(m.group(2), m.group(3) or "")
    lon = _angle(m.group(5), m.group(6) or "")
    if lat is None or lon is None:
        return None
    alt = float(m.group(7)) if m.group(7) else None
    return ((-lat if m.group(1) == "-" else lat), (-lon if m.group(4) == "-" else lon), alt)


def _angle(whole: str, fraction: str) -> float | None:
    """Degrees of D(DD), D(DD)MM or D(DD)MMSS digits and a fraction of the last unit."""
    cut = len(whole) % 2 + 2  # the degrees: 2 digits of a latitude, 3 of a longitude
    parts = [whole[:cut], *(whole[i:i + 2] for i in range(cut, len(whole), 2))]
    units = [float(p) for p in parts]
    units[-1] += float("0" + fraction) if fraction else 0.0
    if any(u >= 60 for u in units[1:]):
        return None
    return sum(u / 60 ** i for i, u in enumerate(units))


def _loci(data: bytes, start: int, end: int, out: dict[str, Any]) -> None:
    """3GPP ``loci``: version/flags, pad+language(16), name (NUL-terminated UTF-8, or UTF-16
    with a BOM and a 16-bit NUL), role(8), longitude, latitude, altitude (signed 16.16)."""
    if "GPSLatitude" in out:
        return
    pos = start + 6
    if data[pos:pos + 2] in (b"\xfe\xff", b"\xff\xfe"):
        at = next((i for i in range(pos + 2, end - 1, 2) if data[i:i + 2] == b"\x00\x00"), -1)
        pos = at + 2
    else:
        at = data.find(b"\x00", pos, end)
        pos = at + 1
    if at < 0 or pos + 13 > end:
        return
    lon, lat, alt = (int.from_bytes(data[i:i + 4], "big", signed=True) / 65536
                     for i in range(pos + 1, pos + 13, 4))
    _place(out, lat, lon, alt)
