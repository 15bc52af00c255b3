"""Thai 13-digit identification numbers: a juristic person's tax ID may be published, a person's not.

Both share one check digit: the sum of digit i × (14 − i) for i = 1..12, mod 11, subtracted from 11,
mod 10, equals digit 13 (WEB-STANDARDS.md). A juristic person's number starts with 0; a checksum-valid
number starting with 1–8 is a person's national ID and must never reach a public page (DESIGN §5).
"""

from __future__ import annotations

import functools
import re

from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits
from generator.values.reader_view import reader_view

_SEPARATORS = re.compile(r"[\s\-–./_]")


def check_digit(first_twelve: str) -> int:
    """The 13th digit that makes ``first_twelve`` + it a valid Thai identification number."""
    total = sum(int(digit) * (13 - index) for index, digit in enumerate(first_twelve))
    return (11 - total % 11) % 10


def is_valid_id(digits: str) -> bool:
    """True for 13 digits whose last one is the check digit of the first twelve."""
    if len(digits) != 13 or not (digits.isascii() and digits.isdigit()):
        return False
    return check_digit(digits[:12]) == int(digits[12])


def parse_juristic_tax_id(raw: object) -> str:
    """A juristic person's tax ID (เลขประจำตัวผู้เสียภาษีอากรของนิติบุคคล) as 13 digits.

    ``0-1055-12345-67-8`` and Thai digits are accepted. A valid number starting with 1–8 is refused
    with its own code (``personal-id``): it identifies a person, who may not be published.
    """
    if isinstance(raw, str | int):
        return _written_tax_id(str(raw))
    return _tax_id("", raw)


@functools.lru_cache(maxsize=4096)
def _written_tax_id(written: str) -> str:
    """A tax ID written as text is read once: a supplier's recurs on every row it wins."""
    return _tax_id(written, written)


def _tax_id(written: str, raw: object) -> str:
    seen = _SEPARATORS.sub("", reader_view(written).text)
    if is_valid_id(seen) and seen[0] != "0":  # a person's ID as a reader sees it, however spelled
        raise ValueParseError(
            "personal-id",
            "this is a person's national ID number, which must not be published; "
            "only a juristic person's tax ID (starting with 0) may be given",
            "เลขนี้เป็นเลขประจำตัวประชาชนของบุคคล ห้ามเผยแพร่ ให้ระบุเฉพาะเลขประจำตัวผู้เสียภาษีของนิติบุคคล "
            "(ขึ้นต้นด้วย 0)",
        )
    text = _SEPARATORS.sub("", to_arabic_digits(written))
    if not is_valid_id(text):  # only ASCII and Thai digits are numbers
        raise ValueParseError(
            "bad-tax-id",
            f'"{raw}" is not a valid 13-digit tax ID (check the digits and the check digit)',
            f'"{raw}" ไม่ใช่เลขประจำตัวผู้เสียภาษี 13 หลักที่ถูกต้อง (ตรวจสอบตัวเลขและหลักตรวจสอบ)',
        )
    return text

