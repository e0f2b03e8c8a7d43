"""Helpers for the plan pages' tests: a context on the demo, and
dialogs driven through their widgets instead of a blocking exec()."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox


def make_ctx(path, readonly=False):
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.context import AppContext

    return AppContext(open_file(path, readonly=readonly))


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
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a) or QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a) or QMessageBox.Ok))
    return shown


@pytest.fixture
def ctx(demo_path, qtbot):
    c = make_ctx(demo_path)
    yield c
    c.file.close()


__all__ = ["make_ctx", "drive", "answer_yes", "no_warnings", "ctx", "QDialog"]
