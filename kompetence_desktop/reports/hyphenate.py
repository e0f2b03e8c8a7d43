"""Line breaks inside words that are wider than their table column, without a dictionary.

reportlab breaks a word that is wider than its column at any letter and without a
hyphen ("ik|ke-sundhedsuddannede", "pårøren|desamarbejdet"); a word that fits the column
moves to the next line whole, and that stays so. For a word wider than the column,
``cut_points`` chooses where to break it, in this order:

1. after its own hyphen or slash ("ikke-|sundhedsuddannede", "e-|lærings-|platformen");
2. between two syllables, with a hyphen: the *udtaledeling* rule of Retskrivningsordbogen
   (one consonant between two vowels goes to the next line: "ga-de"; of several, only the
   last: "fis-ke", "lam-pe"; a syllable-starting cluster stays whole: "udviklings-plan"),
   except where a compound's parts meet: after a joining -s- ("sundheds-assistent", not
   "sundhed-sassistent"; after -tion, -hed, -ing, -else, -skab, -dom, -itet) or before a
   common second part of this domain's words ("assistent-uddannelsen", "kompetence-udvikling");
   words in « », quotes or brackets and words in capitals are split the same way (an
   abbreviation in capitals shorter than MIN_LETTERS is not: it has no syllables to go by);
3. as the last resort, at the letter where the column is full, without a hyphen (what
   reportlab does) — so text never runs over into the next column.

No reportlab import here (pure functions; the width test is handed in).
"""
from __future__ import annotations

import re
from typing import Callable

VOWELS = set("aeiouyæøåéáàèäöüAEIOUYÆØÅÉÁÀÈÄÖÜ")
#: a word in capitals shorter than this is taken for an abbreviation (no syllable breaks);
#: danish_hyphenator (a whole paragraph's words) also leaves shorter words alone
MIN_LETTERS = 13
#: consonant clusters that begin a syllable; kept together on the next line
ONSETS = frozenset("bl br dr fl fr gl gr kl kn kr kv pl pr sk sl sm sn sp st sv tr tv".split())
#: letters that must stay on each side of a syllable break
MIN_HEAD, MIN_TAIL = 3, 3
#: endings that take a joining -s- in a compound: the break goes after that s
S_JOINERS = ("tion", "sion", "hed", "ing", "else", "skab", "dom", "itet")
#: common second parts of compounds in this domain: a break goes just before them
HEADS = tuple(sorted(set("""
    uddannelse udvikling assistent forløb undervisning medarbejder kompetence håndtering
    samarbejde arbejde faglig sundhed social pædagog pleje miljø værktøj leder område aftale
    samtale indsats borger beboer personale kursus modul tilbud opgave ansvar medicin
    dokumentation vejledning supervision psykiatri handicap hjælper støtte ordning
""".split())))
#: characters a word may be broken after without adding a hyphen
BREAK_AFTER = "-/–—"

_ALPHA_RUN = re.compile(r"[^\W\d_]+")


def _junctions(low: str) -> set[int]:
    """Indexes where two parts of a compound probably meet (break before the index)."""
    out = set()
    for e, ch in enumerate(low):
        # "sundheds|assistent", "kommunikations|værktøj"; not "hel|se|søster" (three letters first)
        if ch == "s" and e + 1 < len(low) and any(low.endswith(j, 3, e) for j in S_JOINERS):
            out.add(e + 1)
    for head in HEADS:
        j = low.find(head, 1)
        while j > 0:
            out.add(j)
            j = low.find(head, j + 1)
    return out


