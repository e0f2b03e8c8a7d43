"""Benchmarks: cold start, matrix edit, PDF export and memory, each beside
its target and the bare-Qt floor measured in the same run.

Not part of the normal test run. Usage (after the README's install):

    .venv/bin/python tests/perf/bench.py [--runs N] [--json OUT.json]

It makes synthetic files with ``kompetence demo``, runs everything in fresh
subprocesses with QT_QPA_PLATFORM=offscreen, and prints medians.

- Cold start is the time from starting the process to its first paint of
  the matrix (``kompetence-desktop --smoke``: the installed command, as the
  README starts the program), the same as for the floor script
  ``tests/perf/bare_qt.py``: the child writes the system-wide
  ``time.perf_counter()`` at that paint (KOMPETENCE_BENCH_CLOCK=1) and the
  bench subtracts the moment it started the child. Interpreter start-up is
  included, shutting down is not (the user does not wait for it); the whole
  process's wall and CPU time are shown beside it. Floor and program runs are
  interleaved, so a busy machine slows both alike.
- Python writes its bytecode cache as on a leader's PC: a
  ``PYTHONDONTWRITEBYTECODE`` in the environment is dropped for the children
  (with it, every start would compile every module again).
- The matrix edit comes from ``tests/perf/edit_bench.py`` (keystroke →
  stored → repainted) on a copy of the 200 × 150 file.
- Peak RSS: the --smoke process with 200 × 150 open (ru_maxrss at exit), and
  one process that rendered every plan of both files.
- The area overview (``--oversigt-only`` runs just these): 50 files of 40
  staff × 30 competences (``kompetence demo F --staff 40 --competences 30
  --seed N``), the whole ``kompetence oversigt FOLDER -o OUT.pdf`` (and
  ``.xlsx``) process beside one ``kompetence check`` process on one such file,
  interleaved; and, inside one process, reading the 50 files one by one, in
  2 threads and in 2 processes.
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
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
ENV["KOMPETENCE_BENCH_CLOCK"] = "1"
#: LibreOffice converting an equivalent .docx to PDF, warm (measured on the same machine)
LIBREOFFICE_DOCX_TO_PDF_S = 6.2


FIRST_PAINT: dict[int, float] = {}
#: the child's CPU time (all threads, from exec) at its first paint
FIRST_PAINT_CPU: dict[int, float] = {}


def run_child(cmd: list[str], env=None, ok=(0,)) -> tuple[float, float, float, str]:
    """Wall time (s), CPU time (s) and peak RSS (MB) of one child process, and its stdout.
    A child that reports its first paint's clock leaves start → paint in FIRST_PAINT[pid]."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env or ENV)
        out = p.stdout.read()
        _pid, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        err.seek(0)
        err_text = err.read().decode(errors="replace")
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in ok:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {err_text[-800:]}")
    for line in err_text.splitlines():
        if line.startswith("first-paint-clock "):
            parts = line.split()
            FIRST_PAINT[p.pid] = float(parts[1]) - t0
            if len(parts) > 2:
                FIRST_PAINT_CPU[p.pid] = float(parts[2])
    run_child.last_pid = p.pid
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1024 / 1024
    return wall, usage.ru_utime + usage.ru_stime, rss_mb, out.decode(errors="replace")


def interleaved(n: int, cmds: dict[str, list[str]], ok=(0,)) -> dict[str, dict[str, list[float]]]:
    """Run each command once per round, n rounds; per command: wall, cpu, rss and printed ms."""
    res = {k: {"wall": [], "cpu": [], "rss": [], "ms": [], "paint": [], "paint_cpu": []} for k in cmds}
    for _ in range(n):
        for k, cmd in cmds.items():
            w, c, r, out = run_child(cmd, ok=ok)
            if run_child.last_pid in FIRST_PAINT:
                res[k]["paint"].append(FIRST_PAINT[run_child.last_pid])
            if run_child.last_pid in FIRST_PAINT_CPU:
                res[k]["paint_cpu"].append(FIRST_PAINT_CPU[run_child.last_pid])
            res[k]["wall"].append(w)
            res[k]["cpu"].append(c)
            res[k]["rss"].append(r)
            try:
                res[k]["ms"].append(float(out.split()[-1]))
            except (IndexError, ValueError):
                pass
    return res


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


