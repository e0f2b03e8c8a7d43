"""The årshjul as an iCalendar file (RFC 5545) the leader imports into Outlook.

Written by hand, no dependency: CRLF line ends, content lines folded at 75
octets (never inside a UTF-8 character), TEXT values escaped, all-day events
as ``DTSTART;VALUE=DATE``, each with a stable UID and a DTSTAMP.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from .. import texts
from ..domain.aarshjul import Event

PRODID = "-//Kompetence Desktop//Aarshjul//DA"
UID_DOMAIN = "kompetence-desktop.local"


class EmptyCalendar(ValueError):
    """No events to export: RFC 5545 §3.6 wants at least one component, so no file is written."""


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded so no physical line exceeds 75 octets."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data + b"\r\n"
    parts = []
    start = 0
    limit = 75
    while start < len(data):
        end = min(start + limit, len(data))
        # don't cut a multi-byte character: back up to a lead byte
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end])
        start = end
        limit = 74  # continuation lines start with one space
    return b"\r\n ".join(parts) + b"\r\n"


def _date(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def _safe_uid_part(text: str) -> str:
    return "".join(ch for ch in str(text) if ch.isalnum() or ch in "-_.")


def event_uid(ev: Event, file_uid: str = "") -> str:
    """The event's UID: its stable key, plus the file's own id so two tilbud
    files never share a UID (a calendar would merge or drop their events)."""
    key = ev.key or f"{ev.kind}-{_date(ev.day)}"
    return f"{key}-{_safe_uid_part(file_uid)}@{UID_DOMAIN}" if file_uid else f"{key}@{UID_DOMAIN}"


def _event_lines(ev: Event, stamp: str, tilbud: str, file_uid: str = "") -> list[str]:
    summary = texts.aarshjul_event_text(ev)
    kind = texts.AARSHJUL_KIND_LABELS.get(ev.kind, ev.kind)
    desc = [f"{kind} – {tilbud}" if tilbud else kind]
    if ev.who:
        desc.append("Medarbejdere: " + ", ".join(ev.who))
    end = (ev.end or ev.day) + dt.timedelta(days=1)  # DTEND is exclusive
    return [
        "BEGIN:VEVENT",
        f"UID:{event_uid(ev, file_uid)}",
        "SEQUENCE:0",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(ev.day)}",
        f"DTEND;VALUE=DATE:{_date(end)}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(desc))}",
        f"CATEGORIES:{escape_text(kind)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def build_ics(events: Iterable[Event], tilbud: str = "", year: int | None = None,
              stamp: dt.datetime | None = None, file_uid: str = "") -> bytes:
    """The calendar as bytes (UTF-8, CRLF). Raises ``EmptyCalendar`` without events
    (a VCALENDAR must hold at least one component). ``file_uid``: the tilbud
    file's own id (``Repo.file_uid``), part of every UID."""
    events = list(events)
    if not events:
        raise EmptyCalendar(year)
    now = stamp or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is not None:
        now = now.astimezone(dt.timezone.utc)
    st = now.strftime("%Y%m%dT%H%M%SZ")
    name = f"Årshjul {year} – {tilbud}" if year else f"Årshjul – {tilbud}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name.strip(' –'))}",
    ]
    for ev in events:
        lines.extend(_event_lines(ev, st, tilbud, file_uid))
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)


def write_ics(path, events, tilbud: str = "", year: int | None = None, file_uid: str = "") -> None:
    """Write the calendar; raises ``EmptyCalendar`` (nothing written) without events."""
    data = build_ics(events, tilbud, year, file_uid=file_uid)
    Path(path).write_bytes(data)
