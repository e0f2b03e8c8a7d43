"""The *Matrix* page: the competence matrix as fast as a spreadsheet.

Keys (on the table), as in Excel: 1–5 set the current cell's level, 0 /
Delete / Backspace clear it, ``-`` marks *ikke relevant* — the current cell
only, even with a block selected; Ctrl+Enter then fills the selection with the
current cell's value. F2 or a double-click opens a small editor that also takes
the level names (*Øvet udøver*). *Forventet niveau* is part of the profile, so
it changes only through that editor, never by typing over a selection. A key
that does nothing says so in the status bar. Ctrl+C copies the block as
tab-separated text, Ctrl+V pastes one from Excel (a column copied from the
template with its blank category rows is aligned with the category rows, or
refused when it cannot be). Arrows, Tab and Enter move. Every edit is today's
leader assessment and can be undone (Ctrl+Z / Ctrl+Y). Ctrl+Shift+Enter, a
double-click on an employee's column header, or the cell's / header's context
menu opens that employee on the *Medarbejder* page.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain import rules
from ...domain.model import CATEGORIES
from ...domain.rules import NOT_RELEVANT, DomainError
from ...operations.matrix import SetCells, SetExpectedLevels
from .. import commands
from ..models.matrix_model import GAP_COLORS, GAP_LABELS, MatrixModel, cell_text
from ..first_paint import after_first_paint
from ..flow import FlowLayout
from ..keys import native_keys
from ..page_base import PageBase
from ..plaintext import plain

EMPLOYEE_COL_WIDTH = 42
EMPLOYEE_COL_WIDTH_SELF = 64
ROW_HEIGHT = 24

_PASTE_NOT_RELEVANT = {"-", "–", "ir", "i.r.", "ikke relevant", "nr"}
#: the level names of the template (texts.LEVEL_LABELS), as typed in any case
_LEVEL_NAMES = {name.lower(): level for level, name in texts.LEVEL_LABELS.items()}
#: "3 – Øvet udøver", as the matrix's own tooltips and the PDF write a level
_NUMBERED_NAME = re.compile(r"^([1-5])\s*[–-]\s*\D")


def parse_cell_text(text: str):
    """A pasted or typed cell → a value, or ``...`` (Ellipsis) to leave the cell alone.
    Takes 1–5, 0 (clear), ``-`` / *ikke relevant* and the level names in any case."""
    t = " ".join(text.strip().lower().split())
    if t == "":
        return ...
    if t in _PASTE_NOT_RELEVANT:
        return NOT_RELEVANT
    if t == "0":
        return None
    if t in _LEVEL_NAMES:
        return _LEVEL_NAMES[t]
    m = _NUMBERED_NAME.match(t)
    if m:
        return int(m.group(1))
    try:
        f = float(t.replace(",", "."))
    except ValueError:
        return ...
    if f.is_integer() and 1 <= int(f) <= 5:
        return int(f)
    return ...


class _MatrixHeader(QHeaderView):
    """A header that knows its size. Qt sizes a header from the texts of up to 200
    sections (a Python call per section and role, three times before the first
    paint: ~4000 calls at 200 × 150); here the horizontal header is as
    tall as its tallest title, the two-line *Forventet niveau*, and the vertical
    one has a fixed width."""

    def __init__(self, orientation, parent=None):
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)  # as QTableView's own headers: a click selects the column/row

    def sizeHint(self):
        if self.orientation() == Qt.Orientation.Horizontal:
            h = self.sectionSizeFromContents(MatrixModel.COL_EXPECTED).height() if self.count() else 0
            return QSize(self.length(), max(h, self.fontMetrics().height() * 2 + 6))
        return QSize(self.minimumWidth(), self.defaultSectionSize())


class MatrixView(QTableView):
    """The table; turns key presses into edits (``edit_requested``)."""

    #: list of (row, column, value) — value a level, NOT_RELEVANT or None
    edit_requested = Signal(list)
    copy_requested = Signal()
    paste_requested = Signal()
    #: Ctrl+Shift+Enter: open the current column's employee
    open_employee_requested = Signal()
    #: Ctrl+Enter: fill the selection with the current cell's value
    fill_requested = Signal()
    #: F2: edit the current cell in a small editor
    editor_requested = Signal()
    #: a key that changes nothing here: the text typed ("" for a non-text key), the column
    key_refused = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalHeader(_MatrixHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(_MatrixHeader(Qt.Orientation.Vertical, self))
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vh.setTextElideMode(Qt.TextElideMode.ElideRight)
        vh.setFixedWidth(300)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setDefaultSectionSize(EMPLOYEE_COL_WIDTH)
        hh.setMinimumSectionSize(30)
        hh.setHighlightSections(True)

    def selected_cells(self) -> list[tuple[int, int]]:
        idx = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        cells = [(i.row(), i.column()) for i in idx]
        if not cells and self.currentIndex().isValid():
            cells = [(self.currentIndex().row(), self.currentIndex().column())]
        return cells

    def keyPressEvent(self, ev):
        if ev.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if ev.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        key = ev.key()
        mods = ev.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = ev.text()
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if mods == ctrl | shift and enter:
            self.open_employee_requested.emit()
            return
        if mods == ctrl and enter:
            self.fill_requested.emit()
            return
        if mods == ctrl and key == Qt.Key.Key_Home:
            self._home()
            return
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_F2:
            self.editor_requested.emit()
            return
        if mods in (Qt.KeyboardModifier.NoModifier, shift):
            value = ...
            if text in ("1", "2", "3", "4", "5"):
                value = int(text)
            elif text == "0" or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                value = None
            elif text == "-" or key == Qt.Key.Key_Minus:
                value = NOT_RELEVANT
            cur = self.currentIndex()
            if value is not ...:
                # as in Excel: the current cell only; Ctrl+Enter fills the selection
                if cur.isValid():
                    model = self.model()
                    if model is not None and model.employee_at(cur.column()) is not None:
                        self.edit_requested.emit([(cur.row(), cur.column(), value)])
                    else:
                        self.key_refused.emit(text or "", cur.column())
                return
            if enter:
                self._move(-1 if mods == shift else 1, 0)
                return
            if text and text.isprintable():
                self.key_refused.emit(text, cur.column() if cur.isValid() else -1)
                return
        super().keyPressEvent(ev)

    def _home(self) -> None:
        """Ctrl+Home: the first employee's cell of the first competence (never *Forventet niveau*)."""
        model = self.model()
        rows = model.competence_rows() if model is not None else []
        if not rows:
            return
        col = MatrixModel.FIRST_EMPLOYEE_COL if model.employee_at(MatrixModel.FIRST_EMPLOYEE_COL) else MatrixModel.COL_EXPECTED
        idx = model.index(rows[0], col)
        self.setCurrentIndex(idx)
        self.scrollTo(idx)

    def _move(self, drow: int, dcol: int) -> None:
        cur = self.currentIndex()
        model = self.model()
        if not cur.isValid() or model is None:
            return
        r = cur.row() + drow
        while 0 <= r < model.rowCount() and not (model.flags(model.index(r, cur.column())) & Qt.ItemFlag.ItemIsEnabled):
            r += drow
        if 0 <= r < model.rowCount():
            idx = model.index(r, cur.column())
            self.setCurrentIndex(idx)
            self.selectionModel().select(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)


