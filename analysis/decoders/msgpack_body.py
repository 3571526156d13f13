"""MessagePack bodies (msgpack spec, github.com/msgpack/msgpack/blob/master/spec.md).

Only maps and arrays are accepted when sniffing without a content type: a single msgpack scalar
is any byte string's first byte, which would make every binary body "msgpack".
"""

from __future__ import annotations

from typing import Any

import msgpack

from analysis.decoders.base import Malformed, NotThisFormat, Tree

_CONTAINER_FIRST = set(range(0x80, 0xA0)) | {0xDC, 0xDD, 0xDE, 0xDF}


def _plain(value: Any) -> Tree:
    if isinstance(value, msgpack.ExtType):
        return bytes(value.data)
    return value


class MsgpackBody:
    name = "msgpack"

    def fits(self, data: bytes, content_type: str) -> int:
        if "msgpack" in content_type:
            return 2
        return 1 if data[:1] and data[0] in _CONTAINER_FIRST and len(data) > 2 else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        try:
            value = msgpack.unpackb(
                data, raw=False, strict_map_key=False, unicode_errors="surrogateescape",
                ext_hook=lambda code, d: bytes(d), timestamp=0,
            )
        except (ValueError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError,
                TypeError, OverflowError) as exc:
            if "msgpack" in content_type:
                raise Malformed(f"invalid msgpack: {exc}") from exc
            raise NotThisFormat(f"not msgpack: {exc}") from exc
        if not isinstance(value, dict | list) and "msgpack" not in content_type:
            raise NotThisFormat("msgpack scalar")
        return _plain(value)


DECODER = MsgpackBody()
