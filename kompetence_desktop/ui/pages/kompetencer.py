"""The *Kompetencer* page: the competence profile grouped by the four
categories; add, edit, delete, reorder within a category."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ... import texts
from ...domain.rules import DomainError
from ...operations import AddRecord, DeleteRecord, SwapCompetences, UpdateRecord
from .. import commands
from ..dialogs.competence_dialog import CompetenceDialog
from ..models.competence_model import CompetenceListModel
from ..page_base import PageBase
from ..plaintext import plain


class KompetencerPage(PageBase):
    TOPICS = frozenset({"competences"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = CompetenceListModel(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(QLabel("<b>Kompetenceprofil</b> – de kompetencer tilbuddet har brug for, "
                             "og det niveau der forventes"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, w in ((0, 380), (1, 190), (2, 260)):
            hh.resizeSection(col, w)
        hh.setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton("Ny kompetence…")
        self.edit_button = QPushButton("Rediger…")
        self.delete_button = QPushButton("Slet…")
        self.up_button = QPushButton("Flyt op")
        self.down_button = QPushButton("Flyt ned")
        for b in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.add_button.clicked.connect(lambda: self.add_competence())
        self.edit_button.clicked.connect(lambda: self.edit_competence())
        self.delete_button.clicked.connect(lambda: self.delete_competence())
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.view.doubleClicked.connect(lambda idx: self.edit_competence(self.model.data(idx, CompetenceListModel.CompetenceIdRole)))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        sel = self.selected_id()
        self.model.load(self.ctx.repo)
        if sel is not None:
            self.select(sel)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], CompetenceListModel.CompetenceIdRole)

    def select(self, competence_id: int) -> None:
        r = self.model.row_of(competence_id)
        if r is not None:
            self.view.selectRow(r)
            self.view.scrollTo(self.model.index(r, 0))

    def open_item(self, payload) -> None:
        if isinstance(payload, int):
            self.select(payload)

    def _update_buttons(self, *_a) -> None:
        ro = self.ctx.readonly
        sel = self.selected_id()
        self.add_button.setEnabled(not ro)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(sel is not None and not ro)
        self.up_button.setEnabled(sel is not None and not ro and self.model.neighbour(sel, -1) is not None)
        self.down_button.setEnabled(sel is not None and not ro and self.model.neighbour(sel, 1) is not None)

    # ------------------------------------------------------------------- edits
    def _current_category(self) -> str | None:
        idx = self.view.currentIndex()
        return self.model.category_at(idx.row()) if idx.isValid() else None

    def add_competence(self) -> int | None:
        if self.ctx.readonly:
            return None
        dlg = CompetenceDialog(None, self._current_category(), self)
        if dlg.exec() != CompetenceDialog.DialogCode.Accepted:
            return None
        v = dlg.values()
        tags = v.pop("tags")
        try:
            cmd = commands.push(self.ctx, AddRecord("competence", v, tags=tags), f"Ny kompetence {v['name']}")
        except DomainError as exc:
            QMessageBox.warning(self, "Kompetencen kan ikke gemmes", plain(texts.domain_error(exc)))
            return None
        self.select(cmd.changes.created)
        return cmd.changes.created

    def edit_competence(self, competence_id: int | None = None) -> bool:
        cid = competence_id if competence_id is not None else self.selected_id()
        if cid is None or self.ctx.readonly:
            return False
        comp = next((c for c in self.ctx.repo.matrix.competences() if c.id == cid), None)
        if comp is None:
            return False
        dlg = CompetenceDialog(comp, None, self)
        if dlg.exec() != CompetenceDialog.DialogCode.Accepted:
            return False
        v = dlg.values()
        tags = v.pop("tags")
        try:
            commands.push(self.ctx, UpdateRecord("competence", cid, v, tags=tags), f"Rediger {v['name']}")
        except DomainError as exc:
            QMessageBox.warning(self, "Kompetencen kan ikke gemmes", plain(texts.domain_error(exc)))
            return False
        return True

    def delete_competence(self, competence_id: int | None = None) -> bool:
        cid = competence_id if competence_id is not None else self.selected_id()
        if cid is None or self.ctx.readonly:
            return False
        comp = next((c for c in self.ctx.repo.matrix.competences() if c.id == cid), None)
        n = self.ctx.repo.matrix.assessment_count(cid)
        what = "Ingen vurderinger slettes." if n == 0 else (
            "1 vurdering slettes sammen med den." if n == 1 else f"{n} vurderinger slettes sammen med den.")
        ans = QMessageBox.question(
            self, "Slet kompetence",
            plain(f"Vil du slette kompetencen »{comp.name}«?\n\n{what}\n\nDu kan fortryde med Ctrl+Z."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if ans != QMessageBox.StandardButton.Yes:
            return False
        try:
            commands.push(self.ctx, DeleteRecord("competence", cid), f"Slet {comp.name}")
        except DomainError as exc:  # a refused write (read-only, lock lost) in Danish
            QMessageBox.warning(self, "Kompetencen kan ikke slettes", plain(texts.domain_error(exc)))
            return False
        self.ctx.status.emit(f"Kompetencen »{comp.name}« er slettet ({texts.count_noun(n, 'vurdering', 'vurderinger')}).")
        return True

    def move(self, step: int) -> bool:
        cid = self.selected_id()
        if cid is None or self.ctx.readonly:
            return False
        other = self.model.neighbour(cid, step)
        if other is None:
            return False
        try:
            commands.push(self.ctx, SwapCompetences(cid, other.id), "Flyt kompetence")
        except DomainError as exc:  # a refused write (read-only, lock lost) in Danish
            QMessageBox.warning(self, "Kompetencen kan ikke flyttes", plain(texts.domain_error(exc)))
            return False
        self.select(cid)
        return True
