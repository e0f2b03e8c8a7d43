"""*Hjælp › Om Kompetence Desktop*: the version, what the program is, and the
free software the installed program ships with, each with its licence (the
LGPL asks that the user is told Qt is there and may be replaced).

Versions come from the installed packages' metadata (the bundle carries it,
installer/kompetence.spec), so the dialog tells the truth about this copy.
"""
from __future__ import annotations

import sys
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from ... import APP_NAME, __version__
from ..plaintext import esc

#: the installed distribution's name (pyproject.toml)
DIST_NAME = "kompetence-desktop"

#: (component, distribution for its version or None, licence, note) - what the bundle ships
COMPONENTS: list[tuple[str, str | None, str, str]] = [
    ("Qt 6 og Qt for Python (PySide6, Shiboken6)", "PySide6-Essentials", "GNU LGPL version 3",
     "Qt-bibliotekerne ligger som separate filer i programmappen og må udskiftes med andre "
     "versioner. Kildekoden findes på code.qt.io."),
    ("Python", None, "Python Software Foundation License", ""),
    ("matplotlib", "matplotlib", "Matplotlib License (BSD-lignende)",
     "med kiwisolver, contourpy og cycler (BSD), fontTools og pyparsing (MIT), python-dateutil (Apache 2.0/BSD)"),
    ("NumPy", "numpy", "BSD 3-Clause", "med OpenBLAS (BSD) og GCC's runtime-biblioteker (GPL med runtime-undtagelse)"),
    ("Pillow", "pillow", "MIT-CMU (HPND)", ""),
    ("ReportLab", "reportlab", "BSD", ""),
    ("openpyxl", "openpyxl", "MIT", "med et-xmlfile (MIT)"),
    ("sqlite-utils", "sqlite-utils", "Apache License 2.0", ""),
    ("SQLite", None, "Public domain", ""),
    ("platformdirs", "platformdirs", "MIT", ""),
    ("DejaVu-skrifttyperne", None, "Bitstream Vera / DejaVu-licensen (fri)", "skrifttypen i udskrifter og diagrammer"),
    ("PyInstaller (programmets opstarter)", None, "GNU GPL version 2 med undtagelse for samlede programmer",
     "kun i den installerede udgave"),
]


def app_version() -> str:
    """This copy's version, from the package metadata (the source's when not installed)."""
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return __version__


def component_version(name: str, dist: str | None) -> str:
    if name == "Python":
        return ".".join(str(p) for p in sys.version_info[:3])
    if name == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if dist is None:
        return ""
    if dist == "PySide6-Essentials":
        try:
            from PySide6 import QtCore, __version__ as pyside_version

            return f"Qt {QtCore.qVersion()}, PySide6 {pyside_version}"
        except ImportError:
            return ""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def licences_html() -> str:
    rows = []
    for name, dist, licence, note in COMPONENTS:
        version = component_version(name, dist)
        extra = f"<br><small>{esc(note)}</small>" if note else ""
        rows.append(f"<tr><td><b>{esc(name)}</b>{extra}</td><td>{esc(version)}</td><td>{esc(licence)}</td></tr>")
    return (
        "<p>Programmet er bygget med disse frie komponenter:</p>"
        "<table cellspacing='0' cellpadding='4' border='0'>"
        "<tr><th align='left'>Komponent</th><th align='left'>Version</th><th align='left'>Licens</th></tr>"
        + "".join(rows) + "</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Om {APP_NAME}")
        self.resize(640, 520)
        lay = QVBoxLayout(self)

        head = QHBoxLayout()
        from ..app_icon import app_icon

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.version = app_version()
        self.title = QLabel(
            f"<h2>{esc(APP_NAME)}</h2><p>Version {esc(self.version)}</p>"
            "<p>Kompetenceudvikling for et socialt tilbud: medarbejdere, kompetencematrix, "
            "uddannelsesplan, MUS og kompetenceudviklingsplan.</p>"
            "<p>Alt gemmes i én fil på din egen computer. Intet sendes nogen steder hen.</p>"
        )
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title, 1)
        lay.addLayout(head)

        self.licences = QTextBrowser()
        self.licences.setOpenLinks(False)
        self.licences.setHtml(licences_html())
        lay.addWidget(self.licences, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Luk")
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, as plain text."""
        return self.title.text() + "\n" + self.licences.toPlainText()


def show_about(parent) -> None:
    AboutDialog(parent).exec()
