"""The main window: the left-hand page list, the page area, the menus
(*Filer · Rediger · Vis · Hjælp*) and the one way a file is opened
(``open_path``).

Pages come from ``ui.pages.PAGES`` and are built the first time they are
shown, so the start only pays for the page it opens on.

Extension points for other work:
- ``add_file_menu_action(action, section)`` puts an action in the File menu
  (sections: "file", "data", "export" — see FILE_MENU_SECTIONS);
- ``ctx.navigate.emit(key, payload)`` shows page ``key`` and calls its
  ``open_item(payload)``;
- ``has_page(key)``, ``page(key)``, ``show_page(key)``.

A demo copy (``open_path(..., demo=True)``: *Åbn demotilbud*, ``--demo``) is a
throwaway file in a temporary folder: it is not remembered as the last or a
recent file, gets no automatic backup, says so in the title and a banner, and
is deleted with its folder when it is closed (also when the program closes).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, texts
from ..storage.tilbudfile import FileProblem
from . import settings as S
from .pages import PAGES, load_page_class
from .plaintext import plain
from .window_files import FILE_FILTER, FileActions, dropped_forms, dropped_path  # noqa: F401
from .window_menus import FILE_MENU_SECTIONS, MenuActions  # noqa: F401

#: the banner above the pages: a warning (read-only) or a note (demo copy, a file gone)
BANNER_STYLES = {
    "warning": "background:#fff1a8; color:#3d3200; border-bottom:1px solid #c9b23c; padding:6px 10px; font-weight:bold;",
    "note": "background:#e3eefa; color:#1d3550; border-bottom:1px solid #9bb8d8; padding:6px 10px;",
}


def _data_errors() -> tuple:
    import sqlite3

    return (sqlite3.DatabaseError, UnicodeDecodeError, ValueError, OverflowError)


#: what reading a damaged file's rows raises (SQLite's "malformed", text that is not
#: UTF-8, a date that does not parse)
DATA_ERRORS = _data_errors()


def _same_file(a, b) -> bool:
    """Do two paths name the same file? (open_path and save_copy_as)"""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).absolute() == Path(b).absolute()


class _Welcome(QWidget):
    def __init__(self, window: "MainWindow"):
        super().__init__()
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        t = QLabel(texts.WELCOME.format(app=APP_NAME))
        t.setAlignment(Qt.AlignmentFlag.AlignCenter)
        t.setWordWrap(True)
        lay.addWidget(t)
        row = QHBoxLayout()
        row.addStretch(1)
        label = texts.WELCOME_BUTTONS
        for key, slot in (("new", window.new_file), ("open", window.open_dialog), ("demo", window.open_demo)):
            b = QPushButton(label[key])
            b.setMinimumWidth(140)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(2)


class MainWindow(FileActions, MenuActions, QMainWindow):
    def __init__(self, settings: S.Settings | None = None, start_page: str | None = None,
                 auto_backup: bool = True):
        super().__init__()
        self.settings = settings or S.Settings()
        self.ctx = None
        self._start_page = start_page
        #: False for --smoke and --screenshots: a test run takes no backups
        self.auto_backup = auto_backup
        #: True for --smoke and --screenshots: a test run opens the leader's file read-only
        #: (never upgraded, never written); a demo copy of its own is still opened as usual
        self.trial_run = False
        #: open_path's ``quiet`` for the file now open (damage found later is told the same way)
        self._quiet = False
        self._check_poll: QTimer | None = None
        #: a page's show event found rows it could not read (see page_data_error)
        self._pending_damage: BaseException | None = None
        self._show_depth = 0
        #: the open file is a demo copy: this file is deleted (with its folder) on closing
        self._demo_copy: Path | None = None
        self._pages: dict[str, QWidget] = {}
        self._keys = [k for k, _t, _s in PAGES]
        self._file_sections: dict[str, QAction] = {}
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)  # filled-in self-assessment forms
        self.resize(1366, 768)
        self.setAcceptDrops(True)  # a .kompetence file dropped on the window opens like Åbn…
        self._build()
        self._build_menus()
        self._update_title()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLES["warning"])
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("sideliste")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(
            "QListWidget#sideliste { background:#2f3b4a; color:#e8edf3; border:none; font-size:14px; padding-top:6px; }"
            "QListWidget#sideliste::item { padding:8px 12px; }"
            "QListWidget#sideliste::item:selected { background:#4c6a8c; color:white; }"
            "QListWidget#sideliste::item:disabled { color:#7d8a99; }"
        )
        for key, title, _spec in PAGES:
            it = QListWidgetItem(title)
            it.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(it)
        # wide enough for the longest page name at the list's 14 px (never a sideways scroll bar)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav_font = QFont(self.nav.font())
        nav_font.setPixelSize(14)
        widest = max(QFontMetrics(nav_font).horizontalAdvance(t) for _k, t, _s in PAGES)
        self.nav.setFixedWidth(max(200, widest + 2 * 12 + 16))
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self._switching = False  # show_page is switching the stack: the page list's echo is ignored
        self._welcome = None  # built when first shown (a start that opens a file never needs it)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.readonly_label = QLabel(texts.READONLY_STATUS)
        self.readonly_label.setStyleSheet("color:#7a5d00; font-weight:bold; padding:0 8px;")
        self.readonly_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.readonly_label)
        self.nav.setEnabled(False)

    @property
    def welcome(self) -> QWidget:
        """The page shown while no file is open (built on first use)."""
        if self._welcome is None:
            self._welcome = _Welcome(self)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def showEvent(self, ev):
        if self.ctx is None and self.stack.currentWidget() is None:
            self.stack.setCurrentWidget(self.welcome)
        super().showEvent(ev)

    # ------------------------------------------------------------------- files
    def open_path(self, path, quiet: bool = False, *, demo: bool = False) -> bool:
        """Open ``path`` (closing the current file). Problems are told in Danish,
        never as a traceback. A locked or read-only file opens read-only with a banner.
        The current file stays open until the new one has opened: a file
        that can't be opened leaves the window as it was. ``demo``: ``path`` is a
        throwaway demo copy (see the module's doc); it is deleted if it can't be opened."""
        from ..storage.tilbudfile import open_file

        path = Path(path)
        if self.ctx is not None and _same_file(self.ctx.file.path, path):
            demo = demo or self._demo_copy is not None
            self.close_file(keep_demo=True)  # reopening the open file itself (e.g. after a lost lock)
        else:
            self.flush_pages()
        opened = self._open(path, quiet, open_file, demo)
        if not opened and demo:
            from ..operations.files import discard_demo_copy

            discard_demo_copy(path)
        return opened

    def _open(self, path: Path, quiet: bool, open_file, demo: bool) -> bool:
        from .context import AppContext

        try:
            # the whole check after the first paint, on a thread (start_full_check)
            f = open_file(path, defer_integrity=True, readonly=self.trial_run and not demo,
                          readonly_reason="trial_run" if self.trial_run and not demo else "")
        except FileProblem as exc:
            if exc.code == "damaged" and not quiet:  # offer the newest backup as a new file
                from .dialogs.restore_dialog import offer_newest_backup

                offered = offer_newest_backup(self, path)
                if offered is not None:
                    return offered
            self._problem(texts.file_problem(exc.code, exc.path), quiet)
            if exc.code == "missing":
                self.settings.forget_file(path)
            return False
        except Exception as exc:  # OS or SQLite trouble: still no traceback
            self._problem(f"Filen {path} kunne ikke åbnes ({exc.__class__.__name__}).", quiet)
            return False
        self.close_file()  # the new file is open: only now let the old one go
        self._quiet = quiet
        self.ctx = AppContext(f, self)
        self._demo_copy = path if demo else None
        self.ctx.status.connect(self._status)
        self.ctx.navigate.connect(self.navigate)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.ctx.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.ctx.undo_stack.indexChanged.connect(self._update_undo_actions)
        if not demo:  # a demo copy is gone after closing: never the last or a recent file
            self.settings.remember_file(path.absolute())
        self._show_readonly(f)
        if demo and not f.readonly:
            self.show_note(texts.DEMO_BANNER)
        self.nav.setEnabled(True)
        self._update_title()
        self._update_undo_actions()
        self._update_file_actions()
        start = self._start_page or self.settings.get(S.LAST_PAGE)
        self.show_page(start if start in self._keys else (self._keys[0] if self._keys else None))
        if self.ctx is None or self.ctx.file is not f:
            return self.ctx is not None  # the first page found damage (and a backup may be open now)
        from .first_paint import after_first_paint

        after_first_paint(self, lambda: self._start_full_check(f), fallback_ms=1000)
        if not f.readonly:
            QTimer.singleShot(2000, self, self._warm_up)
            if self.auto_backup and not demo:  # the daily backup on opening (never of a demo copy)
                QTimer.singleShot(1500, self, lambda: self._auto_backup(f))
        return True

    def _start_full_check(self, f) -> None:
        """After the first paint: the whole check open_path left for later runs on a
        thread of its own; the window looks for its answer every 25 ms, without waiting."""
        if self.ctx is None or self.ctx.file is not f or f.integrity_checked:
            return
        f.start_full_check()
        if self._check_poll is not None:
            self._check_poll.stop()
        poll = self._check_poll = QTimer(self)
        poll.setInterval(25)

        def look():
            if f.full_check_running and self.ctx is not None and self.ctx.file is f:
                return
            poll.stop()
            poll.deleteLater()
            if self._check_poll is poll:
                self._check_poll = None
            self._verify_integrity(f, self._quiet)

        poll.timeout.connect(look)
        poll.start()

    def _verify_integrity(self, f, quiet: bool = False) -> None:
        """The whole check open_path left for later (waits for its thread if it runs).
        A damaged file is closed, never written to, and told as at opening."""
        if self.ctx is None or self.ctx.file is not f or f.integrity_checked:
            return
        try:
            f.check_integrity()
        except FileProblem as exc:
            self._damaged(exc.path, quiet)

    def _damaged(self, path, quiet: bool) -> None:
        """The open file is damaged: closed (it was never written to), the one Danish
        message, and — in the window — the offer of its newest backup as a new file."""
        if self.ctx is not None:
            self.ctx.file.mark_damaged()
            self.close_file()
        if not quiet:
            from .dialogs.restore_dialog import offer_newest_backup

            if offer_newest_backup(self, path) is not None:
                return
        self._problem(texts.file_problem("damaged", path), quiet)

    def _data_error(self, exc: BaseException) -> None:
        """A page could not read the file's rows (a row that does not decode or parse,
        SQLite's "malformed"): the file is damaged, whatever a quick check said."""
        if self.ctx is None:
            return
        import sqlite3

        f = self.ctx.file
        try:
            f.check_integrity()  # the whole check, now (or its thread's answer)
        except FileProblem:
            self._damaged(f.path, self._quiet)
            return
        if isinstance(exc, (sqlite3.DatabaseError, UnicodeDecodeError)):
            self._damaged(f.path, self._quiet)  # SQLite could not read what the check passed
            return
        if self._quiet:  # the file is whole: not the file's fault
            self._problem(texts.PAGE_NOT_SHOWN, True)
        else:
            self._status(texts.PAGE_NOT_SHOWN)

    def show_note(self, message: str) -> None:
        """A calm note in the banner above the pages (a demo copy, a file that is gone)."""
        self.banner.setStyleSheet(BANNER_STYLES["note"])
        self.banner.setText(plain(message))
        self.banner.setVisible(True)

    def _show_readonly(self, f) -> None:
        if not f.readonly:
            self.banner.setVisible(False)
            self.readonly_label.setVisible(False)
            return
        who = ""
        if f.readonly_reason in ("locked", "lock_lost"):
            try:
                from ..storage import locking

                info = locking.read_owner(f.path) or {}
                if info.get("user") or info.get("host"):
                    who = f" (af {info.get('user') or 'en anden'} på {info.get('host') or 'en anden computer'})"
            except Exception:
                who = ""
        if f.readonly_reason == "trial_run":  # --smoke/--screenshots: read-only by design, no banner
            self.banner.setVisible(False)
            self.readonly_label.setVisible(False)
            return
        detail = getattr(f, "readonly_detail", "") if f.readonly_reason == "permissions" else f.readonly_reason
        if detail in texts.READONLY_DETAILS:
            from ..storage.locking import lock_path

            msg = texts.READONLY_DETAILS[detail].format(lock=lock_path(f.path).name)
        else:
            msg = texts.READONLY_REASONS.get(f.readonly_reason, texts.READONLY_REASONS[""]).format(who=who)
        if self._demo_copy is not None:
            msg += " " + texts.DEMO_BANNER
        self.banner.setStyleSheet(BANNER_STYLES["warning"])
        self.banner.setText(plain(msg))  # the user/host names come from the lock file
        self.banner.setVisible(True)
        self.readonly_label.setVisible(True)

    def _problem(self, message: str, quiet: bool) -> None:
        if quiet:
            sys.stderr.write(message + "\n")
        else:
            QMessageBox.warning(self, "Filen kan ikke åbnes", plain(message))

    def new_file(self) -> bool:
        """*Filer › Ny…*: name, tilbudsleder and what to start from (NewFileDialog),
        then where to save; the new file opens on the Tilbud page."""
        from ..domain.rules import DomainError
        from ..operations.files import create_tilbud
        from .dialogs.new_file_dialog import NewFileDialog

        dlg = NewFileDialog(self)
        if dlg.exec() != NewFileDialog.DialogCode.Accepted:
            return False
        name = dlg.tilbud_name()
        folder = Path(self.settings.last_file()).parent if self.settings.last_file() else Path.home()
        stem = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in name).strip(" .") or "Nyt tilbud"
        path, _ = QFileDialog.getSaveFileName(self, texts.NEW_FILE_TITLE, str(folder / f"{stem}.kompetence"), FILE_FILTER)
        if not path:
            return False
        p = Path(path)
        if p.suffix.lower() != ".kompetence":
            p = p.with_name(p.name + ".kompetence")
        if p.exists():
            # the save dialog has asked about overwriting; we still never overwrite a file in use
            self._problem(texts.file_problem("exists", p), False)
            return False
        try:
            create_tilbud(p, **dlg.choices())
        except FileProblem as exc:
            self._problem(texts.file_problem(exc.code, exc.path), False)
            return False
        except DomainError as exc:
            self._problem(texts.domain_error(exc), False)
            return False
        except OSError as exc:
            self._problem(f"Filen {p} kunne ikke oprettes ({exc.strerror or exc}).", False)
            return False
        ok = self.open_path(p)
        if ok:
            self.show_page("tilbud")
        return ok

    # ------------------------------------------------------------------- pages
    def has_page(self, key: str) -> bool:
        return key in self._keys

    def page(self, key: str):
        """The page widget for ``key``, built on first use (None without an open file)."""
        if self.ctx is None or key not in self._keys:
            return None
        if key not in self._pages:
            _k, title, spec = PAGES[self._keys.index(key)]
            try:
                cls = load_page_class(spec)
                w = cls(self.ctx, self)
            except DATA_ERRORS:
                raise  # the file's rows: show_page calls the file damaged
            except Exception as exc:  # a broken page must not take the window down
                w = QLabel(plain(f"Siden »{title}« kunne ikke vises: {exc}"))
                w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._pages[key] = w
            self.stack.addWidget(w)
        return self._pages[key]

    def show_page(self, key: str | None):
        if key is None or self.ctx is None or key not in self._keys:
            return None
        # a page reads the file's rows here: one that can't be read is damage, not a crash.
        # The file is closed only by the outermost call, once Qt has finished showing the
        # page (showing one page can show another through the list's signals)
        self._show_depth += 1
        try:
            w = self.page(key)
            # the page list points at the page before the stack switches: hiding the welcome
            # page moves the focus to the list, and a list without a current row would pick
            # row 0 and show Overblik in the middle of this switch
            row = self._keys.index(key)
            if self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
            self._switching = True
            try:
                self.stack.setCurrentWidget(w)
            finally:
                self._switching = False
            if hasattr(w, "ensure_loaded"):
                w.ensure_loaded()
        except DATA_ERRORS as exc:
            if self._pending_damage is None:
                self._pending_damage = exc
        finally:
            self._show_depth -= 1
        if self._pending_damage is not None:  # the page could not read its rows
            if self._show_depth == 0:
                self._handle_pending_damage()
            return None
        return w

    def page_data_error(self, exc: BaseException) -> None:
        """A page could not read its rows inside a Qt event (``PageBase``): handled
        by show_page when it called, else in the next turn of the event loop."""
        if self._pending_damage is None:
            self._pending_damage = exc
            QTimer.singleShot(0, self, self._handle_pending_damage)

    def _handle_pending_damage(self) -> None:
        if self._show_depth:  # still inside show_page: it handles it when it returns
            return
        exc, self._pending_damage = self._pending_damage, None
        if exc is not None:
            self._data_error(exc)

    def current_page_key(self) -> str | None:
        w = self.stack.currentWidget()
        return next((k for k, p in self._pages.items() if p is w), None)

    def _nav_changed(self, row: int) -> None:
        if self._switching:
            return
        if 0 <= row < len(self._keys):
            self.show_page(self._keys[row])

    def navigate(self, key: str, payload=None) -> None:
        """``ctx.navigate`` lands here: show page ``key`` and open ``payload`` in it."""
        if not self.has_page(key):
            self._status("Den side findes ikke i denne udgave.")
            return
        w = self.show_page(key)
        fn = getattr(w, "open_item", None)
        if fn is not None and payload is not None:
            fn(payload)

    # ---------------------------------------------------------------- edit menu

    # ------------------------------------------------------------------- misc
    def _status(self, msg: str) -> None:
        self.statusBar().showMessage(msg, 6000)

    def _on_changed(self, topic: str) -> None:
        if topic in ("profile", "*"):
            self._update_title()
        elif topic == "readonly" and self.ctx is not None:  # the file refused a write (commands.storage_refused)
            self._show_readonly(self.ctx.file)
            self._update_title()
            self._update_undo_actions()

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.ctx.repo.profile.texts().get("navn", "") or "Uden navn"
        ro = " [skrivebeskyttet]" if self.ctx.readonly else ""
        shown = texts.DEMO_TITLE if self._demo_copy is not None else self.ctx.file.path.name
        self.setWindowTitle(f"{name} – {shown}{ro} – {APP_NAME}")

    # --- keyboard ---------------------------------------------------------------
    def step_page(self, step: int):
        """The next (+1) or previous (-1) page of the list, wrapping around."""
        if self.ctx is None or not self._keys:
            return None
        cur = self.current_page_key()
        i = self._keys.index(cur) if cur in self._keys else -step
        return self.show_page(self._keys[(i + step) % len(self._keys)])

    def focus_nav(self) -> None:
        if self.nav.isEnabled():
            self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_page(self) -> None:
        """Move the keyboard into the current page: its first widget that takes Tab focus."""
        w = self.stack.currentWidget()
        if w is None:
            return
        nxt = w.nextInFocusChain()
        while nxt is not None and nxt is not w:
            if (w.isAncestorOf(nxt) and nxt.isEnabled() and nxt.isVisibleTo(w)
                    and nxt.focusPolicy() & Qt.FocusPolicy.TabFocus):
                nxt.setFocus(Qt.FocusReason.TabFocusReason)
                return
            nxt = nxt.nextInFocusChain()
        w.setFocus()

    def restore_geometry(self) -> None:
        g = self.settings.get(S.GEOMETRY)
        if g is not None and not g.isEmpty():
            self.restoreGeometry(g)

    def closeEvent(self, ev):
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.close_file()
        self.settings.sync()
        super().closeEvent(ev)
