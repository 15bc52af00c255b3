"""Thai government fiscal years: fiscal year N (BE) runs 1 October N-1 to 30 September N."""

from __future__ import annotations

import datetime as dt

from generator.values.dates import BE_OFFSET, MONTHS_ABBR

FISCAL_MONTH_ORDER = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)


def fiscal_year_of(date: dt.date) -> int:
    """The BE fiscal year a date belongs to: October–December count towards the next year."""
    be = date.year + BE_OFFSET
    return be + 1 if date.month >= 10 else be


def fiscal_year_bounds(fiscal_year: int) -> tuple[dt.date, dt.date]:
    """First and last day (CE dates) of a BE fiscal year."""
    start_ce = fiscal_year - BE_OFFSET - 1
    return dt.date(start_ce, 10, 1), dt.date(start_ce + 1, 9, 30)


def quarter_of_month(month: int) -> int:
    """Fiscal quarter (1 = Oct–Dec) of a calendar month."""
    return FISCAL_MONTH_ORDER.index(month) // 3 + 1


def month_label(month: int) -> str:
    return MONTHS_ABBR[month - 1]
