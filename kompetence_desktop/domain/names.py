"""One way to compare and find people's names in text, whatever the spelling.

A name reaches the file from many places: typed on a Mac (decomposed
Unicode: "A" + a combining ring instead of "Å"), pasted from a web page (a
soft hyphen or a zero-width space inside), imported from Excel (a byte-order
mark, a right-to-left override), or written in lower case or as dotted
initials in a free text. Erasure, the MED version's redaction and the staff
import must all see through that in the same way, so they share this module:

* ``clean(text)`` — the form a name is stored in: NFC, invisible and
  bidirectional control characters removed, runs of whitespace made one space.
* ``fold(text)`` — the form two names are compared in: ``clean`` plus NFKC and
  ``casefold`` ("ÅSE", "a\u030ase" and "Å\u00adse" all fold to "åse").
* ``NameMatcher`` — finds name tokens inside a longer text in any of those
  spellings (and in the genitive, and initials with dots) and replaces them in
  the *original* text, keeping everything around them as written.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

#: an optional genitive/possessive ending after a name ("Åses", "Hans'", "Bo's")
GENITIVE = r"(?:s|['’]s?)?"


def is_invisible(ch: str) -> bool:
    """A character that shows nothing but can hide inside a name: format characters
    (soft hyphen, zero-width space/joiners, byte-order mark, bidi embeddings,
    overrides and isolates, left-/right-to-left marks) and the combining grapheme joiner."""
    return unicodedata.category(ch) == "Cf" or ch == "\u034f"


def has_invisible(text: str) -> bool:
    return any(is_invisible(ch) for ch in text or "")


def clean(text: str) -> str:
    """``text`` as a name is stored: NFC, no invisible characters, single spaces, stripped."""
    if not text:
        return ""
    s = "".join(ch for ch in unicodedata.normalize("NFC", str(text)) if not is_invisible(ch))
    return " ".join(s.split())


def fold(text: str) -> str:
    """``text`` as names are compared: cleaned, NFKC, casefolded."""
    s = unicodedata.normalize("NFKC", clean(text)).casefold()
    return unicodedata.normalize("NFC", s)


class Folded:
    """A text folded character cluster by character cluster, remembering where each
    folded character came from, so a match in the folded text can be replaced in
    the original one.

    A cluster is a base character and the combining marks after it (so a
    decomposed "Å" folds like a composed one); invisible characters fold to
    nothing; with ``casefold=False`` the case is kept (for initials like "OG",
    which would otherwise match the Danish word *og*).
    """

    def __init__(self, text: str, casefold: bool = True):
        self.original = text
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if is_invisible(ch):
                i += 1
                continue
            j = i + 1
            while j < n and (unicodedata.combining(text[j]) or is_invisible(text[j])):
                j += 1
            cluster = "".join(c for c in text[i:j] if not is_invisible(c))
            f = unicodedata.normalize("NFKC", cluster)
            if casefold:
                f = unicodedata.normalize("NFC", f.casefold())
            for c in f:
                out.append(c)
                starts.append(i)
                ends.append(j)
            i = j
        self.text = "".join(out)
        self._starts = starts
        self._ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for the folded text's ``[start, end)``."""
        return self._starts[start], self._ends[end - 1]


def _token_pattern(tok: str) -> str:
    """A folded token as a regex: any apostrophe matches either apostrophe, any run of
    spaces any whitespace, a hyphen an optional line-break hyphen too."""
    out = []
    for ch in tok:
        if ch in "'’":
            out.append("['’]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _initials_pattern(ini: str) -> str:
    """Initials as written or dotted/spaced: "SKI", "S.K.I.", "S. K. I"."""
    letters = [re.escape(c) for c in ini if not c.isspace() and c != "."]
    return r"\.?\s?".join(letters) + r"\.?" if len(letters) > 1 else "".join(letters)


def _alternation(patterns: Iterable[str]) -> str:
    return "|".join(sorted(set(patterns), key=len, reverse=True))


def _compile(alternation: str, endings: str) -> re.Pattern | None:
    if not alternation:
        return None
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?P<ending>{endings})(?![\w])")


class NameMatcher:
    """Finds names in a text in any spelling and replaces them.

    ``loose``: tokens matched in any case (full names, name words, name parts of 3
    letters or more, initials of 3 letters or more). ``strict``: tokens matched as
    written or in capitals only (name words and initials of 1–2 letters, which
    would otherwise wipe Danish words such as *og*, *at*, *ja*). ``initials`` are
    also found dotted or spaced ("S.K.I."). Every token is found in the genitive
    (``endings``) and never inside a longer word.
    """

    def __init__(self, loose: Iterable[str] = (), strict: Iterable[str] = (), initials: Iterable[str] = (),
                 endings: str = GENITIVE):
        loose_p: list[str] = []
        strict_p: list[str] = []
        for tok in loose:
            t = fold(tok)
            if t:
                loose_p.append(_token_pattern(t))
        for tok in strict:
            t = clean(tok)
            if t:
                strict_p += [_token_pattern(t), _token_pattern(t.upper())]
        for ini in initials:
            t = clean(ini).replace(" ", "")
            if not t or not any(c.isalpha() for c in t):
                continue
            if sum(c.isalpha() for c in t) >= 3:
                loose_p.append(_initials_pattern(fold(t)))
            else:
                strict_p += [_initials_pattern(t), _initials_pattern(t.upper())]
        self._loose = _compile(_alternation(loose_p), endings)
        self._strict = _compile(_alternation(strict_p), endings)

    @property
    def empty(self) -> bool:
        return self._loose is None and self._strict is None

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, ending) of every name in ``text`` (original indices), in order,
        overlapping matches merged; ``ending`` is the genitive (or other) ending the
        match took after the name, "" if none."""
        if not text or self.empty:
            return []
        found: list[tuple[int, int, str]] = []
        for rx, casefold in ((self._loose, True), (self._strict, False)):
            if rx is None:
                continue
            view = Folded(text, casefold=casefold)
            for m in rx.finditer(view.text):
                if m.end() == m.start():
                    continue
                s, e = view.span(m.start(), m.end())
                found.append((s, e, m.group("ending") or ""))
        found.sort()
        merged: list[tuple[int, int, str]] = []
        for s, e, g in found:
            if merged and s < merged[-1][1]:
                ps, pe, pg = merged[-1]
                merged[-1] = (ps, max(pe, e), pg if pe >= e else g)
            else:
                merged.append((s, e, g))
        return merged

    def search(self, text: str) -> bool:
        return bool(self.spans(text))

    def sub(self, text: str, repl: str | Callable[[str, str], str]) -> str:
        """``text`` with every name replaced by ``repl`` (or ``repl(matched_text, ending)``)."""
        spans = self.spans(text)
        if not spans:
            return text
        out, last = [], 0
        for s, e, g in spans:
            out.append(text[last:s])
            out.append(repl(text[s:e], g) if callable(repl) else repl)
            last = e
        out.append(text[last:])
        return "".join(out)