class CellEditor(QLineEdit):
    """F2 / double-click: a level typed as in a spreadsheet cell — 1–5, 0, ``-`` or a
    level name. Enter stores it (``committed``), Escape or leaving the editor changes
    nothing."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent, text: str):
        super().__init__(parent)
        self.setText(text)
        self.selectAll()
        self.setPlaceholderText("1–5, 0, - eller navn")
        self.setToolTip("Tast et niveau (1–5 eller fx »Øvet udøver«), 0 rydder, - er ikke relevant. "
                        "Enter gemmer, Esc fortryder.")
        self._done = False

    def keyPressEvent(self, ev):
        if ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit(self.text())
            return
        if ev.key() == Qt.Key.Key_Escape:
            self.finish()
            return
        super().keyPressEvent(ev)

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.cancelled.emit()
        self.deleteLater()

    def focusOutEvent(self, ev):
        super().focusOutEvent(ev)
        self.finish()


class _ElidedLabel(QLabel):
    """One line of plain text that never widens its page: a long employee or competence
    name is cut with "…" at the label's width (``text()`` and the tooltip stay whole)."""

    def __init__(self, text: str = ""):
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text.strip())

    def paintEvent(self, _event) -> None:
        r = self.contentsRect()
        p = QPainter(self)
        p.drawText(r, int(self.alignment()), self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, r.width()))


