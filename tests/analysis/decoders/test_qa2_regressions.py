"""Regressions for the decoding bugs of QA round 2 (base64 declared as a form, failed content
encodings, JSON charsets and truncated JSON, form charsets). Fixtures built in code."""

from __future__ import annotations

import base64
import json

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
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
