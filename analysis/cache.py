"""The per-user cache directory and writes into it (XDG Base Directory spec:
``$XDG_CACHE_HOME``, else ``~/.cache``): files phonehome derives once per installation from its
package data — decompressed GeoIP databases, decoded world shapes — so later runs start fast.
Everything here can be deleted; it is rebuilt on the next run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
