"""*Indsigt* (GDPR art. 15, right of access): everything the file holds about
one employee, in one PDF — master data, every dated assessment (leader, MUS,
self), course completions, training activities, learning goals, logbook, MUS
records, and which archived plan versions may carry the name.

Other employees are not named (free text is redacted as in the MUS documents).
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from .. import texts
from ..domain.dates import format_date
from ..domain.rules import NOT_RELEVANT
from ..domain.snapshot import Snapshot
from .mus import EmployeeDocument


class IndsigtDocument(EmployeeDocument):
    kind_title = texts.INDSIGT_TITLE

    def __init__(self, s: Snapshot, employee_id: int, assessments, plan_versions=()):
        super().__init__(s, employee_id)
        self.assessments = [a for a in assessments if a.employee_id == employee_id]
        self.plan_versions = list(plan_versions)

    def story(self) -> list:
        s, e = self.s, self.e
        st = [self.markup("Indsigt i oplysninger", "title"), self.p(f"{e.name} ({e.initials})", "subtitle")]
        st.append(self.p(
            f"Dette er alle de oplysninger, som kompetencefilen for {s.profile.get('navn', 'tilbuddet')} indeholder "
            f"om medarbejderen pr. {format_date(s.today)} (databeskyttelsesforordningens artikel 15, retten til "
            "indsigt). Oplysningerne bruges til at planlægge kompetenceudvikling, MUS og tilbuddets "
            "kompetenceudviklingsplan. Dataansvarlig leder: " + (s.profile.get("leder", "") or "ikke angivet") + "."))
        st.append(self.h2("Stamdata"))
        rows = [
            ["Navn", self.cp(e.name)], ["Initialer", e.initials], ["Stilling", self.cp(e.job_title)],
            ["Uddannelse", texts.EDUCATION_LABELS.get(e.education, e.education)],
            ["Team", self.cp(s.team_name(e.team_id))], ["Ansat fra", format_date(e.start_date)],
            ["Ansat til", format_date(e.end_date) or "–"],
            ["Anonymiseret", "Ja" if e.anonymised else "Nej"],
            # named in the MED version of the plan with this responsibility ('' = named nowhere there)
            [texts.EMPLOYEE_MED_ROLE_LABEL.rstrip(":"), self.cp(e.med_role or "Intet – nævnes ikke ved navn")],
            [self.cp(texts.EMPLOYEE_TARGET_GROUP_LABEL.rstrip(":")),
             "Ikke registreret" if e.target_group_years_before is None else str(e.target_group_years_before)],
        ]
        st.append(self.table(rows, [40 * mm, 134 * mm], header_rows=0))

        comp = {c.id: c for c in s.competences}
        st.append(self.h2(f"Kompetencevurderinger ({len(self.assessments)})"))
        if self.assessments:
            rows = [["Dato", "Kompetence", "Kilde", "Niveau", "Note"]]
            for a in sorted(self.assessments, key=lambda a: (a.assessed_on, a.id)):
                lvl = texts.level_label(NOT_RELEVANT if a.not_relevant else a.level)
                c = comp.get(a.competence_id)
                rows.append([format_date(a.assessed_on), self.cp(c.name if c else "(slettet kompetence)"),
                             texts.SOURCE_LABELS.get(a.source, a.source), lvl, self.cp(a.note)])
            st.append(self.table(rows, [20 * mm, 74 * mm, 24 * mm, 34 * mm, 22 * mm]))
        else:
            st.append(self.p("Ingen vurderinger.", "note"))

        ctype = {c.id: c.name for c in s.course_types}
        mine = [c for c in s.completions if c.employee_id == e.id]
        st.append(self.h2(f"Obligatoriske kurser – gennemførelser ({len(mine)})"))
        if mine:
            rows = [["Dato", "Kursus", "Note"]] + [
                [format_date(c.completed_on), self.cp(ctype.get(c.course_type_id, "")), self.cp(c.note)] for c in mine
            ]
            st.append(self.table(rows, [22 * mm, 100 * mm, 52 * mm]))
        else:
            st.append(self.p("Ingen registrerede kurser.", "note"))

        acts = [a for a in s.activities if e.id in a.participant_ids]
        st.append(self.h2(f"Deltagelse i aktiviteter ({len(acts)})"))
        if acts:
            rows = [["Aktivitet", "Periode", "Status"]] + [
                [self.cp(a.title), format_date(a.start_date), texts.ACTIVITY_STATUS_LABELS.get(a.status, a.status)]
                for a in acts
            ]
            st.append(self.table(rows, [110 * mm, 30 * mm, 34 * mm]))
        else:
            st.append(self.p("Ingen.", "note"))

        goals = self.own_goals()
        st.append(self.h2(f"Læringsmål ({len(goals)})"))
        for g in goals:
            rows = [[self.p(q, "cellb"), self.cp(getattr(g, k))] for k, q in texts.LEARNING_GOAL_QUESTIONS.items()]
            rows.append([self.p("Status", "cellb"), self.cp(g.status)])
            st.append(KeepTogether([self.h3(f"Oprettet {format_date(g.created_on)}"),
                                    self.table(rows, [62 * mm, 112 * mm], header_rows=0, zebra=False)]))
        if not goals:
            st.append(self.p("Ingen.", "note"))

        logs = [lg for lg in s.logbook if lg.employee_id == e.id]
        st.append(self.h2(f"Logbog ({len(logs)})"))
        for lg in logs:
            rows = [[self.p(q, "cellb"), self.cp(getattr(lg, k))] for k, q in texts.LOGBOOK_QUESTIONS.items()]
            st.append(KeepTogether([self.h3(format_date(lg.entry_date)),
                                    self.table(rows, [62 * mm, 112 * mm], header_rows=0, zebra=False)]))
        if not logs:
            st.append(self.p("Ingen.", "note"))

        mus = [m for m in s.mus if m.employee_id == e.id]
        st.append(self.h2(f"MUS ({len(mus)})"))
        labels = [("notes", "Noter"), ("agreement", "Udviklingsaftale"), ("agreement_status", "Aftalens status"),
                  ("wishes", "Ønsker")] + list(texts.BASIC_FIVE.items())
        for m in mus:
            rows = [[self.p(lab, "cellb"), self.cp(getattr(m, k))] for k, lab in labels]
            st.append(KeepTogether([self.h3(f"MUS {format_date(m.held_on)}"),
                                    self.table(rows, [62 * mm, 112 * mm], header_rows=0, zebra=False)]))
        if not mus:
            st.append(self.p("Ingen.", "note"))

        st.append(self.h2("Arkiverede planer"))
        leader_versions = [v for v in self.plan_versions if v.get("variant") == "leder"]
        if leader_versions:
            st.append(self.p(
                "Følgende arkiverede versioner af kompetenceudviklingsplanen (lederens udgave) kan indeholde "
                "medarbejderens initialer og vurderinger: " + ", ".join(
                    f"version {v['version']} ({format_date(v['med_date'])})" for v in leader_versions) + "."))
        else:
            st.append(self.p("Ingen arkiverede planer med navne.", "note"))
        return st


def render_indsigt(snapshot: Snapshot, employee_id: int, assessments, plan_versions=()) -> bytes:
    """``assessments``: every assessment in the file (Repo.assessments()); ``plan_versions``:
    dicts with version, med_date (date) and variant (Repo.plan_versions())."""
    return IndsigtDocument(snapshot, employee_id, assessments, plan_versions).render()
