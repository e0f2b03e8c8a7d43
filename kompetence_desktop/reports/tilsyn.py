"""*Dokumentation til socialtilsynet*: the staff's competences, supervision, turnover and
competence development as Socialtilsynet reads them under the kvalitetsmodel's themes.

    render_tilsyn(snapshot, versions=(), initials=False) -> bytes

Anonymous by the MED version's rules (med_edition, med_names): no names, a count of 1 or 2
people reads *under 3*, names in free text become natural Danish. ``initials=True`` (the
leader's choice) adds the staff's initials where people are listed — participants, who holds
a method competence at the expected level — and nothing else about them.

The first page lists each theme with its indicator texts (resources/tilsyn_indikatorer.json,
so they are updated without touching code) and the page where the evidence stands.
"""
from __future__ import annotations

import datetime as dt
import json

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph

from .. import texts
from ..domain import rules
from ..domain import tilsyn as domain
from ..domain.dates import format_date
from ..domain.snapshot import Snapshot
from ..paths import resources_dir
from . import med_edition as medx
from .base import FONT_BOLD, INK, CellParagraph, ContentsList, Document, Heading, esc
from .med_names import med_names

INDICATORS_FILE = "tilsyn_indikatorer.json"
STATUS_ORDER = ("planlagt", "bevilget", "i_gang", "gennemfoert", "aflyst")


