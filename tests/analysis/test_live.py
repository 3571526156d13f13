"""The live writer process (``analysis.live_child``) and its owner ``analysis.live.LiveWriter``,
against a real study database in a temporary directory."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from mitmproxy.test import tflow

from analysis.live import LiveWriter
from analysis.live_child import NICE, recv, send
from analysis.records import Capture, Connection, ReadError
from analysis.sources.mitm_wire import http_wire
from analysis.store import Store

ROOT = Path(__file__).resolve().parents[2]


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_writer_counts_and_closes_the_session(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    writer = LiveWriter(Store.open(db), Capture(kind="proxy", source="proxy regular *:8080"))
    for _ in range(3):
        writer.put_http(http_wire(tflow.tflow(resp=True)), 4)  # bodies cut at 4 bytes
    writer.put(Connection("tcp", "10.0.0.2", 5000, "198.51.100.1", 443, 1.0, 2.0))
    writer.put(ReadError("proxy", "tls-failed", "refused"))
    stats = writer.close()
    writer.store.close()
    assert (stats.exchanges, stats.connections, stats.errors, stats.failure) == (3, 1, 1, None)
    assert stats.writer_start_cpu_ms > 0
    assert rows(db, "select request_body, request_body_size, request_truncated"
                    " from exchanges") == [(b"cont", 7, 1)] * 3
    assert rows(db, "select status from captures") == [("complete",)]
    assert rows(db, "select status from runs") == [("ok",)]


def test_writer_process_keeps_what_it_got_when_the_proxy_dies(tmp_path: Path) -> None:
    """The proxy SIGKILLed: the writer reads end-of-file, still writes every record received,
    and closes the capture and run as failed instead of leaving them 'importing'."""
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        run_id = store.start_run("proxy", (), {})
        capture_id = store.add_capture(Capture(kind="proxy", source="proxy"), run_id)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-O", "-m", "analysis.live_child"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    assert child.stdin is not None and child.stdout is not None
    send(child.stdin, {"db": str(db), "capture_id": capture_id, "run_id": run_id,
                       "source": "proxy", "live": False, "profile": None})
    send(child.stdin, [("h", (http_wire(tflow.tflow(resp=True)), 1024), None),
                       ("flush", 0)])
    assert recv(child.stdout) == ("flushed", 0)
    send(child.stdin, [("h", (http_wire(tflow.tflow(err=True)), 1024), None)])
    child.stdin.close()  # as if the proxy had been killed
    assert child.wait(30) == 1
    assert rows(db, "select error from exchanges order by id") == [(None,), ("error",)]
    ((status, note),) = rows(db, "select status, note from captures")
    assert status == "failed" and "without closing the recording" in note
    assert rows(db, "select status from runs") == [("failed",)]


def test_writer_process_ignores_ctrl_c(tmp_path: Path) -> None:
    """A Ctrl-C in the terminal reaches the whole process group: the writer must go on until
    the proxy's ``done`` hook has sent it the last records."""
    db = tmp_path / "s.db"
    writer = LiveWriter(Store.open(db), Capture(kind="proxy", source="proxy"))
    writer.put_http(http_wire(tflow.tflow(resp=True)), 1024)
    assert writer.flush()
    # ... and yields the CPU to the proxy: it runs at a lower priority (a higher nice value).
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, writer._proc.pid) == min(19, mine + NICE)
    os.kill(writer._proc.pid, signal.SIGINT)
    os.kill(writer._proc.pid, signal.SIGTERM)
    writer.put_http(http_wire(tflow.tflow(resp=True)), 1024)
    stats = writer.close()
    writer.store.close()
    assert stats.failure is None and stats.exchanges == 2
    assert rows(db, "select count(*) from exchanges") == [(2,)]


def test_a_flow_that_cannot_be_converted_is_an_error_row_not_a_stop(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    writer = LiveWriter(Store.open(db), Capture(kind="proxy", source="proxy"))
    good = http_wire(tflow.tflow(resp=True))
    writer.put_http((*good[:2], ("bad",), *good[3:]), 1024)  # a malformed connection part
    writer.put_http(good, 1024)
    stats = writer.close()
    writer.store.close()
    assert stats.failure is None and (stats.exchanges, stats.errors) == (1, 1)
    ((kind, message),) = rows(db, "select kind, message from errors")
    assert kind == "unsupported" and message.startswith("HTTP flow could not be converted")
    assert rows(db, "select status from captures") == [("complete",)]
