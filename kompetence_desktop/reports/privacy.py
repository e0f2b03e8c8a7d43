"""Keeping employees' identities out of documents that must not carry them.

The MED version of the plan names nobody; a MUS preparation names nobody but
its own employee. Structured data is left out by the renderers; *free text*
(an activity's "Ansvar", a profile description) may still mention a
colleague, so it passes through a ``Redactor`` that replaces every staff
member's full name, name parts and initials (whole words, case-sensitive)
with "[medarbejder]".
"""
from __future__ import annotations

import re
from typing import Iterable

from .. import texts


def _parts(name: str) -> set[str]:
    out = set()
    full = " ".join(name.split())
    if full:
        out.add(full)
    for word in full.split(" "):
        word = word.strip(".,;:()")
        if len(word) >= 2:
            out.add(word)
        for sub in re.split(r"[-'’]", word):
            if len(sub) >= 3:
                out.add(sub)
    return out


class Redactor:
    """Callable: text → text with the given employees' names and initials replaced."""

    def __init__(self, employees: Iterable, keep_ids: Iterable[int] = (), replacement: str | None = None):
        keep = set(keep_ids)
        tokens: set[str] = set()
        kept: set[str] = set()
        for e in employees:
            if e.id in keep:
                kept |= _parts(e.name) | {e.initials.strip()}
                continue
            tokens |= _parts(e.name)
            if e.initials and e.initials.strip():
                tokens.add(e.initials.strip())
        tokens -= kept
        # never redact the words of the ones we keep (their own name may share a part)
        self.replacement = texts.REPORT_REDACTED if replacement is None else replacement
        self.tokens = sorted(tokens, key=len, reverse=True)
        if self.tokens:
            alt = "|".join(re.escape(t) for t in self.tokens)
            self._rx = re.compile(rf"(?<![\w])(?:{alt})(?![\w])")
        else:
            self._rx = None

    def __call__(self, text):
        if not text or self._rx is None:
            return text or ""
        out = self._rx.sub(self.replacement, str(text))
        # "[medarbejder] [medarbejder]" from a first and a last name → one
        rep = re.escape(self.replacement)
        return re.sub(rf"{rep}(?:[\s\-]+{rep})+", self.replacement, out)


def identity(text):
    return text or ""
