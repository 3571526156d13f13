"""An install's ID found once under its SDK's key, found again under an app's own words for it
(classifiers/device_echoes.py), by the classify pass over a real in-memory study."""

from __future__ import annotations

from analysis.classifiers.device_echoes import device_echoes, learned_device_ids
from analysis.records import Detector, Finding, Part
from tests.analysis.passes.test_echoes import _post, _study

UUID = "c0ffee00-1234-4abc-9def-0123456789ab"
SDK = _post("https://api.metrics.example.net/v1/batch",
            {"anonymous_id": UUID, "event": "screen_view"})


def test_an_install_id_named_by_an_sdk_is_found_under_the_apps_own_words() -> None:
    found = _study(
        SDK,
        _post("https://api.teril.example.com/v1/kiirii", {"teril_id": UUID, "aata": "Jane"}),
        _post("https://api.teril.example.com/v1/sync?a=" + UUID.replace("-", ""), {"n": 1}),
        _post("https://crash.example.org/api/7/store",
              {"breadcrumbs": [{"message": f"sync failed on {UUID.upper()}"}],
               "device": UUID.upper()}))
    assert "id.device" in found[(1, "anonymous_id")]
    evidence = found[(2, "teril_id")]["id.device"]
    assert "anonymous_id" in evidence and "request 1" in evidence
    assert "id.device" in found[(3, "a")]  # without its dashes, in a query
    # ...as a whole field only (a log line's ID is not looked for: hundreds of IDs as substrings
    # of every field cost seconds on a big study)
    assert "id.device" not in found.get((4, "breadcrumbs[0].message"), {})
    assert "id.device" not in found.get((2, "aata"), {})
    assert "id.device" in found[(4, "device")]  # (upper case)


def test_a_field_already_read_as_an_identifier_keeps_its_reading() -> None:
    found = _study(SDK, _post("https://api.example.com/v1/me", {"user_id": UUID}))
    assert set(found[(2, "user_id")]) == {"id.user"}


def _f(category: str, value: str, confidence: float = 0.85,
       detector: Detector = Detector.KEY) -> Finding:
    return Finding(1, Part.BODY, "k", category, detector, confidence, "e", value, None, "r")


def test_what_is_learned() -> None:
    known = learned_device_ids([
        _f("id.device", UUID),
        _f("id.device", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),  # 32 hex digits: generated
        _f("id.device", "install-42"),  # not generated: names no one device
        _f("id.device", "00000000-0000-0000-0000-000000000000"),  # a run of zeros
        _f("id.device", "9a8b7c6d-5e4f-3a2b-1c0d-ffeeddccbbaa", 0.6),  # below a verdict
        _f("id.device", "11112222-3333-4444-5555-666677778888", detector=Detector.GROUND_TRUTH),
        _f("id.user", "22223333-4444-5555-6666-777788889999")])
    assert set(known) == {UUID, UUID.replace("-", ""), "0f1e2d3c4b5a69788796a5b4c3d2e1f0"}
    rows = [(2, "body", "x", UUID), (2, "body", "y", "x" + UUID),
            (2, "body", "z", UUID.replace("-", "").upper()), (3, "body", "k", UUID),
            (2, "body", "w", "boot " + UUID)]
    taken = [Finding(3, Part.BODY, "k", "id.user", Detector.KEY, 0.9, "e", UUID, None, "r")]
    echoed = {(f.exchange_id, f.path): f for f in device_echoes(known, rows, taken)}
    assert set(echoed) == {(2, "x"), (2, "z")}
    assert echoed[(2, "x")].confidence == 0.75 and echoed[(2, "x")].category == "id.device"
    assert echoed[(2, "x")].rule == "echo.device-id"


def test_a_push_token_sent_again_in_a_urls_path_and_query() -> None:
    from analysis.records import Exchange
    token = "bxp:APA91bHq7Zk2c0Lm3WnR8sTt4Yv6Xa9Bd1Ef5Gh7Jk0Mn2Pq4Rs6Tu8Vw"
    found = _study(
        _post("https://api.push.example/v1/subscribe", {"push_token": token}),
        _post(f"https://api.push.example/v1/devices/{token}/tags", {"a": 1}),
        Exchange(ts=0, method="GET", url=f"https://api.push.example/v1/open?device={token}"))
    assert "id.device" in found[(2, "path[2]")] and "id.device" in found[(3, "device")]


def test_an_advertising_id_named_once_is_found_in_a_protobufs_field() -> None:
    gaid = "38400000-8cf0-11bd-b23e-10b96e40000d"
    found = _study(_post("https://ads.example.net/v1/bid", {"gaid": gaid, "lmt": 0}),
                   _post("https://ads.example.net/v2/bid", {"3": gaid, "4": {"1": "US"}}))
    assert "id.advertising" in found[(2, "3")] and "id.device" not in found[(2, "3")]
    assert "request 1" in found[(2, "3")]["id.advertising"]
