"""What the MED version of the plan and of the matrix may say about people.

A matrix of one column per person cannot be made anonymous for a staff of a
dozen: a column with the only 4 in medicine handling is the nurse, whatever
it is called and wherever it stands. The MED version therefore shows no
person at all, only distributions per competence, and every count of people
that is 1 or 2 is printed as *under 3*: the document states teams, titles,
hire dates, courses and MUS elsewhere, and a count that small points at
someone. Zero stays zero (nobody is described). The *sårbarhed* keeps its own
wording: it describes the tilbud, and its point is that few carry a
competence.

Education levels (the plan's list of what the staff are) held by fewer than
three are grouped as *Andre*; a job title only one person holds is replaced
in free text (med_names).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .. import texts
from ..domain import rules

#: a count of people below this is printed as "under 3" in the MED version
SMALL_GROUP = 3
SMALL_COUNT = "under 3"
OTHERS = "Andre"


def is_small(n: int) -> bool:
    return 0 < n < SMALL_GROUP


def count(n: int) -> str:
    """A count of people as the MED version prints it."""
    return SMALL_COUNT if is_small(n) else str(n)


def count_noun(n: int, singular: str, plural: str) -> str:
    """"under 3 medarbejdere", "0 medarbejdere", "5 medarbejdere" (never "1 medarbejder")."""
    if is_small(n):
        return f"{SMALL_COUNT} {plural}"
    return f"{n} {singular if n == 1 else plural}"


def share_of(n: int, total: int) -> str:
    """How many of ``total`` people, for "Af de 12 aktive medarbejdere har … haft MUS": "10",
    "alle", "ingen" — and where either side of it is 1 or 2 people, "under 3" or "alle på nær
    under 3", so neither the few who have nor the few who haven't are pointed at."""
    if n == total and n:
        return "alle"
    if n == 0:
        return "ingen"
    if is_small(n):
        return SMALL_COUNT
    if is_small(total - n):
        return f"alle på nær {SMALL_COUNT}"
    return str(n)


def partition(counts: list[int]) -> list[str]:
    """Counts that add up to a total the document states (MUS status, course status, teams):
    1–2 as "under 3", and then the largest as "mindst N" — otherwise the one small count
    could be worked out by subtracting the others from the total."""
    out = [count(k) for k in counts]
    small = [k for k in counts if is_small(k)]
    if small:
        big = max(range(len(counts)), key=lambda i: counts[i])
        if not is_small(counts[big]):
            # the least the largest can be when every small count is 2: says nothing the reader
            # can subtract back (it depends only on the total, the exact counts and how many are small)
            out[big] = f"mindst {max(SMALL_GROUP, counts[big] + sum(small) - 2 * len(small))}"
    return out


@dataclass(frozen=True)
class Distribution:
    """Per competence: how the active staff stand against the expected level."""
    competence_id: int
    expected: int
    meeting: int
    one_below: int
    two_below: int
    not_assessed: int
    not_relevant: int
    vulnerability: str

    def shown(self) -> list[str]:
        """At/above, one below, two or more below and not assessed as the MED version prints
        them: partitioned over all the active staff (the document states how many there are;
        *ikke relevant* counts too, though it is not shown), so a small count is never the
        difference between the staff and the other counts."""
        return partition([self.meeting, self.one_below, self.two_below, self.not_assessed,
                          self.not_relevant])[:4]


def distributions(s) -> list[Distribution]:
    """One ``Distribution`` per competence of the snapshot, in the profile's order."""
    staff = s.active_employees
    cov = rules.coverage(s.competences, s.employees, s.current, s.today)
    out = []
    for c in s.competences:
        cnt = Counter(rules.gap_class(c.expected_level, s.current.get((e.id, c.id))) for e in staff)
        out.append(Distribution(
            c.id, c.expected_level, cnt[rules.GAP_MEETS], cnt[rules.GAP_ONE], cnt[rules.GAP_TWO_PLUS],
            cnt[rules.GAP_NONE], cnt[rules.GAP_NOT_RELEVANT], cov[c.id].vulnerability))
    return out


def grouped(counts: dict[str, int]) -> list[tuple[str, int]]:
    """(label, n) with every label held by fewer than three gathered under *Andre* (last)."""
    out = [(k, v) for k, v in counts.items() if v >= SMALL_GROUP]
    others = sum(v for v in counts.values() if 0 < v < SMALL_GROUP)
    if others:
        out.append((OTHERS, others))
    return out


def education_groups(employees, on) -> list[tuple[str, int]]:
    """The active staff's education levels (Danish labels) with small groups as *Andre*."""
    mix = rules.education_mix(employees, on)
    labelled = {texts.EDUCATION_LABELS.get(code, code): mix[code] for code in texts.EDUCATION_LABELS if mix.get(code)}
    return grouped(labelled)


class EditionCounts:
    """Counts of people as a document's edition prints them: exact in the leader's edition,
    through the rules above in the MED edition (``self.med``; ``self.s`` is the snapshot).
    A mixin of the plan's document class."""

    def small(self, n: int) -> bool:
        """A count of 1 or 2 that the MED version shows as "under 3" (it could point at someone)."""
        return self.med and is_small(n)

    def n(self, k: int) -> str:
        """A count of people: as is for the leader, "under 3" for 1–2 in the MED version."""
        return count(k) if self.med else str(k)

    def nn(self, k: int, singular: str, plural: str) -> str:
        """A count of people with its noun ("under 3 medarbejdere" in the MED version)."""
        return count_noun(k, singular, plural) if self.med else texts.count_noun(k, singular, plural)

    def of(self, k: int, total: int) -> str:
        """How many of ``total`` ("alle", "ingen", "10") — in the MED version never pointing at
        1–2 people on either side (see med_edition.share_of)."""
        if self.med:
            return share_of(k, total)
        return "alle" if k == total and k else "ingen" if k == 0 else str(k)

    def parts(self, counts: list[int]) -> list[str]:
        """Counts that add up to a stated total (see med_edition.partition)."""
        return partition(counts) if self.med else [str(k) for k in counts]

    def people(self, ids) -> str:
        """Participants: initials for the leader, a count for MED."""
        ids = [i for i in ids]
        if self.med:
            return self.nn(len(ids), "medarbejder", "medarbejdere")
        by = {e.id: e.initials for e in self.s.employees}
        return ", ".join(by.get(i, "?") for i in ids)
