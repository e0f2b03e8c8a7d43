"""What the bundle's entry scripts set up first (kompetence_desktop.frozen):
a windowed build without a console writes its messages to a log file in the
user's data folder (--smoke and the Danish errors included), and a frozen
build keeps matplotlib's font cache in the user's cache folder between starts."""
from __future__ import annotations

import os
import subprocess
import sys

#: what a windowed Windows build looks like to Python: no stdout, no stderr
WINDOWED = r"""
import sys
sys.stdout = None
sys.stderr = None
from kompetence_desktop.frozen import prepare
prepare()
from kompetence_desktop.app import main
sys.exit(main(sys.argv[1:]))
"""

FROZEN_MPL = r"""
import os, sys, tempfile
sys.frozen = True
os.environ["MPLCONFIGDIR"] = tempfile.mkdtemp()  # what PyInstaller's run-time hook does
from kompetence_desktop.frozen import prepare
prepare()
import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure
fig = Figure()
fig.text(0.5, 0.5, "Lærkely")
fig.savefig(os.devnull, format="png")
print(matplotlib.get_configdir())
"""


def _env(tmp_path):
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    return data, dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(data))


def test_smoke_without_a_console_writes_its_figure_to_the_log(tmp_path, demo_path):
    data, env = _env(tmp_path)
    r = subprocess.run([sys.executable, "-c", WINDOWED, "--smoke", str(demo_path)], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0
    assert r.stdout == ""  # (Qt itself may still write to the process's stderr: it is C++, not sys.stderr)
    log = (data / "kompetence-desktop.log").read_text(encoding="utf-8").split()
    assert log and log[-1].isdigit() and int(log[-1]) > 0  # the milliseconds to the first paint


def test_a_danish_error_without_a_console_ends_up_in_the_log(tmp_path):
    data, env = _env(tmp_path)
    r = subprocess.run([sys.executable, "-c", WINDOWED, "--smoke"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "--smoke kræver en fil eller --demo." in (data / "kompetence-desktop.log").read_text(encoding="utf-8")


def test_a_program_with_a_console_writes_no_log(tmp_path, demo_path):
    data, env = _env(tmp_path)
    code = WINDOWED.replace("sys.stdout = None\nsys.stderr = None\n", "")
    r = subprocess.run([sys.executable, "-c", code, "--smoke", str(demo_path)], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip().isdigit()
    assert not (data / "kompetence-desktop.log").exists()


def test_frozen_matplotlib_keeps_its_font_cache_in_the_user_cache_folder(tmp_path):
    data, env = _env(tmp_path)
    env.pop("MPLCONFIGDIR", None)
    r = subprocess.run([sys.executable, "-c", FROZEN_MPL], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    cache = data / "cache" / "matplotlib"
    assert r.stdout.strip() == str(cache)
    assert list(cache.glob("fontlist-*.json")), "matplotlib's font cache was not kept"
