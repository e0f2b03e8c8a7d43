"""The Årshjul's calendar export: refused for a year without dates; the UIDs
belong to the file."""
from __future__ import annotations

from kompetence_desktop.ui.pages.aarshjul import AarshjulPage

from .helpers import catch_messages, make_ctx, page_for


# --- calendar export ----------------------------------------------------------------------------

def test_export_refused_when_the_year_has_no_dates(empty_path, qtbot, monkeypatch, tmp_path):
    c = make_ctx(empty_path)
    try:
        p = page_for(AarshjulPage, c, qtbot)
        shown = catch_messages(monkeypatch)
        p.set_year(2026)
        assert p.events == []
        out = tmp_path / "tom.ics"
        assert p.export_ics(str(out)) is False
        assert shown[0][2] == "Der er ingen datoer i 2026 at eksportere."
        assert not out.exists()
    finally:
        c.file.close()


def test_export_uids_belong_to_the_file(ctx, qtbot, tmp_path, empty_path):
    import icalendar

    p = page_for(AarshjulPage, ctx, qtbot)
    p.set_year(2026)
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    assert p.export_ics(str(a)) and p.export_ics(str(b))

    def uids(path):
        return [str(v["UID"]) for v in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")]

    assert uids(a) == uids(b)  # the same file: the same UIDs (re-import updates, never duplicates)
    fid = ctx.repo.profile.file_uid()
    assert all(fid in u for u in uids(a))
    assert ctx.repo.profile.texts()["fil_id"] == fid
