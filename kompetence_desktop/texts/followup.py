"""The plan's follow-up through the year: obligatory courses and when they fall due, MUS
(the Basic Five motivation check), supervision, and the årshjul.
"""
from __future__ import annotations

COURSE_RULE_LABELS = {
    "interval": "Hver {months}. måned",
    "once": "Én gang",
    "within_employment": "Inden for {months} måneder efter ansættelse",
}
DUE_LABELS = {
    "forfalden": "Forfalden",
    "snart": "Snart",
    "ok": "OK",
    "aldrig_taget": "Aldrig taget",
    "aldrig": "Aldrig holdt",
}

SUPERVISION_AUDIENCE_LABELS = {"ledelse": "Ledelse", "medarbejdere": "Medarbejdere"}

#: motivation check "Basic Five"
BASIC_FIVE = {
    "bf_vil": "Vil",
    "bf_kan": "Kan",
    "bf_ydre": "Ydre mulighedsbetingelser",
    "bf_moedt": "Bliver mødt",
    "bf_goer": "Gør",
}

AARSHJUL_KIND_LABELS = {
    "aktivitet": "Aktivitet",
    "opfoelgning": "Opfølgning",
    "kursus": "Obligatorisk kursus",
    "mus": "MUS",
    "med": "MED",
    "supervision": "Supervision",
}


def aarshjul_event_text(ev) -> str:
    """A short Danish title for an årshjul event (domain.aarshjul.Event)."""
    who = ", ".join(ev.who)
    if ev.kind == "aktivitet":
        return ev.title
    late = " – forfalden" if getattr(ev, "overdue", False) else ""
    if ev.kind == "opfoelgning":
        return f"Opfølgning og evaluering: {ev.title}{late}"
    if ev.kind == "kursus":
        verb = "skal tages" if getattr(ev, "first", False) else "skal fornys"
        return f"{ev.title} {verb} ({who}){late}"
    if ev.kind == "mus":
        if getattr(ev, "booked", False):
            return f"MUS aftalt ({who})"
        return f"MUS afholdt ({who})" if not ev.planned else f"MUS skal holdes ({who}){late}"
    if ev.kind == "med":
        return "Planen drøftet i MED" if not ev.planned else f"Planen skal drøftes i MED{late}"
    if ev.kind == "supervision":
        aud = SUPERVISION_AUDIENCE_LABELS.get(ev.audience, ev.audience).lower()
        pre = "Supervision" if not ev.planned else "Planlagt supervision"
        return f"{pre} for {aud}" + (f" – {ev.title}" if ev.title else "")
    return ev.title

#: the Årshjul's mark on a date that has passed without being done
AARSHJUL_OVERDUE = "Forfalden"
