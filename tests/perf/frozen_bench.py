"""The bundle's cold start beside the bare-Qt floor (not part of the test run).

    .venv/bin/python tests/perf/frozen_bench.py [--runs N] [BUNDLE_DIR]

BUNDLE_DIR is an unpacked Linux bundle (default: the newest dist/KompetenceDesktop-*-linux-x86_64
folder that installer/build-linux.sh leaves). Runs, interleaved and with QT_QPA_PLATFORM=offscreen,
the floor (tests/perf/bare_qt.py under this Python) and the frozen ``KompetenceDesktop --smoke``
on the demo and on 200 staff × 150 competences, and prints the medians of process start → first
paint (the clock bench.py uses) and their ratio to the floor. The frozen runs keep one user
cache folder, as a leader's PC does (matplotlib's font cache is not on the start's path anyway).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # (tests/perf/bench.py: run_child, interleaved, ENV)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bundle", nargs="?", help="an unpacked bundle folder")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    if args.bundle:
        bundle = Path(args.bundle)
    else:
        found = sorted((HERE.parents[1] / "dist").glob("KompetenceDesktop-*-linux-x86_64"),
                       key=lambda p: p.stat().st_mtime)
        if not found:
            sys.exit("no bundle: run installer/build-linux.sh first")
        bundle = found[-1]
    exe = bundle / "KompetenceDesktop"
    work = Path(tempfile.mkdtemp(prefix="frozen-bench-"))
    data = work / "data"
    bench.ENV["KOMPETENCE_DATA_DIR"] = str(data)
    demo, big = work / "demo.kompetence", work / "big.kompetence"
    cli = [str(bundle / "kompetence")]
    subprocess.run(cli + ["demo", str(demo)], check=True, env=bench.ENV, capture_output=True)
    subprocess.run(cli + ["demo", str(big), "--staff", "200", "--competences", "150"], check=True,
                   env=bench.ENV, capture_output=True)
    cmds = {
        "floor": [sys.executable, str(HERE / "bare_qt.py")],
        "frozen demo": [str(exe), "--smoke", str(demo)],
        "frozen 200×150": [str(exe), "--smoke", str(big)],
    }
    bench.interleaved(1, cmds)  # warm the page cache and the user cache folder once
    res = bench.interleaved(args.runs, cmds)
    floor = statistics.median(res["floor"]["paint"])
    print(f"{'':16s} first paint  × floor   (median of {args.runs}, load {os.getloadavg()[0]:.2f})")
    for k, r in res.items():
        m = statistics.median(r["paint"])
        print(f"{k:16s} {m * 1000:8.0f} ms  {m / floor:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
