"""Where a phone's video was shot (``analysis/decoders/video_meta.py``): MP4/MOV/3GP files built
here box by box (ISO/IEC 14496-12 boxes, QuickTime user data and mdta metadata, 3GPP loci), read
to photo EXIF's keys, and an uploaded video's place found as the phone's precise location."""

from __future__ import annotations

import base64
import json
import random
import struct
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.decoders import decode_exchange
from analysis.decoders.exif import jpeg_exif
from analysis.decoders.photo_meta import HEIF_BRANDS, photo_metadata
from analysis.decoders.video_meta import iso6709, video_brand, video_metadata
from analysis.passes.classify import findings_for_exchange
from analysis.passes.kept_raw import missing
from analysis.records import Exchange
from analysis.store.fields import RequestSide
from tests.analysis.decoders.test_exif import jpeg
from tests.analysis.decoders.test_photo_meta import heic, tiff_block

LAT, LON = 37.7858, -122.4064
PLACE = b"+37.7858-122.4064/"
APPLE_PLACE = "+37.7858-122.4064+012.345/"


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def box64(kind: bytes, payload: bytes = b"", claimed: int | None = None) -> bytes:
    """A box with size 1 and a 64-bit largesize (``claimed`` overrides the true size)."""
    size = 16 + len(payload) if claimed is None else claimed
    return struct.pack(">I", 1) + kind + struct.pack(">Q", size) + payload


def full_box(kind: bytes, payload: bytes, version: int = 0) -> bytes:
    return box(kind, bytes([version, 0, 0, 0]) + payload)


def ftyp(major: bytes = b"mp42", *compatible: bytes) -> bytes:
    return box(b"ftyp", major + bytes(4) + b"".join(compatible or (b"isom", major)))


def mvhd(seconds: int = 0, version: int = 0) -> bytes:
    times = struct.pack(">QQ", seconds, seconds) if version else struct.pack(">II", seconds,
                                                                             seconds)
    return full_box(b"mvhd", times + bytes(80), version)


def qt_text(kind: bytes, text: bytes, language: int = 0x15C7) -> bytes:
    """A QuickTime user data text atom: 16-bit length, 16-bit language, the text."""
    return box(kind, struct.pack(">HH", len(text), language) + text)


TRAK = box(b"trak", full_box(b"tkhd", bytes(80)) + box(b"mdia", full_box(b"mdhd", bytes(20))))
MDAT = box(b"mdat", b"\x00\x00\x00\x10fake h264 NAL..." * 20)


def android_mp4(place: bytes = PLACE, *, moov_last: bool = True, seconds: int = 0) -> bytes:
    """What MPEG4Writer writes: ftyp mp42, mdat, then moov (mvhd, trak, udta/©xyz)."""
    moov = box(b"moov", mvhd(seconds) + TRAK + box(b"udta", qt_text(b"\xa9xyz", place)))
    return ftyp() + (MDAT + moov if moov_last else moov + MDAT)


def data_box(value: bytes, kind: int = 1) -> bytes:
    return box(b"data", struct.pack(">I", kind) + bytes(4) + value)


APPLE_ITEMS = (
    ("com.apple.quicktime.location.accuracy.horizontal", "14.6"),
    ("com.apple.quicktime.location.ISO6709", APPLE_PLACE),
    ("com.apple.quicktime.make", "Apple"),
    ("com.apple.quicktime.model", "iPhone 15 Pro"),
    ("com.apple.quicktime.software", "17.4.1"),
    ("com.apple.quicktime.creationdate", "2024-05-01T12:34:56-0700"),
)


def mdta_meta(items: tuple[tuple[str, str], ...] = APPLE_ITEMS, *, full: bool = False) -> bytes:
    """QuickTime metadata: hdlr mdta, keys, ilst of items typed by their 1-based key index."""
    hdlr = full_box(b"hdlr", bytes(4) + b"mdta" + bytes(12) + b"\x00")
    keys = full_box(b"keys", struct.pack(">I", len(items)) + b"".join(
        struct.pack(">I", 8 + len(k)) + b"mdta" + k.encode() for k, _ in items))
    # items in another order than the keys, as writers are free to
    ilst = box(b"ilst", b"".join(box(struct.pack(">I", i + 1), data_box(v.encode()))
                                 for i, (_, v) in reversed(list(enumerate(items)))))
    payload = hdlr + keys + ilst
    return full_box(b"meta", payload) if full else box(b"meta", payload)


