"""What decoding reads of one exchange (``Request``: an ``Exchange`` or the decode pass's lighter
view of a stored row) and two things read from it: a header's value (names compared
case-insensitively, RFC 9110 §5.1) and the note on a body cut short."""

from __future__ import annotations

from typing import Protocol


class Request(Protocol):
    """What decoding reads of an exchange: an ``Exchange``, or the decode pass's lighter view of
    a stored row (``analysis.store.fields.RequestSide``)."""

    @property
    def kind(self) -> str: ...
    @property
    def url(self) -> str | None: ...
    @property
    def request_headers(self) -> tuple[tuple[str, str], ...]: ...
    @property
    def request_body(self) -> bytes | None: ...
    @property
    def direction(self) -> str: ...
    @property
    def request_truncated(self) -> bool: ...
    @property
    def request_body_size(self) -> int | None: ...


def cut_note(ex: Request) -> str:
    """Why a request's body is shorter than sent, for the errors of a body cut short."""
    if not ex.request_truncated or not ex.request_body:
        return ""
    size = ex.request_body_size
    of = f" of {size:,}" if size and size > len(ex.request_body) else ""
    # The record does not say which cut it: the capture (snap length, a file ending early) or
    # phonehome's --max-body bound on import (the body after content decoding); say both.
    return (f"body cut at {len(ex.request_body):,}{of} bytes, by the capture or by the "
            "--max-body limit on import (re-ingest with a larger --max-body if the capture "
            "holds more)")


def header_value(ex: Request, name: str) -> str:
    """The value of the request's first header of that (lower-case) name, or ""."""
    for k, v in ex.request_headers:
        if k.lower() == name:
            return v
    return ""
