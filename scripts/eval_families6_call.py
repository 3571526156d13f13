"""Blind set six, part six: a video-call app (see ``eval_families6.py`` for the rules of this set
and its labelling conventions).

Request shapes typical of such an app: meeting join (JSON with session, device-id and language
cookies), WebRTC signalling whose SDP offer (RFC 8866 syntax, ``a=candidate`` lines per RFC 8839)
and trickled ICE candidates (RFC 8445 host/srflx/relay, with ``raddr``) carry the phone's LAN and
server-reflexive public addresses, mDNS-obfuscated host candidates, in-call chat, invitations
picked from the address book and per-interval call-quality stats (brotli). Values are synthetic;
hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import CRED, DEV, encode
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

TEXT = "content.text"
IPS = "location.ip|device.info"  # a string carrying both the public and the LAN address


def _cand(n: int, ip: str, kind: str, raddr: str = "") -> str:
    prio = {"host": 2122260223, "srflx": 1686052607, "relay": 41885439}[kind]
    rel = f" raddr {raddr} rport 54400" if raddr else ""
    return (f"candidate:{n} 1 udp {prio} {ip} {54400 + n} typ {kind}{rel} generation 0 "
            f"ufrag Xq3t network-id 1 network-cost 10")


def video_call(rng: random.Random, i: int) -> Case:
    mid = str(rng.randint(10**9, 10**10))
    hdr: dict[str, Any] = {"Authorization": L("Bearer vc_" + rnd_hex(rng, 40), CRED),
                           "X-Client": "meetly-android/7.2.0",
                           "traceparent": f"00-{rnd_hex(rng, 32)}-{rnd_hex(rng, 16)}-01"}
    kind = i % 4
    if kind == 0:
        body: Any = {"display_name": L(NAME if i % 8 == 0 else "Tomás Ruiz", "contact.name"),
                     "email": L(EMAIL.upper() if i % 8 == 0 else "t.ruiz@example.net",
                                "contact.email"),
                     # the meeting passcode admits anyone who has it: a credential
                     "passcode": L(str(rng.randint(100000, 999999)), CRED),
                     "waiting_room_nonce": rnd_hex(rng, 16),
                     "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                "app_version": "7.2.0", "camera": "front", "mic": "builtin"},
                     "audio_only": False}
        cookies = {"vc_session": L(rnd_hex(rng, 48), CRED),
                   "vc_did": L(INSTALL_ID, "id.device"),
                   "vc_lang": L("en-US", DEV), "vc_ab": "join_ui_v3:b"}
        return case("video-call", f"https://api.meetly.example/v2/meetings/{mid}/join",
                    body=body, headers=hdr, cookies=cookies)
    if kind == 1:
        own = i % 8 == 1
        lan, pub = (LOCAL_IP, PUBLIC_IP) if own else ("10.0.0.14", "203.0.113.99")
        sdp = ("v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
               "a=group:BUNDLE 0 1\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\n"
               f"a={_cand(1, lan, 'host')}\r\na={_cand(2, pub, 'srflx', lan)}\r\n"
               f"a=ice-ufrag:Xq3t\r\na=ice-pwd:{rnd_hex(rng, 24)}\r\n"
               "a=fingerprint:sha-256 " + ":".join(rnd_hex(rng, 2).upper() for _ in range(32)) +
               "\r\na=setup:actpass\r\na=mid:0\r\na=rtpmap:111 opus/48000/2\r\n")
        body = {"type": "offer", "meeting_id": mid, "peer_id": rnd_uuid(rng), "sdp": L(sdp, IPS)}
        return case("video-call", "https://signal.meetly.example/v1/sdp", body=body, headers=hdr)
    if kind == 2:
        own = i % 8 == 2
        lan, pub = (LOCAL_IP, PUBLIC_IP) if own else ("10.0.0.14", "203.0.113.99")
        cands = [{"candidate": L(_cand(1, lan, "host"), DEV), "sdpMid": "0", "sdpMLineIndex": 0},
                 {"candidate": L(_cand(2, pub, "srflx", lan), IPS), "sdpMid": "0",
                  "sdpMLineIndex": 0},
                 # a TURN relay: the server's address, but raddr is the phone's public one
                 {"candidate": L(_cand(3, "198.51.100.23", "relay", pub), "location.ip"),
                  "sdpMid": "0", "sdpMLineIndex": 0},
                 # an mDNS-obfuscated host candidate: the LAN address is hidden
                 {"candidate": _cand(4, rnd_uuid(rng) + ".local", "host"), "sdpMid": "1",
                  "sdpMLineIndex": 1}]
        return case("video-call", "https://signal.meetly.example/v1/ice",
                    body={"meeting_id": mid, "candidates": cands}, headers=hdr)
    if i % 12 == 11:  # invitations picked from the address book: contact entries
        people = [("Ana Costa", "ana.costa@example.net", "+1 555 013 2231"),
                  ("Ben Ito", "ben.ito@example.com", "+1 555 014 9087"),
                  ("Chloe Martin", "chloe.m@example.org", "+44 20 7946 0311")]
        body = {"meeting_id": mid, "source": "address_book",
                "invitees": [{"name": L(n, "content.contacts"), "email": L(e, "content.contacts"),
                              "phone": L(p, "content.contacts")} for n, e, p in people],
                "note": L("Budget review moved to 3pm, join from your phone", TEXT)}
        return case("video-call", "https://api.meetly.example/v2/invites", body=body,
                    headers=hdr)
    if i % 12 == 3:
        body = {"meeting_id": mid, "to": "everyone", "msg_id": rnd_uuid(rng),
                "text": L("can everyone see my screen? sharing the Q3 budget now", TEXT)}
        return case("video-call", "https://api.meetly.example/v2/chat", body=body, headers=hdr)
    # one record per 10-second interval: the ICE pair and the phone's state each time
    intervals = [{"ts": 1700000000000 + i + 10000 * k,
                  "audio": {"jitter": 0.004, "packetsLost": rng.randint(0, 9),
                            "roundTripTime": 0.052, "audioLevel": 0.12},
                  "video": {"frameWidth": 1280, "frameHeight": 720, "framesPerSecond": 30},
                  "ice": {"localCandidateType": "srflx", "protocol": "udp",
                          "localAddress": L(LOCAL_IP, DEV),
                          "publicAddress": L(PUBLIC_IP, "location.ip"),
                          "remoteAddress": "198.51.100.23", "remotePort": 3478},
                  "device": {"battery": L(round(0.41 - 0.01 * k, 2), DEV),
                             "charging": L(False, DEV), "thermal": L("nominal", DEV),
                             "network": L("wifi", DEV)}} for k in range(5)]
    stats = {"meeting_id": mid, "interval_ms": 10000, "intervals": intervals,
             "cpu_cores": L(9, DEV)}
    return encode(case("video-call", "https://qos.meetly.example/v1/stats", body=stats,
                       headers=hdr), "br")


FAMILIES = (video_call,)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
