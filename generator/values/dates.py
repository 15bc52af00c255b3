"""Dates as Thai documents print them, stored as ISO (CE), shown in the Buddhist era.

Accepted: ``2022-12-06``, ``6 ธ.ค. 2565``, ``๖ ธันวาคม ๒๕๖๕``, ``วันที่ ๖ เดือน ธันวาคม พ.ศ. ๒๕๖๕``,
``6/12/2565``, and two-digit BE years (``1 ต.ค. 67`` → 2567).

The era is never guessed: the ISO form is Christian era (CE), every other form Buddhist era (BE).
A year that belongs to the other era is an error with a hint (``2567-10-01`` would be the year 3110,
``1 ต.ค. 2024`` the year 1481), and so is a year outside the plausible range BE 2400–2700
(CE 1857–2157), the same range as fiscal years. Digits are ASCII or Thai only.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from generator.values.errors import ValueParseError
from generator.values.numbers import digit_hint, foreign_digit, to_arabic_digits

BE_OFFSET = 543
BE_YEAR_MIN, BE_YEAR_MAX = 2400, 2700
"""Plausible Buddhist-era years, for dates and fiscal years alike (CE 1857–2157)."""
CE_YEAR_MIN, CE_YEAR_MAX = BE_YEAR_MIN - BE_OFFSET, BE_YEAR_MAX - BE_OFFSET
MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS_FULL)}
_MONTH_NUMBER.update({abbr.replace(" ", ""): i + 1 for i, abbr in enumerate(MONTHS_ABBR)})
_MONTH_NUMBER.update({abbr.replace(".", ""): i + 1 for i, abbr in enumerate(MONTHS_ABBR)})

# [0-9], never \d (which also matches Arabic-Indic, full-width… digits); no space inside a number.
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_SLASHED = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4})")
_THAI = re.compile(r"([0-9]{1,2})\s*([^\s0-9][^0-9]*?)\s*([0-9]{2}|[0-9]{4})")
_EXAMPLE = "6 ธ.ค. 2565 or 2022-12-06"


def _bad(raw: object, why: str = "", why_th: str = "", write: str = _EXAMPLE) -> ValueParseError:
    extra_en = f" ({why})" if why else ""
    extra_th = f" ({why_th})" if why_th else ""
    write_th = write.replace(" or ", " หรือ ")
    return ValueParseError(
        "bad-date",
        f'"{raw}" is not a valid date{extra_en}; write e.g. {write}',
        f'"{raw}" ไม่ใช่วันที่ที่ถูกต้อง{extra_th} ตัวอย่างที่ถูกต้อง {write_th}',
    )


def _be_year(text: str) -> int:
    year = int(text)
    return 2500 + year if len(text) == 2 else year


def _both_forms(ce_year: int, month: int, day: int) -> str:
    """How to write the date in both accepted eras (for hints)."""
    try:
        dt.date(ce_year, month, day)
    except ValueError:  # no such day whatever the era: the general example, not a wrong date
        return _EXAMPLE
    return f"{day} {MONTHS_ABBR[month - 1]} {ce_year + BE_OFFSET} or {ce_year:04d}-{month:02d}-{day:02d}"


def _iso_date(raw: object, year: int, month: int, day: int) -> dt.date:
    """An ISO date: its year is CE, so a BE-looking year is refused rather than read as CE."""
    if BE_YEAR_MIN <= year <= BE_YEAR_MAX:
        raise _bad(raw, f"{year} looks like a Buddhist-era year in ISO form, which is Christian era",
                   f"ปี {year} ดูเหมือนปีพุทธศักราช แต่รูปแบบ ปปปป-ดด-วว ต้องใช้ปีคริสต์ศักราช",
                   _both_forms(year - BE_OFFSET, month, day))
    if not CE_YEAR_MIN <= year <= CE_YEAR_MAX:
        raise _out_of_range(raw, f"CE {year}")
    return _make(raw, year, month, day)


def _be_date(raw: object, year: int, month: int, day: int) -> dt.date:
    """A Thai-form or d/m/y date: its year is BE, so a CE-looking year is refused."""
    if CE_YEAR_MIN <= year <= CE_YEAR_MAX:
        raise _bad(raw, f"{year} looks like a Christian-era year; with a Thai month or as d/m/y the "
                   "year is Buddhist era",
                   f"ปี {year} ดูเหมือนปีคริสต์ศักราช แต่วันที่แบบไทยต้องใช้ปีพุทธศักราช",
                   _both_forms(year, month, day))
    if not BE_YEAR_MIN <= year <= BE_YEAR_MAX:
        raise _out_of_range(raw, f"BE {year}")
    return _make(raw, year - BE_OFFSET, month, day)


def _out_of_range(raw: object, year: str) -> ValueParseError:
    """``year`` is the year as written with its era (``BE 2300``, ``CE 1800``)."""
    year_th = year.replace("BE", "พ.ศ.").replace("CE", "ค.ศ.")
    return _bad(raw, f"the year {year} is outside BE {BE_YEAR_MIN}–{BE_YEAR_MAX} "
                f"(CE {CE_YEAR_MIN}–{CE_YEAR_MAX})", f"ปี {year_th} อยู่นอกช่วง พ.ศ. {BE_YEAR_MIN}–{BE_YEAR_MAX}")


def _make(raw: object, year_ce: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year_ce, month, day)
    except ValueError as exc:
        raise _bad(raw, str(exc)) from exc


def parse_date(raw: object) -> dt.date:
    """Read a date; raise ``ValueParseError`` (code ``bad-date``) for anything else."""
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str):
        raise _bad(raw)
    return _parse_date_text(raw)


@functools.lru_cache(maxsize=4096)
def _parse_date_text(raw: str) -> dt.date:
    """A date written as text: the same text (a month's contract dates repeat) is read once and
    gives the same immutable date; a refused one is refused again each time it is read."""
    if foreign_digit(raw):
        en, th = digit_hint(raw)
        raise _bad(raw, en.removeprefix("; "), th.strip(" ()"))
    text = to_arabic_digits(raw).strip()
    text = re.sub(r"^วันที่\s*", "", text)
    text = re.sub(r"\s*(?:พ\.\s?ศ\.|พศ\.?)\s*", " ", text)
    text = re.sub(r"\s*เดือน\s*", " ", text).strip()
    if m := _ISO.fullmatch(text):
        return _iso_date(raw, int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASHED.fullmatch(text):
        return _be_date(raw, _be_year(m[3]), int(m[2]), int(m[1]))
    if m := _THAI.fullmatch(text):
        month_name = "".join(m[2].split())  # OCR spaces inside a month's name (ต. ค.) are harmless
        month = _MONTH_NUMBER.get(month_name)
        if month is None:
            raise _bad(raw, f"unknown month '{month_name}'", f"ไม่รู้จักเดือน '{month_name}'")
        return _be_date(raw, _be_year(m[3]), month, int(m[1]))
    raise _bad(raw)


def be_year(date: dt.date) -> int:
    return date.year + BE_OFFSET


def format_thai_date(date: dt.date) -> str:
    """The site-wide date style: ``6 ธันวาคม 2565`` (Buddhist era, full month name)."""
    return f"{date.day} {MONTHS_FULL[date.month - 1]} {be_year(date)}"
