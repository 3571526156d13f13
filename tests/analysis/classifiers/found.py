"""What the classifiers find in one JSON request, by path: the shared helper of the classifier
tests (path -> category -> rule id)."""

from __future__ import annotations

import json

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange, ExchangeKind, Finding


def found_in(body: object, url: str = "https://sdk.example/v1") -> dict[str, dict[str, str]]:
    return {path: {cat: f.rule or "" for cat, f in cats.items()}
            for path, cats in _findings(body, url).items()}


def confidences_in(body: object,
                   url: str = "https://api.example/v1/x") -> dict[str, dict[str, float]]:
    """path -> category -> confidence, whatever the confidence."""
    return {path: {cat: f.confidence for cat, f in cats.items()}
            for path, cats in _findings(body, url).items()}


def _findings(body: object, url: str) -> dict[str, dict[str, Finding]]:
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    out: dict[str, dict[str, Finding]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        out.setdefault(f.path, {})[f.category] = f
    return out


def found_in_form(body: str, url: str = "https://sdk.example/v1") -> dict[str, dict[str, str]]:
    """The same for a form-encoded body (``name=value&...`` as sent)."""
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/x-www-form-urlencoded"),),
                  request_body=body.encode())
    out: dict[str, dict[str, str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        out.setdefault(f.path, {})[f.category] = f.rule or ""
    return out


def strong_in(body: object, url: str = "https://api.example/v1/x",
              headers: tuple[tuple[str, str], ...] = ()) -> dict[str, set[str]]:
    """path -> categories found at a confidence that can violate a claim (0.6+)."""
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/json"), *headers),
                  request_body=json.dumps(body).encode())
    out: dict[str, set[str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        if f.confidence >= 0.6:
            out.setdefault(f.path, set()).add(f.category)
    return out


def strong_in_frame(message: object, url: str) -> dict[str, set[str]]:
    """The same for a WebSocket message sent up the socket at ``url``."""
    ex = Exchange(ts=0, method=None, url=url, kind=ExchangeKind.WEBSOCKET, direction="up",
                  request_headers=(), request_body=json.dumps(message).encode())
    out: dict[str, set[str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        if f.confidence >= 0.6:
            out.setdefault(f.path, set()).add(f.category)
    return out
