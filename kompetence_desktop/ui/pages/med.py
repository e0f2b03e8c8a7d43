"""MED og supervision: the dates the plan was discussed in the local MED
committee with the evaluation, and the external supervision sessions (for
the management and for staff)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from ... import texts
from ...domain import dates
from ...domain.rules import med_status
from ...operations import AddRecord, DeleteRecord, UpdateRecord
from ..dialogs.med_dialog import MedDialog, SupervisionDialog
from ..models.records import ID_ROLE, ROW_ROLE, Column, RecordTableModel, _first_line
from ._plan_common import PlanPage


class MedPage(PlanPage):
    KEY = "med"
    TITLE = "MED og supervision"
    TOPICS = ("med", "supervision", "profile")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading("MED og supervision"))
        lay.addWidget(self.readonly_banner())
        self.status = QLabel()
        self.status.setTextFormat(Qt.RichText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        split = QSplitter(Qt.Vertical)

        w = QWidget()
        wl = QVBoxLayout(w)
        wl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.heading("Planens behandling i MED"))
        bar.addStretch(1)
        bar.addWidget(self.edit_button("Ny drøftelse…", self.add_med))
        bar.addWidget(self.edit_button("Rediger…", self.edit_med))
        bar.addWidget(self.edit_button("Slet", self.delete_med))
        wl.addLayout(bar)
        wl.addWidget(self.hint("Kompetenceudviklingsplanen skal drøftes i det lokale MED-udvalg mindst én gang om året."))
        self.med = RecordTableModel([
            Column("Dato", lambda m: dates.format_date(m.held_on)),
            Column("Evaluering og beslutninger", lambda m: _first_line(m.evaluation, 160), tooltip=lambda m: m.evaluation),
        ], self)
        self.med_view = self.table(self.med)
        self.med_view.setColumnWidth(0, 110)
        self.med_view.doubleClicked.connect(lambda _i: self.edit_med())
        wl.addWidget(self.med_view)
        split.addWidget(w)

        w = QWidget()
        wl = QVBoxLayout(w)
        wl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.heading("Ekstern faglig supervision og sparring"))
        bar.addStretch(1)
        bar.addWidget(self.edit_button("Ny supervision…", self.add_sup))
        bar.addWidget(self.edit_button("Rediger…", self.edit_sup))
        bar.addWidget(self.edit_button("Slet", self.delete_sup))
        wl.addLayout(bar)
        self.sup_plan = self.hint("")
        self.sup_plan.setTextFormat(Qt.PlainText)  # the plan's own words (Tilbud page)
        wl.addWidget(self.sup_plan)
        self.sup = RecordTableModel([
            Column("Dato", lambda s: dates.format_date(s.held_on)),
            Column("For", lambda s: texts.SUPERVISION_AUDIENCE_LABELS.get(s.audience, s.audience)),
            Column("Supervisor / leverandør", lambda s: s.provider),
            Column("Note", lambda s: _first_line(s.note, 100), tooltip=lambda s: s.note),
        ], self)
        self.sup_view = self.table(self.sup)
        self.sup_view.setColumnWidth(0, 110)
        self.sup_view.setColumnWidth(1, 130)
        self.sup_view.setColumnWidth(2, 320)
        self.sup_view.doubleClicked.connect(lambda _i: self.edit_sup())
        wl.addWidget(self.sup_view)
        split.addWidget(w)
        lay.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        repo = self.ctx.repo
        med = repo.records.med_discussions()
        self.med.set_rows(list(reversed(med)))
        self.sup.set_rows(list(reversed(repo.records.supervision())))
        st = med_status([m.held_on for m in med], dates.today())
        if st.status == "aldrig":
            txt = "<b style='color:#9b1c1c'>Planen er ikke registreret som drøftet i MED.</b>"
        elif st.status == "forfalden":
            txt = (f"<b style='color:#9b1c1c'>Planen skulle have været drøftet i MED senest "
                   f"{dates.format_date(st.next_due)}</b> (sidst {dates.format_date(st.last)}).")
        elif st.status == "snart":
            txt = f"<b>Planen skal drøftes i MED senest {dates.format_date(st.next_due)}.</b>"
        else:
            txt = f"Sidst drøftet i MED {dates.format_date(st.last)}; næste gang senest {dates.format_date(st.next_due)}."
        self.status.setText(txt)
        p = repo.profile.texts()
        plan = [f"{texts.SUPERVISION_AUDIENCE_LABELS[k]}: {_first_line(p.get('supervision_' + k, ''), 140) or 'ikke beskrevet (Tilbud-siden)'}"
                for k in ("ledelse", "medarbejdere")]
        self.sup_plan.setText("Aftalt i planen – " + " · ".join(plan))

    def open_item(self, payload) -> None:
        """payload: ("med", discussion id) or ("supervision", session id) — the
        årshjul's events; a bare id is a MED discussion."""
        if payload is None:
            return False
        kind, row_id = payload if isinstance(payload, tuple) and len(payload) == 2 else ("med", payload)
        view = self.sup_view if kind == "supervision" else self.med_view
        view.setFocus(Qt.OtherFocusReason)
        return self.select_id(view, ID_ROLE, row_id)

    def _sel(self, view):
        ids = self.selected_ids(view, ROW_ROLE)
        return ids[0] if ids else None

    def add_med(self) -> None:
        dlg = MedDialog(None, self)
        self.exec_saving(dlg, lambda f: (AddRecord("med_discussion", f), "Ny drøftelse i MED"))

    def edit_med(self) -> None:
        m = self._sel(self.med_view)
        if m is None:
            return
        dlg = MedDialog(m, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (UpdateRecord("med_discussion", m.id, f), "Rediger drøftelse i MED"))

    def delete_med(self) -> None:
        m = self._sel(self.med_view)
        if m and QMessageBox.question(self, "Slet drøftelse",
                                      f"Slet drøftelsen i MED den {dates.format_date(m.held_on)}?") == QMessageBox.Yes:
            self.run(DeleteRecord("med_discussion", m.id), "Slet drøftelse i MED")

    def add_sup(self) -> None:
        dlg = SupervisionDialog(None, self)
        self.exec_saving(dlg, lambda f: (AddRecord("supervision", f), "Ny supervision"))

    def edit_sup(self) -> None:
        s = self._sel(self.sup_view)
        if s is None:
            return
        dlg = SupervisionDialog(s, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (UpdateRecord("supervision", s.id, f), "Rediger supervision"))

    def delete_sup(self) -> None:
        s = self._sel(self.sup_view)
        if s and QMessageBox.question(self, "Slet supervision",
                                      f"Slet supervisionen den {dates.format_date(s.held_on)}?") == QMessageBox.Yes:
            self.run(DeleteRecord("supervision", s.id), "Slet supervision")
