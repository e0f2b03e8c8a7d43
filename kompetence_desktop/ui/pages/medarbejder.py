"""Per employee: *læringsmål*, *logbog*, *MUS* (udviklingsaftale, ønsker, Basic
Five), the self-assessment entered with the employee in MUS, and a timeline
of assessments, courses, MUS and activities. Reached from Medarbejdere and
the matrix via ``open_item(employee_id)``."""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain import dates
from ...domain.model import SOURCE_SELF
from ...domain.rules import NOT_RELEVANT, course_status, mus_status
from ...operations import AddRecord, DeleteRecord, SetCells, UpdateRecord
from ..dialogs.goal_dialog import GoalDialog
from ..dialogs.level_grid_dialog import Heading, LevelGridDialog
from ..dialogs.logbook_dialog import LogbookDialog
from ..dialogs.mus_dialog import MusDialog
from ..models.records import ROW_ROLE, Column, RecordTableModel, _first_line
from ._plan_common import PlanPage, count_text, fit_combo


def _lvl(v) -> str:
    if v is NOT_RELEVANT:
        return "Ikke relevant"
    return "" if v is None else str(v)


@dataclass(frozen=True)
class TimelineEntry:
    day: dt.date
    kind: str
    text: str
    id: int = 0


class SelfRow(NamedTuple):
    """One competence on the Selvvurdering tab: the leader's and the employee's own level."""

    competence: object
    leader: object
    own: object


class SelfModel(RecordTableModel):
    COL_NAME, COL_EXPECTED, COL_LEADER, COL_SELF, COL_DIFF = range(5)

    def __init__(self, parent=None):
        super().__init__([
            Column("Kompetence", lambda r: r.competence.name, tooltip=lambda r: r.competence.name),
            Column("Forventet", lambda r: str(r.competence.expected_level), align_right=True),
            Column("Ledervurdering", lambda r: _lvl(r.leader), align_right=True),
            Column("Selvvurdering", lambda r: _lvl(r.own), align_right=True),
            Column("Forskel", self._diff),
        ], parent)

    @staticmethod
    def _diff(r) -> str:
        lead, own = r.leader, r.own
        if isinstance(lead, int) and isinstance(own, int) and lead != own:
            return f"Vurderer sig {abs(own - lead)} {'højere' if own > lead else 'lavere'}"
        return ""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.BackgroundRole and index.isValid() and index.column() == self.COL_DIFF and self._diff(self.rows[index.row()]):
            return QBrush(QColor("#e3eefc"))
        return super().data(index, role)


