"""A photo's EXIF (camera, time taken, GPS) in whichever container a phone uploads it.

The fields and the TIFF reading are exif.py's (``tiff_exif``; a JPEG goes to ``jpeg_exif``), so
the dict has the same keys whatever the format. The container is told by its magic bytes, never
by a declared content type, and each is walked here without a library:

* PNG (W3C PNG Specification, Third Edition): the 8-byte signature, then chunks of a 4-byte
  big-endian length, a 4-byte type, the data and a CRC-32 over type and data. ``eXIf`` holds a
  bare TIFF block (a leading ``Exif\\0\\0``, which some writers add, is skipped). Failing that, a
  ``tEXt``/``zTXt``/``iTXt`` chunk keyworded ``Raw profile type exif`` (or ``APP1``), as
  ImageMagick and exiftool write it: a newline, the profile name, its length in decimal, then
  the bytes in hex, ``Exif\\0\\0`` and the TIFF block. A chunk with a bad CRC is ignored (a
  damaged ancillary chunk); eXIf may follow IDAT, so every chunk header is walked, IDAT unread.
* HEIF/HEIC/AVIF (ISO/IEC 14496-12 ISOBMFF, ISO/IEC 23008-12 HEIF): a leading ``ftyp`` box
  with a HEIF brand (mif1, msf1, heic, heix, avif, ...), the ``meta`` full box, in it ``iinf``
  whose ``infe`` entries (versions 2 and 3) give the item type, one of them ``Exif``, and
  ``iloc`` (versions 0-2; 0/4/8-byte offset, length, base offset and index fields; construction
  method 0 = file offset or 1 = in the ``idat`` box) giving where the item's extents lie. The
  Exif item is a 4-byte big-endian offset to the TIFF header (23008-12 Annex A: usually 6, the
  length of the ``Exif\\0\\0`` that follows) and the TIFF block. (A video: video_meta.py.)
* WebP (RFC 9649, the RIFF container): ``RIFF``, a little-endian size, ``WEBP``, then chunks of
  a FourCC, a little-endian size and the data padded to an even length; the ``EXIF`` chunk
  (extended format, after ``VP8X``, whose presence is not insisted on) holds the TIFF block,
  sometimes after ``Exif\\0\\0``. It follows the image data, so chunk headers are walked.

Bounded: 16384 chunks or boxes per level and 16384 iloc extents at most, headers only; the Exif
block cut at 1 MB, a raw profile at 256 kB inflated, exif.py's bounds on the TIFF; anything else
costs one look at its first bytes. Bad data yields None or what came before the break, no raise.
"""

from __future__ import annotations

import base64
import contextlib
import zlib
from collections.abc import Iterator
from typing import Any

from analysis.decoders.exif import jpeg_exif, tiff_exif
from analysis.decoders.video_meta import video_brand, video_metadata

MAX_WALK = 1 << 14  # chunks or boxes per level, and iloc extents in all
MAX_EXIF = 1 << 20  # the Exif block copied out of a container
MAX_TEXT = 1 << 18  # a raw profile's (inflated) text
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EXIF_HEADER = b"Exif\x00\x00"
TIFF_HEADERS = (b"II*\x00", b"MM\x00*")
RAW_PROFILES = (b"Raw profile type exif", b"Raw profile type APP1")
HEIF_BRANDS = frozenset({b"mif1", b"mif2", b"msf1", b"heic", b"heix", b"heim", b"heis",
                         b"hevc", b"hevx", b"avif", b"avis"})

Span = tuple[int, int]  # [start, end) of a box's payload in the file


def photo_metadata(data: bytes) -> dict[str, Any] | None:
    """The camera's make and model, the time taken and the GPS position of a JPEG, PNG,
    HEIF/HEIC/AVIF, WebP or TIFF/DNG photo or an MP4/MOV/3GP video (``jpeg_exif``'s keys)."""
    if data[4:8] == b"ftyp" and video_brand(data, HEIF_BRANDS):
        return video_metadata(data)
    if data[:3] == b"\xff\xd8\xff":
        return jpeg_exif(data)
    if data[:4] in TIFF_HEADERS:  # a TIFF or a camera raw (DNG) is itself the TIFF block
        return tiff_exif(data[:MAX_EXIF])
    if data[:8] == PNG_SIGNATURE:
        reader = _png
    elif data[4:8] == b"ftyp":
        reader = _heif
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        reader = _webp
    else:
        return None
    try:
        tiff = reader(data)
    except (ValueError, IndexError, zlib.error):  # a break in the container: nothing found
        return None
    return tiff_exif(tiff[:MAX_EXIF]) if tiff else None


def _uint(data: bytes, at: int, size: int, order: str = "big") -> int:
    """An unsigned integer of ``size`` bytes (0 is allowed: an absent field reads 0)."""
    if at < 0 or at + size > len(data):
        raise ValueError("truncated")
    return int.from_bytes(data[at:at + size], "little" if order == "little" else "big")


