"""The årshjul .ics export parses strictly and keeps Danish text intact."""
from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from kompetence_desktop.domain import aarshjul
from kompetence_desktop.domain.aarshjul import Event
from kompetence_desktop.reports import ics

STAMP = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)


def test_escape_and_fold():
    assert ics.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "Æblegrød og rødgrød med fløde, " * 6
    folded = ics.fold(line)
    phys = folded.split(b"\r\n")
    assert phys[-1] == b""
    assert all(len(p) <= 75 for p in phys)
    assert all(p.startswith(b" ") for p in phys[1:-1])
    # unfolding gives back the line, no UTF-8 character was cut
    assert b"".join([phys[0]] + [p[1:] for p in phys[1:-1]]).decode("utf-8") == line
    for p in phys[:-1]:
        p.decode("utf-8")  # each physical line is valid UTF-8 on its own


def test_ics_parses_with_danish_text():
    events = [
        Event(dt.date(2027, 2, 1), "aktivitet", "Sårbarhed, ØØ; \"Låst\" \\ ny linje\nto", "uddannelsesplan", 1,
              end=dt.date(2027, 2, 3), key="aktivitet-1"),
        Event(dt.date(2027, 7, 10), "kursus", "Brand – e-læring", "kurser", 1, who=("SÅN", "BÆ"), key="kursus-1-202707"),
        Event(dt.date(2027, 9, 1), "mus", "", "medarbejdere", who=("LØ",), key="mus-plan-202709"),
    ]
    data = ics.build_ics(events, "Bostedet Lærkely", 2027, stamp=STAMP)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["X-WR-CALNAME"]) == "Årshjul 2027 – Bostedet Lærkely"
    vevents = cal.walk("VEVENT")
    assert len(vevents) == 3
    first = vevents[0]
    assert str(first["SUMMARY"]) == "Sårbarhed, ØØ; \"Låst\" \\ ny linje\nto"
    assert first.decoded("DTSTART") == dt.date(2027, 2, 1)
    assert first.decoded("DTEND") == dt.date(2027, 2, 4)  # exclusive end
    assert str(first["UID"]) == "aktivitet-1@kompetence-desktop.local"
    assert first.decoded("DTSTAMP") == STAMP
    assert str(vevents[1]["SUMMARY"]) == "Brand – e-læring skal fornys (SÅN, BÆ)"
    assert "Medarbejdere: SÅN, BÆ" in str(vevents[1]["DESCRIPTION"])
    assert str(vevents[2]["SUMMARY"]) == "MUS skal holdes (LØ)"


def test_demo_year_exports(demo_repo, tmp_path):
    s = demo_repo.snapshot()
    events = aarshjul.year_events(s, 2026)
    p = tmp_path / "årshjul.ics"
    ics.write_ics(p, events, s.profile["navn"], 2026)
    cal = icalendar.Calendar.from_ical(p.read_bytes())
    assert len(cal.walk("VEVENT")) == len(events) > 10
    uids = [str(v["UID"]) for v in cal.walk("VEVENT")]
    assert len(set(uids)) == len(uids)


# --- no empty calendar, UIDs per file ------------------------------------------------

def test_no_events_no_calendar():
    with pytest.raises(ics.EmptyCalendar):
        ics.build_ics([], "Bostedet", 2026, stamp=STAMP)


def test_uids_carry_the_file_id_and_sequence():
    ev = Event(dt.date(2027, 2, 1), "aktivitet", "KRAP", "uddannelsesplan", 1, key="aktivitet-1")
    cal = icalendar.Calendar.from_ical(ics.build_ics([ev], "B", 2027, stamp=STAMP, file_uid="abc123"))
    (v,) = cal.walk("VEVENT")
    assert str(v["UID"]) == "aktivitet-1-abc123@kompetence-desktop.local"
    assert int(v["SEQUENCE"]) == 0


def _uids(repo, year=2026):
    s = repo.snapshot()
    data = ics.build_ics(aarshjul.year_events(s, year), s.profile["navn"], year, stamp=STAMP,
                         file_uid=repo.profile.file_uid())
    return [str(v["UID"]) for v in icalendar.Calendar.from_ical(data).walk("VEVENT")]


def test_two_files_never_share_uids(demo_template, tmp_path):
    import shutil

    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    a, b = tmp_path / "a.kompetence", tmp_path / "b.kompetence"
    shutil.copy(demo_template, a)
    shutil.copy(demo_template, b)  # the same content, two files
    fa, fb = open_file(a), open_file(b)
    try:
        ua, ub = _uids(Repo(fa)), _uids(Repo(fb))
        assert ua and len(ua) == len(ub)
        assert not set(ua) & set(ub)
        assert _uids(Repo(fa)) == ua  # the same file: the same UIDs every export
    finally:
        fa.close()
        fb.close()
    # kept in the file: the same after reopening
    fa = open_file(a)
    try:
        assert _uids(Repo(fa)) == ua
    finally:
        fa.close()


def test_readonly_file_gets_a_stable_derived_id(demo_template, tmp_path):
    import shutil

    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    a = tmp_path / "a.kompetence"
    shutil.copy(demo_template, a)
    f = open_file(a, readonly=True)
    try:
        one, two = Repo(f).profile.file_uid(), Repo(f).profile.file_uid()
        assert one == two and len(one) == 32
        assert "fil_id" not in Repo(f).profile.texts()  # nothing written
    finally:
        f.close()
