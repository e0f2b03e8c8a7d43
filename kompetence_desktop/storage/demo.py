"""The demo tilbud "Bostedet Lærkely" (clearly fictional) and large synthetic
files for benchmarks. Deterministic for a seed and a "today".

Dates are laid relative to today, so the demo always shows a living tilbud:
some courses overdue, a MUS due, an activity waiting for its evaluation.
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from ..domain import dates
from ..domain.rules import add_months
from .tilbudfile import create_file

# (category, name, expected, tags) — catalogue.md, "Bosted for voksne"
CATALOGUE_BOSTED = [
    ("faglige", "Viden om målgruppens funktionsnedsættelser (fx erhvervet hjerneskade)", 4, ["nye målgrupper"]),
    ("faglige", "Pædagogiske metoder og tilgange (fx KRAP, Low Arousal, neuropædagogik)", 3, ["faglige tilgange og metoder"]),
    ("faglige", "Konflikthåndtering og de-eskalering", 3, ["konflikthåndtering"]),
    ("faglige", "Dokumentation i fagsystemet (handleplaner, pædagogiske planer, notater)", 3, ["dokumentation"]),
    ("faglige", "Medicinhåndtering", 3, []),
    ("faglige", "Lovgivning og regler om magtanvendelse", 3, []),
    ("faglige", "Viden om psykiatri og misbrug (dobbeltdiagnoser)", 2, ["nye målgrupper"]),
    ("faglige", "Rehabilitering og recovery-orienteret praksis", 3, ["faglige tilgange og metoder"]),
    ("sociale", "Borgerinddragelse – borgerens stemme", 4, []),
    ("sociale", "Samarbejde med pårørende", 3, []),
    ("sociale", "Tværfagligt samarbejde", 3, []),
    ("sociale", "Samtaleteknikker og kommunikation", 3, ["faglige tilgange og metoder"]),
    ("sociale", "Kontaktpersonfunktion", 3, []),
    ("organisatoriske", "Arbejdsmiljø og sikkerhed", 3, ["arbejdsmiljø"]),
    ("organisatoriske", "Kendskab til tilbuddets retningslinjer og arbejdsgange", 3, []),
    ("organisatoriske", "Vidensdeling og sidemandsoplæring", 3, []),
    ("organisatoriske", "Introduktion af vikarer og studerende", 2, []),
    ("personlige", "Refleksion over egen praksis", 3, []),
    ("personlige", "Håndtering af egne reaktioner i pressede situationer", 3, ["konflikthåndtering", "arbejdsmiljø"]),
    ("personlige", "Ansvar for egen læring og faglig nysgerrighed", 3, []),
]

# Midtjylland "Basis 1" (DOMAIN §6)
BASIS_1 = [
    ("Brand – e-læring", "interval", 12),
    ("Brand – praktisk (hands-on)", "interval", 48),
    ("Basal genoplivning – e-læring", "interval", 18),
    ("Basal genoplivning – praktisk", "interval", 24),
    ("Sikkerhedskursus / grundkursus i konflikthåndtering", "within_employment", 6),
]

TEAMS = ["Team Øst", "Team Vest", "Nat og weekend"]

# name, initials, job title, education, team index, years employed (None: new), left months ago, skill
STAFF = [
    ("Anne-Mette Sørensen", "AMS", "Souschef, pædagog", "paedagog", 0, 14, None, 4.2),
    ("Jens Kræmer", "JK", "Social- og sundhedsassistent", "sosu_assistent", 0, 9, None, 3.4),
    ("Søren Ågård Nielsen", "SÅN", "Pædagog", "paedagog", 0, 6, None, 3.6),
    ("Lærke Østergaard", "LØ", "Pædagogisk assistent", "paedagogisk_assistent", 0, 3, None, 2.8),
    ("Line O'Connor-Ravn", "LOR", "Pædagog", "paedagog", 0, 2, None, 3.0),
    ("Mette Bøgh", "MB", "Ergoterapeut", "ergo_fysioterapeut", 1, 11, None, 3.9),
    ("Fatima Al-Hassan", "FAH", "Pædagog", "paedagog", 1, 5, None, 3.5),
    ("Birgitte Ærenlund", "BÆ", "Sygeplejerske", "sygeplejerske", 1, 8, None, 3.7),
    ("Ole Dyrberg", "OD", "Social- og sundhedshjælper", "sosu_hjaelper", 1, 17, None, 3.1),
    ("Mads Bjørn-Hansen", "MBH", "Omsorgsmedhjælper", "ufaglaert", 2, 4, None, 2.3),
    ("Karen Højgaard", "KH", "Social- og sundhedsassistent", "sosu_assistent", 2, 7, None, 3.2),
    ("Peter Mølgaard", "PM", "Omsorgsmedhjælper", "ufaglaert", 2, None, None, 1.8),
    ("Henrik Fjeldsø", "HF", "Pædagog", "paedagog", 1, 6, 8, 3.8),
]

PROFILE = {
    "navn": "Bostedet Lærkely",
    "adresse": "Lærkevej 12, 8600 Silkeborg (fiktiv adresse)",
    "leder": "Hanne Vestergaard",
    "paragraf": "Botilbud efter serviceloven § 107",
    "malgruppe": (
        "Voksne mellem 18 og 65 år med erhvervet hjerneskade, ofte med nedsat hukommelse, "
        "koncentration og impulskontrol. En del borgere har samtidig psykiske vanskeligheder "
        "eller et misbrug. Tilbuddet har 16 pladser fordelt på to huse."
    ),
    "malsaetning": (
        "Borgerne skal opnå størst mulig selvstændighed og livskvalitet gennem en rehabiliterende, "
        "neuropædagogisk indsats, hvor borgerens egne mål er udgangspunktet."
    ),
    "faglige_tilgange": (
        "Neuropædagogik, KRAP (kognitiv, ressourcefokuseret og anerkendende pædagogik) og Low Arousal. "
        "Recovery-orienteret praksis og systematisk dokumentation af mål og indsatser."
    ),
    "fremtidige_opgaver": (
        "Vi forventer flere yngre borgere med dobbeltdiagnoser (hjerneskade og psykiatri/misbrug) og "
        "flere borgere med behov for medicinhåndtering. Velvidende at opgaverne kan ændre sig, "
        "prioriterer vi derfor viden om psykiatri og misbrug samt medicinhåndtering de næste to år."
    ),
    "periode": "",  # filled from today's year below
    "retningslinje_formaal": (
        "At sikre, at medarbejderne har de kompetencer, borgerne har brug for nu og fremover, og at "
        "kompetenceudviklingen er systematisk, planlagt og dokumenteret."
    ),
    "retningslinje_hvordan": (
        "Kompetencerne vurderes årligt ved MUS. Gab mellem forventet og aktuelt niveau omsættes til "
        "aktiviteter i uddannelsesplanen, som følges op med læringsmål og logbog."
    ),
    "retningslinje_ansvar": (
        "Tilbudslederen har det overordnede ansvar. Souschefen koordinerer kurser og introduktion. "
        "Den enkelte medarbejder har ansvar for egen læring og for at dele ny viden."
    ),
    "retningslinje_hvor_hvornaar": (
        "MUS afholdes august–oktober. Planen drøftes i det lokale MED-udvalg i januar og følges op i juni."
    ),
    "supervision_ledelse": (
        "Tilbudslederen og souschefen modtager ekstern ledelsessparring fire gange årligt hos "
        "Netværk for Ledelse (fiktiv) og ved behov efter alvorlige hændelser."
    ),
    "supervision_medarbejdere": (
        "Hvert team har ekstern faglig supervision hvert kvartal (2 timer) med neuropsykolog. "
        "Efter episoder med vold eller trusler tilbydes supervision inden for en uge."
    ),
    "tilrettelaeggelse_teams": (
        "To dagteams (Team Øst og Team Vest) og et team for nat og weekend. Vagtplanen sikrer, at der "
        "på hver vagt er mindst én medarbejder med kompetencer i medicinhåndtering og konflikthåndtering."
    ),
    "kontaktpersonordning": (
        "Hver borger har en primær og en sekundær kontaktperson fra dagteamet. Kontaktpersonen "
        "koordinerer pædagogiske planer og samarbejdet med pårørende."
    ),
    "vikarer": (
        "Faste vikarer gennemgår tilbuddets introduktion (Basis 2) og går sidemandsoplæring med en "
        "erfaren kollega, før de tager vagter alene."
    ),
    "studerende": (
        "Pædagogstuderende har en uddannet praktikvejleder og ugentlig vejledning. Studerende indgår "
        "ikke alene i vagtplanen."
    ),
    "ansvar_dokumentation": (
        "Tilbudslederen har det samlede ansvar for planen og for at dokumentere kompetenceudviklingen. "
        "Planen opdateres årligt efter MUS og drøftes i MED. Kursusbeviser registreres af souschefen."
    ),
    "videndeling": (
        "Efter alle kurser og temadage fremlægger deltagerne det vigtigste på næste personalemøde. "
        "Sidemandsoplæring aftales konkret i udviklingsaftalen."
    ),
    "med_ramme_mus": "MED-udvalget har fastlagt rammen for MUS: årlig samtale med skriftlig udviklingsaftale.",
}


def _ins(conn: sqlite3.Connection, table: str, row: dict) -> int:
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    return conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values())).lastrowid


def _fill_demo(conn: sqlite3.Connection, today: dt.date, seed: int) -> None:
    rnd = random.Random(seed)
    profile = dict(PROFILE)
    profile["periode"] = f"{today.year}–{today.year + 1}"
    conn.executemany("INSERT OR REPLACE INTO profile(key, value) VALUES (?, ?)", profile.items())
    team_ids = [_ins(conn, "teams", {"name": n, "sort_order": i}) for i, n in enumerate(TEAMS, 1)]

    emp_ids, skills, starts, actives = [], {}, {}, []
    for name, ini, job, edu, team, years, left, skill in STAFF:
        start = add_months(today, -int((years if years is not None else 0.25) * 12)) if years else add_months(today, -2)
        start = start.replace(day=1)  # Danish employment starts on the 1st, not all on today's day of month
        end = add_months(today, -left) if left else None
        eid = _ins(conn, "employees", {
            "name": name, "initials": ini, "job_title": job, "education": edu,
            "team_id": team_ids[team], "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
        })
        emp_ids.append(eid)
        skills[eid] = skill
        starts[eid] = start
        if end is None:
            actives.append(eid)

    comp_ids = []
    for i, (cat, name, exp, tags) in enumerate(CATALOGUE_BOSTED):
        cid = _ins(conn, "competences", {"category": cat, "name": name, "expected_level": exp, "sort_order": i})
        for t in tags:
            conn.execute("INSERT INTO competence_tags(competence_id, tag) VALUES (?, ?)", (cid, t))
        comp_ids.append((cid, exp, name))

    # deliberately thin spots: only the nurse masters medicine (Høj sårbarhed),
    # nobody yet the new target group's psychiatry and misuse (Kritisk)
    thin = {5: -0.6}
    nurse = emp_ids[7]
    night = {emp_ids[9], emp_ids[10], emp_ids[11]}
    rows = []
    rounds = [add_months(today, -25), add_months(today, -13), add_months(today, -2)]
    for eid in emp_ids:
        for ci, (cid, exp, name) in enumerate(comp_ids):
            if eid in night and name == "Kontaktpersonfunktion":
                rows.append((eid, cid, None, 1, "leder", rounds[-1].isoformat()))
                continue
            base = skills[eid] + thin.get(ci, 0.0) + rnd.uniform(-0.8, 0.8)
            for r, day in enumerate(rounds):
                if day < starts[eid]:
                    continue
                if eid == emp_ids[12] and r == 2:
                    continue  # left before the latest round
                lvl = max(1, min(5, round(base - 0.35 * (2 - r))))
                if name == "Medicinhåndtering":
                    lvl = 4 if eid == nurse else min(lvl, 2)
                elif name.startswith("Viden om psykiatri"):
                    lvl = 1
                rows.append((eid, cid, lvl, 0, "mus" if r < 2 else "leder", day.isoformat()))
                if r >= 1:
                    selfl = max(1, min(5, lvl + rnd.choice([0, 0, 0, 1, 1, -1])))
                    rows.append((eid, cid, selfl, 0, "selvvurdering", (day - dt.timedelta(days=7)).isoformat()))
    conn.executemany(
        "INSERT INTO assessments(employee_id, competence_id, level, not_relevant, source, assessed_on) VALUES (?,?,?,?,?,?)",
        rows,
    )

    course_ids = []
    for i, (name, rule, months) in enumerate(BASIS_1):
        course_ids.append(_ins(conn, "course_types", {"name": name, "rule": rule, "months": months, "sort_order": i}))
    comp_rows = []
    for k, eid in enumerate(emp_ids):
        if eid == emp_ids[11]:
            continue  # the new hire has taken none yet
        for j, cid in enumerate(course_ids):
            rule_months = BASIS_1[j][2]
            if BASIS_1[j][1] == "within_employment":
                day = add_months(starts[eid], 3)
            else:
                # spread: most within their interval, a few overdue
                back = rnd.randint(1, rule_months + (8 if (k + j) % 5 == 0 else 0))
                day = add_months(today, -back) - dt.timedelta(days=rnd.randint(0, 20))
            if day < starts[eid]:
                day = starts[eid] + dt.timedelta(days=30)
            if day <= today:
                comp_rows.append((cid, eid, day.isoformat()))
    conn.executemany(
        "INSERT INTO course_completions(course_type_id, employee_id, completed_on) VALUES (?,?,?)", comp_rows
    )

    y = today.year
    cid_of = {name: cid for cid, _e, name in comp_ids}

    def comp(prefix):
        return next(cid for name, cid in cid_of.items() if name.startswith(prefix))

    activities = [
        dict(title="Neuropædagogik – grundkursus", status="gennemfoert", category="tvaergaaende", form="kursus",
             purpose="Fælles faglig forståelse af hjerneskadens følger", provider="VIA Efter- og videreuddannelse",
             extent="3 dage", price_ore=2_450_000, funded=1, funding_source="Drift",
             learning_support="Refleksion på teammøde før og efter kurset",
             learning_goals="Deltagerne kan anvende neuropædagogisk udredning i pædagogiske planer",
             schedule=f"Marts {y}", start_date=dt.date(y, 3, 10), end_date=dt.date(y, 3, 12),
             responsible="Souschef", resources="3 dage × 3 deltagere, vikardækning",
             knowledge_sharing="Oplæg på personalemøde i april og fælles case på temadag",
             expectations_before="Aftalt ved MUS: fokus på udredning af hukommelse",
             followup_date=dt.date(y, 6, 1),
             evaluation="Deltagerne bruger nu udredningsskemaet i alle nye pædagogiske planer.",
             parts=[emp_ids[3], emp_ids[4], emp_ids[9]], comps=[comp("Viden om målgruppens"), comp("Pædagogiske metoder")]),
        dict(title="KRAP – modul 1 og 2", status="i_gang", category="prioriterede", form="uddannelse",
             purpose="KRAP som fælles metode i begge huse", provider="Center for KRAP (fiktiv)",
             extent="6 dage", price_ore=4_800_000, funded=1, funding_source="Kompetencefond",
             learning_support="Aktionslæring i teamet mellem modulerne",
             learning_goals="Alle i dagteamene kan bruge KRAP-skemaer i dokumentationen",
             schedule=f"September {y} – februar {y + 1}", start_date=dt.date(y, 9, 15), end_date=dt.date(y + 1, 2, 20),
             responsible="Tilbudsleder", resources="6 dage × 4 deltagere",
             knowledge_sharing="Deltagerne bliver KRAP-ressourcepersoner og holder sparring i teamet",
             expectations_before="Forventningssamtale med leder før start",
             followup_date=dt.date(y + 1, 4, 1),
             parts=[emp_ids[1], emp_ids[2], emp_ids[6], emp_ids[7]], comps=[comp("Pædagogiske metoder"), comp("Dokumentation")]),
        dict(title="Medicinhåndtering for ikke-sundhedsuddannede", status="bevilget", category="generelle", form="kursus",
             purpose="Flere medarbejdere skal kunne håndtere medicin på aften- og nattevagt",
             provider="Kommunens sundhedsafdeling (fiktiv)", extent="2 dage", price_ore=600_000, funded=1,
             funding_source="Drift", learning_support="Sidemandsoplæring med sygeplejersken",
             learning_goals="Deltagerne kan dispensere og dokumentere medicin korrekt",
             schedule=f"Januar {y + 1}", start_date=dt.date(y + 1, 1, 20), end_date=dt.date(y + 1, 1, 21),
             responsible="Sygeplejerske", resources="2 dage × 3 deltagere",
             knowledge_sharing="Tjekliste til medicinrummet udarbejdes af deltagerne",
             expectations_before="Aftales ved MUS", followup_date=dt.date(y + 1, 3, 1),
             parts=[emp_ids[9], emp_ids[10], emp_ids[11]], comps=[comp("Medicinhåndtering")]),
        dict(title="Psykiatri og misbrug – e-læring og temadag", status="planlagt", category="prioriterede", form="temadag",
             purpose="Forberede tilbuddet på flere borgere med dobbeltdiagnoser",
             provider="Socialstyrelsens e-læring + ekstern underviser", extent="1 dag + 6 timer e-læring",
             price_ore=1_250_000, funded=0, funding_source="",
             learning_support="Case-drøftelser på teammøder", learning_goals="Kende tegn på misbrug og psykisk krise",
             schedule=f"Forår {y + 1}", start_date=dt.date(y + 1, 4, 15), end_date=dt.date(y + 1, 4, 15),
             responsible="Tilbudsleder", resources="Hele personalegruppen",
             knowledge_sharing="Fælles temadag – alle deltager", expectations_before="",
             parts=list(actives), comps=[comp("Viden om psykiatri")]),
        dict(title="Low Arousal – temadag", status="gennemfoert", category="tvaergaaende", form="temadag",
             purpose="Forebygge konflikter og magtanvendelse", provider="Low Arousal Danmark (fiktiv)",
             extent="1 dag", price_ore=1_800_000, funded=1, funding_source="Drift",
             learning_support="Gennemgang af episoder på teammøder",
             learning_goals="Færre magtanvendelser; fælles sprog om nedtrapning",
             schedule=f"Maj {y}", start_date=dt.date(y, 5, 20), end_date=dt.date(y, 5, 20),
             responsible="Souschef", resources="Hele personalegruppen, lukket dagtilbud",
             knowledge_sharing="Handleplan for nedtrapning ophængt i begge huse",
             expectations_before="Forventninger drøftet på personalemøde",
             followup_date=dt.date(y, 9, 1), evaluation="",
             parts=list(actives[:10]), comps=[comp("Konflikthåndtering"), comp("Håndtering af egne")]),
        dict(title="Sidemandsoplæring i dokumentation", status="i_gang", category="generelle", form="sidemandsoplaering",
             purpose="Ensartet dokumentation i fagsystemet", provider="Intern", extent="4 × 2 timer",
             price_ore=0, funded=1, funding_source="Drift", learning_support="Erfaren kollega som makker",
             learning_goals="Alle notater skrives efter tilbuddets skabelon",
             schedule=f"Efterår {y}", start_date=dt.date(y, 10, 1), end_date=dt.date(y, 12, 15),
             responsible="Anne-Mette Sørensen", resources="8 timer pr. deltager",
             knowledge_sharing="Skabelon og eksempler lægges i fælles mappe",
             expectations_before="Aftalt i udviklingsaftalen", followup_date=dt.date(y + 1, 1, 15),
             parts=[emp_ids[3], emp_ids[11]], comps=[comp("Dokumentation")]),
    ]
    act_ids = []
    for a in activities:
        parts, comps = a.pop("parts"), a.pop("comps")
        for k in ("start_date", "end_date", "followup_date"):
            if a.get(k):
                a[k] = a[k].isoformat()
        a["year"] = int(a["start_date"][:4])
        aid = _ins(conn, "activities", a)
        act_ids.append(aid)
        conn.executemany("INSERT INTO activity_participants VALUES (?, ?)", [(aid, e) for e in parts])
        conn.executemany("INSERT INTO activity_competences VALUES (?, ?)", [(aid, c) for c in comps])

    goals = [
        (emp_ids[3], act_ids[0], "Viden om hukommelsesvanskeligheder efter hjerneskade",
         "Bruge udredningsskemaet, når en ny borger flytter ind",
         "Pædagogiske planer med konkrete, målbare hukommelsesstrategier",
         "Tilbuddets mål om rehabilitering og selvstændighed",
         "Sparring med souschef hver 14. dag i tre måneder"),
        (emp_ids[1], act_ids[1], "KRAP-metodens skemaer og anerkendende tilgang",
         "Skemaerne bruges på teammødet ved nye problemstillinger",
         "Færre konflikter i Team Øst", "Fælles faglig metode i begge huse",
         "Tid på teammøde hver måned"),
        (None, act_ids[3], "Fælles viden om dobbeltdiagnoser", "Tidlig opsporing af tilbagefald",
         "Færre indlæggelser og akutte episoder", "Strategien for nye målgrupper",
         "Ledelsen sikrer tid til temadag og opfølgning"),
    ]
    for eid, aid, *qs in goals:
        conn.execute(
            """INSERT INTO learning_goals(employee_id, activity_id, created_on, knowledge, practice, results, org_goals, support, status)
               VALUES (?,?,?,?,?,?,?,?,?)""",
            (eid, aid, add_months(today, -9).isoformat(), *qs, "i gang"),
        )
    logs = [
        (emp_ids[3], add_months(today, -8), act_ids[0], "Første dag om hukommelse og opmærksomhed.",
         "At små ændringer i dagsstrukturen betyder så meget for borgerne.",
         "Hvordan vi bruger piktogrammer i hverdagen.", ""),
        (emp_ids[3], add_months(today, -4), None, "Afprøvede ny morgenrutine med en borger.",
         "At borgeren selv tog initiativ efter en uge.", "Mere om motivation efter hjerneskade.", ""),
        (emp_ids[1], add_months(today, -1), act_ids[1], "KRAP modul 1: kortlægning af ressourcer.",
         "Hvor ofte vi taler om problemer frem for ressourcer.", "Skemaet til kognitiv kortlægning.",
         "Vil gerne vise skemaet på teammødet."),
    ]
    for eid, day, aid, *qs in logs:
        conn.execute(
            """INSERT INTO logbook(employee_id, entry_date, activity_id, what_happened, wondered, want_more, other)
               VALUES (?,?,?,?,?,?,?)""",
            (eid, day.isoformat(), aid, *qs),
        )

    agreements = [
        "Deltager i KRAP-uddannelsen og er ressourceperson i teamet.",
        "Sidemandsoplæring i dokumentation; følges op ved næste MUS.",
        "Kursus i medicinhåndtering; derefter medicinansvar på aftenvagt.",
    ]
    for k, eid in enumerate(emp_ids):
        if eid == emp_ids[11]:
            continue  # new: no MUS yet
        seasons = [add_months(today, -25), add_months(today, -13)]
        if k not in (8,):  # Ole's latest MUS is overdue
            seasons.append(add_months(today, -2) - dt.timedelta(days=k * 3))
        for day in seasons:
            if day < starts[eid]:
                continue
            if eid == emp_ids[12] and day > add_months(today, -8):
                continue
            conn.execute(
                """INSERT INTO mus(employee_id, held_on, notes, agreement, agreement_status, wishes,
                                   bf_vil, bf_kan, bf_ydre, bf_moedt, bf_goer)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                (eid, day.isoformat(), "Trives i teamet. Ønsker mere faglig sparring.",
                 agreements[k % 3], "i gang" if day > add_months(today, -6) else "opfyldt",
                 "Vil gerne på kursus i neuropædagogik" if k % 2 else "Ønsker mere ansvar for dokumentation",
                 "Høj", "Middel", "Tid er en udfordring", "Ja", "Delvist"),
            )

    for months_back, ev in [(22, "Planen blev godkendt. MED ønskede fokus på arbejdsmiljø."),
                            (10, "Planen blev drøftet og godkendt. MED bad om status på KRAP-uddannelsen til juni.")]:
        conn.execute("INSERT INTO med_discussions(held_on, evaluation) VALUES (?, ?)",
                     (add_months(today, -months_back).isoformat(), ev))
    for q in range(1, 9):
        day = add_months(today, -3 * q + 1)
        conn.execute("INSERT INTO supervision(audience, provider, held_on, note) VALUES (?,?,?,?)",
                     ("medarbejdere", "Neuropsykolog Lise Holm (fiktiv)", day.isoformat(), "Teamsupervision, 2 timer"))
        conn.execute("INSERT INTO supervision(audience, provider, held_on, note) VALUES (?,?,?,?)",
                     ("ledelse", "Netværk for Ledelse (fiktiv)", (day + dt.timedelta(days=10)).isoformat(), "Ledelsessparring"))


