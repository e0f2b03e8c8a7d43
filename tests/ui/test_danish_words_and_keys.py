"""One spelling for each word (Danish retskrivning: Rediger, Annuller, Markér),
the keys in the menus written as the Hjælp text writes them, and Qt's own
dialogs in Danish."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

import kompetence_desktop
from kompetence_desktop import texts

SOURCE = Path(kompetence_desktop.__file__).parent
#: the spellings not used, in what a user sees (string literals in the source)
WRONG = re.compile(r"""["'][^"'\n]*\b(Redigér|redigér|Annullér|annullér|Marker)\b[^"'\n]*["']""")


def test_one_spelling_for_rediger_annuller_markér():
    found = []
    for p in SOURCE.rglob("*.py"):
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            for m in WRONG.finditer(line):
                found.append(f"{p.relative_to(SOURCE)}:{n}: {m.group(1)}")
    assert found == []


def _native(seq) -> str:
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def test_menu_keys_are_written_as_in_the_keyboard_help(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    window.show_keyboard_help()
    help_text = shown[0]
    for act in (window.new_action, window.open_action, window.copy_action, window.close_action,
                window.undo_action):
        key = _native(act.shortcut())
        assert key and key in help_text, (act.text(), key)
    assert _native(window.close_action.shortcut()) == _native(QKeySequence("Ctrl+W"))
    shift = _native(QKeySequence("Shift+A"))[:-1]
    assert f"Ctrl+{shift}S" in help_text


def test_qt_dialogs_speak_danish(qapp):
    from kompetence_desktop.app import make_app

    make_app()
    assert QApplication.translate("QFileDialog", "Look in:") == "Kig i:"
    assert QApplication.translate("QFileDialog", "Files of type:") == "Filer af type:"


def test_matrix_keys_help_says_what_the_keys_do_now(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    window.show_matrix_keys()
    assert "Ctrl+Enter: udfyld alle markerede celler" in shown[0] and "F2" in shown[0]
    assert "tast et tal for at udfylde" not in shown[0]
