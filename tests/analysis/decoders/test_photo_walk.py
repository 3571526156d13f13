"""Photos uploaded as PNG, HEIC or WebP are read like JPEGs by the decoder walk: their EXIF GPS
is the phone's precise location, the photo itself stays media, and the kept-raw note says the
EXIF was read (walk.py calls ``photo_meta.photo_metadata``)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import pytest

from analysis.decoders import decode_exchange
from analysis.decoders.photo_meta import base64_photo_metadata, photo_metadata
from analysis.passes.classify import findings_for_exchange
from analysis.passes.kept_raw import missing
from analysis.records import Exchange
from analysis.store.fields import RequestSide
from tests.analysis.decoders.test_exif import _multipart, jpeg
from tests.analysis.decoders.test_photo_meta import chunk, heic, png, tiff_block, webp

CONTAINERS: dict[str, Callable[[], bytes]] = {
    "png": lambda: png(chunk(b"eXIf", tiff_block())),
    "heic": lambda: heic(tiff_block()),
    "webp": lambda: webp(tiff_block()),
}


@pytest.mark.parametrize("name", sorted(CONTAINERS))
def test_an_uploaded_photos_gps_is_read_whatever_the_container(name: str) -> None:
    ex = _multipart(CONTAINERS[name]())
    found = {(f.path, f.category) for f in findings_for_exchange(1, ex, None)}
    assert ("photo.exif.GPSLatitude", "location.precise") in found
    assert ("photo.exif.GPSLongitude", "location.precise") in found
    assert ("photo", "content.media") in found
    notes = [m for _, m in missing(RequestSide("http", ex.url, ex.request_headers,
                                               ex.request_body, "up", False, None),
                                   decode_exchange(ex))]
    assert any("its EXIF camera, time and GPS fields were read" in m for m in notes), notes


def test_a_png_without_exif_gives_no_location() -> None:
    found = findings_for_exchange(1, _multipart(png()), None)
    assert not [f for f in found if f.category.startswith("location.")]


def _json_upload(body: dict[str, object]) -> Exchange:
    return Exchange(ts=0, method="POST", url="https://api.snap.example/v1/upload",
                    request_headers=(("content-type", "application/json"),),
                    request_body=json.dumps(body).encode())


@pytest.mark.parametrize("name", [*sorted(CONTAINERS), "jpeg", "tiff"])
@pytest.mark.parametrize("wrap", ["plain", "data-uri", "urlsafe-lines"])
def test_a_photo_sent_as_base64_in_json_gives_its_gps(name: str, wrap: str) -> None:
    data = jpeg() if name == "jpeg" else tiff_block() if name == "tiff" else CONTAINERS[name]()
    text = base64.b64encode(data).decode()
    if wrap == "data-uri":
        text = "data:image/png;base64," + text
    elif wrap == "urlsafe-lines":
        text = base64.urlsafe_b64encode(data).decode().rstrip("=")
        text = "\n".join(text[i:i + 76] for i in range(0, len(text), 76))
    found = {(f.path, f.category) for f in findings_for_exchange(
        1, _json_upload({"image": text, "caption": "x"}), None)}
    assert ("image.exif.GPSLatitude", "location.precise") in found, found


def test_base64_text_that_is_no_photo_gives_nothing_more() -> None:
    blob = base64.b64encode(bytes(range(256)) * 4).decode()
    fake = "/9j/" + "A" * 400  # a JPEG's opening, then nothing that reads
    assert base64_photo_metadata(blob) is None and base64_photo_metadata(fake) is None
    found = {f.path for f in findings_for_exchange(1, _json_upload({"blob": blob}), None)}
    assert not any(".exif." in p for p in found)


def test_a_tiff_or_dng_file_is_read_as_its_own_tiff_block() -> None:
    meta = photo_metadata(tiff_block())
    assert meta is not None and "GPSLatitude" in meta
