"""A photo's EXIF in PNG, HEIF/HEIC/AVIF and WebP (``analysis/decoders/photo_meta.py``): the
containers built here byte by byte around test_exif.py's TIFF block (PNG 3rd edition chunks with
their CRCs, ISOBMFF boxes with iinf/iloc, RIFF chunks), read to the same fields as a JPEG's."""

from __future__ import annotations

import io
import json
import random
import struct
import time
import zlib
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.decoders.exif import jpeg_exif, tiff_exif
from analysis.decoders.photo_meta import photo_metadata
from tests.analysis.decoders.test_exif import jpeg

LAT, LON = 39.09685, -120.03236


def tiff_block(order: str = "<") -> bytes:
    """The TIFF block of test_exif.py's JPEG: Make, Model and a GPS IFD."""
    data = jpeg(order=order)
    (length,) = struct.unpack(">H", data[4:6])
    assert data[6:12] == b"Exif\x00\x00"
    return data[12:4 + length]


def assert_read(meta: dict[str, object] | None) -> None:
    assert meta is not None
    assert meta["Make"] == "Pixel" and meta["Model"] == "Pixel 7"
    assert meta["GPSLatitude"] == pytest.approx(LAT, abs=1e-5)
    assert meta["GPSLongitude"] == pytest.approx(LON, abs=1e-5)


# --- PNG ---------------------------------------------------------------------------------

def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


IHDR = chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
IDAT = chunk(b"IDAT", zlib.compress(bytes(2 * 7)))


def png(*before: bytes, after: tuple[bytes, ...] = ()) -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + IHDR + b"".join(before) + IDAT + b"".join(after)
            + chunk(b"IEND", b""))


