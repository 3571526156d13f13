"""Files saved by Windows tools (QA3 P30): a UTF-8 BOM is dropped from device.toml,
claims.toml, store labels and key logs; a UTF-16 key log is decoded; a UTF-16 TOML file gets a
clear message."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from analysis.claims import ClaimsError, load_claims
from analysis.labels import LabelError, load_label
from analysis.profile import ProfileError, load_profile
from analysis.sources.pcap.keylog import Keys

CLAIMS = 'app = "com.example.a"\n[[claim]]\nid = "c"\ntext = "t"\ndata = ["id.advertising"]\n' \
         'expect = "absent"\n'
DEVICE = '[device]\nplatform = "android"\ncountry = "DE"\n'
LABEL = 'store = "apple"\ndata_not_collected = true\n'
KEYS = ("CLIENT_RANDOM " + "ab" * 32 + " " + "cd" * 48 + "\r\n"
        "CLIENT_TRAFFIC_SECRET_0 " + "ef" * 32 + " " + "01" * 32 + "\r\n")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_bom_is_dropped_from_the_files_a_user_writes(tmp_path: Path) -> None:
    bom = codecs.BOM_UTF8
    assert load_claims(_write(tmp_path, "c.toml", bom + CLAIMS.encode())).app == "com.example.a"
    assert load_profile(_write(tmp_path, "d.toml", bom + DEVICE.encode())).device.country == "DE"
    assert load_label(_write(tmp_path, "l.toml", bom + LABEL.encode())).data_not_collected


@pytest.mark.parametrize(("loader", "error", "text"), [
    (load_claims, ClaimsError, CLAIMS), (load_profile, ProfileError, DEVICE),
    (load_label, LabelError, LABEL)])
def test_utf16_toml_says_save_it_as_utf8(tmp_path: Path, loader: object, error: type,
                                        text: str) -> None:
    path = _write(tmp_path, "x.toml", text.encode("utf-16"))  # with its BOM
    with pytest.raises(error, match=r"x\.toml: is UTF-16 text .*: save it as UTF-8"):
        loader(path)  # type: ignore[operator]


@pytest.mark.parametrize("data", [codecs.BOM_UTF8 + KEYS.encode(), KEYS.encode("utf-16"),
                                  codecs.BOM_UTF16_BE + KEYS.encode("utf-16-be")])
def test_key_log_with_a_bom_or_in_utf16_keeps_every_line(tmp_path: Path, data: bytes) -> None:
    problems: list[str] = []
    keys = Keys()
    keys.load_file(_write(tmp_path, "keys.txt", data), lambda kind, _msg: problems.append(kind))
    assert problems == []
    assert keys.has(bytes.fromhex("ab" * 32)) and keys.has(bytes.fromhex("ef" * 32))
