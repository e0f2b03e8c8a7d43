"""Staff names in the MED version's free text, replaced by natural Danish.

The MED version names a person only where they carry an organisational
responsibility the leader has chosen to show (``Employee.med_role``: the
souschef, the course coordinator); the leader is named on the cover anyway.
Everywhere else a staff member's name or initials — in any spelling
``domain.names`` sees through: decomposed Unicode, soft hyphens and
zero-width characters, any case, dotted initials, the genitive — become
*en medarbejder* on the first mention in a text and *medarbejderen* after
that; a second person in the same text is *en kollega* / *kollegaen*, a third
*en anden kollega*. Never a bracketed placeholder: MED reads a sentence, not
a censored form.

A job title (or a part of one) that only one active employee without a shown
responsibility holds names her as surely as her name, so it is replaced the
same way ("Sygeplejersken koordinerer" → "En medarbejder koordinerer").

Limits (stated in the MED version's note): a nickname, a misspelling, or a
description without a name is not caught.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..domain.names import GENITIVE, NameMatcher, clean, fold
from .privacy import unique_titles

_APOS = re.compile(r"['’]")
#: Danish endings after a job title that still mean one person (definite, genitive)
_TITLE_ENDINGS = r"(?:en|n|et|t)?" + GENITIVE

#: (first mention, later mentions) for the 1st, 2nd and further people in one text
_WORDS = (("en medarbejder", "medarbejderen"), ("en kollega", "kollegaen"), ("en anden kollega", "den anden kollega"))


def _name_tokens(name: str) -> tuple[set[str], set[str]]:
    """(tokens matched in any case, tokens matched as written) of one name: the whole name,
    each word, each part of a hyphenated or apostrophed name; parts under 3 letters only as
    written (a "Bo" must not wipe the word *bo*)."""
    loose: set[str] = set()
    strict: set[str] = set()
    full = clean(name)

    def add(tok: str) -> None:
        tok = tok.strip(".,;:()\"")
        if tok and any(ch.isalpha() for ch in tok):
            (loose if len(tok) >= 3 else strict).add(tok)

    if not full:
        return loose, strict
    add(full)
    for word in full.split(" "):
        add(word)
        for sub in word.split("-"):
            add(sub)
            for part in _APOS.split(sub):
                if len(part) >= 3:
                    add(part)
    return loose, strict


def _key(text: str) -> str:
    """A matched name as a lookup key: folded, without dots, spaces and apostrophes."""
    return re.sub(r"[\s.'’]", "", fold(text))


@dataclass(frozen=True)
class Replacement:
    original: str
    replaced: str


class MedNames:
    """Callable: text → the text with hidden staff's names replaced by natural Danish."""

    def __init__(self, employees: Iterable, active_ids: Iterable[int] | None = None, leader: str = "",
                 keep_ids: Iterable[int] = ()):
        """``keep_ids``: staff named as written besides those with a shown responsibility (the
        employee a MUS paper or an agreement is about)."""
        keep = set(keep_ids)
        employees = [e for e in employees if not getattr(e, "anonymised", False)]
        shown = [e for e in employees if (getattr(e, "med_role", "") or "").strip() or e.id in keep]
        hidden = [e for e in employees if e not in shown]
        kept: set[str] = set()
        for name in [leader] + [e.name for e in shown]:
            lo, st = _name_tokens(name or "")
            kept |= {_key(t) for t in lo | st}
        for e in shown:
            kept.add(_key(e.initials or ""))
        self._who: dict[str, set[int]] = {}
        loose: set[str] = set()
        strict: set[str] = set()
        initials: set[str] = set()
        for e in hidden:
            lo, st = _name_tokens(e.name or "")
            lo = {t for t in lo if _key(t) not in kept}
            st = {t for t in st if _key(t) not in kept}
            ini = clean(e.initials or "")
            ini_set = {ini} if ini and " " not in ini and _key(ini) not in kept else set()
            for t in lo | st | ini_set:
                self._who.setdefault(_key(t), set()).add(e.id)
            loose |= lo
            strict |= st
            initials |= ini_set
        self.matcher = NameMatcher(loose, strict, initials)
        # a title only one hidden active person holds (a title a shown person also holds stays)
        active = None if active_ids is None else set(active_ids)
        titles = unique_titles(employees, active)
        shown_titles = {fold(t) for e in shown for t in re.split(r"[,/()]", e.job_title or "") if t.strip()}
        titles = {t for t in titles if fold(t) not in shown_titles}
        self.titles = NameMatcher(titles, endings=_TITLE_ENDINGS) if titles else None
        self.replacements: list[Replacement] = []

    def __call__(self, text) -> str:
        if not text:
            return text or ""
        text = str(text)
        spans = [(s, e, g, "name") for s, e, g in self.matcher.spans(text)]
        if self.titles is not None:
            taken = [(s, e) for s, e, _g, _k in spans]
            spans += [(s, e, g, "title") for s, e, g in self.titles.spans(text)
                      if not any(s < te and ts < e for ts, te in taken)]
        if not spans:
            return text
        spans.sort()
        order: dict[object, int] = {}
        seen: set[object] = set()
        out, last = [], 0
        for s, e, ending, kind in spans:
            bare = text[s:e - len(ending)] if ending else text[s:e]
            if kind == "name":
                ids = self._who.get(_key(bare), set())
                person: object = next(iter(ids)) if len(ids) == 1 else ("?", _key(bare))
            else:
                person = ("title", fold(bare))
            k = order.setdefault(person, len(order))
            first, later = _WORDS[min(k, len(_WORDS) - 1)]
            word = later if person in seen and k < len(_WORDS) - 1 else first
            seen.add(person)
            if ending.endswith(("s", "S")) or ending in ("'", "’"):
                word += "s"
            if _sentence_start(text, s):
                word = word[0].upper() + word[1:]
            out.append(text[last:s])
            out.append(word)
            last = e
        out.append(text[last:])
        result = "".join(out)
        self.replacements.append(Replacement(text, result))
        return result


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n"


def med_names(snapshot) -> MedNames:
    """The MED version's name replacement for a snapshot."""
    return MedNames(snapshot.employees, [e.id for e in snapshot.active_employees],
                    leader=snapshot.profile.get("leder", ""))


def preview(snapshot) -> list[Replacement]:
    """Every text the MED plan prints in which a name was replaced, as printed (in order, once each):
    what the leader checks before the plan goes to MED."""
    from .plan import PlanDocument

    doc = PlanDocument(snapshot, med=True)
    doc.story()
    out, seen = [], set()
    for r in doc.red.replacements:
        if r.original not in seen:
            seen.add(r.original)
            out.append(r)
    return out
