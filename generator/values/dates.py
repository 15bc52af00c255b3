"""Dates as Thai documents print them, stored as ISO (CE), shown in the Buddhist era.

Accepted: ``2022-12-06``, ``6 ธ.ค. 2565``, ``๖ ธันวาคม ๒๕๖๕``, ``วันที่ ๖ เดือน ธันวาคม พ.ศ. ๒๕๖๕``,
``6/12/2565``, and two-digit BE years (``1 ต.ค. 67`` → 2567).
"""

from __future__ import annotations

import datetime as dt
import re

from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits

BE_OFFSET = 543
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

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_THAI = re.compile(r"^(\d{1,2})([^\d]+?)(\d{2}|\d{4})$")


def _bad(raw: object, why: str = "") -> ValueParseError:
    extra_en = f" ({why})" if why else ""
    return ValueParseError(
        "bad-date",
        f'"{raw}" is not a valid date{extra_en}; write e.g. 6 ธ.ค. 2565 or 2022-12-06',
        f'"{raw}" ไม่ใช่วันที่ที่ถูกต้อง ตัวอย่างที่ถูกต้อง 6 ธ.ค. 2565 หรือ 2022-12-06',
    )


def _be_year(text: str) -> int:
    year = int(text)
    return 2500 + year if len(text) == 2 else year


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
    text = to_arabic_digits(raw).strip()
    text = re.sub(r"^วันที่\s*", "", text)
    text = re.sub(r"\s*(?:พ\.\s?ศ\.|พศ\.?)\s*", " ", text)
    text = re.sub(r"\s*เดือน\s*", " ", text)
    if m := _ISO.match(text):
        return _make(raw, int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASHED.match(text):
        return _make(raw, _be_year(m[3]) - BE_OFFSET, int(m[2]), int(m[1]))
    if m := _THAI.match(re.sub(r"\s+", "", text)):
        month = _MONTH_NUMBER.get(m[2])
        if month is None:
            raise _bad(raw, f"unknown month '{m[2]}'")
        return _make(raw, _be_year(m[3]) - BE_OFFSET, month, int(m[1]))
    raise _bad(raw)


def be_year(date: dt.date) -> int:
    return date.year + BE_OFFSET


def format_thai_date(date: dt.date) -> str:
    """The site-wide date style: ``6 ธันวาคม 2565`` (Buddhist era, full month name)."""
    return f"{date.day} {MONTHS_FULL[date.month - 1]} {be_year(date)}"
