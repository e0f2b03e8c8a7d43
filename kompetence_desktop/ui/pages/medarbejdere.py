"""The *Medarbejdere* page: staff in a table with search and an
*aktive / fratrådte / alle* filter; add, edit, mark as *fratrådt*."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from ... import texts
from ...domain import dates
from ...domain.rules import DomainError
from ...operations import AddRecord, UpdateRecord
from .. import commands
from ..flow import FlowLayout
from ..dialogs.employee_dialog import END_BEFORE_START, EmployeeDialog
from ..dialogs.plan_fields import FormDialog
from ..models.employee_model import (
    STATUS_ACTIVE,
    STATUS_ALL,
    STATUS_FORMER,
    EmployeeFilterProxy,
    EmployeeTableModel,
)
from ..page_base import PageBase
from ..plaintext import plain


class LeaveDialog(FormDialog):
    """*Markér som fratrådt*: the *fratrådt* date, typed the Danish way (the shared
    DateField: 20.11.2026, 20-11-2026, 20/11/2026), refused at the field when it is
    not a date or lies before the employee's start."""

    def __init__(self, employee, parent=None):
        super().__init__("Markér som fratrådt", parent)
        self.employee = employee
        who = QLabel(f"{employee.name} ({employee.initials})")
        who.setTextFormat(Qt.TextFormat.PlainText)  # the leader's own text, never markup
        self.form.addRow("Medarbejder:", who)
        self.day = self.add_date("end_date", "Fratrådt:", employee.end_date or dates.today(), required=True)
        self.resize(480, 150)

    def collect(self) -> dict:
        day = self.day.value()
        if self.employee.start_date and day < self.employee.start_date:
            raise self.day.refuse(END_BEFORE_START)
        return {"end_date": day}


