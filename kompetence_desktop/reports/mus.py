"""Two documents for one employee's MUS (docs/domain.md §7, §9):

- ``render_mus``: *MUS-forberedelse* — the profile against the expected
  levels with a kompetencespind, self- vs leader assessment side by side with
  the disagreements as talking points, the last development agreement, the
  logbook since the last MUS, course status, the Basic Five questions and room
  to write.
- ``render_aftale``: *Udviklingsaftale* — the agreed learning goals
  (Socialstyrelsen's five questions), activities, support, dates and signature
  lines.

Neither names any other employee: in free text a colleague's name or initials
become natural Danish (*en kollega*, see med_names); only this employee and
staff with a responsibility shown in the MED version keep their names.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Table, TableStyle

from .. import texts
from ..domain import rules
from ..domain.dates import format_date
from ..domain.model import CATEGORIES
from ..domain.snapshot import Snapshot
from . import vector_charts as vc
from .base import CATEGORY_BG, FONT, FONT_BOLD, GAP_FILL, INK, RULE, CellParagraph, Document, esc
from .med_names import MedNames


class EmployeeDocument(Document):
    kind_title = ""

    def __init__(self, s: Snapshot, employee_id: int):
        self.s = s
        e = next((x for x in s.employees if x.id == employee_id), None)
        if e is None:
            raise KeyError(employee_id)
        self.e = e
        # a colleague named in the employee's texts: natural Danish ("en kollega"), as in the MED version
        self.red = MedNames(s.employees, [x.id for x in s.active_employees], leader=s.profile.get("leder", ""),
                            keep_ids=[e.id])
        self.number = {c.id: i for i, c in enumerate(s.competences, 1)}
        mus = sorted((m for m in s.mus if m.employee_id == e.id and m.held_on <= s.today), key=lambda m: m.held_on)
        self.mus = mus
        self.last_mus = mus[-1] if mus else None
        name = s.profile.get("navn", "")
        super().__init__(
            title=f"{self.kind_title} – {e.name}",
            subject=f"{self.kind_title} for {e.name} ({e.initials}), {name}",
            author=s.profile.get("leder", "") or name,
            # the marking first: a long name is cut off at the page edge, never the marking
            footer=f"{texts.CONFIDENTIAL_FOOTER} · {self.kind_title} · {e.name}",
        )

    def t(self, text) -> str:
        return self.red(text or "")

    def mus_state(self):
        """MUS status as the Medarbejder page has it: a new hire's first MUS is due a year in."""
        return rules.mus_status([m.held_on for m in self.mus], self.s.today, self.e.start_date)

    def cp(self, text, style="cell"):
        """A table cell of user text: long words break at hyphens/syllables, never overflow."""
        return CellParagraph(esc(self.t(text)), self.styles[style])

    def header(self) -> list:
        s, e = self.s, self.e
        st = [self.markup(esc(self.kind_title), "title"), self.p(f"{e.name} ({e.initials})", "subtitle")]
        mstat = self.mus_state()
        if mstat.last:
            last_mus = format_date(mstat.last)
        elif mstat.status == rules.DUE_NEVER_HELD:
            last_mus = texts.MUS_NEVER_HELD
        else:  # a new hire, first MUS not yet due
            last_mus = texts.MUS_FIRST_DUE.format(date=format_date(mstat.next_due))
        # every value in one font, size and colour (a wrapping paragraph in the header's own style)
        rows = [[label, self.form_value(value)] for label, value in (
            ("Stilling", self.t(e.job_title)),
            ("Team", s.team_name(e.team_id)),
            ("Uddannelse", texts.EDUCATION_LABELS.get(e.education, e.education)),
            ("Ansat siden", format_date(e.start_date)),
            ("Seneste MUS", last_mus),
            ("Tilbud", s.profile.get("navn", "")),
            ("Udskrevet", format_date(s.today)),
        )]
        t = Table(rows, colWidths=[35 * mm, 120 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("FONT", (0, 0), (0, -1), FONT_BOLD, 9),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return st + [t, self.spacer()]

    def form_value(self, text: str):
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle("form_value", parent=self.styles["body"], fontName=FONT, fontSize=9, leading=11,
                               textColor=INK, spaceBefore=0, spaceAfter=0)
        return CellParagraph(esc(text or ""), style)

    def own_activities(self):
        return [a for a in self.s.activities if self.e.id in a.participant_ids and a.status != "aflyst"]

    def own_goals(self):
        return [g for g in self.s.learning_goals if g.employee_id == self.e.id]

    def lines(self, n: int, label: str = "") -> list:
        """Ruled lines to write on."""
        rows = [[""] for _ in range(n)]
        t = Table(rows, colWidths=[self.frame_width], rowHeights=[8 * mm] * n, hAlign="LEFT")
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        return ([self.h3(label)] if label else []) + [t]


class MusDocument(EmployeeDocument):
    kind_title = texts.MUS_TITLE

    def __init__(self, s: Snapshot, employee_id: int, self_form=None):
        super().__init__(s, employee_id)
        #: the newest self-assessment form read in (received_on, wishes), or None
        self.self_form = self_form

    def self_form_wishes(self) -> list:
        """The employee's own *Ønsker til kompetenceudvikling* from her self-assessment form."""
        f = self.self_form
        if f is None:
            return []
        out = [self.h3("Medarbejderens ønsker til kompetenceudvikling"),
               self.p(f"Fra selvvurderingsformularen, modtaget {format_date(f.received_on)}.", "small")]
        out.append(self.p(self.t(f.wishes)) if f.wishes.strip() else self.p("Ingen ønsker skrevet.", "note"))
        return out

    def story(self) -> list:
        st = self.header()
        st.append(self.p(
            "Forberedelse til medarbejderudviklingssamtalen. Lederens vurdering (det aktuelle niveau) og "
            "medarbejderens selvvurdering står side om side; forskelle er samtalepunkter."))
        profile, talking = self.profile_table()
        st += profile
        st += self.self_form_wishes()
        st += self.spind()
        st += self.talking_points(talking)
        st += self.last_agreement()
        st += self.logbook()
        st += self.courses()
        st += self.basic_five_and_notes()
        return st

    def profile_table(self) -> tuple[list, list]:
        """The profile against the expected level, and the differences to talk about."""
        s, e = self.s, self.e
        st = []
        st.append(self.h2("Kompetenceprofil"))
        rows = [[self.markup(f"<b>{h}</b>", "cell") for h in (
            "Kompetence", "Forventet", "Leder", "Selv", "Forskel")]]
        cmds = []
        talking = []
        comps = s.competences
        for cat in CATEGORIES:
            cs = [c for c in comps if c.category == cat]
            if not cs:
                continue
            r = len(rows)
            rows.append([texts.CATEGORY_LABELS[cat], "", "", "", ""])
            cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_BG),
                     ("FONT", (0, r), (-1, r), FONT_BOLD, 8)]
            for c in cs:
                cur = s.current.get((e.id, c.id))
                own = s.selfs.get((e.id, c.id))
                diff = ""
                if isinstance(cur, int) and isinstance(own, int) and cur != own:
                    diff = f"{own - cur:+d}"
                    talking.append((c, cur, own))
                r = len(rows)
                rows.append([self.cp(f"{self.number[c.id]}. {c.name}"), str(c.expected_level), _cell(cur),
                             _cell(own), diff])
                cls = rules.gap_class(c.expected_level, cur)
                if cls not in ("not_assessed",):
                    cmds.append(("BACKGROUND", (2, r), (2, r), GAP_FILL[cls]))
                if cls in ("one_below", "two_below"):
                    cmds.append(("FONT", (2, r), (2, r), FONT_BOLD, 8))
                if diff:
                    cmds.append(("FONT", (4, r), (4, r), FONT_BOLD, 8))
        st.append(self.table(rows, [110 * mm, 18 * mm, 15 * mm, 15 * mm, 16 * mm], zebra=False,
                             extra=cmds + [("ALIGN", (1, 1), (-1, -1), "CENTER")]))
        st.append(self.p("Farve og fed skrift i lederens kolonne viser, at niveauet er under det forventede. "
                         "Forskel = selvvurdering minus lederens vurdering.", "small"))
        return st, talking

    def spind(self) -> list:
        s, e = self.s, self.e
        comps = s.competences
        st = []
        st.append(CondPageBreak(120 * mm))
        st.append(self.h2("Kompetencespind"))
        if 3 <= len(comps) <= 40:
            labels = [str(self.number[c.id]) for c in comps]
            series = [
                vc.Series("Forventet niveau", [c.expected_level for c in comps], **vc.REQUIRED_STYLE),
                vc.Series("Lederens vurdering", [_num(s.current.get((e.id, c.id))) for c in comps],
                          **vc.SERIES_STYLES[0]),
                vc.Series("Selvvurdering", [_num(s.selfs.get((e.id, c.id))) for c in comps], **vc.SERIES_STYLES[1]),
            ]
        else:
            avg = rules.employee_category_averages(comps, e.id, s.current)
            selfavg = rules.employee_category_averages(comps, e.id, s.selfs)
            exp = {cat: _avg([c.expected_level for c in comps if c.category == cat]) for cat in CATEGORIES}
            labels = [texts.CATEGORY_SHORT[c] for c in CATEGORIES]
            series = [vc.Series("Forventet niveau", [exp[c] for c in CATEGORIES], **vc.REQUIRED_STYLE),
                      vc.Series("Lederens vurdering", [avg[c] for c in CATEGORIES], **vc.SERIES_STYLES[0]),
                      vc.Series("Selvvurdering", [selfavg[c] for c in CATEGORIES], **vc.SERIES_STYLES[1])]
        st.append(vc.radar(labels, series, width=self.frame_width, height=100 * mm))
        return st

    def talking_points(self, talking) -> list:
        s, e = self.s, self.e
        comps = s.competences
        st = []
        st.append(self.h2("Samtalepunkter: forskelle mellem selvvurdering og lederens vurdering"))
        if talking:
            for c, cur, own in talking:
                st.append(self.markup(
                    f"• <b>{esc(c.name)}</b>: selvvurdering {own} ({esc(texts.LEVEL_LABELS[own])}), "
                    f"lederens vurdering {cur} ({esc(texts.LEVEL_LABELS[cur])}).", "body"))
        else:
            st.append(self.p("Ingen forskelle mellem selvvurdering og lederens vurdering.", "note"))
        gaps = [c for c in comps if rules.gap_class(c.expected_level, s.current.get((e.id, c.id)))
                in ("one_below", "two_below")]
        if gaps:
            st.append(self.h3("Under forventet niveau"))
            st.append(self.p("; ".join(f"{c.name} ({s.current.get((e.id, c.id))} af {c.expected_level})"
                                       for c in gaps)))
        return st

    def last_agreement(self) -> list:
        st = []
        st.append(self.h2("Seneste udviklingsaftale"))
        m = self.last_mus
        if m:
            st.append(self.p(f"MUS {format_date(m.held_on)} · status: {self.t(m.agreement_status) or 'ikke angivet'}",
                             "small"))
            st += self.field("Aftale", self.t(m.agreement))
            st += self.field("Ønsker", self.t(m.wishes))
        else:
            st.append(self.p("Der er ikke holdt MUS endnu.", "note"))
        goals = self.own_goals()
        if goals:
            st.append(self.h3("Læringsmål"))
            for g in goals:
                st.append(self.p(f"{format_date(g.created_on)}: {self.t(g.knowledge)} ({self.t(g.status) or 'uden status'})"))
        acts = self.own_activities()
        if acts:
            st.append(self.h3("Aktiviteter i uddannelsesplanen"))
            for a in acts:
                st.append(self.p(f"{self.t(a.title)} – {texts.ACTIVITY_STATUS_LABELS.get(a.status, a.status)}"
                                 + (f", {format_date(a.start_date)}" if a.start_date else "")))
        return st

    def logbook(self) -> list:
        s, e = self.s, self.e
        st = []
        since = self.last_mus.held_on if self.last_mus else None
        logs = [lg for lg in s.logbook if lg.employee_id == e.id and (since is None or lg.entry_date >= since)]
        st.append(self.h2("Logbog siden seneste MUS" if since else "Logbog"))
        if logs:
            for lg in logs:
                parts = [f"<b>{format_date(lg.entry_date)}</b>"]
                for key, q in texts.LOGBOOK_QUESTIONS.items():
                    v = getattr(lg, key)
                    if v:
                        parts.append(f"<i>{esc(q)}</i> {esc(self.t(v))}")
                st.append(self.markup("<br/>".join(parts), "body"))
        else:
            st.append(self.p("Ingen logbogsnotater i perioden.", "note"))
        return st

    def courses(self) -> list:
        s, e = self.s, self.e
        st = []
        st.append(self.h2("Obligatoriske kurser"))
        types = [ct for ct in s.course_types if ct.active]
        if types:
            rows = [["Kursus", "Senest taget", "Næste gang", "Status"]]
            for ct in types:
                cs = rules.course_status(ct, e, s.completions, s.today)
                rows.append([self.cp(ct.name), format_date(cs.last), format_date(cs.next_due),
                             texts.DUE_LABELS.get(cs.status, cs.status)])
            st.append(self.table(rows, [85 * mm, 27 * mm, 27 * mm, 30 * mm]))
        else:
            st.append(self.p("Der er ikke registreret obligatoriske kurser.", "note"))
        return st

    def basic_five_and_notes(self) -> list:
        m = self.last_mus
        st = []
        st.append(CondPageBreak(135 * mm))
        st.append(self.h2("Motivation – Basic Five"))
        st.append(self.p("Drøft hvert punkt; seneste svar står i parentes.", "small"))
        for key, label in texts.BASIC_FIVE.items():
            prev = getattr(m, key) if m else ""
            st.append(KeepTogether(self.lines(2, f"{label}" + (f" (sidst: {self.t(prev)})" if prev else ""))))
        st.append(CondPageBreak(80 * mm))
        st.append(self.h2("Noter fra samtalen"))
        st += self.lines(10)
        return st


