"""QA47 (end to end: the founding case's short-video app in Dublin, a courier app in Lagos): a
typing event's short-named lists, numbers a call bridge dials, a list of customers."""

from __future__ import annotations

import json

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.passes.classify import findings_for_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in


def test_an_event_named_for_typing_gives_its_lists_key_context() -> None:
    rows = [[30 + i, 100 * i + 5, 100 * i + 80] for i in range(10)]
    body = {"uid": "x1", "evs": [{"n": "comment_typing", "kd": rows,
                                  "ikg_ms": [161, 177, 188, 214, 122, 223, 125, 140, 139]}]}
    found = strong_in(body, "https://log.example/v1/mp-events")
    assert "behavior.keystroke" in found["evs[0].kd"]
    assert "behavior.keystroke" in found["evs[0].ikg_ms"]
    # ...and no other event's: a video's segments are no key events
    video = {"evs": [{"n": "video_watch", "kd": rows}]}
    assert not strong_in(video, "https://log.example/v1/mp-events").get("evs[0].kd")


def test_numbers_that_are_not_the_testers_stay_below_a_verdict() -> None:
    profile = DeviceProfile(device=DeviceInfo(platform="ios", country="NG"),
                            contact={"phone": "+2348031234567"})
    ex = Exchange(ts=0, method="POST", url="https://bridge.example/v1/calls",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"from": "+2342013330000",
                                           "to": "+2348091112233",
                                           "me": "+2348031234567"}).encode())
    found = {f.path: f for f in findings_for_exchange(1, ex, profile)}
    assert found["from"].confidence < 0.6 and found["to"].confidence < 0.6
    assert "not the tester's phone number" in (found["to"].evidence or "")
    assert found["me"].confidence >= 0.6  # the tester's own number, as the profile has it
    # without a profile nothing says whose they are: reported as found
    plain = {f.path: f for f in classify_decoded(1, decode_exchange(ex))}
    assert plain["to"].confidence >= 0.6


def test_a_list_of_customers_and_a_callee_are_others() -> None:
    found = strong_in({"customers": [{"name": "Ada", "phone": "+234 809 111 2233"}],
                       "callee_phone": "+234 809 111 2244"})
    assert not any("contact.phone" in cats for cats in found.values()), found
