"""Instructions per exchange of ``phonehome analyze``, this checkout against a peer checkout,
counted by valgrind's callgrind: a figure a shared, loaded machine does not move.

    .venv/bin/python scripts/bench_instructions.py --peer-checkout DIR [--n 1000]

CPU-time benchmarks (``bench_analyze.py``) on this project's shared 2-core machine spread by
±15-25% from run to run while other jobs run, which is as large as the differences they are
meant to show. Callgrind counts the instructions the interpreter executes instead (Ir), which
depends only on the code and the input: run to run it moves by well under 1% (the hash seed is
fixed, PYTHONHASHSEED=0, so set and dict layouts repeat). Instructions are not time — cache
misses and SQLite's I/O count differently — so this complements the CPU benchmark, it does not
replace it.

Each checkout analyses the same two studies built from ``bench_analyze.workload`` (the typical
SDK exchanges of the evaluation families): N exchanges and 10 exchanges, each in a fresh
interpreter under callgrind, with the pass modules imported before the analysis as the CPU
benchmark does. Printed per checkout: the instructions of the whole N-exchange analysis, the
marginal instructions per exchange ((N run - 10 run) / (N - 10)) and the per-run part (the
10-exchange run less 10 marginal exchanges); then this checkout's marginal cost and the cost
of a 4,000-exchange study (per-run part + 4,000 x marginal) relative to the peer's. Needs
valgrind (``apt-get install valgrind``); each run takes about a minute per 1,000 exchanges.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analyze import CLAIMS, build_study, workload, write_device_toml

CHILD = """
import importlib, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import analysis
assert analysis.__file__.startswith(sys.argv[1]), analysis.__file__
from analysis.analyze import PASSES, analyze
from analysis.store import Store
for name in PASSES:
    importlib.import_module(f"analysis.passes.{name}")
with Store.open(Path(sys.argv[2]), create=False) as store:
    analyze(store, device=Path(sys.argv[3]), claims=Path(sys.argv[4]))
"""
SMALL = 10
STUDY_SIZE = 4000  # the study size the CPU benchmark and the goal speak of


def instructions(checkout: Path, study: Path, device: Path, tmp: Path) -> int:
    """Ir of one analysis of a fresh copy of ``study`` by ``checkout``, under callgrind."""
    db = tmp / f"copy-{os.getpid()}.db"
    db.write_bytes(study.read_bytes())
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp / 'callgrind.out'}",
         sys.executable, "-c", CHILD, str(checkout.resolve()), str(db), str(device),
         str(CLAIMS)],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit(f"no instruction count from callgrind:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer-checkout", type=Path, required=True, metavar="DIR",
                        help="the other checkout (e.g. git worktree add DIR OLD_COMMIT)")
    parser.add_argument("--n", type=int, default=1000, help="exchanges (default 1000)")
    args = parser.parse_args()
    here = Path(__file__).resolve().parents[1]
    exchanges = workload(args.n)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        device = tmp / "device.toml"
        write_device_toml(device)
        big, small = tmp / "big.db", tmp / "small.db"
        build_study(big, exchanges)
        build_study(small, exchanges[:SMALL])
        costs = {}
        for name, checkout in (("this checkout", here), ("peer", args.peer_checkout)):
            whole = instructions(checkout, big, device, tmp)
            little = instructions(checkout, small, device, tmp)
            marginal = (whole - little) / (args.n - SMALL)
            fixed = little - SMALL * marginal
            costs[name] = (marginal, fixed)
            print(f"{name} ({checkout}): {whole / 1e9:.3f} G instructions for {args.n} "
                  f"exchanges; {marginal / 1e6:.3f} M per exchange, {fixed / 1e9:.3f} G per run")
    (mine, mine_fixed), (peer, peer_fixed) = costs["this checkout"], costs["peer"]
    study = (peer_fixed + STUDY_SIZE * peer) / (mine_fixed + STUDY_SIZE * mine)
    print(f"\nthis checkout does {mine / peer:.3f}x the peer's instructions per exchange; "
          f"for a {STUDY_SIZE:,}-exchange study it runs at {study:.3f}x the peer's rate "
          "(by instructions)")


if __name__ == "__main__":
    main()
