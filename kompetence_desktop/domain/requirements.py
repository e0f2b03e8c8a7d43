"""What the written kompetenceudviklingsplan must contain (docs/domain.md §9,
Region Nordjylland's guideline), checked against a snapshot.

Each requirement has a code, the plan section it belongs to (1–10) and the
page where it is fixed; the UI, the CLI and the PDF word it from ``texts``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import CATEGORIES, TOPICS
from .rules import add_months
from .snapshot import Snapshot


#: the code of "activities are linked to competences" while the plan has no activities yet
NO_ACTIVITIES_TO_LINK = "aktiviteter_maal_kompetencer_ingen"


@dataclass(frozen=True)
class Requirement:
    code: str
    section: int
    page: str  # where it is fixed: tilbud, kompetencer, matrix, uddannelsesplan, kurser, med, medarbejder(e)
    met: bool
    payload: object = None  # what to open on that page (the MUS tab of "Den enkelte medarbejder")
    detail: str = ""  # what exactly is missing, said after the requirement (the teams without cover)


def _filled(profile: dict, key: str) -> bool:
    return bool(profile.get(key, "").strip())


def check(s: Snapshot) -> list[Requirement]:
    p = s.profile
    active = s.active_employees
    comps = s.competences
    year_ago = add_months(s.today, -12)
    out: list[Requirement] = []

    def req(code, section, page, met, payload=None, detail=""):
        out.append(Requirement(code, section, page, bool(met), payload, detail))

    req("leder", 1, "tilbud", _filled(p, "leder"), "leder")
    req("periode", 1, "tilbud", _filled(p, "periode"), "periode")
    req("malgruppe", 2, "tilbud", _filled(p, "malgruppe"), "malgruppe")
    req("malsaetning", 2, "tilbud", _filled(p, "malsaetning"), "malsaetning")
    req("faglige_tilgange", 2, "tilbud", _filled(p, "faglige_tilgange"), "faglige_tilgange")
    req("fremtidige_opgaver", 2, "tilbud", _filled(p, "fremtidige_opgaver"), "fremtidige_opgaver")
    req("medarbejdere", 3, "medarbejdere", len(active) > 0)
    req("kompetencer_alle_kategorier", 3, "kompetencer",
        all(any(c.category == cat for c in comps) for cat in CATEGORIES))
    assessed = {e for (e, _c), v in s.current.items() if v is not None}
    req("alle_vurderet", 3, "matrix", bool(active) and all(e.id in assessed for e in active))
    tags = {t for c in comps for t in c.tags}
    req("temaer", 4, "kompetencer", all(t in tags for t in TOPICS))
    live = [a for a in s.activities if a.status != "aflyst"]
    req("uddannelsesplan", 5, "uddannelsesplan", len(live) > 0)
    # without activities nothing can be linked: not "all are linked" (a false OK), but its own
    # missing line, so the check never reports something that isn't there
    if live:
        req("aktiviteter_maal_kompetencer", 5, "uddannelsesplan", all(a.competence_ids for a in live))
    else:
        req(NO_ACTIVITIES_TO_LINK, 5, "uddannelsesplan", False)
    req("obligatoriske_kurser", 5, "kurser", any(ct.active for ct in s.course_types))
    req("supervision_ledelse", 6, "tilbud", _filled(p, "supervision_ledelse"), "supervision_ledelse")
    req("supervision_medarbejdere", 6, "tilbud", _filled(p, "supervision_medarbejdere"), "supervision_medarbejdere")
    req("mus_afholdt", 7, "medarbejder", any(year_ago <= m.held_on <= s.today for m in s.mus),
        "mus")
    # videndeling is a field of the tilbud's profile (or described on every activity)
    req("videndeling", 7, "tilbud",
        _filled(p, "videndeling") or (bool(live) and all(a.knowledge_sharing.strip() for a in live)),
        "videndeling")
    req("tilrettelaeggelse_teams", 8, "tilbud", _filled(p, "tilrettelaeggelse_teams"), "tilrettelaeggelse_teams")
    req("kontaktpersonordning", 8, "tilbud", _filled(p, "kontaktpersonordning"), "kontaktpersonordning")
    req("vikarer_studerende", 8, "tilbud", _filled(p, "vikarer") and _filled(p, "studerende"),
        "studerende" if _filled(p, "vikarer") else "vikarer")
    req("ansvar_dokumentation", 9, "tilbud", _filled(p, "ansvar_dokumentation"), "ansvar_dokumentation")
    req("med_behandlet", 1, "med", any(year_ago <= m.held_on <= s.today for m in s.med))
    # the guideline also asks for these (Region Nordjylland's retningslinje, part 2)
    req("fremtid_malsaetning_metoder", 2, "tilbud",
        _filled(p, "fremtidig_malsaetning") and _filled(p, "fremtidige_metoder"))
    req("mus_indkalder", 7, "tilbud", calls_mus_is_nearest_leader(p))
    mus_eval = _dated(p, "med_evaluering_mus", s.today)
    req("med_evaluering_mus", 7, "tilbud", mus_eval is not None)
    chain = _dated(p, "med_evaluering_sammenhaeng", s.today)
    req("med_evaluering_sammenhaeng", 9, "tilbud", chain is not None and chain >= year_ago)
    # only when the leader has marked a competence: never a vacuous "OK"
    if any(getattr(c, "per_team", False) for c in comps):
        from .team_coverage import gaps_text, team_gaps

        gaps = team_gaps(s)
        req("daekning_teams", 8, "matrix", not gaps, detail=gaps_text(gaps))
    return out


#: who calls the MUS when the profile says nothing: the guideline's own rule
MUS_CALLER_DEFAULT = "Nærmeste leder"


def mus_caller(profile: dict) -> str:
    return profile.get("mus_indkalder", "").strip() or MUS_CALLER_DEFAULT


def calls_mus_is_nearest_leader(profile: dict) -> bool:
    """The guideline: the nearest leader calls the MUS. Met by the default (nothing written)
    and by any wording that names a leader ("nærmeste leder", "teamlederen")."""
    return "leder" in mus_caller(profile).casefold()


def _dated(profile: dict, key: str, today):
    """The date of a MED evaluation: text and a valid date (dd.mm.åååå) not after today, else None."""
    from .dates import parse_date

    if not _filled(profile, key):
        return None
    try:
        day = parse_date(profile.get(f"{key}_dato", "").strip())
    except Exception:
        return None
    if day is None or day > today:
        return None
    return day


def all_met(reqs: list[Requirement]) -> bool:
    return all(r.met for r in reqs)
