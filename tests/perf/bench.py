"""Benchmarks: cold start, matrix edit, PDF export and memory, each beside
the bare-Qt floor measured in the same run.

Not part of the normal test run. Usage (after the README's install):

    .venv/bin/python tests/perf/bench.py [--json OUT.json] [--runs N]

It makes synthetic files with ``kompetence demo``, runs everything in fresh
subprocesses with QT_QPA_PLATFORM=offscreen, and prints medians.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
#: LibreOffice converting an equivalent .docx to PDF, warm (issue #7's measurement)
LIBREOFFICE_DOCX_TO_PDF_S = 6.2


def run_timed(cmd: list[str], env=None) -> tuple[float, int, str]:
    """Wall time (s), peak RSS of the child (MB) and its stdout."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env or ENV)
    out = p.stdout.read()
    err = p.stderr.read()
    _pid, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {err.decode(errors='replace')[-800:]}")
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1024 / 1024
    return wall, rss_mb, out.decode(errors="replace")


def median_of(n: int, cmd: list[str]) -> tuple[float, float, list[str]]:
    walls, rss, outs = [], [], []
    for _ in range(n):
        w, r, o = run_timed(cmd)
        walls.append(w)
        rss.append(r)
        outs.append(o.strip())
    return statistics.median(walls), max(rss), outs


IN_PROCESS_PDF = r"""
import sys, time, json, resource
from kompetence_desktop.storage.tilbudfile import open_file
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.reports.plan import render_plan
res = {}
for label, path in (("demo", sys.argv[1]), ("big", sys.argv[2])):
    f = open_file(path, readonly=True)
    snap = Repo(f).snapshot()
    for med in (False, True):
        times = []
        for i in range(int(sys.argv[3])):
            t = time.perf_counter(); render_plan(snap, med=med); times.append(time.perf_counter() - t)
        res[f"{label}{'_med' if med else ''}"] = sorted(times)[len(times) // 2]
    f.close()
res["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(res))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    args = ap.parse_args()
    n = args.runs

    tmp = Path(tempfile.mkdtemp(prefix="kompetence-bench-"))
    demo, big = tmp / "demo.kompetence", tmp / "big.kompetence"
    cli = [PY, "-m", "kompetence_desktop.cli"]
    subprocess.run(cli + ["demo", str(demo)], check=True, env=ENV, capture_output=True)
    subprocess.run(cli + ["demo", str(big), "--staff", "200", "--competences", "150", "--seed", "1"],
                   check=True, env=ENV, capture_output=True)
    # warm the file cache and the bytecode once
    run_timed([PY, str(HERE / "bare_qt.py")])
    run_timed([PY, "-m", "kompetence_desktop", "--smoke", str(demo)])

    fig: dict[str, dict] = {}

    def put(key, value, unit, target=None, floor_ratio=None, note=""):
        fig[key] = {"value": value, "unit": unit, "target": target, "vs_floor": floor_ratio, "note": note}

    floor, floor_rss, _ = median_of(n, [PY, str(HERE / "bare_qt.py")])
    put("floor_bare_qt_s", floor, "s", note="bare QApplication + QMainWindow + empty QTableView to first paint")
    for label, path, target in (("demo", demo, 1.5), ("200x150", big, 2.0)):
        wall, rss, outs = median_of(n, [PY, "-m", "kompetence_desktop", "--smoke", str(path)])
        put(f"cold_start_{label}_s", wall, "s", f"≤ {target}× floor", wall / floor,
            note=f"--smoke prints ms to first paint: {statistics.median(float(o.split()[-1]) for o in outs):.0f}")
        if label == "200x150":
            put("peak_rss_200x150_open_mb", rss, "MB", "≤ 250")

    edit_script = HERE / "edit_bench.py"
    if edit_script.exists():
        _w, _r, out = run_timed([PY, str(edit_script), str(big)])
        put("matrix_edit_200x150_ms", float(out.strip().splitlines()[-1]), "ms", "≤ 16",
            note="keystroke → stored → repainted, median")

    _w, _r, out = run_timed([PY, "-c", IN_PROCESS_PDF, str(demo), str(big), str(max(3, n))])
    r = json.loads(out.strip().splitlines()[-1])
    put("plan_pdf_demo_in_process_s", r["demo"], "s", "≤ 1.0")
    put("plan_pdf_demo_med_in_process_s", r["demo_med"], "s", "≤ 1.0")
    put("plan_pdf_200_in_process_s", r["big"], "s", "≤ 3")
    put("plan_pdf_200_med_in_process_s", r["big_med"], "s", "≤ 3")
    put("peak_rss_after_pdf_mb", r["rss_mb"], "MB", "≤ 250", note="one process: both files, every plan")

    out_pdf = tmp / "plan.pdf"
    for label, path, med in (("demo", demo, False), ("demo_med", demo, True), ("200", big, False)):
        cmd = cli + ["export-plan", str(path), "-o", str(out_pdf)] + (["--med"] if med else [])
        wall, rss, _ = median_of(max(3, n // 2), cmd)
        target = f"≤ {0.4 * LIBREOFFICE_DOCX_TO_PDF_S:.2f} (0.4× LibreOffice {LIBREOFFICE_DOCX_TO_PDF_S} s)" if label != "200" else "≤ 3"
        put(f"export_plan_process_{label}_s", wall, "s", target, note=f"peak RSS {rss:.0f} MB")

    machine = f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
    print(f"\nKompetence Desktop benchmarks — {dt.date.today().isoformat()} — {machine}")
    print(f"floor (bare Qt to first paint): {floor:.3f} s\n")
    print(f"{'figure':38} {'measured':>12} {'× floor':>8}  target")
    for k, v in fig.items():
        val = f"{v['value']:.3f} {v['unit']}" if v["unit"] == "s" else f"{v['value']:.1f} {v['unit']}"
        ratio = f"{v['vs_floor']:.2f}" if v["vs_floor"] else ""
        print(f"{k:38} {val:>12} {ratio:>8}  {v['target'] or ''}  {v['note']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"date": dt.date.today().isoformat(), "machine": machine,
                                               "figures": fig}, indent=2, ensure_ascii=False), "utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
