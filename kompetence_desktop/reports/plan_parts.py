"""Part 5 of the kompetenceudviklingsplan: the training plan, the mandatory courses and the budget.

A mixin of PlanDocument (plan.py) so that the plan's class stays readable; it uses the
document's own paragraph, table and page helpers."""
from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from .. import texts
from ..domain import rules
from ..domain.dates import format_date
from .base import FONT_BOLD, INK, esc


class PlanPart5:
    """The sub-sections of part 5 (Uddannelsesplan, Obligatoriske kurser, Budget)."""

    def part5(self) -> list:
        """Part 5 in its three sub-sections: training plan, mandatory courses, budget."""
        st = self.part5_training_plan()
        st += self.part5_mandatory_courses(bool(self.s.activities))
        st.append(self.h2("Budget"))
        st += self.budget_table()
        return st

    def part5_training_plan(self) -> list:
        """The training-plan table (landscape when there are activities), its key and the 30-30-40 follow-up."""
        s = self.s
        comp_name = {c.id: self.t(c.name) for c in self.comps}
        acts = list(s.activities)
        # the wide training-plan table needs a landscape page; without activities it stays portrait
        st = (self.to_landscape() if acts else [CondPageBreak(70 * mm)]) + self.section(5)
        st.append(self.h2("Uddannelsesplan"))
        if acts:
            w = self.landscape_width
            # in mm on a 261 mm landscape frame; every header word fits its column (no "Medarbejder/e")
            widths = [26, 27, 43, 31, 31, 23, 24, 34, 22]
            scale = w / (sum(widths) * mm)
            widths = [x * mm * scale for x in widths]
            heads = [h.replace("Læringsunderstøttende", "Lærings-<br/>understøttende") for h in texts.PLAN_COLUMNS.values()]
            rows = [[self.cm(f"<b>{h}</b>") for h in heads]]
            developed: set[int] = set()
            for a in acts:
                act_lines = [f"<b>{esc(self.t(a.title))}</b>"]
                meta = " · ".join(x for x in (texts.ACTIVITY_FORM_LABELS.get(a.form, a.form), self.t(a.provider),
                                              self.t(a.extent)) if x)
                if meta:
                    act_lines.append(esc(meta))
                act_lines.append(f"<i>{esc(texts.ACTIVITY_CATEGORY_LABELS.get(a.category, a.category))}</i>")
                if a.competence_ids:
                    # numbers from the matrix, never cut-off names; the names once in the key below
                    nums = sorted(self.number[c] for c in a.competence_ids if c in self.number)
                    developed.update(c for c in a.competence_ids if c in self.number)
                    act_lines.append(f"{texts.PLAN_DEVELOPS} " + esc(", ".join(str(n) for n in nums)))
                res = [esc(self.t(a.resources))] if a.resources else []
                res.append(esc(texts.kroner(a.price_ore)))
                res.append(esc(("Finansieret" + (f" ({self.t(a.funding_source)})" if a.funding_source else ""))
                               if a.funded else "Ikke finansieret"))
                sched = self.t(a.schedule)
                if a.start_date:
                    period = format_date(a.start_date)
                    if a.end_date and a.end_date != a.start_date:
                        period += f"–\n{format_date(a.end_date)}"
                    sched = f"{sched}\n{period}" if sched else period
                rows.append([
                    self.cp(self.people(a.participant_ids)),
                    self.cp(self.t(a.purpose)),
                    self.cm("<br/>".join(act_lines)),
                    self.cp(self.t(a.learning_support)),
                    self.cp(self.t(a.learning_goals)),
                    self.cp(sched),
                    self.cp(self.t(a.responsible)),
                    self.cm("<br/>".join(res)),
                    texts.ACTIVITY_STATUS_LABELS.get(a.status, a.status),
                ])
            st.append(self.table(rows, widths))
            if developed:
                key = [[self.cm("<b>Nr.</b>"), self.cm("<b>Kompetence</b>"), self.cm("<b>Kategori</b>")]]
                for c in sorted(developed, key=lambda c: self.number[c]):
                    comp = next(x for x in self.comps if x.id == c)
                    key.append([str(self.number[c]), self.cp(comp_name[c]), texts.CATEGORY_SHORT[comp.category]])
                st.append(self.h3(texts.PLAN_DEVELOPS_KEY))  # keepWithNext: never alone at a page foot
                st.append(self.table(key, [12 * mm, 150 * mm, 40 * mm]))
            st.append(self.h2("Vidensdeling og opfølgning (30-30-40)"))
            rows = [[self.cm("<b>Aktivitet</b>"), self.cm("<b>Forventninger aftalt før</b>"),
                     self.cm("<b>Vidensdeling bagefter</b>"), self.cm("<b>Opfølgning</b>"),
                     self.cm("<b>Evaluering</b>")]]
            for a in acts:
                rows.append([self.cp(self.t(a.title)), self.cp(self.t(a.expectations_before)),
                             self.cp(self.t(a.knowledge_sharing)), format_date(a.followup_date),
                             self.cp(self.t(a.evaluation)) if a.evaluation else
                             self.cm("<i>Afventer</i>" if a.followup_date and a.followup_date > s.today
                                     else "<i>Ikke evalueret</i>")])
            st.append(self.table(rows, [w * f for f in (0.2, 0.2, 0.25, 0.09, 0.26)]))
        else:
            st.append(self.p("Der er endnu ingen aktiviteter i uddannelsesplanen.", "note"))

        return st

    def part5_mandatory_courses(self, acts: bool) -> list:
        """Status of the active mandatory courses; back to portrait after a landscape training plan."""
        s = self.s
        st: list = []
        if acts:
            st += self.to_portrait()
        st.append(self.h2("Obligatoriske kurser"))
        types = [ct for ct in s.course_types if ct.active]
        if types:
            n_act = len(self.active)
            who = "den aktive medarbejder" if n_act == 1 else f"de {n_act} aktive medarbejdere"
            st.append(self.p(f"Status for {who} pr. {format_date(s.today)}.",
                             "small"))
            head = ["Kursus", "Gentages", "OK", "Snart", "Forfalden", "Aldrig taget"]
            rows = [[self.cm(f"<b>{h}</b>") for h in head]]
            followups = []
            for ct in types:
                cnt = Counter()
                who: dict[str, list[str]] = {}
                for e in self.active:
                    stt = rules.course_status(ct, e, s.completions, s.today)
                    cnt[stt.status] += 1
                    who.setdefault(stt.status, []).append(e.initials)
                rule = texts.COURSE_RULE_LABELS.get(ct.rule, ct.rule).format(months=ct.months or "")
                rows.append([self.cp(self.t(ct.name)), self.cp(rule)] + self.parts(
                    [cnt["ok"], cnt["snart"], cnt["forfalden"], cnt["aldrig_taget"]]))
                late = who.get("forfalden", []) + who.get("aldrig_taget", [])
                if late and not self.med:
                    followups.append((ct.name, late))
            st.append(self.table(rows, [62 * mm, 42 * mm, 15 * mm, 15 * mm, 20 * mm, 20 * mm],
                                 align_right_from=2))
            if followups:
                st.append(self.h3("Skal følges op (forfaldne eller aldrig taget)"))
                for name, late in followups:
                    st.append(self.p(f"{name}: {', '.join(late)}", "small"))
        else:
            st.append(self.p("Der er ikke registreret obligatoriske kurser.", "note"))
        return st

    def budget_table(self) -> list:
        from ..domain.overview import budget

        rows_b = budget(self.s.activities)
        if not rows_b:
            return [self.p("Der er ingen aktiviteter med udgifter.", "note")]
        rows = [[self.cm("<b>År</b>"), self.cm("<b>Kategori</b>"), self.cm("<b>Aktiviteter</b>"),
                 self.cm("<b>Finansieret</b>"), self.cm("<b>Ikke finansieret</b>"), self.cm("<b>I alt</b>")]]
        extra = []
        tf = tu = tn = 0
        for b in rows_b:
            year = str(b.year) if b.year else "Uden år"
            if b.category == "":
                r = len(rows)
                rows.append([year, f"I alt {year}", str(b.activities), texts.kroner(b.funded_ore),
                             texts.kroner(b.unfunded_ore), texts.kroner(b.total_ore)])
                extra += [("FONT", (0, r), (-1, r), FONT_BOLD, 8), ("LINEABOVE", (0, r), (-1, r), 0.6, INK)]
                tf += b.funded_ore
                tu += b.unfunded_ore
                tn += b.activities
            else:
                rows.append([year, self.cp(texts.ACTIVITY_CATEGORY_LABELS.get(b.category, b.category)),
                             str(b.activities), texts.kroner(b.funded_ore), texts.kroner(b.unfunded_ore),
                             texts.kroner(b.total_ore)])
        r = len(rows)
        rows.append(["", "Samlet", str(tn), texts.kroner(tf), texts.kroner(tu), texts.kroner(tf + tu)])
        extra += [("FONT", (0, r), (-1, r), FONT_BOLD, 8.5), ("LINEABOVE", (0, r), (-1, r), 1.2, INK)]
        return [self.table(rows, [16 * mm, 62 * mm, 20 * mm, 26 * mm, 28 * mm, 26 * mm], zebra=False,
                           extra=extra, align_right_from=2),
                self.p("Beløb er ekskl. moms. Aflyste aktiviteter indgår ikke.", "small")]