def break_points(word: str, min_letters: int = MIN_LETTERS) -> list[int]:
    """Indexes ``i`` where ``word[:i] + "-" / word[i:]`` is a good Danish break in a word of
    letters only (one per gap between two vowels). Words shorter than ``min_letters`` and
    abbreviations in capitals get none."""
    if len(word) < min_letters or not word.isalpha() or (word.isupper() and len(word) < MIN_LETTERS):
        return []
    low = word.lower()
    junctions = _junctions(low)
    out = []
    vowel_at = [i for i, ch in enumerate(low) if ch in VOWELS]
    for a, b in zip(vowel_at, vowel_at[1:]):
        joint = [j for j in junctions if a < j <= b]
        if joint:
            i = max(joint)  # where the compound's parts meet
        elif b - a < 2:
            continue  # two vowels side by side: no break between them
        else:
            cluster = low[a + 1:b]
            i = b - 1  # the last consonant goes over to the next line ...
            if len(cluster) > 2 and cluster[-2:] in ONSETS:  # ... or a pair that starts a syllable ("-plan")
                i = b - 2
        if MIN_HEAD <= i <= len(word) - MIN_TAIL:
            out.append(i)
    return out


def danish_hyphenator(word: str):
    """reportlab's hyphenator protocol: (head, tail) pairs, the longest head first;
    reportlab adds the "-" and takes the first head that fits the line."""
    return [(word[:i], word[i:]) for i in reversed(break_points(word))]


def word_breaks(word: str) -> list[tuple[int, bool]]:
    """Every place a too-wide word may break, in order: ``(i, hyphen)`` = break before
    ``word[i]``, adding a "-" when ``hyphen`` (a syllable break) and not after the word's own
    hyphen or slash. Punctuation around or inside the word («», quotes, brackets, digits)
    is left out of the syllable rule; the letters between are split as a word."""
    out = {}
    for i, ch in enumerate(word[:-1]):
        if ch in BREAK_AFTER and i > 0 and word[i + 1] not in BREAK_AFTER:
            out[i + 1] = False
    for m in _ALPHA_RUN.finditer(word):
        for i in break_points(m.group(), min_letters=0):
            out.setdefault(m.start() + i, True)
    return sorted(out.items())


def cut_points(word: str, fits: Callable[[int, int, bool], bool]) -> list[tuple[int, bool]]:
    """Where to cut ``word`` so every piece fits a line: ``fits(i, j, hyphen)`` says whether
    ``word[i:j]`` (plus a "-" when ``hyphen``) fits. A line takes the word's own hyphen when
    the part after it fits a line of its own, else the furthest break that fits (hyphen or
    syllable; a compound's joint rather than a later syllable if the line stays two-thirds
    full), else as many letters as fit (at least one). Returns ``(i, hyphen)`` cuts."""
    breaks = word_breaks(word)
    joints_at = {m.start() + j for m in _ALPHA_RUN.finditer(word) for j in _junctions(m.group().lower())}
    n = len(word)
    cuts: list[tuple[int, bool]] = []
    p = 0
    while not fits(p, n, False):
        fitting = [(i, hy) for i, hy in breaks if i > p and fits(p, i, hy)]
        choice = None
        own = [c for c in fitting if not c[1]]
        if own:
            h = own[-1][0]
            nxt = next((i for i, hy in breaks if i > h and not hy), n)
            if fits(h, nxt, False):
                choice = own[-1]
        if choice is None and fitting:
            choice = fitting[-1]
            # where a compound's parts meet reads better, if the line stays two-thirds full
            joints = [c for c in fitting if c[1] and c[0] in joints_at and 3 * (c[0] - p) >= 2 * (choice[0] - p)]
            if joints and choice[0] not in joints_at:
                choice = joints[-1]
        if choice is None:  # the last resort: as many letters as fit, no hyphen
            i = p + 1
            while i < n and fits(p, i + 1, False):
                i += 1
            if i >= n:
                break
            choice = (i, False)
        cuts.append(choice)
        p = choice[0]
    return cuts


def split_word(word: str, fits: Callable[[str], bool]) -> list[str]:
    """``word`` cut into lines (syllable heads with their "-"); ``fits(text)`` measures."""
    pieces, p = [], 0
    for i, hy in cut_points(word, lambda a, b, hy: fits(word[a:b] + ("-" if hy else ""))):
        pieces.append(word[p:i] + ("-" if hy else ""))
        p = i
    return pieces + [word[p:]]
