"""Thai 13-digit identification numbers written inside any text (เลขประจำตัวประชาชน, เลขนิติบุคคล).

A person's national ID must never reach a public page (PDPA; DESIGN §5), so checks look for one in
every string of every data file and every file name, however it is written: ``1234567890121``,
``1-2345-67890-12-1``, ``1 2345 67890 12 1``, ``1.2345.67890.12.1``, ``1/2345/67890/12/1``, in Thai,
Arabic or full-width digits, with character references or invisible characters between the digits
(the reader's view, ``generator.values.reader_view``). A candidate is 13 digits split into groups by
up to three separator characters, with a valid check digit (see ``generator.values.tax_id``).
The first digit tells whose number it is: 1–8 a person (by registration category), 0 a juristic
person's tax ID or a person without Thai registration status; 9 is not issued.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from generator.values.errors import ValueParseError
from generator.values.reader_view import needs_reading, reader_view
from generator.values.tax_id import is_valid_id

_ANY_BOUNDARY = " \t\u00a0\\-\u2010-\u2015\u2212_"
_FREE = re.compile(f"[{_ANY_BOUNDARY}]")
"""One space, dash or underscore may join digit groups anywhere (``1 1037 0234567 9``)."""
_ID_BOUNDARY = "./\n\r"
"""Dots, slashes, line breaks and separators of several characters (``1 - 2345``) join groups only
where an ID's own layout puts a break (``1.2345.67890.12.3``): elsewhere they belong to amounts
(``1234567890.12``) and dates (``1/1/2566 - 18/9/2567``, ``1-1-2566 - 18-9-2567``)."""
_RUN = re.compile(rf"(?<![0-9])(?=[0-9](?:[{_ANY_BOUNDARY}{_ID_BOUNDARY}]{{0,3}}[0-9]){{12}})"
                  rf"[0-9]+(?:[{_ANY_BOUNDARY}{_ID_BOUNDARY}]{{1,3}}[0-9]+)*")
"""A run of digit groups holding at least 13 digits (most numbers of a page hold fewer)."""
_CLUSTER = re.compile(rf"[0-9][0-9{_ANY_BOUNDARY}{_ID_BOUNDARY}]{{12,}}")
"""Digits and separators, 13 characters or more, from a digit: every run lies inside one (the
stretch reaches as far as separators and digits go, so no run is cut)."""
_GROUP = re.compile("[0-9]+")
_POSSIBLE = re.compile(rf"[0-9](?:[{_ANY_BOUNDARY}{_ID_BOUNDARY}]{{0,3}}[0-9]){{12}}")
"""A quick test that a reader's view could hold an ID at all (most strings hold no long numbers)."""
_LAYOUT = frozenset({1, 5, 10, 12})
"""Where ``1-2345-67890-12-3`` splits: after digits 1, 5, 10 and 12."""
LENGTH = 13
_POSSIBLE_AS_WRITTEN = re.compile(rf"[0-9๐-๙](?:[{_ANY_BOUNDARY}{_ID_BOUNDARY}]{{0,3}}[0-9๐-๙]){{12}}")
_DIGIT_LIKE = re.compile(r"\d|&#|[\u00b2\u00b3\u00b9\u2070-\u2089\u2150-\u218b\u2460-\u24ff\u2776-\u2793]")
"""Whatever a reader may see as a digit: any script's digits, references, ¹ ① and the like."""


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


def mask_person_ids(text: str) -> str:
    """``text`` with each person's national ID number in it masked (``FoundId.masked``); a
    juristic person's tax ID is public and stays."""
    for found in reversed(find_ids(text)):
        if found.holder is Holder.PERSON:
            text = f"{text[:found.start]}{found.masked}{text[found.end:]}"
    return text


def find_ids(text: str) -> list[FoundId]:
    """Every checksum-valid 13-digit number a reader sees in ``text``, in order; never raises.

    The text is read as a person reads it (``generator.values.reader_view``: character references,
    full-width and other digits, invisible characters). Digits are grouped as written
    (``1-2345-67890-12-1``); a number may be any run of whole groups adding up to 13 digits, so
    ``เลขที่ 12 1-2345-67890-12-1`` still finds the ID after ``12``, while a 14-digit number is not
    read as an ID.
    """
    if not may_hold_id(text):
        return []
    view = reader_view(text)
    return [FoundId(digits, *view.span(start, end)) for digits, start, end in ids_in_read_text(view.text)]


def ids_in_read_text(text: str) -> list[tuple[str, int, int]]:
    """The IDs in a text already read (``reader_view``, ``read_published``): digits and span. Runs
    are looked for only inside ``_CLUSTER`` stretches, a third of the time on a published 9 MB
    release package full of dates, amounts and identifiers."""
    if not _POSSIBLE.search(text):
        return []
    found = []
    for run in (run for cluster in _CLUSTER.finditer(text)
                for run in _RUN.finditer(text, cluster.start(), cluster.end())):
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run.group())]
        for first in range(len(groups)):
            if (span := _id_from(text, groups, first)) is not None:
                found.append((_digits(text, *span), *span))
    return found


def may_hold_id(text: str) -> bool:
    """A fast screen, true for every text ``find_ids`` could find an ID in: plain ASCII/Thai text
    with 13 digits close together, or text to be read closely that holds 13 digit-like characters."""
    if len(text) < LENGTH:  # most cells: a name, an amount, a date
        return False
    if _POSSIBLE_AS_WRITTEN.search(text):
        return True
    return needs_reading(text) and len(_DIGIT_LIKE.findall(text)) >= LENGTH


def _id_from(text: str, groups: list[tuple[int, int]], first: int) -> tuple[int, int] | None:
    """The span of an ID made of whole groups from ``groups[first]``, or None."""
    count = 0
    for last in range(first, len(groups)):
        if count and count not in _LAYOUT and not _FREE.fullmatch(text[groups[last - 1][1]:groups[last][0]]):
            return None
        count += groups[last][1] - groups[last][0]
        if count >= LENGTH:
            break
    if count != LENGTH:
        return None
    span = groups[first][0], groups[last][1]
    return span if is_valid_id(_digits(text, *span)) else None


def _digits(text: str, start: int, end: int) -> str:
    return "".join(char for char in text[start:end] if char.isdigit())


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
