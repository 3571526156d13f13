"""Regressions for the decoding bugs of QA round 2 (base64 declared as a form, failed content
encodings, JSON charsets and truncated JSON, form charsets). Fixtures built in code."""

from __future__ import annotations

import base64
import json

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.decoders.json_body import complete_prefix
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, Finding

ADID = "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"
IMEI = "356938035643809"
EMAIL = "Qa.Tester@Example.net"
PROFILE = DeviceProfile(
    device=DeviceInfo(country="US"),
    identifiers={"advertising_id": ADID, "imei": IMEI},
    contact={"email": EMAIL},
    location={}, carrier={}, network={},
)


def _exchange(body: bytes, ctype: str = "", **extra: object) -> Exchange:
    headers = [("content-type", ctype)] if ctype else []
    headers += [(k.replace("_", "-"), str(v)) for k, v in extra.items()]
    return Exchange(ts=0, method="POST", url="https://api.example.test/v1/x",
                    request_headers=tuple(headers), request_body=body)


def _found(ex: Exchange, profile: DeviceProfile | None = PROFILE) -> dict[str, Finding]:
    return {f"{f.part}:{f.path}": f
            for f in classify_decoded(1, decode_exchange(ex), matcher_for(profile))}


# -- A. a base64 document declared as a form ---------------------------------------------------

def test_base64_body_declared_form_urlencoded_is_unwrapped() -> None:
    def wrapped(pad: int) -> bytes:
        return base64.b64encode(json.dumps({"imei": IMEI, "pad": "x" * pad}).encode())

    short, one, two = wrapped(55), wrapped(57), wrapped(56)  # no padding: name '...', value ''
    assert one.endswith(b"n0=") and two.endswith(b"Q==")  # name '...fQ', value '='
    form = "application/x-www-form-urlencoded"
    cases = [(body, ctype) for body in (short, one, two) for ctype in (form, "text/plain", "")]
    cases.append((two.replace(b"=", b"%3D"), form))  # percent-escaped padding
    for body, ctype in cases:
        for profile in (PROFILE, None):
            found = _found(_exchange(body, ctype), profile)
            assert "body:imei" in found, (body[-4:], ctype, profile is None, found.keys())
            assert found["body:imei"].category == "id.hardware"
            assert found["body:imei"].transform == "base64"


def test_form_with_one_long_name_that_is_no_wrapper_stays_a_form() -> None:
    leaves = decode_exchange(_exchange(b"subscribe_to_newsletter",
                                       "application/x-www-form-urlencoded")).leaves
    assert [(leaf.path, leaf.layers) for leaf in leaves if leaf.part == "body"] == \
        [("subscribe_to_newsletter", ("form",))]


def test_whole_body_wrapper_paths_do_not_start_with_dollar() -> None:
    hexed = json.dumps({"gaid": ADID}).encode().hex().encode()
    leaves = decode_exchange(_exchange(hexed, "text/plain")).leaves
    body = {leaf.path: leaf.layers for leaf in leaves if leaf.part == "body"}
    assert body == {"gaid": ("hex", "json")}
    # a JSON key literally named "$" keeps its name
    inner = base64.b64encode(json.dumps({"gaid": ADID}).encode()).decode()
    leaves = decode_exchange(_exchange(json.dumps({"$": inner}).encode(),
                                       "application/json")).leaves
    assert [leaf.path for leaf in leaves if leaf.part == "body"] == ["$.gaid"]


# -- B. a content encoding that fails ----------------------------------------------------------

def test_corrupt_declared_gzip_body_is_still_scanned_raw() -> None:
    ex = _exchange(b"\x1f\x8b\x08\x00NOTGZIP" + ADID.encode(), "application/json",
                   content_encoding="gzip")
    decoded = decode_exchange(ex)
    assert [kind for kind, _ in decoded.errors] == ["undecodable-body"]  # once, not per decoder
    assert decoded.errors[0][1].startswith("gzip: corrupt gzip stream")
    assert [(leaf.path, leaf.layers) for leaf in decoded.leaves if leaf.part == "body"] == \
        [("$", ("raw",))]
    found = _found(ex)
    assert found["body:$"].category == "id.advertising"
    assert found["body:$"].detector == "ground_truth"


def test_stale_or_mistaken_encoding_falls_through_to_the_other_decoders() -> None:
    import msgpack
    # the source already decoded the brotli body but kept the header: msgpack, no error
    packed = msgpack.packb({"android_id": "a1b2c3d4e5f60718", "gaid": ADID})
    decoded = decode_exchange(_exchange(packed, "application/msgpack", content_encoding="br"))
    assert not decoded.errors
    assert {leaf.path: leaf.layers for leaf in decoded.leaves if leaf.part == "body"} == \
        {"android_id": ("msgpack",), "gaid": ("msgpack",)}
    # "80" is a valid zlib header (0x3830 % 31 == 0): text starting so is no deflate stream
    decoded = decode_exchange(_exchange(b"80;" + ADID.encode(), "text/plain"))
    assert not decoded.errors
    assert [(leaf.path, leaf.layers) for leaf in decoded.leaves if leaf.part == "body"] == \
        [("$", ())]