MAKE_AREA = r"""
import sys
from pathlib import Path
from kompetence_desktop.storage.demo import write_demo
folder = Path(sys.argv[1])
for seed in range(1, int(sys.argv[2]) + 1):
    write_demo(folder / f"tilbud-{seed:02d}.kompetence", seed=seed, staff=40, competences=30)
"""

READ_AREA = r"""
import sys, time, json, statistics
from kompetence_desktop.domain import dates
from kompetence_desktop.storage import reader
folder, runs = sys.argv[1], int(sys.argv[2])
res = {}
for label, kw in (("serial", dict(workers=1)), ("threads_2", dict(workers=2, use_processes=False)),
                  ("processes_2", dict(workers=2, use_processes=True))):
    times = []
    for _ in range(runs):
        t = time.perf_counter(); area = reader.read_all([folder], dates.today(), **kw)
        times.append(time.perf_counter() - t)
        assert len(area.tilbud) == 50
    res[label] = statistics.median(times)
print(json.dumps(res))
"""


def area_figures(n: int, tmp: Path, cli: list[str], put) -> None:
    """The area overview over 50 files of 40 × 30 against one `kompetence check`."""
    folder = tmp / "område"
    folder.mkdir()
    subprocess.run([PY, "-c", MAKE_AREA, str(folder), "50"], check=True, env=ENV)
    one = folder / "tilbud-01.kompetence"
    out = tmp / "oversigt"
    cmds = {
        "check": cli + ["check", str(one)],
        "pdf": cli + ["oversigt", str(folder), "-o", str(out) + ".pdf"],
        "xlsx": cli + ["oversigt", str(folder), "-o", str(out) + ".xlsx"],
    }
    for cmd in cmds.values():  # warm the file cache and the bytecode
        run_child(cmd, ok=(0, 1))
    res = interleaved(n, cmds, ok=(0, 1))
    check = statistics.median(res["check"]["wall"])
    put("check_process_40x30_s", check, "s",
        note=f"one whole `kompetence check` process, 40 staff × 30 competences; "
             f"CPU {statistics.median(res['check']['cpu']):.3f} s")
    for kind in ("pdf", "xlsx"):
        wall = statistics.median(res[kind]["wall"])
        put(f"oversigt_50_files_{kind}_process_s", wall, "s", "≤ 3 × check", 3 * check,
            note=f"= {wall / check:.2f} × check; whole `kompetence oversigt` process, 50 files of 40 × 30, "
                 f"CPU (with its worker processes) {statistics.median(res[kind]['cpu']):.3f} s; "
                 f"peak RSS {max(res[kind]['rss']):.0f} MB")
    _w, _c, _r, printed = run_child([PY, "-c", READ_AREA, str(folder), str(max(3, n))])
    r = json.loads(printed.strip().splitlines()[-1])
    for label, value in r.items():
        put(f"oversigt_read_50_{label}_s", value, "s",
            note="reading and summarising the 50 files inside one process (no rendering)")


def desktop_command() -> list[str]:
    """The program as the README starts it: the installed ``kompetence-desktop``
    command (the cold start times ``kompetence-desktop --smoke``), run by this Python;
    ``python -m kompetence_desktop`` where it is not installed."""
    bindir = Path(PY).parent
    exe = bindir / "kompetence-desktop.exe"  # Windows: pip's launcher
    if exe.is_file():
        return [str(exe)]
    script = bindir / "kompetence-desktop"
    try:
        if script.is_file() and script.read_bytes()[:2] == b"#!":
            return [PY, str(script)]
    except OSError:
        pass
    return [PY, "-m", "kompetence_desktop"]