class MatrixPage(PageBase):
    TOPICS = frozenset({"employees", "competences", "teams", "assessments"})

    #: the first load of a big matrix reads the first screen's cells only, the rest right after
    #: the first paint (or after this many ms if the page is not painted)
    COMPLETE_AFTER_MS = 400

    def __init__(self, ctx, parent=None):
        self.model = MatrixModel()
        super().__init__(ctx, parent)
        self._own_edit = False
        self._loaded_once = False
        self._editor: CellEditor | None = None
        self._last_copy: str | None = None
        self._build()
        ctx.cells_changed.connect(self._on_cells_changed)

    # ------------------------------------------------------------------- layout
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        top = QHBoxLayout()
        title = QLabel("<b>Kompetencematrix</b> – vurdering af kompetenceniveau")
        title.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(title)
        top.addStretch(1)
        self.hint = QLabel(texts.MATRIX_HINT)  # the read-only wording is set by _update_hint
        self.hint.setStyleSheet("color:#555;")
        self.hint.setWordWrap(True)  # a narrow window wraps it instead of growing
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.hint, 1)
        lay.addLayout(top)

        bar = FlowLayout()  # wraps in a narrow window
        bar.addWidget(QLabel("Team:"))
        self.team_box = QComboBox()
        # a long team name must not widen the page (and the window): elided in the box,
        # whole in the open list and the tooltip
        self.team_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.team_box.setMinimumContentsLength(14)
        self.team_box.setMaximumWidth(260)
        self.team_box.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.team_box.view().setMinimumWidth(360)
        self.team_box.currentIndexChanged.connect(
            lambda _i: self.team_box.setToolTip(self.team_box.currentText()))
        bar.addWidget(self.team_box)
        bar.addWidget(QLabel("Kategori:"))
        self.cat_box = QComboBox()
        self.cat_box.addItem("Alle kategorier", None)
        for c in CATEGORIES:
            self.cat_box.addItem(texts.CATEGORY_LABELS[c], c)
        bar.addWidget(self.cat_box)
        self.former_box = QCheckBox("Vis fratrådte")
        bar.addWidget(self.former_box)
        self.self_box = QCheckBox("Vis selvvurdering hvor den afviger")
        bar.addWidget(self.self_box)
        bar.addStretch(1)
        lay.addLayout(bar)

        legend = FlowLayout(spacing=10)
        for cls, sample in (
            (rules.GAP_MEETS, "4"), (rules.GAP_ONE, "3"), (rules.GAP_TWO_PLUS, "2"),
            (rules.GAP_NONE, " "), (rules.GAP_NOT_RELEVANT, "–"),
        ):
            chip = QLabel(sample)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setFixedSize(24, 18)
            chip.setStyleSheet(
                f"background:{GAP_COLORS[cls].name()}; border:1px solid #888; font-weight:bold;"
            )
            pair = QHBoxLayout()
            pair.setSpacing(4)
            pair.addWidget(chip)
            pair.addWidget(QLabel(GAP_LABELS[cls]))
            legend.addLayout(pair)
        lay.addLayout(legend)

        self.view = MatrixView(self)
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lay.addWidget(self.view, 1)

        info = QHBoxLayout()
        self.info_label = _ElidedLabel(" ")
        info.addWidget(self.info_label, 1)
        self.activity_button = QPushButton("Opret uddannelsesaktivitet…")
        # its room is kept while hidden: showing it on a red cell must not resize the
        # matrix (a relayout repaints every visible cell — ≈ 20 ms at 200 × 150)
        keep = self.activity_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.activity_button.setSizePolicy(keep)
        self.activity_button.setVisible(False)
        info.addWidget(self.activity_button)
        lay.addLayout(info)

        self.team_box.currentIndexChanged.connect(self._apply_filters)
        self.cat_box.currentIndexChanged.connect(self._apply_filters)
        self.former_box.toggled.connect(self._apply_filters)
        self.self_box.toggled.connect(self._on_self_toggled)
        self.view.edit_requested.connect(self.apply_edits)
        self.view.copy_requested.connect(self.copy_selection)
        self.view.paste_requested.connect(self.paste)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.open_employee_requested.connect(lambda: self.open_employee())
        self.view.fill_requested.connect(self.fill_selection)
        self.view.editor_requested.connect(lambda: self.edit_cell())
        self.view.key_refused.connect(self._key_refused)
        hh = self.view.horizontalHeader()
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._header_context_menu)
        hh.sectionDoubleClicked.connect(lambda col: self.open_employee(col))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.activity_button.clicked.connect(self.offer_activity)

    def _fix_columns(self) -> None:
        """Fixed widths, never measured over all cells."""
        hh = self.view.horizontalHeader()
        w = EMPLOYEE_COL_WIDTH_SELF if self.model.show_self else EMPLOYEE_COL_WIDTH
        hh.setDefaultSectionSize(w)
        hh.resizeSection(MatrixModel.COL_EXPECTED, 72)
        hh.resizeSection(self.model.col_vulnerability, 78)

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        self._update_hint()
        cur = self._current_key()
        self.team_box.blockSignals(True)
        keep = self.team_box.currentData()
        self.team_box.clear()
        self.team_box.addItem("Hele tilbuddet", None)
        for t in self.ctx.repo.staff.teams():
            self.team_box.addItem(t.name, t.id)
            self.team_box.setItemData(self.team_box.count() - 1, t.name, Qt.ItemDataRole.ToolTipRole)
        i = self.team_box.findData(keep)
        self.team_box.setCurrentIndex(max(i, 0))
        self.team_box.blockSignals(False)
        self.team_box.setToolTip(self.team_box.currentText())
        self.model.team_id = self.team_box.currentData()
        self.model.category = self.cat_box.currentData()
        self.model.show_former = self.former_box.isChecked()
        first_screen = None if self._loaded_once else self._first_screen()
        self._loaded_once = True
        self.model.load(self.ctx.repo, first_screen=first_screen)
        self._fix_columns()
        self._restore_current(cur)
        if self.model.partial:  # cold start on a big file
            after_first_paint(self.view.viewport(), self._complete_load, self.COMPLETE_AFTER_MS)

    def _first_screen(self) -> tuple[int, int]:
        """Rows and employee columns the biggest window on this screen can show."""
        screen = QApplication.primaryScreen()
        g = screen.availableGeometry() if screen is not None else None
        w, h = (g.width(), g.height()) if g is not None else (1920, 1080)
        w, h = max(w, 1366), max(h, 768)
        rows = h // ROW_HEIGHT + 2
        cols = max(0, w - self.view.verticalHeader().width() - 72) // EMPLOYEE_COL_WIDTH + 2
        return rows, cols

    def _complete_load(self) -> None:
        if self.model.partial:
            self.model.complete()
            self._current_changed(self.view.currentIndex())

    def _apply_filters(self) -> None:
        cur = self._current_key()
        self.model.set_filters(self.team_box.currentData(), self.cat_box.currentData(), self.former_box.isChecked())
        self._fix_columns()
        self._restore_current(cur)

    def _on_self_toggled(self, on: bool) -> None:
        self.model.set_show_self(on)
        self._fix_columns()

    def _current_key(self):
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        return (self.model.data(idx, MatrixModel.EmployeeIdRole), self.model.data(idx, MatrixModel.CompetenceIdRole), idx.column())

    def _restore_current(self, key) -> None:
        row = col = None
        if key is not None:
            eid, cid, c = key
            row = self.model.row_of_competence(cid) if cid is not None else None
            col = self.model.column_of_employee(eid) if eid is not None else (c if c < self.model.columnCount() else None)
        if row is None:
            rows = self.model.competence_rows()
            row = rows[0] if rows else None
        if col is None:
            col = MatrixModel.FIRST_EMPLOYEE_COL if self.model.columnCount() > 2 else MatrixModel.COL_EXPECTED
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, col))

    def _on_cells_changed(self, pairs) -> None:
        self._own_edit = True
        self.model.refresh_cells(self.ctx.repo, pairs)
        self._current_changed(self.view.currentIndex())

    def _update_hint(self) -> None:
        """The keys line says what works: typing levels, or (read-only file) looking and copying."""
        ro = self.ctx.readonly
        self.hint.setText(texts.MATRIX_HINT_READONLY if ro else texts.MATRIX_HINT)
        self.hint.setToolTip(native_keys(texts.MATRIX_HINT_READONLY_TIP if ro else texts.MATRIX_HINT_TIP))

    def _on_changed(self, topic: str) -> None:
        if topic == "readonly":  # the file stopped taking writes while open (lock lost)
            self._update_hint()
            self._current_changed(self.view.currentIndex())
            return
        if topic == "assessments" and self._own_edit:
            self._own_edit = False
            return
        if topic == "activities":  # only the marks of planned activities change
            if self.model.rowCount():
                self.model.reload_planned(self.ctx.repo)
                self._current_changed(self.view.currentIndex())
            return
        super()._on_changed(topic)

    # -------------------------------------------------------------------- edits
    def apply_edits(self, edits: list) -> bool:
        """(row, column, value) triples from the view → one undoable command."""
        if self.ctx.readonly:
            self._refused(commands.storage_refused(self.ctx))
            return False
        m = self.model
        m.complete()
        changes = []
        for r, c, v in edits:
            comp = m.competence_at(r)
            emp = m.employee_at(c)
            if comp is not None and emp is not None:
                changes.append((emp.id, comp.id, v))
        # employee cells only: *Forventet niveau* is the profile and changes only through
        # its own editor (set_expected_level). One key press / paste / fill is ONE undo step.
        if not changes:
            return False
        return self._push(SetCells(changes),
                          "Ændr vurdering" if len(changes) == 1 else f"Ændr {len(changes)} vurderinger")

    def _push(self, op, text: str) -> bool:
        """One undoable edit; a refusal told in the status bar (the file's own in a message)."""
        try:
            commands.push(self.ctx, op, text)
        except commands.StorageRefused as exc:
            self._refused(exc)
            return False
        except DomainError as exc:
            self.ctx.status.emit(texts.domain_error(exc))
            return False
        return True

    def _refused(self, exc) -> None:
        """The file refused the edit: one Danish message box (a file opened read-only
        says so in its banner already, and a lost lock is told once), else the status bar."""
        msg = texts.domain_error(exc)
        self.ctx.status.emit(msg)
        told = getattr(self, "_told_refusals", set())
        if exc.code == "readonly" or exc.code in told:
            return
        if exc.code == "lock_lost":
            told.add(exc.code)
            self._told_refusals = told
        QMessageBox.warning(self, texts.EDIT_NOT_SAVED, plain(msg))

    def copy_selection(self) -> str:
        """The selected block as tab-separated text (header rows left out), also on the clipboard."""
        cells = self.view.selected_cells()
        if not cells:
            return ""
        self.model.complete()
        rows = sorted({r for r, _c in cells if self.model.row_kind(r) == MatrixModel.ROW_COMPETENCE})
        cols = sorted({c for _r, c in cells})
        chosen = set(cells)
        lines = []
        for r in rows:
            vals = []
            for c in cols:
                if (r, c) not in chosen:
                    vals.append("")
                    continue
                idx = self.model.index(r, c)
                if MatrixModel.FIRST_EMPLOYEE_COL <= c < self.model.col_vulnerability:
                    vals.append(cell_text(self.model.data(idx, MatrixModel.CellValueRole)))
                else:
                    vals.append(str(self.model.data(idx) or ""))
            lines.append("\t".join(vals))
        text = "\n".join(lines)
        self._last_copy = text  # pasted back, it needs no alignment with the category rows
        QApplication.clipboard().setText(text)
        self.ctx.status.emit("Kopieret 1 celle" if len(rows) * len(cols) == 1
                             else f"Kopieret {len(rows)} × {len(cols)} celler")
        return text

    def paste(self, text: str | None = None) -> int:
        """Paste a tab-separated block at the current cell. A single value fills the
        whole selection. A block with blank rows (a column copied from the template,
        whose category rows are blank) is aligned with the matrix's category rows; when
        its blank rows fit no category rows it is refused, nothing changed. The status
        bar says how many cells were set and what was skipped."""
        if text is None:
            text = QApplication.clipboard().text()
        lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and lines[-1] == "":
            lines.pop()
        if not lines:
            self.ctx.status.emit(texts.MATRIX_PASTE_EMPTY)
            return 0
        grid = [ln.split("\t") for ln in lines]
        edits = []
        not_levels: list[str] = []
        outside = below = 0
        m = self.model
        m.complete()
        if len(grid) == 1 and len(grid[0]) == 1:
            v = parse_cell_text(grid[0][0])
            if v is ...:
                self.ctx.status.emit(texts.MATRIX_PASTE_NOT_A_LEVEL.format(text=grid[0][0].strip()))
                return 0
            edits = [(r, c, v) for r, c in self.view.selected_cells()
                     if m.row_kind(r) == MatrixModel.ROW_COMPETENCE and m.employee_at(c) is not None]
            outside = len(self.view.selected_cells()) - len(edits)
        else:
            cur = self.view.currentIndex()
            sel = self.view.selected_cells()
            if sel:
                top = min(r for r, _c in sel)
                left = min(c for _r, c in sel)
            elif cur.isValid():
                top, left = cur.row(), cur.column()
            else:
                return 0
            targets = self._paste_rows(grid, top, own=(text.rstrip("\n") == (self._last_copy or "").rstrip("\n")))
            if targets is None:
                self.ctx.status.emit(texts.MATRIX_PASTE_MISALIGNED)
                return 0
            for row, vals in zip(targets, grid):
                if row is None:  # a blank category row of the template, or past the last competence
                    if row is None and any(t.strip() for t in vals):
                        below += sum(1 for t in vals if t.strip())
                    continue
                for j, t in enumerate(vals):
                    c = left + j
                    v = parse_cell_text(t)
                    if v is ...:
                        if t.strip():
                            not_levels.append(t.strip())
                        continue
                    if m.employee_at(c) is None:
                        outside += 1
                        continue
                    edits.append((row, c, v))
        skipped = []
        if not_levels:
            shown = ", ".join(f"»{t}«" for t in not_levels[:3]) + (" …" if len(not_levels) > 3 else "")
            skipped.append(texts.MATRIX_PASTE_SKIPPED_NOT_LEVELS.format(
                n=texts.count_noun(len(not_levels), "celle", "celler"), shown=shown))
        if outside:
            skipped.append(texts.MATRIX_PASTE_SKIPPED_OUTSIDE.format(n=texts.count_noun(outside, "celle", "celler")))
        if below:
            skipped.append(texts.MATRIX_PASTE_SKIPPED_BELOW.format(n=texts.count_noun(below, "celle", "celler")))
        if not edits:
            self.ctx.status.emit(texts.MATRIX_PASTE_NOTHING + (": " + "; ".join(skipped) if skipped else "."))
            return 0
        if self.apply_edits(edits):
            msg = f"Indsat {texts.count_noun(len(edits), 'vurdering', 'vurderinger')}"
            if skipped:
                msg += "; " + "; ".join(skipped)
            self.ctx.status.emit(msg)
            return len(edits)
        return 0

    def _paste_rows(self, grid, top: int, own: bool):
        """The matrix row each pasted line goes to (None: leave the line out), or None when
        the block's blank rows fit no category rows (it would land on the wrong competences)."""
        m = self.model
        n_rows = m.rowCount()

        def blank(vals):
            return all(parse_cell_text(t) is ... for t in vals)

        blanks = [blank(vals) for vals in grid]
        comp_rows = [r for r in range(top, n_rows) if m.row_kind(r) == MatrixModel.ROW_COMPETENCE]
        straight = comp_rows[:len(grid)] + [None] * max(0, len(grid) - len(comp_rows))
        if own or not any(blanks):
            return straight
        # the template's layout: one line per matrix row, blank on every category row; the
        # block may start at the cursor, or at the category row just above it
        for start in (top, top - 1, top + 1):
            if not 0 <= start < n_rows:
                continue
            if start != top and m.row_kind(start) != MatrixModel.ROW_HEADER:
                continue
            span = range(start, start + len(grid))
            heads = [i for i, r in enumerate(span) if r < n_rows and m.row_kind(r) == MatrixModel.ROW_HEADER]
            if heads and all(blanks[i] for i in heads):
                return [r if r < n_rows and m.row_kind(r) == MatrixModel.ROW_COMPETENCE else None for r in span]
        # blank rows inside one category are cells not assessed; across categories they
        # would shift the values by a row per blank, so the block is refused
        used = [r for r in straight if r is not None]
        if len({m.competence_at(r).category for r in used}) > 1:
            return None
        return straight

    # ------------------------------------------------------- the cell in focus
    def _current_changed(self, idx, _prev=None) -> None:
        m = self.model
        if idx.isValid():
            m.need(idx.row(), idx.column())
        if not idx.isValid() or m.row_kind(idx.row()) != MatrixModel.ROW_COMPETENCE:
            self.info_label.setText(" ")
            self.activity_button.setVisible(False)
            return
        comp = m.competence_at(idx.row())
        emp = m.employee_at(idx.column())
        if emp is None:
            cov = m.coverage_of(comp.id)
            extra = ""
            if cov is not None:
                extra = f" · {cov.meeting} på forventet niveau · sårbarhed {texts.VULNERABILITY_LABELS[cov.vulnerability]}"
            self.info_label.setText(f"{comp.name} · forventet niveau {texts.level_label(comp.expected_level)}{extra}")
            self.activity_button.setVisible(False)
            return
        v = m.cells.get((emp.id, comp.id))
        s = m.selfs.get((emp.id, comp.id))
        txt = f"{emp.name} · {comp.name} · {texts.level_label(v)} (forventet {comp.expected_level})"
        if s is not None:
            txt += f" · selvvurdering {cell_text(s)}"
        gc = rules.gap_class(comp.expected_level, v)
        if gc in (rules.GAP_ONE, rules.GAP_TWO_PLUS):
            txt += f" · kompetencebehov {rules.gap(comp.expected_level, v)}"
            planned = m.planned.get((emp.id, comp.id))
            if planned:
                txt += " · planlagt: " + ", ".join(planned)
        self.info_label.setText(txt)
        self.activity_button.setVisible(gc in (rules.GAP_ONE, rules.GAP_TWO_PLUS) and not self.ctx.readonly)

    def _double_clicked(self, idx) -> None:
        self.edit_cell(idx)

    # ------------------------------------------------ Excel-like editing keys
    def _key_refused(self, text: str, column: int) -> None:
        """A key that changes nothing: one short line in the status bar saying what works."""
        if self.ctx.readonly:
            self.ctx.status.emit(texts.MATRIX_HINT_READONLY)
        elif column == MatrixModel.COL_EXPECTED:
            self.ctx.status.emit(texts.MATRIX_KEY_EXPECTED)
        elif column >= 0 and column == self.model.col_vulnerability:
            self.ctx.status.emit(texts.MATRIX_KEY_VULNERABILITY)
        else:
            self.ctx.status.emit(texts.MATRIX_KEY_NOT_A_LEVEL.format(text=text))

    def fill_selection(self) -> bool:
        """Ctrl+Enter: every selected employee cell gets the current cell's value (one undo step)."""
        m = self.model
        cur = self.view.currentIndex()
        if not cur.isValid() or m.competence_at(cur.row()) is None or m.employee_at(cur.column()) is None:
            self.ctx.status.emit(texts.MATRIX_FILL_NO_CELL)
            return False
        m.need(cur.row(), cur.column())
        value = m.cells.get((m.employee_at(cur.column()).id, m.competence_at(cur.row()).id))
        if value is None:
            self.ctx.status.emit(texts.MATRIX_FILL_EMPTY)
            return False
        cells = [(r, c) for r, c in self.view.selected_cells()
                 if m.row_kind(r) == MatrixModel.ROW_COMPETENCE and m.employee_at(c) is not None]
        if len(cells) <= 1:
            self.ctx.status.emit(texts.MATRIX_FILL_ONE)
            return False
        if self.apply_edits([(r, c, value) for r, c in cells]):
            self.ctx.status.emit(texts.MATRIX_FILLED.format(
                n=texts.count_noun(len(cells), "celle", "celler"), value=cell_text(value)))
            return True
        return False

    def edit_cell(self, index=None) -> CellEditor | None:
        """F2 / double-click: a small editor over the cell (an employee's level, or the
        competence's *Forventet niveau* — the one way to change that in the matrix)."""
        m = self.model
        idx = index if index is not None else self.view.currentIndex()
        if not idx.isValid() or m.competence_at(idx.row()) is None:
            return None
        if self.ctx.readonly:
            self.ctx.status.emit(texts.MATRIX_HINT_READONLY)
            return None
        expected = idx.column() == MatrixModel.COL_EXPECTED
        if not expected and m.employee_at(idx.column()) is None:
            self.ctx.status.emit(texts.MATRIX_KEY_VULNERABILITY)
            return None
        m.need(idx.row(), idx.column())
        if self._editor is not None:
            self._editor.finish()
        self.view.setCurrentIndex(idx)
        self.view.scrollTo(idx)
        value = m.data(idx, MatrixModel.CellValueRole)
        ed = CellEditor(self.view.viewport(), "" if value is None else cell_text(value))
        rect = self.view.visualRect(idx)
        rect.setWidth(max(rect.width(), ed.fontMetrics().horizontalAdvance("Kompetent udøver") + 16))
        ed.setGeometry(rect)
        ed.committed.connect(lambda t, e=ed, i=idx: self._editor_committed(e, i, t))
        ed.cancelled.connect(lambda e=ed: self._editor_closed(e))
        self._editor = ed
        ed.show()
        ed.setFocus()
        self.ctx.status.emit(texts.MATRIX_EDIT_EXPECTED if expected else texts.MATRIX_EDIT_CELL)
        return ed

    def _editor_closed(self, ed) -> None:
        if self._editor is ed:
            self._editor = None
            self.view.setFocus()

    def _editor_committed(self, ed, idx, text: str) -> None:
        m = self.model
        v = parse_cell_text(text)
        expected = idx.column() == MatrixModel.COL_EXPECTED
        if v is ... or (expected and not isinstance(v, int)):
            self.ctx.status.emit(texts.MATRIX_KEY_NOT_A_LEVEL.format(text=text.strip()) if not expected
                                 else texts.MATRIX_EXPECTED_NOT_A_LEVEL.format(text=text.strip()))
            return  # the editor stays open for another try
        ed.finish()
        if expected:
            self.set_expected_level(idx.row(), v)
        else:
            self.apply_edits([(idx.row(), idx.column(), v)])
        nxt = m.index(idx.row(), idx.column())
        if nxt.isValid():
            self.view.setCurrentIndex(nxt)

    def set_expected_level(self, row: int, level: int) -> bool:
        """*Forventet niveau* of the competence on ``row`` (one undoable edit)."""
        comp = self.model.competence_at(row)
        if comp is None or level == comp.expected_level:
            return False
        return self._push(SetExpectedLevels([(comp.id, level)]), f"Forventet niveau for {comp.name}")

    # ------------------------------------------------- to the Medarbejder page
    def _can_open_employee(self) -> bool:
        win = self.window()
        return hasattr(win, "has_page") and win.has_page("medarbejder")

    def open_employee(self, column: int | None = None) -> bool:
        """Show the employee of ``column`` (default: the current cell's) on the Medarbejder page."""
        if column is None:
            cur = self.view.currentIndex()
            column = cur.column() if cur.isValid() else -1
        emp = self.model.employee_at(column)
        if emp is None:
            self.ctx.status.emit(texts.MATRIX_OPEN_EMPLOYEE_NONE)
            return False
        if not self._can_open_employee():
            self.ctx.status.emit("Den side findes ikke i denne udgave.")
            return False
        self.ctx.navigate.emit("medarbejder", emp.id)
        return True

    def _open_employee_action(self, menu: QMenu, column: int, key_hint: bool = True):
        """The menu entry "Åbn medarbejderen (AB)", or None. ``key_hint``: show "Ctrl+Enter"
        at its right (the view handles that key for the current cell's column)."""
        emp = self.model.employee_at(column)
        if emp is None or not self._can_open_employee():
            return None
        label = texts.MATRIX_OPEN_EMPLOYEE.format(initials=emp.initials.replace("&", "&&"))
        act = menu.addAction(label + ("\t" + native_keys(texts.MATRIX_OPEN_EMPLOYEE_KEY) if key_hint else ""))
        act.triggered.connect(lambda _=False, c=column: self.open_employee(c))
        return act

    def _header_context_menu(self, pos) -> None:
        col = self.view.horizontalHeader().logicalIndexAt(pos)
        menu = QMenu(self)
        if self._open_employee_action(menu, col, key_hint=False) is None:
            return
        self._last_menu = menu  # for tests
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def _cell_menu(self, idx) -> QMenu | None:
        if (idx.isValid() and idx.column() == MatrixModel.COL_EXPECTED
                and self.model.competence_at(idx.row()) is not None):
            # the profile's level: changed only on purpose, through its editor
            menu = QMenu(self)
            act = menu.addAction(texts.MATRIX_EDIT_EXPECTED_ACTION + "\tF2")
            act.setEnabled(not self.ctx.readonly)
            act.triggered.connect(lambda: self.edit_cell(idx))
            return menu
        if not idx.isValid() or self.model.employee_at(idx.column()) is None:
            return None
        menu = QMenu(self)
        if self._open_employee_action(menu, idx.column()) is not None:
            menu.addSeparator()
        gc = self.model.data(idx, MatrixModel.GapClassRole)
        act = menu.addAction("Opret uddannelsesaktivitet…")
        act.setEnabled(gc in (rules.GAP_ONE, rules.GAP_TWO_PLUS) and not self.ctx.readonly)
        act.triggered.connect(lambda: self.offer_activity(index=idx))
        menu.addSeparator()
        for label, value in (("Ikke relevant", NOT_RELEVANT), ("Ryd vurdering", None)):
            a = menu.addAction(label)
            a.setEnabled(not self.ctx.readonly)
            a.triggered.connect(lambda _=False, v=value: self.apply_edits([(r, c, v) for r, c in self.view.selected_cells()]))
        return menu

    def _context_menu(self, pos) -> None:
        menu = self._cell_menu(self.view.indexAt(pos))
        if menu is None:
            return
        self._last_menu = menu  # for tests
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def offer_activity(self, _checked=False, index=None) -> int | None:
        """Create a training-plan activity for the cell's employee and competence."""
        idx = index if index is not None else self.view.currentIndex()
        if not idx.isValid() or self.ctx.readonly:
            return None
        comp = self.model.competence_at(idx.row())
        emp = self.model.employee_at(idx.column())
        if comp is None or emp is None:
            return None
        self.model.need(idx.row(), idx.column())
        v = self.model.cells.get((emp.id, comp.id))
        # the Uddannelsesplan page's own activity dialog, filled in for this cell; the
        # leader completes it and nothing is stored before OK (then one undoable edit)
        win = self.window()
        plan = win.page("uddannelsesplan") if hasattr(win, "has_page") and win.has_page("uddannelsesplan") else None
        if plan is None or not hasattr(plan, "add_activity"):
            self.ctx.status.emit("Uddannelsesplanen findes ikke i denne udgave.")
            return None
        if getattr(plan, "_dirty", False):
            plan.refresh()
        preset = {
            "title": f"Kompetenceløft: {comp.name}",
            "purpose": f"Løfte {emp.initials} fra niveau {cell_text(v)} til {comp.expected_level} i {comp.name}",
            "participant_ids": [emp.id],
            "competence_ids": [comp.id],
            # no budget year: the activity counts in the year it runs (its start date or tidsplan)
        }
        new_id = plan.add_activity(preset=preset)
        if new_id:
            title = next((a.title for a in self.ctx.repo.plan.activities() if a.id == new_id), preset["title"])
            self.ctx.status.emit(f"Aktiviteten »{title}« er gemt i uddannelsesplanen.")
        return new_id

    # ---------------------------------------------------------------- contract
    def open_item(self, payload) -> None:
        """Payload: a competence id, an employee id as ("employee", id), or (employee_id, competence_id)."""
        row = col = None
        if isinstance(payload, tuple) and len(payload) == 2 and payload[0] == "employee":
            col = self.model.column_of_employee(payload[1])
        elif isinstance(payload, tuple) and len(payload) == 2:
            col = self.model.column_of_employee(payload[0])
            row = self.model.row_of_competence(payload[1])
        elif isinstance(payload, int):
            row = self.model.row_of_competence(payload)
        cur = self.view.currentIndex()
        row = row if row is not None else (cur.row() if cur.isValid() else 0)
        col = col if col is not None else (cur.column() if cur.isValid() else MatrixModel.COL_EXPECTED)
        idx = self.model.index(row, col)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)
        self.view.setFocus()
