"""Hjælp › Om Kompetence Desktop: this copy's version and the licences of what
the installed program ships; the window and the dialog carry the program's icon."""
from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kompetence_desktop.ui.dialogs.about_dialog import AboutDialog


def test_about_names_the_version_and_every_shipped_licence(qtbot):
    d = AboutDialog()
    qtbot.addWidget(d)
    text = d.text()
    assert f"Version {metadata.version('kompetence-desktop')}" in text
    for component, licence in [
        ("Qt 6", "GNU LGPL version 3"),
        ("PySide6", "GNU LGPL version 3"),
        ("matplotlib", "Matplotlib License"),
        ("ReportLab", "BSD"),
        ("openpyxl", "MIT"),
        ("sqlite-utils", "Apache License 2.0"),
        ("platformdirs", "MIT"),
        ("DejaVu", "DejaVu-licensen"),
    ]:
        line = next((ln for ln in text.splitlines() if component in ln), None)
        assert line is not None, component
        assert licence in text, licence
    # the installed versions, not made-up ones
    assert metadata.version("reportlab") in text
    assert metadata.version("openpyxl") in text
    assert "må udskiftes" in text  # LGPL: the Qt libraries may be replaced


def test_help_menu_opens_the_about_dialog(qtbot):
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings(read_only=True), auto_backup=False)
    qtbot.addWidget(w)
    action = next(a for a in w.help_menu.actions() if a.text() == "Om Kompetence Desktop")
    seen = []

    def look():
        dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, AboutDialog) and d.isVisible()]
        seen.extend(dialogs)
        for d in dialogs:
            d.reject()

    QTimer.singleShot(100, look)
    QTimer.singleShot(10_000, lambda: [d.reject() for d in QApplication.topLevelWidgets()
                                       if isinstance(d, AboutDialog)])  # never hang the suite
    action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], AboutDialog)
    assert seen[0].windowTitle() == "Om Kompetence Desktop"


def test_the_window_has_the_program_icon_in_the_usual_sizes(qtbot):
    from kompetence_desktop.app import make_app

    app = make_app()
    icon = app.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
