"""The main window: its menus, the page shown without a file, the read-only banner, help.
"""
from __future__ import annotations

from .self_assessment import SELF_FORM_MENU, SELF_FORM_MENU_OUT

KEYBOARD_HELP = (
    "Sider\n"
    "Ctrl+1 … Ctrl+9: de første ni sider i sidelisten\n"
    "Ctrl+PgDown / Ctrl+PgUp: næste / forrige side\n"
    "F6: gå til sidelisten · piletaster vælger side · Enter går ind på siden\n"
    "Tab / Shift+Tab: næste / forrige felt\n\n"
    "Filer og redigering\n"
    "Ctrl+N: ny fil · Ctrl+O: åbn · Ctrl+Shift+S: gem kopi som · Ctrl+W: luk\n"
    "Ctrl+Z: fortryd · Ctrl+Y: annuller fortryd\n\n"
    "Matrixen\n"
    "1–5: sæt niveau i den aktuelle celle · 0, Delete eller Backspace: ryd · -: ikke relevant\n"
    "Ctrl+Enter: udfyld alle markerede celler med den aktuelle celles niveau\n"
    "F2 eller dobbeltklik: skriv niveauet (også fx »Øvet udøver«) · Forventet niveau ændres kun sådan\n"
    "Ctrl+C / Ctrl+V: kopiér / indsæt (Excel)\n"
    "Ctrl+Shift+Enter: åbn medarbejderen i markørens kolonne\n\n"
    "Alt gemmes, mens du arbejder – der er ingen Gem-knap."
)

#: the menu bar
MENUS = {"file": "&Filer", "edit": "&Rediger", "view": "&Vis", "help": "&Hjælp"}
#: the menus' entries, keyed by what they do
MENU_ACTIONS = {
    "new": "Ny…",
    "open": "Åbn…",
    "recent": "Seneste filer",
    "recent_clear": "Ryd listen",
    "recent_none": "(ingen)",
    "demo": "Åbn demotilbud",
    "save_copy": "Gem kopi som…",
    "restore": "Gendan fra sikkerhedskopi…",
    "import": "Importér medarbejdere…",
    "erase": "Slet eller anonymisér fratrådt medarbejder…",
    "close": "Luk",
    "quit": "Afslut",
    "undo": "Fortryd",
    "redo": "Annuller fortryd",
    "next_page": "Næste side",
    "prev_page": "Forrige side",
    "nav_focus": "Gå til sidelisten",
    "keyboard_help": "Tastaturgenveje",
    "matrix_keys": "Tastatur i matrixen",
    "about": "Om {app}",
    "self_forms": SELF_FORM_MENU_OUT,
    "self_import": SELF_FORM_MENU,
}

#: the window without a file: what it says, and its three buttons
WELCOME = ("<h2>{app}</h2><p>Ingen kompetencefil er åben.</p>"
           "<p>Opret en ny fil til dit tilbud, åbn en eksisterende – eller se demotilbuddet "
           "»Bostedet Lærkely« for at prøve programmet.</p>")
WELCOME_BUTTONS = {"new": "Ny fil…", "open": "Åbn…", "demo": "Åbn demotilbud"}

#: the banner above the pages of a file shown read-only, by the reason ({who}: who holds the lock)
READONLY_REASONS = {
    "locked": "Filen er åbnet et andet sted{who}. Den vises skrivebeskyttet – dine ændringer kan ikke gemmes.",
    "permissions": ("Du har ikke skriveadgang til filen eller mappen. Den vises skrivebeskyttet – dine ændringer "
                    "kan ikke gemmes."),
    # another machine took over the lock while the file was open
    "lock_lost": ("Filen er overtaget af en anden computer{who} og er nu skrivebeskyttet her. Det, du gemte før, "
                  "er i filen – nye ændringer gemmes ikke. Luk filen og åbn den igen for at fortsætte."),
    "": "Filen er åbnet skrivebeskyttet – dine ændringer kan ikke gemmes.",
}
READONLY_STATUS = "Skrivebeskyttet"
#: the window's banner for a file it can't write, by why (storage.tilbudfile.write_block)
READONLY_DETAILS = {
    "readonly_file": ("Du har ikke skriveadgang til filen (den er skrivebeskyttet). Den vises skrivebeskyttet – "
                      "dine ændringer kan ikke gemmes."),
    "immutable": ("Filen er låst mod ændringer (markeret som uforanderlig). Den vises skrivebeskyttet – "
                  "dine ændringer kan ikke gemmes."),
    "readonly_mount": ("Filen ligger på et drev, der kun kan læses. Den vises skrivebeskyttet – "
                       "dine ændringer kan ikke gemmes."),
    "readonly_folder": ("Mappen med filen er skrivebeskyttet, så ændringer kan ikke gemmes sikkert. "
                        "Filen vises skrivebeskyttet."),
    "lock_not_file": ("Filen kan ikke låses til skrivning: der ligger en mappe med navnet »{lock}« ved siden af den. "
                      "Flyt eller slet den, og åbn filen igen. Indtil da vises filen skrivebeskyttet."),
    "damaged": "Filen er beskadiget. Den vises ikke, og der er ikke skrevet noget i den.",
}
#: a page failed to show although the file passed its whole check
PAGE_NOT_SHOWN = "Siden kunne ikke vises. Filen er hel, og intet er ændret."

