"""What is derived once per installation and remembered in the cache directory: parsed rule
files and suffix rules (``cache.derived_json``) and the embedded GeoIP databases' digests
(``geo_files._digest``). A cache that is missing, damaged or unwritable costs time, never a
wrong answer."""

from __future__ import annotations

import json
import os
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from analysis import geo_files, orgs
from analysis.cache import cache_dir, derived_json
from analysis.classifiers import rules


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_derived_once_then_read_back() -> None:
    calls: list[bytes] = []

    def make(source: bytes) -> dict[str, object]:
        calls.append(source)
        return {"n": len(source), "x": [1.5, True, None, "é"]}

    first = derived_json("t", b"abc", make)
    assert derived_json("t", b"abc", make) == first == {"n": 3, "x": [1.5, True, None, "é"]}
    assert calls == [b"abc"]  # the second came from the file
    assert derived_json("t", b"abcd", make)["n"] == 4  # other source, other file
    assert len(calls) == 2


def test_a_damaged_or_unwritable_cache_only_costs_the_parse(_cache: Path) -> None:
    assert derived_json("t", b"abc", lambda s: [s.decode()]) == ["abc"]
    (written,) = (cache_dir("derived")).glob("t-*.json")
    written.write_bytes(b'["abc", tru')  # cut short
    assert derived_json("t", b"abc", lambda s: ["again"]) == ["again"]
    blocked = _cache / "phonehome" / "derived"
    for f in blocked.iterdir():
        f.unlink()
    blocked.rmdir()
    blocked.write_text("a file where the directory should be")
    assert derived_json("t", b"xyz", lambda s: ["made"]) == ["made"]


def test_values_json_cannot_hold_are_returned_not_cached() -> None:
    class Odd:
        pass

    odd = Odd()
    assert derived_json("t", b"q", lambda s: [odd])[0] is odd
    assert not list(cache_dir("derived").glob("t-*.json"))


def test_rule_files_read_back_equal_their_parse() -> None:
    rules.load_toml.cache_clear()
    try:
        for name in ("keys.toml", "structures.toml", "calling_codes.toml"):
            parsed = tomllib.loads((rules.RULES_DIR / name).read_text("utf-8"))
            assert rules.load_toml(name) == parsed  # made and written
            rules.load_toml.cache_clear()
            assert rules.load_toml(name) == parsed  # read back from the JSON
    finally:
        rules.load_toml.cache_clear()
    psl = (resources.files("publicsuffixlist") / "public_suffix_list.dat").read_bytes()
    assert orgs.icann_rules() == orgs._icann_rules(psl) == orgs.icann_rules()  # made, read


def test_geoip_digests_are_remembered_by_file_stamp(monkeypatch: pytest.MonkeyPatch) -> None:
    name = "dbip-country.mmdb.xz"
    key, blob = geo_files._digest(name)
    assert blob is not None and len(key) == 16  # read and hashed the first time
    assert geo_files._digest(name) == (key, None)  # then remembered
    memo_file = cache_dir("geoip") / "digests.json"
    memo = json.loads(memo_file.read_text())
    (slot,) = memo
    other = slot.rsplit(" ", 1)[0] + " 1"  # another inode: another installation's file
    memo_file.write_text(json.dumps({other: "0" * 16}))
    again, blob = geo_files._digest(name)
    assert again == key and blob is not None
    # both are kept: two installations sharing the cache do not evict each other
    assert json.loads(memo_file.read_text()) == {other: "0" * 16, slot: key}
    memo_file.write_text("{not json")
    assert geo_files._digest(name)[0] == key
    db = geo_files.open_embedded(name)
    assert db is not None
    assert os.path.exists(cache_dir("geoip") / f"dbip-country-{key}.mmdb")
