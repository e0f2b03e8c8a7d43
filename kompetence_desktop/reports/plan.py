"""The kompetenceudviklingsplan (docs/domain.md §9): all ten parts, in the guideline's
order, for the leader (names/initials in the matrix, a staff list at the end)
or for MED (no person anywhere: distributions per competence, counts of 1 or 2
people as "under 3", no author in the metadata; see med_edition).

    render_plan(snapshot, med=False, version_label=None) -> bytes

A plan with missing requirements is still printed, marked UDKAST on every page.
"""
from __future__ import annotations

from collections import Counter

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from .. import texts
from ..domain import requirements, rules
from ..domain.dates import format_date
from ..domain.model import CATEGORIES, TOPICS
from ..domain.snapshot import Snapshot
from . import vector_charts as vc
from .base import (
    CATEGORY_BG,
    FONT,
    FONT_BOLD,
    GAP_FILL,
    INK,
    RULE,
    VULN_FILL,
    VULN_INK,
    CellParagraph,
    ContentsList,
    Document,
    Heading,
    esc,
)
from . import med_edition as medx
from .med_names import med_names
from .plan_parts import PlanPart5
from .privacy import identity

#: staff columns per matrix table on a landscape page before it splits into chunks
MAX_COLS_PER_PAGE = 20
#: missing requirements listed on the front page; more are summed up (all are in part 9)
FRONT_MISSING_MAX = 10
VULN_ORDER = {v: i for i, v in enumerate(rules.VULNERABILITIES)}


def _cell_text(v) -> str:
    if v is rules.NOT_RELEVANT:
        return "–"
    if v is None:
        return ""
    return str(v)


def _fmt_avg(x) -> str:
    return "" if x is None else f"{x:.1f}".replace(".", ",")


