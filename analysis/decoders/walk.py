"""Walk one exchange's request parts into leaves, crossing every decodable layer.

Paths follow DESIGN.md's ``findings[].path``: dotted keys with ``[i]`` indices; a header, cookie
or query parameter is its name; a decoded layer continues the path of the value that held it
(``payload.device.imei`` for base64 JSON in ``payload``). A whole body that is text or
undecodable bytes is the path ``$``; URL path segments are ``path[i]``.
"""

from __future__ import annotations

import json
from typing import Any

from analysis import decoders as registry
from analysis.decoders.base import (
    MAX_DEPTH,
    MAX_LEAVES,
    Blob,
    DecodeError,
    Malformed,
    NotThisFormat,
    Partial,
    printable,
    printable_text,
)
from analysis.decoders.charset import declared_text
from analysis.decoders.content import undo_encodings
from analysis.decoders.cookie import parse_cookie_header
from analysis.decoders.form import FormFields, bracket_key, dotted_key, pairs_tree
from analysis.decoders.jwt import is_jwt
from analysis.decoders.leaves import MAX_PLAIN, PLAIN, Decoded, Leaf, Node, numeric_array
from analysis.decoders.photo_meta import base64_photo_metadata, photo_metadata
from analysis.decoders.protobuf import packed_vector
from analysis.decoders.query import id_labelled_host, path_segments, query_pairs, url_host
from analysis.decoders.ranking import ranked
from analysis.decoders.request import Request, cut_note, header_value
from analysis.decoders.signatures import file_kind
from analysis.records import ExchangeKind, Part

__all__ = ["Decoded", "Leaf", "Node", "Request", "decode_exchange"]

# Transport headers that never carry app data (RFC 9110/9112 framing and negotiation).
SKIP_HEADERS = frozenset({
    "host", ":authority", ":method", ":path", ":scheme", "content-length", "connection",
    "accept-encoding", "transfer-encoding", "content-encoding", "te", "keep-alive",
    "upgrade", "proxy-connection", "accept", "cache-control", "pragma", "expect",
    "sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions",
})


