"""What the plan pages share: refresh on the topics they show
(lazily while hidden), table views set up alike, read-only handling, and
running an edit through the undo stack with a Danish message on refusal."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ..dialogs.plan_fields import save_error


def count_text(n: int, one: str, many: str) -> str:
    """"1 kompetence", "2 kompetencer", "0 kompetencer"."""
    return f"{n} {one if n == 1 else many}"


def fit_combo(cb, min_chars: int = 12, max_width: int = 260):
    """A combo box showing user text (names) that never widens its page:
    sized for ``min_chars`` characters, at most ``max_width`` px; longer
    entries are elided in the box (shown whole in the open list)."""
    from PySide6.QtWidgets import QComboBox

    cb.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    cb.setMinimumContentsLength(min_chars)
    cb.setMaximumWidth(max_width)
    cb.view().setTextElideMode(Qt.ElideRight)
    cb.view().setMinimumWidth(min(max_width * 2, 520))
    return cb


class PlanPage(QWidget):
    KEY = ""
    TITLE = ""
    #: ctx.changed topics that make this page reload
    TOPICS: tuple[str, ...] = ("*",)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._edit_buttons: list[QWidget] = []
        self._readonly_banners: list[QLabel] = []
        ctx.changed.connect(self._on_changed)

    # --- refresh --------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic == "readonly":  # the file stopped taking writes while open (lock lost)
            for b in self._edit_buttons:
                b.setEnabled(False if self.ctx.readonly else b.isEnabled())
            for lab in self._readonly_banners:
                lab.setVisible(self.ctx.readonly)
        if topic in ("*", "readonly") or topic in self.TOPICS:
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:  # pragma: no cover - subclasses
        self._dirty = False

    # --- widgets ------------------------------------------------------------------------------
    def edit_button(self, text: str, slot, tip: str = "") -> QPushButton:
        """A button that changes data: disabled when the file is read-only."""
        b = QPushButton(text)
        b.clicked.connect(lambda _=False: slot())
        if tip:
            b.setToolTip(tip)
        b.setEnabled(not self.ctx.readonly)
        self._edit_buttons.append(b)
        return b

    @staticmethod
    def table(model, stretch_last: bool = True) -> QTableView:
        v = QTableView()
        v.setModel(model)
        v.setSelectionBehavior(QAbstractItemView.SelectRows)
        v.setEditTriggers(QAbstractItemView.NoEditTriggers)
        v.setAlternatingRowColors(True)
        v.verticalHeader().hide()
        v.verticalHeader().setDefaultSectionSize(26)
        v.horizontalHeader().setStretchLastSection(stretch_last)
        v.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        v.setWordWrap(False)
        return v

    @staticmethod
    def heading(text: str) -> QLabel:
        lab = QLabel(text)
        f = lab.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        lab.setFont(f)
        return lab

    @staticmethod
    def hint(text: str) -> QLabel:
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setStyleSheet("color: #555;")
        return lab

    def readonly_banner(self) -> QLabel:
        lab = QLabel("Filen er åbnet skrivebeskyttet – du kan se, men ikke ændre.")
        lab.setStyleSheet("background: #fff3cd; padding: 4px; border: 1px solid #e0c36c;")
        lab.setVisible(self.ctx.readonly)
        self._readonly_banners.append(lab)
        return lab

    @staticmethod
    def line() -> QFrame:
        f = QFrame()
        f.setFrameShape(QFrame.HLine)
        f.setFrameShadow(QFrame.Sunken)
        return f

    # --- edits -----------------------------------------------------------------------------
    def run(self, op, text: str) -> bool:
        """Apply an operation as one undoable step named ``text``; on refusal say why in
        Danish. True when stored."""
        from ..commands import push

        try:
            push(self.ctx, op, text)
        except Exception as exc:  # every refusal becomes a Danish message
            save_error(self, exc)
            return False
        return True

    def exec_saving(self, dlg, make):
        """Open ``dlg``; on OK store the operation ``make(fields)`` gives, as
        ``(operation, undo text)``, while the dialog is still open, so a refusal
        keeps it open with what was typed and a Danish message naming the field.
        Returns the stored command, or None (also when ``make`` gives None)."""
        from PySide6.QtWidgets import QDialog

        from ..commands import push

        done = {}

        def save(fields):
            made = make(fields)
            if made is not None:
                done["cmd"] = push(self.ctx, *made)

        dlg.on_save = save
        try:
            accepted = dlg.exec() == QDialog.Accepted
        finally:
            # break the dialog → closure → command cycle: the command belongs to the
            # undo stack (C++), and a Python cycle holding it would be collected late
            dlg.on_save = None
            cmd = done.pop("cmd", None)
        return cmd if accepted else None

    @staticmethod
    def selected_ids(view: QTableView, role) -> list:
        sel = view.selectionModel()
        if sel is None:
            return []
        rows = sorted({i.row() for i in sel.selectedRows()} or {i.row() for i in sel.selectedIndexes()})
        return [view.model().index(r, 0).data(role) for r in rows]

    @staticmethod
    def select_id(view: QTableView, role, value) -> bool:
        m = view.model()
        for r in range(m.rowCount()):
            if m.index(r, 0).data(role) == value:
                view.selectRow(r)
                view.scrollTo(m.index(r, 0))
                return True
        return False
