"""Content encodings still on a body (RFC 9110 §8.4), undone before the body is decoded.

Bodies are stored after content decoding, but SDKs often compress a body without saying so (or
twice), so encodings are recognised by their magic bytes; brotli and raw DEFLATE have none and
are only tried when the Content-Encoding header names them. An encoding that fails never ends
decoding: the bytes go on to the body decoders as they are (``Undone.failed`` says why, for the
walker to record if no other decoder reads them either).
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis import decoders as registry
from analysis.decoders.base import BombError, DecodeError, printable_text

# Encodings sniffed by a magic too short to be sure of (RFC 1950 §2.2's 2-byte zlib header with
# a 1-in-31 check: "80" starts a valid one): failing undeclared, they were never there.
WEAK_MAGIC = frozenset({"deflate"})
MAX_LAYERS = 3  # compressed inside compressed, at most this deep


@dataclass(slots=True)
class Undone:
    data: bytes
    layers: tuple[str, ...]
    failed: str = ""  # "gzip: corrupt gzip stream: ..." when a present encoding failed
    bomb: str = ""  # set when the output passed MAX_OUTPUT: ``data`` is the output up to there


def undo_encodings(data: bytes, content_encoding: str) -> Undone:
    declared = [t.strip() for t in content_encoding.lower().split(",") if t.strip()]
    out = Undone(data, ())
    for _ in range(MAX_LAYERS):
        codec = next((c for c in registry.ENCODINGS.values() if c.sniff(out.data)), None)
        if codec is None and printable_text(out.data[:256]) is None:
            # no magic: brotli has none, and "deflate" declared may be raw DEFLATE (RFC 1951)
            # rather than the zlib stream RFC 9110 §8.4.1.2 asks for (many servers and clients
            # send it raw); tried only when the header names them and the bytes are not text
            for name in ("br", "deflate"):
                if name in declared:
                    codec = registry.ENCODINGS[name]
                    declared.remove(name)
                    break
        if codec is None:
            break
        try:
            out.data = codec.decode(out.data)
        except BombError as exc:
            # the output up to the cut is decoded like a body the capture cut short
            out.data, out.layers = exc.prefix, (*out.layers, codec.name)
            out.bomb = f"{codec.name}: {exc}"
            break
        except DecodeError as exc:
            # Corrupt or mislabelled (a stale header on a body the source already decoded):
            # the bytes are read as they are.
            if codec.name in declared or codec.name not in WEAK_MAGIC:
                out.failed = f"{codec.name}: {exc}"
            break
        out.layers = (*out.layers, codec.name)
    return out