FIRST = ["Anne", "Mette", "Søren", "Lærke", "Jens", "Karen", "Ole", "Birgitte", "Mads", "Fatima", "Åse",
         "Niels", "Ida", "Emil", "Sofie", "Rasmus", "Hanne", "Bo", "Signe", "Jørgen"]
LAST = ["Sørensen", "Ørnbøl", "Nielsen", "Ægidius", "Kræmer", "Højgaard", "Bøgh", "Dyrberg", "Mølgaard",
        "Jensen", "Hansen", "Pedersen", "Andersen", "Østergaard", "Ågård", "Lund", "Holm", "Krogh"]


def _fill_synthetic(conn: sqlite3.Connection, today: dt.date, seed: int, staff: int, competences: int) -> None:
    rnd = random.Random(seed)
    profile = dict(PROFILE)
    profile["navn"] = f"Syntetisk tilbud ({staff} medarbejdere)"
    profile["periode"] = f"{today.year}–{today.year + 1}"
    conn.executemany("INSERT OR REPLACE INTO profile(key, value) VALUES (?, ?)", profile.items())
    n_teams = max(1, min(8, staff // 12))
    team_ids = [_ins(conn, "teams", {"name": f"Team {i}", "sort_order": i}) for i in range(1, n_teams + 1)]
    edus = ["paedagog", "sosu_assistent", "ufaglaert", "paedagogisk_assistent", "sosu_hjaelper", "sygeplejerske"]
    emp_ids = []
    for i in range(staff):
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        start = add_months(today, -rnd.randint(3, 200)).replace(day=1)
        emp_ids.append(_ins(conn, "employees", {
            "name": name, "initials": f"M{i + 1:03d}", "job_title": "Medarbejder",
            "education": rnd.choice(edus), "team_id": team_ids[i % n_teams], "start_date": start.isoformat(),
        }))
    comp_ids = []
    for j in range(competences):
        if j < len(CATALOGUE_BOSTED):
            cat, name, exp, tags = CATALOGUE_BOSTED[j]
        else:
            cat = ("faglige", "sociale", "organisatoriske", "personlige")[j % 4]
            name, exp, tags = f"Kompetence {j + 1}", rnd.randint(2, 4), []
        cid = _ins(conn, "competences", {"category": cat, "name": name, "expected_level": exp, "sort_order": j})
        for t in tags:
            conn.execute("INSERT INTO competence_tags(competence_id, tag) VALUES (?, ?)", (cid, t))
        comp_ids.append(cid)
    old, new = add_months(today, -12).isoformat(), add_months(today, -1).isoformat()
    rows = []
    for eid in emp_ids:
        for cid in comp_ids:
            lvl = rnd.randint(1, 5)
            rows.append((eid, cid, max(1, lvl - 1), 0, "mus", old))
            rows.append((eid, cid, lvl, 0, "leder", new))
            if rnd.random() < 0.3:
                rows.append((eid, cid, min(5, lvl + 1), 0, "selvvurdering", new))
    conn.executemany(
        "INSERT INTO assessments(employee_id, competence_id, level, not_relevant, source, assessed_on) VALUES (?,?,?,?,?,?)",
        rows,
    )
    for i, (name, rule, months) in enumerate(BASIS_1):
        _ins(conn, "course_types", {"name": name, "rule": rule, "months": months, "sort_order": i})
    for eid in emp_ids:
        conn.execute("INSERT INTO mus(employee_id, held_on, agreement) VALUES (?, ?, ?)",
                     (eid, add_months(today, -rnd.randint(1, 14)).isoformat(), "Udviklingsaftale"))
    for k in range(max(3, staff // 10)):
        aid = _ins(conn, "activities", {
            "title": f"Aktivitet {k + 1}", "status": "planlagt", "price_ore": rnd.randint(0, 50) * 100_000,
            "start_date": add_months(today, rnd.randint(-6, 6)).isoformat(), "year": today.year,
            "knowledge_sharing": "Oplæg på personalemøde",
        })
        conn.executemany("INSERT INTO activity_participants VALUES (?, ?)",
                         [(aid, e) for e in rnd.sample(emp_ids, min(5, len(emp_ids)))])
        conn.execute("INSERT INTO activity_competences VALUES (?, ?)", (aid, rnd.choice(comp_ids)))
    conn.execute("INSERT INTO med_discussions(held_on, evaluation) VALUES (?, ?)",
                 (add_months(today, -6).isoformat(), "Drøftet"))


def write_demo(path, seed: int = 1, staff: int | None = None, competences: int | None = None,
               today: dt.date | None = None) -> Path:
    """Write the demo tilbud (or, with ``staff``/``competences``, a synthetic one) to ``path``."""
    today = today or dates.today()
    if staff is None and competences is None:
        return create_file(path, PROFILE["navn"], fill=lambda c: _fill_demo(c, today, seed))
    return create_file(
        path, "Syntetisk tilbud",
        fill=lambda c: _fill_synthetic(c, today, seed, staff or 12, competences or 20),
    )
