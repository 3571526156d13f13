"""Wire helpers for the sixth (blind) evaluation set: raw bodies, multipart/form-data (RFC 7578),
schema-less protobuf (wire format per protobuf.dev "Encoding": varint, 64-bit, length-delimited
and 32-bit fields), bare JWTs (RFC 7519), HTTP content codings (RFC 9110 §8.4: gzip, deflate as
the zlib format, br per RFC 7932, zstd per RFC 8878) and a path check against the decoders.

Labels follow ``eval_payloads``: ``L(value, category)`` marks a leaf; paths are DESIGN.md's.
"""

from __future__ import annotations

import base64
import dataclasses
import gzip
import json
import random
import struct
import zlib
from typing import Any

from eval_payloads import Case, L, case, resolve

DEV, USAGE, BUY = "device.info", "behavior.usage", "financial.purchase"
CARRIER, COARSE, PRECISE = "location.carrier", "location.coarse", "location.precise"
CRED, MEDIA = "secret.credential", "content.media"
E164, NATIONAL, DIGITS = "+15550100199", "(555) 010-0199", "5550100199"
DASHED = "555-010-0199"


def raw(family: str, url: str, data: bytes, ctype: str, labels: dict[str, str],
        headers: dict[str, Any] | None = None, method: str = "POST",
        cookies: dict[str, Any] | None = None) -> Case:
    """A case whose body is given as bytes, with its body labels."""
    c = case(family, url, headers=headers, cookies=cookies)
    hdrs = (*c.exchange.request_headers, ("Content-Type", ctype))
    c.exchange = dataclasses.replace(c.exchange, method=method, request_headers=hdrs,
                                     request_body=data)
    c.labels.update({("body", p): cat for p, cat in labels.items()})
    return c


def encode(c: Case, coding: str) -> Case:
    """Compress the body with an HTTP content coding and say so in Content-Encoding."""
    data = c.exchange.request_body or b""
    if coding == "gzip":
        out = gzip.compress(data)
    elif coding == "deflate":
        out = zlib.compress(data)
    elif coding == "br":
        import brotli

        out = brotli.compress(data)
    else:
        import zstandard

        out = zstandard.ZstdCompressor().compress(data)
    hdrs = (*c.exchange.request_headers, ("Content-Encoding", coding))
    c.exchange = dataclasses.replace(c.exchange, request_headers=hdrs, request_body=out)
    return c


def multipart(family: str, url: str, parts: list[tuple[str, str | None, str, Any]],
              headers: dict[str, Any] | None = None,
              cookies: dict[str, Any] | None = None) -> Case:
    """multipart/form-data; a part's labels start at its name, a file part is one field."""
    boundary = "----phx6" + "0a1b2c3d4e5f"
    labels: dict[str, str] = {}
    out = bytearray()
    for name, filename, ctype, content in parts:
        if isinstance(content, L) and isinstance(content.value, bytes):
            labels[name] = content.category
            body = content.value
        elif isinstance(content, bytes):
            body = content
        elif ctype == "application/json":
            body = json.dumps(resolve(content, name, labels)).encode()
        else:
            body = str(resolve(content, name, labels)).encode()
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += (f"--{boundary}\r\nContent-Disposition: {disp}\r\nContent-Type: {ctype}\r\n\r\n"
                .encode() + body + b"\r\n")
    out += f"--{boundary}--\r\n".encode()
    return raw(family, url, bytes(out), f"multipart/form-data; boundary={boundary}", labels,
               headers=headers, cookies=cookies)


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


@dataclasses.dataclass
class F32:
    """A protobuf ``float`` (wire type 5)."""

    value: float


@dataclasses.dataclass
class Sint:
    """A protobuf ``sint32/sint64`` (zigzag varint)."""

    value: int


def pb(fields: list[tuple[int, Any]], path: str, labels: dict[str, str]) -> bytes:
    """Encode (field number, value) pairs; ``L`` labels the field's path (``3.1.2``). A nested
    list is a sub-message; str/bytes are length-delimited; float is a double (wire type 1)."""
    out = bytearray()
    for num, val in fields:
        p = f"{path}.{num}" if path else str(num)
        if isinstance(val, L):
            labels[p] = val.category
            val = val.value
        if isinstance(val, bool | int):
            out += _varint(num << 3) + _varint(int(val))
        elif isinstance(val, Sint):
            z = (val.value << 1) ^ (val.value >> 63)
            out += _varint(num << 3) + _varint(z)
        elif isinstance(val, float):
            out += _varint(num << 3 | 1) + struct.pack("<d", val)
        elif isinstance(val, F32):
            out += _varint(num << 3 | 5) + struct.pack("<f", val.value)
        else:
            data = pb(val, p, labels) if isinstance(val, list) else (
                val.encode() if isinstance(val, str) else val)
            out += _varint(num << 3 | 2) + _varint(len(data)) + data
    return bytes(out)


def _seg(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def jwt(claims: dict[str, Any], at: str, labels: dict[str, str], alg: str = "RS256") -> str:
    """A bare JWT: the token is a credential at ``at``, its claims continue at ``at.claims``
    (the convention of ``eval_payloads.J``)."""
    labels[at] = CRED
    resolved = resolve(claims, f"{at}.claims", labels)
    return f"{_seg({'alg': alg, 'typ': 'JWT', 'kid': 'k1'})}.{_seg(resolved)}.{_seg('sig')}"


def id_token(claims: dict[str, Any], at: str, labels: dict[str, str]) -> str:
    """An OpenID Connect ID token: claims about the user, signed by the provider. Unlike an
    access token it is a statement of identity, but it is still accepted as proof of sign-in
    by the app's back end (token exchange), so the token itself is a credential too."""
    return jwt(claims, at, labels)


def b64(data: bytes, urlsafe: bool = False) -> str:
    return (base64.urlsafe_b64encode(data).decode().rstrip("=") if urlsafe
            else base64.b64encode(data).decode())


def floats(rng: random.Random, n: int, sd: float = 0.05, nd: int = 5) -> list[float]:
    return [round(rng.gauss(0, sd), nd) for _ in range(n)]


def check(cases: list[Case]) -> list[str]:
    """Labelled (part, path) pairs the decoders do not produce as a leaf or a list node."""
    from analysis.decoders import decode_exchange

    missing = []
    for n, c in enumerate(cases):
        d = decode_exchange(c.exchange)
        have = {(str(x.part), x.path) for x in d.leaves} | {(str(x.part), x.path)
                                                            for x in d.nodes}
        missing += [f"{n} {c.family} {part}:{path} ({cat})"
                    for (part, path), cat in c.labels.items() if (part, path) not in have]
    return missing
