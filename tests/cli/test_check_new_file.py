"""`kompetence check` on a brand-new tilbud says only true things."""
from __future__ import annotations

from kompetence_desktop import cli


def test_check_on_a_new_file_claims_nothing_about_activities_it_lacks(tmp_path, capsys):
    f = tmp_path / "ny.kompetence"
    assert cli.main(["new", str(f), "--navn", "Nyt tilbud"]) == 0
    capsys.readouterr()
    assert cli.main(["check", str(f)]) == 1
    out = capsys.readouterr().out
    ok_lines = [ln for ln in out.splitlines() if ln.startswith("OK")]
    assert not any("aktivitet" in ln.lower() for ln in ok_lines), ok_lines
    assert "MANGLER Ingen aktiviteter endnu" in out
