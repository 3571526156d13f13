"""Generate the bundled demo in captures/demo/: SYNTHETIC traffic of a fictional app.

The app ``com.example.clipshare`` (a short-video app) and every domain below are fictional
(``.example`` is reserved by RFC 2606); no real company sends or receives anything here. The
server addresses are taken from the public IP ranges of real hosting providers (AWS, DigitalOcean,
Hetzner, OVH, Alibaba Cloud) so that GeoIP answers span several countries. All device values are
invented. One destination has a planted impossible GeoIP answer (a 3 ms connect time to a server
geolocated in Australia, seen from New York) to show the RTT plausibility check.

Two sessions: one with consent given in the app, one with consent declined; each as a HAR (what
a proxy decrypted) and the second also as a pcap (what a PCAPdroid capture on the phone shows at
the transport level: DNS, TLS SNI, TCP handshake RTT, one plaintext HTTP request).

Run: ``python scripts/make_demo.py`` (deterministic: same output every time).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import struct
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

OUT = Path(__file__).resolve().parents[1] / "captures" / "demo"
T0 = datetime(2026, 11, 2, 15, 0, 0, tzinfo=UTC).timestamp()
UA = "ClipShare/7.4.1 (Android 14; Pixel-like DemoPhone)"

DEVICE = {
    "gaid": "3f1c9a2e-7b4d-4e8a-9c21-5d6e7f8a9b0c",
    "android_id": "9774d56d682e549c",
    "imei": "490154203237518",
    "user_id": "u-58213377",
    "install_id": "inst-7c0d2e44a1",
    "email": "demo.tester@example.org",
    "public_ip": "198.51.100.23",
    "lat": 40.74183,
    "lon": -73.98931,
}

SERVERS = {  # host -> (ip, connect ms, tls ms)
    "api.clipshare.example": ("3.208.17.10", 9.0, 14.0),
    "upload.clipshare.example": ("128.199.65.12", 236.0, 240.0),
    "edge.clipshare.example": ("13.54.60.11", 3.0, 5.0),
    "pins.clipshare.example": ("54.172.40.21", 11.0, 15.0),
    "metrics.sparrowanalytics.example": ("88.198.40.7", 92.0, 95.0),
    "vision.facegrid.example": ("47.74.200.16", 228.0, 231.0),
    "ads.adnimbus.example": ("54.38.95.71", 84.0, 88.0),
}


def vector(rng: random.Random, n: int) -> list[float]:
    raw = [rng.gauss(0, 1) for _ in range(n)]
    norm = sum(x * x for x in raw) ** 0.5
    return [round(x / norm, 5) for x in raw]


def keystrokes(rng: random.Random, text: str) -> list[dict[str, Any]]:
    t, out = 0, []
    for ch in text:
        t += rng.randint(90, 260)
        out.append({"k": ch, "down": t, "up": t + rng.randint(60, 140)})
    return out


def entry(ts: float, method: str, url: str, body: Any = None, *, form: bool = False,
          headers: list[tuple[str, str]] | None = None, status: int = 200) -> dict[str, Any]:
    host = url.split("/")[2]
    ip, connect, tls = SERVERS[host]
    hdrs = [("User-Agent", UA), ("Host", host)] + (headers or [])
    req: dict[str, Any] = {"method": method, "url": url, "httpVersion": "HTTP/2.0",
                           "headers": [{"name": k, "value": v} for k, v in hdrs],
                           "cookies": [], "queryString": [], "headersSize": -1, "bodySize": 0}
    if body is not None:
        text = urlencode(body) if form else json.dumps(body, separators=(",", ":"))
        mime = "application/x-www-form-urlencoded" if form else "application/json"
        req["headers"].append({"name": "Content-Type", "value": mime})
        req["postData"] = {"mimeType": mime, "text": text}
        req["bodySize"] = len(text)
    return {
        "startedDateTime": datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z"),
        "time": connect + tls + 40,
        "request": req,
        "response": {"status": status, "statusText": "OK", "httpVersion": "HTTP/2.0",
                     "headers": [{"name": "Content-Type", "value": "application/json"}],
                     "cookies": [], "content": {"size": 15, "mimeType": "application/json",
                                                "text": "{\"ok\":true}"},
                     "redirectURL": "", "headersSize": -1, "bodySize": 11},
        "cache": {},
        "timings": {"blocked": 0, "dns": 1, "connect": connect, "ssl": tls, "send": 1,
                    "wait": 38, "receive": 1},
        "serverIPAddress": ip,
    }


def session(consent: bool, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    t = T0 + (0 if consent else 3600)
    d = DEVICE
    sim = {"mcc": "310", "mnc": "260", "carrier": "Example Mobile", "sim_country": "us"}
    events = [{"name": name, "event_id": f"{rng.getrandbits(128):032x}",
               "ts": int((t + i) * 1000)} for i, name in
              enumerate(["app_open", "screen_view", "video_play", "comment_open"])]
    face = {"embedding": vector(rng, 128),
            "landmarks": [[round(rng.uniform(80, 420), 1), round(rng.uniform(60, 520), 1)]
                          for _ in range(68)]}
    batch = {"device": {"gaid": d["gaid"], "android_id": d["android_id"],
                        "model": "DemoPhone 8", "os": "Android 14", "locale": "en_US"},
             "events": events,
             "typing": {"field": "comment", "events": keystrokes(rng, "so cool!!")}}
    out = [
        entry(t + 0.2, "POST", "https://api.clipshare.example/v1/login",
              {"email": d["email"], "password": "demo-password-1"}),
        entry(t + 0.9, "POST", "https://api.clipshare.example/v1/device",
              {"device": {"android_id": d["android_id"], "model": "DemoPhone 8",
                          "os": "Android 14"}, "sim": sim, "client_ip": d["public_ip"],
               "install_id": d["install_id"]}),
        entry(t + 1.5, "GET", f"https://api.clipshare.example/v1/feed?uid={d['user_id']}"
              "&lang=en-US&count=20",
              headers=[("Cookie", f"sid=s3ss10n-{seed}; iid={d['install_id']}")]),
        # The analytics SDK wraps its batch in base64, as many SDKs do.
        entry(t + 2.4, "POST", "https://metrics.sparrowanalytics.example/v2/batch",
              {"sdk": "sparrow-android/3.2", "payload":
               base64.b64encode(json.dumps(batch).encode()).decode()}),
        entry(t + 3.1, "POST", "https://vision.facegrid.example/v1/templates",
              {"install_id": d["install_id"], "face": face,
               "voice": {"speaker_embedding": vector(rng, 192), "sample_rate": 16000}}),
        entry(t + 5.0, "POST", "https://upload.clipshare.example/v1/videos",
              {"user_id": d["user_id"], "title": "my cat", "duration_ms": 15200,
               "geo": {"lat": d["lat"], "lon": d["lon"]},
               "face_effect": {"embedding": vector(rng, 128)}}),
        entry(t + 6.2, "POST", "https://ads.adnimbus.example/openrtb/bid",
              {"gaid": d["gaid"], "lat": round(d["lat"], 4), "lon": round(d["lon"], 4),
               "imei_md5": hashlib.md5(d["imei"].encode()).hexdigest(),
               "carrier": "310-260", "app": "com.example.clipshare"}, form=True),
        entry(t + 7.0, "POST", "https://edge.clipshare.example/v1/ping",
              {"install_id": d["install_id"], "rtt_probe": 1}),
    ]
    if consent:
        out.append(entry(t + 8.0, "POST", "https://api.clipshare.example/v1/consent",
                         {"biometrics": True, "ads": True, "install_id": d["install_id"]}))
    return out


def har(entries: list[dict[str, Any]], comment: str) -> dict[str, Any]:
    return {"log": {"version": "1.2", "comment": comment,
                    "creator": {"name": "phonehome make_demo.py (SYNTHETIC)", "version": "1"},
                    "entries": entries}}


# -- a small pcap of the no-consent session, written without scapy so the script stays light --

def _csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    s = (s >> 16) + (s & 0xFFFF)
    return ~(s + (s >> 16)) & 0xFFFF


def _ip(src: str, dst: str, proto: int, payload: bytes) -> bytes:
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 0, 0x4000, 64, proto, 0,
                      bytes(map(int, src.split("."))), bytes(map(int, dst.split("."))))
    return hdr[:10] + struct.pack("!H", _csum(hdr)) + hdr[12:] + payload


def _tcp(sport: int, dport: int, seq: int, ack: int, flags: int, payload: bytes = b"") -> bytes:
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 0x50, flags, 65535, 0, 0) + payload


def _udp(sport: int, dport: int, payload: bytes) -> bytes:
    return struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload


def _dns_response(qid: int, name: str, ip: str) -> bytes:
    qname = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    answer = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 300, 4) + bytes(map(int, ip.split(".")))
    return struct.pack("!HHHHHH", qid, 0x8180, 1, 1, 0, 0) + qname + b"\0\x01\0\x01" + answer


def _client_hello(sni: str) -> bytes:
    name = sni.encode()
    sni_ext = struct.pack("!HHHBH", 0, len(name) + 5, len(name) + 3, 0, len(name)) + name
    alpn = b"\x02h2\x08http/1.1"
    alpn_ext = struct.pack("!HHH", 16, len(alpn) + 2, len(alpn)) + alpn
    exts = sni_ext + alpn_ext
    body = (b"\x03\x03" + bytes(range(32)) + b"\x00" + b"\x00\x02\x13\x01" + b"\x01\x00"
            + struct.pack("!H", len(exts)) + exts)
    hs = b"\x01" + struct.pack("!I", len(body))[1:] + body
    return b"\x16\x03\x01" + struct.pack("!H", len(hs)) + hs


def pcap(path: Path) -> None:
    phone, dns = "10.0.0.2", "10.0.0.1"
    t = T0 + 3600 - 0.5
    frames: list[tuple[float, bytes]] = []
    port = 40000
    for i, (host, (ip, connect, _tls)) in enumerate(SERVERS.items()):
        frames.append((t, _ip(dns, phone, 17, _udp(53, 5353 + i, _dns_response(i + 1, host, ip)))))
        port += 1
        rtt = connect / 1000
        frames.append((t + 0.001, _ip(phone, ip, 6, _tcp(port, 443, 1000, 0, 0x02))))
        frames.append((t + 0.001 + rtt, _ip(ip, phone, 6, _tcp(443, port, 5000, 1001, 0x12))))
        frames.append((t + 0.002 + rtt, _ip(phone, ip, 6, _tcp(port, 443, 1001, 5001, 0x10))))
        hello = _client_hello(host)
        frames.append((t + 0.003 + rtt, _ip(phone, ip, 6, _tcp(port, 443, 1001, 5001, 0x18,
                                                                 hello))))
        t += 0.4
    # One plaintext request: the app's config fetch over plain HTTP (what a sceptic can read).
    ip = SERVERS["api.clipshare.example"][0]
    req = (f"GET /cfg?android_id={DEVICE['android_id']}&v=7.4.1 HTTP/1.1\r\n"
           "Host: api.clipshare.example\r\nUser-Agent: " + UA + "\r\n\r\n").encode()
    port += 1
    frames.append((t, _ip(phone, ip, 6, _tcp(port, 80, 1, 0, 0x02))))
    frames.append((t + 0.009, _ip(ip, phone, 6, _tcp(80, port, 9, 2, 0x12))))
    frames.append((t + 0.010, _ip(phone, ip, 6, _tcp(port, 80, 2, 10, 0x10))))
    frames.append((t + 0.011, _ip(phone, ip, 6, _tcp(port, 80, 2, 10, 0x18, req))))
    with path.open("wb") as fh:
        fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 101))  # raw IP
        for ts, frame in frames:
            sec = int(ts)
            fh.write(struct.pack("<IIII", sec, int((ts - sec) * 1e6), len(frame), len(frame)))
            fh.write(frame)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    note = ("SYNTHETIC demo data generated by scripts/make_demo.py for the fictional app "
            "com.example.clipshare; no real person, device or company.")
    for name, consent, seed in (("session-consent.har", True, 1),
                                ("session-noconsent.har", False, 2)):
        (OUT / name).write_text(json.dumps(har(session(consent, seed), note), indent=1) + "\n")
    pcap(OUT / "session-noconsent.pcap")
    print(f"wrote demo captures to {OUT}")


if __name__ == "__main__":
    main()