class PlanDocument(PlanPart5, medx.EditionCounts, Document):
    def __init__(self, s: Snapshot, med: bool = False, version_label: str | None = None):
        self.s = s
        self.med = med
        self.version_label = version_label
        self.reqs = requirements.check(s)
        self.missing = [r for r in self.reqs if not r.met]
        self.active = s.active_employees
        self.comps = s.competences
        self.cov = rules.coverage(self.comps, s.employees, s.current, s.today)
        self.number = {c.id: i for i, c in enumerate(self.comps, 1)}
        self.red = med_names(s) if med else identity
        # the MED version has no per-person columns in any form (see med_edition)
        self.columns = [] if med else [(e, e.initials) for e in self.active]
        p = s.profile
        name = p.get("navn", "") or "Tilbud"
        title = f"{texts.PLAN_TITLE} – {name}"
        if med:
            title += " – MED-udgave"
        super().__init__(
            title=title,
            subject=f"{texts.PLAN_TITLE} for {name}" + (
                f", planperiode {p.get('periode', '').strip()}" if p.get("periode", "").strip() else ""),
            author=name if med else (p.get("leder", "") or name),
            draft=bool(self.missing),
            # the leader's version holds names and individual levels: confidential on every page
            footer=(f"{texts.PLAN_TITLE} · {name} · MED-udgave" if med
                    else f"{texts.CONFIDENTIAL_FOOTER} · {texts.PLAN_TITLE} · {name}"),
            keywords="kompetenceudvikling, MED, kvalitetsmodel",
        )

    # ------------------------------------------------------------------ helpers
    def t(self, text) -> str:
        """User text for this edition (redacted in the MED version)."""
        return self.red(text or "")

    def pf(self, key: str) -> str:
        return self.t(self.s.profile.get(key, ""))

    def pfield(self, key: str) -> list:
        return self.field(texts.PROFILE_LABELS[key], self.pf(key))

    def team_mark(self, c) -> str:
        """After a competence that must be covered in every team: which teams lack it, or that all have it."""
        if not c.per_team:
            return ""
        from ..domain import team_coverage

        counts = team_coverage.cover_counts(self.s, c)
        missing = [self.t(t.name) for t in self.s.teams if counts.get(t.id, 1) == 0]
        return (" – skal dækkes i hvert team; mangler i " + ", ".join(missing) if missing
                else " – skal dækkes i hvert team; dækket")

    def dated_field(self, key: str) -> list:
        """A MED evaluation: its text with the date it was made ("Ikke beskrevet." without one)."""
        text = self.pf(key)
        day = self.t(self.s.profile.get(f"{key}_dato", "")).strip()
        if text.strip() and day:
            text = f"{day}: {text}"
        return self.field(texts.PROFILE_LABELS[key], text)

    def cp(self, text, style="cell") -> Paragraph:
        return CellParagraph(esc(text), self.styles[style])

    def cm(self, markup, style="cell") -> Paragraph:
        return CellParagraph(markup, self.styles[style])

    def section(self, n: int) -> list:
        return [self.h1(f"{n}. {texts.PLAN_SECTIONS[n - 1]}", key=f"sec{n}")]

    # ------------------------------------------------------------------ story
    def story(self) -> list:
        st = []
        st += self.front_page()
        st += self.part2()
        st += self.part3()
        st += self.part4()
        st += self.part5()
        st += self.part6()
        st += self.part7()
        st += self.part8()
        st += self.part9()
        st += self.part10()
        if not self.med:
            st += self.staff_list()
        return st

    # 1 ------------------------------------------------------------------------
    def front_page(self) -> list:
        s, p = self.s, self.s.profile
        # the cover is part 1 (the contents and the check cite "Afsnit 1"): its title is the anchor
        st = [self.spacer(30 * mm), Heading(texts.PLAN_TITLE, self.styles["title"], 0, "sec1")]
        st.append(self.p(p.get("navn", ""), "subtitle"))
        if p.get("paragraf"):
            st.append(self.p(p.get("paragraf")))
        if p.get("adresse"):
            st.append(self.p(p.get("adresse")))
        st.append(self.spacer(10 * mm))
        med_dates = [m.held_on for m in s.med if m.held_on <= s.today]
        mstat = rules.med_status(med_dates, s.today)
        rows = [
            ["Planperiode", self.p(p.get("periode", "") or "Ikke angivet", "cover")],
            ["Version", self.p(self.version_label or "Arbejdsudgave (ikke behandlet i MED)", "cover")],
            ["Dato", format_date(s.today)],
            ["Tilbudsleder", self.p(p.get("leder", "") or "Ikke angivet", "cover")],
            ["Udgave", texts.PLAN_MED_EDITION if self.med else texts.PLAN_LEADER_EDITION],
            ["Drøftet i MED", self.p(", ".join(format_date(d) for d in sorted(med_dates)) or "Endnu ikke drøftet",
                                     "cover")],
        ]
        if mstat.next_due:
            rows.append(["Næste drøftelse i MED", f"senest {format_date(mstat.next_due)}"])
        t = Table(rows, colWidths=[48 * mm, 110 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 10),
            ("FONT", (0, 0), (0, -1), FONT_BOLD, 10),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        st.append(t)
        st.append(self.spacer(8 * mm))
        if self.missing:
            st.append(self.markup(
                "<b>UDKAST.</b> " + esc(texts.PLAN_CHECKLIST_MET.format(
                    met=len(self.reqs) - len(self.missing), total=len(self.reqs))) + " Det mangler:", "draft"))
            # a long list would push the contents off the front page: the rest is in part 9's check
            shown = self.missing if len(self.missing) <= FRONT_MISSING_MAX else self.missing[:FRONT_MISSING_MAX - 1]
            for r in shown:
                st.append(self.markup(
                    f"• {esc(texts.requirement_text(r))} "
                    f"<font color='#5f6b76'>(ret under {esc(texts.PAGE_LABELS.get(r.page, r.page))})</font>",
                    "body"))
            if len(shown) < len(self.missing):
                st.append(self.p(texts.PLAN_MORE_MISSING.format(
                    n=texts.count_noun(len(self.missing) - len(shown), "krav", "krav")), "body"))
        else:
            st.append(self.p(texts.PLAN_CHECKLIST_MET.format(met=len(self.reqs), total=len(self.reqs)), "note"))
            # the checklist is the program's: the guideline's points it cannot check are the leader's
            # (a draft lists what is missing here instead; part 9 has both)
            st += self.leader_points()
        if self.med:
            st.append(self.spacer(3 * mm))
            st.append(self.p(texts.MED_PRIVACY_NOTE, "note"))
        st.append(self.spacer(6 * mm))
        st.append(self.h3("Indhold"))
        entries = [(f"{i}. {title}", f"sec{i}") for i, title in enumerate(texts.PLAN_SECTIONS, 1)]
        if not self.med:
            entries.append((texts.PLAN_STAFF_LIST_NUMBERED, "staff"))
        st.append(ContentsList(entries, self.styles["small"], 150 * mm))
        st.append(PageBreak())
        return st

    # 2 ------------------------------------------------------------------------
    def part2(self) -> list:
        st = self.section(2)
        for key in ("malgruppe", "malsaetning", "faglige_tilgange"):
            st += self.pfield(key)
        st.append(self.h2(texts.PLAN_FUTURE_HEADING))
        for key in ("fremtidige_opgaver", "fremtidig_malsaetning", "fremtidige_metoder"):
            st += self.pfield(key)
        st.append(self.h2("Planens formål og arbejdsform"))
        for key in ("retningslinje_formaal", "retningslinje_hvordan"):
            st += self.pfield(key)
        return st

    # 3 ------------------------------------------------------------------------
    def part3(self) -> list:
        s = self.s
        st = [CondPageBreak(60 * mm)] + self.section(3)
        n_active = len(self.active)
        st.append(self.p(
            f"Tilbuddet har {texts.count_noun(n_active, 'aktiv medarbejder', 'aktive medarbejdere')} og en "
            f"kompetenceprofil med {texts.count_noun(len(self.comps), 'kompetence', 'kompetencer')} i fire kategorier. Kompetencerne vurderes på Socialstyrelsens "
            "skala fra 1 til 5. Det aktuelle niveau er den seneste vurdering fra leder eller MUS; "
            "medarbejdernes selvvurdering indgår ikke i matrixen."))
        st.append(self.h2("Medarbejdersammensætning"))
        mix = rules.education_mix(s.employees, s.today)
        rows = [["Uddannelsesniveau", "Antal", "Andel"]]
        if self.med:  # levels held by fewer than three are grouped: a lone nurse is not a row
            groups = medx.education_groups(s.employees, s.today)
        else:
            groups = [(texts.EDUCATION_LABELS[code], mix[code]) for code in texts.EDUCATION_LABELS if mix.get(code)]
        shown = self.parts([k for _l, k in groups])
        for (label, k), txt in zip(groups, shown):
            if self.small(k) or not txt.isdigit():
                rows.append([label, txt, ""])
            else:
                rows.append([label, txt, f"{round(100 * k / max(1, n_active))} %"])
        rows.append(["I alt", str(n_active), "100 %" if n_active else ""])
        t = self.table(rows, [80 * mm, 25 * mm, 25 * mm], align_right_from=1,
                       extra=[("FONT", (0, -1), (-1, -1), FONT_BOLD, 8),
                              ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)])
        st.append(t)
        share = rules.unskilled_share(s.employees, s.today)
        if share is not None:
            if self.small(mix.get("ufaglaert", 0)):
                st.append(self.p("Ufaglærte: under 3 medarbejdere.", "small"))
            else:
                st.append(self.p(f"Andel ufaglærte: {round(share * 100)} %.", "small"))
        st.append(self.h2("Skalaen"))
        scale = [["Niveau", "Betegnelse", "Betydning"]] + [
            [str(k), texts.LEVEL_LABELS[k], self.cp(texts.LEVEL_MEANINGS[k])] for k in range(1, 6)
        ]
        st.append(self.table(scale, [18 * mm, 40 * mm, 110 * mm]))

        # the matrix (landscape) ------------------------------------------------
        profile_title = "Kompetenceprofil: " + (s.profile.get("navn", "") or "tilbuddet")
        if not self.comps or not (self.active or self.med):
            # nothing to put in a matrix: say why, on this page (no landscape page with an empty table)
            st.append(self.h2(profile_title))
            st.append(self.p(texts.PLAN_EMPTY["no_competences" if not self.comps else "no_staff"], "note"))
            st += self.part3_summaries()
            return st
        st += self.to_landscape()
        st.append(self.h2(profile_title))
        if self.med:
            st.append(self.p(texts.MED_MATRIX_INTRO, "small"))
            st.append(self.med_matrix())
        else:
            st += self.person_matrix()
        if self.columns:
            st.append(self.legend())

        st += self.to_portrait()
        st += self.part3_summaries()
        return st

    def part3_summaries(self) -> list:
        """Sårbarhed, gaps per category and the spind (portrait)."""
        s = self.s
        st = []
        if not self.comps:
            st.append(self.h2("Sårbarhed, kompetencebehov og kompetencespind"))
            st.append(self.p(texts.PLAN_EMPTY["no_summaries"], "note"))
            return st
        st.append(self.h2("Sårbarhed"))
        st.append(self.p(texts.VULNERABILITY_EXPLAINED))
        counts = Counter(c.vulnerability for c in self.cov.values())
        rows = [["Sårbarhed", "Antal kompetencer"]] + [
            [texts.VULNERABILITY_LABELS[v], str(counts.get(v, 0))] for v in rules.VULNERABILITIES
        ]
        st.append(self.table(rows, [50 * mm, 40 * mm], align_right_from=1,
                             extra=self._vuln_col_style(rows, 0)))
        risky = [c for c in self.comps if self.cov[c.id].vulnerability in (rules.VULN_CRITICAL, rules.VULN_HIGH)]
        if risky:
            st.append(self.h3("Kompetencer med kritisk eller høj sårbarhed"))
            rows = [["Nr.", "Kompetence", "Kategori", "På niveau", "Sårbarhed"]]
            for c in risky:
                cv = self.cov[c.id]
                rows.append([str(self.number[c.id]), self.cp(self.t(c.name)), texts.CATEGORY_SHORT[c.category],
                             self.n(cv.meeting), texts.VULNERABILITY_LABELS[cv.vulnerability]])
            st.append(self.table(rows, [12 * mm, 88 * mm, 30 * mm, 20 * mm, 24 * mm],
                                 extra=self._vuln_col_style(rows, 4)))
        else:
            st.append(self.p("Ingen kompetencer har kritisk eller høj sårbarhed.", "note"))

        st.append(self.h2("Kompetencebehov pr. kategori"))
        sums = rules.category_summaries(self.comps, s.employees, s.current, s.today)
        prev = {c.category: c for c in rules.category_summaries(self.comps, s.employees, s.year_ago, s.today)}
        rows = [[self.cm(f"<b>{h}</b>") for h in (
            "Kategori", "Antal komp.", "Forv. gns.", "Aktuelt gns.", "For et år siden", "På niveau",
            "Under niveau", "Ikke vurderet", "Manglende niveauer")]]
        for cs in sums:
            rows.append([texts.CATEGORY_LABELS[cs.category], str(cs.competences), _fmt_avg(cs.expected_avg),
                         _fmt_avg(cs.current_avg), _fmt_avg(prev[cs.category].current_avg), str(cs.cells_meeting),
                         str(cs.cells_below), str(cs.cells_not_assessed), str(cs.total_gap)])
        st.append(self.table(rows, [42 * mm, 15 * mm, 16 * mm, 17 * mm, 17 * mm, 16 * mm, 16 * mm, 17 * mm, 18 * mm],
                             align_right_from=1))
        st.append(self.p(
            "Gennemsnit tages først pr. kompetence og derefter over kategoriens kompetencer. "
            "Manglende niveauer er summen af de niveauer, som vurderingerne under det forventede mangler. "
            "Tallene for vurderinger tæller celler (medarbejder × kompetence).", "small"))

        st.append(self.h2("Kompetencespind"))
        st += self.spind()
        return st

    def _vuln_col_style(self, rows, col):
        out = []
        inv = {v: k for k, v in texts.VULNERABILITY_LABELS.items()}
        for r, row in enumerate(rows[1:], 1):
            code = inv.get(row[col])
            if code:
                out.append(("BACKGROUND", (col, r), (col, r), VULN_FILL[code]))
                out.append(("TEXTCOLOR", (col, r), (col, r), VULN_INK[code]))
        return out

    def person_matrix(self) -> list:
        """Socialstyrelsen's layout, staff columns split into chunks of MAX_COLS_PER_PAGE."""
        cols = self.columns
        if not cols:
            return [self.p("Der er ingen aktive medarbejdere at vise.", "note")]
        chunks = [cols[i:i + MAX_COLS_PER_PAGE] for i in range(0, len(cols), MAX_COLS_PER_PAGE)]
        out = []
        for k, chunk in enumerate(chunks):
            if len(chunks) > 1:
                if k:  # the next part follows on the same page when there is room: no near-empty pages
                    out.append(CondPageBreak(45 * mm))
                first = k * MAX_COLS_PER_PAGE + 1
                # not keepWithNext: a heading kept with a table taller than a page forces a page
                # break (reportlab's KeepTogether); the CondPageBreak above keeps it off a page foot
                out.append(Paragraph(esc(f"Medarbejdere {first}–{first + len(chunk) - 1} af {len(cols)} "
                                         f"(del {k + 1} af {len(chunks)})"), self._chunk_head_style()))
            out.append(self._matrix_table(chunk))
        return out

    def _chunk_head_style(self):
        from reportlab.lib.styles import ParagraphStyle

        return ParagraphStyle("chunk_head", parent=self.styles["h3"], keepWithNext=0)

    def _matrix_table(self, chunk) -> Table:
        s = self.s
        width = self.landscape_width
        exp_w, vul_w = 17 * mm, 19 * mm
        col_w = min(9 * mm, (width - 75 * mm - exp_w - vul_w) / max(1, len(chunk)))
        name_w = width - exp_w - vul_w - col_w * len(chunk)
        name_w = min(name_w, 120 * mm)
        head = [self.cm(f"<b>{texts.MATRIX_HEAD_COMPETENCE}</b>"), self.cm(f"<b>{texts.MATRIX_HEAD_EXPECTED}</b>", "headc")]
        head += [label for _e, label in chunk]
        head.append(self.cm(f"<b>{texts.MATRIX_HEAD_VULNERABILITY}</b>", "headc"))
        rows = [head]
        n_cols = len(head)
        widest = max((stringWidth(lab, FONT_BOLD, 7) for _e, lab in chunk), default=0)
        head_size = 7 if widest <= col_w - 2 else max(4.5, 7 * (col_w - 2) / widest)
        cmds = [
            ("FONT", (0, 0), (-1, -1), FONT, 7.5),
            ("FONT", (2, 0), (-2, 0), FONT_BOLD, head_size),

            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
            ("GRID", (0, 0), (-1, -1), 0.25, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (2, 0), (-2, 0), 0.5),
            ("RIGHTPADDING", (2, 0), (-2, 0), 0.5),
        ]
        cur = s.current
        for cat in CATEGORIES:
            cs = [c for c in self.comps if c.category == cat]
            r = len(rows)
            rows.append([texts.CATEGORY_LABELS[cat]] + [""] * (n_cols - 1))
            cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_BG),
                     ("FONT", (0, r), (-1, r), FONT_BOLD, 8), ("ALIGN", (0, r), (-1, r), "LEFT")]
            if not cs:
                rows.append([self.cp("Ingen kompetencer i denne kategori.", "cell")] + [""] * (n_cols - 1))
                cmds.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
                continue
            for c in cs:
                r = len(rows)
                label = f"{self.number[c.id]}. {self.t(c.name)}" + self.team_mark(c)
                # a plain string is ~10× cheaper than a Paragraph: use it when the name fits one line
                fits = stringWidth(label, FONT, 7.5) <= name_w - 5 and "\n" not in label
                row = [label if fits else self.cp(label), str(c.expected_level)]
                run_cls, run_start = None, 2
                for j, (e, _label) in enumerate(chunk):
                    v = cur.get((e.id, c.id))
                    row.append(_cell_text(v))
                    cls = rules.gap_class(c.expected_level, v)
                    if cls != run_cls:
                        if run_cls not in (None, "not_assessed"):
                            cmds.append(("BACKGROUND", (run_start, r), (1 + j, r), GAP_FILL[run_cls]))
                        if run_cls in ("one_below", "two_below"):
                            cmds.append(("FONT", (run_start, r), (1 + j, r), FONT_BOLD, 7.5))
                        run_cls, run_start = cls, 2 + j
                last = 1 + len(chunk)
                if run_cls not in (None, "not_assessed"):
                    cmds.append(("BACKGROUND", (run_start, r), (last, r), GAP_FILL[run_cls]))
                if run_cls in ("one_below", "two_below"):
                    cmds.append(("FONT", (run_start, r), (last, r), FONT_BOLD, 7.5))
                vul = self.cov[c.id].vulnerability
                row.append(texts.VULNERABILITY_LABELS[vul])
                cmds += [("BACKGROUND", (-1, r), (-1, r), VULN_FILL[vul]),
                         ("TEXTCOLOR", (-1, r), (-1, r), VULN_INK[vul]),
                         ("FONT", (-1, r), (-1, r), FONT_BOLD if vul in ("kritisk", "hoej") else FONT, 7.5)]
                rows.append(row)
        t = Table(rows, colWidths=[name_w, exp_w] + [col_w] * len(chunk) + [vul_w], repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle(cmds))
        return t

    def med_matrix(self) -> Table:
        """Per competence: expected level, how many at or above it, one below, two or more below,
        not assessed — counts of 1 or 2 as "under 3" — and the sårbarhed."""
        width = self.landscape_width
        num_w = 24 * mm
        name_w = width - 6 * num_w
        head = [self.cm(f"<b>{texts.MATRIX_HEAD_COMPETENCE}</b>")] + [
            self.cm(f"<b>{h}</b>", "cellc") for h in (
                texts.MATRIX_HEAD_EXPECTED, texts.MATRIX_HEAD_MEETING, texts.MED_HEAD_ONE_BELOW,
                texts.MED_HEAD_TWO_BELOW, texts.MATRIX_HEAD_NOT_ASSESSED, texts.MATRIX_HEAD_VULNERABILITY)
        ]
        rows = [head]
        cmds = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
            ("GRID", (0, 0), (-1, -1), 0.25, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        dist = {d.competence_id: d for d in medx.distributions(self.s)}
        for cat in CATEGORIES:
            r = len(rows)
            rows.append([texts.CATEGORY_LABELS[cat]] + [""] * 6)
            cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_BG),
                     ("FONT", (0, r), (-1, r), FONT_BOLD, 8.5), ("ALIGN", (0, r), (-1, r), "LEFT")]
            for c in (c for c in self.comps if c.category == cat):
                d = dist[c.id]
                r = len(rows)
                rows.append([self.cp(f"{self.number[c.id]}. {self.t(c.name)}" + self.team_mark(c)),
                             str(c.expected_level), *d.shown(), texts.VULNERABILITY_LABELS[d.vulnerability]])
                cmds += [("BACKGROUND", (-1, r), (-1, r), VULN_FILL[d.vulnerability]),
                         ("TEXTCOLOR", (-1, r), (-1, r), VULN_INK[d.vulnerability])]
                if d.one_below:
                    cmds.append(("BACKGROUND", (3, r), (3, r), GAP_FILL["one_below"]))
                if d.two_below:
                    cmds += [("BACKGROUND", (4, r), (4, r), GAP_FILL["two_below"]),
                             ("FONT", (4, r), (4, r), FONT_BOLD, 8)]
        t = Table(rows, colWidths=[name_w, num_w] + [num_w] * 5, repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle(cmds))
        return t

    def legend(self) -> KeepTogether:
        sw = []
        cmds = [("FONT", (0, 0), (-1, -1), FONT, 7.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        examples = {"meets": "3", "one_below": "2", "two_below": "1", "not_relevant": "–", "not_assessed": ""}
        for i, (cls, label) in enumerate(texts.GAP_LEGEND.items()):
            sw += [examples[cls], label]
            col = 2 * i
            cmds += [("BACKGROUND", (col, 0), (col, 0), GAP_FILL[cls]), ("BOX", (col, 0), (col, 0), 0.3, RULE),
                     ("ALIGN", (col, 0), (col, 0), "CENTER")]
            if cls in ("one_below", "two_below"):
                cmds.append(("FONT", (col, 0), (col, 0), FONT_BOLD, 7.5))
        t = Table([sw], colWidths=[6 * mm, 48 * mm, 6 * mm, 40 * mm, 6 * mm, 46 * mm, 6 * mm, 30 * mm, 6 * mm, 30 * mm],
                  hAlign="LEFT")
        t.setStyle(TableStyle(cmds))
        scale = " · ".join(f"{k} {texts.LEVEL_LABELS[k]}" for k in range(1, 6))
        return KeepTogether([self.spacer(3 * mm), t,
                             self.p(f"Niveauer: {scale}. Tallet i cellen er det aktuelle niveau; fed skrift og "
                                    "farve viser, at niveauet er under det forventede.", "small")])

    def spind(self) -> list:
        """The category spind as small multiples — the tilbud against the expected level, then each
        team against both (never more than three series in one chart) — and the spind per
        competence with a key of the competences' names beside the numbers on its axes."""
        s = self.s
        sums = rules.category_summaries(self.comps, s.employees, s.current, s.today)
        labels = [texts.CATEGORY_SHORT[c.category] for c in sums]
        expected = vc.Series("Forventet niveau", [c.expected_avg for c in sums], **vc.REQUIRED_STYLE)
        whole = vc.Series("Hele tilbuddet (gns.)", [c.current_avg for c in sums], **vc.SERIES_STYLES[0])
        w = self.frame_width / 2 - 2 * mm
        charts = [(texts.PLAN_SPIND_WHOLE, vc.radar(labels, [expected, whole], width=w, height=72 * mm,
                                                       label_room=58))]
        for k, team in enumerate(s.teams, 1):
            members = [e for e in s.employees if e.team_id == team.id]
            active = [e for e in members if e.is_active(s.today)]
            # a team average in the MED version describes its people: only for teams of three or more
            if not active or (self.med and medx.is_small(len(active))):
                continue
            ts = rules.category_summaries(self.comps, members, s.current, s.today)
            team_series = vc.Series(self.t(team.name), [c.current_avg for c in ts],
                                    **vc.SERIES_STYLES[min(k, len(vc.SERIES_STYLES) - 1)])
            charts.append((self.t(team.name), vc.radar(labels, [expected, whole, team_series], width=w,
                                                        height=72 * mm, label_room=58)))
        cells = [[self.p(title, "h3"), chart] for title, chart in charts]
        grid = []
        for i in range(0, len(cells), 2):
            pair = cells[i:i + 2]
            grid.append(list(pair) + ([""] if len(pair) == 1 else []))
        t = Table(grid, colWidths=[self.frame_width / 2] * 2, hAlign="LEFT")
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out = [self.p(texts.PLAN_SPIND_INTRO, "small"), t]
        if 3 <= len(self.comps) <= 40:
            avgs = []
            for c in self.comps:
                vals = [s.current.get((e.id, c.id)) for e in self.active]
                vals = [v for v in vals if v is not None and v is not rules.NOT_RELEVANT]
                avgs.append(sum(vals) / len(vals) if vals else None)
            d = vc.radar([str(self.number[c.id]) for c in self.comps],
                         [vc.Series("Forventet niveau", [c.expected_level for c in self.comps], **vc.REQUIRED_STYLE),
                          vc.Series("Tilbuddets gennemsnit", avgs, **vc.SERIES_STYLES[0])],
                         width=self.frame_width * 0.58, height=100 * mm, label_room=20)
            key = [[self.cm(f"<b>{self.number[c.id]}</b>", "small"), self.cp(self.t(c.name), "small")]
                   for c in self.comps]
            kt = Table(key, colWidths=[7 * mm, self.frame_width * 0.42 - 9 * mm], hAlign="LEFT")
            kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0.3),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
            both = Table([[d, kt]], colWidths=[self.frame_width * 0.58, self.frame_width * 0.42], hAlign="LEFT")
            both.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            out += [CondPageBreak(110 * mm), self.p(texts.PLAN_SPIND_PER_COMPETENCE, "small"), both]
        return out

    # 4 ------------------------------------------------------------------------
    def part4(self) -> list:
        s = self.s
        st = [CondPageBreak(90 * mm)] + self.section(4)
        st.append(self.p(
            "Samlet kompetencebehov ud fra matrixen: de kompetencer, hvor medarbejdere er under det forventede "
            "niveau, eller hvor for få har kompetencen, og hvordan planen dækker de temaer, retningslinjen "
            "nævner. Forventede fremtidige opgaver og nye målgrupper er beskrevet i afsnit 2."))
        acts_by_comp: dict[int, list[str]] = {}
        for a in s.activities:
            if a.status == "aflyst":
                continue
            for cid in a.competence_ids:
                acts_by_comp.setdefault(cid, []).append(self.t(a.title))
        gap_of: dict[int, int] = {}
        for c in self.comps:
            g = 0
            for e in self.active:
                x = rules.gap(c.expected_level, s.current.get((e.id, c.id)))
                g += x or 0
            gap_of[c.id] = g
        needs = [c for c in self.comps if self.cov[c.id].below or self.cov[c.id].vulnerability in ("kritisk", "hoej")]
        needs.sort(key=lambda c: (VULN_ORDER[self.cov[c.id].vulnerability], -gap_of[c.id], self.number[c.id]))
        st.append(self.h2("Kompetencer med udviklingsbehov"))
        limit = 30
        if needs:
            rows = [[self.cm("<b>Nr.</b>"), self.cm("<b>Kompetence</b>"), self.cm("<b>Forventet</b>"),
                     self.cm("<b>Under niveau</b>"), self.cm("<b>Manglende niveauer</b>"), self.cm("<b>Sårbarhed</b>"),
                     self.cm("<b>Aktiviteter i planen</b>")]]
            for c in needs[:limit]:
                cv = self.cov[c.id]
                acts = acts_by_comp.get(c.id)
                rows.append([str(self.number[c.id]), self.cp(self.t(c.name)), str(c.expected_level), self.n(cv.below),
                             str(gap_of[c.id]), texts.VULNERABILITY_LABELS[cv.vulnerability],
                             self.cp("; ".join(acts)) if acts else self.cm("<i>Ingen aktivitet planlagt</i>")])
            st.append(self.table(rows, [10 * mm, 54 * mm, 18 * mm, 15 * mm, 14 * mm, 21 * mm, 42 * mm],
                                 extra=self._vuln_col_style(rows, 5)))
            if len(needs) > limit:
                st.append(self.p(f"… og {texts.count_noun(len(needs) - limit, 'kompetence', 'kompetencer')} mere med "
                                 "udviklingsbehov (se matrixen).",
                                 "small"))
        elif not self.comps:
            st.append(self.p(texts.PLAN_EMPTY["no_competences_needs"], "note"))
        elif not self.active:
            st.append(self.p(texts.PLAN_EMPTY["no_staff_needs"], "note"))
        else:
            st.append(self.p("Alle vurderede medarbejdere er på det forventede niveau.", "note"))

        st.append(self.h2("Temaer i retningslinjen"))
        rows = [[self.cm("<b>Tema</b>"), self.cm("<b>Kompetencer med temaet</b>"), self.cm("<b>Status</b>"),
                 self.cm("<b>Aktiviteter</b>")]]
        for topic in TOPICS:
            cs = [c for c in self.comps if topic in c.tags]
            if not cs:
                rows.append([self.cp(topic.capitalize()), self.cm("<i>Ingen kompetencer er knyttet til temaet</i>"),
                             "", ""])
                continue
            status = []
            for c in cs:
                cv = self.cov[c.id]
                status.append(texts.topic_status(self.number[c.id], self.n(cv.meeting),
                                                 texts.VULNERABILITY_LABELS[cv.vulnerability]))
            acts = sorted({a for c in cs for a in acts_by_comp.get(c.id, [])})
            rows.append([self.cp(topic.capitalize()),
                         self.cp("; ".join(f"{self.number[c.id]}. {self.t(c.name)}" for c in cs)),
                         self.cp("\n".join(status)),
                         self.cp("; ".join(acts)) if acts else self.cm("<i>Ingen aktivitet</i>")])
        st.append(self.table(rows, [32 * mm, 62 * mm, 42 * mm, 38 * mm]))
        return st

    # 5 ------------------------------------------------------------------------
    # 6 ------------------------------------------------------------------------
    def part6(self) -> list:
        s = self.s
        st = [CondPageBreak(70 * mm)] + self.section(6)
        st += self.pfield("supervision_ledelse")
        st += self.pfield("supervision_medarbejdere")
        year_ago = rules.add_months(s.today, -12)
        recent = [x for x in s.supervision if year_ago <= x.held_on <= s.today]
        st.append(self.h3("Afholdt inden for de seneste 12 måneder"))
        if recent:
            rows = [["For", "Antal", "Seneste", "Leverandør"]]
            for aud in ("ledelse", "medarbejdere"):
                xs = [x for x in recent if x.audience == aud]
                if xs:
                    rows.append([texts.SUPERVISION_AUDIENCE_LABELS[aud], str(len(xs)),
                                 format_date(max(x.held_on for x in xs)),
                                 self.cp(", ".join(sorted({self.t(x.provider) for x in xs if x.provider})))])
            st.append(self.table(rows, [32 * mm, 16 * mm, 24 * mm, 100 * mm]))
        else:
            st.append(self.p("Der er ikke registreret supervision inden for de seneste 12 måneder.", "note"))
        return st

    # 7 ------------------------------------------------------------------------
    def part7(self) -> list:
        s = self.s
        st = [CondPageBreak(70 * mm)] + self.section(7)
        by_emp = s.mus_dates()
        n, m = rules.mus_held_within(s.employees, by_emp, s.today)
        st.append(self.h2("Medarbejderudviklingssamtaler (MUS)"))
        st.append(self.markup(
            f"Af de {m} aktive medarbejdere har <b>{esc(self.of(n, m))}</b> haft MUS inden for de seneste "
            "12 måneder.", "body"))
        cnt = Counter()
        late = []
        new_hires = 0
        for e in self.active:
            # as the Overblik and the Medarbejder page: a new hire's first MUS is due a year in
            ms = rules.mus_status(by_emp.get(e.id, []), s.today, e.start_date)
            cnt[ms.status] += 1
            if ms.status in ("forfalden", "aldrig"):
                late.append(e.initials)
            elif ms.last is None:
                new_hires += 1
        if new_hires:
            st.append(self.p(texts.mus_new_hires(new_hires) if not self.small(new_hires)
                             else texts.MED_NEW_HIRES_SMALL, "small"))
        keys = ("ok", "snart", "forfalden", "aldrig")
        rows = [["MUS-status", "Antal medarbejdere"]] + [
            [texts.DUE_LABELS[k], v] for k, v in zip(keys, self.parts([cnt.get(k, 0) for k in keys]))
        ]
        st.append(self.table(rows, [50 * mm, 40 * mm], align_right_from=1))
        if late and not self.med:
            st.append(self.p("MUS mangler eller er forfalden: " + ", ".join(late), "small"))
        st.append(self.p(texts.MUS_CALLER_LINE.format(who=self.t(requirements.mus_caller(s.profile)))))
        st += self.pfield("med_ramme_mus")
        st += self.dated_field("med_evaluering_mus")

        st.append(self.h2("Skriftlige udviklingsaftaler"))
        latest = {}
        for rec in s.mus:
            if rec.held_on <= s.today and (rec.employee_id not in latest or rec.held_on >= latest[rec.employee_id].held_on):
                latest[rec.employee_id] = rec
        with_agreement = [e for e in self.active if e.id in latest and latest[e.id].agreement.strip()]
        st.append(self.markup(
            f"Af de {len(self.active)} aktive medarbejdere har <b>{esc(self.of(len(with_agreement), len(self.active)))}"
            "</b> en skriftlig udviklingsaftale fra deres seneste MUS.", "body"))
        status = Counter((latest[e.id].agreement_status or "ikke angivet") for e in with_agreement)
        if status:
            items = sorted(status.items())
            rows = [["Aftalens status", "Antal"]] + [
                [self.t(k).capitalize(), v] for (k, _n), v in zip(items, self.parts([n for _k, n in items]))]
            st.append(self.table(rows, [50 * mm, 40 * mm], align_right_from=1))
        goals = s.learning_goals
        indiv = sum(1 for g in goals if g.employee_id is not None)
        org = len(goals) - indiv
        st.append(self.p(f"Der er registreret {len(goals)} læringsmål efter Socialstyrelsens skabelon "
                         f"({indiv} for enkelte medarbejdere, {org} for tilbuddet som helhed)."))
        year_ago = rules.add_months(s.today, -12)
        logs = [lg for lg in s.logbook if year_ago <= lg.entry_date <= s.today]
        # the staff the plan counts: a former colleague's notes are said as such, not added to them
        active_ids = {e.id for e in self.active}
        writers = len({lg.employee_id for lg in logs if lg.employee_id in active_ids})
        former = len({lg.employee_id for lg in logs if lg.employee_id not in active_ids})
        line = (f"Logbog: {texts.count_noun(len(logs), 'notat', 'notater')} inden for de seneste 12 måneder fra "
                f"{self.nn(writers, 'aktiv medarbejder', 'aktive medarbejdere')}")
        if former:
            line += f" og {self.nn(former, 'tidligere medarbejder', 'tidligere medarbejdere')}"
        st.append(self.p(line + "."))

        st.append(self.h2("Vidensdeling efter kurser"))
        st.append(self.p(self.pf("videndeling")) if self.pf("videndeling").strip()
                  else self.p(texts.REPORT_NOT_DESCRIBED, "note"))
        live = [a for a in s.activities if a.status != "aflyst"]
        agreed = sum(1 for a in live if a.knowledge_sharing.strip())
        if live:
            st.append(self.p(f"Vidensdeling er aftalt for {agreed} af {len(live)} aktiviteter i uddannelsesplanen "
                             "(se afsnit 5).", "small"))
        return st

    # 8 ------------------------------------------------------------------------
    def part8(self) -> list:
        s = self.s
        st = [CondPageBreak(70 * mm)] + self.section(8)
        st += self.pfield("tilrettelaeggelse_teams")
        if s.teams:
            rows = [["Team", "Aktive medarbejdere"]]
            labels = [self.cp(self.t(team.name)) for team in s.teams]
            ns = [sum(1 for e in self.active if e.team_id == team.id) for team in s.teams]
            no_team = sum(1 for e in self.active if e.team_id is None)
            if no_team:
                labels.append("Uden team")
                ns.append(no_team)
            rows += [[lab, v] for lab, v in zip(labels, self.parts(ns))]
            st.append(self.table(rows, [70 * mm, 40 * mm], align_right_from=1))
        st += self.team_cover()
        st += self.pfield("kontaktpersonordning")
        st += self.pfield("vikarer")
        st += self.pfield("studerende")
        return st

    def team_cover(self) -> list:
        """Competences that must be covered in every team: covered or missing per team (the leader
        sees how many; MED only whether — a count per team and competence points at people)."""
        from ..domain import team_coverage

        s = self.s
        marked = [c for c in self.comps if c.per_team]
        teams = [t for t in s.teams if any(e.team_id == t.id for e in self.active)]
        if not marked or not teams:
            return []
        st = [self.h3(texts.PLAN_TEAM_COVER_HEADING), self.p(texts.PLAN_TEAM_COVER_INTRO, "small")]
        rows = [[self.cm("<b>Kompetence</b>")] + [self.cm(f"<b>{esc(self.t(t.name))}</b>", "cellc") for t in teams]]
        extra = [("ALIGN", (1, 1), (-1, -1), "CENTER")]
        for c in marked:
            counts = team_coverage.cover_counts(s, c)
            row = [self.cp(f"{self.number[c.id]}. {self.t(c.name)} (niveau {c.expected_level})")]
            for j, t in enumerate(teams, 1):
                n = counts.get(t.id, 0)
                if n == 0:
                    row.append(texts.PLAN_TEAM_MISSING)
                    extra += [("BACKGROUND", (j, len(rows)), (j, len(rows)), GAP_FILL["two_below"]),
                              ("FONT", (j, len(rows)), (j, len(rows)), FONT_BOLD, 8)]
                else:
                    row.append(texts.PLAN_TEAM_COVERED + ("" if self.med else f" ({n})"))
            rows.append(row)
        name_w = 174 * mm - 28 * mm * len(teams)
        st.append(self.table(rows, [max(60 * mm, name_w)] + [28 * mm] * len(teams), extra=extra))
        return st

    # 9 ------------------------------------------------------------------------
    def part9(self) -> list:
        s = self.s
        st = [CondPageBreak(70 * mm)] + self.section(9)
        st += self.pfield("ansvar_dokumentation")
        st += self.pfield("retningslinje_ansvar")
        st += self.dated_field("med_evaluering_sammenhaeng")
        st.append(self.h2("Planens behandling i MED"))
        meds = [m for m in s.med if m.held_on <= s.today]
        if meds:
            rows = [["Dato", "Evaluering"]] + [[format_date(m.held_on), self.cp(self.t(m.evaluation))] for m in meds]
            st.append(self.table(rows, [26 * mm, 148 * mm]))
        else:
            st.append(self.p("Planen er endnu ikke registreret som drøftet i MED.", "note"))
        st.append(self.h2("Tjek af planens krav"))
        rows = [["Afsnit", "Krav", "Status"]]
        extra = []
        for r in sorted(self.reqs, key=lambda r: r.section):
            i = len(rows)
            rows.append([str(r.section), self.cp(texts.requirement_text(r)), "Opfyldt" if r.met else "Mangler"])
            if not r.met:
                extra += [("TEXTCOLOR", (2, i), (2, i), colors.HexColor("#b03a2e")),
                          ("FONT", (2, i), (2, i), FONT_BOLD, 8)]
        st.append(self.table(rows, [16 * mm, 132 * mm, 26 * mm], extra=extra))
        st += self.leader_points()
        return st

    def leader_points(self) -> list:
        return [self.p(texts.PLAN_LEADER_VOUCHES, "small")] + [
            self.p(f"• {point}", "small") for point in texts.PLAN_LEADER_POINTS]

    # 10 -----------------------------------------------------------------------
    def part10(self) -> list:
        from ..domain import aarshjul

        s = self.s
        st = [PageBreak()] + self.section(10)
        # the coming four quarters, starting with the current one
        q0 = (s.today.month - 1) // 3
        quarters = [((s.today.year * 4 + q0 + k) // 4, (q0 + k) % 4 + 1) for k in range(4)]
        years = sorted({y for y, _q in quarters})
        events = [ev for y in years for ev in aarshjul.year_events(s, y)]
        first, last = quarters[0], quarters[-1]
        import datetime as _dt

        # what is overdue from before the period is still to be done: listed first, not dropped
        self._overdue_before = aarshjul.overdue_before(s, _dt.date(first[0], 3 * first[1] - 2, 1))
        st.append(self.p(
            f"Årshjulet viser de kommende fire kvartaler ({first[1]}. kvartal {first[0]} – "
            f"{last[1]}. kvartal {last[0]}): aktiviteter og opfølgning, obligatoriske kurser, der skal tages "
            "eller fornys, MUS, MED og supervision – hver på sin egen dato. Det, der er forfaldent, er markeret "
            "og står stadig på listen, også fra før perioden."))
        st += self.field(texts.PROFILE_LABELS["retningslinje_hvor_hvornaar"], self.pf("retningslinje_hvor_hvornaar"))
        # a table that overflows its page by a few rows is set a little tighter (as little as
        # suffices), so the appendix doesn't end on a page with three lonely rows
        avail = self.pagesize[1] - self.top_margin - self.bottom_margin
        used = sum(f.wrap(self.frame_width, avail)[1] + f.getSpaceAfter() for f in st[1:])
        for tight in (0, 1, 2):
            table = self._aarshjul_table(quarters, events, tight)
            height = table.wrap(self.frame_width, avail)[1]
            if used + height <= avail or used + height > avail * 1.3:
                break
        st.append(table)
        return st

    #: (font size, leading, cell padding) of the årshjul: normal, tighter, tightest
    AARSHJUL_SETTINGS = ((8, 10, 2.5), (7.5, 9.2, 1.6), (7, 8.4, 1))

    _overdue_before: list = []

    def _aarshjul_table(self, quarters, events, tight: int = 0) -> Table:
        from reportlab.lib.styles import ParagraphStyle

        size, leading, pad = self.AARSHJUL_SETTINGS[tight]
        style = ParagraphStyle(f"cell_aarshjul{tight}", parent=self.styles["cell"], fontSize=size, leading=leading)
        rows = [[self.cm("<b>Dato</b>"), self.cm("<b>Hvad</b>"), self.cm("<b>Type</b>")]]
        extra = [("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        groups = [(texts.AARSHJUL_OVERDUE_BEFORE, self._overdue_before)] if self._overdue_before else []
        groups += [(f"{texts.QUARTERS[q - 1]} {y}", [ev for ev in events if ev.day.year == y and ev.quarter == q])
                   for y, q in quarters]
        for title, evs in groups:
            r = len(rows)
            rows.append([title, "", ""])
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_BG),
                      ("FONT", (0, r), (-1, r), FONT_BOLD, size + 0.5)]
            if not evs:
                rows.append(["", CellParagraph("<i>Intet planlagt</i>", style), ""])
            for ev in evs:
                day = format_date(ev.day)
                if ev.end:
                    day += f"–\n{format_date(ev.end)}"
                if ev.overdue:
                    extra.append(("TEXTCOLOR", (0, len(rows)), (0, len(rows)), colors.HexColor("#b03a2e")))
                rows.append([day, CellParagraph(esc(self._event_text(ev)), style),
                             texts.AARSHJUL_KIND_LABELS.get(ev.kind, ev.kind)])
        return self.table(rows, [24 * mm, 114 * mm, 36 * mm], zebra=False, extra=extra, font_size=size)

    def _event_text(self, ev) -> str:
        if self.med and ev.who:
            ev = _replace_who(ev, len(ev.who))
        return self.t(texts.aarshjul_event_text(ev))

    # leader's staff list --------------------------------------------------------
    def staff_list(self) -> list:
        s = self.s
        st = [PageBreak(), self.h1(texts.PLAN_STAFF_LIST_NUMBERED, key="staff")]
        # the initials the plan prints: the active staff (the matrix's columns) and former staff
        # still named as participants in the training plan
        active_ids = {e.id for e in self.active}
        named = {i for a in s.activities for i in a.participant_ids}
        former = [e for e in s.employees if e.id in named and e.id not in active_ids]
        if not self.active and not former:
            st.append(self.p(texts.PLAN_EMPTY["no_staff_list"], "note"))
            return st
        st.append(self.p(texts.PLAN_STAFF_KEY_INTRO))
        rows = [["Initialer", "Navn", "Stilling", "Team", "Uddannelse", "Ansat"]]
        for e in self.active + former:
            since = format_date(e.start_date)
            if e in former:
                since = texts.PLAN_STAFF_LEFT.format(date=format_date(e.end_date)) if e.end_date else since
            rows.append([e.initials, self.cp(e.name), self.cp(e.job_title), self.cp(s.team_name(e.team_id)),
                         self.cp(texts.EDUCATION_LABELS.get(e.education, e.education)), self.cp(since)])
        st.append(self.table(rows, [16 * mm, 44 * mm, 40 * mm, 26 * mm, 30 * mm, 18 * mm]))
        return st


def _replace_who(ev, n: int):
    """An årshjul event with its initials replaced by a count (MED version: "under 3" for 1–2)."""
    from dataclasses import replace

    return replace(ev, who=(medx.count_noun(n, "medarbejder", "medarbejdere"),))


def render_plan(snapshot: Snapshot, med: bool = False, version_label: str | None = None) -> bytes:
    """The plan as PDF bytes. ``med`` gives the MED version (no person in any form)."""
    return PlanDocument(snapshot, med=med, version_label=version_label).render()