ABOUT = ("<b>{app}</b> {version}<br>Kompetenceudvikling for et socialt tilbud: "
         "medarbejdere, kompetencematrix, uddannelsesplan, MUS og kompetenceudviklingsplan.<br><br>"
         "Alt gemmes i én fil på din egen computer. Intet sendes nogen steder hen.")
MATRIX_KEYS_HELP = (
    "1–5: sæt niveau i den aktuelle celle\n0, Delete eller Backspace: ryd vurderingen\n-: ikke relevant\n"
    "Ctrl+Enter: udfyld alle markerede celler med den aktuelle celles niveau\n"
    "F2 eller dobbeltklik: skriv niveauet, også som navn (fx »Øvet udøver«)\n"
    "Forventet niveau ændres kun med F2 eller dobbeltklik i dens kolonne\n"
    "Ctrl+C: kopiér markeringen · Ctrl+V: indsæt fra Excel (også en kolonne fra skabelonen med "
    "tomme kategorirækker)\n"
    "Piletaster, Tab og Enter: flyt · Ctrl+Home: første medarbejders første celle\n"
    "Ctrl+Shift+Enter: åbn medarbejderen\nCtrl+Z: fortryd · Ctrl+Y: annuller fortryd\n\n"
    "Hver ændring gemmes straks som dagens ledervurdering."
)

# --- Hjælp › Kom i gang: a short guide in the program --------------------------------------------
GETTING_STARTED_TITLE = "Kom i gang"
GETTING_STARTED_INTRO = ("Sådan laver du tilbuddets kompetenceudviklingsplan. Alt gemmes, mens du arbejder, "
                         "og Ctrl+Z fortryder det seneste. Prøv gerne først med Filer › Åbn demotilbud.")
GETTING_STARTED_STEPS = (
    ("Filer › Ny…", "Opret en fil til tilbuddet. Vælg Socialstyrelsens standardkompetencer som udgangspunkt."),
    ("Tilbud", "Skriv målgruppe, målsætning, faglige tilgange og tilrettelæggelsen af arbejdet. "
               "Felter, som planen kræver, er mærket."),
    ("Medarbejdere", "Opret medarbejderne – eller brug »Importér medarbejdere…« fra et regneark. "
                     "Et team kan oprettes direkte fra medarbejderdialogen."),
    ("Kompetencer", "Tilpas kompetenceprofilen og det forventede niveau for hver kompetence."),
    ("Matrix", "Vurdér hver medarbejder: tast 1–5 i cellen, - for ikke relevant. Markér flere celler, tast et "
               "niveau og tryk Ctrl+Enter for at udfylde dem alle. Du kan også indsætte fra Excel (Ctrl+V)."),
    ("Overblik og Kompetencespind", "Se sårbare kompetencer og de største kompetencebehov."),
    ("Uddannelsesplan", "Planlæg aktiviteter for behovene – højreklik på en celle i matrixen, "
                        "eller brug »Opret uddannelsesaktivitet…«."),
    ("Den enkelte medarbejder", "Hold MUS, skriv læringsmål og logbog, og tag selvvurderingen."),
    ("Udskrifter", "Tjek planens krav, og udskriv planen som PDF – i en lederudgave og en udgave til MED."),
)
GETTING_STARTED_END = "Tastaturgenvejene står under Hjælp › Tastaturgenveje."
