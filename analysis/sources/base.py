"""The interface every capture source implements, and the errors it may raise.

A source turns one file into a stream of records (``analysis.records``). It yields what it can
read and a ``ReadError`` for what it cannot (a malformed packet, an undecodable body, a file cut
short at some byte offset): partial data before a truncation is kept. It raises ``SourceError``
only when nothing in the file can be read as its format. This split follows dpkt's distinction
between "not this format" and "truncated".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from analysis.errors import PhonehomeError
from analysis.records import Connection, DnsAnswer, Exchange, ReadError

Item = Exchange | Connection | DnsAnswer | ReadError

DEFAULT_MAX_BODY = 4 * 1024 * 1024


class SourceError(PhonehomeError):
    """A capture file cannot be read at all. The message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str, offset: int | None = None) -> None:
        where = f" at byte {offset}" if offset is not None else ""
        super().__init__(f"{path}: {problem}{where}")
        self.path = str(path)
        self.problem = problem
        self.offset = offset


@dataclass(frozen=True, slots=True)
class SourceOptions:
    keylog: Path | None = None
    max_body: int = DEFAULT_MAX_BODY


class Source(Protocol):
    kind: str

    def read(self, path: Path, options: SourceOptions) -> Iterator[Item]: ...