class MedarbejderPage(PlanPage):
    KEY = "medarbejder"
    TITLE = "Den enkelte medarbejder"
    TOPICS = ("employees", "goals", "logbook", "mus", "assessments", "courses", "activities", "competences")
    TAB_GOALS, TAB_LOGBOOK, TAB_MUS, TAB_SELF, TAB_TIMELINE = range(5)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.employee_id: int | None = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = self.heading("Den enkelte medarbejder")
        self.title.setTextFormat(Qt.PlainText)  # the employee's name, as typed
        self.title.setWordWrap(True)  # a long name wraps instead of widening the window
        self.title.setMinimumWidth(120)
        top.addWidget(self.title, 1)
        top.addWidget(QLabel("Vælg medarbejder"))
        self.picker = QComboBox()
        fit_combo(self.picker, 24, 360)
        self.picker.currentIndexChanged.connect(self._picked)
        top.addWidget(self.picker)
        lay.addLayout(top)
        lay.addWidget(self.readonly_banner())
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setMinimumWidth(120)  # long team/course names wrap instead of widening the window
        self.info.setTextFormat(Qt.RichText)
        lay.addWidget(self.info)

        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        q = texts.LEARNING_GOAL_QUESTIONS
        self.goals = RecordTableModel([
            Column("Oprettet", lambda g: dates.format_date(g.created_on)),
            Column("Viden, færdigheder og kompetencer", lambda g: _first_line(g.knowledge, 70),
                   tooltip=lambda g: "\n\n".join(f"{q[k]}\n{getattr(g, k)}" for k in q)),
            Column("Brug i praksis", lambda g: _first_line(g.practice, 60), tooltip=lambda g: g.practice),
            Column("Aftalt støtte", lambda g: _first_line(g.support, 50), tooltip=lambda g: g.support),
            Column("Aktivitet", lambda g: self._activity_title(g.activity_id)),
            Column("Status", lambda g: g.status),
        ], self)
        self.goals_view, self.add_goal_btn = self._tab(
            "Læringsmål", self.goals, self.add_goal, self.edit_goal, self.delete_goal, "Nyt læringsmål…")
        lq = texts.LOGBOOK_QUESTIONS
        self.logbook = RecordTableModel([
            Column("Dato", lambda e: dates.format_date(e.entry_date)),
            Column(lq["what_happened"], lambda e: _first_line(e.what_happened, 60),
                   tooltip=lambda e: "\n\n".join(f"{lq[k]}\n{getattr(e, k)}" for k in lq)),
            Column(lq["wondered"], lambda e: _first_line(e.wondered, 50), tooltip=lambda e: e.wondered),
            Column(lq["want_more"], lambda e: _first_line(e.want_more, 50), tooltip=lambda e: e.want_more),
            Column("Aktivitet", lambda e: self._activity_title(e.activity_id)),
        ], self)
        self.logbook_view, self.add_log_btn = self._tab(
            "Logbog", self.logbook, self.add_log, self.edit_log, self.delete_log, "Ny logbogsnote…")
        self.mus = RecordTableModel([
            Column("Dato", lambda m: dates.format_date(m.held_on)),
            Column("Udviklingsaftale", lambda m: _first_line(m.agreement, 70), tooltip=lambda m: m.agreement),
            Column("Status på aftalen", lambda m: m.agreement_status),
            Column("Ønsker", lambda m: _first_line(m.wishes, 50), tooltip=lambda m: m.wishes),
            Column("Noter", lambda m: _first_line(m.notes, 50), tooltip=lambda m: m.notes),
        ], self)
        self.mus_view, self.add_mus_btn = self._tab("MUS", self.mus, self.add_mus, self.edit_mus, self.delete_mus,
                                                    "Ny MUS…")

        w = QWidget()
        wl = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.self_btn = self.edit_button("Indtast selvvurdering…", self.enter_self_assessment,
                                         "Selvvurderingen tastes sammen med medarbejderen under MUS og gemmes "
                                         "ved siden af ledervurderingen")
        bar.addWidget(self.self_btn)
        self.self_form_btn = self.edit_button("Lav selvvurderingsformular…", self.make_self_form,
                                              "En Excel-fil, medarbejderen udfylder selv og sender tilbage")
        bar.addWidget(self.self_form_btn)
        bar.addWidget(self.hint("Selvvurderingen erstatter aldrig ledervurderingen; forskellene er et godt udgangspunkt i MUS."), 1)
        wl.addLayout(bar)
        self.selfs = SelfModel(self)
        self.self_view = self.table(self.selfs, stretch_last=False)
        self.self_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.self_view.horizontalHeader().setSectionResizeMode(SelfModel.COL_DIFF, QHeaderView.ResizeToContents)
        wl.addWidget(self.self_view)
        self.self_wishes = QLabel()  # the Ønsker from her latest self-assessment form
        self.self_wishes.setWordWrap(True)
        self.self_wishes.setTextFormat(Qt.TextFormat.PlainText)
        self.self_wishes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        wl.addWidget(self.self_wishes)
        self.tabs.addTab(w, "Selvvurdering")

        self.timeline = RecordTableModel([
            Column("Dato", lambda t: dates.format_date(t.day), sort=lambda t: t.day.isoformat()),
            Column("Hvad", lambda t: t.kind),
            Column("Detaljer", lambda t: t.text, tooltip=lambda t: t.text),
        ], self)
        self.timeline_view = self.table(self.timeline)
        self.timeline_view.setColumnWidth(0, 100)
        self.timeline_view.setColumnWidth(1, 200)
        self.tabs.addTab(self.timeline_view, "Tidslinje")
        self.refresh()

    def _tab(self, title, model, add, edit, delete, add_text):
        w = QWidget()
        wl = QVBoxLayout(w)
        bar = QHBoxLayout()
        add_btn = self.edit_button(add_text, add)
        bar.addWidget(add_btn)
        bar.addWidget(self.edit_button("Rediger…", edit))
        bar.addWidget(self.edit_button("Slet", delete))
        bar.addStretch(1)
        wl.addLayout(bar)
        view = self.table(model)
        view.setColumnWidth(0, 100)
        for c in range(1, model.columnCount() - 1):
            view.setColumnWidth(c, 260)
        view.doubleClicked.connect(lambda _i: edit())
        wl.addWidget(view)
        self.tabs.addTab(w, title)
        return view, add_btn

    # --- data ---------------------------------------------------------------------------------
    def _activity_title(self, aid) -> str:
        return self._activities.get(aid, "") if aid else ""

    def _picked(self, _i) -> None:
        eid = self.picker.currentData()
        if eid != self.employee_id:
            self.employee_id = eid
            self.refresh()

    def open_item(self, payload) -> None:
        """Show one employee (payload: employee id), or the current one's MUS tab ("mus")."""
        if payload is None:
            return
        if payload == "mus":
            self.tabs.setCurrentIndex(self.TAB_MUS)
            return
        self.employee_id = int(payload)
        self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        repo = self.ctx.repo
        today = dates.today()
        self.employees = repo.staff.employees()
        acts = repo.plan.activities()
        self._activities = {a.id: a.title for a in acts}
        self._all_activities = acts
        shown = [e for e in self.employees if e.is_active(today) or e.id == self.employee_id]
        if self.employee_id is None or not any(e.id == self.employee_id for e in self.employees):
            # start with someone who has records (læringsmål or logbog), so the page shows its use
            busy = {g.employee_id for g in repo.records.learning_goals()} | {x.employee_id for x in repo.records.logbook()}
            first = next((e for e in shown if e.id in busy), shown[0] if shown else None)
            self.employee_id = first.id if first else None
        self.picker.blockSignals(True)
        self.picker.clear()
        for e in shown:
            self.picker.addItem(f"{e.name} ({e.initials})" + ("" if e.is_active(today) else " – fratrådt"), e.id)
        self.picker.setCurrentIndex(max(0, self.picker.findData(self.employee_id)))
        self.picker.blockSignals(False)
        e = self.employee
        for v in (self.goals, self.logbook, self.mus, self.selfs, self.timeline):
            v.set_rows([])
        # nothing to add to without an employee
        for b in (self.add_goal_btn, self.add_log_btn, self.add_mus_btn, self.self_btn):
            b.setEnabled(e is not None and not self.ctx.readonly)
        if e is None:
            self.title.setText("Den enkelte medarbejder")
            self.info.setText("Der er ingen medarbejdere endnu.")
            return
        self.title.setText(e.name)
        self.goals.set_rows(repo.records.learning_goals(e.id))
        self.logbook.set_rows(repo.records.logbook(e.id))
        mus = repo.records.mus_records(e.id)
        self.mus.set_rows(list(reversed(mus)))
        comps = repo.matrix.competences()
        cur = repo.matrix.current_cells()
        own = repo.matrix.self_cells()
        self.selfs.set_rows([SelfRow(c, cur.get((e.id, c.id)), own.get((e.id, c.id))) for c in comps])
        from ...operations.self_assessment import latest_wishes

        form = latest_wishes(repo, e.id)
        self.self_wishes.setText(texts.self_form_wishes_line(form) if form else "")
        self.self_wishes.setVisible(form is not None)
        self.timeline.set_rows(self._timeline(e, comps, mus, acts))
        # the header line: job, team, MUS and course status
        team = next((t.name for t in repo.staff.teams() if t.id == e.team_id), "")
        ms = mus_status([m.held_on for m in mus], today, e.start_date)
        red = "<b style='color:#9b1c1c'>{}</b>"
        if ms.status == "aldrig":
            mus_txt = red.format("Har aldrig haft MUS")
        elif ms.status == "forfalden":
            mus_txt = red.format("MUS forfalden") + f" (sidste {dates.format_date(ms.last)})"
        elif ms.last is None:  # new: the first MUS is due a year after the start
            mus_txt = f"Første MUS senest {dates.format_date(ms.next_due)}"
            if ms.status == "snart":
                mus_txt = f"<b>{mus_txt}</b>"
        else:
            mus_txt = f"Sidste MUS {dates.format_date(ms.last)}, næste senest {dates.format_date(ms.next_due)}"
        booked = min((m.held_on for m in mus if m.held_on > today), default=None)
        if booked is not None:
            mus_txt += f" · MUS aftalt {dates.format_date(booked)}"
        completions = repo.plan.completions()
        due = [ct.name for ct in repo.plan.course_types() if ct.active
               and course_status(ct, e, completions, today).status in ("forfalden", "aldrig_taget")
               and (course_status(ct, e, completions, today).next_due is None
                    or course_status(ct, e, completions, today).status == "forfalden")]
        course_txt = ((red.format("Kurser forfaldne/ikke taget:") + " " + ", ".join(html.escape(n) for n in due))
                      if due else "Obligatoriske kurser i orden")
        bits = [x for x in (e.job_title, team, texts.EDUCATION_LABELS.get(e.education, ""),
                            f"ansat {dates.format_date(e.start_date)}" if e.start_date else "",
                            f"fratrådt {dates.format_date(e.end_date)}" if e.end_date else "") if x]
        bits = list(dict.fromkeys(bits))
        # user text (job title, team, course names) is escaped: the line is rich text
        self.info.setText(" · ".join(html.escape(b) for b in bits) + "<br>" + mus_txt + " · " + course_txt)

    @property
    def employee(self):
        return next((e for e in self.employees if e.id == self.employee_id), None)

    def _timeline(self, e, comps, mus, acts) -> list[TimelineEntry]:
        out = []
        names = {c.id: c for c in comps}
        by_day: dict[tuple, list] = {}
        for a in self.ctx.repo.matrix.assessments(e.id):
            by_day.setdefault((a.assessed_on, a.source), []).append(a)
        for (day, src), rows in by_day.items():
            lv = [a.level for a in rows if a.level is not None]
            avg = f", gennemsnit {sum(lv) / len(lv):.1f}".replace(".", ",") if lv else ""
            label = {"leder": "Ledervurdering", "mus": "Vurdering i MUS", "selvvurdering": "Selvvurdering"}[src]
            detail = f"{count_text(len(rows), 'kompetence', 'kompetencer')}{avg}"
            if len(rows) <= 3:
                detail = "; ".join(f"{_first_line(names[a.competence_id].name, 40)}: {_lvl(a.level if not a.not_relevant else NOT_RELEVANT) or 'ryddet'}"
                                   for a in rows if a.competence_id in names)
            out.append(TimelineEntry(day, label, detail))
        courses = {c.id: c.name for c in self.ctx.repo.plan.course_types()}
        for c in self.ctx.repo.plan.completions():
            if c.employee_id == e.id:
                out.append(TimelineEntry(c.completed_on, "Obligatorisk kursus", courses.get(c.course_type_id, "")))
        for m in mus:
            out.append(TimelineEntry(m.held_on, "MUS", _first_line(m.agreement, 120)))
        for a in acts:
            if e.id in a.participant_ids and a.start_date:
                out.append(TimelineEntry(a.start_date, "Aktivitet",
                                         f"{a.title} ({texts.ACTIVITY_STATUS_LABELS.get(a.status, a.status).lower()})"))
        out.sort(key=lambda t: t.day, reverse=True)
        return out

    def _selected(self, view):
        ids = self.selected_ids(view, ROW_ROLE)
        return ids[0] if ids else None

    # --- learning goals ------------------------------------------------------------------------
    def add_goal(self) -> None:
        if self.employee is None:
            return
        dlg = GoalDialog(self.employees, self._all_activities, None, self.employee_id, self)
        self.exec_saving(dlg, lambda f: (AddRecord("learning_goal", f), "Nyt læringsmål"))

    def edit_goal(self) -> None:
        g = self._selected(self.goals_view)
        if g is None:
            return
        dlg = GoalDialog(self.employees, self._all_activities, g, None, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (UpdateRecord("learning_goal", g.id, f), "Rediger læringsmål"))

    def delete_goal(self) -> None:
        g = self._selected(self.goals_view)
        if g and QMessageBox.question(self, "Slet læringsmål", "Slet det valgte læringsmål?") == QMessageBox.Yes:
            self.run(DeleteRecord("learning_goal", g.id), "Slet læringsmål")

    # --- logbook ------------------------------------------------------------------------------------
    def add_log(self) -> None:
        e = self.employee
        if e is None:
            return
        dlg = LogbookDialog(e.name, self._all_activities, None, self)

        self.exec_saving(dlg, lambda f: (AddRecord("logbook", dict(f, employee_id=e.id)), "Ny logbogsnote"))

    def edit_log(self) -> None:
        x = self._selected(self.logbook_view)
        if x is None:
            return
        dlg = LogbookDialog(self.employee.name, self._all_activities, x, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (UpdateRecord("logbook", x.id, f), "Rediger logbogsnote"))

    def delete_log(self) -> None:
        x = self._selected(self.logbook_view)
        if x and QMessageBox.question(self, "Slet logbogsnote", "Slet den valgte logbogsnote?") == QMessageBox.Yes:
            self.run(DeleteRecord("logbook", x.id), "Slet logbogsnote")

    # --- MUS ---------------------------------------------------------------------------------------------
    def add_mus(self) -> None:
        e = self.employee
        if e is None:
            return
        dlg = MusDialog(e.name, None, self)

        if self.exec_saving(dlg, lambda f: (AddRecord("mus", dict(f, employee_id=e.id)), f"Ny MUS: {e.name}")) is not None:
            if dlg.result_fields["held_on"] > dates.today():
                self.ctx.status.emit(f"MUS med {e.name} er aftalt til {dates.format_date(dlg.result_fields['held_on'])}.")
                return  # booked: the self-assessment is taken at the conversation
            if QMessageBox.question(self, "Selvvurdering",
                                    "Vil du taste medarbejderens selvvurdering fra samtalen nu?") == QMessageBox.Yes:
                # the self-assessment belongs to the conversation: dated as the MUS
                self.enter_self_assessment(dlg.result_fields["held_on"])

    def edit_mus(self) -> None:
        m = self._selected(self.mus_view)
        if m is None:
            return
        dlg = MusDialog(self.employee.name, m, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (UpdateRecord("mus", m.id, f), "Rediger MUS"))

    def delete_mus(self) -> None:
        m = self._selected(self.mus_view)
        if m and QMessageBox.question(self, "Slet MUS",
                                      f"Slet MUS-registreringen fra {dates.format_date(m.held_on)}?") == QMessageBox.Yes:
            self.run(DeleteRecord("mus", m.id), "Slet MUS")

    # --- self-assessment -------------------------------------------------------------------------------
    def make_self_form(self) -> None:
        from ..dialogs.self_assessment_dialog import save_form_for

        if self.employee_id is not None:
            save_form_for(self, self.ctx, self.employee_id)

    def enter_self_assessment(self, day: dt.date | None = None) -> bool:
        """The employee's own levels, as the self-assessment of ``day`` (the MUS date; default today)."""
        e = self.employee
        if e is None:
            return False
        day = day or dates.today()
        comps = self.ctx.repo.matrix.competences()
        rows = [Heading(c.id, _first_line(c.name, 60),
                        f"{texts.CATEGORY_LABELS[c.category]} – forventet {c.expected_level}")
                for c in comps]
        dlg = LevelGridDialog(
            f"Selvvurdering – {e.name}",
            "Tast medarbejderens egen vurdering, som I taler om i MUS. Den gemmes som selvvurdering "
            f"den {dates.format_date(day)} ved siden af ledervurderingen.",
            rows, [Heading(e.id, e.initials, e.name)], lambda c, emp: (emp, c), self.ctx.repo.matrix.self_cells(), self)
        if dlg.exec() != QDialog.Accepted:
            return False
        changes = dlg.changes()
        if not changes:
            return False
        ok = self.run(SetCells(changes, source=SOURCE_SELF, day=day), f"Selvvurdering: {e.name}")
        if ok:
            self.tabs.setCurrentIndex(self.TAB_SELF)
        return ok