class _Walker:
    def __init__(self, cut: str = "") -> None:
        self.out = Decoded()
        self.leaves = self.out.leaves
        self.cut = cut  # "body cut at N of M bytes" when the request body was truncated

    def _leaf(self, leaf: Leaf) -> None:
        leaves = self.leaves
        if len(leaves) >= MAX_LEAVES:
            if len(leaves) == MAX_LEAVES:
                self.out.errors.append(("too-many-fields", f"more than {MAX_LEAVES} fields; "
                                        "the rest of this exchange is searched raw only"))
                leaves.append(leaf)  # sentinel so the error is added once
            return
        leaves.append(leaf)

    def tree(self, value: Any, part: Part, path: str, key: str, parent: str,
             layers: tuple[str, ...], depth: int) -> None:
        kind = type(value)
        if kind is str:
            self.string(value, part, path or "$", key, parent, layers, depth)
        elif kind is int:
            self._leaf(Leaf(part, path or "$", key, parent, value, str(value), layers))
        elif kind is dict:
            # The leaves of a JSON object, made here without a call per value: short strings
            # (no string decoder takes fewer than 8 characters), strings known to be plain,
            # and integers. Everything else goes through tree() and string() as before.
            tree, leaves, plain = self.tree, self.leaves, PLAIN
            for k, v in value.items():
                name = k if type(k) is str else str(k)
                sub = f"{path}.{name}" if path else name
                t = type(v)
                if len(leaves) < MAX_LEAVES and (
                        t is str and (len(v) < 8 or depth >= MAX_DEPTH or v in plain)):
                    leaves.append(Leaf(part, sub or "$", name, key, v, v, layers))
                elif t is int and len(leaves) < MAX_LEAVES:
                    leaves.append(Leaf(part, sub or "$", name, key, v, str(v), layers))
                else:
                    tree(v, part, sub, name, key, layers, depth)
        elif kind is float:
            self._leaf(Leaf(part, path or "$", key, parent, value, repr(value), layers))
        elif kind is bool:
            self._leaf(Leaf(part, path or "$", key, parent, value, "true" if value else "false",
                            layers))
        elif value is None:
            return
        elif isinstance(value, dict):  # (a form's fields: brackets nest, form.FormFields)
            form = type(value) is FormFields
            for k, v in value.items():
                name = str(k)
                inner, outer = (bracket_key(name) if form and name[-1:] == "]"
                                else dotted_key(name) if form and "." in name[1:-1]
                                else (name, key))
                self.tree(v, part, f"{path}.{name}" if path else name, inner, outer, layers, depth)
        elif isinstance(value, list):
            self.out.nodes.append(Node(part, path, key, parent, value, layers))
            if numeric_array(value):
                text = (json.dumps(value[:400]) if isinstance(value[0], list)
                        else "[" + ", ".join(map(repr, value[:800])) + "]")[:4096]
                self._leaf(Leaf(part, path or "$", key, parent, value, text, layers, True))
                return
            for i, v in enumerate(value):
                self.tree(v, part, f"{path}[{i}]", key, parent, layers, depth)
        elif isinstance(value, str):
            self.string(value, part, path or "$", key, parent, layers, depth)
        elif isinstance(value, Blob | bytes | bytearray | memoryview):
            blob = value if isinstance(value, Blob) else Blob(bytes(value))
            if blob.filename:  # (what a file part calls itself: document_photos.py)
                self.out.files[(part, path)] = blob.filename
            self.body(blob.data, blob.content_type, "", part, path, key, parent, layers, depth)
        elif isinstance(value, bool):
            self._leaf(Leaf(part, path or "$", key, parent, value, "true" if value else "false",
                            layers))
        elif isinstance(value, float):
            self._leaf(Leaf(part, path or "$", key, parent, value, repr(value), layers))
        elif isinstance(value, int):
            self._leaf(Leaf(part, path or "$", key, parent, value, str(value), layers))
        else:  # datetimes from msgpack and the like
            self._leaf(Leaf(part, path or "$", key, parent, str(value), str(value), layers))

    def string(self, text: str, part: Part, path: str, key: str, parent: str,
               layers: tuple[str, ...], depth: int) -> bool:
        """A string value: unwrapped when a wrapper decoder reads it (True), else a leaf."""
        if len(text) >= 8 and text not in PLAIN:
            for dec in registry.STRING_DECODERS:
                if not dec.quick(text):
                    continue
                try:
                    inner = dec.decode(text)
                except (DecodeError, ValueError, TypeError, RecursionError):
                    continue
                if depth >= MAX_DEPTH:
                    # kept as it is, and said so: what is inside is not searched field by field
                    self.error(part, "undecodable-body", f"{part} {path}: wrapped more than "
                               f"{MAX_DEPTH} layers deep ({'/'.join(layers)}); the innermost "
                               "layer kept as it is")
                    break
                if dec.name in ("jwt", "url"):
                    # the token or URL is itself a field (a credential, a visited page)
                    self._leaf(Leaf(part, path, key, parent, text, text, layers, wrapped=True))
                # a wrapper that is the whole body ("$") is not a field of it: what it holds
                # reads "gaid", not "$.gaid" (a JSON key named "$" keeps its name)
                inner_path = "" if path == "$" and not key else path
                self.tree(inner, part, inner_path, key, parent, (*layers, dec.name), depth + 1)
                return True
            else:
                if len(PLAIN) >= MAX_PLAIN:
                    PLAIN.clear()
                if len(text) <= 200:  # (longer ones may be photos: read below each time)
                    PLAIN.add(text)
        self._leaf(Leaf(part, path, key, parent, text, text, layers))
        if len(text) > 200 and (exif := base64_photo_metadata(text)) is not None:  # QA31
            self.tree(exif, part, f"{path}.exif", "exif", key, (*layers, "base64", "exif"),
                      depth + 1)
        return False

    def body(self, data: bytes, content_type: str, content_encoding: str, part: Part,
             path: str, key: str, parent: str, layers: tuple[str, ...], depth: int) -> None:
        if not data:
            return
        lower = content_type.lower().strip()  # with its parameters: charset for JSON, forms
        ctype = lower.split(";")[0].strip()
        full_ctype = content_type  # the multipart boundary is case-sensitive (RFC 2046 §5.1.1)
        undone = undo_encodings(data, content_encoding)
        if undone.bomb:
            self.error(part, "decompression-bomb", undone.bomb)
            if not undone.data:
                return
        data, layers, failed = undone.data, (*layers, *undone.layers), undone.failed
        problem = ""
        for dec in ranked(data, ctype, sniff=file_kind(data[:16]) is None):
            partial: Partial | None = None
            try:
                tree = dec.decode(data, full_ctype if dec.name == "multipart" else lower)
            except NotThisFormat:
                continue
            except Partial as exc:  # broken or cut: what came before the break is still data
                tree, partial = exc.tree, exc
            except Malformed as exc:
                problem = problem or f"{dec.name}: {exc}"
                continue
            except (ValueError, TypeError, RecursionError, MemoryError, OverflowError) as exc:
                problem = problem or f"{dec.name}: {type(exc).__name__}"
                continue
            if depth >= MAX_DEPTH:
                self.error(part, "undecodable-body",
                           f"{part} {path or '$'}: {dec.name} nested more than {MAX_DEPTH} "
                           f"layers deep ({'/'.join(layers)}); kept raw")
                self._raw(data, part, path, key, parent, layers)
                return
            if not isinstance(tree, dict | list):
                tree = str(tree)
            self.tree(tree, part, path, key, parent, (*layers, dec.name), depth + 1)
            if partial is not None:
                self.error(part, "undecodable-body", f"{dec.name}: {partial}")
                if partial.rest:  # kept raw: searched by the profile match, marks the body
                    rest = partial.rest  # as only partly inspected
                    self.out.raw = True
                    self._leaf(Leaf(part, path or "$", key, parent, rest, rest,
                                    (*layers, dec.name, "raw")))
            return
        # (an uncompressed PDF is printable, but its words sit inside drawing operators no
        # reader of text understands: kept raw and said to be a PDF, QA89's CV upload)
        text = printable_text(data, min_len=1) if not data.startswith(b"%PDF-") else None
        if text is None and (wide := declared_text(data, lower)) is not None:
            text = wide if printable(wide) else None  # UTF-16 text, or a declared charset
        if text is not None:
            # a declared format that failed is no error when the text is a wrapper that
            # unwraps (a base64 body declared application/json)
            if not self.string(text, part, path or "$", key, parent, layers, depth + 1) and (
                    failed or problem):
                self.error(part, "undecodable-body", failed or problem)
            return
        vector = packed_vector(data) if not failed else None
        if vector is not None:
            # raw float32/float64 values only: a template uploaded as bytes (a multipart part,
            # a msgpack bin, an octet-stream body)
            self.tree(vector, part, path, key, parent, (*layers, "float-vector"), depth + 1)
            return
        if failed or problem:  # an encoding or format was recognised but the data is broken
            self.error(part, "undecodable-body", failed or problem)
        if depth == 0 and not problem and not failed and file_kind(data[:16]) is None:
            # (a file of a known format is kept raw and said to be one: passes.kept_raw)
            label = ctype or "no content type"
            self.error(part, "undecodable-body", f"{label}: binary body no decoder understands")
        if (exif := photo_metadata(data)) is not None:  # a photo's place, camera (photo_meta.py)
            self.tree(exif, part, f"{path}.exif" if path else "exif", "exif", key,
                      (*layers, "exif"), depth + 1)
        self._raw(data, part, path, key, parent, layers)

    def error(self, part: Part, kind: str, message: str) -> None:
        """Record what could not be decoded; in a body the capture cut short, say so first."""
        if self.cut and part == Part.BODY:
            kind, message = "truncated", f"{self.cut}: {message}"
        self.out.errors.append((kind, message))

    def _raw(self, data: bytes, part: Part, path: str, key: str, parent: str,
             layers: tuple[str, ...]) -> None:
        # Kept raw (latin-1 keeps every ASCII run searchable for the device-profile match).
        text = data.decode("latin-1")
        self.out.raw = True
        self._leaf(Leaf(part, path or "$", key, parent, text, text, (*layers, "raw")))