def _unprefixed(block: bytes) -> bytes:
    """A TIFF block with a leading ``Exif\\0\\0`` (as in a JPEG's APP1) taken off."""
    return block[len(EXIF_HEADER):] if block.startswith(EXIF_HEADER) else block


# --- PNG ---------------------------------------------------------------------------------

def _png(data: bytes) -> bytes | None:
    pos, profile = len(PNG_SIGNATURE), None
    for _ in range(MAX_WALK):
        if pos + 8 > len(data):
            break  # cut at a chunk boundary: what was read stays
        length, kind = _uint(data, pos, 4), data[pos + 4:pos + 8]
        end = pos + 8 + length
        if length > 0x7FFFFFFF or end + 4 > len(data):
            break  # invalid length, or the file is cut short inside this chunk
        if kind in (b"eXIf", b"tEXt", b"zTXt", b"iTXt") and length <= MAX_EXIF * 2:
            chunk = data[pos + 8:end]
            if zlib.crc32(kind + chunk) == _uint(data, end, 4):
                if kind == b"eXIf":
                    return _unprefixed(chunk)
                with contextlib.suppress(ValueError, zlib.error):  # a bad one: read on
                    profile = profile or _raw_profile(kind, chunk)
        if kind == b"IEND":
            break
        pos = end + 4
    return profile


def _raw_profile(kind: bytes, chunk: bytes) -> bytes | None:
    """The TIFF block of a ``Raw profile type exif`` text chunk, or None for any other text."""
    keyword, _, rest = chunk.partition(b"\x00")
    if keyword not in RAW_PROFILES:
        return None
    if kind == b"zTXt":  # compression method (0: zlib), compressed text
        text = _inflate(rest[1:]) if rest[:1] == b"\x00" else b""
    elif kind == b"iTXt":  # flag, method, language tag \0, translated keyword \0, text
        fields = rest[2:].split(b"\x00", 2)
        text = fields[2] if len(fields) == 3 else b""
        if rest[:1] == b"\x01":
            text = _inflate(text) if rest[1:2] == b"\x00" else b""
    else:
        text = rest
    text = text[:MAX_TEXT]
    # "\nexif\n    1234\n457869660000...": the name, the length, the bytes in hex lines
    parts = text.split(maxsplit=2)
    if len(parts) < 3 or not parts[1].isdigit():
        return None
    length = min(int(parts[1]), MAX_EXIF)
    raw = bytes.fromhex(b"".join(parts[2].split())[:2 * length].decode("ascii"))
    block = _unprefixed(raw)
    return block if block[:4] in TIFF_HEADERS else None  # an APP1 profile may be XMP


def _inflate(data: bytes) -> bytes:
    return zlib.decompressobj().decompress(data, MAX_TEXT)


# --- HEIF / HEIC / AVIF (ISOBMFF) --------------------------------------------------------