def raw_profile(tiff: bytes) -> bytes:
    """ImageMagick's text: newline, name, length in %8lu, hex in 72-character lines."""
    raw = (b"Exif\x00\x00" + tiff).hex().encode()
    lines = b"\n".join(raw[i:i + 72] for i in range(0, len(raw), 72))
    return b"\nexif\n" + b"%8d\n" % (len(raw) // 2) + lines + b"\n"


@pytest.mark.parametrize("order", ["<", ">"])
def test_png_exif_chunk_before_or_after_idat(order: str) -> None:
    tiff = tiff_block(order)
    assert_read(photo_metadata(png(chunk(b"eXIf", tiff))))
    assert_read(photo_metadata(png(after=(chunk(b"eXIf", tiff),))))
    assert_read(photo_metadata(png(chunk(b"eXIf", b"Exif\x00\x00" + tiff))))  # prefixed writer


def test_png_raw_profile_text_chunks() -> None:
    text = raw_profile(tiff_block())
    key = b"Raw profile type exif\x00"
    assert_read(photo_metadata(png(chunk(b"zTXt", key + b"\x00" + zlib.compress(text)))))
    assert_read(photo_metadata(png(chunk(b"tEXt", key + text))))
    assert_read(photo_metadata(png(chunk(b"iTXt", key + b"\x01\x00en\x00\x00"
                                         + zlib.compress(text)))))
    assert_read(photo_metadata(png(chunk(b"tEXt", b"Raw profile type APP1\x00" + text))))
    # other text, an XMP APP1 profile and a comment carry no EXIF
    xmp = b"\nAPP1\n      10\n" + b"http://ns.".hex().encode() + b"\n"
    assert photo_metadata(png(chunk(b"tEXt", b"Raw profile type APP1\x00" + xmp),
                              chunk(b"tEXt", b"Comment\x00hello"))) is None


def test_png_broken_raw_profile_leaves_a_later_exif_chunk_readable() -> None:
    broken = b"Raw profile type exif\x00\nexif\n      20\nnot hex at all\n"
    assert_read(photo_metadata(png(chunk(b"tEXt", broken), after=(chunk(b"eXIf", tiff_block()),))))


def test_png_without_exif_or_with_a_bad_crc_gives_nothing() -> None:
    assert photo_metadata(png()) is None
    bad = bytearray(chunk(b"eXIf", tiff_block()))
    bad[-1] ^= 0xFF
    assert photo_metadata(png(bytes(bad))) is None


# --- HEIF / HEIC / AVIF ------------------------------------------------------------------

def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def full_box(kind: bytes, version: int, payload: bytes) -> bytes:
    return box(kind, bytes([version, 0, 0, 0]) + payload)


def heic(tiff: bytes, *, iloc_version: int = 0, offset_size: int = 4, base_size: int = 0,
         infe_version: int = 2, in_idat: bool = False, split: bool = False,
         brand: bytes = b"heic", meta_last: bool = False, prefix: bool = True) -> bytes:
    """ftyp, meta (hdlr, pitm, iinf with an hvc1 and an Exif item, iloc, maybe idat), mdat."""
    item = struct.pack(">I", 6) + b"Exif\x00\x00" + tiff if prefix else bytes(4) + tiff
    image = b"\x00\x00\x00\x10fake hevc tile.."
    ftyp = box(b"ftyp", brand + bytes(4) + b"mif1" + brand)
    hdlr = full_box(b"hdlr", 0, bytes(4) + b"pict" + bytes(12) + b"\x00")
    pitm = full_box(b"pitm", 0, struct.pack(">H", 1))

    def infe(item_id: int, kind: bytes) -> bytes:
        head = (struct.pack(">HH", item_id, 0) if infe_version == 2
                else struct.pack(">IH", item_id, 0))
        return full_box(b"infe", infe_version, head + kind + b"\x00")

    iinf = full_box(b"iinf", 0, struct.pack(">H", 2) + infe(1, b"hvc1") + infe(2, b"Exif"))
    id_fmt = ">H" if iloc_version < 2 else ">I"

    def iloc(image_at: int, exif_at: int) -> bytes:
        entries = b""
        for item_id, at, length, method in ((1, image_at, len(image), 0),
                                            (2, exif_at, len(item), int(in_idat))):
            entry = struct.pack(id_fmt, item_id)
            if iloc_version:
                entry += struct.pack(">H", method)
            base = min(at, 16) if base_size else 0
            parts = [(at - base, 10), (at - base + 10, length - 10)] if split and item_id == 2 \
                else [(at - base, length)]
            entry += struct.pack(">H", 0) + base.to_bytes(base_size, "big")
            entry += struct.pack(">H", len(parts)) + b"".join(
                off.to_bytes(offset_size, "big") + n.to_bytes(4, "big") for off, n in parts)
            entries += entry
        sizes = bytes([offset_size << 4 | 4, base_size << 4])
        return full_box(b"iloc", iloc_version, sizes + struct.pack(id_fmt, 2) + entries)

    def meta(image_at: int, exif_at: int) -> bytes:
        idat = box(b"idat", item) if in_idat else b""
        return full_box(b"meta", 0, hdlr + pitm + iinf + iloc(image_at, exif_at) + idat)

    mdat_payload = image + (b"" if in_idat else item)
    size = len(meta(0, 0))
    mdat_at = len(ftyp) + (0 if meta_last else size)
    image_at = mdat_at + 8
    exif_at = 0 if in_idat else image_at + len(image)
    mdat = box(b"mdat", mdat_payload)
    m = meta(image_at, exif_at)
    assert len(m) == size
    return ftyp + mdat + m if meta_last else ftyp + m + mdat


@pytest.mark.parametrize("iloc_version", [0, 1, 2])
@pytest.mark.parametrize("offset_size", [4, 8])
@pytest.mark.parametrize("base_size", [0, 4, 8])
def test_heic_iloc_versions_and_field_sizes(iloc_version: int, offset_size: int,
                                            base_size: int) -> None:
    data = heic(tiff_block(), iloc_version=iloc_version, offset_size=offset_size,
                base_size=base_size)
    assert_read(photo_metadata(data))


@pytest.mark.parametrize("order", ["<", ">"])
def test_heic_variants(order: str) -> None:
    tiff = tiff_block(order)
    assert_read(photo_metadata(heic(tiff, infe_version=3)))
    assert_read(photo_metadata(heic(tiff, iloc_version=1, in_idat=True)))  # construction 1
    assert_read(photo_metadata(heic(tiff, split=True)))  # two extents
    assert_read(photo_metadata(heic(tiff, meta_last=True)))  # meta after mdat
    assert_read(photo_metadata(heic(tiff, prefix=False)))  # offset 0, no "Exif\0\0"
    for brand in (b"mif1", b"heix", b"avif", b"msf1"):
        assert_read(photo_metadata(heic(tiff, brand=brand)))


def test_heic_other_brands_and_missing_items_give_nothing() -> None:
    assert photo_metadata(heic(tiff_block(), brand=b"isom").replace(b"mif1", b"iso2")) is None
    infe = struct.pack(">HH", 2, 0) + b"Exif\x00"  # the Exif item's entry, made a mime item
    no_exif_item = heic(tiff_block()).replace(infe, infe.replace(b"Exif", b"mime"))
    assert photo_metadata(no_exif_item) is None
    # the item placed past the end of a capture cut short
    data = heic(tiff_block())
    assert photo_metadata(data[:data.index(b"mdat") + 20]) is None


# --- WebP --------------------------------------------------------------------------------

def riff_chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")


def webp(tiff: bytes, prefix: bytes = b"") -> bytes:
    vp8x = riff_chunk(b"VP8X", bytes([0x08, 0, 0, 0]) + (63).to_bytes(3, "little")
                      + (47).to_bytes(3, "little"))
    body = (b"WEBP" + vp8x + riff_chunk(b"VP8 ", b"\x11" * 33)  # odd: padded
            + riff_chunk(b"EXIF", prefix + tiff))
    return b"RIFF" + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize("order", ["<", ">"])
@pytest.mark.parametrize("prefix", [b"", b"Exif\x00\x00"])
def test_webp_exif_chunk(order: str, prefix: bytes) -> None:
    assert_read(photo_metadata(webp(tiff_block(order), prefix)))


def test_webp_without_exif_gives_nothing() -> None:
    data = webp(tiff_block()).replace(b"EXIF", b"XMP ")
    assert photo_metadata(data) is None


# --- all formats -------------------------------------------------------------------------

def test_jpeg_is_read_as_before_and_keys_match() -> None:
    assert photo_metadata(jpeg()) == jpeg_exif(jpeg())
    same = jpeg_exif(jpeg())
    for data in (png(chunk(b"eXIf", tiff_block())), heic(tiff_block()), webp(tiff_block())):
        assert photo_metadata(data) == same == tiff_exif(tiff_block())


FIXTURES: dict[str, Callable[[], bytes]] = {
    "jpeg": jpeg,
    "png": lambda: png(chunk(b"eXIf", tiff_block())),
    "png-ztxt": lambda: png(chunk(b"zTXt", b"Raw profile type exif\x00\x00"
                                  + zlib.compress(raw_profile(tiff_block())))),
    "heic": lambda: heic(tiff_block(">"), iloc_version=1, offset_size=8, base_size=4),
    "heic-idat": lambda: heic(tiff_block(), iloc_version=2, in_idat=True, infe_version=3),
    "webp": lambda: webp(tiff_block(), b"Exif\x00\x00"),
}
BUILT = {name: build() for name, build in FIXTURES.items()}


def _in_range(out: dict[str, object] | None) -> bool:
    if out is None:
        return True
    lat, lon = out.get("GPSLatitude", 0), out.get("GPSLongitude", 0)
    assert isinstance(lat, float | int) and isinstance(lon, float | int)
    return abs(lat) <= 90 and abs(lon) <= 180


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(BUILT)), st.data())
def test_truncated_and_corrupted_never_raise(name: str, draw: st.DataObject) -> None:
    data = bytearray(BUILT[name])
    cut = draw.draw(st.integers(0, len(data)))
    for at, value in draw.draw(st.lists(st.tuples(st.integers(0, len(data) - 1),
                                                  st.integers(0, 255)), max_size=6)):
        data[at] = value
    assert _in_range(photo_metadata(bytes(data[:cut])))


