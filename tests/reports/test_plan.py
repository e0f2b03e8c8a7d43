"""The kompetenceudviklingsplan read back from the PDF: the ten parts in order,
the numbers against the data, the MED version without names, UDKAST, fonts."""
from __future__ import annotations

import re

import pytest

from kompetence_desktop import texts
from kompetence_desktop.domain import rules
from kompetence_desktop.reports.plan import PlanDocument, render_plan
from kompetence_desktop.operations import AddRecord

from .pdfutil import font_names, has_token, pdf_meta, pdf_pages, pdf_text

TRICKY = [
    ("Åse Ærø-Ødegård", "ÅÆØ"),
    ("D'Angelo Østergård-Ål", "DØÅ"),
    ("Bjørk O'Hara-Søndergaard", "BOS"),
    ("Ulla <b>&amp; Co", "UBC"),
]


def _sections_in_order(text: str, titles) -> None:
    pos = -1
    for t in titles:
        i = text.find(t, pos + 1)
        assert i > pos, f"{t!r} missing or out of order"
        pos = i


def test_leader_plan_has_all_ten_parts_in_order(demo_repo):
    data = render_plan(demo_repo.snapshot())
    text = pdf_text(data)
    titles = [f"{n}. {t}" for n, t in enumerate(texts.PLAN_SECTIONS[1:], 2)] + [texts.PLAN_STAFF_LIST]
    body = text[text.find("2. Tilbuddets opgaver nu og fremover", text.find("Indhold") + 400):]
    _sections_in_order(body, titles)
    for word in ("Kompetenceudviklingsplan", "Forventet niveau", "Sårbarhed", "Kompetencer/færdigheder",
                 *texts.CATEGORY_LABELS.values(), "Bostedet Lærkely", "Line O'Connor-Ravn", "Søren Ågård Nielsen"):
        assert word in text, word
    assert "UDKAST" not in text  # the demo meets every requirement


def test_matrix_header_repeats_and_wide_staff_lists_split(tmp_path):
    from kompetence_desktop.storage.demo import write_demo
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    p = tmp_path / "big.kompetence"
    write_demo(p, staff=45, competences=60)
    with open_file(p, readonly=True) as f:
        s = Repo(f).snapshot()
    pages = pdf_pages(render_plan(s))
    matrix_pages = [t for t in pages if "Kompetencer/færdigheder" in t and "Sårbarhed" in t and "Forventet niveau" in t]
    assert len(matrix_pages) >= 3  # 45 staff → 3 column chunks, each with its header
    assert any("Medarbejdere 21–40 af 45" in t for t in pages)
    assert any("Medarbejdere 41–45 af 45" in t for t in pages)


def test_mus_budget_and_course_numbers_match_the_data(demo_repo):
    s = demo_repo.snapshot()
    text = pdf_text(render_plan(s))
    n, m = rules.mus_held_within(s.employees, s.mus_dates(), s.today)
    assert f"{n} af {m} aktive medarbejdere har haft MUS inden for de seneste 12 måneder" in text
    live = [a for a in s.activities if a.status != "aflyst"]
    total = sum(a.price_ore for a in live)
    funded = sum(a.price_ore for a in live if a.funded)
    assert f"Samlet {len(live)} {texts.kroner(funded)} {texts.kroner(total - funded)} {texts.kroner(total)}" in text
    # mandatory courses: OK/Snart/Forfalden/Aldrig taget counts per course
    for ct in s.course_types:
        counts = {k: 0 for k in rules.DUE_STATUSES}
        for e in s.active_employees:
            counts[rules.course_status(ct, e, s.completions, s.today).status] += 1
        row = f"{counts['ok']} {counts['snart']} {counts['forfalden']} {counts['aldrig_taget']}"
        assert re.search(re.escape(ct.name) + r".{0,60}?" + re.escape(row), text), ct.name


def test_med_version_counts_per_competence(demo_repo):
    s = demo_repo.snapshot()
    text = pdf_text(render_plan(s, med=True))
    cov = rules.coverage(s.competences, s.employees, s.current, s.today)
    for i, c in enumerate(s.competences, 1):
        cv = cov[c.id]
        expect = (f"{c.expected_level} {cv.meeting} {cv.below} {cv.not_assessed} {cv.not_relevant} ")
        # the row: "N. name … expected meeting below not_assessed not_relevant avg vulnerability"
        m = re.search(re.escape(f"{i}. ") + r".{0,160}?" + re.escape(expect), text)
        assert m, c.name
        tail = text[m.end():m.end() + 14]
        assert texts.VULNERABILITY_LABELS[cv.vulnerability] in tail, (c.name, tail)