class MedarbejderePage(PageBase):
    TOPICS = frozenset({"employees", "teams"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = EmployeeTableModel(self)
        self.proxy = EmployeeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(QLabel("<b>Medarbejdere</b>"))

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Søg på navn, initialer, stilling eller team")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        bar.addWidget(self.search)
        self.status_group = QButtonGroup(self)
        for label, code in (("Aktive", STATUS_ACTIVE), ("Fratrådte", STATUS_FORMER), ("Alle", STATUS_ALL)):
            rb = QRadioButton(label)
            rb.setProperty("status", code)
            rb.setChecked(code == STATUS_ACTIVE)
            self.status_group.addButton(rb)
            bar.addWidget(rb)
        bar.addStretch(1)
        self.count_label = QLabel("")
        bar.addWidget(self.count_label)
        lay.addLayout(bar)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(EmployeeTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(True)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, w in ((0, 220), (1, 80), (2, 230), (3, 220), (4, 140), (5, 100), (6, 100)):
            hh.resizeSection(col, w)
        hh.setStretchLastSection(True)
        lay.addWidget(self.view, 1)

        buttons = FlowLayout()  # wraps in a narrow window instead of widening it
        self.add_button = QPushButton("Ny medarbejder…")
        self.edit_button = QPushButton("Rediger…")
        self.leave_button = QPushButton("Markér som fratrådt…")
        self.team_button = QPushButton("Nyt team…")
        self.import_button = QPushButton("Importér medarbejdere…")
        self.import_button.setToolTip("Hent medarbejdere fra et regneark (Excel eller CSV) – du ser dem, før de gemmes")
        for b in (self.add_button, self.edit_button, self.leave_button, self.team_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # GDPR erase straight from the staff list (former staff only)
        self.erase_button = QPushButton(texts.ERASE_FROM_STAFF)
        self.erase_button.setToolTip(texts.ERASE_FROM_STAFF_TIP)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(lambda: self.erase_employee())
        buttons.addWidget(self.erase_button)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        lay.addLayout(buttons)

        self.search.textChanged.connect(self._filter_changed)
        self.status_group.buttonToggled.connect(self._status_changed)
        self.add_button.clicked.connect(self.add_employee)
        self.edit_button.clicked.connect(lambda: self.edit_employee())
        self.leave_button.clicked.connect(lambda: self.mark_left())
        self.team_button.clicked.connect(self.add_team)
        self.import_button.clicked.connect(lambda: self.import_staff())
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        if ctx.readonly:
            for b in (self.add_button, self.edit_button, self.leave_button, self.team_button, self.import_button):
                b.setEnabled(False)

    # ----------------------------------------------------------------- loading
    def refresh(self) -> None:
        # the file may have stopped taking writes while open (lock lost): buttons follow
        for b in (self.add_button, self.team_button, self.import_button):
            b.setEnabled(not self.ctx.readonly)
        sel = self.selected_id()
        self.model.load(self.ctx.repo)
        self._update_count()
        if sel is not None:
            self.select(sel)
        self._update_buttons()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _status_changed(self, button, checked: bool) -> None:
        if checked:
            self.proxy.set_status(button.property("status"))
            self._update_count()

    def set_status_filter(self, code: str) -> None:
        for b in self.status_group.buttons():
            if b.property("status") == code:
                b.setChecked(True)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(f"{self.proxy.rowCount()} af {texts.count_noun(n, 'medarbejder', 'medarbejdere')}")

    def _update_buttons(self, *_a) -> None:
        has = self.selected_id() is not None and not self.ctx.readonly
        self.edit_button.setEnabled(has)
        self.leave_button.setEnabled(has)
        self.erase_button.setEnabled(has and self.is_former(self.selected_id()))

    def selected_id(self) -> int | None:
        idx = self.view.currentIndex()
        if not idx.isValid() or not self.view.selectionModel().isSelected(idx):
            rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
            if not rows:
                return None
            idx = rows[0]
        return self.proxy.data(idx, EmployeeTableModel.EmployeeIdRole)

    def select(self, employee_id: int) -> bool:
        row = self.model.row_of(employee_id)
        if row is None:
            return False
        pidx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not pidx.isValid():
            self.set_status_filter(STATUS_ALL)
            pidx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(pidx.row())
        self.view.scrollTo(pidx)
        return True

    def open_item(self, payload) -> None:
        if isinstance(payload, int):
            self.select(payload)

    # ------------------------------------------------------------------- edits
    def _double_clicked(self, idx) -> None:
        eid = self.proxy.data(idx, EmployeeTableModel.EmployeeIdRole)
        win = self.window()
        if hasattr(win, "has_page") and win.has_page("medarbejder"):
            self.ctx.navigate.emit("medarbejder", eid)
        else:
            self.edit_employee(eid)

    def add_employee(self) -> int | None:
        if self.ctx.readonly:
            return None
        dlg = EmployeeDialog(self.ctx.repo, None, self, create_team=self._create_team)
        if dlg.exec() != EmployeeDialog.DialogCode.Accepted:
            return None
        v = dlg.values()
        try:
            cmd = commands.push(self.ctx, AddRecord("employee", v), f"Ny medarbejder {v['initials']}")
        except DomainError as exc:
            QMessageBox.warning(self, "Medarbejderen kan ikke gemmes", plain(texts.domain_error(exc)))
            return None
        self.select(cmd.changes.created)
        return cmd.changes.created

    def edit_employee(self, employee_id: int | None = None) -> bool:
        eid = employee_id if employee_id is not None else self.selected_id()
        if eid is None or self.ctx.readonly:
            return False
        emp = self.ctx.repo.staff.employee(eid)
        if emp is None:
            return False
        dlg = EmployeeDialog(self.ctx.repo, emp, self, create_team=self._create_team)
        if dlg.exec() != EmployeeDialog.DialogCode.Accepted:
            return False
        v = dlg.values()
        return self._update(eid, v, f"Rediger {v['initials']}")

    def _update(self, eid: int, fields: dict, text: str) -> bool:
        try:
            commands.push(self.ctx, UpdateRecord("employee", eid, fields), text)
        except DomainError as exc:
            QMessageBox.warning(self, "Medarbejderen kan ikke gemmes", plain(texts.domain_error(exc)))
            return False
        return True

    def mark_left(self, employee_id: int | None = None) -> bool:
        eid = employee_id if employee_id is not None else self.selected_id()
        if eid is None or self.ctx.readonly:
            return False
        emp = self.ctx.repo.staff.employee(eid)
        if emp is None:
            return False
        dlg = LeaveDialog(emp, self)
        if dlg.exec() != LeaveDialog.DialogCode.Accepted or dlg.result_fields is None:
            return False
        return self._update(eid, dlg.result_fields, f"{emp.initials} fratrådt")

    # --- erase a former employee from the list (the erase dialog) -------------------
    def is_former(self, employee_id: int | None) -> bool:
        """Only staff whose end date has passed can be erased (as in the erase dialog)."""
        emp = self.ctx.repo.staff.employee(employee_id) if employee_id is not None else None
        return bool(emp and emp.end_date is not None and emp.end_date <= dates.today())

    def erase_employee(self, employee_id: int | None = None) -> bool:
        eid = employee_id if employee_id is not None else self.selected_id()
        if eid is None or self.ctx.readonly or not self.is_former(eid):
            return False
        from ..dialogs.erase_dialog import run_erase

        run_erase(self.window(), eid)
        return True

    def _context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        idx = self.view.indexAt(pos)
        if not idx.isValid():
            return
        self.view.selectRow(idx.row())
        eid = self.selected_id()
        ro = self.ctx.readonly
        menu = QMenu(self)
        win = self.window()
        if hasattr(win, "has_page") and win.has_page("medarbejder"):
            menu.addAction("Åbn medarbejderen", lambda: self.ctx.navigate.emit("medarbejder", eid))
        menu.addAction("Rediger…", lambda: self.edit_employee(eid)).setEnabled(not ro)
        menu.addAction("Markér som fratrådt…", lambda: self.mark_left(eid)).setEnabled(not ro)
        menu.addSeparator()
        erase = menu.addAction(texts.ERASE_FROM_STAFF, lambda: self.erase_employee(eid))
        erase.setEnabled(not ro and self.is_former(eid))
        erase.setToolTip(texts.ERASE_FROM_STAFF_TIP)
        self._last_menu = menu  # for tests
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _create_team(self, name: str) -> int:
        """A team made from the employee dialog; raises DomainError (worded by the dialog)."""
        cmd = commands.push(self.ctx, AddRecord("team", {"name": name}), f"Nyt team {name}")
        self.ctx.status.emit(f"Teamet »{name}« er oprettet.")
        return cmd.changes.created

    def import_staff(self) -> None:
        """*Importér medarbejdere…* (the File menu's entry, here where the staff list is)."""
        from ..dialogs.import_dialog import run_import

        run_import(self.window())

    def add_team(self) -> int | None:
        if self.ctx.readonly:
            return None
        name, ok = QInputDialog.getText(self, "Nyt team", "Teamets navn:")
        if not ok or not name.strip():
            return None
        try:
            cmd = commands.push(self.ctx, AddRecord("team", {"name": name}), f"Nyt team {name.strip()}")
        except DomainError as exc:
            QMessageBox.warning(self, "Teamet kan ikke oprettes", plain(texts.domain_error(exc)))
            return None
        self.ctx.status.emit(f"Teamet »{name.strip()}« er oprettet.")
        return cmd.changes.created
