"""JSON Web Tokens (RFC 7519, compact JWS serialisation RFC 7515 §7.1): the header and the
claims are decoded (the signature is not checked: we only read what the phone sends)."""

from __future__ import annotations

import base64
import json
import re

from analysis.decoders.base import NotThisFormat, Tree

_JWT = re.compile(
    r"(?:Bearer\s+)?(eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*)", re.I)


def _b64url_json(segment: str) -> Tree:
    raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    return json.loads(raw)


class Jwt:
    name = "jwt"

    def quick(self, text: str) -> bool:
        return text[:3] == "eyJ" or text[:7].lower() == "bearer "

    def decode(self, text: str) -> Tree:
        match = _JWT.fullmatch(text.strip()) if len(text) < 65536 else None
        if not match:
            raise NotThisFormat("not a JWT")
        head, claims, _sig = match.group(1).split(".")
        try:
            header, payload = _b64url_json(head), _b64url_json(claims)
        except (ValueError, UnicodeDecodeError) as exc:
            raise NotThisFormat(f"not a JWT: {exc}") from exc
        if not isinstance(header, dict) or "alg" not in header:
            raise NotThisFormat("JWT header without alg")
        return {"header": header, "claims": payload}


def is_jwt(text: str) -> bool:
    return bool(_JWT.fullmatch(text.strip())) if len(text) < 65536 else False


STRING = Jwt()
