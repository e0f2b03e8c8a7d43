"""The *Kompetencespind* page: a radar chart of expected against current
level for an employee, a team or the whole tilbud; optionally the
self-assessment and the level one year ago; axes per competence or per
category average. Export as PNG."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ... import texts
from ...domain import dates, rules
from ..flow import FlowLayout
from ..chart_widget import ChartWidget
from ..page_base import PageBase
from ..plaintext import plain

#: above this many competences the category view is the default (a readable chart)
MANY_AXES = 30


class SpindPage(PageBase):
    TOPICS = frozenset({"employees", "competences", "teams", "assessments"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(QLabel("<b>Kompetencespind</b> – forventet niveau mod nuværende niveau"))
        bar = FlowLayout()  # wraps in a narrow window instead of widening it
        bar.addWidget(QLabel("Vis for:"))
        self.who = QComboBox()
        self.who.setMinimumWidth(260)
        bar.addWidget(self.who)
        self.how = QComboBox()
        self.how.addItem("Gennemsnit", "mean")
        self.how.addItem("Laveste niveau", "min")
        bar.addWidget(self.how)
        # the template's "Medarb./Team 1, 2": a second team (or the whole tilbud) on the same spind
        bar.addWidget(QLabel("Sammenlign med:"))
        self.compare = QComboBox()
        self.compare.setMinimumWidth(200)
        self.compare.addItem("Ingen sammenligning", None)
        bar.addWidget(self.compare)
        bar.addSpacing(12)
        self.by_comp = QRadioButton("Én akse pr. kompetence")
        self.by_cat = QRadioButton("Gennemsnit pr. kategori")
        grp = QButtonGroup(self)
        grp.addButton(self.by_comp)
        grp.addButton(self.by_cat)
        self.by_comp.setChecked(True)
        bar.addWidget(self.by_comp)
        bar.addWidget(self.by_cat)
        bar.addStretch(1)
        lay.addLayout(bar)
        bar2 = FlowLayout()
        self.show_self = QCheckBox("Vis selvvurdering")
        self.show_past = QCheckBox("Vis niveau for et år siden")
        bar2.addWidget(self.show_self)
        bar2.addWidget(self.show_past)
        bar2.addStretch(1)
        self.export_button = QPushButton("Gem som billede (PNG)…")
        bar2.addWidget(self.export_button)
        lay.addLayout(bar2)
        self.chart = ChartWidget(self)
        lay.addWidget(self.chart, 1)
        self.note = QLabel("")
        self.note.setStyleSheet("color:#555;")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self._data = None
        self._category_default_set = False
        for w in (self.who, self.how, self.compare):
            w.currentIndexChanged.connect(self.redraw)
        for w in (self.by_comp, self.show_self, self.show_past):
            w.toggled.connect(self.redraw)
        self.export_button.clicked.connect(lambda: self.export_png())

    # ----------------------------------------------------------------- loading
    def refresh(self) -> None:
        repo = self.ctx.repo
        today = dates.today()
        emps = repo.staff.employees()
        comps = repo.matrix.competences()
        self._data = {
            "employees": emps,
            "competences": comps,
            "teams": repo.staff.teams(),
            "current": repo.matrix.current_cells(),
            "self": repo.matrix.self_cells(),
            "past": repo.matrix.current_cells(on=rules.add_months(today, -12)),
            "today": today,
        }
        if not self._category_default_set:
            self._category_default_set = True
            if len(comps) > MANY_AXES:
                self.by_cat.setChecked(True)
        keep = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem("Hele tilbuddet", ("all", None))
        for t in self._data["teams"]:
            self.who.addItem(f"Team: {t.name}", ("team", t.id))
        for e in emps:
            if e.is_active(today):
                self.who.addItem(f"{e.name} ({e.initials})", ("employee", e.id))
        i = next((j for j in range(self.who.count()) if keep is not None and tuple(self.who.itemData(j)) == tuple(keep)), 0)
        self.who.setCurrentIndex(i)
        self.who.blockSignals(False)
        keep = self.compare.currentData()
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem("Ingen sammenligning", None)
        for j in range(self.who.count()):
            self.compare.addItem(self.who.itemText(j), self.who.itemData(j))
        i = next((j for j in range(1, self.compare.count())
                  if keep is not None and tuple(self.compare.itemData(j)) == tuple(keep)), 0)
        self.compare.setCurrentIndex(i)
        self.compare.blockSignals(False)
        self.redraw()

    def open_item(self, payload) -> None:
        """Payload: an employee id."""
        self.ensure_loaded()
        for i in range(self.who.count()):
            if tuple(self.who.itemData(i) or ()) == ("employee", payload):
                self.who.setCurrentIndex(i)
                return

    def selection(self, choice=None):
        """(kind, employee ids, title) of ``choice`` (default: the *Vis for* box's)."""
        kind, ident = choice or self.who.currentData() or ("all", None)
        d = self._data
        active = [e for e in d["employees"] if e.is_active(d["today"])]
        if kind == "employee":
            emp = next((e for e in d["employees"] if e.id == ident), None)
            return kind, [ident], (emp.name if emp else "")
        if kind == "team":
            name = next((t.name for t in d["teams"] if t.id == ident), "")
            return kind, [e.id for e in active if e.team_id == ident], f"Team {name}"
        prof = self.ctx.repo.profile.texts()
        return kind, [e.id for e in active], prof.get("navn", "") or "Hele tilbuddet"

    def chart_data(self):
        """(labels, series, title) for the current choices — what the chart draws."""
        from ...reports.charts import RadarSeries, radar_expected, radar_labels, radar_values

        d = self._data
        comps = d["competences"]
        by_cat = self.by_cat.isChecked()
        kind, ids, title = self.selection()
        group = kind != "employee"
        how = self.how.currentData() if group else "mean"
        labels = radar_labels(comps, by_cat, texts.CATEGORY_SHORT)
        series = [RadarSeries("Forventet niveau", radar_expected(comps, by_cat), "expected")]
        now_label = "Nuværende niveau" if not group else (
            "Nuværende niveau (gennemsnit)" if how == "mean" else "Nuværende niveau (laveste)")
        series.append(RadarSeries(now_label, radar_values(comps, ids, d["current"], by_cat, how), "current"))
        if self.show_self.isChecked():
            series.append(RadarSeries("Selvvurdering", radar_values(comps, ids, d["self"], by_cat, how), "self"))
        if self.show_past.isChecked():
            series.append(RadarSeries("For et år siden", radar_values(comps, ids, d["past"], by_cat, how), "past"))
        other = self.compare.currentData()
        if other is not None and tuple(other) != tuple(self.who.currentData() or ()):
            okind, oids, otitle = self.selection(tuple(other))
            ohow = how if okind != "employee" else "mean"
            series.append(RadarSeries(f"Nuværende niveau – {otitle}",
                                      radar_values(comps, oids, d["current"], by_cat, ohow), "other"))
            title = f"{title} sammenlignet med {otitle}"
        return labels, series, title

    def redraw(self, *_a) -> None:
        if self._data is None:
            return
        kind = (self.who.currentData() or ("all", None))[0]
        self.how.setEnabled(kind != "employee")
        from ...reports.charts import build_radar_figure

        labels, series, title = self.chart_data()
        fig = build_radar_figure(labels, series, title=title, size=(9.0, 5.6))
        self.chart.set_figure(fig)
        if not self.by_cat.isChecked() and len(labels) > MANY_AXES:
            self.note.setText("Mange kompetencer: vælg »Gennemsnit pr. kategori« for et mere læsbart spind.")
        else:
            self.note.setText("Kategorigennemsnit giver hver kategori samme vægt, uanset hvor mange kompetencer den har."
                              if self.by_cat.isChecked() else " ")
        # long names are cut on the axes ("…"); the whole names are in the tooltip
        from ...reports.charts import shortened_labels

        cut = shortened_labels(labels)
        self.chart.setToolTip(plain("Hele navne på forkortede akser:\n" + "\n".join(f"• {x}" for x in cut)) if cut else "")
        if cut and self.note.text().strip() == "":
            self.note.setText(f"{texts.count_noun(len(cut), 'navn', 'navne')} er forkortet på spindet – "
                              "hold musen over spindet for at se dem helt.")

    def export_png(self, path: str | None = None) -> bool:
        if self.chart.figure is None:
            return False
        if path is None:
            _k, _ids, title = self.selection()
            from .udskrifter import document_folder

            start = document_folder(self.ctx) / f"Kompetencespind {title}.png"
            path, _ = QFileDialog.getSaveFileName(self, "Gem kompetencespind", str(start), "PNG-billeder (*.png)")
            if not path:
                return False
        if not str(path).lower().endswith(".png"):
            path = f"{path}.png"
        try:
            self.chart.save_png(path)
        except OSError as exc:
            QMessageBox.warning(self, "Billedet kunne ikke gemmes", plain(f"{path}: {exc.strerror or exc}"))
            return False
        self.ctx.status.emit(f"Kompetencespindet er gemt som {path}")
        return True