class AftaleDocument(EmployeeDocument):
    """The written agreement, signed by both. The signatures stand on the page with what they
    sign: the agreement, its learning goals and the follow-up come first, and the last of them
    is kept on the signatures' page; the training plan's activities follow for information."""

    kind_title = texts.AFTALE_TITLE

    def story(self) -> list:
        s, e = self.s, self.e
        st = self.header()
        m = self.last_mus
        signed: list = []  # the blocks the signatures sign, in order
        if m:
            signed.append([self.p(f"Aftalt ved MUS {format_date(m.held_on)}.", "small")]
                          + self.field("Aftale", self.t(m.agreement)))
        goals = self.own_goals()
        head = [self.h2("Læringsmål")]
        if not goals:
            blank = [self.p("Der er endnu ikke registreret læringsmål. Udfyld spørgsmålene sammen.", "note")]
            for q in texts.LEARNING_GOAL_QUESTIONS.values():
                blank += self.lines(2, q)
            signed.append(head + blank)
        acts_by_id = {a.id: a for a in s.activities}
        for k, g in enumerate(goals, 1):
            block = [self.h3(f"Læringsmål {k} (oprettet {format_date(g.created_on)}"
                             + (f", status: {self.t(g.status)}" if g.status else "") + ")")]
            rows = []
            for key, q in texts.LEARNING_GOAL_QUESTIONS.items():
                rows.append([self.p(q, "cellb"), self.cp(getattr(g, key) or "")])
            if g.activity_id and g.activity_id in acts_by_id:
                rows.append([self.p("Aktivitet", "cellb"), self.cp(acts_by_id[g.activity_id].title)])
            block.append(self.table(rows, [62 * mm, 112 * mm], header_rows=0, zebra=False))
            signed.append((head if k == 1 else []) + block)
        end = [self.h2("Opfølgning")]
        mstat = self.mus_state()
        if mstat.next_due:
            end.append(self.p(f"Aftalen følges op senest ved næste MUS ({format_date(mstat.next_due)})."))
        end += self.lines(2, "Aftalt opfølgning")
        end.append(self.spacer(8 * mm))
        sig = Table([["", "", ""], [texts.SIGNATURE_LEADER, "", texts.SIGNATURE_EMPLOYEE],
                     [s.profile.get("leder", ""), "", e.name]],
                    colWidths=[78 * mm, 18 * mm, 78 * mm], rowHeights=[14 * mm, None, None], hAlign="LEFT")
        sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                                 ("LINEBELOW", (0, 0), (0, 0), 0.6, INK), ("LINEBELOW", (2, 0), (2, 0), 0.6, INK)]))
        for block in signed[:-1]:
            st.append(KeepTogether(block))
        # the last signed block, the follow-up and the signatures: never apart
        st.append(KeepTogether((signed[-1] if signed else []) + end + [sig]))
        st.append(self.h2(texts.AFTALE_ACTIVITIES))
        acts = self.own_activities()
        if acts:
            rows = [["Aktivitet", "Tidsplan", "Status", "Opfølgning", "Støtte"]]
            for a in acts:
                period = format_date(a.start_date)
                if a.end_date and a.end_date != a.start_date:
                    period += f"–\n{format_date(a.end_date)}"
                rows.append([self.cp(a.title), self.cp(a.schedule + ("\n" if a.schedule and period else "") + period),
                             texts.ACTIVITY_STATUS_LABELS.get(a.status, a.status), format_date(a.followup_date),
                             self.cp(a.learning_support)])
            st.append(self.table(rows, [50 * mm, 32 * mm, 20 * mm, 22 * mm, 50 * mm]))
        else:
            st.append(self.p("Ingen aktiviteter i uddannelsesplanen endnu.", "note"))
        return st


def _cell(v) -> str:
    if v is rules.NOT_RELEVANT:
        return "–"
    return "" if v is None else str(v)


def _num(v):
    return v if isinstance(v, int) else None


def _avg(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


def render_mus(snapshot: Snapshot, employee_id: int, self_form=None) -> bytes:
    """``self_form``: the newest self-assessment form read in (its date and *Ønsker*), if any."""
    return MusDocument(snapshot, employee_id, self_form).render()


def render_aftale(snapshot: Snapshot, employee_id: int) -> bytes:
    return AftaleDocument(snapshot, employee_id).render()