def test_many_random_corruptions_never_raise() -> None:
    rnd = random.Random(11)
    for name, original in BUILT.items():
        for _ in range(400):
            data = bytearray(original)
            for _ in range(rnd.randrange(1, 6)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
            cut = rnd.randrange(len(data) + 1)
            assert _in_range(photo_metadata(bytes(data[:cut]))), name


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\x00\x00\x00\x18ftypheic",
                        b"RIFF\x00\x00\x00\x00WEBP", b"\xff\xd8\xff", b""]),
       st.binary(max_size=512))
def test_magic_then_anything_never_raises(magic: bytes, rest: bytes) -> None:
    assert _in_range(photo_metadata(magic + rest))


def test_ordinary_bodies_are_not_photos_and_cost_nothing() -> None:
    rnd = random.Random(3)
    bodies = [json.dumps({"user": "a", "lat": LAT, "items": list(range(20000))}).encode(),
              bytes([0x0A, 0x05]) + b"hello" + bytes([0x10, 0x96, 0x01]) * 100000,  # protobuf
              rnd.randbytes(1 << 20), b"", b"Exif\x00\x00" + tiff_block(),
              b"not an image"]  # (a bare TIFF block is a TIFF file: test_photo_walk.py)
    start = time.process_time()
    for _ in range(100):
        for body in bodies:
            assert photo_metadata(body) is None
    # a bound against a scan of the whole body, generous for a shared CI machine (one look at
    # the first bytes takes well under a millisecond in all)
    assert time.process_time() - start < 5.0