def _meets(value: float, limit: float | None) -> str:
    if limit is None:
        return ""
    return "yes" if value <= limit else "NO"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--runs", type=int, default=7, help="runs per figure (median); 7 or more on a busy machine")
    ap.add_argument("--cold-only", action="store_true", help="only the cold-start figures (and the floor)")
    ap.add_argument("--oversigt-only", action="store_true", help="only the area overview's figures")
    args = ap.parse_args()
    n = args.runs

    tmp = Path(tempfile.mkdtemp(prefix="kompetence-bench-"))
    if args.oversigt_only:
        return _oversigt_only(n, tmp, [PY, "-m", "kompetence_desktop.cli"], args)
    demo, big = tmp / "demo.kompetence", tmp / "big.kompetence"
    cli = [PY, "-m", "kompetence_desktop.cli"]
    subprocess.run(cli + ["demo", str(demo)], check=True, env=ENV, capture_output=True)
    subprocess.run(cli + ["demo", str(big), "--staff", "200", "--competences", "150", "--seed", "1"],
                   check=True, env=ENV, capture_output=True)
    bare = [PY, str(HERE / "bare_qt.py")]
    smoke = desktop_command() + ["--smoke"]
    # warm the file cache and write the bytecode once
    for cmd in (bare, smoke + [str(demo)], smoke + [str(big)]):
        run_child(cmd)

    fig: dict[str, dict] = {}

    def put(key, value, unit, target=None, limit=None, floor_ratio=None, note=""):
        fig[key] = {"value": round(value, 4), "unit": unit, "target": target,
                    "meets": _meets(floor_ratio if floor_ratio is not None and limit is not None
                                    and "floor" in (target or "") else value, limit),
                    "vs_floor": None if floor_ratio is None else round(floor_ratio, 3), "note": note}

    runs = interleaved(n, {"floor": bare, "demo": smoke + [str(demo)], "200x150": smoke + [str(big)]})
    med = {k: {m: statistics.median(v[m]) if v[m] else 0.0 for m in v} for k, v in runs.items()}
    fl = med["floor"]
    floor = fl["paint"]
    put("floor_bare_qt_s", floor, "s",
        note=f"bare QApplication + QMainWindow + empty QTableView, process start → first paint; "
             f"CPU to that paint {fl['paint_cpu'] * 1000:.0f} ms; "
             f"whole process {fl['wall']:.3f} s wall, {fl['cpu']:.3f} s CPU")
    for label, target in (("demo", 1.5), ("200x150", 2.0)):
        m = med[label]
        put(f"cold_start_{label}_s", m["paint"], "s", f"≤ {target}× floor", target, m["paint"] / floor,
            note=f"process start → first painted matrix; CPU to that paint {m['paint_cpu'] * 1000:.0f} ms = "
                 f"{m['paint_cpu'] / fl['paint_cpu'] if fl['paint_cpu'] else 0:.2f}× floor's; "
                 f"whole process {m['wall']:.3f} s wall = "
                 f"{m['wall'] / fl['wall']:.2f}× floor's, CPU {m['cpu'] / fl['cpu']:.2f}× floor's; "
                 f"from app.py's import {m['ms']:.0f} ms = {m['ms'] / fl['ms']:.2f}× bare_qt.py's")
    put("peak_rss_200x150_open_mb", max(runs["200x150"]["rss"]), "MB", "≤ 250", 250,
        note="--smoke with 200 × 150 open")

    edit_script = HERE / "edit_bench.py"
    if edit_script.exists() and not args.cold_only:
        edit_copy = tmp / "edit.kompetence"
        shutil.copy(big, edit_copy)
        values, notes = [], []
        for _ in range(max(1, min(3, n // 2))):
            _w, _c, _r, out = run_child([PY, str(edit_script), str(edit_copy)])
            lines = out.strip().splitlines()
            values.append(float(lines[-1]))
            notes = lines[:-1]
        put("matrix_edit_200x150_ms", statistics.median(values), "ms", "≤ 16", 16,
            note="keystroke → stored → repainted, median of 30 edits; " + "; ".join(notes))

    if not args.cold_only:
        _w, _c, _r, out = run_child([PY, "-c", IN_PROCESS_PDF, str(demo), str(big), str(max(3, n))])
        r = json.loads(out.strip().splitlines()[-1])
        put("plan_pdf_demo_in_process_s", r["demo"], "s", "≤ 1.0", 1.0, note="inside the running program, charts included")
        put("plan_pdf_demo_med_in_process_s", r["demo_med"], "s", "≤ 1.0", 1.0)
        put("plan_pdf_200_in_process_s", r["big"], "s", "≤ 3", 3.0)
        put("plan_pdf_200_med_in_process_s", r["big_med"], "s", "≤ 3", 3.0)
        put("peak_rss_after_pdf_mb", r["rss_mb"], "MB", "≤ 250", 250, note="one process: both files, every plan")

        out_pdf = tmp / "plan.pdf"
        lo_limit = 0.4 * LIBREOFFICE_DOCX_TO_PDF_S
        for label, path, med_flag in (("demo", demo, False), ("demo_med", demo, True), ("200", big, False)):
            cmd = cli + ["export-plan", str(path), "-o", str(out_pdf)] + (["--med"] if med_flag else [])
            res = interleaved(max(3, n // 2), {label: cmd})[label]
            wall = statistics.median(res["wall"])
            if label == "200":
                put(f"export_plan_process_{label}_s", wall, "s", "≤ 3", 3.0,
                    note=f"whole `kompetence export-plan` process; peak RSS {max(res['rss']):.0f} MB")
            else:
                put(f"export_plan_process_{label}_s", wall, "s",
                    f"≤ {lo_limit:.2f} (0.4 × LibreOffice's {LIBREOFFICE_DOCX_TO_PDF_S} s)", lo_limit,
                    note=f"whole process = {wall / LIBREOFFICE_DOCX_TO_PDF_S:.2f} × LibreOffice; "
                         f"peak RSS {max(res['rss']):.0f} MB")

    if not args.cold_only:
        area_figures(n, tmp, cli, put)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    machine = (f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · "
               f"Python {platform.python_version()} · {platform.system()} {platform.release()}")
    print(f"\nKompetence Desktop benchmarks — {dt.date.today().isoformat()} — {machine}")
    print(f"medians of {n} runs; load average at the end {load:.2f}")
    print(f"floor (bare Qt to first paint): {floor:.3f} s\n")
    print(f"{'figure':34} {'measured':>11} {'× floor':>8}  {'target':38} {'met':4} note")
    for k, v in fig.items():
        val = f"{v['value']:.3f} {v['unit']}" if v["unit"] == "s" else f"{v['value']:.1f} {v['unit']}"
        ratio = f"{v['vs_floor']:.2f}" if v["vs_floor"] is not None else ""
        print(f"{k:34} {val:>11} {ratio:>8}  {v['target'] or '':38} {v['meets']:4} {v['note']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"date": dt.date.today().isoformat(), "machine": machine,
                                               "runs": n, "load_average_end": round(load, 2),
                                               "floor_s": round(floor, 4), "figures": fig},
                                              indent=2, ensure_ascii=False) + "\n", "utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _oversigt_only(n: int, tmp: Path, cli: list[str], args) -> int:
    fig: dict[str, dict] = {}

    def put(key, value, unit, target=None, limit=None, note=""):
        fig[key] = {"value": round(value, 4), "unit": unit, "target": target,
                    "meets": _meets(value, limit), "note": note}

    area_figures(n, tmp, cli, put)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    machine = (f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · "
               f"Python {platform.python_version()} · {platform.system()} {platform.release()}")
    print(f"\nKompetence Desktop area overview — {dt.date.today().isoformat()} — {machine}")
    print(f"medians of {n} runs; load average at the end {load:.2f}\n")
    for k, v in fig.items():
        print(f"{k:38} {v['value']:.3f} {v['unit']}  {v['target'] or '':14} {v['meets']:4} {v['note']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"date": dt.date.today().isoformat(), "machine": machine,
                                               "runs": n, "load_average_end": round(load, 2), "figures": fig},
                                              indent=2, ensure_ascii=False) + "\n", "utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
