"""*Dokumentation til socialtilsynet*: the document's words, the check's warning about supervision,
the Overblik's line on turnover and supervision, and the employee's years with the target group.
The themes' and indicators' own texts are data (resources/tilsyn_indikatorer.json)."""
from __future__ import annotations

TILSYN_TITLE = "Dokumentation til socialtilsynet"
TILSYN_FILE_STEM = "Dokumentation til socialtilsynet"
TILSYN_EDITION_ANONYMOUS = "Anonym udgave (ingen navne eller initialer)"
TILSYN_EDITION_INITIALS = "Udgave med initialer (ingen navne)"
TILSYN_NOTE = (
    "Temaerne og indikatorerne er Socialtilsynets (kvalitetsmodellen for socialtilsyn); tallene er tilbuddets "
    "egne, hentet fra tilbuddets kompetencefil på datoen ovenfor. Tekster markeret »programmets sammenfatning« "
    "er ikke Socialtilsynets ordlyd."
)
TILSYN_PRIVACY_NOTE = (
    "Dokumentet er anonymt efter samme regler som MED-udgaven af kompetenceudviklingsplanen: ingen navne, "
    "antal på 1 eller 2 personer vises som »under 3«, og navne i fritekst er skiftet ud med »en medarbejder« "
    "eller »en kollega«."
)
TILSYN_PRIVACY_NOTE_INITIALS = (
    "Lederen har valgt at vise medarbejdernes initialer (deltagere og hvem der har kompetencen på forventet "
    "niveau); ingen navne. Antal på 1 eller 2 personer vises som »under 3«, og navne i fritekst er skiftet ud "
    "med »en medarbejder« eller »en kollega«."
)
TILSYN_OFFICIAL = "Socialtilsynets ordlyd"
TILSYN_SUMMARY = "programmets sammenfatning"
TILSYN_SOURCE = "Kilde: {source} (gengivet {date})."
TILSYN_EVIDENCE_HEAD = "Her står dokumentationen"
TILSYN_INDICATORS_MISSING = "Indikatorteksterne kunne ikke læses; dokumentationen følger nedenfor."

#: the evidence under each theme, keyed as in resources/tilsyn_indikatorer.json
TILSYN_EVIDENCE = {
    "uddannelse": "Medarbejdergruppens uddannelse",
    "efteruddannelse": "Efteruddannelse de seneste 24 måneder",
    "erfaring": "Erfaring i tilbuddet og med målgruppen",
    "metoder": "Kompetencer i tilbuddets metoder og målgrupper",
    "supervision": "Ekstern faglig supervision og sparring",
    "gennemstroemning": "Personalegennemstrømning de seneste 12 måneder",
    "sygefravaer": "Sygefravær",
    "udgifter": "Udgifter til kompetenceudvikling",
    "aktiviteter": "Aktiviteter pr. kategori",
    "med": "Kompetenceudviklingsplanen i MED",
}

TILSYN_EXPERIENCE_BANDS = {
    "under_1": "Under 1 år",
    "1_2": "1–2 år",
    "2_5": "2–5 år",
    "5_10": "5–10 år",
    "10_plus": "10 år eller mere",
    "not_recorded": "Ikke registreret",
}
TILSYN_TURNOVER_FORMULA = (
    "Beregning: fratrådte i perioden ÷ gennemsnitligt antal ansatte, hvor antallet af ansatte er opgjort ved "
    "hver månedsafslutning i perioden."
)
TILSYN_NO_SICKNESS = (
    "Sygefravær er ikke angivet. Lederen kan angive årets sygefravær (dagsværk pr. fuldtidsansat, som "
    "årsrapporten oplyser det) under Tilbud."
)

#: `kompetence check` and the Overblik
CHECK_WARNING = "ADVARSEL"
NO_SUPERVISION = "Der er ikke registreret supervision for {audience} inden for de seneste 12 måneder."
OVERVIEW_TILSYN_TITLE = "Til socialtilsynet"
OVERVIEW_TURNOVER = "Personalegennemstrømning (12 mdr.): {rate} – {leavers} fratrådte ÷ {avg} ansatte i gennemsnit"
OVERVIEW_TURNOVER_NONE = "Personalegennemstrømning (12 mdr.): ingen ansatte i perioden"
OVERVIEW_SUPERVISION = "Supervision (12 mdr.): ledelse {lead}, medarbejdere {staff}"

#: the employee's years with the target group before employment
EMPLOYEE_TARGET_GROUP_LABEL = "Erfaring med målgruppen før ansættelsen (år):"
EMPLOYEE_TARGET_GROUP_TIP = (
    "Antal år, medarbejderen havde arbejdet med tilbuddets målgruppe, før ansættelsen her. Tomt: ikke "
    "registreret. Dokumentation til socialtilsynet lægger årene i tilbuddet til."
)


def fmt_decimal(x: float, digits: int = 1) -> str:
    """12.35 -> "12,4" (Danish decimal comma)."""
    return f"{x:.{digits}f}".replace(".", ",")


def fmt_percent(x: float | None) -> str:
    """0.1234 -> "12,3 %"; None -> "–"."""
    return "–" if x is None else f"{x * 100:.1f} %".replace(".", ",")
