"""Benchmark: ``phonehome proxy`` against plain ``mitmdump``, in one run, alternating.

Both proxies run side by side on 127.0.0.1 in front of the same local HTTP/1.1 server (a child
process). A minimal keep-alive HTTP client (asyncio, absolute-form proxy requests, so the client
costs little CPU on a 2-core machine) sends POST requests with small JSON bodies:

- saturated: N requests (default 5,000) per proxy over 20 concurrent connections, in rounds that
  alternate which proxy goes first;
- unloaded: M requests (default 2,000) per proxy one at a time, alternating in rounds.

Then phonehome is stopped with SIGTERM and the rows in its study database are counted against the
requests it answered. Prints a Markdown table: throughput ratio, p50/p99 latency, rows lost.
Both proxies run without per-flow console output (``mitmdump -q``, ``phonehome proxy --quiet``).

Where the time goes, per saturated request: each proxy's CPU (phonehome's includes its writer
process), the CPU of the event-loop thread alone and how often that thread slept other than in
its own I/O waits (voluntary context switches: a thread waiting for the GIL sleeps on a futex;
plain mitmdump's loop never does under saturation), from Linux ``/proc/PID/task/*``.

    .venv/bin/python scripts/bench_proxy.py [--requests 5000] [--unloaded 2000] [--rounds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BODY = b'{"event":"app_open","aid":"00000000-0000-4000-8000-000000000000","n":1}'


def free_ports(n: int) -> list[int]:
    """n distinct free ports (all held open while choosing, so no two are the same)."""
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in socks]
    finally:
        for s in socks:
            s.close()


# -- the origin server (child process) ---------------------------------------------------------


async def _serve(port: int) -> None:
    reply = b'{"ok":true}'
    head = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
            + str(len(reply)).encode() + b"\r\n\r\n")

    async def conn(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                headers = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in headers.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                if length:
                    await reader.readexactly(length)
                writer.write(head + reply)
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(conn, "127.0.0.1", port, backlog=256)
    async with server:
        await server.serve_forever()


# -- the client ---------------------------------------------------------------------------------


class Client:
    def __init__(self, proxy_port: int, origin: int) -> None:
        self.proxy_port = proxy_port
        self.request = (f"POST http://127.0.0.1:{origin}/collect HTTP/1.1\r\n"
                        f"host: 127.0.0.1:{origin}\r\ncontent-type: application/json\r\n"
                        f"content-length: {len(BODY)}\r\n\r\n").encode() + BODY

    async def worker(self, n: int, latencies: list[float]) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.proxy_port)
        try:
            for _ in range(n):
                t0 = time.perf_counter()
                writer.write(self.request)
                headers = await reader.readuntil(b"\r\n\r\n")
                if not headers.startswith(b"HTTP/1.1 200"):
                    raise RuntimeError(f"bad response: {headers[:80]!r}")
                length = 0
                for line in headers.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - t0)
        finally:
            writer.close()

    async def run(self, total: int, concurrency: int) -> tuple[float, list[float]]:
        latencies: list[float] = []
        per = [total // concurrency + (1 if i < total % concurrency else 0)
               for i in range(concurrency)]
        t0 = time.perf_counter()
        await asyncio.gather(*(self.worker(n, latencies) for n in per if n))
        return time.perf_counter() - t0, latencies


# -- orchestration ------------------------------------------------------------------------------


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"process exited early: {proc.args}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"nothing listening on {port}")


def cpu_seconds(pid: int) -> float:
    """User+system CPU of a process, its threads and its live child processes (phonehome's
    writer process), from Linux /proc/PID/stat."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # the process or a child
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def thread_stats(pid: int) -> dict[str, tuple[float, int]]:
    """Per thread (by name, the main thread as 'loop'): CPU seconds and voluntary context
    switches. A thread that waits for the GIL sleeps on a futex: a voluntary switch."""
    out: dict[str, tuple[float, int]] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
            status = (task / "status").read_text()
        except OSError:
            continue
        name = "loop" if task.name == str(pid) else stat.split("(", 1)[1].rsplit(")", 1)[0]
        fields = stat.rsplit(")", 1)[1].split()
        vol = int(status.split("voluntary_ctxt_switches:")[1].split()[0])
        cpu, n = out.get(name, (0.0, 0))
        out[name] = (cpu + (int(fields[11]) + int(fields[12])) / tick, n + vol)
    return out


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=5000, help="saturated requests per proxy")
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--unloaded", type=int, default=2000, help="sequential requests per proxy")
    ap.add_argument("--rounds", type=int, default=5, help="alternations per phase")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        asyncio.run(_serve(args.serve))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="phonehome-bench-"))
    origin, p_plain, p_ph = free_ports(3)
    db = tmp / "bench.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    mitmdump = Path(sys.executable).with_name("mitmdump")
    procs = {
        "origin": subprocess.Popen([sys.executable, __file__, "--serve", str(origin)], **quiet),
        "mitmdump": subprocess.Popen(
            [str(mitmdump), "-q", "--listen-host", "127.0.0.1", "-p", str(p_plain),
             "--set", f"confdir={tmp / 'conf'}"], **quiet),
        "phonehome": subprocess.Popen(
            [sys.executable, "-c", "import sys; from analysis.cli import main; sys.exit(main())",
             "proxy", "--quiet", "--db", str(db), "--listen-host", "127.0.0.1",
             "--mode", f"regular@{p_ph}", "--confdir", str(tmp / "conf"),
             "--app", "com.example.bench"], cwd=ROOT, env=env, **quiet),
    }
    try:
        for name, port in (("origin", origin), ("mitmdump", p_plain), ("phonehome", p_ph)):
            wait_port(port, procs[name])
        time.sleep(0.5)
        if any(p.poll() is not None for p in procs.values()):
            raise SystemExit("a process exited at start (port in use?)")
        clients = {"mitmdump": Client(p_plain, origin), "phonehome": Client(p_ph, origin)}
        answered = {"mitmdump": 0, "phonehome": 0}
        sat: dict[str, list[float]] = {k: [] for k in clients}
        sat_time = dict.fromkeys(clients, 0.0)
        cpu = dict.fromkeys(clients, 0.0)  # proxy CPU during the saturated phase
        loop_cpu = dict.fromkeys(clients, 0.0)  # ... of its event-loop thread alone
        loop_vol = dict.fromkeys(clients, 0)  # voluntary switches of the loop thread
        pair_ratios: list[float] = []
        seq: dict[str, list[float]] = {k: [] for k in clients}

        async def phase(total: int, concurrency: int, times: dict[str, float] | None,
                        lat: dict[str, list[float]]) -> None:
            order = list(clients)
            for r in range(args.rounds):
                pair: dict[str, float] = {}
                for name in order if r % 2 == 0 else order[::-1]:
                    n = total // args.rounds
                    c0 = cpu_seconds(procs[name].pid)
                    t0 = thread_stats(procs[name].pid)["loop"]
                    elapsed, lats = await clients[name].run(n, concurrency)
                    answered[name] += len(lats)
                    lat[name].extend(lats)
                    if times is not None:
                        cpu[name] += cpu_seconds(procs[name].pid) - c0
                        t1 = thread_stats(procs[name].pid)["loop"]
                        loop_cpu[name] += t1[0] - t0[0]
                        loop_vol[name] += t1[1] - t0[1]
                        times[name] += elapsed
                        pair[name] = len(lats) / elapsed
                if times is not None:
                    # Back-to-back rounds share the machine's load of the moment: their ratio
                    # is steadier than the ratio of totals on a shared machine.
                    pair_ratios.append(pair["phonehome"] / pair["mitmdump"])

        async def bench() -> None:
            for name in clients:  # warm-up, not counted in the figures
                answered[name] += len((await clients[name].run(200, args.concurrency))[1])
            await phase(args.requests, args.concurrency, sat_time, sat)
            await phase(args.unloaded, 1, None, seq)

        asyncio.run(bench())
    finally:
        procs["phonehome"].send_signal(signal.SIGTERM)
        ph_rc = procs["phonehome"].wait(60)
        for name in ("mitmdump", "origin"):
            procs[name].terminate()
            procs[name].wait(20)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select count(*) from exchanges").fetchone()[0]
        counts = json.loads(conn.execute("select counts from runs where pass = 'proxy'"
                                         " order by id desc").fetchone()[0])
    rps = {k: len(sat[k]) / sat_time[k] for k in clients}
    print(f"phonehome proxy vs plain mitmdump, {os.cpu_count()} CPUs, "
          f"{args.requests} saturated ({args.concurrency} concurrent) + {args.unloaded} "
          f"unloaded POSTs per proxy, {args.rounds} alternating rounds each\n")
    print("| proxy | saturated req/s | saturated p50 ms | saturated p99 ms "
          "| proxy CPU µs/req (incl. writer) | unloaded p50 ms | unloaded p99 ms |")
    print("|---|---|---|---|---|---|---|")
    for k in clients:
        print(f"| {k} | {rps[k]:.0f} | {pct(sat[k], 50):.2f} | {pct(sat[k], 99):.2f} "
              f"| {cpu[k] / len(sat[k]) * 1e6:.0f} "
              f"| {pct(seq[k], 50):.2f} | {pct(seq[k], 99):.2f} |")
    ratio = rps["phonehome"] / rps["mitmdump"]
    dp99 = pct(seq["phonehome"], 99) - pct(seq["mitmdump"], 99)
    lost = answered["phonehome"] - rows
    print(f"\nsaturated throughput ratio phonehome/mitmdump: {ratio:.2f}x (goal >= 0.90)")
    per_req = {k: cpu[k] / len(sat[k]) for k in clients}
    print(f"median of the {len(pair_ratios)} back-to-back round ratios: "
          f"{statistics.median(pair_ratios):.2f}x "
          f"(min {min(pair_ratios):.2f}, max {max(pair_ratios):.2f})")
    print(f"proxy CPU per request ratio mitmdump/phonehome: "
          f"{per_req['mitmdump'] / per_req['phonehome']:.2f}x")
    for k in clients:
        print(f"{k} event-loop thread: {loop_cpu[k] / len(sat[k]) * 1e6:.0f} µs CPU and "
              f"{loop_vol[k] / len(sat[k]):.2f} voluntary context switches per request")
    print(f"phonehome writer process CPU: {counts.get('writer_cpu_ms', 0) * 1000 / rows:.0f} µs "
          f"per recorded request after its start-up ({counts.get('batches')} batches; start-up "
          f"{counts.get('writer_start_cpu_ms', 0)} ms CPU)")
    print(f"unloaded p99 difference: {dp99:+.2f} ms (goal <= +2 ms)")
    print(f"rows after SIGTERM: {rows} of {answered['phonehome']} answered requests, "
          f"lost {lost} (goal 0); phonehome exit status {ph_rc}")
    return 0 if lost == 0 and ph_rc == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
