"""Reading the text files a user writes (device.toml, claims.toml, store labels): UTF-8, with
the byte-order marks Windows editors add handled (QA3 P30).

TOML 1.0 files are UTF-8. Notepad's "UTF-8 with BOM" puts EF BB BF first, which ``tomllib``
reads as an invalid statement at line 1, column 1: the mark is dropped. A UTF-16 or UTF-32
file (Windows PowerShell 5 ``>`` writes UTF-16) is not guessed at: the message says to save it
as UTF-8.
"""

from __future__ import annotations

import codecs
from pathlib import Path

WIDE_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
             (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"))


class TextFileError(ValueError):
    """The file is not UTF-8 text; the message says what it is instead."""


def read_utf8(path: Path) -> str:
    """The file's text without a UTF-8 byte-order mark. Raises ``FileNotFoundError`` and
    ``TextFileError``."""
    data = path.read_bytes()
    for bom, name in WIDE_BOMS:
        if data.startswith(bom):
            raise TextFileError(f"is {name} text (it starts with a {name} byte-order mark): "
                                "save it as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TextFileError(f"not UTF-8 text: {exc}") from exc
