"""--smoke, --screenshots and demo copies never change the leader's settings or
backups; a demo copy's temporary folder is gone after it; a remembered last
file that is gone gives a note, not an error. Subprocess runs of the real
start, each with its own settings folder (KOMPETENCE_DATA_DIR) and TMPDIR."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kompetence_desktop.ui import settings as S

ROOT = Path(__file__).resolve().parents[2]

#: runs app.main(argv) and closes the window after DELAY ms (past the 1.5 s backup
#: on opening), printing what the window showed
DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import kompetence_desktop.app as a
from kompetence_desktop.ui.main_window import MainWindow

app = a.make_app()
seen = {}

def look():
    w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, MainWindow))
    seen.update(title=w.windowTitle(), banner=w.banner.text() if not w.banner.isHidden() else "",
                file=str(w.ctx.file.path) if w.ctx is not None else None)
    w.close()

QTimer.singleShot(int(sys.argv[1]), look)
rc = a.main(sys.argv[2:])
print("SEEN " + json.dumps(seen))
sys.exit(rc)
"""


@pytest.fixture
def user(tmp_path):
    """A settings folder holding a last file and a recent list, and a TMPDIR."""
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    data.mkdir()
    tmp.mkdir()
    real = tmp_path / "Botilbuddet.kompetence"
    real.write_bytes(b"")  # only its name is remembered here
    s = S.Settings(data / "indstillinger.ini")
    s.set(S.LAST_FILE, str(real))
    s.set(S.RECENT_FILES, [str(real), str(tmp_path / "Andet.kompetence")])
    s.q.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(data), TMPDIR=str(tmp))
    return {"data": data, "tmp": tmp, "env": env, "ini": data / "indstillinger.ini",
            "last": str(real), "recent": [str(real), str(tmp_path / "Andet.kompetence")]}


def _settings(user) -> S.Settings:
    return S.Settings(user["ini"])


def _backups(user) -> list[Path]:
    d = user["data"] / "sikkerhedskopier"
    return sorted(d.rglob("*")) if d.exists() else []


def _demo_dirs(user) -> list[Path]:
    return sorted(user["tmp"].glob("kompetence-demo-*"))


def _drive(user, argv: list[str], delay_ms: int = 2500):
    out = subprocess.run([sys.executable, "-c", DRIVER, str(delay_ms), *argv], capture_output=True,
                         text=True, env=user["env"], cwd=ROOT, timeout=120)
    assert "Traceback" not in out.stderr, out.stderr
    seen = next(json.loads(line[5:]) for line in out.stdout.splitlines() if line.startswith("SEEN "))
    return out, seen


def test_smoke_leaves_settings_and_backups_untouched(user, demo_path):
    before = user["ini"].read_bytes()
    for argv in (["--smoke", str(demo_path)], ["--smoke", "--demo"]):
        out = subprocess.run([sys.executable, "-m", "kompetence_desktop", *argv], capture_output=True,
                             text=True, env=user["env"], cwd=ROOT, timeout=60)
        assert out.returncode == 0, out.stderr
        assert user["ini"].read_bytes() == before  # no recent file, last file or geometry
        assert _backups(user) == []
        assert _demo_dirs(user) == []


@pytest.mark.slow
def test_screenshots_leave_settings_and_backups_untouched(user, demo_path, tmp_path):
    """Screenshots take seconds: long enough for the 1.5 s backup on opening to have run."""
    before = user["ini"].read_bytes()
    for argv in (["--screenshots", str(tmp_path / "a")], ["--screenshots", str(tmp_path / "b"), str(demo_path)]):
        out = subprocess.run([sys.executable, "-m", "kompetence_desktop", *argv], capture_output=True,
                             text=True, env=user["env"], cwd=ROOT, timeout=120)
        assert out.returncode == 0, out.stderr
        assert user["ini"].read_bytes() == before
        assert _backups(user) == []
        assert _demo_dirs(user) == []


def test_demo_session_is_not_remembered_nor_backed_up_and_its_folder_goes(user):
    out, seen = _drive(user, ["--demo"])
    assert out.returncode == 0, out.stderr
    # it was open, and said it is a demo copy that is not kept
    assert Path(seen["file"]).name == "Bostedet Lærkely (demo).kompetence"
    assert "demokopi" in seen["title"] and "gemmes ikke" in seen["title"]
    assert "demokopi" in seen["banner"] and "Gem kopi som" in seen["banner"]
    s = _settings(user)
    assert s.last_file() == user["last"]
    assert s.recent_files() == user["recent"]
    assert _backups(user) == []
    assert _demo_dirs(user) == []
    assert not Path(seen["file"]).parent.exists()


def test_a_start_sweeps_old_demo_folders_that_killed_programs_left(user, demo_path):
    """A start (after its first paint) deletes a day-old demo folder nobody has open;
    a fresh one, and one where the leader saved a file, stay as they were."""
    import time

    from kompetence_desktop.operations.files import DEMO_FILE_NAME

    def left(name, extra=None, age=2 * 24 * 3600):
        d = user["tmp"] / f"kompetence-demo-{name}"
        d.mkdir()
        (d / DEMO_FILE_NAME).write_bytes(b"x")
        (d / (DEMO_FILE_NAME + "-wal")).write_bytes(b"x")
        if extra:
            (d / extra).write_bytes(b"the leader's own")
        t = time.time() - age
        for p in [*d.iterdir(), d]:
            os.utime(p, (t, t))
        return d

    old, fresh, saved = left("killed"), left("fresh", age=60), left("saved", extra="Min plan.pdf")
    out, seen = _drive(user, [str(demo_path)])
    assert out.returncode == 0, out.stderr
    assert not old.exists()
    assert (fresh / DEMO_FILE_NAME).exists()
    assert (saved / "Min plan.pdf").read_bytes() == b"the leader's own" and (saved / DEMO_FILE_NAME).exists()


