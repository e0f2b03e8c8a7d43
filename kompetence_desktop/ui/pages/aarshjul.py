"""Årshjul: the year by quarter — planned activities and follow-ups, course
renewals falling due, the MUS season, the MED review and supervision — in
four columns, readable at a glance; export the dates as an .ics calendar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ... import texts
from ...domain import aarshjul, dates
from ..flow import FlowLayout
from ..models.records import plain_tooltip
from ._plan_common import PlanPage, count_text

KIND_COLOURS = {
    "aktivitet": "#dbe8fb",
    "opfoelgning": "#fde3a7",
    "kursus": "#f6d3cf",
    "mus": "#d9f0dc",
    "med": "#e8dcf5",
    "supervision": "#e6e6e6",
}
#: a distinct shape per kind, so the årshjul reads without colour (and printed in greyscale)
KIND_MARKS = {"aktivitet": "■", "opfoelgning": "◆", "kursus": "▲", "mus": "●", "med": "★", "supervision": "▼"}
NO_DATES = "Der er ingen datoer i {year} at eksportere."


def when_text(ev) -> str:
    """dd.mm, or dd.mm–dd.mm; the end date with its year when the event crosses new year."""
    when = dates.format_date(ev.day)[:5]
    if ev.end:
        end = dates.format_date(ev.end)
        when += "–" + (end if ev.end.year != ev.day.year else end[:5])
    return when


EVENT_ROLE = Qt.UserRole + 1
#: a date that has passed without being done: still listed, in red and bold
OVERDUE_COLOUR = "#a00000"


class AarshjulPage(PlanPage):
    KEY = "aarshjul"
    TITLE = "Årshjul"
    TOPICS = ("activities", "courses", "mus", "med", "supervision", "employees")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.events: list = []
        lay = QVBoxLayout(self)
        top = FlowLayout()  # wraps in a narrow window instead of widening it
        self.title = self.heading("Årshjul")
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(QLabel("År"))
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self._fill())
        top.addWidget(self.year)
        top.addStretch(1)
        for k, label in texts.AARSHJUL_KIND_LABELS.items():
            lab = QLabel(f"{KIND_MARKS[k]} {label}")
            lab.setStyleSheet(f"background: {KIND_COLOURS[k]}; padding: 2px 6px; border: 1px solid #aaa;")
            top.addWidget(lab)
        top.addSpacing(12)
        self.export_btn = QPushButton("Eksportér til kalender (.ics)…")
        self.export_btn.setToolTip("Gem årets datoer som en kalenderfil, der kan importeres i Outlook")
        self.export_btn.clicked.connect(lambda _=False: self.export_ics())
        top.addWidget(self.export_btn)
        lay.addLayout(top)
        lay.addWidget(self.hint("Dobbeltklik på en linje for at åbne den side, hvor den redigeres. "
                                "Kursiv = allerede holdt."))
        cols = QHBoxLayout()
        self.quarters: dict[int, QListWidget] = {}
        self.counts: dict[int, QLabel] = {}
        for q in (1, 2, 3, 4):
            box = QFrame()
            box.setFrameShape(QFrame.StyledPanel)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(4, 4, 4, 4)
            head = self.heading(texts.QUARTER_LABELS[q])
            bl.addWidget(head)
            self.counts[q] = self.hint("")
            bl.addWidget(self.counts[q])
            lst = QListWidget()
            lst.setWordWrap(True)
            lst.setSpacing(1)
            lst.setTextElideMode(Qt.ElideNone)
            lst.itemDoubleClicked.connect(self._open)
            bl.addWidget(lst, 1)
            self.quarters[q] = lst
            cols.addWidget(box, 1)
        lay.addLayout(cols, 1)
        self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self.snapshot = self.ctx.repo.snapshot()
        years = aarshjul.years_with_events(self.snapshot)
        cur = self.year.currentData() or dates.today().year
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(cur)))
        self.year.blockSignals(False)
        self._fill()

    def set_year(self, year: int) -> None:
        i = self.year.findData(year)
        if i < 0:
            self.year.addItem(str(year), year)
            i = self.year.count() - 1
        self.year.setCurrentIndex(i)

    def open_item(self, payload) -> None:
        if isinstance(payload, int):
            self.set_year(payload)

    def _fill(self) -> None:
        y = self.year.currentData()
        if y is None:
            return
        self.title.setText(f"Årshjul {y}")
        self.events = aarshjul.year_events(self.snapshot, y)
        byq = aarshjul.by_quarter(self.events)
        for q, lst in self.quarters.items():
            lst.clear()
            for ev in byq[q]:
                it = QListWidgetItem(f"{KIND_MARKS[ev.kind]} {when_text(ev)}  {texts.aarshjul_event_text(ev)}")
                it.setBackground(QBrush(QColor(KIND_COLOURS[ev.kind])))
                it.setToolTip(plain_tooltip(f"{texts.AARSHJUL_KIND_LABELS[ev.kind]} · {dates.format_date(ev.day)}"
                                            + (f"–{dates.format_date(ev.end)}" if ev.end else "")
                                            + f"\n{texts.aarshjul_event_text(ev)}"))
                if not ev.planned:
                    f = it.font()
                    f.setItalic(True)
                    it.setFont(f)
                if ev.overdue:  # still listed, and marked: it has not been done
                    it.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
                    f = it.font()
                    f.setBold(True)
                    it.setFont(f)
                it.setData(EVENT_ROLE, ev)
                lst.addItem(it)
            n = len(byq[q])
            self.counts[q].setText("Ingen datoer" if n == 0 else count_text(n, "dato", "datoer"))

    def overdue_count(self) -> int:
        return sum(1 for ev in self.events if ev.overdue)

    def _open(self, item: QListWidgetItem) -> None:
        ev = item.data(EVENT_ROLE)
        if ev is not None:
            self.ctx.navigate.emit(ev.page, ev.payload)

    #: the last refusal or write error export_ics showed (tests read it)
    last_problem: str | None = None

    def export_ics(self, path: str | None = None) -> bool:
        """Write the year's dates as an .ics calendar, the way Udskrifter writes its
        documents (reports.output): never onto the tilbud file or another of the
        program's files, never half a file, and one Danish sentence when the folder
        is missing, can't be written to or the disk is full."""
        from ...reports.ics import build_ics
        from ...reports.output import WriteFailed, output_problem, write_atomic

        title = "Eksportér årshjul"
        y = self.year.currentData()
        name = self.snapshot.profile.get("navn", "") or "tilbud"
        self.last_problem = None
        if not self.events:
            QMessageBox.information(self, title, NO_DATES.format(year=y))
            return False
        if path is None:
            from .udskrifter import document_folder

            start = document_folder(self.ctx) / f"Årshjul {y} – {name}.ics"
            path, _f = QFileDialog.getSaveFileName(self, title, str(start), "Kalenderfil (*.ics)")
            if not path:
                return False
            if not path.lower().endswith(".ics"):
                path += ".ics"  # the dialog asked about the name typed, not this one
                if Path(path).exists() and QMessageBox.question(
                        self, title, texts.OUTPUT_REPLACE_QUESTION.format(path=path)) != QMessageBox.Yes:
                    return False
        out = Path(path)
        problem = output_problem(out, "ics", [getattr(self.ctx.file, "path", None)])
        try:
            if problem is None:
                write_atomic(out, build_ics(self.events, name, y, file_uid=self.ctx.repo.profile.file_uid()))
        except WriteFailed as exc:
            problem = str(exc)
        if problem:
            self.last_problem = problem
            QMessageBox.warning(self, title, problem)
            return False
        self.ctx.status.emit(f"Årshjul {y} gemt som {path}")
        return True
