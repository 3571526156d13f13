"""File formats by their magic numbers (the file signatures of their specifications: JPEG
``FF D8 FF``, PNG, GIF, RIFF WebP/WAV, ISO BMFF ``ftyp``, Ogg, FLAC, MP3/ID3, AMR, PDF, ZIP): what
a body or a part kept as is holds. A body that is such a file is kept raw and explained as that
file (``passes.kept_raw``), not as a body no decoder understands (QA79: a WAV upload)."""

from __future__ import annotations

# (signature, offset, what it is, whether it carries metadata of its own: EXIF, XMP, tags)
SIGNATURES: tuple[tuple[bytes, int, str, bool], ...] = (
    (b"\xff\xd8\xff", 0, "a JPEG image", True),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image", True),
    (b"GIF8", 0, "a GIF image", False),
    (b"WEBP", 8, "a WebP image", True),
    (b"WAVE", 8, "a WAV recording", True),
    (b"ftypheic", 4, "a HEIC image", True),
    (b"ftypmif1", 4, "a HEIF image", True),
    (b"ftyp", 4, "an MP4/MOV/M4A media file", True),
    (b"OggS", 0, "an Ogg recording", True),
    (b"fLaC", 0, "a FLAC recording", True),
    (b"ID3", 0, "an MP3 recording", True),
    (b"#!AMR", 0, "an AMR recording", False),
    (b"%PDF", 0, "a PDF document", True),
    (b"PK\x03\x04", 0, "a ZIP archive", False),
)


def file_kind(head: bytes) -> tuple[str, bool] | None:
    """What a file starting with ``head`` is and whether it carries its own metadata, or None
    for bytes of no known format. A RIFF file's kind at offset 8 only after "RIFF", an ISO
    BMFF "ftyp" only after a plausible box size (8 to 255 bytes): alone, four bytes inside a
    msgpack or a protobuf body match by chance (the second review)."""
    for magic, offset, name, meta in SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            if offset == 8 and head[:4] != b"RIFF":
                continue
            if magic.startswith(b"ftyp") and not 8 <= int.from_bytes(head[:4], "big") <= 255:
                continue
            return name, meta
    return None
