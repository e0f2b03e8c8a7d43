"""The demo tilbud "Bostedet Lærkely" (clearly fictional) and large synthetic
files for benchmarks. Deterministic for a seed and a "today".

Dates are laid relative to today, so the demo always shows a living tilbud:
some courses overdue, a MUS due, an activity waiting for its evaluation,
learning goals, logbooks and written development agreements for most staff
(the new hire still has none). The demo is written as history: it is built up
to last year's MED meeting, the plan as it stood then is archived as version 1
(a real PDF, so reprint and "compare with last year" show something), and the
rest of the year happens after that. Synthetic benchmark files have no archive.

Archiving that plan is a use case (``operations.plan.ArchivePlan``) and rendering
it the reports layer's work, and imports point one way (``operations → storage →
domain``): the caller hands ``write_demo`` an ``archive_plan(file, med_date)``
(``operations.files.write_demo`` does); without one the demo has no archive.
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from .. import texts
from ..domain import dates
from ..domain.model import BASIS_1
from ..domain.rules import add_months
from .tilbudfile import create_file

# (category, name, expected, tags) — docs/catalogue.md, "Bosted for voksne"
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

TEAMS = ["Team Øst", "Team Vest", "Nat og weekend"]
#: competences the vagtplan must cover in every team (what the text on organising the work says)
PER_TEAM = {"Konflikthåndtering og de-eskalering"}
#: responsibilities the demo's leader shows (with the name) in the MED version
SHOWN_ROLES = {"AMS": "Souschef og kursuskoordinator"}

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

#: years with the target group before employment, where the leader has recorded them
TARGET_GROUP_BEFORE = {"AMS": 6, "JK": 3, "MB": 9, "BÆ": 4, "OD": 0, "FAH": 2, "KH": 1, "SÅN": 0}

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
        "Kompetencerne vurderes årligt ved MUS. Forskellen mellem forventet og aktuelt niveau omsættes til "
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
        "på hver vagt er mindst én medarbejder med kompetencer i konflikthåndtering. Medicinhåndtering på "
        "forventet niveau findes i dag kun i Team Vest: indtil nattevagten og Team Øst har taget kurset i "
        "medicinhåndtering, gives medicinen i dagvagten, og nattevagten ringer til kommunens akutteam."
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
    "fremtidig_malsaetning": (
        "At borgere med dobbeltdiagnoser kan bo stabilt hos os, med en medicinhåndtering der er sikker døgnet "
        "rundt, og med færre episoder med vold og trusler."
    ),
    "fremtidige_metoder": (
        "KRAP og Low Arousal som fælles tilgang i alle teams, suppleret med viden om psykiatri og misbrug og "
        "med systematisk opfølgning på medicin (medicinansvarlig på hver vagt)."
    ),
    "mus_indkalder": "Nærmeste leder (tilbudslederen)",
    "med_evaluering_mus": (
        "MED vurderede, at konceptet med årlig MUS og skriftlig udviklingsaftale fungerer, men bad om, at "
        "aftalerne følges op ved et kort møde efter et halvt år."
    ),
    "med_evaluering_mus_dato": "",  # filled from the MED meeting's date below
    "med_evaluering_sammenhaeng": (
        "MED gennemgik sammenhængen mellem den nye målgruppe, målsætningen, KRAP og Low Arousal, "
        "kompetencebehovet i matrixen og indsatsen i uddannelsesplanen og bad om mere viden om dobbeltdiagnoser."
    ),
    "med_evaluering_sammenhaeng_dato": "",  # filled from the MED meeting's date below
}


def _ins(conn: sqlite3.Connection, table: str, row: dict) -> int:
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    return conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values())).lastrowid


# --- what each employee did (clearly fictional; staff only, never data about borgere) --------------

# the MUS about 13 months ago: notes, agreement, wishes, how the agreement went (set at the next MUS)
MUS_PREVIOUS = {
    "AMS": ("Stærk faglig profil. Vil gerne mere ledelse.",
            "Koordinerer introduktionen af nye medarbejdere og vikarer. Deltager i netværk for souschefer (fiktivt).",
            "Diplommodul i ledelse på sigt.", "opfyldt"),
    "JK": ("Trives i Team Øst. Usikker i skriftligheden.",
           "Bliver bedre til at dokumentere observationer i fagsystemet; sparring med souschefen.",
           "Vil gerne på KRAP-uddannelse.", "opfyldt"),
    "SÅN": ("Trives, men oplever samarbejdet med enkelte pårørende som krævende.",
            "Tager ansvar for to pædagogiske planer og får sparring af souschefen hver måned.",
            "Mere viden om pårørendesamarbejde.", "delvist opfyldt"),
    "LØ": ("Nysgerrig og engageret. Ønsker mere viden om hjerneskade.",
           "Deltager i grundkurset i neuropædagogik og bruger udredningsskemaet bagefter.",
           "Mere ansvar for dagsstrukturen i Team Øst.", "opfyldt"),
    "LOR": ("Godt i gang efter første år. Vil gerne være kontaktperson.",
            "Grundkursus i neuropædagogik; introduktion til kontaktpersonfunktionen med Søren.",
            "At blive kontaktperson.", "delvist opfyldt"),
    "MB": ("Vigtig faglig ressource i rehabiliteringen.",
           "Holder oplæg om forflytning og hjælpemidler for Team Vest.",
           "Kursus i kognitiv træning.", "opfyldt"),
    "FAH": ("Høj arbejdsglæde. Interesseret i konfliktforebyggelse.",
            "Bliver ressourceperson i Low Arousal efter temadagen.",
            "KRAP-uddannelse.", "opfyldt"),
    "BÆ": ("Bærer medicinområdet alene; det er sårbart.",
           "Reviderer medicininstruksen sammen med tilbudslederen.",
           "At flere kolleger kan tage medicinansvar.", "opfyldt"),
    "OD": ("Erfaren og rolig kollega. Overvejer at gå ned i tid.",
           "Deltager i Low Arousal-temadagen og afprøver nedtrapningsplanen på aftenvagter.",
           "Faste vagter; ønsker ikke flere kurser lige nu.", ""),  # his next MUS is overdue
    "MBH": ("Motiveret og lærenem. Savner faglig viden om målgruppen.",
            "Grundkursus i neuropædagogik og to dagvagter med sidemandsoplæring.",
            "Vil gerne tage en SOSU-uddannelse.", "opfyldt"),
    "KH": ("Trives på nat, men savner kontakt til dagteamene.",
           "Deltager fast i teamsupervisionen, også som nattevagt.",
           "Supervision på tidspunkter, hvor nattevagter kan deltage.", "delvist opfyldt"),
    "HF": ("Stærk neuropædagogisk profil.",
           "Fordybelse i neuropædagogik; ressourceperson for Team Vest.",
           "Specialistrolle på sigt.", "delvist opfyldt"),  # he left before his next MUS
}
# the latest MUS (about two months ago): notes, agreement, wishes, Basic Five (vil, kan, ydre, mødt, gør)
MUS_LATEST = {
    "AMS": ("Har løftet introduktionen af vikarer; vikarerne melder, at de føler sig bedre klædt på. "
            "Travlt efterår med KRAP-opstart og kursusplanlægning.",
            "Laver sammen med tilbudslederen en fast skabelon for sidemandsoplæring og er makker for nye kolleger "
            "i dokumentation. Tager diplommodulet »Ledelse af faglige processer« i foråret, hvis det kan finansieres.",
            "Diplommodul i ledelse; mere tid til faglig sparring med Team Øst; færre opgaver med vagtplanen.",
            ("Meget motiveret for ledelsesopgaver", "Stærk fagligt; vil blive bedre til at give feedback",
             "Tiden er knap i efteråret", "Oplever anerkendelse", "Ja – skabelonen er i gang")),
    "JK": ("Godt i gang med KRAP modul 1 og nysgerrig på metoden. Har fået flere kontaktpersonopgaver.",
           "Gennemfører KRAP modul 1 og 2 og bliver ressourceperson i Team Øst. Viser det kognitive "
           "kortlægningsskema på et teammøde inden jul.",
           "Kursus i medicinhåndtering for at kunne dække aftenvagter; på sigt efteruddannelse i psykiatri.",
           ("Høj", "Middel – metoden er ny", "Vikardækning til kursusdagene skal sikres", "Ja", "Delvist")),
    "SÅN": ("Trives, men oplever pres i pårørendesamarbejdet. Temadagen om pårørende blev aflyst, så ønsket "
            "står stadig åbent.",
            "Deltager i KRAP-uddannelsen. Går med souschefen til to pårørendesamtaler som sidemandsoplæring og "
            "skriver logbog efter hver samtale.",
            "Kursus i pårørendesamarbejde og svære samtaler; vil gerne være praktikvejleder.",
            ("Høj", "Stærk, men usikker i konflikter med pårørende", "Samtalerne ligger ofte sent på dagen",
             "Ja", "Ja")),
    "LØ": ("Har brugt neuropædagogikkurset godt; kolleger spørger hende om udredningsskemaet. Usikker i "
           "dokumentationen.",
           "Sidemandsoplæring i dokumentation med Anne-Mette (4 × 2 timer). Skriver selv en pædagogisk plan med "
           "støtte.",
           "På sigt meritpædagoguddannelse.",
           ("Høj", "Middel – dokumentation er svær", "Ønsker faste tider til oplæring", "Ja", "Ja")),
    "LOR": ("Er blevet sekundær kontaktperson og vil gerne være primær. Har brug for erfaring med at "
            "koordinere pædagogiske planer.",
            "Bliver primær kontaktperson fra januar med Søren som sparringspartner. Fremlægger en "
            "neuropædagogisk udredning på et teammøde.",
            "Fordybelse i Low Arousal; supervision i kontaktpersonrollen.",
            ("Høj", "Middel", "Få fælles vagter med Søren", "Delvist – ønsker mere feedback", "Ja")),
    "MB": ("Ønsker at gøre målsætningen sammen med borgerne mere systematisk.",
           "Afprøver et fælles skema til borgerens egne mål i Team Vest og evaluerer det på personalemødet i "
           "februar.",
           "Temadag om recovery; tid til at dele viden i begge huse.",
           ("Høj", "Høj", "Mangler tid til vidensdeling i Team Øst", "Ja", "Ja")),
    "FAH": ("Har båret Low Arousal-arbejdet i Team Vest og er nu på KRAP. Høj arbejdsglæde.",
            "Gennemfører KRAP modul 1 og 2. Holder sammen med Jens et oplæg om KRAP-skemaerne på personalemødet "
            "i marts.",
            "Pårørendesamarbejde; på sigt diplommodul i socialpædagogik.",
            ("Meget høj", "Høj", "I orden", "Ja", "Ja")),
    "BÆ": ("Er stadig den eneste med medicinhåndtering på forventet niveau; det er sårbart og belastende. "
           "Glæder sig til at undervise kolleger.",
           "Underviser på kurset i medicinhåndtering og oplærer bagefter kolleger på aftenvagt. Deltager i KRAP.",
           "At flere kolleger kan tage medicinansvar; kursus i psykiatri og misbrug.",
           ("Høj", "Høj", "Stor sårbarhed: dækker medicin alene", "Ja", "Ja")),
    "MBH": ("Har fået meget ud af neuropædagogikkurset og er motiveret for SOSU-uddannelsen. Vi undersøger "
            "uddannelse under ansættelse.",
            "Kursus i medicinhåndtering i januar og derefter oplæring med Birgitte. Vi undersøger sammen "
            "SOSU-assistentuddannelsen som voksenlærling.",
            "SOSU-assistentuddannelse; flere dagvagter for at lære af kolleger.",
            ("Meget høj", "Middel – ufaglært, lærer hurtigt", "Nattevagt giver få læringsmuligheder", "Ja", "Ja")),
    "KH": ("Trives på nat. Temadagen om pårørende blev aflyst; savner stadig kontakt til dagteamene.",
           "Kursus i medicinhåndtering i januar og medicinansvar på nattevagt. Deltager i én teamsupervision pr. "
           "kvartal (lagt ind i vagtplanen).",
           "Supervision i dagtimerne; kursus i psykiatri.",
           ("Høj", "Høj", "Svært at deltage i møder fra nattevagt", "Delvist", "Ja")),
}
# the MUS two years ago, taken in turn
MUS_EARLY = [
    ("Deltager i e-læringen om magtanvendelse og drøfter reglerne på et teammøde.", "Mere faglig sparring i teamet."),
    ("Sidemandsoplæring i tilbuddets retningslinjer; følges op ved næste MUS.", "Kursus i neuropædagogik."),
    ("Holder et kort oplæg på personalemødet om en erfaring fra praksis.", "Mere ansvar for dokumentation."),
]

# læringsmål (Socialstyrelsen's five questions): initials (None: the tilbud's own goal), activity,
# agreed when ("prev"/"last" MUS, or the activity's decision), the five answers, status now
GOALS = [
    ("AMS", "F", "last", (
        "Vejledning: at oplære kolleger systematisk i dokumentation",
        "Bruger en fast skabelon til sidemandsoplæring, når en kollega eller vikar skal læres op",
        "Nye kolleger og vikarer dokumenterer efter skabelonen inden for tre måneder",
        "Introduktion af vikarer og studerende; systematisk dokumentation",
        "Månedlig sparring med tilbudslederen"), "i gang"),
    ("JK", None, "prev", (
        "Dokumentation af observationer i fagsystemet",
        "Skriver korte, faktuelle observationer efter hver vagt",
        "Observationerne kan bruges direkte på statusmøder",
        "Systematisk dokumentation af mål og indsatser",
        "Sparring med souschefen hver anden uge"), "nået"),
    ("JK", "B", "last", (
        "KRAP-metodens kortlægningsskemaer og den anerkendende tilgang",
        "Skemaerne bruges på teammødet ved nye problemstillinger",
        "Færre konflikter og et fælles sprog om borgernes ressourcer i Team Øst",
        "Fælles faglig metode i begge huse",
        "Tid på teammødet hver måned; tilbudslederen følger op efter modul 2"), "i gang"),
    ("SÅN", "B", "last", (
        "KRAP: kognitiv kortlægning sammen med borgeren",
        "Kortlægningen bruges som grundlag i de to pædagogiske planer, han har ansvaret for",
        "Borgerens egne ressourcer og mål står tydeligt i planerne",
        "Recovery-orienteret og borgerinddragende praksis",
        "Sparring i KRAP-gruppen; tilbudslederen følger op i marts"), "i gang"),
    ("SÅN", None, "last", (
        "Samtaleteknik i samarbejdet med pårørende, også når samtalen er svær",
        "Forbereder og leder pårørendesamtaler sammen med kontaktpersonen",
        "Pårørende får klar og rettidig information; færre misforståelser",
        "Tilbuddets mål om et godt samarbejde med pårørende",
        "Sidemandsoplæring: to samtaler med souschefen og feedback bagefter"), "i gang"),
    ("LØ", "A", "prev", (
        "Viden om hukommelses- og opmærksomhedsvanskeligheder efter hjerneskade",
        "Bruger udredningsskemaet, når en ny borger flytter ind, og tilpasser dagsstrukturen",
        "Pædagogiske planer med konkrete, målbare hukommelsesstrategier",
        "Tilbuddets mål om rehabilitering og størst mulig selvstændighed",
        "Sparring med souschefen hver 14. dag i tre måneder efter kurset"), "nået"),
    ("LØ", "F", "last", (
        "At skrive notater og pædagogiske planer efter tilbuddets skabelon",
        "Notater skrives på samme vagt og med borgerens egne mål",
        "Egne notater følger skabelonen ved stikprøven i januar",
        "Systematisk dokumentation af mål og indsatser",
        "Fire gange to timers sidemandsoplæring med Anne-Mette Sørensen"), "i gang"),
    ("LOR", "A", "prev", (
        "Neuropædagogisk udredning",
        "Udredningen bruges i kontaktpersonarbejdet",
        "Mere præcise pædagogiske planer",
        "Tilbuddets mål om rehabilitering",
        "Sparring med Søren Ågård Nielsen"), "delvist nået"),
    ("LOR", None, "last", (
        "Kontaktpersonfunktionen: koordinering af pædagogiske planer og samarbejde med pårørende",
        "Er primær kontaktperson for én borger fra januar",
        "Planen er opdateret og evalueret til tiden; pårørende ved, hvem de kan kontakte",
        "Kontaktpersonordningen i tilbuddet",
        "Søren Ågård Nielsen er sparringspartner; opfølgning på teammødet hver måned"), "i gang"),
    ("MB", None, "last", (
        "Recovery-orienteret målsætning sammen med borgeren",
        "Afprøver et fælles skema til borgerens egne mål i Team Vest",
        "Mål formuleret af borgeren selv i alle nye planer i Team Vest",
        "Tilbuddets målsætning om selvstændighed og livskvalitet",
        "Tid på personalemødet i februar til evaluering; tilbudslederen godkender skemaet"), "i gang"),
    ("FAH", "E", "prev", (
        "Low Arousal-tilgangen og nedtrapning",
        "Laver nedtrapningsplaner sammen med teamet",
        "Færre magtanvendelser i Team Vest",
        "Tilbuddets indsats for at forebygge magtanvendelse",
        "Opfølgning på teammøderne efter temadagen"), "nået"),
    ("FAH", "B", "last", (
        "KRAP-metoden i dybden, så hun kan være ressourceperson",
        "Holder sparring med kolleger i Team Vest om KRAP-skemaerne",
        "Alle i Team Vest har prøvet skemaerne inden sommer",
        "Fælles faglig metode i begge huse",
        "Tid til sparring på teammødet; oplæg sammen med Jens Kræmer i marts"), "i gang"),
    ("BÆ", "C", "last", (
        "At undervise og oplære kolleger i medicinhåndtering",
        "Underviser på kurset og oplærer tre kolleger på aftenvagt bagefter",
        "Mindst tre kolleger kan dispensere og dokumentere medicin korrekt inden april",
        "Sikker medicinhåndtering og mindre sårbarhed",
        "Tilbudslederen frigiver tid til forberedelse"), "i gang"),
    ("OD", "E", "prev", (
        "Nedtrapning og Low Arousal på aften- og weekendvagter",
        "Afprøver nedtrapningsplanen ved uro om aftenen",
        "Roligere aftener og færre episoder med magtanvendelse",
        "Forebyggelse af magtanvendelse",
        "Gennemgang af episoder på teammøderne"), ""),  # followed up at his (overdue) next MUS
    ("MBH", "A", "prev", (
        "Grundlæggende viden om erhvervet hjerneskade",
        "Forstår og forklarer borgernes reaktioner på nattevagt",
        "Færre uroligheder om natten",
        "Tilbuddets neuropædagogiske tilgang",
        "To dagvagter med sidemandsoplæring"), "nået"),
    ("MBH", "C", "last", (
        "Medicinhåndtering: dispensering, dokumentation og observation af bivirkninger",
        "Kan tage medicinansvar på nattevagt efter oplæring",
        "Ingen medicinfejl på nattevagten; sygeplejersken aflastes",
        "Mindst én med medicinkompetence på hver vagt",
        "Oplæring med Birgitte Ærenlund på tre aftenvagter efter kurset"), "i gang"),
    ("KH", "C", "last", (
        "Medicinhåndtering på nattevagt",
        "Tager medicinansvar på nattevagt",
        "Sikker medicinhåndtering døgnet rundt",
        "Mindst én med medicinkompetence på hver vagt",
        "Oplæring med Birgitte Ærenlund; tjekliste i medicinrummet"), "i gang"),
    ("HF", None, "prev", (
        "Neuropædagogisk fordybelse",
        "Ressourceperson for Team Vest",
        "Fælles neuropædagogisk sprog i Team Vest",
        "Tilbuddets neuropædagogiske tilgang",
        "Tid til oplæg på teammøder"), "delvist nået"),
    (None, "D", "D", (
        "Fælles viden om dobbeltdiagnoser (hjerneskade og psykiatri/misbrug)",
        "Tidlig opsporing af tegn på tilbagefald og psykisk krise",
        "Færre akutte episoder og indlæggelser",
        "Strategien for nye målgrupper (forventede fremtidige opgaver)",
        "Ledelsen sikrer tid til temadag og opfølgning på teammøderne"), "i gang"),
]

# logbog (the template's four questions): initials, when, activity, what happened, what made me wonder,
# what I want to know or do more of, other. When: ("mus", d) d days after the latest MUS,
# ("month", m, day) that day m months from today, ("start", d) d days after employment began.
LOGBOOK = [
    ("AMS", ("mus", 12), "F", "Første runde sidemandsoplæring i dokumentation med Lærke.",
     "Hvor forskelligt vi hver især skriver notater, selv om vi har en skabelon.",
     "Hvordan man giver feedback på skriftlighed, uden at det føles som kontrol.", ""),
    ("AMS", ("mus", 33), None, "Introducerede to nye vikarer efter den nye introduktionsplan.",
     "At vikarerne selv bad om at gå med på en aftenvagt før den første vagt alene.",
     "Hvordan vi bedst bruger de studerende i introduktionen.", "Tjeklisten justeres, før næste vikar starter."),
    ("JK", ("mus", 8), "B", "KRAP modul 1, dag 2: ressourcekortlægning og anerkendende afstemning.",
     "Hvor ofte vi taler om problemer frem for ressourcer.", "Skemaet til kognitiv kortlægning.",
     "Vil gerne vise skemaet på teammødet."),
    ("JK", ("mus", 29), None, "Brugte kortlægningsskemaet på teammødet om en ny problemstilling.",
     "At kollegerne hurtigt fandt flere ressourcer, end vi plejer at se.",
     "Hvordan skemaet kan bruges sammen med borgeren selv.", ""),
    ("JK", ("mus", 50), "B", "Aktionslæring mellem modulerne: afprøvede anerkendende afstemning i en "
     "hverdagssituation.", "At en rolig, kort forklaring virkede bedre end en lang snak.",
     "Modul 2 om kognitive forstyrrelser.", ""),
    ("SÅN", ("mus", 6), "B", "KRAP modul 1. Vi øvede kortlægning på anonymiserede cases.",
     "At kortlægningen gør det lettere at se borgerens egne løsninger.",
     "Hvordan KRAP hænger sammen med den neuropædagogiske udredning.", ""),
    ("SÅN", ("mus", 21), None, "Deltog i en pårørendesamtale med souschefen som sidemandsoplæring.",
     "Hvordan souschefen rammede samtalen ind i de første minutter.",
     "Teknikker til at håndtere uenighed i samtalen.", "Aftalt, at jeg leder næste samtale selv."),
    ("SÅN", ("mus", 44), None, "Ledte selv en pårørendesamtale med souschefen som observatør.",
     "At jeg talte mere end planlagt, når der blev stille.", "At kunne holde pauser og opsummere.",
     "Feedback: god struktur; husk at aftale næste kontakt."),
    ("LØ", ("month", -8, 11), "A", "Neuropædagogik dag 2: hukommelse og opmærksomhed.",
     "At små ændringer i dagsstrukturen betyder så meget for borgerne.",
     "Hvordan vi bruger piktogrammer i hverdagen.", ""),
    ("LØ", ("month", -4, 6), None, "Afprøvede en ny morgenrutine i huset.",
     "At borgeren selv tog initiativ efter en uge.", "Mere om motivation efter hjerneskade.", ""),
    ("LØ", ("mus", 14), "F", "Første sidemandsoplæring i dokumentation: gennemgang af skabelonen.",
     "At der er forskel på en observation og en vurdering, og at det skal stå tydeligt.",
     "Hvordan man skriver mål, der kan evalueres.", ""),
    ("LØ", ("mus", 40), "F", "Skrev selv et udkast til en pædagogisk plan, som Anne-Mette gav feedback på.",
     "At målene blev meget mere konkrete efter feedbacken.", "At skrive delmål.", ""),
    ("LOR", ("month", -8, 12), "A", "Neuropædagogik dag 3: udredning af eksekutive funktioner.",
     "Hvor meget vi tolker som uvilje, som måske er hjerneskaden.", "Udredningsskemaet i praksis.", ""),
    ("LOR", ("mus", 18), None, "Var med Søren til koordineringsmøde om en pædagogisk plan.",
     "Hvor mange aktører der skal inddrages, før planen kan opdateres.",
     "Hvordan kontaktpersonen holder overblikket.", "Laver min egen tjekliste til koordinering."),
    ("LOR", ("mus", 37), None, "Fremlagde en neuropædagogisk udredning på teammødet.",
     "At kollegerne fra aftenvagterne havde andre observationer end jeg.",
     "Hvordan vi samler observationer på tværs af vagter.", ""),
    ("MB", ("mus", 10), None, "Afprøvede skemaet til borgerens egne mål i to samtaler.",
     "At borgerne formulerede mål, vi ikke selv havde tænkt på.",
     "Metoder til at følge op på borgerens egne mål.", ""),
    ("MB", ("mus", 36), None, "Holdt et kort oplæg om kognitive hjælpemidler i Team Øst.",
     "At der var stor interesse for enkle hjælpemidler.", "Digitale hjælpemidler til struktur i hverdagen.",
     "Forslag: fast punkt om hjælpemidler på personalemødet."),
    ("FAH", ("month", -6, 20), "E", "Low Arousal-temadag for hele personalegruppen.",
     "Hvor meget vores eget kropssprog betyder i pressede situationer.",
     "Nedtrapningsplaner for de enkelte huse.", "Handleplanen hænges op i begge huse."),
    ("FAH", ("mus", 9), "B", "KRAP modul 1 sammen med Jens og Søren.", "At KRAP og Low Arousal taler godt sammen.",
     "Hvordan jeg kan være ressourceperson uden at blive »den, der ved bedst«.", ""),
    ("FAH", ("mus", 30), "B", "Sparring med to kolleger i Team Vest om KRAP-skemaerne.",
     "At skemaerne bliver brugt mere, når vi udfylder dem sammen.", "Modul 2.", ""),
    ("BÆ", ("mus", 15), "C", "Planlagde medicinkurset sammen med kommunens sundhedsafdeling (fiktiv).",
     "Hvor forskellige kollegernes forudsætninger er.", "Hvordan man underviser voksne med forskellig baggrund.",
     ""),
    ("BÆ", ("mus", 41), "B", "KRAP modul 1, dag 3.",
     "At metoden også kan bruges i samtaler om medicin og bivirkninger.", "Kognitive forstyrrelser og medicin.", ""),
    ("OD", ("month", -6, 21), "E", "Low Arousal-temadag.",
     "At jeg allerede gør meget af det, men uden et fælles sprog for det.", "", ""),
    ("MBH", ("month", -8, 12), "A", "Neuropædagogik dag 3.", "At træthed efter hjerneskade kan ligne uvilje.",
     "Hvordan nattevagten kan støtte søvn og døgnrytme.", ""),
    ("MBH", ("mus", 16), None, "Sidemandsoplæring på dagvagt.",
     "Hvor meget der sker i løbet af en dag, som vi ikke ser om natten.", "Medicin og bivirkninger om natten.", ""),
    ("MBH", ("mus", 38), None, "Læste om SOSU-uddannelsen som voksenlærling.", "",
     "Hvordan uddannelse og nattevagter kan kombineres.", "Aftalt at tale med tilbudslederen igen i januar."),
    ("KH", ("mus", 11), None, "Teamsupervision i dagtimerne – første gang i lang tid for nattevagten.",
     "At dagteamet havde de samme spørgsmål som os.", "Hvordan vi overleverer bedre mellem nat og dag.", ""),
    ("KH", ("mus", 34), "C", "Gennemgik medicininstruksen med Birgitte før kurset.",
     "At der er mange trin, vi tager for givet.", "Observation af bivirkninger om natten.", ""),
    ("PM", ("start", 40), "F", "Første sidemandsoplæring i dokumentation.", "At der er en fast skabelon for notater.",
     "Hvordan man skriver kort og præcist.", ""),
    ("HF", ("month", -12, 9), None, "Oplæg for Team Vest om neuropædagogisk udredning.",
     "At kollegerne gerne ville have flere eksempler fra egen praksis.", "", ""),
]


class _Ref(tuple):
    """The id of a row another event inserts: ``_Ref(("emp", "AMS"))``."""


def _ref(kind: str, key) -> _Ref:
    return _Ref((kind, key))


class _History:
    """What happened to the tilbud, each thing on its day, replayed in date order.

    The demo is written as history so the file can stand exactly as it did on a
    past day (last year's MED meeting, where the plan was archived as version 1)
    and then be brought up to today.
    """

    BEGINNING = dt.date.min

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.ids: dict = {}
        self._events: list = []

    def on(self, day: dt.date, fn) -> None:
        self._events.append((day, len(self._events), fn))

    def _value(self, v):
        if isinstance(v, _Ref):
            return self.ids[tuple(v)]
        if isinstance(v, dt.date):
            return v.isoformat()
        return v

    def insert(self, day: dt.date, table: str, row: dict, key=None) -> None:
        def run():
            rid = _ins(self.conn, table, {k: self._value(v) for k, v in row.items()})
            if key is not None:
                self.ids[key] = rid
        self.on(day, run)

    def insert_many(self, day: dt.date, sql: str, rows: list) -> None:
        self.on(day, lambda: self.conn.executemany(sql, [[self._value(v) for v in r] for r in rows]))

    def update(self, day: dt.date, table: str, key, fields: dict) -> None:
        def run():
            sets = ", ".join(f"{c} = ?" for c in fields)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                              [*(self._value(v) for v in fields.values()), self.ids[key]])
        self.on(day, run)

    def replay(self, until: dt.date | None = None) -> None:
        """Let everything up to and including ``until`` (all if None) happen, in date order."""
        self._events.sort(key=lambda e: (e[0], e[1]))
        later = []
        for ev in self._events:
            if until is None or ev[0] <= until:
                ev[2]()
            else:
                later.append(ev)
        self._events = later


def _month_text(day: dt.date) -> str:
    return f"{texts.MONTH_NAMES[day.month - 1]} {day.year}"


def _fill_demo(file, today: dt.date, seed: int, archive_plan=None) -> None:
    conn = file.conn
    rnd = random.Random(seed)
    h = _History(conn)
    start_of = h.BEGINNING
    med_then = add_months(today, -10)  # last year's MED meeting: the plan is archived there as version 1

    def month(m: int, day: int) -> dt.date:
        return add_months(today, m).replace(day=day)

    # the profile as it stood for last year's plan; the period moves on after that MED meeting
    profile = dict(PROFILE)
    profile["periode"] = f"{today.year - 1}–{today.year}"
    # MED evaluated the MUS concept and the chain at last year's meeting
    profile["med_evaluering_mus_dato"] = profile["med_evaluering_sammenhaeng_dato"] = dates.format_date(med_then)
    h.on(start_of, lambda: conn.executemany("INSERT OR REPLACE INTO profile(key, value) VALUES (?, ?)",
                                            profile.items()))
    h.on(med_then + dt.timedelta(days=1), lambda: conn.execute(
        "UPDATE profile SET value = ? WHERE key = 'periode'", (f"{today.year}–{today.year + 1}",)))
    for i, n in enumerate(TEAMS, 1):
        h.insert(start_of, "teams", {"name": n, "sort_order": i}, key=("team", i - 1))

    skills, starts, ends, actives = {}, {}, {}, []
    for i, (name, ini, job, edu, team, years, left, skill) in enumerate(STAFF):
        start = add_months(today, -int((years if years is not None else 0.25) * 12)) if years else add_months(today, -2)
        if years and years >= 2:  # hired in different months of the year, not all in today's month
            start = add_months(start, -((i * 5) % 12))
        start = start.replace(day=1)  # Danish employment starts on the 1st, not all on today's day of month
        # a resignation takes effect at the end of a month
        end = add_months(today.replace(day=1), 1 - left) - dt.timedelta(days=1) if left else None
        h.insert(start, "employees", {
            "name": name, "initials": ini, "job_title": job, "education": edu,
            "team_id": _ref("team", team), "start_date": start,
            # the souschef's responsibilities are named in the plan's texts: shown in the MED version
            "med_role": SHOWN_ROLES.get(ini, ""),
            "target_group_years_before": TARGET_GROUP_BEFORE.get(ini),
        }, key=("emp", ini))
        if end:
            h.update(end, "employees", ("emp", ini), {"end_date": end})
        skills[ini], starts[ini], ends[ini] = skill, start, end
        if end is None:
            actives.append(ini)

    # the profile gained psychiatry and misuse after last year's MED meeting (the new target group)
    added_later = {"Viden om psykiatri og misbrug (dobbeltdiagnoser)": month(-9, 5)}
    for i, (cat, name, exp, tags) in enumerate(CATALOGUE_BOSTED):
        day = added_later.get(name, start_of)
        h.insert(day, "competences", {"category": cat, "name": name, "expected_level": exp, "sort_order": i},
                 key=("comp", name))
        if name in PER_TEAM:  # MED asked for it at last year's meeting; marked the day after
            h.update(med_then + dt.timedelta(days=1), "competences", ("comp", name), {"per_team": 1})
        if tags:
            h.insert_many(day, "INSERT INTO competence_tags(competence_id, tag) VALUES (?, ?)",
                          [(_ref("comp", name), t) for t in tags])

    # deliberately thin spots: only the nurse masters medicine (Høj sårbarhed),
    # nobody yet the new target group's psychiatry and misuse (Kritisk)
    thin = {5: -0.6}
    night = {"MBH", "KH", "PM"}
    by_day: dict[dt.date, list] = {}
    rounds = [add_months(today, -25), add_months(today, -13), add_months(today, -2)]
    for name_, ini, *_rest in STAFF:
        for ci, (_cat, name, exp, _tags) in enumerate(CATALOGUE_BOSTED):
            if ini in night and name == "Kontaktpersonfunktion":
                by_day.setdefault(rounds[-1], []).append((ini, name, None, 1, "leder", rounds[-1]))
                continue
            base = skills[ini] + thin.get(ci, 0.0) + rnd.uniform(-0.8, 0.8)
            for r, day in enumerate(rounds):
                if day < starts[ini]:
                    continue
                if ini == "HF" and r == 2:
                    continue  # left before the latest round
                lvl = max(1, min(5, round(base - 0.35 * (2 - r))))
                if name == "Medicinhåndtering":
                    lvl = 4 if ini == "BÆ" else min(lvl, 2)
                elif name.startswith("Viden om psykiatri"):
                    lvl = 1
                by_day.setdefault(day, []).append((ini, name, lvl, 0, "mus" if r < 2 else "leder", day))
                if r >= 1:
                    selfl = max(1, min(5, lvl + rnd.choice([0, 0, 0, 1, 1, -1])))
                    sday = max(day - dt.timedelta(days=7), starts[ini])
                    by_day.setdefault(sday, []).append((ini, name, selfl, 0, "selvvurdering", sday))
    for day, rows in by_day.items():
        rows = [(_ref("emp", ini), _ref("comp", name), *rest) for ini, name, *rest in rows
                if added_later.get(name, start_of) <= day]
        h.insert_many(day, "INSERT INTO assessments(employee_id, competence_id, level, not_relevant, source, "
                           "assessed_on) VALUES (?,?,?,?,?,?)", rows)

    for i, (name, rule, months) in enumerate(BASIS_1):
        h.insert(start_of, "course_types", {"name": name, "rule": rule, "months": months, "sort_order": i},
                 key=("course", i))
    for k, (_n, ini, *_rest) in enumerate(STAFF):
        if ini == "PM":
            continue  # the new hire has taken none yet
        for j in range(len(BASIS_1)):
            rule_months = BASIS_1[j][2]
            if BASIS_1[j][1] == "within_employment":
                day = add_months(starts[ini], 3)
            else:
                # spread: most within their interval, a few overdue
                back = rnd.randint(1, rule_months + (8 if (k + j) % 5 == 0 else 0))
                day = add_months(today, -back) - dt.timedelta(days=rnd.randint(0, 20))
            if day < starts[ini]:
                day = starts[ini] + dt.timedelta(days=30)
            if day <= today:
                h.insert(day, "course_completions", {"course_type_id": _ref("course", j),
                                                     "employee_id": _ref("emp", ini), "completed_on": day})

    # the training plan: each activity from the day it was decided, with its later changes
    everyone_then = [ini for _n, ini, *_r in STAFF if ini != "PM"]
    activities = {
        "H": dict(decided=month(-16, 3), changes=[(month(-13, 28), {"status": "gennemfoert"}),
                                                  (month(-12, 15), {"evaluation": (
                 "Alle har gennemført e-læringen, og reglerne blev gennemgået på personalemødet. Ingen tvivl om "
                 "indberetning siden.")})],
             title="Magtanvendelse – regler og praksis (e-læring)", status="bevilget", category="generelle",
             form="e_laering", purpose="Alle kender reglerne om magtanvendelse og indberetning",
             provider="E-læringsmodul (fiktivt)", extent="2 timer pr. medarbejder", price_ore=180_000, funded=1,
             funding_source="Drift", learning_support="Gennemgang af reglerne på personalemødet",
             learning_goals="Alle kan redegøre for reglerne og indberetningen",
             start_date=month(-14, 1), end_date=month(-13, 28), responsible="Tilbudsleder",
             resources="2 timer pr. medarbejder; licens 150 kr. pr. deltager",
             knowledge_sharing="Fælles gennemgang på personalemødet",
             expectations_before="Gennemføres før årets MUS", followup_date=month(-12, 15),
             parts=everyone_then, comps=["Lovgivning og regler"]),
        "A": dict(decided=month(-14, 5), changes=[(month(-12, 1), {"status": "bevilget"}),
                                                  (month(-8, 12), {"status": "gennemfoert"}),
                                                  (month(-5, 1), {"evaluation": (
                 "Deltagerne bruger nu udredningsskemaet i alle nye pædagogiske planer.")})],
             title="Neuropædagogik – grundkursus", status="planlagt", category="tvaergaaende", form="kursus",
             purpose="Fælles faglig forståelse af hjerneskadens følger", provider="VIA Efter- og videreuddannelse",
             extent="3 dage", price_ore=2_450_000, funded=1, funding_source="Drift",
             learning_support="Refleksion på teammøde før og efter kurset",
             learning_goals="Deltagerne kan anvende neuropædagogisk udredning i pædagogiske planer",
             start_date=month(-8, 10), end_date=month(-8, 12),
             responsible="Souschef", resources="3 dage × 3 deltagere, vikardækning",
             knowledge_sharing="Oplæg på personalemøde og fælles case på temadag",
             expectations_before="Aftalt ved MUS: fokus på udredning af hukommelse",
             followup_date=month(-5, 1), parts=["LØ", "LOR", "MBH"],
             comps=["Viden om målgruppens", "Pædagogiske metoder"]),
        "E": dict(decided=month(-15, 20), changes=[(month(-9, 1), {"status": "bevilget"}),
                                                   (month(-6, 20), {"status": "gennemfoert"})],
             title="Low Arousal – temadag", status="planlagt", category="tvaergaaende", form="temadag",
             purpose="Forebygge konflikter og magtanvendelse", provider="Low Arousal Danmark (fiktiv)",
             extent="1 dag", price_ore=1_800_000, funded=1, funding_source="Drift",
             learning_support="Gennemgang af episoder på teammøder",
             learning_goals="Færre magtanvendelser; fælles sprog om nedtrapning",
             start_date=month(-6, 20), end_date=month(-6, 20),
             responsible="Souschef", resources="Hele personalegruppen, lukket dagtilbud",
             knowledge_sharing="Handleplan for nedtrapning ophængt i begge huse",
             expectations_before="Forventninger drøftet på personalemøde",
             followup_date=month(-3, 1), evaluation="", parts=actives[:10],
             comps=["Konflikthåndtering", "Håndtering af egne"]),
        "G": dict(decided=month(-12, 20), changes=[(month(-5, 10), {"status": "aflyst", "evaluation": (
                 "Aflyst, da underviseren meldte afbud. Temaet tages med i næste års plan.")})],
             title="Samarbejde med pårørende – temadag", status="planlagt", category="generelle", form="temadag",
             purpose="Tryggere og mere systematisk samarbejde med pårørende",
             provider="Pårørendeakademiet (fiktiv)", extent="1 dag", price_ore=950_000, funded=1,
             funding_source="Drift", learning_support="Drøftelse af pårørendesamarbejdet på teammøde",
             learning_goals="Deltagerne kan forberede og lede en pårørendesamtale",
             start_date=month(-4, 8), end_date=month(-4, 8), responsible="Tilbudsleder",
             resources="1 dag × 4 deltagere", knowledge_sharing="Deltagerne laver en guide til pårørendesamtaler",
             expectations_before="Aftalt ved MUS", parts=["SÅN", "LOR", "FAH", "KH"],
             comps=["Samarbejde med pårørende"]),
        "B": dict(decided=month(-11, 10), changes=[(month(-7, 1), {"status": "bevilget", "funded": 1,
                                                                   "funding_source": "Kompetencefond"}),
                                                   (month(-2, 15), {"status": "i_gang"})],
             title="KRAP – modul 1 og 2", status="planlagt", category="prioriterede", form="uddannelse",
             purpose="KRAP som fælles metode i begge huse", provider="Center for KRAP (fiktiv)",
             extent="6 dage", price_ore=4_800_000, funded=0, funding_source="Søges i kompetencefonden",
             learning_support="Aktionslæring i teamet mellem modulerne",
             learning_goals="Alle i dagteamene kan bruge KRAP-skemaer i dokumentationen",
             start_date=month(-2, 15), end_date=month(3, 20),
             responsible="Tilbudsleder", resources="6 dage × 4 deltagere",
             knowledge_sharing="Deltagerne bliver KRAP-ressourcepersoner og holder sparring i teamet",
             expectations_before="Forventningssamtale med leder før start",
             followup_date=month(5, 1), parts=["JK", "SÅN", "FAH", "BÆ"],
             comps=["Pædagogiske metoder", "Dokumentation"]),
        "C": dict(decided=month(-3, 10), changes=[],
             title="Medicinhåndtering for ikke-sundhedsuddannede", status="bevilget", category="generelle",
             form="kursus", purpose="Flere medarbejdere skal kunne håndtere medicin på aften- og nattevagt",
             provider="Kommunens sundhedsafdeling (fiktiv)", extent="2 dage", price_ore=600_000, funded=1,
             funding_source="Drift", learning_support="Sidemandsoplæring med sygeplejersken",
             learning_goals="Deltagerne kan dispensere og dokumentere medicin korrekt",
             start_date=month(2, 20), end_date=month(2, 21),
             responsible="Sygeplejerske", resources="2 dage × 3 deltagere",
             knowledge_sharing="Tjekliste til medicinrummet udarbejdes af deltagerne",
             expectations_before="Aftales ved MUS", followup_date=month(4, 1),
             parts=["MBH", "KH", "PM"], comps=["Medicinhåndtering"]),
        "F": dict(decided=month(-3, 15), changes=[(month(-1, 1), {"status": "i_gang"})],
             title="Sidemandsoplæring i dokumentation", status="planlagt", category="generelle",
             form="sidemandsoplaering", purpose="Ensartet dokumentation i fagsystemet", provider="Intern",
             extent="4 × 2 timer", price_ore=0, funded=1, funding_source="Drift",
             learning_support="Erfaren kollega som makker",
             learning_goals="Alle notater skrives efter tilbuddets skabelon",
             start_date=month(-1, 1), end_date=month(1, 15),
             responsible="Anne-Mette Sørensen", resources="8 timer pr. deltager",
             knowledge_sharing="Skabelon og eksempler lægges i fælles mappe",
             expectations_before="Aftalt i udviklingsaftalen", followup_date=month(2, 15),
             parts=["LØ", "PM"], comps=["Dokumentation"]),
        "D": dict(decided=month(-1, 5), changes=[],
             title="Psykiatri og misbrug – e-læring og temadag", status="planlagt", category="prioriterede",
             form="temadag", purpose="Forberede tilbuddet på flere borgere med dobbeltdiagnoser",
             provider="Socialstyrelsens e-læring + ekstern underviser", extent="1 dag + 6 timer e-læring",
             price_ore=1_250_000, funded=0, funding_source="",
             learning_support="Case-drøftelser på teammøder", learning_goals="Kende tegn på misbrug og psykisk krise",
             start_date=month(5, 15), end_date=month(5, 15),
             responsible="Tilbudsleder", resources="Hele personalegruppen",
             knowledge_sharing="Fælles temadag – alle deltager", expectations_before="",
             parts=list(actives), comps=["Viden om psykiatri"]),
    }
    act_order = ["A", "B", "C", "D", "E", "F", "G", "H"]  # the plan's rows as the leader entered them
    for key in act_order:
        a = dict(activities[key])
        decided, changes = a.pop("decided"), a.pop("changes")
        parts, comps = a.pop("parts"), a.pop("comps")
        s, e = a["start_date"], a["end_date"]
        a["schedule"] = _month_text(s) if (s.year, s.month) == (e.year, e.month) else \
            f"{_month_text(s)} – {_month_text(e)}"
        a["schedule"] = a["schedule"][0].upper() + a["schedule"][1:]
        a["year"] = s.year
        h.insert(decided, "activities", a, key=("act", key))
        for p in parts:  # someone hired after the decision joins on their first day
            h.insert_many(max(decided, starts[p]), "INSERT INTO activity_participants VALUES (?, ?)",
                          [(_ref("act", key), _ref("emp", p))])
        h.insert_many(decided, "INSERT INTO activity_competences VALUES (?, ?)",
                      [(_ref("act", key), _ref("comp", next(n for _c, n, _e, _t in CATALOGUE_BOSTED
                                                            if n.startswith(c)))) for c in comps])
        for day, fields in changes:
            h.update(day, "activities", ("act", key), fields)

    # MUS: two years ago, about 13 months ago and this autumn; each agreement is followed up at the next
    mus_days: dict[str, dict[str, dt.date]] = {}
    for k, (_n, ini, *_rest) in enumerate(STAFF):
        if ini == "PM":
            continue  # new: first MUS not yet due
        seasons = {"early": add_months(today, -25) - dt.timedelta(days=2 * k),
                   "prev": add_months(today, -13) - dt.timedelta(days=k),
                   "last": add_months(today, -2) - dt.timedelta(days=3 * k)}
        if ini not in MUS_LATEST:
            del seasons["last"]  # Ole's latest MUS is overdue; Henrik left before it
        seasons = {s: d for s, d in seasons.items() if d >= starts[ini] and (ends[ini] is None or d < ends[ini])}
        mus_days[ini] = seasons
        order = list(seasons)
        for i, (season, day) in enumerate(seasons.items()):
            if season == "early":
                agreement, wishes = MUS_EARLY[k % len(MUS_EARLY)]
                notes, status, bf = "Trives i teamet. Ønsker mere faglig sparring.", "opfyldt", \
                    ("Høj", "Middel", "Tid er en udfordring", "Ja", "Delvist")
            elif season == "prev":
                notes, agreement, wishes, status = MUS_PREVIOUS[ini]
                bf = ("Høj", "Middel", "Travlt i perioder", "Ja", "Delvist")
            else:
                notes, agreement, wishes, bf = MUS_LATEST[ini]
                status = ""
            h.insert(day, "mus", {
                "employee_id": _ref("emp", ini), "held_on": day, "notes": notes, "agreement": agreement,
                "agreement_status": "i gang", "wishes": wishes, "bf_vil": bf[0], "bf_kan": bf[1],
                "bf_ydre": bf[2], "bf_moedt": bf[3], "bf_goer": bf[4]}, key=("mus", ini, season))
            followed_up = seasons[order[i + 1]] if i + 1 < len(order) else ends[ini]
            if status and followed_up:
                h.update(followed_up, "mus", ("mus", ini, season), {"agreement_status": status})

    for n, (ini, act, when, answers, status) in enumerate(GOALS):
        day = activities[when]["decided"] if when in activities else mus_days[ini][when]
        if act:  # a goal for an activity is set once the activity is in the plan
            day = max(day, activities[act]["decided"])
        h.insert(day, "learning_goals", {
            "employee_id": _ref("emp", ini) if ini else None, "activity_id": _ref("act", act) if act else None,
            "created_on": day, "knowledge": answers[0], "practice": answers[1], "results": answers[2],
            "org_goals": answers[3], "support": answers[4], "status": "i gang"}, key=("goal", n))
        if status != "i gang":
            later = mus_days.get(ini, {}).get("last") or ends.get(ini)
            if later:
                h.update(later, "learning_goals", ("goal", n), {"status": status})

    for ini, when, act, *answers in LOGBOOK:
        if when[0] == "mus":
            day = mus_days[ini]["last"] + dt.timedelta(days=when[1])
        elif when[0] == "start":
            day = starts[ini] + dt.timedelta(days=when[1])
        else:
            day = month(when[1], when[2])
        day = min(max(day, activities[act]["decided"]) if act else day, today)
        h.insert(day, "logbook", {"employee_id": _ref("emp", ini), "entry_date": day,
                                  "activity_id": _ref("act", act) if act else None,
                                  "what_happened": answers[0], "wondered": answers[1],
                                  "want_more": answers[2], "other": answers[3]})

    for day, ev in [(add_months(today, -22), "Planen blev godkendt. MED ønskede fokus på arbejdsmiljø."),
                    (med_then, "Planen blev drøftet og godkendt. MED bad om status på KRAP-uddannelsen til juni og "
                               "foreslog, at viden om dobbeltdiagnoser kommer med i kompetenceprofilen.")]:
        h.insert(day, "med_discussions", {"held_on": day, "evaluation": ev})
    for q in range(1, 9):
        day = add_months(today, -3 * q + 1)
        h.insert(day, "supervision", {"audience": "medarbejdere", "provider": "Neuropsykolog Lise Holm (fiktiv)",
                                      "held_on": day, "note": "Teamsupervision, 2 timer"})
        day += dt.timedelta(days=10)
        h.insert(day, "supervision", {"audience": "ledelse", "provider": "Netværk for Ledelse (fiktiv)",
                                      "held_on": day, "note": "Ledelsessparring"})

    h.replay(until=med_then)
    if archive_plan is not None:
        n = archive_plan(file, med_then)
        conn.execute("UPDATE plan_versions SET created_at = ? WHERE version = ?",
                     (f"{med_then.isoformat()} 12:00:00", n))
    h.replay()


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
               today: dt.date | None = None, archive_plan=None) -> Path:
    """Write the demo tilbud (or, with ``staff``/``competences``, a synthetic one) to ``path``.
    With ``archive_plan(file, med_date)`` (returns the version number) the demo holds
    last year's plan as version 1 in the MED archive."""
    today = today or dates.today()
    if staff is None and competences is None:
        return create_file(path, PROFILE["navn"], fill=lambda f: _fill_demo(f, today, seed, archive_plan))
    return create_file(
        path, "Syntetisk tilbud",
        fill=lambda f: _fill_synthetic(f.conn, today, seed, staff or 12, competences or 20),
    )