def _add_tricky_staff(repo):
    ids = []
    for name, ini in TRICKY:
        ids.append(AddRecord("employee", {"name": name, "initials": ini, "job_title": "Pædagog"}).do(repo).created)
    comps = repo.matrix.competences()
    for k, eid in enumerate(ids):
        repo.matrix.set_cells([(eid, c.id, 1 + (k + j) % 5) for j, c in enumerate(comps)])
    # free text that names colleagues must be redacted in the MED version
    acts = repo.plan.activities()
    repo.rows.update("activities", acts[0].id, {"responsible": "Åse Ærø-Ødegård og JK",
                                                "learning_support": "Sparring med D'Angelo Østergård-Ål"})
    repo.profile.set("kontaktpersonordning", "Bjørk O'Hara-Søndergaard koordinerer; ÅÆØ er suppleant.")
    return ids


def test_med_version_names_nobody(demo_repo):
    _add_tricky_staff(demo_repo)
    s = demo_repo.snapshot()
    for data in (render_plan(s, med=True), render_plan(s, med=True, pseudonym_seed=7)):
        text = pdf_text(data)
        meta = " ".join(pdf_meta(data).values())
        for e in s.employees:
            assert e.name not in text and e.name not in meta, e.name
            for part in (w for w in e.name.split() if len(w) >= 3):  # first and last names as words
                assert not has_token(text, part), part
                assert not has_token(meta, part), part
            assert not has_token(text, e.initials), e.initials
            assert not has_token(meta, e.initials), e.initials
        assert s.profile["leder"] not in pdf_meta(data).get("/Author", "")
        assert "[medarbejder]" in text
        assert "Medarbejderliste" not in text
        for word in ("Forventet niveau", "Sårbarhed", *texts.CATEGORY_LABELS.values()):
            assert word in text


def test_leader_version_escapes_user_text(demo_repo):
    _add_tricky_staff(demo_repo)
    text = pdf_text(render_plan(demo_repo.snapshot()))
    assert "Ulla <b>&amp; Co" in text
    assert "Åse Ærø-Ødegård" in text and "D'Angelo Østergård-Ål" in text


def test_pseudonym_columns_are_shuffled_per_printing(demo_repo):
    s = demo_repo.snapshot()
    staff_order = [e.id for e in s.active_employees]
    orders = {tuple(e.id for e, _l in PlanDocument(s, med=True, pseudonym_seed=k).columns) for k in range(6)}
    assert len(orders) > 1
    assert any(list(o) != staff_order for o in orders)
    doc = PlanDocument(s, med=True, pseudonym_seed=3)
    assert [lab for _e, lab in doc.columns] == [f"M{i}" for i in range(1, len(staff_order) + 1)]
    assert PlanDocument(s, med=True).columns == []  # aggregates only unless asked


def test_incomplete_plan_is_udkast_on_every_page(empty_repo):
    data = render_plan(empty_repo.snapshot())
    pages = pdf_pages(data)
    assert len(pages) >= 2
    assert all("UDKAST" in t for t in pages)
    assert "Planen mangler" in pages[0]


def test_metadata_and_embedded_font(demo_repo):
    data = render_plan(demo_repo.snapshot())
    meta = pdf_meta(data)
    assert meta["/Author"] == "Hanne Vestergaard"
    assert meta["/Title"].startswith("Kompetenceudviklingsplan – Bostedet Lærkely")
    assert "Kompetenceudviklingsplan" in meta["/Subject"]
    assert b"/Lang (da-DK)" in data
    fonts = font_names(data)
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_page_numbers_side_x_af_y(demo_repo):
    pages = pdf_pages(render_plan(demo_repo.snapshot()))
    n = len(pages)
    assert f"Side 1 af {n}" in pages[0] and f"Side {n} af {n}" in pages[-1]


def test_200_staff_plan_splits_the_matrix_and_keys_every_column(tmp_path):
    """Speed is measured by tests/perf/bench.py; here: the wide plan is complete."""
    from kompetence_desktop.storage.demo import write_demo
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    p = tmp_path / "big.kompetence"
    write_demo(p, staff=200, competences=150)
    with open_file(p, readonly=True) as f:
        s = Repo(f).snapshot()
    data = render_plan(s)
    pages = pdf_pages(data)
    matrix_pages = [t for t in pages if "Forventet niveau" in t]
    assert len(matrix_pages) >= 10  # 200 columns split into chunks, header repeated
    alltext = "\n".join(pages)
    for e in s.active_employees[:: 17]:
        assert e.initials in alltext
