"""A hardware ID named once (a watch's Bluetooth address and serial in the app's pairing call) is
found again where the study sends it under a key that names nothing, without its separators or
inside a log line (QA84), by the classify pass over a real in-memory study."""

from __future__ import annotations

import json

from analysis.analyze import run_passes
from analysis.passes import AnalysisContext
from analysis.records import Capture, Exchange
from analysis.store import Store


def _post(url: str, body: object) -> Exchange:
    return Exchange(ts=0, method="POST", url=url,
                    request_headers=(("content-type", "application/json"),),
                    request_body=json.dumps(body).encode())


def _study(*exchanges: Exchange) -> dict[tuple[int, str], dict[str, str]]:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="synthetic"))
    store.add_exchanges(cap, list(exchanges))
    run_passes(store, AnalysisContext(), [], ("decode", "classify"))
    out: dict[tuple[int, str], dict[str, str]] = {}
    for r in store.db["findings"].rows:
        out.setdefault((r["exchange_id"], r["path"]), {})[r["category"]] = r["evidence"]
    return out


PAIRING = _post("https://api.watch.example.com/v1/devices/pair",
                {"ble_mac": "D4:3B:04:9A:17:C2", "serial": "PLN-7Q2K-88310", "model": "P2"})


def test_a_hardware_id_named_once_is_found_where_it_is_sent_again() -> None:
    found = _study(
        PAIRING,
        _post("https://collect.analytics.example.net/v2/events",
              {"user_properties": {"peripheral": "D43B049A17C2", "plan": "free"}}),
        _post("https://crash.example.org/api/4410/store/",
              {"breadcrumbs": [{"message": "app start"},
                               {"message": "GATT timeout on watch PLN-7Q2K-88310 after 3 "
                                           "retries"}]}))
    assert "id.hardware" in found[(1, "ble_mac")] and "id.hardware" in found[(1, "serial")]
    evidence = found[(2, "user_properties.peripheral")]["id.hardware"]
    assert "ble_mac" in evidence and "request 1" in evidence and "another case" in evidence
    assert "D43B049A17C2" not in evidence  # (the evidence is shown unmasked: no identifier)
    assert "id.hardware" in found[(3, "breadcrumbs[1].message")]
    assert (3, "breadcrumbs[0].message") not in found
    assert (2, "user_properties.plan") not in found


def test_only_whole_tokens_and_no_echo_without_a_hardware_id() -> None:
    found = _study(
        PAIRING,
        # the address's digits inside a longer hex string (a hash) are no address
        _post("https://api.watch.example.com/v1/sync",
              {"digest": "aad43b049a17c2ff0e", "note": "XPLN-7Q2K-883101"}))
    assert (2, "digest") not in found and (2, "note") not in found
    alone = _study(_post("https://collect.analytics.example.net/v2/events",
                         {"user_properties": {"peripheral": "D43B049A17C2"}}))
    assert not any("id.hardware" in cats for cats in alone.values())


def test_review_a_dotless_i_never_breaks_the_pass() -> None:
    # a case-insensitive Unicode "i" matches a Turkish dotless one, which lower-cases to no
    # learned form: the whole classify pass used to die on it
    found = _study(
        _post("https://api.watch.example.com/v1/devices/pair", {"serial": "PLN-7QIK-88310"}),
        _post("https://crash.example.org/api/1/store/",
              {"message": "saat eşleşmedi: pln-7qık-88310"}))
    assert "id.hardware" in found[(1, "serial")]
    assert (2, "message") not in found


def test_review_serials_that_are_no_devices_do_not_spread() -> None:
    found = _study(
        _post("https://api.parcels.example.com/v1/track",
              {"parcel": {"serial": "JJD0001234567891"}, "tls": {"cert_serial": "4F3A99B2CC10"}}),
        _post("https://collect.analytics.example.net/v2/events",
              {"events": [{"params": {"tracking_number": "JJD0001234567891",
                                      "pin": "4F3A99B2CC10"}}]}))
    assert not any("id.hardware" in cats for (ex, _), cats in found.items() if ex == 2), found


def test_review_a_paired_accessorys_object_stays_the_accessorys() -> None:
    found = _study(
        _post("https://api.watch.example.com/v1/devices/pair",
              {"bluetooth_mac": "D4:3B:04:9A:17:C2"}),
        _post("https://api.watch.example.com/v1/sync",
              {"accessories": [{"mac": "D4:3B:04:9A:17:C2", "id": "D43B049A17C2"}]}))
    echoed = found.get((2, "accessories[0].id"), {})
    assert "id.hardware" not in echoed, found
