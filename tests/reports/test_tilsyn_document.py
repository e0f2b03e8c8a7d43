"""*Dokumentation til socialtilsynet* read back: the demo's education mix, supervision and turnover
as a test computes them straight from the file's tables; the formula beside the turnover; the
first page points at the pages where the evidence stands; no staff name in any spelling, and with
--med-initialer the initials and still no names."""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata

from kompetence_desktop import cli, texts
from kompetence_desktop.domain.names import NameMatcher
from kompetence_desktop.operations.records import AddRecord, UpdateRecord

from .pdfutil import has_token, pdf_pages, pdf_text


def _export(path, out, *extra) -> bytes:
    assert cli.main(["export-tilsyn", str(path), "-o", str(out), *extra]) == 0
    return out.read_bytes()


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    y += day.year
    m += 1
    last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(day.day, last))


def _from_file(path, today):
    """Figures computed from the file's rows with SQL and plain Python, not the program's code."""
    con = sqlite3.connect(path)
    staff = [(r[0], r[1] and dt.date.fromisoformat(r[1]), r[2] and dt.date.fromisoformat(r[2]))
             for r in con.execute("SELECT education, start_date, end_date FROM employees")]

    def active(on):
        return [x for x in staff if (x[1] is None or x[1] <= on) and (x[2] is None or x[2] > on)]

    year_ago = _add_months(today, -12)
    leavers = sum(1 for _e, _s, end in staff if end and year_ago < end <= today)
    ends = []
    d = today.replace(day=1) - dt.timedelta(days=1)
    while d > year_ago:
        ends.append(d)
        d = d.replace(day=1) - dt.timedelta(days=1)
    avg = sum(len(active(e)) for e in ends) / len(ends)
    mix: dict[str, int] = {}
    for edu, _s, _e in active(today):
        mix[edu] = mix.get(edu, 0) + 1
    sup = dict(con.execute("SELECT audience, COUNT(*) FROM supervision WHERE held_on BETWEEN ? AND ? "
                           "GROUP BY audience", (year_ago.isoformat(), today.isoformat())).fetchall())
    con.close()
    return {"leavers": leavers, "avg": avg, "months": len(ends), "mix": mix, "active": len(active(today)),
            "sup": sup}