def iphone_mov(*, full: bool = False, seconds: int = 3_797_000_000) -> bytes:
    moov = box(b"moov", mvhd(seconds) + TRAK + mdta_meta(full=full))
    return ftyp(b"qt  ", b"qt  ") + box(b"wide") + MDAT + moov


def loci(lon: float, lat: float, alt: float, name: bytes = b"Home\x00") -> bytes:
    fixed = struct.pack(">iii", round(lon * 65536), round(lat * 65536), round(alt * 65536))
    return full_box(b"loci", struct.pack(">H", 0x15C7) + name + b"\x00" + fixed
                    + b"earth\x00" + b"\x00")


def assert_place(meta: dict[str, object] | None, alt: float | None = None) -> None:
    assert meta is not None
    assert meta["GPSLatitude"] == pytest.approx(LAT, abs=1e-6)
    assert meta["GPSLongitude"] == pytest.approx(LON, abs=1e-6)
    assert meta.get("GPSAltitude") == (None if alt is None else pytest.approx(alt, abs=1e-3))


# --- the forms a phone writes ------------------------------------------------------------

@pytest.mark.parametrize("moov_last", [True, False])
def test_android_xyz_atom_in_udta(moov_last: bool) -> None:
    meta = video_metadata(android_mp4(moov_last=moov_last))
    assert_place(meta)
    assert meta is not None and set(meta) == {"GPSLatitude", "GPSLongitude"}


@pytest.mark.parametrize("full", [False, True])
def test_apple_mdta_keys_and_ilst(full: bool) -> None:
    meta = video_metadata(iphone_mov(full=full))
    assert_place(meta, alt=12.345)
    assert meta is not None
    assert meta["Make"] == "Apple" and meta["Model"] == "iPhone 15 Pro"
    assert meta["Software"] == "17.4.1"
    # the camera's own local time, not mvhd's UTC
    assert meta["DateTimeOriginal"] == "2024-05-01T12:34:56-0700"


def test_the_keys_are_photo_exifs() -> None:
    photo = jpeg_exif(jpeg())
    video = video_metadata(iphone_mov())
    assert photo is not None and video is not None
    assert set(photo) <= set(video)
    assert set(video) - set(photo) == {"GPSAltitude", "DateTimeOriginal", "Software"}


def test_itunes_style_meta_and_text_atoms_in_udta() -> None:
    hdlr = full_box(b"hdlr", bytes(4) + b"mdir" + b"appl" + bytes(8) + b"\x00")
    ilst = box(b"ilst", box(b"\xa9xyz", data_box(PLACE)) + box(b"\xa9mod", data_box(b"SM-S918B")))
    udta = box(b"udta", qt_text(b"\xa9mak", b"samsung") + full_box(b"meta", hdlr + ilst))
    meta = video_metadata(ftyp(b"mp42") + box(b"moov", mvhd() + udta))
    assert_place(meta)
    assert meta is not None and meta["Make"] == "samsung" and meta["Model"] == "SM-S918B"


@pytest.mark.parametrize("name", [b"Home\x00", b"\xfe\xff\x00H\x00i\x00\x00", b"\x00"])
def test_3gpp_loci_box(name: bytes) -> None:
    udta = box(b"udta", loci(LON, LAT, 21.5, name))
    meta = video_metadata(ftyp(b"3gp4", b"3gp4", b"isom") + MDAT + box(b"moov", mvhd() + udta))
    assert meta is not None
    assert meta["GPSLatitude"] == pytest.approx(LAT, abs=1e-4)
    assert meta["GPSLongitude"] == pytest.approx(LON, abs=1e-4)
    assert meta["GPSAltitude"] == pytest.approx(21.5, abs=1e-3)


