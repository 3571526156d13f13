"""JSON, JSON Lines, forms, query strings, cookies, multipart, JWT, msgpack, wrappers."""

from __future__ import annotations

import base64
import gzip
import json

import msgpack
import pytest

from analysis.decoders import b64, form, hexwrap, json_body, jwt, msgpack_body, multipart, query
from analysis.decoders.base import Blob, Malformed, NotThisFormat
from analysis.decoders.cookie import parse_cookie_header


def test_json_and_json_lines() -> None:
    assert json_body.DECODER.decode(b'\xef\xbb\xbf{"a": 1}', "application/json") == {"a": 1}
    assert json_body.DECODER.decode(b'{"a": 1}\n{"b": 2}\n', "") == [{"a": 1}, {"b": 2}]
    assert json_body.LINES.decode(b'{"a": 1}\n\n{"b": 2}', "application/x-ndjson") == \
        [{"a": 1}, {"b": 2}]
    with pytest.raises(Malformed):
        json_body.DECODER.decode(b'{"a": ', "application/json")
    with pytest.raises(Malformed):
        json_body.DECODER.decode(b"[" * 5000 + b"]" * 5000, "application/json")
    with pytest.raises(NotThisFormat):
        json_body.DECODER.decode(b"hello", "")


def test_json_inside_a_string() -> None:
    assert json_body.STRING.decode('{"imei": "490154203237518"}') == {"imei": "490154203237518"}
    with pytest.raises(NotThisFormat):
        json_body.STRING.decode("{not json}")
    with pytest.raises(NotThisFormat):
        json_body.STRING.decode('"just a string"')


def test_form_and_query() -> None:
    tree = form.DECODER.decode(b"a=1&b=x%40y.org&a=2&c=", "application/x-www-form-urlencoded")
    assert tree == {"a": ["1", "2"], "b": "x@y.org", "c": ""}
    with pytest.raises(NotThisFormat):
        form.DECODER.decode(b"just some text", "")
    assert query.query_pairs("https://h.example/p?gaid=abc&x=%20y#frag") == \
        [("gaid", "abc"), ("x", " y")]
    assert query.path_segments("https://h.example/v1//users/42?x=1") == ["v1", "users", "42"]
    assert query.STRING.decode("https://h.example/l?adid=abc&k=v") == {"adid": "abc", "k": "v"}


def test_cookies_are_all_kept() -> None:
    pairs = parse_cookie_header('sid=abc; bad cookie=1; q="quoted"; flag; =x; last=z')
    assert ("sid", "abc") in pairs and ("q", "quoted") in pairs and ("last", "z") in pairs
    assert ("flag", "") in pairs and ("bad cookie", "1") in pairs


def test_multipart_parts_keep_their_content_type() -> None:
    body = (b"--XyZ\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
            b"Content-Type: application/json\r\n\r\n{\"uid\": \"u-1\"}\r\n"
            b"--XyZ\r\nContent-Disposition: form-data; name=\"log\"; filename=\"a.gz\"\r\n\r\n"
            + gzip.compress(b"hello") + b"\r\n--XyZ--\r\n")
    tree = multipart.DECODER.decode(body, 'multipart/form-data; boundary="XyZ"')
    assert isinstance(tree["meta"], Blob) and tree["meta"].content_type == "application/json"
    assert tree["meta"].data == b'{"uid": "u-1"}'
    assert gzip.decompress(tree["log"].data) == b"hello"
    with pytest.raises(Malformed):
        multipart.DECODER.decode(b"--XyZ\r\nno end", "multipart/form-data; boundary=XyZ")


def test_a_multipart_fields_name_in_utf8_is_read_as_such() -> None:
    # (QA194: Emilian "alegà" came out "alegÃ\xa0"; a Latin-1 name is still read)
    body = ("--B\r\nContent-Disposition: form-data; name=\"alegà\"\r\n\r\nsè\r\n".encode()
            + b"--B\r\nContent-Disposition: form-data; name=\"f\xfcr\"\r\n\r\nx\r\n--B--\r\n")
    tree = multipart.DECODER.decode(body, "multipart/form-data; boundary=B")
    assert set(tree) == {"alegà", "für"}


