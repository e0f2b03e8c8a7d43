"""Screenshots of every page and every dialog at QT_SCALE_FACTOR 1, 1.25 and 1.5,
the window at 1024 × 600 logical pixels (a 1366 × 768 laptop at 125–150 %).

    python tests/ui/screenshots.py [OUTDIR]        (default: screenshots-tmp/, git-ignored)

Each scale runs in its own process (Qt reads QT_SCALE_FACTOR once, at start);
the PNGs are named <scale>/<nn>-<page>.png and <scale>/dialog-<name>.png.
Look at them: a clipped button or a cut header shows here first.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCALES = ("1", "1.25", "1.5")
WINDOW = (1024, 600)
DIALOG_NAMES = ("aktivitet", "mus", "laeringsmaal", "logbog", "selvvurdering", "vurdering_efter_aktivitet",
                "medarbejder", "kompetence", "kursus_gennemfoert", "kursus", "med", "supervision", "ny_fil",
                "fratraadt", "kom_i_gang", "import", "slet_fratraadt")


def dialog_factories(window):
    """Every dialog the window opens, built on the demo as its page builds it."""
    from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog
    from kompetence_desktop.ui.dialogs.competence_dialog import CompetenceDialog
    from kompetence_desktop.ui.dialogs.completion_dialog import CompletionDialog
    from kompetence_desktop.ui.dialogs.course_type_dialog import CourseTypeDialog
    from kompetence_desktop.ui.dialogs.employee_dialog import EmployeeDialog
    from kompetence_desktop.ui.dialogs.erase_dialog import EraseDialog
    from kompetence_desktop.ui.dialogs.getting_started import GettingStartedDialog
    from kompetence_desktop.ui.dialogs.goal_dialog import GoalDialog
    from kompetence_desktop.ui.dialogs.import_dialog import ImportDialog
    from kompetence_desktop.ui.dialogs.level_grid_dialog import LevelGridDialog
    from kompetence_desktop.ui.dialogs.logbook_dialog import LogbookDialog
    from kompetence_desktop.ui.dialogs.med_dialog import MedDialog, SupervisionDialog
    from kompetence_desktop.ui.dialogs.mus_dialog import MusDialog
    from kompetence_desktop.ui.dialogs.new_file_dialog import NewFileDialog
    from kompetence_desktop.ui.pages.medarbejdere import LeaveDialog

    repo = window.ctx.repo
    emps, comps, acts = repo.staff.employees(), repo.matrix.competences(), repo.plan.activities()
    e = emps[0]
    self_rows = [(c.id, c.name, c.category) for c in comps]
    after_rows = [(x.id, f"{x.name} ({x.initials})", x.job_title) for x in emps[:12]]
    after_cols = [(c.id, c.name + f"\n(forventet {c.expected_level})", c.name) for c in comps[:6]]
    return {
        "aktivitet": lambda: ActivityDialog(emps, comps, acts[0], None, window),
        "mus": lambda: MusDialog(e.name, None, window),
        "laeringsmaal": lambda: GoalDialog(emps, acts, None, e.id, window),
        "logbog": lambda: LogbookDialog(e.name, acts, None, window),
        "selvvurdering": lambda: LevelGridDialog("Selvvurdering", "Tast medarbejderens egen vurdering.", self_rows,
                                                 [(e.id, e.initials, e.name)], lambda c, x: (x, c), {}, window),
        "vurdering_efter_aktivitet": lambda: LevelGridDialog("Ny vurdering", "Vælg niveauet.", after_rows,
                                                             after_cols, lambda x, c: (x, c), {}, window),
        "medarbejder": lambda: EmployeeDialog(repo, e, window, create_team=lambda name: None),
        "kompetence": lambda: CompetenceDialog(comps[0], None, window),
        "kursus_gennemfoert": lambda: CompletionDialog(repo.plan.course_types(), emps, repo.staff.teams(), None, (), window),
        "kursus": lambda: CourseTypeDialog(None, window),
        "med": lambda: MedDialog(None, window),
        "supervision": lambda: SupervisionDialog(None, window),
        "ny_fil": lambda: NewFileDialog(window),
        "fratraadt": lambda: LeaveDialog(e, window),
        "kom_i_gang": lambda: GettingStartedDialog(window),
        "import": lambda: ImportDialog(window.ctx, window),
        "slet_fratraadt": lambda: EraseDialog(window.ctx, window),
    }


def _shoot(out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from kompetence_desktop.app import make_app
    from kompetence_desktop.storage.demo import write_demo
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.pages import PAGES
    from kompetence_desktop.ui.settings import Settings

    app = make_app()
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    try:
        demo = tmp / "lærkely.kompetence"
        write_demo(demo)
        w = MainWindow(settings=Settings())
        w.open_path(str(demo), quiet=True)
        w.show()
        w.resize(*WINDOW)
        for i, (key, _title, _spec) in enumerate(PAGES):
            w.show_page(key)
            for _ in range(5):
                app.processEvents()
            w.grab().save(str(out / f"{i + 1:02d}-{key}.png"))
        for name, make in dialog_factories(w).items():
            dlg = make()
            dlg.show()
            for _ in range(5):
                app.processEvents()
            dlg.grab().save(str(out / f"dialog-{name}.png"))
            dlg.close()
        size = w.minimumSizeHint()
        print(f"{os.environ.get('QT_SCALE_FACTOR', '1')}: window minimum {size.width()} x {size.height()}")
        w.close_file()
        QApplication.processEvents()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) > 2 and argv[1] == "--one":
        return _shoot(Path(argv[2]))
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "screenshots-tmp"
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    rc = 0
    for scale in SCALES:
        env["QT_SCALE_FACTOR"] = scale
        rc |= subprocess.run([sys.executable, __file__, "--one", str(out / scale)], env=env).returncode
    return rc


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv))