def test_mvhd_time_when_no_camera_time_and_none_when_unset() -> None:
    # 3_797_000_000 s after 1904-01-01 (Unix 1714155200): 2024-04-26 18:13:20 UTC; version 1
    moov = box(b"moov", mvhd(3_797_000_000, version=1) + box(b"udta", qt_text(b"\xa9xyz",
                                                                              PLACE)))
    meta = video_metadata(ftyp() + moov)
    assert meta is not None and meta["DateTimeOriginal"] == "2024-04-26T18:13:20Z"
    assert "DateTimeOriginal" not in (video_metadata(android_mp4(seconds=0)) or {})
    assert "DateTimeOriginal" not in (video_metadata(android_mp4(seconds=5)) or {})  # 1904


# --- ISO 6709 ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("+37.7858-122.4064/", (37.7858, -122.4064, None)),
    ("+37.7858-122.4064+012.345/", (37.7858, -122.4064, 12.345)),
    ("-33.8568+151.2153-005.2CRSWGS_84/", (-33.8568, 151.2153, -5.2)),
    ("+40-074/", (40.0, -74.0, None)),
    ("+4045.5-07400.25/", (40.758333, -74.004167, None)),  # degrees and minutes
    ("+404530.5-0740527.3/", (40.758472, -74.090917, None)),  # degrees, minutes, seconds
    ("  +37.7858-122.4064/", (37.7858, -122.4064, None)),
])
def test_iso6709_forms(text: str, expected: tuple[float, float, float | None]) -> None:
    point = iso6709(text)
    assert point is not None
    assert point[0] == pytest.approx(expected[0], abs=1e-6)
    assert point[1] == pytest.approx(expected[1], abs=1e-6)
    assert point[2] == (None if expected[2] is None else pytest.approx(expected[2]))


@pytest.mark.parametrize("text", ["", "37.7858,-122.4064", "+377-122/", "+4075.0-07400.0/",
                                  "+37.7858", "Home", "+3a.1-122.1/", "-122.4064+37.7858/x"])
def test_iso6709_rejects_what_is_no_point(text: str) -> None:
    point = iso6709(text)
    assert point is None or (abs(point[0]) <= 90 and abs(point[1]) <= 180)
    if text != "-122.4064+37.7858/x":  # (reads as -12 lat: the digits decide, as they should)
        assert point is None


def test_out_of_range_or_null_island_is_no_place() -> None:
    for place in (b"+97.0000-122.4064/", b"+37.0000-190.0000/", b"+00.0000+000.0000/"):
        assert video_metadata(android_mp4(place)) is None


# --- box sizes -----------------------------------------------------------------------------

def test_64_bit_box_sizes() -> None:
    udta = box(b"udta", qt_text(b"\xa9xyz", PLACE))
    moov64 = box64(b"moov", mvhd() + box64(b"udta", qt_text(b"\xa9xyz", PLACE)))
    mdat64 = box64(b"mdat", b"\x00" * 64)
    assert_place(video_metadata(ftyp() + mdat64 + moov64))
    # a 64-bit mdat claiming 4 TB after moov is never read
    assert_place(video_metadata(ftyp() + box(b"moov", udta) + box64(b"mdat", b"x", 1 << 42)))
    # ...but one before moov (a capture that holds its first bytes only) hides moov: nothing
    assert video_metadata(ftyp() + box64(b"mdat", b"x" * 64, 1 << 42) + box(b"moov", udta)) is None


def test_size_zero_runs_to_the_end() -> None:
    moov = box(b"moov", mvhd() + box(b"udta", qt_text(b"\xa9xyz", PLACE)))
    last = struct.pack(">I", 0) + moov[4:]  # the last box with size 0
    assert_place(video_metadata(ftyp() + MDAT + last))
    # an mdat of size 0 ends the file: a moov "after" it is inside it, and not read
    mdat0 = struct.pack(">I", 0) + b"mdat" + b"\x00" * 32
    assert video_metadata(ftyp() + mdat0 + moov) is None


def test_what_is_in_mdat_is_not_read() -> None:
    fake = box(b"moov", box(b"udta", qt_text(b"\xa9xyz", PLACE)))
    assert video_metadata(ftyp() + box(b"mdat", fake) + box(b"moov", mvhd())) is None


# --- what is no video, or no place ----------------------------------------------------------

