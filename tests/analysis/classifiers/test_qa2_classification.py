"""Regressions for the classification bugs of QA round 2: a JWT claim's transform names the
token, an empty structured-header string is no device information, a form in ISO-8859-1 reads
as sent. Fixtures built in code."""

from __future__ import annotations

import base64
import json

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, Finding

EMAIL = "Qa.Tester@Example.net"
PROFILE = DeviceProfile(device=DeviceInfo(country="US"), identifiers={"user_id": "uqa-99117"},
                        contact={"email": EMAIL}, location={}, carrier={}, network={})


def _found(headers: tuple[tuple[str, str], ...], body: bytes = b"", ctype: str = "",
           profile: DeviceProfile | None = PROFILE) -> dict[str, Finding]:
    ex = Exchange(ts=0, method="POST", url="https://api.example.test/v1/me",
                  request_headers=(*headers, *((("content-type", ctype),) if ctype else ())),
                  request_body=body)
    return {f"{f.part}:{f.path}": f
            for f in classify_decoded(1, decode_exchange(ex), matcher_for(profile))}


def _segment(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def test_jwt_claim_transform_names_the_jwt_layer() -> None:
    token = ".".join((_segment({"alg": "HS256", "typ": "JWT"}),
                      _segment({"sub": "uqa-99117", "email": EMAIL.lower()}), "c2ln"))
    found = _found((("authorization", f"Bearer {token}"),))
    assert found["header:authorization.claims.email"].transform == "lowercase+jwt"
    assert found["header:authorization.claims.sub"].transform == "jwt"
    # the token itself is sent as it is
    assert found["header:authorization"].transform is None
    # without a profile the key and value classifiers name it too
    found = _found((("authorization", f"Bearer {token}"),), profile=None)
    assert found["header:authorization.claims.email"].transform == "jwt"
    # a JWT inside base64 names both wrappers, innermost first
    wrapped = base64.b64encode(token.encode()).decode()
    found = _found((), json.dumps({"t": wrapped}).encode(), "application/json")
    assert found["body:t.claims.email"].transform == "lowercase+jwt+base64"


def test_empty_structured_header_string_is_no_device_info() -> None:
    headers = (("sec-ch-ua-model", '""'), ("sec-ch-ua-platform-version", '" "'),
               ("x-os-version", '"unknown"'))
    assert _found(headers, profile=None) == {}
    found = _found((("sec-ch-ua-model", '"Pixel 8"'),), profile=None)
    assert found["header:sec-ch-ua-model"].category == "device.info"


def test_form_declared_iso_8859_1_reads_as_sent() -> None:
    ctype = "application/x-www-form-urlencoded; charset=ISO-8859-1"
    for body in (b"city=M%FCnchen&email=Qa.Tester%40Example.net",  # escaped Latin-1
                 b"city=M\xfcnchen&email=Qa.Tester%40Example.net",  # raw Latin-1 bytes
                 b"city=M%C3%BCnchen&email=Qa.Tester%40Example.net"):  # UTF-8 mislabelled
        for declared in (ctype, "application/x-www-form-urlencoded", ""):
            found = _found((), body, declared)
            assert found["body:city"].value == "M\u00fcnchen", (body, declared)
            assert found["body:email"].category == "contact.email"


def test_google_sign_in_cookie_ssid_is_a_session_not_a_wifi_network() -> None:
    cookie = ("cookie", "SID=g.a000abcdefghijklmnopqrstuvwxyz0123456789; SSID=AqFbCdEfGhIjKlfZ1; "
                        "__Secure-3PAPISID=Zx9YwVuTsRqPoNmLkJiH/AbCdEfGhIjKl")
    found = _found((cookie,), profile=None)
    assert {k: f.category for k, f in found.items()} == {
        "cookie:SID": "secret.credential", "cookie:SSID": "secret.credential",
        "cookie:__Secure-3PAPISID": "secret.credential"}
    # an "ssid" field in a body is still the Wi-Fi network's name
    found = _found((), json.dumps({"wifi": {"ssid": "HomeNet-5G"}}).encode(), "application/json",
                   profile=None)
    assert found["body:wifi.ssid"].category == "location.wifi"