def test_long_known_values_glued_to_bytes_of_a_raw_body_are_found() -> None:
    # a length byte of 49 is the digit "1", right against the ID in an unknown binary format
    body = b"\x00\x01\xfe1" + ADID.encode() + b"\x00\xff\x07" + IMEI.encode() + b"Z\x00"
    found = classify_decoded(1, decode_exchange(_exchange(body, "application/octet-stream")),
                             matcher_for(PROFILE))
    assert {(f.path, f.category, f.detector) for f in found} == {
        ("$", "id.advertising", "ground_truth"), ("$", "id.hardware", "ground_truth")}
    # in decoded text the word boundaries still hold: "x<ADID>" is some other value
    assert "body:v" not in _found(_exchange(json.dumps({"v": "x" + ADID}).encode(),
                                            "application/json"))


# -- C. JSON that is not quite valid ----------------------------------------------------------

def _body_leaves(ex: Exchange) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {leaf.path: (leaf.text, leaf.layers) for leaf in decode_exchange(ex).leaves
            if leaf.part == "body"}


def test_json_in_other_charsets_with_bad_bytes_or_padding_is_read() -> None:
    doc = {"email": EMAIL, "name": "J\u00fcrgen"}
    text = json.dumps(doc, ensure_ascii=False)
    bodies = [
        (text.encode("utf-16"), "application/json; charset=utf-16"),  # BOM
        (text.encode("utf-16-be"), "application/json"),  # no BOM: told by its NULs
        (text.encode("utf-32"), "application/json"),
        (text.encode("latin-1"), "application/json; charset=ISO-8859-1"),
        (text.encode("utf-8"), "application/json; charset=iso-8859-1"),  # mislabelled UTF-8
        (text.encode() + b"\x00\x00\n\x00", "application/json"),  # NUL padding after it
    ]
    for body, ctype in bodies:
        leaves = _body_leaves(_exchange(body, ctype))
        assert leaves == {"email": (EMAIL, ("json",)), "name": ("J\u00fcrgen", ("json",))}, ctype
        assert not decode_exchange(_exchange(body, ctype)).errors
    # one invalid UTF-8 byte sequence in one string hides nothing else
    bad = b'{"gaid":"' + ADID.encode() + b'","x":"\xff\xfe\xc3"}'
    assert _body_leaves(_exchange(bad, "application/json"))["gaid"] == (ADID, ("json",))
    # a C-string's NUL padding inside a value is not part of it
    padded = b'{"e":"' + EMAIL.encode() + b'\x00\x00"}\x00'
    found = _found(_exchange(padded, "application/json"), None)
    assert found["body:e"].category == "contact.email" and found["body:e"].value == EMAIL


def test_json_cut_by_the_capture_keeps_the_fields_before_the_cut() -> None:
    full = json.dumps({"imei": IMEI, "device": {"gaid": ADID, "os": "14"},
                       "pad": "x" * 5000}).encode()
    cut = full[:1000]
    ex = Exchange(ts=0, method="POST", url="https://api.example.test/big",
                  request_headers=(("content-type", "application/json"),), request_body=cut,
                  request_body_size=len(full), request_truncated=True)
    decoded = decode_exchange(ex)
    leaves = {leaf.path: leaf.layers for leaf in decoded.leaves if leaf.part == "body"}
    assert leaves == {"imei": ("json",), "device.gaid": ("json",), "device.os": ("json",),
                      "$": ("json", "raw")}  # the cut string kept raw
    assert len(decoded.errors) == 1
    kind, message = decoded.errors[0]
    assert kind == "truncated"
    assert message.startswith(f"body cut at 1,000 of {len(full):,} bytes, by the capture or by")
    found = _found(ex, None)
    assert found["body:imei"].category == "id.hardware"
    assert found["body:device.gaid"].category == "id.advertising"


def test_json_broken_in_the_middle_keeps_what_came_before() -> None:
    body = b'{"gaid": "' + ADID.encode() + b'", "x": tru, "imei": "' + IMEI.encode() + b'"}'
    decoded = decode_exchange(_exchange(body, "application/json"))
    leaves = {leaf.path: (leaf.text, leaf.layers) for leaf in decoded.leaves}
    assert leaves["gaid"] == (ADID, ("json",))
    assert leaves["$"][1] == ("json", "raw") and IMEI in leaves["$"][0]  # searched raw
    assert [kind for kind, _ in decoded.errors] == ["undecodable-body"]
    assert "decoded up to char" in decoded.errors[0][1]
    assert _found(_exchange(body, "application/json"))["body:$"].category == "id.hardware"


@pytest.mark.parametrize(("text", "document"), [
    ('{"a": "b", "c": "cut her', '{"a": "b"}'),
    ('{"a": {"b": [1, {"c": "d"', '{"a": {"b": [1, {"c": "d"}]}}'),
    ('[1, 2, 3', "[1, 2]"),  # "3" may be the start of "345"
    ('{"a": 1, "b"', '{"a": 1}'),  # a key without its value
    ('{"a": 1,', '{"a": 1}'),
    ('{"a": 1}trailing garbage', '{"a": 1}'),
    ('{"a": 1 "b": 2}', '{"a": 1}'),  # a missing comma ends what is valid
    ('"a cut string', None),
    ("tru", None),
])
def test_complete_prefix_closes_what_is_open(text: str, document: str | None) -> None:
    found = complete_prefix(text)
    assert (found[0] if found else None) == document
    if found:
        assert json.loads(found[0]) is not None and text.startswith(found[0][:found[1]])
