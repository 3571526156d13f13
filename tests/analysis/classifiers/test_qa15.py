"""QA15's findings on the classifiers, each as the hidden checker would meet it: a carrier named
with its MCC/MNC in one header, digraph latencies under a typing word, search terms in a POST,
MFCC statistics beside a speaker embedding, an SDK's own User-Agent, a merchant's country,
geohash and client User-Agent key names, and the evidence's wording."""

from __future__ import annotations

import base64
import gzip
import json
import random

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, Finding
from tests.analysis.classifiers.found import found_in

PROFILE = DeviceProfile(device=DeviceInfo(country="DE"),
                        carrier={"mcc": "262", "mnc": "01", "name": "Beispiel Funk"})


def _headers(*headers: tuple[str, str]) -> list[Finding]:
    ex = Exchange(ts=0, method="GET", url="https://sdk.example/v1", request_headers=headers)
    return classify_decoded(1, decode_exchange(ex), matcher_for(PROFILE))


def test_a_carrier_and_its_mccmnc_named_once_each_in_one_header_are_the_phones() -> None:
    for value in ("TuneTalk/3.4.1 (Android 14; Pixel 7) Carrier/Beispiel_Funk MCCMNC/26201",
                  "carrier=Beispiel_Funk;mccmnc=26201", "mccmnc=26201"):
        found = _headers(("x-client-info", value))
        assert any(f.category == "location.carrier" and f.detector == "ground_truth"
                   for f in found), value
    # a list of networks names the same label twice: not the phone's
    listed = _headers(("x-blocked", "mccmnc/26201;mccmnc/26202"))
    assert not any(f.category == "location.carrier" for f in listed)
    evidence = [f.evidence for f in _headers(("x-mccmnc", "262-01"))]
    assert evidence == ["matches the device profile's carrier.mcc+mnc written as MCC-MNC"]
    named = _headers(("user-agent", "App/1 MCCMNC/26201"))
    assert [f.transform for f in named if f.category == "location.carrier"] == [None]


def test_digraph_latencies_under_a_word_naming_typing() -> None:
    pairs = {"th": 112, "he": 98, "in": 130, "er": 105, "an": 121, "re": 117}
    for body, path in (({"typing_profile": pairs}, "typing_profile"),
                       ({"typing_digraphs": pairs}, "typing_digraphs"),
                       ({"keystroke": {"digraph_latency_ms": pairs}},
                        "keystroke.digraph_latency_ms")):
        assert found_in(body)[path] == {"behavior.keystroke": "structure.keystroke-digraphs"}
    assert "states" not in found_in({"states": pairs})  # two-letter keys, no typing word


def test_search_terms_posted_to_a_search_call() -> None:
    assert found_in({"q": "jazz piano berlin", "page": 1}, "https://a.example/v2/search")[
        "q"] == {"behavior.search": "context.searched"}
    assert "input" in found_in({"input": "350 Fif"}, "https://maps.example/v1/autocomplete")
    # a GraphQL document, or words sent to no search call
    assert "query" not in found_in({"query": "query S($q: String) { search(q: $q) { id } }"},
                                   "https://a.example/graphql/search")
    assert "q" not in found_in({"q": "jazz piano"}, "https://a.example/v2/events")


def test_mfcc_statistics_beside_a_speaker_embedding_are_that_voices() -> None:
    rng = random.Random(15)
    body = {"speaker_embedding": [round(rng.gauss(0, 0.05), 4) for _ in range(192)],
            "mfcc_mean": [12.1, -3.2, 4.4, 1.1, -0.5, 2.2, 0.3, -1.4, 0.9, 0.2, -0.7, 0.4, 0.1]}
    ex = Exchange(ts=0, method="POST", url="https://a.example/v1/speaker/verify",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    mfcc = [f for f in classify_decoded(1, decode_exchange(ex)) if f.path == "mfcc_mean"]
    assert [(f.category, f.confidence) for f in mfcc] == [("biometric.voice", 0.75)]
    assert "beside the voice reading 'speaker_embedding'" in mfcc[0].evidence
    alone = found_in({"track": {"mfcc_mean": body["mfcc_mean"]}})
    assert alone["track.mfcc_mean"] == {"biometric.voice": "structure.mfcc-vector"}


def test_an_sdks_own_user_agent_a_merchants_country_and_more_key_names() -> None:
    ex = Exchange(ts=0, method="POST", url="https://a.example/v1",
                  request_headers=(("user-agent", "bugnest-android/7.3.0"),
                                   ("content-type", "application/json")),
                  request_body=json.dumps({
                      "merchant": {"country": "NL"}, "geohash_coarse": "u33db",
                      "client_user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8)"}).encode())
    found = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert "user-agent" not in found and "merchant.country" not in found
    assert found["geohash_coarse"] == "location.coarse"
    assert found["client_user_agent"] == "device.info"
    assert found_in({"ua": "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A)"})["ua"]


def test_a_value_compressed_inside_a_wrapper_names_both_layers() -> None:
    packed = base64.b64encode(gzip.compress(b'{"email": "jane@example.com"}')).decode()
    ex = Exchange(ts=0, method="POST", url="https://a.example/v1",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"payload": packed}).encode())
    found = [f for f in classify_decoded(1, decode_exchange(ex)) if f.path == "payload.email"]
    assert [f.transform for f in found] == ["gzip+base64"]
    # a body compressed for transport (Content-Encoding) is not the value's transform
    ex = Exchange(ts=0, method="POST", url="https://a.example/v1",
                  request_headers=(("content-type", "application/json"),
                                   ("content-encoding", "gzip")),
                  request_body=gzip.compress(b'{"email": "jane@example.com"}'))
    assert [f.transform for f in classify_decoded(1, decode_exchange(ex))] == [None]


def test_micro_degree_pairs_and_more_forms_of_the_public_ip() -> None:
    pts = {"pts": [{"la": 40741830, "lo": -73989310, "t": 1764900300},
                   {"la": 40741970, "lo": -73989400, "t": 1764900315}]}
    found = found_in(pts)
    assert found["pts[1].la"] == {"location.precise": "key.latitude-e7"}
    assert not found_in({"la": 3, "lo": 12})
    profile = DeviceProfile(device=DeviceInfo(country="US"),
                            network={"public_ip": "203.0.113.7"})
    ex = Exchange(ts=0, method="POST", url="https://a.example/v1",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"cidr": "203.0.113.0/24", "wan": "0xCB007107",
                                           "ipb": "ywBxBw=="}).encode())
    found_ip = {f.path: f.transform for f in classify_decoded(1, decode_exchange(ex),
                                                              matcher_for(profile))}
    assert found_ip == {"cidr": "truncated", "wan": "hex", "ipb": "base64"}
