"""The per-user cache directory and writes into it (XDG Base Directory spec:
``$XDG_CACHE_HOME``, else ``~/.cache``): files phonehome derives once per installation from its
package data — decompressed GeoIP databases, decoded world shapes, parsed rule files — so later
runs start fast.
Everything here can be deleted; it is rebuilt on the next run."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir(*parts: str) -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg, "phonehome", *parts)


def write_atomic(target: Path, data: bytes) -> None:
    """Write then rename: a concurrent or interrupted run never reads half a file. Raises
    ``OSError`` when the directory cannot be made or written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, target)


def derived_json(kind: str, source: bytes, make: Callable[[bytes], Any]) -> Any:
    """``make(source)``, remembered as JSON in the cache directory under a digest of ``source``
    and the version of ``make``'s code (``kind``): a rule file's parsed TOML, the public suffix
    list's rules. Reading the JSON back (the C parser) takes a tenth of parsing TOML in Python:
    keys.toml 1 ms against 17 ms of every run (measured). A value JSON cannot hold exactly
    (tuples, dates, non-string keys) must not be made here: the caller's ``make`` returns plain
    dicts, lists, strings, numbers and booleans. A cache file that cannot be read or written
    only costs the parse."""
    digest = hashlib.blake2b(source, digest_size=12).hexdigest()
    target = None
    try:  # (no home directory to find the cache in raises RuntimeError: Path.home)
        target = cache_dir("derived") / f"{kind}-{digest}.json"
        return json.loads(target.read_bytes())
    except (OSError, ValueError, RuntimeError):
        pass
    value = make(source)
    if target is not None:
        with contextlib.suppress(OSError, TypeError, ValueError):
            write_atomic(target, json.dumps(value, separators=(",", ":")).encode())
    return value


def cached_toml(source: bytes) -> dict[str, Any]:
    """A TOML file's text parsed (``tomllib``), through ``derived_json``."""
    return derived_json(  # type: ignore[no-any-return]
        "toml", source, lambda data: tomllib.loads(data.decode("utf-8")))
