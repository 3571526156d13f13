"""Paths through nested layers (DESIGN.md findings[].path) and recorded failures."""

from __future__ import annotations

import base64
import gzip
import json

import msgpack
import pytest

from analysis.decoders import decode_exchange
from analysis.records import Exchange, ExchangeKind, Part


def _paths(ex: Exchange) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    leaves = decode_exchange(ex).leaves
    return {(str(leaf.part), leaf.path): (leaf.text, leaf.layers) for leaf in leaves}


def test_paths_continue_through_layers() -> None:
    inner = base64.b64encode(gzip.compress(json.dumps({"device": {"imei": "1"}}).encode()))
    body = {"user": {"ids": ["a", "b"]}, "payload": inner.decode(),
            "nested": json.dumps({"k": [{"v": 2}]})}
    ex = Exchange(ts=0, method="POST", url="https://h.example/a/b?x=1&x=2",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    paths = _paths(ex)
    assert paths[("body", "user.ids[0]")] == ("a", ("json",))
    assert paths[("body", "payload.device.imei")] == ("1", ("json", "base64", "gzip", "json"))
    assert paths[("body", "nested.k[0].v")] == ("2", ("json", "json"))
    assert paths[("query", "x[0]")][0] == "1" and paths[("query", "x[1]")][0] == "2"
    assert ("url", "path[1]") in paths


def test_msgpack_body_and_numeric_arrays_kept_whole() -> None:
    body = msgpack.packb({"emb": [0.5] * 128, 7: "x"})
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/msgpack"),), request_body=body)
    decoded = decode_exchange(ex)
    emb = next(leaf for leaf in decoded.leaves if leaf.path == "emb")
    assert emb.array and len(emb.value) == 128
    assert any(n.path == "emb" for n in decoded.nodes)
    assert any(leaf.path == "7" and leaf.text == "x" for leaf in decoded.leaves)


def test_websocket_up_message_and_headers() -> None:
    ex = Exchange(ts=0, kind=ExchangeKind.WEBSOCKET, direction="up",
                  request_body=b'{"lat": 40.7}')
    assert [(leaf.part, leaf.path) for leaf in decode_exchange(ex).leaves] == [(Part.BODY, "lat")]
    ex = Exchange(ts=0, method="GET", url="https://h.example/",
                  request_headers=(("Host", "h.example"), ("X-Device-Id", "abc123"),
                                   ("Authorization", "Basic dXNlcjpwYXNz")))
    paths = _paths(ex)
    assert ("header", "X-Device-Id") in paths and ("header", "Host") not in paths
    assert paths[("header", "Authorization")][0] == "Basic dXNlcjpwYXNz"  # the name as sent


def test_a_bomb_is_decoded_up_to_its_cut() -> None:
    # a value in front of the padding is still read: a payload cannot hide behind a bomb
    body = b'{"email": "jane@example.com", "pad": "' + b"A" * (9 << 20) + b'"}'
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-encoding", "gzip"),
                                   ("content-type", "application/json")),
                  request_body=gzip.compress(body))
    decoded = decode_exchange(ex)
    kind, message = decoded.errors[0]
    assert kind == "decompression-bomb" and "8,388,608 bytes" in message
    email = next(leaf for leaf in decoded.leaves if leaf.path == "email")
    assert email.text == "jane@example.com" and email.layers == ("gzip", "json")
    assert decoded.raw  # the rest up to the cut is kept raw, and marks the body partly read


def test_bomb_and_corrupt_bodies_are_recorded() -> None:
    bomb = gzip.compress(b"{" + b" " * (9 << 20) + b"}")
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-encoding", "gzip"),), request_body=bomb)
    assert decode_exchange(ex).errors[0][0] == "decompression-bomb"
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=b'{"a": tru')
    decoded = decode_exchange(ex)
    assert decoded.errors and decoded.errors[0][0] == "undecodable-body"
    assert "json" in decoded.errors[0][1]
    assert any(leaf.path == "$" for leaf in decoded.leaves)  # kept raw, not dropped


def test_base64_zlib_body_declared_json_decodes_without_a_spurious_error() -> None:
    import base64
    import json as _json
    import zlib

    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    doc = _json.dumps({"gaid": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"}).encode()
    ex = Exchange(ts=0, method="POST", url="http://h.example/x",
                  request_headers=(("content-type", "application/json"),),
                  request_body=base64.b64encode(zlib.compress(doc)))
    decoded = decode_exchange(ex)
    assert [(leaf.path, leaf.layers) for leaf in decoded.leaves if leaf.part == "body"] == [
        ("gaid", ("base64", "deflate", "json"))]
    assert decoded.errors == []  # the declared JSON failed, but the body was read


@pytest.mark.parametrize("layers", [7, 8, 11])
def test_wrapping_past_the_depth_bound_is_recorded(layers: int) -> None:
    # base64 inside base64 ... past MAX_DEPTH: the innermost layer is kept, and said so
    value = json.dumps({"email": "jane@example.com"})
    for _ in range(layers):
        value = base64.b64encode(value.encode()).decode()
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"d": value}).encode())
    decoded = decode_exchange(ex)
    assert len(decoded.errors) == 1
    kind, message = decoded.errors[0]
    assert kind == "undecodable-body" and message.startswith("body d: ")
    assert "more than 8 layers deep" in message
    assert decoded.leaves[-1].path == "d"  # kept, not dropped


def test_six_wrappers_are_all_undone() -> None:
    value = json.dumps({"email": "jane@example.com"})
    for _ in range(6):
        value = base64.b64encode(value.encode()).decode()
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"d": value}).encode())
    decoded = decode_exchange(ex)
    assert not decoded.errors
    assert decoded.leaves[-1].path == "d.email"



def test_a_compact_key_event_string_is_read_as_rows() -> None:
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"ks": "h:0:96|e:210:302|l:455:540|l:700:790|"
                                                 "o:930:1010", "t": "8:30:00|9:15:00"}).encode())
    node = next(n for n in decode_exchange(ex).nodes if n.path == "ks")
    assert node.value == [["h", 0, 96], ["e", 210, 302], ["l", 455, 540], ["l", 700, 790],
                          ["o", 930, 1010]]
    assert node.layers == ("json", "key-events")


@pytest.mark.parametrize(("link", "fields"), [
    ("https://app.example.com/open?e=jane%40example.com&uid=u_1",
     {"deeplink.e": "jane@example.com", "deeplink.uid": "u_1"}),
    # an app's own scheme and an Android intent (RFC 3986 §3.1; blind126's attribution call)
    ("taisfeto://open?e=jane%40example.com&uid=u_1",
     {"deeplink.e": "jane@example.com", "deeplink.uid": "u_1"}),
    ("intent://scan/?uid=9#Intent;scheme=zxing;end", {"deeplink.uid": "9"}),
    # prose holding a "://", a link without a query
    ("see a://b?c=d in the text", {}),
    ("myapp://product/12", {}),
])
def test_a_deep_links_parameters(link: str, fields: dict[str, str]) -> None:
    ex = Exchange(ts=0, method="POST", url="https://h.example/v1",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"deeplink": link}).encode())
    found = {p: text for (part, p), (text, _) in _paths(ex).items()
             if part == "body" and p.startswith("deeplink.")}
    assert found == fields