def test_a_real_file_is_still_remembered_and_backed_up(user, demo_path):
    """The same run on a real file: last file and recent list written (after the
    first paint now) and the day's backup taken — the checks above can fail."""
    out, seen = _drive(user, [str(demo_path)])
    assert out.returncode == 0, out.stderr
    assert seen["file"] == str(demo_path) and "demokopi" not in seen["title"]
    s = _settings(user)
    assert s.last_file() == str(demo_path.absolute())
    assert s.recent_files()[0] == str(demo_path.absolute())
    assert [p for p in _backups(user) if p.suffix == ".kompetence"]


def test_a_last_file_that_is_gone_opens_the_welcome_page_with_a_note(user):
    Path(user["last"]).unlink()
    out, seen = _drive(user, [], delay_ms=800)
    assert out.returncode == 0, out.stderr
    assert seen["file"] is None
    assert "findes ikke længere" in seen["banner"] and user["last"] in seen["banner"]
    s = _settings(user)
    assert s.last_file() == ""  # said once, not at every start
    assert user["last"] in s.recent_files()  # still there for a USB stick or network drive put back


# ------------------------------------------------------------------ in process
def test_open_demo_from_the_menu_is_a_demo_copy_deleted_on_closing(qtbot, monkeypatch, tmp_path):
    from kompetence_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    w = MainWindow(settings=S.Settings())
    qtbot.addWidget(w)
    w.open_demo()
    path = w.ctx.file.path
    assert path.parent.parent == tmp_path and path.exists()
    assert w.settings.last_file() == "" and w.settings.recent_files() == []
    assert "demokopi" in w.windowTitle() and not w.banner.isHidden()
    # Gem kopi som offers the home folder, not the temporary one
    offered = []
    from PySide6.QtWidgets import QFileDialog

    def fake_save(*a, **_k):
        offered.append(a[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    w.save_copy_as()
    assert Path(offered[0]).parent == Path.home()
    w.close_file()
    assert not path.parent.exists()
    assert w.banner.isHidden() and "demokopi" not in w.windowTitle()


def test_a_demo_copy_keeps_a_copy_saved_beside_it(tmp_path):
    """discard_demo_copy deletes the demo's own files only."""
    from kompetence_desktop.operations import files as app

    d = tmp_path / (app.DEMO_DIR_PREFIX + "x")
    d.mkdir()
    demo = d / "Bostedet Lærkely (demo).kompetence"
    for p in (demo, d / (demo.name + "-wal"), d / (demo.name + ".lock")):
        p.write_bytes(b"x")
    (d / "mit eget.kompetence").write_bytes(b"y")
    app.discard_demo_copy(demo)
    assert sorted(p.name for p in d.iterdir()) == ["mit eget.kompetence"]
    other = tmp_path / "ikke-demo" / "a.kompetence"
    other.parent.mkdir()
    other.write_bytes(b"z")
    app.discard_demo_copy(other)  # not a folder _demo_copy made: nothing is deleted
    assert other.exists()


def test_read_only_and_held_settings():
    ro = S.Settings(read_only=True)
    ro.remember_file("/x/a.kompetence")
    assert ro.last_file() == "/x/a.kompetence"  # seen while running …
    ro.release()
    ro.sync()
    assert S.Settings().last_file() == ""  # … never written
    assert not Path(ro.q.fileName()).exists()

    s = S.Settings()
    s.hold()
    s.remember_file("/x/b.kompetence")
    assert s.last_file() == "/x/b.kompetence"
    assert S.Settings().last_file() == ""
    s.release()
    assert S.Settings().last_file() == "/x/b.kompetence"
    assert S.Settings().recent_files() == ["/x/b.kompetence"]


def test_building_the_window_and_opening_a_file_loads_no_dialog_module(tmp_path, demo_path):
    code = ("import sys\n"
            "from kompetence_desktop.app import make_app\n"
            "app = make_app()\n"
            "from kompetence_desktop.ui.main_window import MainWindow\n"
            "w = MainWindow()\n"
            f"assert w.open_path({str(demo_path)!r}, quiet=True)\n"
            "print(sorted(m for m in sys.modules if m.startswith('kompetence_desktop.ui.dialogs.')))\n"
            "w.close_file()\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_safety_actions_load_their_dialog_when_chosen(qtbot, monkeypatch, demo_path):
    from kompetence_desktop.ui.dialogs import erase_dialog, import_dialog, restore_dialog
    from kompetence_desktop.ui.main_window import MainWindow

    called = []
    monkeypatch.setattr(restore_dialog, "restore_from_backup", lambda win: called.append(("restore", win)))
    monkeypatch.setattr(import_dialog, "run_import", lambda win: called.append(("import", win)))
    monkeypatch.setattr(erase_dialog, "run_erase", lambda win: called.append(("erase", win)))
    w = MainWindow(settings=S.Settings())
    qtbot.addWidget(w)
    for key in ("restore", "import", "erase"):
        w.safety_actions[key].trigger()
    assert called == [("restore", w), ("import", w), ("erase", w)]