def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of each box in data[start:end]; a box running past
    the end (a file cut short) is given clipped, and ends the walk."""
    pos = start
    for _ in range(MAX_WALK):
        if pos + 8 > end:
            return
        size, kind, body = _uint(data, pos, 4), data[pos + 4:pos + 8], pos + 8
        if size == 1:  # a 64-bit largesize follows the type
            size, body = _uint(data, pos + 8, 8), pos + 16
        elif size == 0:  # the box runs to the end of its container
            size = end - pos
        if size < body - pos:
            return
        yield kind, body, min(pos + size, end)
        pos += size


def _heif(data: bytes) -> bytes | None:
    top = _boxes(data, 0, len(data))
    kind, body, end = next(top, (b"", 0, 0))
    brands = {data[at:at + 4] for at in range(body + 8, end - 3, 4)} | {data[body:body + 4]}
    if kind != b"ftyp" or not brands & HEIF_BRANDS:
        return None
    for kind, body, end in top:
        if kind == b"meta":
            # a full box (version, flags); QuickTime's plain meta has its hdlr right away
            first = body if data[body + 4:body + 8] == b"hdlr" else body + 4
            return _meta(data, first, end)
    return None


def _meta(data: bytes, start: int, end: int) -> bytes | None:
    children = {kind: (body, stop) for kind, body, stop in reversed(list(
        _boxes(data, start, end)))}  # the first of each type
    if b"iinf" not in children or b"iloc" not in children:
        return None
    exif_ids = _exif_items(data, *children[b"iinf"])
    if not exif_ids:
        return None
    return _locate(data, children[b"iloc"], exif_ids, children.get(b"idat"))


def _exif_items(data: bytes, start: int, end: int) -> set[int]:
    """The ids of the items whose ``infe`` (ItemInfoEntry version 2 or 3) type is ``Exif``."""
    first = start + 4 + (2 if data[start] == 0 else 4)  # full box, then a 16/32-bit count
    ids = set()
    for kind, body, _ in _boxes(data, first, end):
        if kind != b"infe":
            continue
        version = data[body]
        if version == 2:  # item_ID(16), item_protection_index(16), item_type
            item, item_type = _uint(data, body + 4, 2), data[body + 8:body + 12]
        elif version == 3:  # item_ID(32), item_protection_index(16), item_type
            item, item_type = _uint(data, body + 4, 4), data[body + 10:body + 14]
        else:  # versions 0 and 1 carry no item type
            continue
        if item_type == b"Exif":
            ids.add(item)
    return ids


def _locate(data: bytes, iloc: Span, wanted: set[int], idat: Span | None) -> bytes | None:
    """The TIFF block of the first wanted item ``iloc`` (ItemLocationBox) places in this file
    (data_reference_index 0) by file offset or in ``idat``."""
    pos, end = iloc
    version = data[pos]
    if version > 2:
        return None
    offset_size, length_size = data[pos + 4] >> 4, data[pos + 4] & 15
    base_size, index_size = data[pos + 5] >> 4, (data[pos + 5] & 15) if version else 0
    if not {offset_size, length_size, base_size, index_size} <= {0, 4, 8}:
        return None
    id_size = 2 if version < 2 else 4
    count, pos = _uint(data, pos + 6, id_size), pos + 6 + id_size
    budget = MAX_WALK
    for _ in range(min(count, MAX_WALK)):
        item, pos = _uint(data, pos, id_size), pos + id_size
        method = 0
        if version:  # reserved(12), construction_method(4)
            method, pos = _uint(data, pos, 2) & 15, pos + 2
        reference, base = _uint(data, pos, 2), _uint(data, pos + 2, base_size)
        extent_count, pos = _uint(data, pos + 2 + base_size, 2), pos + 4 + base_size
        budget -= extent_count
        if budget < 0:
            return None
        extents = []
        for _ in range(extent_count):
            pos += index_size  # extent_index: only for construction method 2
            extents.append((_uint(data, pos, offset_size),
                            _uint(data, pos + offset_size, length_size)))
            pos += offset_size + length_size
        if pos > end:
            return None
        if item in wanted and reference == 0 and (method == 0 or (method == 1 and idat)):
            origin, limit = (0, len(data)) if method == 0 else idat or (0, 0)
            tiff = _exif_item(data, origin + base, limit, extents)
            if tiff is not None:
                return tiff
    return None


def _exif_item(data: bytes, origin: int, limit: int, extents: list[Span]) -> bytes | None:
    """An Exif item's extents joined (a zero length runs to the end), the TIFF block found
    by its leading exif_tiff_header_offset."""
    item = bytearray()
    for offset, length in extents:
        start = origin + offset
        stop = limit if length == 0 else min(start + length, limit)
        item += data[start:min(stop, start + MAX_EXIF + 4 - len(item))]
        if len(item) >= MAX_EXIF + 4 or stop < start + length:
            break  # enough, or the file is cut short here
    if len(item) < 8:
        return None
    skip, payload = int.from_bytes(item[:4], "big"), bytes(item[4:])
    if payload[skip:skip + 4] in TIFF_HEADERS:
        return payload[skip:]
    block = _unprefixed(payload)  # a writer that counted the offset differently
    return block if block[:4] in TIFF_HEADERS else None


# --- WebP (RIFF) -------------------------------------------------------------------------

def _webp(data: bytes) -> bytes | None:
    pos = 12
    for _ in range(MAX_WALK):
        if pos + 8 > len(data):
            return None
        kind, size = data[pos:pos + 4], _uint(data, pos + 4, 4, "little")
        if kind == b"EXIF":
            return _unprefixed(data[pos + 8:pos + 8 + min(size, MAX_EXIF)])
        pos += 8 + size + (size & 1)  # odd-sized chunks are padded with one byte
    return None


# A photo as base64 in a text field (React Native, Flutter; QA31): signatures, "ftyp" of 20-64 B
BASE64_FTYP = tuple(base64.b64encode(bytes([0, 0, 0, n]) + b"ftyp")[:10].decode()
                    for n in range(20, 68, 4))
BASE64_PHOTOS = ("/9j/", "iVBORw0KGgo", "UklGR", "SUkqA", "TU0AK", *BASE64_FTYP)
MAX_BASE64 = 1 << 23  # characters decoded at most (6 MB of photo)


def base64_photo_metadata(text: str) -> dict[str, Any] | None:
    """``photo_metadata`` of a photo or video in base64 (URL-safe too, or a data: URI)."""
    t = text.strip()
    if t.startswith(("data:image/", "data:video/")) and ";base64," in t[:64]:
        t = t.partition(",")[2]
    if len(t) < 200 or len(t) > MAX_BASE64 or not t[:12].replace("-", "+").replace(
            "_", "/").startswith(BASE64_PHOTOS):
        return None
    t = "".join(t.split()).replace("-", "+").replace("_", "/")  # URL-safe, wrapped at 76
    try:
        return photo_metadata(base64.b64decode(t + "=" * (-len(t) % 4)))
    except (ValueError, TypeError):
        return None
