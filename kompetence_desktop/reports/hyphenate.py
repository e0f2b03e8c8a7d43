"""Line breaks inside long Danish words for narrow table cells, without a dictionary.

reportlab breaks a word that is wider than its column at any letter and without a
hyphen ("ik|ke-sundhedsuddannede", "pårøren|desamarbejdet"). The styles ask it to
break a hyphenated word at its own hyphen first (``embeddedHyphenation``), and the
cell styles get ``danish_hyphenator``: the *udtaledeling* rule of Retskrivningsordbogen
(one consonant between two vowels goes to the next line: "ga-de"; of several, only
the last: "fis-ke", "lam-pe"; a syllable-starting cluster stays whole: "udviklings-plan"), used only for long words (≥ MIN_LETTERS), so ordinary
words still move to the next line whole.

No reportlab import here (pure functions; reportlab calls ``danish_hyphenator``).
"""
from __future__ import annotations

VOWELS = set("aeiouyæøåéáàèäöüAEIOUYÆØÅÉÁÀÈÄÖÜ")
#: words shorter than this are never split by the hyphenator (they move down whole)
MIN_LETTERS = 13
#: consonant clusters that begin a syllable; kept together on the next line
ONSETS = frozenset("bl br dr fl fr gl gr kl kn kr kv pl pr sk sl sm sn sp st sv tr tv".split())
#: letters that must stay on each side of a break
MIN_HEAD, MIN_TAIL = 3, 3


def break_points(word: str) -> list[int]:
    """Indexes ``i`` where ``word[:i] + "-" / word[i:]`` is a legal Danish break."""
    if len(word) < MIN_LETTERS or not word.isalpha() or word.isupper():
        return []
    out = []
    vowel_at = [i for i, ch in enumerate(word) if ch in VOWELS]
    for a, b in zip(vowel_at, vowel_at[1:]):
        if b - a < 2:
            continue  # two vowels side by side: no break between them
        cluster = word[a + 1:b].lower()
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
