"""The uddannelsesplan and the plan's requirements: activities, the template's columns and
forms, the requirement check, what changed between two archived versions.
"""
from __future__ import annotations

from .formats import kroner
from .levels import VULNERABILITY_LABELS

ACTIVITY_STATUS_LABELS = {
    "planlagt": "Planlagt",
    "bevilget": "Bevilget",
    "i_gang": "I gang",
    "gennemfoert": "Gennemført",
    "aflyst": "Aflyst",
}
ACTIVITY_CATEGORY_LABELS = {
    "generelle": "Generelle tværfaglige kompetencer",
    "tvaergaaende": "Tværgående og lokale faglige indsatser",
    "prioriterede": "Prioriterede indsatser",
}
ACTIVITY_FORM_LABELS = {
    "kursus": "Kursus",
    "e_laering": "E-læring",
    "uddannelse": "Uddannelse",
    "temadag": "Temadag",
    "sidemandsoplaering": "Sidemandsoplæring",
    "aktionslaering": "Aktionslæring",
    "supervision": "Supervision",
    "vidensdeling": "Vidensdeling på møde",
}

#: the template's column names (Socialstyrelsen, *uddannelsesplan*), in its order, keyed by
#: the activity's field
PLAN_COLUMNS = {
    "participants": "Medarbejdere",
    "purpose": "Formål",
    "title": "Uddannelsesaktivitet",
    "learning_support": "Læringsunderstøttende aktiviteter",
    "learning_goals": "Læringsmål og succeskriterier",
    "schedule": "Tidsplan",
    "responsible": "Ansvar",
    "resources": "Ressourceforbrug",
    "status": "Status",
}

#: Socialstyrelsen's five questions of the *læringsmål* form
LEARNING_GOAL_QUESTIONS = {
    "knowledge": "Hvilken viden, færdigheder og kompetencer skal tilegnes?",
    "practice": "Hvordan skal den nye læring bruges i praksis?",
    "results": "Hvilke resultater opnås?",
    "org_goals": "Hvilke mål i organisationen understøtter resultaterne?",
    "support": "Aftalt støtte fra nærmeste leder og/eller andre nøglepersoner",
}
#: the *logbog* form
LOGBOOK_QUESTIONS = {
    "what_happened": "Hvad skete der?",
    "wondered": "Hvad undrede mig?",
    "want_more": "Hvad vil jeg gerne vide mere om/kunne mere af?",
    "other": "Andet",
}