def test_a_video_with_no_location() -> None:
    moov = box(b"moov", mvhd() + TRAK + box(b"udta", qt_text(b"\xa9mak", b"Google")))
    meta = video_metadata(ftyp() + MDAT + moov)
    assert meta == {"Make": "Google"}
    assert video_metadata(ftyp() + MDAT + box(b"moov", mvhd() + TRAK)) is None
    no_place = APPLE_ITEMS[2:]
    meta = video_metadata(ftyp(b"qt  ") + box(b"moov", mdta_meta(no_place)))
    assert meta is not None and "GPSLatitude" not in meta and meta["Model"] == "iPhone 15 Pro"


def test_brands_decide_video_or_photo() -> None:
    for brands in ((b"isom", b"iso2"), (b"mp42", b"isom"), (b"qt  ",), (b"3gp5",), (b"M4V ",),
                   (b"3gp4", b"isom")):
        assert video_brand(ftyp(*brands), HEIF_BRANDS), brands
    for brands in ((b"heic", b"mif1"), (b"avif", b"mif1", b"miaf", b"iso8"),
                   (b"mif1", b"isom"), (b"M4A ", b"M4A "), (b"crx ", b"crx ")):
        assert not video_brand(ftyp(*brands), HEIF_BRANDS), brands
    assert not video_brand(b"\x00\x00\x00\x08ftyp", HEIF_BRANDS)  # too short to name a brand
    # a HEIC photo stays a photo, a video goes to video_meta through photo_metadata
    assert photo_metadata(heic(tiff_block())) == jpeg_exif(jpeg())
    assert photo_metadata(iphone_mov()) == video_metadata(iphone_mov())


def test_malformed_metadata_keeps_what_it_can() -> None:
    # a key index past the keys, an ilst item without data, a data box of another type
    hdlr = full_box(b"hdlr", bytes(4) + b"mdta" + bytes(13))
    keys = full_box(b"keys", struct.pack(">I", 2) + struct.pack(">I", 12) + b"mdtaabcd"
                    + struct.pack(">I", 44) + b"mdtacom.apple.quicktime.location.ISO6709")
    ilst = box(b"ilst", box(struct.pack(">I", 9), data_box(PLACE))
               + box(struct.pack(">I", 1), b"") + box(struct.pack(">I", 2), data_box(PLACE, 23)))
    assert video_metadata(ftyp(b"qt  ") + box(b"moov", box(b"meta", hdlr + keys + ilst))) is None
    # a keys count larger than the box, a short udta text length: no exception
    bad_keys = full_box(b"keys", struct.pack(">I", 1 << 30) + b"\x00\x00")
    assert video_metadata(ftyp() + box(b"moov", box(b"meta", hdlr + bad_keys))) is None
    short = box(b"\xa9xyz", struct.pack(">HH", 400, 0) + PLACE)  # length past the atom
    assert_place(video_metadata(ftyp() + box(b"moov", box(b"udta", short))))


FIXTURES = {"android": android_mp4(), "android-first": android_mp4(moov_last=False),
            "iphone": iphone_mov(), "iphone-full": iphone_mov(full=True),
            "loci": ftyp(b"3gp4") + box(b"moov", box(b"udta", loci(LON, LAT, 3))),
            "box64": ftyp() + box64(b"moov", box64(b"udta", qt_text(b"\xa9xyz", PLACE)))}


def _in_range(out: dict[str, object] | None) -> bool:
    if out is None:
        return True
    lat, lon = out.get("GPSLatitude", 0), out.get("GPSLongitude", 0)
    assert isinstance(lat, float | int) and isinstance(lon, float | int)
    return abs(lat) <= 90 and abs(lon) <= 180


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_every_truncation_never_raises(name: str) -> None:
    data = FIXTURES[name]
    results = [video_metadata(data[:cut]) for cut in range(len(data) + 1)]
    assert all(map(_in_range, results))
    assert results[-1] is not None and "GPSLatitude" in results[-1]
    assert results[len(data) // 3] is None or name in ("android-first", "loci", "box64")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(FIXTURES)), st.data())
def test_truncated_and_corrupted_never_raise(name: str, draw: st.DataObject) -> None:
    data = bytearray(FIXTURES[name])
    cut = draw.draw(st.integers(0, len(data)))
    for at, value in draw.draw(st.lists(st.tuples(st.integers(0, len(data) - 1),
                                                  st.integers(0, 255)), max_size=6)):
        data[at] = value
    assert _in_range(photo_metadata(bytes(data[:cut])))
    assert _in_range(video_metadata(bytes(data[:cut])))


def test_many_random_corruptions_never_raise() -> None:
    rnd = random.Random(17)
    for name, original in FIXTURES.items():
        for _ in range(400):
            data = bytearray(original)
            for _ in range(rnd.randrange(1, 6)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
            assert _in_range(video_metadata(bytes(data[:rnd.randrange(len(data) + 1)]))), name


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=512))
def test_a_video_ftyp_then_anything_never_raises(rest: bytes) -> None:
    assert _in_range(photo_metadata(ftyp() + rest))