def test_hostile_containers_stay_bounded() -> None:
    empty = struct.pack(">I", 0) + b"abCd" + struct.pack(">I", zlib.crc32(b"abCd"))
    hostile = [
        b"\x89PNG\r\n\x1a\n" + IHDR + empty * 200000,  # endless chunks: the walk stops
        box(b"ftyp", b"heic\x00\x00\x00\x00mif1") + box(b"free", b"") * 200000,
        b"RIFF\x00\x00\x00\x00WEBP" + riff_chunk(b"JUNK", b"") * 200000,
        # an iloc of 65535 items of 65535 zero-sized extents each
        box(b"ftyp", b"heic\x00\x00\x00\x00mif1") + full_box(
            b"meta", 0, full_box(b"iinf", 0, struct.pack(">H", 1) + full_box(
                b"infe", 2, struct.pack(">HH", 7, 0) + b"Exif\x00"))
            + full_box(b"iloc", 0, bytes([0, 0]) + struct.pack(">H", 65535)
                       + struct.pack(">HHH", 1, 0, 65535) * 3000)),
        png(chunk(b"zTXt", b"Raw profile type exif\x00\x00" + zlib.compress(
            b"\nexif\n99999999\n" + b"0" * (8 << 20)))),  # a zip bomb of a profile
    ]
    for data in hostile:
        start = time.process_time()
        assert photo_metadata(data) is None
        assert time.process_time() - start < 5.0  # bounded walks, generous for a shared CI


def test_pillow_written_photos_when_pillow_is_there() -> None:
    """Cross-check with a real writer (libpng, libwebp, libavif via Pillow) if installed."""
    image_module = pytest.importorskip("PIL.Image")
    exif = image_module.Exif()
    exif[0x010F], exif[0x0110] = "Google", "Pixel 7"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S", 2: (33.0, 51.0, 21.6), 3: "E", 4: (151.0, 12.0, 36.0)})
    image = image_module.new("RGB", (32, 24), (10, 200, 30))
    formats = [f for f in ("JPEG", "PNG", "WEBP", "AVIF")
               if f in image_module.registered_extensions().values()
               and f in image_module.SAVE]
    for fmt in formats:
        buffer = io.BytesIO()
        image.save(buffer, fmt, exif=exif.tobytes())
        meta = photo_metadata(buffer.getvalue())
        assert meta is not None, fmt
        assert meta["Model"] == "Pixel 7", fmt
        assert meta["GPSLatitude"] == pytest.approx(-33.856, abs=1e-6), fmt
        assert meta["GPSLongitude"] == pytest.approx(151.21, abs=1e-6), fmt
