"""kompetence-desktop --selftest: one line per step, exit 0 when the installation
works; the failing step named and exit 1 when it does not; the leader's settings
and backups untouched."""
from __future__ import annotations

import os
import subprocess
import sys

from kompetence_desktop import selftest


def test_selftest_passes_and_leaves_no_trace(tmp_path):
    data = tmp_path / "data"
    tmp = tmp_path / "tmp"
    data.mkdir()
    tmp.mkdir()
    env = dict(os.environ, KOMPETENCE_DATA_DIR=str(data), TMPDIR=str(tmp))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    env.pop("DISPLAY", None)
    r = subprocess.run([sys.executable, "-m", "kompetence_desktop", "--selftest"], env=env,
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("Selvtest af Kompetence Desktop ")
    assert sum(ln.startswith("OK ") for ln in lines) == 6
    assert any("tegnede matrixen" in ln for ln in lines)
    assert any("sider kunne vises" in ln for ln in lines)
    assert any("PDF og læst igen" in ln for ln in lines)
    assert lines[-1].startswith("Selvtesten er bestået")
    assert "Traceback" not in r.stderr and "FEJL" not in r.stderr
    assert list(tmp.iterdir()) == []  # its temporary folder is gone
    assert not (data / "sikkerhedskopier").exists()  # no backup taken
    assert not (data / "indstillinger.ini").exists()  # the settings never written


def test_a_failing_step_is_named_and_exits_1(qtbot, monkeypatch, capsys):
    import kompetence_desktop.reports.plan as plan

    def broken(*_a, **_k):
        raise OSError("ingen plads på disken")

    real = plan.render_plan
    calls = {"n": 0}

    def render_plan(*a, **k):  # the demo's archived plan succeeds, the step's own fails
        calls["n"] += 1
        return real(*a, **k) if calls["n"] == 1 else broken()

    monkeypatch.setattr(plan, "render_plan", render_plan)
    assert selftest.run() == 1
    out = capsys.readouterr()
    assert "FEJL  kompetenceudviklingsplanen (PDF): OSError: ingen plads på disken" in out.err
    assert "Selvtesten fejlede." in out.err
    assert "Selvtesten er bestået" not in out.out
    assert "Traceback" not in out.err


def test_a_page_missing_from_the_installation_fails_the_selftest(qtbot, monkeypatch, capsys):
    """What a bundle without the page modules looked like: the page cannot be loaded."""
    import kompetence_desktop.ui.main_window as mw

    real = mw.load_page_class

    def load_page_class(spec):
        if "spind" in spec:
            raise ModuleNotFoundError("No module named 'kompetence_desktop.ui.pages.spind'")
        return real(spec)

    monkeypatch.setattr(mw, "load_page_class", load_page_class)
    assert selftest.run() == 1
    err = capsys.readouterr().err
    assert "FEJL  siderne:" in err and "Kompetencespind" in err


def test_pdf_check_refuses_a_cut_off_file():
    import pytest

    whole = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj 2 0 obj << /Type /Page >> endobj\n%%EOF\n"
    assert selftest._pdf_pages(whole) == 1
    with pytest.raises(selftest.SelftestFailed):
        selftest._pdf_pages(whole[:-8])


def test_an_exception_inside_a_qt_callback_fails_the_selftest(qtbot, monkeypatch, capsys):
    """A chart that fails while Qt draws it only reaches sys.excepthook; the self-test must see it."""
    from PySide6.QtCore import QTimer

    real = selftest._steps

    def steps(folder):
        found, state = real(folder)

        def chart():
            def boom():
                raise FileNotFoundError("LastResortHE-Regular.ttf")

            QTimer.singleShot(0, boom)
            return "diagrammet blev tegnet"

        return found[:2] + [("diagrammet", chart)] + found[2:], state

    monkeypatch.setattr(selftest, "_steps", steps)
    assert selftest.run() == 1
    out = capsys.readouterr()
    assert "FEJL  diagrammet: FileNotFoundError: LastResortHE-Regular.ttf" in out.err
    assert "diagrammet blev tegnet" not in out.out
