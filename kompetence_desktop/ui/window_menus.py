"""The main window's menus (*Filer · Rediger · Vis · Hjælp*), the undo/redo
actions and the help entries: a mixin of ``MainWindow``, which owns ``nav``,
``settings``, ``ctx`` and the page methods these actions call.

``add_file_menu_action(action, section)`` is the extension point other work
uses to put an action in the File menu (sections: FILE_MENU_SECTIONS).
"""
from __future__ import annotations

import importlib

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME, texts
from .pages import PAGES
from .plaintext import action_text

#: File-menu sections, in order; other work adds actions to "data" and "export"
FILE_MENU_SECTIONS = ("file", "data", "export")


def _run_oversigt(window) -> None:
    """*Filer › Områdeoverblik…*: the dialog loads when chosen."""
    from .dialogs.oversigt_dialog import run_oversigt

    run_oversigt(window)


class MenuActions:
    """The menus of ``MainWindow`` and what their entries do (undo, redo, help)."""

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu(texts.MENUS["file"])
        self.edit_menu = mb.addMenu(texts.MENUS["edit"])
        self.view_menu = mb.addMenu(texts.MENUS["view"])
        self.help_menu = mb.addMenu(texts.MENUS["help"])
        label = texts.MENU_ACTIONS
        self.build_file_menu()
        self.safety_actions = self._install_safety_actions()  # restore, import, erase
        self.oversigt_action = self.add_file_menu_action(QAction("Områdeoverblik…", self), "file")
        self.oversigt_action.triggered.connect(lambda _c=False: _run_oversigt(self))

        self.undo_action = QAction(label["undo"], self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(label["redo"], self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self._update_undo_actions()

        for i, (key, title, _spec) in enumerate(PAGES):
            a = QAction(title, self)
            if i < 9:
                a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.view_menu.addAction(a)
        # every page without a mouse (there are more pages than Ctrl+1…9)
        self.view_menu.addSeparator()
        self.next_page_action = self.view_menu.addAction(label["next_page"], lambda: self.step_page(1))
        self.next_page_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.prev_page_action = self.view_menu.addAction(label["prev_page"], lambda: self.step_page(-1))
        self.prev_page_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.nav_focus_action = self.view_menu.addAction(label["nav_focus"], self.focus_nav)
        self.nav_focus_action.setShortcut(QKeySequence("F6"))
        self.nav.itemActivated.connect(lambda _it: self.focus_page())

        about = QAction(label["about"].format(app=APP_NAME), self)
        about.triggered.connect(self.show_about)
        self.keyboard_help_action = QAction(label["keyboard_help"], self)
        self.keyboard_help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.keyboard_help_action.triggered.connect(self.show_keyboard_help)
        keys = QAction(label["matrix_keys"], self)
        keys.triggered.connect(self.show_matrix_keys)
        self.getting_started_action = QAction("Kom i gang", self)
        self.getting_started_action.triggered.connect(self.show_getting_started)
        self.help_menu.addAction(self.getting_started_action)
        self.help_menu.addAction(self.keyboard_help_action)
        self.help_menu.addAction(keys)
        self.help_menu.addSeparator()
        self.help_menu.addAction(about)

    def build_file_menu(self) -> None:
        """The File menu: Ny, Åbn, Seneste filer, Gem kopi som, then the sections
        other work fills (``add_file_menu_action``), then Luk and Afslut."""
        m = self.file_menu
        m.clear()
        label = texts.MENU_ACTIONS
        self.new_action = m.addAction(label["new"], self.new_file)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = m.addAction(label["open"], self.open_dialog)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = m.addMenu(label["recent"])
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        m.addAction(label["demo"], self.open_demo)
        self.copy_action = m.addAction(label["save_copy"], self.save_copy_as)
        self.copy_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        for sec in FILE_MENU_SECTIONS:
            self._file_sections[sec] = m.addSeparator()
        self._file_end = m.addSeparator()
        self.close_action = m.addAction(label["close"], self.close_file)
        # Ctrl+W first: the menu shows the first key, and Hjælp names Ctrl+W
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")])
        quit_ = m.addAction(label["quit"], self.close)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        self._update_file_actions()

    def add_file_menu_action(self, action: QAction, section: str = "data") -> QAction:
        """Add ``action`` to the File menu at the end of ``section`` ("file", "data" or "export")."""
        secs = list(FILE_MENU_SECTIONS)
        i = secs.index(section)
        before = self._file_sections[secs[i + 1]] if i + 1 < len(secs) else self._file_end
        self.file_menu.insertAction(before, action)
        if action.parent() is None:
            action.setParent(self)
        return action

    def _install_safety_actions(self) -> dict[str, QAction]:
        """The three data-safety entries of the File menu (section "data"). Their
        dialogs load when chosen, not while the window is built."""
        def later(module: str, fn: str):
            def run(_checked=False):
                getattr(importlib.import_module(f"{__package__}.dialogs.{module}"), fn)(self)
            return run

        acts = {}
        for key, module, fn in (
            ("restore", "restore_dialog", "restore_from_backup"),
            ("import", "import_dialog", "run_import"),
            ("erase", "erase_dialog", "run_erase"),
            ("self_forms", "self_assessment_dialog", "run_make_forms"),
            ("self_import", "self_assessment_dialog", "run_import"),
        ):
            a = acts[key] = QAction(texts.MENU_ACTIONS[key], self)
            a.triggered.connect(later(module, fn))
            self.add_file_menu_action(a, "data")
        return acts

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for p in recent:
            a = self.recent_menu.addAction(p)
            a.triggered.connect(lambda _=False, path=p: self.open_path(path))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(texts.MENU_ACTIONS["recent_clear"], self.settings.clear_recent)
        else:
            self.recent_menu.addAction(texts.MENU_ACTIONS["recent_none"]).setEnabled(False)

    def _update_file_actions(self) -> None:
        has = self.ctx is not None
        for a in (getattr(self, "copy_action", None), getattr(self, "close_action", None)):
            if a is not None:
                a.setEnabled(has)

    def undo(self) -> None:
        if self.ctx is not None and self.ctx.undo_stack.canUndo():
            self.ctx.undo_stack.undo()

    def redo(self) -> None:
        if self.ctx is not None and self.ctx.undo_stack.canRedo():
            self.ctx.undo_stack.redo()

    def _update_undo_actions(self, *_a) -> None:
        st = self.ctx.undo_stack if self.ctx is not None else None
        writable = self.ctx is not None and not self.ctx.readonly
        can_u = bool(st and st.canUndo() and writable)
        can_r = bool(st and st.canRedo() and writable)
        self.undo_action.setEnabled(can_u)
        self.redo_action.setEnabled(can_r)
        # "Fortryd: Ændr 13 vurderinger" – the command's own text, names as written
        undo, redo = texts.MENU_ACTIONS["undo"], texts.MENU_ACTIONS["redo"]
        self.undo_action.setText(action_text(f"{undo}: {st.undoText()}") if can_u and st.undoText() else undo)
        self.redo_action.setText(action_text(f"{redo}: {st.redoText()}") if can_r and st.redoText() else redo)

    def show_about(self) -> None:
        from .dialogs.about_dialog import show_about

        show_about(self)

    def show_getting_started(self) -> None:
        from .dialogs.getting_started import show_getting_started

        show_getting_started(self)

    def show_keyboard_help(self) -> None:
        from .keys import native_keys

        QMessageBox.information(self, texts.MENU_ACTIONS["keyboard_help"], native_keys(texts.KEYBOARD_HELP))

    def show_matrix_keys(self) -> None:
        from .keys import native_keys

        QMessageBox.information(self, texts.MENU_ACTIONS["matrix_keys"], native_keys(texts.MATRIX_KEYS_HELP))
