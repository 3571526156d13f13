"""NSS key log files (the SSLKEYLOGFILE format of NSS, Firefox, Chrome, curl and OpenSSL;
https://firefox-source-docs.mozilla.org/security/nss/legacy/key_log_format/ and
draft-ietf-tls-keylogfile): ``LABEL <client_random hex> <secret hex>`` per line, ``#`` comments.

The same text comes from ``--keylog FILE`` or from pcapng Decryption Secrets Blocks. Secrets are
indexed by ClientHello random; a session is built once the ServerHello names the cipher suite.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.sources.base import SourceError
from analysis.sources.pcap.tls import ServerHello

if TYPE_CHECKING:
    from analysis.sources.pcap.tlsdecrypt import Session

Problem = Callable[[str, str], None]


def _plain(data: bytes) -> bytes:
    """Key log bytes as ASCII lines: Windows tools save "UTF-8 with BOM" (Notepad) or UTF-16
    with a BOM (PowerShell 5 ``>``); the mark would spoil the first line (QA3 P30)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):]
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            # Non-ASCII is never valid in a key log line: such a line is reported as bad.
            return data.decode(codec, errors="replace").encode("utf-8")
    return data


class Keys:
    def __init__(self) -> None:
        self.secrets: dict[bytes, dict[str, bytes]] = {}

    def __bool__(self) -> bool:
        return bool(self.secrets)

    def load_file(self, path: Path, problem: Problem) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(path, f"key log cannot be read: {exc.strerror or exc}") from exc
        if self.load(data, problem) == 0:
            raise SourceError(path, "key log has no NSS key log lines (LABEL <client_random> "
                              "<secret>); is it the right file?")

    def load(self, data: bytes, problem: Problem) -> int:
        """Add key log lines; returns how many were usable. Bad lines are counted."""
        data = _plain(data)
        n = 0
        for raw in data.splitlines():
            line = raw.strip()
            if not line or line.startswith(b"#"):
                continue
            parts = line.split()
            try:
                if len(parts) != 3:
                    raise ValueError(line[:40])
                label = parts[0].decode("ascii")
                random, secret = bytes.fromhex(parts[1].decode()), bytes.fromhex(
                    parts[2].decode())
            except (ValueError, UnicodeDecodeError):
                problem("bad-keylog-line", "key log line is not 'LABEL <hex> <hex>'; ignored")
                continue
            self.secrets.setdefault(random, {})[label] = secret
            n += 1
        return n

    def has(self, client_random: bytes) -> bool:
        return client_random in self.secrets

    def session(self, client_random: bytes, hello: ServerHello, problem: Problem
                ) -> Session | None:
        from analysis.sources.pcap.tlsdecrypt import make_session  # cryptography: on demand
        return make_session(self.secrets.get(client_random, {}), client_random, hello, problem)
