"""Danish date input and output."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetence_desktop.domain.dates import DateError, format_date, parse_date


@pytest.mark.parametrize("text", ["12.02.2025", "12-02-2025", "12/2/2025", "2025-02-12", " 12.2.2025 "])
def test_danish_date_forms(text):
    assert parse_date(text) == dt.date(2025, 2, 12)


@pytest.mark.parametrize("text,code", [("31.02.2025", "invalid"), ("12.13.2025", "invalid"), ("i går", "format"),
                                       ("", "format"), ("01.01.1800", "range"), ("2025/02/12", "format")])
def test_bad_dates_are_refused_with_a_reason(text, code):
    with pytest.raises(DateError) as exc:
        parse_date(text)
    assert exc.value.code == code


@given(st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)))
def test_format_and_parse_round_trip(day):
    assert parse_date(format_date(day)) == day
    assert format_date(day)[2] == "." and len(format_date(day)) == 10
