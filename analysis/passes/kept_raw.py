"""Why a request was only partly decoded, when the decoders kept part of it raw silently.

A request counts as partly inspected (``Store.partly_inspected``) when its body was cut short
or a body field was kept raw (layer ``raw``), and every ``holds`` says so. The decoders record
most such cases in ``errors`` (``undecodable-body``, ``truncated``, ``decompression-bomb``), but
not all: a binary part inside a decoded container (a JPEG in a multipart upload) is kept raw
without complaint, and so is a body with more fields than ``MAX_LEAVES``; a body cut short that
still decodes (a form) raises nothing either. Every request a verdict calls partly undecoded
must be named in ``errors`` with its reason (QA15 #6): ``missing`` gives those reasons.

Formats are told by their magic numbers (``decoders.signatures``).
"""

from __future__ import annotations

from analysis.decoders import Decoded
from analysis.decoders.base import MAX_LEAVES
from analysis.decoders.request import cut_note
from analysis.decoders.signatures import file_kind
from analysis.store.fields import RequestSide

# the decoders' own words for a body they could not (fully) decode
EXPLAINED = frozenset({"undecodable-body", "truncated", "decompression-bomb"})

def what(text: str) -> tuple[str, bool]:
    """What raw bytes (kept as latin-1 text) are, and whether they carry their own metadata."""
    return file_kind(text[:16].encode("latin-1", "replace")) or ("binary data", False)


def missing(request: RequestSide, decoded: Decoded) -> list[tuple[str, str]]:
    """(kind, message) for what the decoders left partly undecoded without saying so."""
    kinds = {kind for kind, _ in decoded.errors}
    out: list[tuple[str, str]] = []
    if request.request_truncated and request.direction == "up" and "truncated" not in kinds:
        out.append(("truncated", (cut_note(request) or "body cut short by the capture")
                    + ": what came after the cut was not seen"))
    if not decoded.raw or kinds & EXPLAINED:
        return out
    seen: set[str] = set()
    for leaf in decoded.leaves:
        if not leaf.layers or leaf.layers[-1] != "raw":
            continue
        if leaf.layers == ("raw",) and leaf.path == "$" and what(leaf.text)[0] == "binary data":
            message = (f"body has more than {MAX_LEAVES:,} fields: those past the limit were "
                       "not made, and the whole body was kept as is and searched only for "
                       "the device profile's values")
        else:
            name, meta = what(leaf.text)
            prefix = "exif." if leaf.path == "$" else f"{leaf.path}.exif."
            exif = any(other.path.startswith(prefix) for other in decoded.leaves)
            # (a whole body is named as one, not by its path "$": QA187's photo upload)
            where = "the body" if leaf.path == "$" else f"body part {leaf.path!r}"
            message = (f"{where} is {name}, kept as is: " + (
                "its EXIF camera, time and GPS fields were read (under "
                f"'{leaf.path}.exif'); the rest of it (the image, XMP, maker notes) only "
                "searched for the device profile's values" if exif else
                "no decoder reads inside it, so only the device profile's values were "
                "searched in its bytes" + (("; its document properties (author, creator, "
                                            "dates) were not read" if "PDF" in name else
                                            "; metadata inside it (EXIF, XMP or tags, such as "
                                            "where a photo was taken) was not read")
                                           if meta else "")))
        if message not in seen:
            seen.add(message)
            out.append(("kept-raw", message))
    return out

