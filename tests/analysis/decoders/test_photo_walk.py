"""Photos uploaded as PNG, HEIC or WebP are read like JPEGs by the decoder walk: their EXIF GPS
is the phone's precise location, the photo itself stays media, and the kept-raw note says the
EXIF was read (walk.py calls ``photo_meta.photo_metadata``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.decoders import decode_exchange
from analysis.passes.classify import findings_for_exchange
from analysis.passes.kept_raw import missing
from analysis.store.fields import RequestSide
from tests.analysis.decoders.test_exif import _multipart
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
