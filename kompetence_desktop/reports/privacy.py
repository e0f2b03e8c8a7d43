"""Keeping employees' identities out of documents that must not carry them.

The MED version of the plan names nobody; a MUS preparation names nobody but
its own employee. Structured data is left out by the renderers; *free text*
(an activity's "Ansvar", a profile description) may still mention a
colleague, so it passes through a ``Redactor`` that replaces every staff
member's identity with "[medarbejder]" — current and former staff alike
(anonymised ones carry a pseudonym, not a name, and are skipped).

What is matched, always as a whole token (not inside a longer word) and with
an optional Danish/English genitive ending (``s``, ``'s``, ``'``, ``’s``, ``’``):

* the full name, each name word and each part of a hyphenated or apostrophed
  name of 3 letters or more ("Line O'Connor-Ravn" → "Line", "O'Connor-Ravn",
  "O'Connor", "Connor", "Ravn") — **case-insensitively**, so "METTE",
  "mette", "Mettes" and "Østergårds" are caught;
* a name word of 1–2 letters ("Bo", "Al") and the **initials** only
  **case-sensitively**, as written and in capitals ("HF", "HF's", "Hfs" not):
  initials like "OG", "AT" or "JA" would otherwise wipe ordinary Danish words.

With ``titles=True`` (the MED version) a job title — or a part of one, split at
commas and "/" — that only one of the staff holds is also replaced: in a
tilbud with one nurse, "Sygeplejerske" in the Ansvar column names her as surely
as her name would. Matched as a whole word, case-insensitively, also in its
definite, plural and genitive forms ("Souschefen", "sygeplejerskens").

Limits (documented in the MED version's note): a nickname, a misspelling, or a
description without a name ("vores nye kollega fra Aalborg") is not caught.
The employee(s) in ``keep_ids`` keep their own words, also where they share
a name part with a colleague.
"""
from __future__ import annotations

import re
from typing import Iterable

from .. import texts

#: an optional genitive/possessive ending after a name
_GENITIVE = r"(?:s|['’]s?)?"
_APOS = "['’]"


def _parts(name: str) -> tuple[set[str], set[str]]:
    """(case-insensitive tokens, case-sensitive tokens) of one name."""
    loose: set[str] = set()
    strict: set[str] = set()
    full = " ".join(name.split())
    if not full:
        return loose, strict

    def add(tok: str) -> None:
        tok = tok.strip(".,;:()\"")
        if not tok or not any(ch.isalpha() for ch in tok):
            return
        (loose if len(tok) >= 3 else strict).add(tok)

    add(full)
    for word in full.split(" "):
        add(word)
        for sub in re.split(r"-", word):
            add(sub)
            for subsub in re.split(_APOS, sub):
                if len(subsub) >= 3:
                    add(subsub)
        for sub in re.split(_APOS, word):
            if len(sub) >= 3:
                add(sub)
    return loose, strict


#: Danish endings after a job title that still mean one person: definite and genitive
#: ("souschefen", "sygeplejerskens") — never the plural ("alle pædagoger" names nobody)
_TITLE_ENDINGS = r"(?:en|n|et|t)?" + _GENITIVE


def _title_parts(title: str) -> set[str]:
    """A job title and its parts ("Souschef, pædagog" → the whole, "Souschef", "pædagog")."""
    whole = " ".join((title or "").split())
    parts = {whole} if whole else set()
    # never at " og ": "Social- og sundhedsassistent" is one title
    for part in re.split(r"[,/()]", whole):
        part = part.strip(" .;:()")
        if len(part) >= 3 and any(ch.isalpha() for ch in part):
            parts.add(part)
    return parts


def unique_titles(employees: Iterable, active_ids: Iterable[int] | None = None) -> set[str]:
    """The job titles (and title parts) that point at one person: held by exactly one
    active employee (``active_ids``; a former colleague with the same title does not
    hide the current one) — or, held by nobody active, by exactly one former one."""
    active = None if active_ids is None else set(active_ids)
    now: dict[str, set[int]] = {}
    before: dict[str, set[int]] = {}
    for e in employees:
        if getattr(e, "anonymised", False):
            continue
        holders = now if active is None or e.id in active else before
        for part in _title_parts(getattr(e, "job_title", "") or ""):
            holders.setdefault(part.casefold(), set()).add(e.id)
    out = {t for t, ids in now.items() if len(ids) == 1}
    out |= {t for t, ids in before.items() if len(ids) == 1 and t not in now}
    return out


def _pattern(tok: str) -> str:
    # any apostrophe matches either apostrophe; any run of spaces any whitespace
    out = []
    for ch in tok:
        if ch in "'’":
            out.append(_APOS)
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _compile(tokens: set[str], flags=0):
    if not tokens:
        return None
    alt = "|".join(_pattern(t) for t in sorted(tokens, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alt}){_GENITIVE}(?![\w])", flags)


class Redactor:
    """Callable: text → text with the given employees' names and initials replaced."""

    def __init__(self, employees: Iterable, keep_ids: Iterable[int] = (), replacement: str | None = None,
                 titles: bool = False, active_ids: Iterable[int] | None = None):
        employees = list(employees)
        keep = set(keep_ids)
        loose: set[str] = set()
        strict: set[str] = set()
        kept: set[str] = set()
        for e in employees:
            if getattr(e, "anonymised", False) and e.id not in keep:
                continue  # a pseudonym ("Tidligere medarbejder 3"), not a name
            lo, st = _parts(e.name or "")
            ini = (e.initials or "").strip()
            if ini and not any(ch.isspace() for ch in ini):
                st |= {ini, ini.upper()}
            if e.id in keep:
                kept |= {x.casefold() for x in lo | st}
                continue
            loose |= lo
            strict |= st
        # never redact the words of the ones we keep (their own name may share a part)
        loose = {t for t in loose if t.casefold() not in kept}
        strict = {t for t in strict if t.casefold() not in kept}
        self.replacement = texts.REPORT_REDACTED if replacement is None else replacement
        self.tokens = sorted(loose | strict, key=len, reverse=True)
        self._rx_loose = _compile(loose, re.IGNORECASE)
        self._rx_strict = _compile(strict)
        self._rx_titles = None
        if titles:
            found = sorted(unique_titles(employees, active_ids), key=len, reverse=True)
            if found:
                alt = "|".join(_pattern(t) for t in found)
                self._rx_titles = re.compile(rf"(?<![\w'’])(?:{alt}){_TITLE_ENDINGS}(?![\w])", re.IGNORECASE)

    def __call__(self, text):
        if not text:
            return text or ""
        out = str(text)
        for rx in (self._rx_titles, self._rx_loose, self._rx_strict):
            if rx is not None:
                out = rx.sub(self.replacement, out)
        # "[medarbejder] [medarbejder]" from a first and a last name → one
        rep = re.escape(self.replacement)
        return re.sub(rf"{rep}(?:[\s\-]+{rep})+", self.replacement, out)


def identity(text):
    return text or ""
