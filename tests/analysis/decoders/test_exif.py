"""EXIF in a JPEG (``analysis/decoders/exif.py``): a photo's GPS position, camera and time, built
here byte by byte per Exif 2.32 / TIFF 6.0, read in a multipart upload as the phone's precise
location (QA29: EXIF GPS in an uploaded photo went unread)."""

from __future__ import annotations

import random
import struct

import pytest

from analysis.decoders import decode_exchange
from analysis.decoders.exif import jpeg_exif
from analysis.passes.classify import findings_for_exchange
from analysis.passes.kept_raw import missing
from analysis.records import Exchange
from analysis.store.fields import RequestSide


def _rationals(value: float) -> bytes:
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60 * 10000)
    return struct.pack("<6I", d, 1, m, 1, s, 10000)


def jpeg(lat: float | None = 39.09685, lon: float | None = -120.03236,
         order: str = "<") -> bytes:
    """A JPEG with an APP1 Exif segment: IFD0 (Make, Model, GPS pointer) and a GPS IFD."""
    make, model = b"Pixel\x00", b"Pixel 7\x00"
    # layout: header 8, IFD0 at 8 (3 entries: 2 + 36 + 4 = 42), GPS IFD at 50 (4 entries: 54),
    # then the data area at 104: make, model, lat rationals, lon rationals
    data_at = 104
    make_at, model_at = data_at, data_at + len(make)
    lat_at = model_at + len(model)
    lon_at = lat_at + 24

    def entry(tag: int, kind: int, count: int, value: bytes) -> bytes:
        return struct.pack(order + "HHI", tag, kind, count) + value.ljust(4, b"\x00")

    def at(offset: int) -> bytes:
        return struct.pack(order + "I", offset)

    ifd0 = (struct.pack(order + "H", 3) + entry(0x010F, 2, len(make), at(make_at))
            + entry(0x0110, 2, len(model), at(model_at)) + entry(0x8825, 4, 1, at(50))
            + at(0))
    gps = [entry(1, 2, 2, b"S\x00" if (lat or 0) < 0 else b"N\x00"),
           entry(3, 2, 2, b"W\x00" if (lon or 0) < 0 else b"E\x00")]
    if lat is not None:
        gps.append(entry(2, 5, 3, at(lat_at)))
    if lon is not None:
        gps.append(entry(4, 5, 3, at(lon_at)))
    gps_ifd = struct.pack(order + "H", len(gps)) + b"".join(gps) + at(0)
    tiff = ((b"II*\x00" if order == "<" else b"MM\x00*") + at(8) + ifd0).ljust(50, b"\x00")
    tiff = (tiff + gps_ifd).ljust(data_at, b"\x00") + make + model
    tiff += _rationals(abs(lat or 0)) if order == "<" else struct.pack(
        ">6I", *struct.unpack("<6I", _rationals(abs(lat or 0))))
    tiff += _rationals(abs(lon or 0)) if order == "<" else struct.pack(
        ">6I", *struct.unpack("<6I", _rationals(abs(lon or 0))))
    app1 = b"Exif\x00\x00" + tiff
    return (b"\xff\xd8" + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
            + b"\xff\xda\x00\x08" + bytes(range(200)) + b"\xff\xd9")


@pytest.mark.parametrize("order", ["<", ">"])
def test_gps_camera_and_signs_are_read(order: str) -> None:
    exif = jpeg_exif(jpeg(order=order))
    assert exif is not None
    assert exif["Make"] == "Pixel" and exif["Model"] == "Pixel 7"
    assert exif["GPSLatitude"] == pytest.approx(39.09685, abs=1e-5)
    assert exif["GPSLongitude"] == pytest.approx(-120.03236, abs=1e-5)


def test_no_exif_and_garbage_give_nothing() -> None:
    assert jpeg_exif(b"\xff\xd8\xff\xdb" + bytes(300)) is None
    assert jpeg_exif(b"not a jpeg") is None
    rnd = random.Random(7)
    for _ in range(2000):  # truncated and corrupted headers never raise
        data = bytearray(jpeg())
        cut = rnd.randrange(4, len(data))
        for _ in range(rnd.randrange(1, 6)):
            data[rnd.randrange(4, len(data))] = rnd.randrange(256)
        out = jpeg_exif(bytes(data[:cut]))
        # whatever survives is a field set within range, never an exception
        assert out is None or (abs(out.get("GPSLatitude", 0)) <= 90
                               and abs(out.get("GPSLongitude", 0)) <= 180)


def _multipart(photo: bytes) -> Exchange:
    boundary = "b0undary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n"
            f"Lake day\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; "
            f"filename=\"IMG_2041.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").encode()
    body += photo + f"\r\n--{boundary}--\r\n".encode()
    return Exchange(ts=0, method="POST", url="https://upload.snap.example/v1/media",
                    request_headers=(("content-type",
                                      f"multipart/form-data; boundary={boundary}"),),
                    request_body=body)


def test_an_uploaded_photos_gps_is_a_precise_location_and_the_photo_stays_media() -> None:
    found = {(f.path, f.category) for f in findings_for_exchange(1, _multipart(jpeg()), None)}
    assert ("photo.exif.GPSLatitude", "location.precise") in found
    assert ("photo.exif.GPSLongitude", "location.precise") in found
    assert ("photo", "content.media") in found


def test_the_kept_raw_note_says_the_exif_was_read() -> None:
    ex = _multipart(jpeg())
    notes = [m for _, m in missing(RequestSide("http", ex.url, ex.request_headers,
                                               ex.request_body, "up", False, None),
                                   decode_exchange(ex))]
    assert any("its EXIF camera, time and GPS fields were read" in m for m in notes), notes


def test_a_fixless_gps_entry_keeps_the_camera() -> None:
    data = bytearray(jpeg())
    at = data.index(struct.pack("<6I", *struct.unpack("<6I", _rationals(39.09685))))
    data[at:at + 24] = struct.pack("<6I", 0, 0, 0, 0, 0, 0)  # 0/0: no fix
    exif = jpeg_exif(bytes(data))
    assert exif is not None and exif["Model"] == "Pixel 7" and "GPSLatitude" not in exif
    assert exif["GPSLongitude"] == pytest.approx(-120.03236, abs=1e-5)
