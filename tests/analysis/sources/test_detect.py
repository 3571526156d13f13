"""Format detection from content, and the clear errors for files of no known format."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from analysis.sources.base import SourceError
from analysis.sources.detect import detect


@pytest.mark.parametrize(
    ("head", "kind"),
    [(b"\xd4\xc3\xb2\xa1", "pcap"), (b"\xa1\xb2\xc3\xd4", "pcap"), (b"\x4d\x3c\xb2\xa1", "pcap"),
     (b"\x0a\x0d\x0d\x0a", "pcapng"), (b'{"log": {}}', "har"), (b"\xef\xbb\xbf {", "har"),
     (b"1234:4:type;", "mitm"), (zlib.compress(b'{"log": {"entries": []}}'), "har")],
)
def test_detects_by_content_not_extension(tmp_path: Path, head: bytes, kind: str) -> None:
    path = tmp_path / "capture.txt"  # a misleading extension
    path.write_bytes(head + b"\0" * 32)
    assert detect(path) == kind


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"hello, I am a text file\n", "is a text file of no known capture format"),
     (b"\x00\x01\x02\xff\xfe", "is binary data"), (b"[1, 2]", "JSON array"),
     (b"\x1f\x8b\x08\x00", "gzip-compressed"),
     # QA174, QA178: a key log given as the capture says where it goes
     (b"CLIENT_RANDOM " + b"ab" * 32 + b" " + b"cd" * 48 + b"\n", "give it with --keylog"),
     (b"# SSL/TLS secrets log file\nCLIENT_HANDSHAKE_TRAFFIC_SECRET " + b"ab" * 32 + b" x\n",
      "is a TLS key log")],
)
def test_unknown_formats_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "thing.pcap"
    path.write_bytes(content)
    with pytest.raises(SourceError) as err:
        detect(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_directory_and_missing(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="is a directory"):
        detect(tmp_path)
    with pytest.raises(SourceError, match="cannot be read"):
        detect(tmp_path / "missing.har")
