"""Helpers for the window's tests: a context or a window on a file, a page shown,
dialogs driven through their widgets instead of a blocking exec(), and stand-ins
for the message boxes and file dialogs (which would block an offscreen test)."""
from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox


def make_ctx(path, readonly=False):
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.context import AppContext

    return AppContext(open_file(path, readonly=readonly))


def open_window(qtbot, path):
    """The main window on ``path`` at 1366×768, shown (close_file() it when done)."""
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(path, quiet=True)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def page_for(cls, ctx, qtbot):
    """Page ``cls`` built on ``ctx`` and shown."""
    p = cls(ctx)
    qtbot.addWidget(p)
    p.show()
    return p


def rendered(rich: str) -> str:
    """What a rich-text label shows."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def drive(monkeypatch, dialog_cls, fill):
    """Make ``dialog_cls.exec`` fill the widgets with ``fill(dlg)`` and press OK."""
    seen = []

    def fake_exec(self):
        seen.append(self)
        fill(self)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(dialog_cls, "exec", fake_exec)
    return seen


def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))


def no_warnings(monkeypatch):
    """Warnings and information boxes answered with OK; returns their arguments as shown."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a) or QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a) or QMessageBox.Ok))
    return shown


def record_warnings(monkeypatch, into=None, on=QMessageBox):
    """``on.warning`` answers OK and appends its text to ``into`` (returned)."""
    shown = [] if into is None else into
    monkeypatch.setattr(on, "warning", staticmethod(
        lambda _parent, _title, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok))
    return shown


def catch_messages(monkeypatch):
    """Warning, information and critical boxes answer OK; returns (kind, title, text) of each."""
    shown = []
    for n in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, n, staticmethod(
            lambda *a, n=n, **k: shown.append((n, a[1], a[2])) or QMessageBox.Ok))
    return shown


def save_as(monkeypatch, path, chosen_filter="", on=QFileDialog):
    """The save dialog (``on.getSaveFileName``) answers ``path``."""
    monkeypatch.setattr(on, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), chosen_filter)))


def shown(text) -> str:
    """What Qt shows for a label / tooltip / message text (it guesses rich text)."""
    from PySide6.QtGui import Qt as GuiQt, QTextDocument

    text = text or ""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")
