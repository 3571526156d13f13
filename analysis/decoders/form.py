"""``application/x-www-form-urlencoded`` bodies and URL query strings (WHATWG URL standard,
"application/x-www-form-urlencoded parsing"), and form-encoded strings inside values."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote

from analysis.decoders import b64, hexwrap
from analysis.decoders.base import DecodeError, NotThisFormat, Tree
from analysis.decoders.charset import LATIN1, charset_of
from analysis.decoders.json_body import is_json

# name=value pairs joined by & (or ;): what a form-encoded string looks like
# Values exclude both separators so that every string splits one way only: a looser value
# class made this pattern backtrack exponentially on "a=1;a=1;...;x" (found in review).
_FORM = re.compile(r"[\w.\-\[\]%*~+]{1,100}=[^&;\s]*(?:[&;][\w.\-\[\]%*~+]{1,100}=[^&;\s]*)*")
MAX_PAIRS = 2000
# A whole body in the base64/hex alphabet (padding '=' included) reads as ONE form name with an
# empty value ("eyJpbWVp...fQ==" -> name "eyJpbWVp...fQ", value "="): checked before trusting it.
_WRAPPER_TEXT = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")


def parse_pairs(text: str, charset: str | None = None) -> list[tuple[str, str]]:
    """Decode a query or form string keeping blank values and order (repeated names kept).

    Percent-escapes are UTF-8 (WHATWG URL); a form declaring another charset (``M%FCnchen``
    as ISO-8859-1) is read in it when its escapes are not valid UTF-8 (clients mislabel UTF-8
    as Latin-1 more often than the reverse). Undeclared, invalid UTF-8 is read as Latin-1
    rather than replaced: the value keeps every byte sent."""
    if charset and charset != "utf-8" and "%" in text:
        try:
            return parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_PAIRS,
                             separator="&", errors="strict")
        except UnicodeDecodeError:
            return parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_PAIRS,
                             separator="&", encoding=charset, errors="replace")
    return parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_PAIRS, separator="&",
                     errors=LATIN1)


class FormFields(dict[str, Tree]):
    """A form's or a query's fields by name as sent. A name may nest in brackets, as PHP,
    Rails and Stripe's API write objects (``billing_details[address][line1]``): the path stays
    the name as sent (DESIGN.md: a query parameter is its name), and the walker reads the last
    bracketed name as the field's key and the one before as its parent (``bracket_key``)."""


BRACKETED = re.compile(r"\[([^\[\]]*)\]")


def bracket_key(name: str) -> tuple[str, str]:
    """``billing_details[address][line1]`` -> ("line1", "address"); ``card[number]`` ->
    ("number", "card"); list indices and empty brackets (``items[0][sku]``, ``tags[]``) are
    skipped. A name without brackets is its own key."""
    head = name.partition("[")[0]
    names = [head, *(n for n in BRACKETED.findall(name) if n and not n.isdigit())]
    return names[-1], names[-2] if len(names) > 1 else ""


def dotted_key(name: str) -> tuple[str, str]:
    """``point.lat`` -> ("lat", "point"): a form or query name in dotted notation names a field
    of an object (Pelias's ``point.lat``, GA4's ``ep.search_term``), as brackets do."""
    outer, _, inner = name.rpartition(".")
    return inner, outer.rpartition(".")[2]


def dotted_path(path: str) -> str:
    """A path whose last segment is a bracketed form name, as the objects it names:
    ``billing_details[address][line1]`` -> ``billing_details.address.line1``,
    ``invitees[][email][0]`` -> ``invitees[].email[0]`` (a list stays a list); any other path
    as it is. For the readings that look at the objects above a field (its path stays the name
    as sent)."""
    if path[-1:] != "]":
        return path
    head, _, last = path.rpartition(".")
    name, bracket, rest = last.partition("[")
    if not bracket or not name:
        return path
    parts = [name]
    for inner in BRACKETED.findall(bracket + rest):
        if inner and not inner.isdigit():
            parts.append(inner)
        else:
            parts[-1] += f"[{inner}]"
    out = ".".join(parts)
    return f"{head}.{out}" if head else out


def object_path(path: str) -> str:
    """The path of the object a field is in, a form's bracketed names read as objects
    (``document[type]`` and ``order[number]`` are in two objects)."""
    return dotted_path(path).rpartition(".")[0]


def pairs_tree(pairs: list[tuple[str, str]]) -> FormFields:
    """Repeated names become lists, so paths read ``name[0]``, ``name[1]``."""
    out = FormFields()
    for key, value in pairs:
        if key in out:
            prev = out[key]
            if isinstance(prev, list):
                prev.append(value)
            else:
                out[key] = [prev, value]
        else:
            out[key] = value
    return out


class FormBody:
    name = "form"

    def fits(self, data: bytes, content_type: str) -> int:
        if "x-www-form-urlencoded" in content_type:
            return 2
        head = data[:512]
        return 1 if b"=" in head and head.lstrip()[:1] not in (b"{", b"[", b"<") else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        charset = charset_of(content_type)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode(charset or "latin-1", "replace")
        text = text.strip()
        if text[:1] in ("{", "[") and is_json(text):
            # JSON sent under a form content type (Volley's StringRequest, axios/jQuery
            # defaults): read as one form name it would hide every value in it
            raise NotThisFormat("a JSON document, whatever the declared type")
        if not _FORM.fullmatch(text) and (
                "x-www-form-urlencoded" not in content_type or "\n" in text
                or text[:1] in ("<", "{", "[") or ("=" not in text and (":" in text
                                                                       or " " in text))):
            # declared or not, JSON Lines, XML or "k:v;" text is no name=value form: read as
            # one form name it would hide every value (and names are never searched)
            raise NotThisFormat("not a form-encoded string")
        try:
            pairs = parse_pairs(text, charset)
        except ValueError as exc:
            raise NotThisFormat(str(exc)) from exc
        if not pairs:
            raise NotThisFormat("no name=value pairs")
        if len(pairs) == 1 and pairs[0][1] in ("", "=", "==") and _wrapped(text):
            # SDKs declare form encoding for a base64 (or hex) document: let the wrapper
            # decoders have it rather than report one meaningless form name. Percent-escaped
            # ("...fQ%3D%3D"), the unescaped text is what this layer decoded.
            if "%" in text:
                return unquote(text)
            raise NotThisFormat("a base64 or hex wrapper, not name=value pairs")
        return pairs_tree(pairs)


def _wrapped(text: str) -> bool:
    """The whole text is a base64/hex wrapper that unwraps into something recognisable."""
    candidate = unquote(text) if "%" in text else text  # "%3D%3D" padding; '+' stays '+'
    if not _WRAPPER_TEXT.fullmatch(candidate):
        return False
    for dec in (b64.DECODER, hexwrap.DECODER):
        try:
            dec.decode(candidate)
        except DecodeError:
            continue
        return True
    return False


class FormString:
    name = "form"

    def quick(self, text: str) -> bool:
        return "&" in text and "=" in text

    def decode(self, text: str) -> Tree:
        if text[:1] == "?":
            # a relative reference that is only a query (RFC 3986 §4.2), as batching SDKs
            # queue their hits: "?idsite=1&uid=..."
            text = text[1:]
        if "=" not in text or "&" not in text or not _FORM.fullmatch(text):
            raise NotThisFormat("not a form-encoded string")
        try:
            return pairs_tree(parse_pairs(text))
        except ValueError as exc:
            raise NotThisFormat(str(exc)) from exc


DECODER = FormBody()
STRING = FormString()