def _dk(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def test_demo_figures_match_the_file_and_the_formula_stands_beside_turnover(demo_path, tmp_path, frozen_today):
    data = _export(demo_path, tmp_path / "t.pdf")
    pages = pdf_pages(data)
    text = " ".join(pages)
    want = _from_file(demo_path, frozen_today)

    # turnover: the counts, the average, the rate and the formula on the same page, in one block
    page = next(p for p in pages if "Personalegennemstrømning de seneste 12 måneder" in p and "Fratrådte" in p)
    leavers = "under 3" if 0 < want["leavers"] < 3 else str(want["leavers"])
    assert f"Fratrådte i perioden {leavers}" in page
    assert f"Gennemsnitligt antal ansatte {_dk(want['avg'])} (ved {want['months']} månedsafslutninger" in page
    rate = (f"under {3 / want['avg'] * 100:.1f} %" if 0 < want["leavers"] < 3
            else f"{want['leavers'] / want['avg'] * 100:.1f} %").replace(".", ",")
    assert f"Personalegennemstrømning {rate} = {leavers} ÷ {_dk(want['avg'])}" in page
    assert "fratrådte i perioden ÷ gennemsnitligt antal ansatte, hvor antallet af ansatte er opgjort ved hver " \
           "månedsafslutning" in page

    # supervision: sessions held in the last 12 months, per audience
    for aud, label in (("ledelse", "Ledelse"), ("medarbejdere", "Medarbejdere")):
        n = want["sup"].get(aud, 0)
        assert n > 0
        assert re.search(rf"{label} .*? {n} \d\d\.\d\d\.\d{{4}}", page_with(pages, "Planlagt (hyppighed")), (aud, n)

    # education mix: each education 3 or more people with its share; the rest as "Andre"
    n = want["active"]
    shown = 0
    for code, k in want["mix"].items():
        if k >= 3:
            label = texts.EDUCATION_LABELS.get(code, code) if code else "Ikke registreret"
            assert f"{label} {k} {round(100 * k / n)} %" in text, (label, k)
            shown += k
    others = n - shown
    if others:
        assert f"Andre {others} {round(100 * others / n)} %" in text or f"Andre mindst" in text
    assert f"I alt {n} 100 %" in text


def page_with(pages, needle):
    return next(p for p in pages if needle in p)


def test_first_page_points_at_the_pages_where_the_evidence_stands(demo_path, tmp_path):
    import io

    from pypdf import PdfReader

    data = _export(demo_path, tmp_path / "t.pdf")
    pages = pdf_pages(data)
    front = pages[0]
    # read as a user sees it: the page numbers are drawn at the end of the line
    layout = [" ".join(ln.split()) for ln in
              PdfReader(io.BytesIO(data)).pages[0].extract_text(extraction_mode="layout").splitlines()]
    assert texts.TILSYN_NOTE.split(";")[0] in front
    assert "Tilbuddet benytter sig af ekstern faglig supervision eller anden form for sparring for ledelse og " \
           "medarbejdere" in front and "Indikator 8.b" in front
    for key, heading in texts.TILSYN_EVIDENCE.items():
        if key == "sygefravaer":  # only when the leader has entered it
            assert heading not in front
            continue
        m = next((re.fullmatch(rf"{re.escape(heading)} [. ]*?(\d+)", ln) for ln in layout
                  if ln.startswith(heading)), None)
        assert m, heading
        assert heading in pages[int(m.group(1)) - 1], (heading, m.group(1))


def test_sickness_is_shown_only_when_entered(demo_repo, tmp_path):
    from kompetence_desktop.reports.tilsyn import render_tilsyn

    assert "Sygefravær" not in pdf_text(render_tilsyn(demo_repo.snapshot()))
    demo_repo.profile.set("sygefravaer_aar", "2025")
    demo_repo.profile.set("sygefravaer_dagsvaerk", "12,4")
    text = pdf_text(render_tilsyn(demo_repo.snapshot()))
    assert "2025: 12,4 dagsværk pr. fuldtidsansat" in text


STAFF = [("Åse Ærø-Ødegård", "ÅÆØ"), ("Søren Kjær Iversen", "SKI"), ("Bjørn Ågesen", "BJÅ")]
SPELLINGS = [
    unicodedata.normalize("NFD", "Åse Ærø-Ødegård") + " har ansvaret for nattevagten.",
    "Sidemandsoplæring med Sø\u00adren Kjær Iversen hver tirsdag.",
    "Vagtplanen lægges af Bjørn\u200b Ågesen.",
    "spørg åse ærø-ødegård om dokumentationen.",
    "ski tager sig af brandøvelsen.",
    "Brandøvelsen holdes af S.K.I. i marts.",
    "Åses erfaring med KRAP deles på personalemødet.",
    "Ågesens plan for introduktionen følges.",
]


def _finder() -> NameMatcher:
    words = {w for name, _ini in STAFF for w in name.replace("-", " ").split()}
    return NameMatcher(loose=words | {n for n, _i in STAFF}, initials=[ini for _n, ini in STAFF])


def _hidden_spellings(repo, today):
    """The three staff, in every text the document prints: supervision plans and notes, activity
    titles, a method competence's name; they take part in a completed activity."""
    ids = [AddRecord("employee", {"name": n, "initials": i, "job_title": "Pædagog",
                                  "start_date": dt.date(2020, 1, 1)}).do(repo).created for n, i in STAFF]
    repo.profile.set("supervision_ledelse", SPELLINGS[0] + " " + SPELLINGS[1])
    repo.profile.set("supervision_medarbejdere", SPELLINGS[2] + " " + SPELLINGS[3])
    repo.rows.insert("supervision", {"audience": "medarbejdere", "provider": "Ekstern supervisor",
                                "held_on": today - dt.timedelta(days=10), "note": SPELLINGS[4]})
    repo.rows.insert("supervision", {"audience": "ledelse", "provider": SPELLINGS[5],
                                "held_on": today - dt.timedelta(days=20), "note": SPELLINGS[6]})
    comp = next(c for c in repo.matrix.competences() if "faglige tilgange og metoder" in c.tags)
    UpdateRecord("competence", comp.id, {"name": comp.name + " (oplæring ved ski)"}).do(repo)
    repo.matrix.set_cells([(i, comp.id, 5) for i in ids])
    AddRecord("activity", {"title": SPELLINGS[7], "status": "gennemfoert", "start_date": today - dt.timedelta(days=30),
                           "end_date": today - dt.timedelta(days=30)},
              participants=ids, competences=[comp.id]).do(repo)
    return ids


def test_names_no_one_in_any_spelling_and_initials_only_on_request(demo_repo, demo_path, tmp_path, frozen_today):
    _hidden_spellings(demo_repo, frozen_today)
    demo_repo.file.close()
    every = [e for e in _staff_of(demo_path)]

    text = pdf_text(_export(demo_path, tmp_path / "anon.pdf"))
    hit = _finder().spans(text)
    assert not hit, [text[a - 30:b + 30] for a, b, _g in hit]
    assert "En medarbejder har ansvaret for nattevagten." in text
    for name, ini in every:  # the demo's own staff too: neither names nor initials
        assert name not in text, name
        assert not has_token(text, ini), ini

    text = pdf_text(_export(demo_path, tmp_path / "ini.pdf", "--med-initialer"))
    for name, ini in every:
        assert name not in text, name
    for _name, ini in STAFF:
        assert has_token(text, ini), ini  # participants and holders of the method competence
    loose = NameMatcher(loose={w for n, _i in STAFF for w in n.replace("-", " ").split()} | {n for n, _i in STAFF})
    assert not loose.spans(text)


def _staff_of(path):
    con = sqlite3.connect(path)
    try:
        return [(r[0], r[1]) for r in con.execute("SELECT name, initials FROM employees WHERE anonymised = 0")]
    finally:
        con.close()


def test_check_warns_about_missing_supervision_without_changing_its_exit_code(demo_path, empty_path, capsys):
    assert cli.main(["check", str(demo_path)]) == 0
    assert "ADVARSEL" not in capsys.readouterr().out
    assert cli.main(["check", str(empty_path)]) == 1  # the missing requirements decide it, as before
    out = capsys.readouterr().out
    assert "ADVARSEL " + texts.NO_SUPERVISION.format(audience="ledelse") in out
    assert "ADVARSEL " + texts.NO_SUPERVISION.format(audience="medarbejdere") in out
    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM supervision WHERE audience = 'ledelse'")
    con.commit()
    con.close()
    assert cli.main(["check", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "ADVARSEL " + texts.NO_SUPERVISION.format(audience="ledelse") in out
    assert "medarbejdere inden for" not in out


def test_years_with_the_target_group_are_recorded_and_added_to_the_years_in_the_tilbud(demo_repo, frozen_today):
    from kompetence_desktop.domain.rules import DomainError
    from kompetence_desktop.operations import History
    from kompetence_desktop.reports.tilsyn import render_tilsyn

    for e in demo_repo.staff.employees():  # only these three recorded
        demo_repo.rows.update("employees", e.id, {"target_group_years_before": None})
    staff = [e for e in demo_repo.staff.employees() if e.is_active(frozen_today) and e.start_date][:3]
    h = History(demo_repo)
    for e, years in zip(staff, (2, 6, 11)):
        h.run(UpdateRecord("employee", e.id, {"target_group_years_before": years}))
    assert [demo_repo.staff.employee(e.id).target_group_years_before for e in staff] == [2, 6, 11]
    before = pdf_text(render_tilsyn(demo_repo.snapshot()))
    total = sum(y + (frozen_today - e.start_date).days / 365.25 for e, y in zip(staff, (2, 6, 11))) / 3
    assert f"Gennemsnitligt {total:.1f} år med målgruppen (af 3 medarbejdere".replace(".", ",", 1) in before
    h.undo()
    assert demo_repo.staff.employee(staff[2].id).target_group_years_before is None
    try:
        h.run(UpdateRecord("employee", staff[0].id, {"target_group_years_before": 61}))
    except DomainError as exc:
        assert exc.code == "target_group_years"
    else:
        raise AssertionError("61 years before employment was stored")
    assert demo_repo.staff.employee(staff[0].id).target_group_years_before == 2


def test_an_unreadable_sickness_figure_is_refused_and_nothing_changes(demo_repo):
    from kompetence_desktop.domain.rules import DomainError
    from kompetence_desktop.operations.plan import SetProfile

    for key, value, code in (("sygefravaer_aar", "25", "sickness_year"),
                             ("sygefravaer_dagsvaerk", "tolv", "sickness_days"),
                             ("sygefravaer_dagsvaerk", "-3", "sickness_days")):
        try:
            SetProfile(key, value).do(demo_repo)
        except DomainError as exc:
            assert exc.code == code and texts.domain_error(exc) != "Ugyldig værdi."
        else:
            raise AssertionError(value)
        assert key not in demo_repo.profile.texts()
    SetProfile("sygefravaer_dagsvaerk", "12,4").do(demo_repo)
    assert demo_repo.profile.texts()["sygefravaer_dagsvaerk"] == "12,4"


def test_anonymising_a_former_employee_forgets_the_years_with_the_target_group(demo_repo):
    from kompetence_desktop.storage import erase

    eid = AddRecord("employee", {"name": "Vibeke Ravnsborg", "initials": "VR", "start_date": dt.date(2020, 1, 1),
                                 "end_date": dt.date(2025, 6, 30), "target_group_years_before": 12}).do(demo_repo).created
    assert demo_repo.staff.employee(eid).target_group_years_before == 12
    erase.erase(demo_repo, eid, "anonymise")
    e = demo_repo.staff.employee(eid)
    assert e.anonymised and e.target_group_years_before is None
