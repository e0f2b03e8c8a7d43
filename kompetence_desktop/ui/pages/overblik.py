"""The *Overblik* page: what needs the leader's attention.

The page is a list of sections. Each section builder takes the tilbud's
``Snapshot`` and returns a ``Section`` (or None to leave it out); later work
adds builders with ``register_section`` (courses, MUS, MED). Clicking an
item navigates (``ctx.navigate``) to the page and item it names.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain import requirements, rules
from ..page_base import PageBase
from ..plaintext import esc, plain

SEVERITY_COLORS = {"high": "#b3261e", "medium": "#8a5a00", "low": "#333333", "ok": "#2e6b2e"}


@dataclass
class Item:
    text: str
    page: str | None = None  # page key to navigate to
    payload: object = None
    severity: str = "low"  # high / medium / low / ok
    tooltip: str = ""


@dataclass
class Section:
    title: str
    items: list[Item] = field(default_factory=list)
    empty_text: str = texts.OVERVIEW_NOTHING
    order: int = 100
    #: how many things the heading counts, when the list shows fewer lines ("… og 4 mere")
    count: int | None = None


@dataclass
class Card:
    label: str
    value: str
    severity: str = "low"


CARD_MIN_WIDTH = 130  # narrower would clip "Vurderinger under forventet" (two lines at most)
CARD_SPACING = 6


class CardGrid(QWidget):
    """The summary cards in as many equal columns as fit (at least CARD_MIN_WIDTH
    each); more cards than fit wrap into balanced rows (8 → 4 + 4, not 7 + 1).
    ``set_cards`` replaces the old cards completely (removed and deleted)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(CARD_SPACING)
        # the cards re-flow when narrow: the row of cards must not hold the window wide
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.cards: list[QWidget] = []
        self._cols = 0

    def set_cards(self, widgets: list[QWidget]) -> None:
        for w in self.cards:
            self.grid.removeWidget(w)
            w.hide()  # never drawn again, even before the deferred delete runs
            w.deleteLater()  # (no setParent(None): Python would then own and delete it a second time)
        self.cards = list(widgets)
        self._cols = 0
        self._place()

    def columns_for(self, width: int) -> int:
        n = len(self.cards)
        if n == 0:
            return 1
        fit = max(1, (width + CARD_SPACING) // (CARD_MIN_WIDTH + CARD_SPACING))
        if fit >= n:
            return n
        rows = -(-n // fit)
        return -(-n // rows)

    def _place(self) -> None:
        cols = self.columns_for(self.width() if self.width() > 0 else 1150)
        if cols == self._cols:
            return
        self._cols = cols
        for w in self.cards:
            self.grid.removeWidget(w)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        for i, w in enumerate(self.cards):
            self.grid.addWidget(w, i // cols, i % cols)
            w.show()
        for c in range(cols):
            self.grid.setColumnStretch(c, 1)
        self.updateGeometry()

    def minimumSizeHint(self):
        from PySide6.QtCore import QSize

        return QSize(CARD_MIN_WIDTH, self.grid.minimumSize().height())

    def rows(self) -> int:
        return -(-len(self.cards) // self._cols) if self._cols else 0

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._place()


SectionBuilder = Callable[[object], "Section | None"]
#: the builders, in order; other work appends with register_section
SECTIONS: list[SectionBuilder] = []
#: summary cards at the top: functions snapshot → list[Card]
CARDS: list[Callable[[object], list]] = []


def register_section(builder: SectionBuilder) -> SectionBuilder:
    if builder not in SECTIONS:
        SECTIONS.append(builder)
    return builder


def register_cards(builder):
    if builder not in CARDS:
        CARDS.append(builder)
    return builder


# --- the first sections -------------------------------------------------------

def _coverage(s):
    return rules.coverage(s.competences, s.employees, s.current, s.today)


def not_assessed_yet(s) -> bool:
    """Staff and competences, but no level given yet: every competence would count as
    *Kritisk* – a new file's alarm that says nothing."""
    comps = {c.id for c in s.competences}
    staff = {e.id for e in s.active_employees}
    return bool(comps and staff) and not any(
        v is not None for (e, c), v in s.current.items() if e in staff and c in comps)


def nothing_yet(s, staff: bool = True, competences: bool = True) -> str | None:
    """What an empty section says on a tilbud without staff or competences yet."""
    if staff and not s.active_employees:
        return texts.OVERVIEW_NO_STAFF
    if competences and not s.competences:
        return texts.OVERVIEW_NO_COMPETENCES
    return None


@register_cards
def basic_cards(s) -> list:
    cov = _coverage(s)
    crit = sum(1 for c in cov.values() if c.vulnerability == rules.VULN_CRITICAL)
    high = sum(1 for c in cov.values() if c.vulnerability == rules.VULN_HIGH)
    below = sum(c.below for c in cov.values())
    none = sum(c.not_assessed for c in cov.values())
    label = texts.OVERVIEW_CARDS
    if not_assessed_yet(s):
        crit_card = Card(label["critical"], texts.OVERVIEW_NOT_ASSESSED_YET_VALUE, "low")
        high_card = Card(label["high"], texts.OVERVIEW_NOT_ASSESSED_YET_VALUE, "low")
    else:
        crit_card = Card(label["critical"], str(crit), "high" if crit else "ok")
        high_card = Card(label["high"], str(high), "medium" if high else "ok")
    return [
        Card(label["staff"], str(len(s.active_employees))),
        Card(label["competences"], str(len(s.competences))),
        crit_card,
        high_card,
        Card(label["below"], str(below), "medium" if below else "ok"),
        Card(label["not_assessed"], str(none), "medium" if none else "ok"),
    ]


def _section(key: str, items: list, empty: str | None, order: int) -> Section:
    """A section with its title and empty text from texts (``empty`` overrides the latter)."""
    return Section(texts.OVERVIEW_SECTION_TITLES[key], items, empty or texts.OVERVIEW_EMPTY[key], order=order)


@register_section
def vulnerable_section(s) -> Section:
    if not_assessed_yet(s):
        return _section("saarbare", [], texts.OVERVIEW_NOT_ASSESSED_YET, order=10)
    cov = _coverage(s)
    order = {rules.VULN_CRITICAL: 0, rules.VULN_HIGH: 1}
    comps = sorted(
        (c for c in s.competences if cov[c.id].vulnerability in order),
        key=lambda c: (order[cov[c.id].vulnerability], c.name.lower()),
    )
    items = []
    for c in comps:
        v = cov[c.id]
        items.append(Item(
            texts.overview_vulnerable_text(v.vulnerability, c.name, v.meeting, c.expected_level),
            "matrix", c.id, "high" if v.vulnerability == rules.VULN_CRITICAL else "medium",
            texts.overview_vulnerable_tooltip(c.category, v.below, v.not_assessed),
        ))
    return _section("saarbare", items, nothing_yet(s, staff=False), order=10)


@register_section
def largest_gaps_section(s, limit: int = 10) -> Section:
    staff = s.active_employees
    rows = []
    for c in s.competences:
        total = n = 0
        for e in staff:
            g = rules.gap(c.expected_level, s.current.get((e.id, c.id)))
            if g:
                total += g
                n += 1
        if total:
            rows.append((total, n, c))
    rows.sort(key=lambda r: (-r[0], -r[1], r[2].name.lower()))
    items = [
        Item(texts.overview_gap_text(c.name, total, n), "matrix", c.id, "medium" if total >= 5 else "low")
        for total, n, c in rows[:limit]
    ]
    return _section("stoerste_behov", items, nothing_yet(s), order=20)


@register_section
def employee_gaps_section(s, limit: int = 8) -> Section:
    rows = []
    for e in s.active_employees:
        total = below = none = 0
        for c in s.competences:
            v = s.current.get((e.id, c.id))
            if v is None:
                none += 1
                continue
            g = rules.gap(c.expected_level, v)
            if g:
                total += g
                below += 1
        if total or none:
            rows.append((total, below, none, e))
    rows.sort(key=lambda r: (-r[0], -r[2], r[3].name.lower()))
    items = []
    for total, below, none, e in rows[:limit]:
        items.append(Item(texts.overview_employee_gap_text(e.name, e.initials, below, none),
                          "matrix", ("employee", e.id), "medium" if total >= 5 or none else "low"))
    return _section("medarbejdere_behov", items, nothing_yet(s), order=30)


def _requirement_payload(r, s):
    """What to open for a missing requirement: the profile field on the Tilbud page,
    the first employee not yet assessed in the matrix; else just the page."""
    if r.page == "tilbud":
        return r.payload  # the profile field (requirements.check names it)
    if r.code == "alle_vurderet":
        assessed = {e for (e, _c), v in s.current.items() if v is not None}
        first = next((e for e in s.active_employees if e.id not in assessed), None)
        return ("employee", first.id) if first else None
    return None


@register_section
def plan_requirements_section(s) -> Section:
    missing = [r for r in requirements.check(s) if not r.met]
    items = [Item(texts.requirement_text(r), r.page, _requirement_payload(r, s), "medium") for r in missing]
    return _section("plan_mangler", items, None, order=90)


# --- the page --------------------------------------------------------------------------------

class OverblikPage(PageBase):
    TOPICS = frozenset({"*", "employees", "competences", "assessments", "teams", "profile", "activities",
                        "courses", "mus", "med", "supervision"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)
        self.head = QLabel(f"<b>{texts.OVERVIEW_TITLE}</b>")
        outer.addWidget(self.head)
        self.cards = CardGrid()
        outer.addWidget(self.cards)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.sections: list[Section] = []
        self.lists: list[QListWidget] = []

    def refresh(self) -> None:
        s = self.ctx.repo.snapshot()
        from ...operations.self_assessment import form_round

        s.self_forms = form_round(self.ctx.repo)
        name = s.profile.get("navn", "") or texts.OVERVIEW_UNNAMED
        from ...domain import dates

        self.head.setText(f"<b>{texts.OVERVIEW_TITLE}</b> – {esc(name)} · {dates.format_date(s.today)}")
        widgets = []
        for builder in CARDS:
            try:
                cards = builder(s) or []
            except Exception as exc:  # one broken card must not blank the page
                cards = [Card(texts.OVERVIEW_BROKEN_CARD, str(exc), "high")]
            widgets += [self._card(card) for card in cards]
        self.cards.set_cards(widgets)

        self.sections = []
        for builder in SECTIONS:
            try:
                sec = builder(s)
            except Exception as exc:
                title = texts.OVERVIEW_BROKEN_SECTION.format(name=getattr(builder, "__name__", ""))
                sec = Section(title, [Item(str(exc), severity="high")])
            if sec is not None:
                self.sections.append(sec)
        self.sections.sort(key=lambda x: x.order)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 4, 0, 0)
        self.lists = []
        for i, sec in enumerate(self.sections):
            count = sec.count if sec.count is not None else len(sec.items)
            box = QGroupBox(f"{sec.title} ({count})" if sec.items else sec.title)
            bl = QVBoxLayout(box)
            lw = QListWidget()
            lw.setFrameShape(QFrame.Shape.NoFrame)
            lw.setWordWrap(True)
            lw.setCursor(Qt.CursorShape.PointingHandCursor)
            if sec.items:
                for item in sec.items:
                    li = QListWidgetItem(item.text)
                    li.setForeground(QBrush(QColor(SEVERITY_COLORS.get(item.severity, "#333333"))))
                    if item.tooltip:
                        li.setToolTip(item.tooltip)
                    li.setData(Qt.ItemDataRole.UserRole, (item.page, item.payload))
                    lw.addItem(li)
            else:
                li = QListWidgetItem(sec.empty_text)
                nothing = sec.empty_text in (texts.OVERVIEW_NO_STAFF, texts.OVERVIEW_NO_COMPETENCES,
                                             texts.OVERVIEW_NO_ACTIVITIES, texts.OVERVIEW_NOT_ASSESSED_YET)  # not news, not "all is well"
                li.setForeground(QBrush(QColor(SEVERITY_COLORS["low" if nothing else "ok"])))
                li.setFlags(Qt.ItemFlag.ItemIsEnabled)
                lw.addItem(li)
            lw.setMinimumHeight(min(10, max(len(sec.items), 1)) * 22 + 8)
            lw.itemActivated.connect(self._activated)
            lw.itemClicked.connect(self._activated)
            bl.addWidget(lw)
            grid.addWidget(box, i // 2, i % 2)
            self.lists.append(lw)
        grid.setRowStretch(len(self.sections) // 2 + 1, 1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(body)

    def _card(self, card: Card) -> QWidget:
        w = QFrame()
        w.setObjectName("overblik_kort")
        w.setFrameShape(QFrame.Shape.StyledPanel)
        w.setStyleSheet("QFrame { background:#f6f8fa; border:1px solid #d0d7de; border-radius:6px; }"
                        "QLabel { border:none; background:transparent; }")
        lay = QVBoxLayout(w)
        lay.setContentsMargins(10, 4, 10, 4)
        v = QLabel(card.value)
        v.setStyleSheet(f"font-size:22px; font-weight:bold; color:{SEVERITY_COLORS.get(card.severity, '#333')};")
        lay.addWidget(v)
        lab = QLabel(card.label)
        lab.setWordWrap(True)
        # room for two lines, so a label that wraps is never cut at the bottom
        lab.setMinimumHeight(lab.fontMetrics().lineSpacing() * 2 + 2)
        lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(lab)
        w.setMinimumWidth(CARD_MIN_WIDTH)
        w.setToolTip(plain(f"{card.label}: {card.value}"))
        return w

    def _activated(self, li: QListWidgetItem) -> None:
        data = li.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        page, payload = data
        if page:
            self.ctx.navigate.emit(page, payload)


# --- plan and follow-up sections: courses, MUS, MED, follow-up, budget card ---
from . import _plan_overview  # registers its sections on import
from . import _self_assessment_overview  # selvvurderinger modtaget / ikke modtaget
