"""Several captures in one ingest: parallel workers give the same rows as one by one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import CORPUS, TcpConv, client_hello, pcap_bytes

from analysis.ingest import CaptureMeta, ingest
from analysis.sources.base import SourceOptions
from analysis.store import Store


def _captures(tmp_path: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        conv = TcpConv(sport=443, cport=41000 + i)
        conv.handshake()
        conv.send(True, client_hello(f"host{i}.example"))
        conv.close()
        path = tmp_path / f"c{i}.pcap"
        path.write_bytes(pcap_bytes(conv.packets))
        paths.append(path)
    return paths


def _summary(store: Store) -> list[tuple[str, str | None, str | None]]:
    return sorted((c.capture.source, c.status,
                   next((r["sni"] for r in store.db["connections"].rows_where(
                       "capture_id = ?", [c.id])), None)) for c in store.captures())


def test_parallel_equals_sequential(tmp_path: Path) -> None:
    paths = _captures(tmp_path, 3)
    seq, par = Store.memory(), Store.memory()
    ingest(seq, paths, CaptureMeta(), SourceOptions(), jobs=1)
    results = ingest(par, paths, CaptureMeta(), SourceOptions(), jobs=2)
    assert _summary(seq) == _summary(par)
    assert [r.counts.get("connections") for r in results] == [1, 1, 1]
    assert {s for _src, _st, s in _summary(par)} == {"host0.example", "host1.example",
                                                     "host2.example"}


def test_parallel_keeps_readable_files_and_reports_the_broken_one(tmp_path: Path) -> None:
    paths = _captures(tmp_path, 2)
    broken = tmp_path / "broken.pcap"
    broken.write_bytes(b"\xd4\xc3\xb2\xa1" + bytes(8))  # pcap magic, header cut short
    store = Store.memory()
    results = ingest(store, [paths[0], broken, paths[1]], CaptureMeta(), SourceOptions(),
                     jobs=2)
    assert [r.status for r in results] == ["complete", "failed", "complete"]
    assert "broken.pcap" in results[1].errors[-1]
    status = {Path(c.capture.source).name: c.status for c in store.captures()}
    assert status == {"c0.pcap": "complete", "broken.pcap": "failed", "c1.pcap": "complete"}


def test_progress_bar_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ingest(Store.memory(), _captures(tmp_path, 1), CaptureMeta(), SourceOptions(),
           progress=True)
    err = capsys.readouterr().err
    assert "100%" in err and "1/1 files" in err


SAMPLE = ["pcap/pcapdroid_metadata.pcap", "pcapng/zeek_pcapng-multi-interface.pcapng",
          "malformed/DERIVED_trunc-mid-record_ndpi_android.pcap",
          "malformed/pcapdroid_fuzz_crash-593ec6ea.bin", "malformed/dns-badlabel.pcap",
          "pcap/ppp_nanosecs_big_endian.pcap", "pcap/LINKTYPE_PKTAP.pcap"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_corpus_sample_ingests_or_fails_clearly() -> None:
    store = Store.memory()
    ingest(store, [CORPUS / p for p in SAMPLE], CaptureMeta(), SourceOptions(), jobs=2)
    status = {Path(c.capture.source).name: c.status for c in store.captures()}
    assert status["DERIVED_trunc-mid-record_ndpi_android.pcap"] == "partial"
    assert status["pcapdroid_metadata.pcap"] == "complete"
    assert store.count("connections") > 20 and store.count("dns_answers") >= 16
    truncated = [e for e in store.db["errors"].rows_where("kind = 'truncated'")]
    assert all(e["offset"] is not None for e in truncated) and len(truncated) == 2
