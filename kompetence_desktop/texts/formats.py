"""Numbers, money and dates the Danish way, and what a wrongly written one is told.
"""
from __future__ import annotations

import re


def kroner(ore: int) -> str:
    """Money the Danish way: 1.234,50 kr."""
    sign = "-" if ore < 0 else ""
    ore = abs(int(ore))
    kr, rest = divmod(ore, 100)
    whole = f"{kr:,}".replace(",", ".")
    return f"{sign}{whole},{rest:02d} kr."


DATE_ERRORS = {
    "format": "Skriv datoen som dd.mm.åååå, fx 12.02.2025.",
    "invalid": "Datoen findes ikke.",
    "range": "Datoen ligger uden for det mulige (1950–2100).",
    "required": "Datoen skal udfyldes.",
    "future": "Datoen kan ikke ligge ud i fremtiden.",
}
MONEY_ERROR = "Skriv beløbet i kroner, fx 1.234,50."
MONTH_NAMES = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
               "september", "oktober", "november", "december")
QUARTER_LABELS = {1: "1. kvartal (jan–mar)", 2: "2. kvartal (apr–jun)",
                  3: "3. kvartal (jul–sep)", 4: "4. kvartal (okt–dec)"}


def parse_kroner(text: str) -> int:
    """'1.234,50', '1234,5', '1 234 kr.' → øre. Raises ValueError with MONEY_ERROR."""
    s = str(text).strip().lower().replace("kr.", "").replace("kr", "").replace("\u00a0", "").replace(" ", "")
    if not s:
        return 0
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d{1,2})?|\d+(,\d{1,2})?", s):
        raise ValueError(MONEY_ERROR)
    whole, _, dec = s.replace(".", "").partition(",")
    return int(whole) * 100 + (int(dec.ljust(2, "0")) if dec else 0)


QUARTERS = ("1. kvartal (jan.–mar.)", "2. kvartal (apr.–jun.)", "3. kvartal (jul.–sep.)", "4. kvartal (okt.–dec.)")


def count_noun(n: int, singular: str, plural: str) -> str:
    """"1 medarbejder", "2 medarbejdere", "0 medarbejdere"."""
    return f"{n} {singular if n == 1 else plural}"