def load_indicators() -> list[dict] | None:
    """The themes and their indicator texts, or None when the file is missing or unreadable."""
    try:
        data = json.loads((resources_dir() / INDICATORS_FILE).read_text(encoding="utf-8"))
        themes = data["temaer"]
        return themes if isinstance(themes, list) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _date_text(iso: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso or ""


class TilsynDocument(Document):
    def __init__(self, s: Snapshot, versions=(), initials: bool = False):
        self.s = s
        self.f = domain.figures(s)
        self.versions = list(versions)
        self.initials = initials
        self.red = med_names(s)
        self.ini = {e.id: e.initials for e in s.employees}
        name = s.profile.get("navn", "") or "Tilbud"
        self.name = name
        footer = f"{texts.TILSYN_TITLE} · {name}"
        if initials:
            # initials are personal data: marked as the leader's papers are
            footer = f"{texts.CONFIDENTIAL_FOOTER} · {footer}"
        super().__init__(
            title=f"{texts.TILSYN_TITLE} – {name}",
            subject=f"{texts.TILSYN_TITLE} for {name}",
            author=name,
            footer=footer,
            keywords="socialtilsyn, kvalitetsmodel, kompetencer, organisation og ledelse",
        )

    # ------------------------------------------------------------------ helpers
    def t(self, text) -> str:
        return self.red(text or "")

    def cp(self, text, style="cell") -> Paragraph:
        return CellParagraph(esc(text), self.styles[style])

    def cm(self, markup, style="cell") -> Paragraph:
        return CellParagraph(markup, self.styles[style])

    def head(self, *cols) -> list:
        return [self.cm(f"<b>{esc(c)}</b>") for c in cols]

    def ev(self, key: str) -> Heading:
        """An evidence heading; the first page points at the page it lands on."""
        return Heading(texts.TILSYN_EVIDENCE[key], self.styles["h2"], 1, f"ev_{key}")

    def people_of(self, ids) -> str:
        """Participants: a count (under 3 for 1–2), with their initials when the leader chose them."""
        ids = list(dict.fromkeys(ids))
        n = medx.count_noun(len(ids), "medarbejder", "medarbejdere")
        if self.initials and ids:
            return f"{n}: " + ", ".join(self.ini.get(i, "?") for i in ids)
        return n

    @property
    def has_sickness(self) -> bool:
        return self.f.sickness is not None

    # ------------------------------------------------------------------ story
    def story(self) -> list:
        st = self.front_page()
        st += self.competences()
        st += self.organisation()
        st += self.development()
        return st

    def front_page(self) -> list:
        s, p = self.s, self.s.profile
        st = [Heading(texts.TILSYN_TITLE, self.styles["title"], 0, "front")]
        st.append(self.p(p.get("navn", ""), "subtitle"))
        line = " · ".join(x for x in (p.get("paragraf", ""), p.get("adresse", "")) if x.strip())
        if line:
            st.append(self.p(line))
        st.append(self.markup(
            f"Opgjort {esc(format_date(s.today))} · Tilbudsleder: {esc(p.get('leder', '') or 'ikke angivet')} · "
            f"{esc(texts.TILSYN_EDITION_INITIALS if self.initials else texts.TILSYN_EDITION_ANONYMOUS)}", "small"))
        st.append(self.p(texts.TILSYN_NOTE, "note"))
        themes = load_indicators()
        if themes is None:
            st.append(self.p(texts.TILSYN_INDICATORS_MISSING, "note"))
            themes = [{"noegle": k, "tema": t, "tekster": [], "dokumentation": ev} for k, t, ev in (
                ("kompetencer", "Kompetencer", ["uddannelse", "efteruddannelse", "erfaring", "metoder"]),
                ("organisation", "Organisation og ledelse", ["supervision", "gennemstroemning", "sygefravaer"]),
                ("udvikling", "Kompetenceudvikling", ["udgifter", "aktiviteter", "med"]))]
        for theme in themes:
            st.append(self.p(theme.get("tema", ""), "h2"))
            for x in theme.get("tekster", []):
                ind = x.get("indikator")
                label = (f"Indikator {esc(ind)} – " if ind else "") + (
                    texts.TILSYN_OFFICIAL if x.get("officiel") else texts.TILSYN_SUMMARY)
                st.append(self.markup(f"<i>»{esc(x.get('tekst', ''))}«</i> ({label})"))
                st.append(self.p(texts.TILSYN_SOURCE.format(source=x.get("kilde", ""),
                                                            date=_date_text(x.get("hentet", ""))), "small"))
            entries = [(texts.TILSYN_EVIDENCE[k], f"ev_{k}") for k in theme.get("dokumentation", [])
                       if k in texts.TILSYN_EVIDENCE and (k != "sygefravaer" or self.has_sickness)]
            if entries:
                st.append(self.p(texts.TILSYN_EVIDENCE_HEAD, "small"))
                st.append(ContentsList(entries, self.styles["body"], 160 * mm))
                st.append(self.spacer(2 * mm))
        st.append(self.spacer(3 * mm))
        st.append(self.p(texts.TILSYN_PRIVACY_NOTE_INITIALS if self.initials else texts.TILSYN_PRIVACY_NOTE,
                         "note"))
        st.append(PageBreak())
        return st

    # --- Kompetencer -------------------------------------------------------------------------
    def competences(self) -> list:
        f, s = self.f, self.s
        n = f.active
        st = [self.h1("Kompetencer", key="theme_kompetencer")]
        st.append(self.p(f"Tilbuddet har {medx.count_noun(n, 'aktiv medarbejder', 'aktive medarbejdere')} "
                         f"pr. {format_date(s.today)}."))
        st += self._uddannelse()
        st += self._efteruddannelse()
        st += self._erfaring()
        st += self._metoder()
        return st

    def _uddannelse(self) -> list:
        f = self.f
        n = f.active
        st = []
        st.append(self.ev("uddannelse"))
        labelled = {texts.EDUCATION_LABELS[c]: f.education[c] for c in texts.EDUCATION_LABELS if f.education.get(c)}
        other_codes = [c for c in f.education if c and c not in texts.EDUCATION_LABELS]
        for c in other_codes:
            labelled[c] = f.education[c]
        if f.education.get(""):
            labelled["Ikke registreret"] = f.education[""]
        groups = medx.grouped(labelled)
        shown = medx.partition([k for _l, k in groups])
        rows = [["Uddannelsesniveau", "Antal", "Andel"]]
        for (label, k), txt in zip(groups, shown):
            rows.append([label, txt, f"{round(100 * k / n)} %" if txt.isdigit() and n else ""])
        rows.append(["I alt", medx.count(n), "100 %" if n else ""])
        st.append(self.table(rows, [80 * mm, 28 * mm, 25 * mm], align_right_from=1,
                             extra=[("FONT", (0, -1), (-1, -1), FONT_BOLD, 8),
                                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
        unskilled = f.education.get("ufaglaert", 0)
        if n:
            if medx.is_small(unskilled):
                st.append(self.p("Ufaglærte: under 3 medarbejdere.", "small"))
            else:
                st.append(self.p(f"Andel ufaglærte: {round(100 * unskilled / n)} %.", "small"))
        st.append(self.p("Uddannelser, som færre end 3 har, står under »Andre«.", "small"))
        return st

    def _efteruddannelse(self) -> list:
        f = self.f
        s = self.s
        st = []
        st.append(self.ev("efteruddannelse"))
        since = format_date(f.recent_since)
        st.append(self.p(f"Gennemførte aktiviteter i uddannelsesplanen og obligatoriske kurser fra "
                         f"{since} til {format_date(s.today)}."))
        if f.recent:
            rows = [self.head("Kategori", "Aktiviteter", "Deltagere")]
            for cat, (acts, people) in f.recent_by_category.items():
                rows.append([self.cp(texts.ACTIVITY_CATEGORY_LABELS.get(cat, cat)), str(acts), medx.count(people)])
            st.append(self.table(rows, [100 * mm, 25 * mm, 25 * mm], align_right_from=1))
            if f.recent_by_competence:
                comp = {c.id: c for c in s.competences}
                rows = [self.head("Kompetence", "Kategori", "Aktiviteter", "Deltagere")]
                for cl in f.recent_by_competence:
                    c = comp[cl.competence_id]
                    rows.append([self.cp(self.t(c.name)), texts.CATEGORY_SHORT.get(c.category, c.category),
                                 str(cl.activities), medx.count(cl.people)])
                st.append(self.table(rows, [86 * mm, 34 * mm, 22 * mm, 22 * mm], align_right_from=2))
            rows = [self.head("Aktivitet", "Form", "Kategori", "Afsluttet", "Deltagere")]
            for r in f.recent:
                rows.append([self.cp(self.t(r.title)), self.cp(texts.ACTIVITY_FORM_LABELS.get(r.form, r.form)),
                             self.cp(texts.ACTIVITY_CATEGORY_LABELS.get(r.category, r.category)),
                             format_date(r.day), self.cp(self.people_of(r.participant_ids))])
            st.append(self.table(rows, [56 * mm, 24 * mm, 38 * mm, 20 * mm, 36 * mm]))
        else:
            st.append(self.p("Der er ingen gennemførte aktiviteter i perioden.", "note"))
        names = {ct.id: ct.name for ct in s.course_types}
        if f.courses_done:
            rows = [self.head("Obligatorisk kursus", "Gennemført", "Medarbejdere")]
            for cd in f.courses_done:
                rows.append([self.cp(self.t(names.get(cd.course_type_id, ""))), medx.count(cd.completions),
                             medx.count(cd.people)])
            st.append(self.table(rows, [100 * mm, 25 * mm, 30 * mm], align_right_from=1))
        else:
            st.append(self.p("Der er ikke registreret obligatoriske kurser i perioden.", "note"))
        return st

    def _erfaring(self) -> list:
        f = self.f
        st = []
        st.append(self.ev("erfaring"))
        bands = list(texts.TILSYN_EXPERIENCE_BANDS)
        ten = medx.partition([f.tenure.bands[b] for b in bands])
        tg = medx.partition([f.target_group.bands[b] for b in bands])
        rows = [self.head("År", "I tilbuddet", "Med målgruppen")]
        for b, a, c in zip(bands, ten, tg):
            rows.append([texts.TILSYN_EXPERIENCE_BANDS[b], a, c])
        st.append(self.table(rows, [60 * mm, 30 * mm, 34 * mm], align_right_from=1))
        lines = []
        if f.tenure.mean_years is not None:
            lines.append(f"Gennemsnitligt {texts.fmt_decimal(f.tenure.mean_years)} år i tilbuddet "
                         f"(af {medx.count_noun(f.tenure.recorded, 'medarbejder', 'medarbejdere')} med startdato).")
        if f.target_group.mean_years is not None:
            lines.append(f"Gennemsnitligt {texts.fmt_decimal(f.target_group.mean_years)} år med målgruppen "
                         f"(af {medx.count_noun(f.target_group.recorded, 'medarbejder', 'medarbejdere')}, "
                         "hvor erfaringen før ansættelsen er registreret; årene i tilbuddet er lagt til).")
        else:
            lines.append("Erfaring med målgruppen før ansættelsen er ikke registreret for nogen medarbejder.")
        for x in lines:
            st.append(self.p(x, "small"))
        return st

    def _metoder(self) -> list:
        f = self.f
        s = self.s
        st = []
        st.append(self.ev("metoder"))
        st.append(self.p("Kompetencer i tilbuddets kompetenceprofil, der er knyttet til tilbuddets faglige tilgange "
                         "og metoder eller til målgrupper, med dækningen blandt de aktive medarbejdere. Sårbarheden "
                         "følger af, hvor mange der er på forventet niveau."))
        if f.methods:
            comp = {c.id: c for c in s.competences}
            teams = {t.id: t.name for t in s.teams}
            cols = ["Kompetence", "Forv.", "På niveau", "Under", "Ikke vurd.", "Sårbarhed", "Teams"]
            widths = [50, 12, 16, 14, 16, 18, 48]
            if self.initials:
                cols.append("Initialer")
                widths = [40, 11, 15, 13, 15, 17, 36, 27]
            scale = self.frame_width / (sum(widths) * mm)
            rows = [self.head(*cols)]
            extra = []
            for tag in domain.METHOD_TAGS:
                ms = [m for m in f.methods if m.tag == tag]
                if not ms:
                    continue
                extra.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), "#dfe6ee"))
                rows.append([self.cm(f"<b>{esc(tag.capitalize())}</b>")] + [""] * (len(cols) - 1))
                for m in ms:
                    c = comp[m.competence_id]
                    team_bits = [f"{self.t(teams.get(tid, ''))}: {'dækket' if k else 'ikke dækket'}"
                                 for tid, k in sorted(m.team_cover.items(),
                                                      key=lambda kv: list(teams).index(kv[0])
                                                      if kv[0] in teams else 999)]
                    team_text = "; ".join(team_bits)
                    if m.per_team:
                        team_text = "Skal dækkes i hvert team. " + team_text
                    row = [self.cp(self.t(c.name)), str(m.expected), medx.count(m.meeting), medx.count(m.below),
                           medx.count(m.not_assessed), texts.VULNERABILITY_LABELS[m.vulnerability],
                           self.cp(team_text)]
                    if self.initials:
                        row.append(self.cp(", ".join(self.ini.get(i, "?") for i in m.meeting_ids)))
                    rows.append(row)
            st.append(self.table(rows, [w * mm * scale for w in widths], zebra=False, extra=extra))
            st.append(self.p("Et team er dækket, når mindst én aktiv medarbejder i teamet er på forventet niveau.",
                             "small"))
        else:
            st.append(self.p("Ingen kompetencer i profilen er knyttet til emnerne »faglige tilgange og metoder« "
                             "eller »nye målgrupper«.", "note"))
        return st

    # --- Organisation og ledelse --------------------------------------------------------------
    def organisation(self) -> list:
        f, s = self.f, self.s
        st = [CondPageBreak(90 * mm), self.h1("Organisation og ledelse", key="theme_organisation")]
        st.append(self.ev("supervision"))
        period = f"{format_date(f.year_since)}–{format_date(s.today)}"
        rows = [self.head("For", "Planlagt (hyppighed og situationer)", "Afholdt", "Seneste")]
        for aud in ("ledelse", "medarbejdere"):
            sy = f.supervision[aud]
            plan = self.t(s.profile.get(f"supervision_{aud}", "")).strip()
            rows.append([texts.SUPERVISION_AUDIENCE_LABELS[aud],
                         self.cp(plan) if plan else self.cm("<i>Ikke beskrevet</i>"),
                         str(sy.count), format_date(sy.last) if sy.last else "–"])
        st.append(self.table(rows, [28 * mm, 104 * mm, 16 * mm, 24 * mm]))
        st.append(self.p(f"Afholdt: antal supervisionsmøder registreret i perioden {period}.", "small"))
        sessions = sorted((x for sy in f.supervision.values() for x in sy.sessions), key=lambda x: (x.held_on, x.id))
        if sessions:
            rows = [self.head("Dato", "For", "Leverandør", "Situation / emne")]
            for x in sessions:
                rows.append([format_date(x.held_on), texts.SUPERVISION_AUDIENCE_LABELS.get(x.audience, x.audience),
                             self.cp(self.t(x.provider)), self.cp(self.t(x.note))])
            st.append(self.table(rows, [22 * mm, 28 * mm, 44 * mm, 80 * mm]))
        missing = f.missing_supervision()
        for aud in missing:
            st.append(self.p(f"Der er ikke registreret supervision for "
                             f"{texts.SUPERVISION_AUDIENCE_LABELS[aud].lower()} i perioden.", "note"))

        to = f.turnover
        leavers = medx.count(to.leavers)
        avg = texts.fmt_decimal(to.avg_headcount)
        if to.rate is None:
            rate = "–"
        elif medx.is_small(to.leavers):
            rate = f"under {texts.fmt_percent(3 / to.avg_headcount)}"
        else:
            rate = texts.fmt_percent(to.rate)
        ends = f"{format_date(to.ends[0])}–{format_date(to.ends[-1])}" if to.ends else ""
        rows = [
            ["Fratrådte i perioden", leavers],
            ["Gennemsnitligt antal ansatte", f"{avg} (ved {len(to.ends)} månedsafslutninger, {ends})"],
            [self.cm("<b>Personalegennemstrømning</b>"),
             self.cm(f"<b>{esc(rate)}</b> = {esc(leavers)} ÷ {esc(avg)}")],
        ]
        # the formula stays with the figure: never a page between them
        st.append(KeepTogether([
            self.ev("gennemstroemning"),
            self.table(rows, [60 * mm, 112 * mm], header_rows=0, zebra=False),
            self.p(texts.TILSYN_TURNOVER_FORMULA, "small"),
            self.p(f"Perioden er {period}. Fratrådte er medarbejdere med slutdato i perioden.", "small"),
        ]))

        if self.has_sickness:
            st.append(self.ev("sygefravaer"))
            sk = f.sickness
            st.append(self.p(f"{sk.year}: {texts.fmt_decimal(sk.days_per_fte)} dagsværk pr. fuldtidsansat "
                             "(angivet af lederen, som årsrapporten oplyser det)."))
        return st

    # --- Kompetenceudvikling ---------------------------------------------------------------------
    def development(self) -> list:
        from .plan import PlanDocument

        f, s = self.f, self.s
        st = [CondPageBreak(90 * mm), self.h1("Kompetenceudvikling", key="theme_udvikling")]
        st.append(self.ev("udgifter"))
        st.append(self.p("Uddannelsesplanens planlagte udgifter pr. år, finansieret og ikke finansieret."))
        # the plan's own budget table: one definition of the figures for both documents
        st += PlanDocument.budget_table(self)

        st.append(self.ev("aktiviteter"))
        if f.activities_by_category:
            rows = [self.head("Kategori", *[texts.ACTIVITY_STATUS_LABELS[x] for x in STATUS_ORDER], "I alt")]
            for cat, by in f.activities_by_category.items():
                rows.append([self.cp(texts.ACTIVITY_CATEGORY_LABELS.get(cat, cat))]
                            + [str(by.get(x, 0)) for x in STATUS_ORDER] + [str(sum(by.values()))])
            st.append(self.table(rows, [56 * mm] + [19 * mm] * 5 + [18 * mm], align_right_from=1))
        else:
            st.append(self.p("Der er endnu ingen aktiviteter i uddannelsesplanen.", "note"))

        st.append(self.ev("med"))
        if f.med_dates:
            st.append(self.p("Kompetenceudviklingsplanen er drøftet i MED: "
                             + ", ".join(format_date(d) for d in f.med_dates) + "."))
            mstat = rules.med_status(f.med_dates, s.today)
            if mstat.next_due:
                st.append(self.p(f"Næste drøftelse i MED senest {format_date(mstat.next_due)}.", "small"))
        else:
            st.append(self.p("Planen er endnu ikke drøftet i MED.", "note"))
        if self.versions:
            rows = [self.head("Version", "Behandlet i MED", "Udgave")]
            for v in sorted(self.versions, key=lambda v: v["version"]):
                rows.append([str(v["version"]), format_date(v["med_date"]),
                             "MED-udgave" if v["variant"] == "med" else "Lederens udgave"])
            st.append(self.h3("Arkiverede versioner af planen"))
            st.append(self.table(rows, [24 * mm, 40 * mm, 50 * mm]))
            st.append(self.p("Hver version kan udskrives præcis, som den blev behandlet (Udskrifter eller "
                             "kompetence versions).", "small"))
        else:
            st.append(self.p("Der er endnu ingen arkiverede versioner af planen.", "note"))
        return st


def render_tilsyn(snapshot: Snapshot, versions=(), initials: bool = False) -> bytes:
    """The document as PDF bytes; ``versions``: the file's archived plans (Repo.plan_versions())."""
    return TilsynDocument(snapshot, versions, initials).render()