def _seg(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def test_jwt_header_and_claims() -> None:
    token = f"{_seg({'alg': 'HS256', 'typ': 'JWT'})}.{_seg({'sub': 'user-42'})}.c2ln"
    assert jwt.STRING.decode("Bearer " + token) == {
        "header": {"alg": "HS256", "typ": "JWT"}, "claims": {"sub": "user-42"}}
    with pytest.raises(NotThisFormat):
        jwt.STRING.decode("eyJhbGciOi.eyJzdWIi.xx")  # not decodable JSON


def test_msgpack_containers_only_when_sniffed() -> None:
    packed = msgpack.packb({"idfa": "x", 1: [1.5, b"\x00"]})
    assert msgpack_body.DECODER.decode(packed, "") == {"idfa": "x", 1: [1.5, b"\x00"]}
    with pytest.raises(NotThisFormat):
        msgpack_body.DECODER.decode(msgpack.packb("scalar"), "")
    with pytest.raises(Malformed):
        msgpack_body.DECODER.decode(packed[:-3], "application/msgpack")


def test_base64_and_hex_unwrap_only_recognisable_content() -> None:
    inner = json.dumps({"device": {"imei": "490154203237518"}}).encode()
    assert isinstance(b64.DECODER.decode(base64.b64encode(inner).decode()), Blob)
    assert b64.DECODER.decode(base64.b64encode(b"jane@example.org").decode()) == "jane@example.org"
    assert isinstance(b64.DECODER.decode(base64.urlsafe_b64encode(gzip.compress(inner))
                                         .decode()), Blob)
    with pytest.raises(NotThisFormat):  # a random token stays a token
        b64.DECODER.decode(base64.b64encode(bytes(range(200, 230))).decode())
    with pytest.raises(NotThisFormat):  # a digest stays a digest
        b64.DECODER.decode("5d41402abc4b2a76b9719d911017c592")
    assert hexwrap.DECODER.decode(b"hello world!".hex()) == "hello world!"
    with pytest.raises(NotThisFormat):
        hexwrap.DECODER.decode("5d41402abc4b2a76b9719d911017c592")


def test_form_sniffing_has_no_catastrophic_backtracking() -> None:
    import time

    start = time.perf_counter()
    with pytest.raises(NotThisFormat):
        form.STRING.decode("a=1;" * 5000 + "b c")
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("body", [b'{"imei": "352099001761481", "gaid": "x"}',
                                  b'[{"imei": "352099001761481"}]'])
def test_json_declared_as_form_is_read_as_json(body: bytes) -> None:
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="POST", url="http://h.example/x",
                  request_headers=(("content-type",
                                    "application/x-www-form-urlencoded; charset=UTF-8"),),
                  request_body=body)
    leaves = [leaf for leaf in decode_exchange(ex).leaves if leaf.part == "body"]
    assert any(leaf.key == "imei" and leaf.layers == ("json",) for leaf in leaves)
    with pytest.raises(NotThisFormat):
        form.FormBody().decode(body, "application/x-www-form-urlencoded")


def test_query_only_relative_reference_in_a_value_is_a_form() -> None:
    assert form.STRING.decode("?idsite=1&uid=u_7Hq2Kx9PzL") == {"idsite": "1",
                                                                "uid": "u_7Hq2Kx9PzL"}


@pytest.mark.parametrize(("body", "path"), [
    (b'{"imei": "490154203237518"}\n{"gaid": "x"}\n', "[0].imei"),  # JSON Lines
    (b"<ev><imei>490154203237518</imei></ev>", "ev.imei"),  # XML without a declaration
    (b"imei:490154203237518;gaid:abc", "$"),  # k:v text, kept whole (searched as text)
])
def test_bodies_declared_as_form_that_are_not_forms(body: bytes, path: str) -> None:
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="POST", url="http://h.example/x",
                  request_headers=(("content-type", "application/x-www-form-urlencoded"),),
                  request_body=body)
    assert path in {leaf.path for leaf in decode_exchange(ex).leaves if leaf.part == "body"}


@pytest.mark.parametrize("text, expected", [
    # beyond 64 bits: orjson would give a float; the digits are kept (a 20-digit ICCID)
    ('{"iccid": 89014103211118510720}', {"iccid": 89014103211118510720}),
    ('[-9223372036854775809]', [-9223372036854775809]),
    # what orjson refuses and the lenient standard parser reads
    ('{"v": NaN}', {"v": "nan"}),
    ('{"t": "a\x01b"}', {"t": "a\x01b"}),
    ('{"s": "\\ud800"}', {"s": "\ud800"}),
    ('1e400', "inf"),
    # and the usual documents, as the standard parser reads them
    ('{"a": 1, "a": 2.50, "b": [true, null, "é"]}', {"a": 2.5, "b": [True, None, "é"]}),
])
def test_json_values_are_the_standard_parsers(text: str, expected: object) -> None:
    got = json_body.loads(text)
    if isinstance(expected, str) and expected in ("inf",):
        assert got == float(expected)
    elif expected == {"v": "nan"}:
        assert isinstance(got, dict) and got["v"] != got["v"]
    else:
        assert got == expected
    assert repr(got) == repr(json.JSONDecoder(strict=False).decode(text))