def test_hostile_files_stay_bounded() -> None:
    hostile = [
        ftyp() + box(b"free") * 200_000,  # endless boxes: the walk stops
        ftyp() + box(b"moov", box(b"udta", box(b"free") * 200_000 + qt_text(b"\xa9xyz", PLACE))),
        ftyp(b"qt  ") + box(b"moov", box(b"meta", full_box(b"hdlr", bytes(4) + b"mdta" + bytes(13))
                                     + full_box(b"keys", struct.pack(">I", 1 << 31)
                                                + struct.pack(">I", 8) * 300_000))),
        ftyp() + box(b"mdat", bytes(8 << 20)) + box(b"moov", mvhd()),  # 8 MB of mdat
    ]
    for data in hostile:
        start = time.process_time()
        assert video_metadata(data) is None
        assert time.process_time() - start < 5.0  # bounded walks, generous for a shared CI


# --- an uploaded video, end to end -----------------------------------------------------------

def _multipart(video: bytes) -> Exchange:
    boundary = "b0undary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n"
            f"Pier walk\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"video\"; "
            f"filename=\"VID_20240501.mp4\"\r\nContent-Type: video/mp4\r\n\r\n").encode()
    body += video + f"\r\n--{boundary}--\r\n".encode()
    return Exchange(ts=0, method="POST", url="https://upload.clips.example/v1/media",
                    request_headers=(("content-type",
                                      f"multipart/form-data; boundary={boundary}"),),
                    request_body=body)


@pytest.mark.parametrize("name", ["android", "iphone", "loci", "box64"])
def test_an_uploaded_videos_place_is_a_precise_location(name: str) -> None:
    ex = _multipart(FIXTURES[name])
    found = {(f.path, f.category) for f in findings_for_exchange(1, ex, None)}
    assert ("video.exif.GPSLatitude", "location.precise") in found, found
    assert ("video.exif.GPSLongitude", "location.precise") in found, found
    assert ("video", "content.media") in found, found  # the video itself stays media
    notes = [m for _, m in missing(RequestSide("http", ex.url, ex.request_headers,
                                               ex.request_body, "up", False, None),
                                   decode_exchange(ex))]
    assert any("'video.exif'" in m for m in notes), notes


def test_an_uploaded_iphone_video_names_the_phone() -> None:
    found = {(f.path, f.category) for f in findings_for_exchange(1, _multipart(iphone_mov()),
                                                                 None)}
    assert ("video.exif.Model", "device.info") in found, found


def test_an_uploaded_video_without_a_place_gives_no_location() -> None:
    video = ftyp() + MDAT + box(b"moov", mvhd() + TRAK)
    found = findings_for_exchange(1, _multipart(video), None)
    assert not [f for f in found if f.category.startswith("location.")]


@pytest.mark.parametrize("wrap", ["plain", "data-uri"])
def test_a_video_sent_as_base64_in_json_gives_its_place(wrap: str) -> None:
    text = base64.b64encode(android_mp4()).decode()
    if wrap == "data-uri":
        text = "data:video/mp4;base64," + text
    ex = Exchange(ts=0, method="POST", url="https://api.clips.example/v1/upload",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"clip": text, "caption": "x"}).encode())
    found = {(f.path, f.category) for f in findings_for_exchange(1, ex, None)}
    assert ("clip.exif.GPSLatitude", "location.precise") in found, found
