"""Offline pcap and pcapng captures: connections, DNS answers, TLS/QUIC SNI, HTTP exchanges.

``read(path, options)`` streams a capture of any size in bounded memory: container records
(``container``) go through link/IP headers (``link``, ``tunnel``, ``frag``), flows and TCP
reassembly (``flows``, ``flow``, ``tcp``), then application handlers chosen from the first
client bytes (``apps``: TLS handshake, HTTP/1 via ``http1``, HTTP/2 via ``http2``, DNS over TCP,
SOCKS via ``socks``); ``quic`` reads QUIC Initials, ``dns`` DNS messages. With a key log
(``options.keylog``, via ``keylog``, or pcapng Decryption Secrets Blocks) TLS is decrypted
(``tlsdecrypt``) and the HTTP inside becomes exchanges (``https://``). PCAPdroid app
attribution comes from ``pcapdroid``. Hot structures are parsed with ``struct``; scapy is not
used at run time (it is ~100x slower per packet here, see ``dns``).

Errors never end the read: a malformed packet is counted into an aggregated ``ReadError``; a
file cut short yields everything before the cut, then a ``truncated`` error with the byte
offset. ``SourceError`` is raised only when the file cannot be read as a capture at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.records import ReadError
from analysis.sources.base import Item, SourceError, SourceOptions
from analysis.sources.detect import PCAP_MAGICS, PCAPNG_MAGIC
from analysis.sources.pcap import pcapdroid
from analysis.sources.pcap.container import EVENT, read_pcap, read_pcapng
from analysis.sources.pcap.flows import Engine

kind = "pcap"
PROGRESS_EVERY = 4096
_DEBUG = bool(os.environ.get("PHONEHOME_PCAP_DEBUG"))  # let dissector bugs raise (fuzzing)


def read(path: Path, options: SourceOptions,
         progress: Callable[[int], None] | None = None) -> Iterator[Item]:
    """Stream the records of one pcap/pcapng file. ``progress`` gets the byte offset reached."""
    path = Path(path)
    spath = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise SourceError(path, f"cannot be read: {exc.strerror or exc}") from exc
    with fh:
        magic = fh.read(4)
        fh.seek(0)
        if magic in PCAP_MAGICS:
            records = read_pcap(fh, spath)
        elif magic == PCAPNG_MAGIC:
            records = read_pcapng(fh, spath)
        else:
            raise SourceError(path, "is neither pcap nor pcapng (bad magic number)", 0)
        engine = Engine(spath, options)
        yield from _run(engine, records, progress)


def _run(engine: Engine, records: Iterator[tuple], progress: Callable[[int], None] | None
         ) -> Iterator[Item]:
    tail: list[ReadError] = []
    uid_apps: dict[int, str] = {}
    packet = engine.packet
    n = 0
    for rec in records:
        linktype = rec[0]
        if linktype != EVENT:
            data = rec[2]
            app = None
            if rec[5] is not None:
                uid = pcapdroid.comment_uid(rec[5])
                if uid is not None:
                    app = uid_apps.get(uid, f"uid {uid}")
            elif linktype == 1 and data[-32:-28] == pcapdroid.TRAILER_MAGIC:
                app = pcapdroid.trailer_app(data)
            try:
                packet(linktype, rec[1], data, rec[4], app)
            except Exception as exc:  # a dissector bug must not lose the capture
                if _DEBUG:
                    raise
                engine.problem("internal-error", f"{type(exc).__name__} while dissecting a "
                               "packet; the packet was skipped")
            if engine.out:
                out, engine.out = engine.out, []
                yield from out
            n += 1
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(rec[4])
            continue
        kind_, payload = rec[1], rec[2]
        if kind_ == "error":
            if payload.kind == "truncated":
                tail.append(payload)
            else:
                yield payload
        elif kind_ == "secrets":
            engine.offset = rec[3]
            engine.keys.load(payload, engine.problem)
        elif kind_ == "custom" and payload[0] == pcapdroid.PEN:
            mapping = pcapdroid.uid_mapping(payload[1], payload[2])
            if mapping is not None:
                uid_apps[mapping[0]] = mapping[1]
    engine.finish()
    yield from engine.out
    engine.out = []
    yield from tail
