"""Traffic whose content was not seen is counted connection by connection, whatever the source
(QA3 P8): TLS the key log did not cover, and a live proxy's ``tls-failed`` (pinned)
connections. A claim that holds says how many were not inspected."""

from __future__ import annotations

from pathlib import Path

from analysis.claims import parse_claims
from analysis.passes import AnalysisContext
from analysis.passes.check import run
from analysis.records import Capture, Connection, Consent, Exchange, ReadError
from analysis.store import Store

CLAIMS = parse_claims('app = "com.example.app"\n[[claim]]\nid = "no-health"\ntext = "t"\n'
                      'data = ["health"]\nexpect = "absent"\n', Path("c.toml"))


def _tls(cport: int, t: float = 10.0, server: str = "192.0.2.9") -> Connection:
    return Connection("tcp", "10.0.0.2", cport, server, 443, t, t + 1, 5, 5, 900, 4000,
                      sni="api.app.example")


def _exchange(cport: int, t: float = 10.5, server: str = "192.0.2.9") -> Exchange:
    return Exchange(ts=t, method="POST", url="https://api.app.example/v1", host="api.app.example",
                    server_ip=server, server_port=443, client_ip="10.0.0.2", client_port=cport)


def test_undecrypted_session_to_a_server_with_a_decrypted_one_counts() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="pcap", source="a.pcap", consent=Consent.NO))
    store.add_exchanges(cid, [_exchange(41000)])
    store.add_connections(cid, [_tls(41000), _tls(41001)])
    assert store.undecrypted_tls_counts() == {cid: 1}
    run(store, AnalysisContext(claims=CLAIMS))
    (row,) = store.claim_rows()
    assert row["verdict"] == "holds"
    # where it went, so a claim about countries is read against what was not seen (QA82)
    assert "1 TLS connection(s) in these sessions (to api.app.example) could not be" in row[
        "explanation"]


def test_pcap_beside_a_proxy_session_counts_as_seen_only_while_the_proxy_saw_it() -> None:
    store = Store.memory()
    proxy = store.add_capture(Capture(kind="proxy", source="proxy", consent=Consent.NO))
    pcap = store.add_capture(Capture(kind="pcap", source="b.pcap", consent=Consent.NO))
    store.add_exchanges(proxy, [_exchange(50000, t=10.5)])
    # the proxy's upstream connection, seen as TLS in the pcap (other ports), and an hour later
    # one the proxy never saw (the app bypassed it)
    store.add_connections(pcap, [_tls(60000, t=10.0), _tls(60001, t=3610.0)])
    assert store.undecrypted_tls_counts() == {pcap: 1}


def test_pinned_proxy_connections_are_not_inspected() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="proxy", source="proxy", consent=Consent.NO))
    store.add_exchanges(cid, [Exchange(ts=1.0, method="POST", url="http://127.0.0.1:18083/v1",
                                       host="127.0.0.1", server_ip="127.0.0.1",
                                       server_port=18083, client_port=33176)])
    # what the proxy records for a refused handshake: a connection with no bytes, an error
    store.add_connections(cid, [Connection("tcp", "127.0.0.1", 33178, "127.0.0.2", 18449,
                                           2.0, 2.0)])
    store.add_errors("proxy", [ReadError("proxy", "tls-failed", "phone refused the proxy's "
                                         "certificate")], capture_id=cid)
    assert store.tls_refused_counts() == {cid: 1}
    assert store.undecrypted_tls_counts() == {}  # counted once, as refused
    run(store, AnalysisContext(claims=CLAIMS))
    (row,) = store.claim_rows()
    assert row["verdict"] == "holds"
    assert ("1 connection(s) in these sessions refused the proxy's certificate"
            in row["explanation"]) and "not inspected" in row["explanation"]
