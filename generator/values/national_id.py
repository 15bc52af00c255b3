"""Thai 13-digit identification numbers written inside any text (เลขประจำตัวประชาชน, เลขนิติบุคคล).

A person's national ID must never reach a public page (PDPA; DESIGN §5), so checks look for one in
every string of every data file, however it is written: ``1234567890121``, ``1-2345-67890-12-1``,
``1 2345 67890 12 1``, in Thai or Arabic digits. A candidate is any 13 digits in a row, optionally
split by single spaces or dashes, with a valid check digit (see ``generator.values.tax_id``).
The first digit tells whose number it is: 1–8 a person (by registration category), 0 a juristic
person's tax ID or a person without Thai registration status; 9 is not issued.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits
from generator.values.tax_id import is_valid_id

_DIGIT = "[0-9\u0e50-\u0e59]"
# A run of digit groups joined by single separators. Commas and dots are not separators: they
# belong to amounts (1,234,567.89) and would make amounts look like IDs.
_RUN = re.compile(rf"{_DIGIT}+(?:[ \u00a0\-–]{_DIGIT}+)*")
_GROUP = re.compile(f"{_DIGIT}+")
_GROUP_SEPARATORS = re.compile(r"[ \u00a0\-–]")
_POSSIBLE = re.compile(rf"{_DIGIT}(?:[ \u00a0\-–]?{_DIGIT}){{12}}")
"""A quick test that a text could hold an ID at all (most strings hold no long numbers)."""
LENGTH = 13


class Holder(StrEnum):
    """Whose number a valid 13-digit ID is, by its first digit."""

    PERSON = "person"
    JURISTIC = "juristic"
    """First digit 0: a juristic person's tax ID (or a person without Thai registration status)."""
    UNISSUED = "unissued"


@dataclass(frozen=True)
class FoundId:
    """A checksum-valid 13-digit number found in a text: where it is and whose it is."""

    digits: str
    """The 13 digits, Arabic, without separators."""
    start: int
    end: int
    """Span of the number as written in the text (``text[start:end]``)."""

    @property
    def holder(self) -> Holder:
        if self.digits[0] == "0":
            return Holder.JURISTIC
        return Holder.UNISSUED if self.digits[0] == "9" else Holder.PERSON

    @property
    def masked(self) -> str:
        """Safe to print in a CI log: the category digit and the last two digits only."""
        return f"{self.digits[0]}-xxxx-xxxxx-x{self.digits[11]}-{self.digits[12]}"


def find_ids(text: str) -> list[FoundId]:
    """Every checksum-valid 13-digit number in ``text``, in order; never raises.

    Digits are grouped as written (``1-2345-67890-12-1``); a number may be any run of whole
    groups adding up to 13 digits, so ``เลขที่ 12 1-2345-67890-12-1`` still finds the ID after
    ``12``, while a 14-digit number is not read as an ID.
    """
    found: list[FoundId] = []
    if not _POSSIBLE.search(text):
        return found
    for run in _RUN.finditer(text):
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run.group())]
        for first in range(len(groups)):
            count = 0
            for last in range(first, len(groups)):
                count += groups[last][1] - groups[last][0]
                if count >= LENGTH:
                    break
            if count != LENGTH:
                continue
            start, end = groups[first][0], groups[last][1]
            digits = to_arabic_digits(_GROUP_SEPARATORS.sub("", text[start:end]))
            if is_valid_id(digits):
                found.append(FoundId(digits, start, end))
    return found


def parse_national_id(raw: object) -> str:
    """One identification number written alone, as 13 Arabic digits; ``ValueParseError`` otherwise."""
    text = raw.strip() if isinstance(raw, str) else ""
    found = find_ids(text)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        raise ValueParseError(
            "bad-national-id",
            f'"{raw}" is not a 13-digit identification number with a valid check digit',
            f'"{raw}" ไม่ใช่เลขประจำตัว 13 หลักที่มีหลักตรวจสอบถูกต้อง',
        )
    return found[0].digits
