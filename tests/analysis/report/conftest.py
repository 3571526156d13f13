"""A small synthetic study for the report tests, built in code, with hostile captured strings.

Hosts use reserved example domains (RFC 2606); organisations are fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.records import (
    Capture,
    Claim,
    ClaimVerdict,
    Consent,
    Destination,
    Detector,
    Disclosure,
    Exchange,
    Finding,
    Flow,
    Part,
    Party,
    ReadError,
    Verdict,
)
from analysis.store import Store

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</style><h1>styled</h1>",
    "\"quoted' & \x00\x07\x1b[31m\u202etxt.exe",
    "$\\frac{1}{$ mathtext",
    "A" * 5000,
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">",
]
T0 = 1_700_000_000.0

DESTS = [
    Destination("api.clipshare.example", "192.0.2.10", 443, "US", "US", 64500, "Example Net",
                "Clipshare Example Inc.", party=Party.FIRST, rtt_ms=80.0, geo_plausible=True,
                requests=6, bytes_up=5000, bytes_down=20000,
                categories=("id.advertising", "biometric.face")),
    Destination("sdk.adnet.example", "198.51.100.7", 443, "SG", "US", 64501, "Adnet AS",
                "Adnet Example Ltd", party=Party.THIRD, rtt_ms=3.0, geo_plausible=False,
                requests=4, bytes_up=3000, bytes_down=1000,
                categories=("id.advertising", "biometric.face", "location.precise")),
    Destination("edge.cdn.example", "203.0.113.5", 443, "DE", "US", 64502, "CDN AS",
                "Cdn Example", party=Party.THIRD, cdn=True, requests=2, bytes_up=100,
                bytes_down=90000, categories=("device.info",)),
    Destination(HOSTILE[0], "203.0.113.66", 80, None, None, None, None, HOSTILE[1],
                party=Party.UNKNOWN, requests=2, bytes_up=10, bytes_down=10,
                categories=("content.text",)),
]


def build_study(store: Store) -> dict[int, int]:
    """Fill ``store``; returns exchange id -> destination index."""
    cap_no = store.add_capture(Capture("har", "/tmp/session-noconsent.har",
                                       app="com.example.clipshare", label="noconsent",
                                       consent=Consent.NO))
    cap_yes = store.add_capture(Capture("har", "/tmp/" + HOSTILE[2], app="com.example.clipshare",
                                        label=HOSTILE[3], consent=Consent.YES))
    links: dict[int, int] = {}
    findings: list[Finding] = []
    plan = [0] * 6 + [1] * 4 + [2] * 2 + [3] * 2
    for k, dest in enumerate(plan):
        d = DESTS[dest]
        cap = cap_no if k % 2 == 0 else cap_yes
        (ex_id,) = store.add_exchanges(cap, [Exchange(
            ts=T0 + 30 * k, method="POST", host=d.host, server_ip=d.ip, server_port=d.port,
            url=f"https://{d.host}/v1/collect?q={HOSTILE[k % len(HOSTILE)]}")])
        links[ex_id] = dest
        for cat in d.categories:
            findings.append(Finding(ex_id, Part.BODY, f"payload.{HOSTILE[k % 4]}", cat,
                                    Detector.KEY, 0.9, "key name", HOSTILE[(k + 1) % 6],
                                    transform="sha256" if dest == 1 else None))
    findings.append(Finding(1, Part.HEADER, "Authorization", "secret.credential",
                            Detector.KEY, 0.95, "auth header", "Bearer TOPSECRETTOKEN"))
    store.write_findings(findings)
    store.set_destinations(DESTS, links)
    store.set_claims(
        [Claim("no-face-without-consent", "We ask before collecting faceprints.",
               ("biometric.face",), "absent", when=(("consent", "false"),)),
         Claim("hostile" + HOSTILE[0], HOSTILE[1], ("device.info",), "allowed")],
        [ClaimVerdict("no-face-without-consent", Verdict.VIOLATED,
                      "biometric.face sent to 2 organisations without consent", (1, 7)),
         ClaimVerdict("hostile" + HOSTILE[0], Verdict.HOLDS, HOSTILE[2], (11,))],
        [Flow("biometric.face", "Adnet Example Ltd", "SG", Disclosure.CONTRADICTED,
              ("no-face-without-consent",), (7,), (cap_no,)),
         Flow("device.info", HOSTILE[1], None, Disclosure.OMITTED)],
    )
    store.add_errors("ingest", [ReadError(HOSTILE[0], "malformed-packet", HOSTILE[5], 12, 3)])
    store.set_geo_databases([{"kind": "country", "name": "test-country.mmdb", "path": "x",
                              "build_date": "2026-06-01", "license": "CC BY 4.0"}])
    store.set_meta("vantage", [48.85, 2.35])
    return links


@pytest.fixture
def study() -> Iterator[Store]:
    store = Store.memory()
    build_study(store)
    yield store
    store.close()


TINY_WORLD = {
    # Two big squares and one tiny country (below the marker threshold).
    "US": [[(-120.0, 30.0), (-80.0, 30.0), (-80.0, 48.0), (-120.0, 48.0), (-120.0, 30.0)]],
    "DE": [[(6.0, 47.0), (15.0, 47.0), (15.0, 55.0), (6.0, 55.0), (6.0, 47.0)]],
    "SG": [[(103.6, 1.2), (104.0, 1.2), (104.0, 1.5), (103.6, 1.5), (103.6, 1.2)]],
    "FR": [[(-4.0, 43.0), (7.0, 43.0), (7.0, 51.0), (-4.0, 51.0), (-4.0, 43.0)]],
}


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Path]]]:
    """The conftest study written once in every format: (directory, paths written)."""
    from analysis.report import write_report

    out = tmp_path_factory.mktemp("report")
    store = Store.memory()
    build_study(store)
    written = write_report(store, out, ["html", "pdf", "json", "csv"])
    store.close()
    yield out, written