#: requirement code → (met, missing) sentences for the check (docs/domain.md §9)
REQUIREMENTS = {
    "leder": ("Tilbudsleder er angivet", "Planen mangler navnet på tilbudslederen"),
    "periode": ("Planperioden er angivet", "Planen mangler en planperiode"),
    "malgruppe": ("Målgruppen er beskrevet", "Planen mangler en beskrivelse af målgruppen"),
    "malsaetning": ("Målsætningen er beskrevet", "Planen mangler tilbuddets målsætning"),
    "faglige_tilgange": ("Faglige tilgange og metoder er beskrevet", "Planen mangler en beskrivelse af faglige tilgange og metoder"),
    "fremtidige_opgaver": ("Fremtidige opgaver er beskrevet", "Planen mangler en beskrivelse af, hvordan fremtidige opgaver ser ud"),
    "medarbejdere": ("Der er aktive medarbejdere", "Planen mangler medarbejdere"),
    "kompetencer_alle_kategorier": ("Kompetenceprofilen dækker alle fire kategorier", "Kompetenceprofilen mangler kompetencer i en eller flere af de fire kategorier"),
    "alle_vurderet": ("Alle aktive medarbejdere er vurderet", "Planen mangler vurderinger af en eller flere medarbejdere"),
    "temaer": ("Temaerne nye målgrupper, faglige tilgange og metoder, dokumentation, arbejdsmiljø og konflikthåndtering er dækket", "Planen dækker ikke alle temaer (nye målgrupper, faglige tilgange og metoder, dokumentation, arbejdsmiljø, konflikthåndtering)"),
    "uddannelsesplan": ("Der er en uddannelsesplan", "Planen mangler en uddannelsesplan med aktiviteter"),
    "aktiviteter_maal_kompetencer": ("Alle aktiviteter er knyttet til kompetencer", "En eller flere aktiviteter er ikke knyttet til de kompetencer, de skal udvikle"),
    "obligatoriske_kurser": ("Obligatoriske kurser er registreret", "Planen mangler obligatoriske kurser"),
    "supervision_ledelse": ("Ekstern supervision for ledelsen er beskrevet", "Planen mangler en beskrivelse af ekstern supervision for ledelsen"),
    "supervision_medarbejdere": ("Ekstern supervision for medarbejdere er beskrevet", "Planen mangler en beskrivelse af ekstern supervision for medarbejdere"),
    "mus_afholdt": ("Der er afholdt MUS inden for 12 måneder", "Der er ikke registreret MUS inden for de seneste 12 måneder"),
    "videndeling": ("Vidensdeling efter kurser er beskrevet",
                    "Planen mangler en beskrivelse af vidensdeling efter kurser"),
    "tilrettelaeggelse_teams": ("Teams og organisering er beskrevet", "Planen mangler en beskrivelse af teams og organisering af arbejdet"),
    "kontaktpersonordning": ("Kontaktpersonordningen er beskrevet", "Planen mangler en beskrivelse af kontaktpersonordningen"),
    "vikarer_studerende": ("Procedure for vikarer og studerende er beskrevet", "Planen mangler en procedure for vikarer og studerende"),
    "ansvar_dokumentation": ("Ansvar og dokumentation er beskrevet", "Planen mangler en beskrivelse af ansvar og dokumentation"),
    "med_behandlet": ("Planen er drøftet i MED inden for 12 måneder", "Planen er ikke drøftet i MED inden for de seneste 12 måneder"),
    #: requirements.check on a plan without activities: nothing to link yet (never a vacuous "OK")
    "aktiviteter_maal_kompetencer_ingen": (
        "Alle aktiviteter er knyttet til kompetencer",
        "Ingen aktiviteter endnu – der er ingen aktiviteter at knytte til de kompetencer, de skal udvikle",
    ),
    "fremtid_malsaetning_metoder": (
        "Fremtidens målsætning og faglige tilgange og metoder er beskrevet",
        "Planen mangler en beskrivelse af, hvordan fremtidens målsætning og faglige tilgange og metoder ser ud"),
    "mus_indkalder": (
        "Nærmeste leder indkalder til MUS",
        "Retningslinjen siger, at nærmeste leder indkalder til MUS – planen angiver en anden"),
    "med_evaluering_mus": (
        "MED har evalueret MUS-konceptet (med dato)",
        "Planen mangler MED's evaluering af MUS-konceptet med dato"),
    "med_evaluering_sammenhaeng": (
        "MED har inden for 12 måneder evalueret sammenhængen mellem målgruppe, målsætning, metoder, "
        "kompetencebehov og indsats",
        "MED har ikke inden for 12 måneder evalueret sammenhængen mellem målgruppe, målsætning, metoder, "
        "kompetencebehov og indsats (tekst og dato)"),
    "daekning_teams": (
        "Kompetencer, der skal dækkes i hvert team, er dækket i alle teams",
        "Et team mangler en medarbejder på forventet niveau i en kompetence, der skal dækkes i hvert team"),
}
PAGE_LABELS = {
    "tilbud": "Tilbud",
    "medarbejdere": "Medarbejdere",
    "medarbejder": "Den enkelte medarbejder, fanen MUS",
    "kompetencer": "Kompetencer",
    "matrix": "Matrix",
    "uddannelsesplan": "Uddannelsesplan",
    "kurser": "Obligatoriske kurser",
    "med": "MED og supervision",
}


def requirement_text(req) -> str:
    met, missing = REQUIREMENTS[req.code]
    if req.met:
        return met
    detail = getattr(req, "detail", "")
    return f"{missing}: {detail}" if detail else missing


def plan_change_text(change: tuple) -> str:
    """One line of "what changed" between two archived plans (domain.plan_summary.compare)."""
    code, *d = change
    v = VULNERABILITY_LABELS
    st = ACTIVITY_STATUS_LABELS
    if code == "staff_joined":
        return f"Ny medarbejder: {d[0]}"
    if code == "staff_left":
        return f"Medarbejder fratrådt: {d[0]}"
    if code == "competence_added":
        return f"Ny kompetence i profilen: {d[0]}"
    if code == "competence_removed":
        return f"Kompetence fjernet fra profilen: {d[0]}"
    if code == "vulnerability":
        return f"{d[0]}: sårbarhed {v.get(d[1], d[1])} → {v.get(d[2], d[2])}"
    if code == "gap":
        return f"{d[0]}: manglende niveauer {d[1]} → {d[2]}"
    if code == "activity_added":
        return f"Ny aktivitet: {d[0]}"
    if code == "activity_removed":
        return f"Aktivitet fjernet: {d[0]}"
    if code == "activity_status":
        return f"{d[0]}: {st.get(d[1], d[1])} → {st.get(d[2], d[2])}"
    if code == "mus":
        return f"MUS inden for 12 måneder: {d[0]} af {d[1]} → {d[2]} af {d[3]}"
    if code == "budget":
        return f"Budget: {kroner(d[0])} → {kroner(d[1])}"
    return code


#: the MED discussion recorded when a plan version is archived as approved in MED
MED_PLAN_EVALUATION = "Kompetenceudviklingsplanen version {version} behandlet i MED."
PLAN_VERSION_LABEL = "Version {version} – behandlet i MED {date}"

#: the Uddannelsesplan page's detail pane with no activity chosen
PLAN_DETAIL_NONE = "Vælg en aktivitet i tabellen for at se den hele her."