def decode_exchange(ex: Request) -> Decoded:
    """Decode everything the phone sent in ``ex`` (nothing for responses and down messages)."""
    walker = _Walker(cut_note(ex))
    if ex.kind == ExchangeKind.DNS or ex.direction != "up":
        return walker.out
    if ex.url:
        walker.out.host = url_host(ex.url).lower()
    if ex.kind == ExchangeKind.WEBSOCKET and ex.url:
        # a message is no request of its own: its socket's URL makes no fields, but what the
        # path says (".../ws/chat") is the call the message is sent to (QA55: chat frames)
        walker.out.on_socket(tuple(path_segments(ex.url)))
    if ex.kind == ExchangeKind.HTTP and ex.url:
        host = id_labelled_host(ex.url)
        if host:  # (searched by the device profile's values: no key, no value shape reads it)
            walker._leaf(Leaf(Part.URL, "host", "", "", host, host, ()))
        segments = path_segments(ex.url)
        for i, seg in enumerate(segments):
            # no key context: a segment after ".../apps/" is not a list of installed apps
            walker.string(seg, Part.URL, f"path[{i}]", "", "", (), 0)
        walker.tree(pairs_tree(query_pairs(ex.url)), Part.QUERY, "", "", "", (), 0)
    for name, value in ex.request_headers:
        lower = name.lower()
        if lower in SKIP_HEADERS:
            continue
        if lower == "cookie":
            for cname, cvalue in parse_cookie_header(value):
                walker.string(cvalue, Part.COOKIE, cname, cname, "", (), 0)
            continue
        # the field's path is the header's name as sent (DESIGN.md: "a header ... is its
        # name"; HTTP/2 sends it lower-case), its key the lower-cased name the rules read
        if lower in ("authorization", "proxy-authorization") and not is_jwt(value):
            # credentials are fields as they are; Basic/Digest internals are not unwrapped
            walker._leaf(Leaf(Part.HEADER, name, lower, "", value, value, ()))
            continue
        walker.string(value, Part.HEADER, name, lower, "", (), 0)
    if ex.request_body:
        walker.body(ex.request_body, header_value(ex, "content-type"),
                    header_value(ex, "content-encoding"), Part.BODY, "", "", "", (), 0)
        if len(walker.leaves) > MAX_LEAVES:
            # fields past the limit were not made: the body is kept raw as well, so that the
            # device profile's values are still searched in all of it (the sentinel leaf, the
            # first field not kept, makes way for it)
            text = ex.request_body.decode("latin-1")
            walker.leaves[-1] = Leaf(Part.BODY, "$", "", "", text, text, ("raw",))
            walker.out.raw = True
    return walker.out
