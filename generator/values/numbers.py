"""Numbers and money as Thai documents print them.

``๑๐,๐๐๐`` and ``10,000.50`` are amounts; ``-`` or an empty cell means "no amount" (distinct from
zero); ``ไม่ใช้งบประมาณ`` means the activity needs no budget. Money is always ``Decimal`` with two
places: a float would turn 0.1 + 0.2 into 0.30000000000000004 baht.

Only the documented forms are numbers, and nothing is guessed:

- digits are ASCII ``0-9`` or Thai ``๐-๙`` (mixed freely). Other scripts' digits (Arabic-Indic
  ``١٢٣``, full-width ``１２３``, Devanagari ``१२३``…) are refused, though Python's ``int()``,
  ``Decimal()`` and regex ``\\d`` accept them: no Thai document prints them, and a number a reader
  cannot read must not be published as one;
- thousands are separated by commas, each group exactly three digits (``1,234,567``) or not at all;
- **a space is never a thousands separator**, and no whitespace may stand inside a number:
  ``10 000 20 000`` could be one amount or two, and OCR splits digits at random (``1 0,000``), so
  such text is an error, never joined up. Whitespace around the value is ignored;
- an amount has at most two decimal places and may end with the unit ``บาท``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from generator.values.errors import ValueParseError

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
SATANG = Decimal("0.01")
MAX_DIGITS = 15
"""Most digits before the decimal point of an amount or a count (999 trillion): more is a typo,
and beyond 26 digits ``Decimal`` cannot even keep two places."""

_NO_BUDGET_WORDS = {"ไม่ใช้งบประมาณ", "ไม่ใช้งบ", "ไม่มีงบประมาณ", "ไม่ใช้จ่ายงบประมาณ"}
_NO_AMOUNT_WORDS = {"", "-", "–", "—"}
# [0-9], never \d: \d also matches every other script's digits. 1,234,567.89 or 1234567.89.
_GROUPED = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
_AMOUNT = re.compile(rf"{_GROUPED}(?:\.[0-9]{{1,2}})?(?:\s*บาท)?")
_INTEGER = re.compile(rf"[+-]?{_GROUPED}")
_DECIMAL = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_SPACED_DIGITS = re.compile(r"[0-9][,.]?\s+[,.]?[0-9]")
_PLAIN_AMOUNT = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}(?:\.[0-9]{{1,2}})?")
"""The common case, ASCII digits with no commas, no unit, no spaces: read without the rest."""


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def foreign_digit(text: str) -> str | None:
    """The first digit of another script in ``text`` (``١``, ``３``, ``२``), or ``None``."""
    return next((c for c in text if unicodedata.category(c) == "Nd"
                 and not ("0" <= c <= "9" or "๐" <= c <= "๙")), None)


def is_ascii_number(text: str) -> bool:
    """True for a non-empty run of ASCII digits only (``str.isdigit`` is also true for ``١²``)."""
    return text.isascii() and text.isdigit()


def digit_hint(raw: object) -> tuple[str, str]:
    """Why a number was refused, when it is not obvious: a digit of another script, or a space
    between digits (in English and Thai; empty strings otherwise)."""
    text = str(raw)
    digit = foreign_digit(text)
    if digit is not None:
        name = unicodedata.name(digit, "a digit").lower()
        return (f"; '{digit}' ({name}) is not a digit used in Thai documents: write 0-9 or ๐-๙",
                f" ('{digit}' ไม่ใช่ตัวเลขที่ใช้ในเอกสารไทย ให้ใช้ 0-9 หรือ ๐-๙)")
    if _SPACED_DIGITS.search(to_arabic_digits(text)):
        return ("; no space may stand inside a number (a space is not a thousands separator): "
                "write e.g. 10,000",
                " (ห้ามเว้นวรรคระหว่างตัวเลข ให้คั่นหลักพันด้วยเครื่องหมายจุลภาค เช่น 10,000)")
    return "", ""


def _plain(raw: object) -> str:
    """The text of a value with Thai digits made ASCII and surrounding whitespace dropped."""
    return to_arabic_digits(str(raw)).strip()


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of baht, or the explicit absence of one.

    ``value`` is ``None`` for "no amount" (``-``) and for "no budget" (``ไม่ใช้งบประมาณ``);
    ``no_budget`` tells the two apart.
    """

    value: Decimal | None
    no_budget: bool = False

    @property
    def counted(self) -> Decimal:
        """What the amount adds to a total: its value, or zero when there is none."""
        return self.value if self.value is not None else Decimal("0.00")

    def __reduce__(self) -> tuple[type[Amount], tuple[Decimal | None, bool]]:
        """Pickled as its two values (the load cache holds tens of thousands of amounts)."""
        return Amount, (self.value, self.no_budget)

    def __str__(self) -> str:
        if self.no_budget:
            return "ไม่ใช้งบประมาณ"
        return "-" if self.value is None else format_baht(self.value)


NO_AMOUNT = Amount(None)
NO_BUDGET = Amount(None, no_budget=True)


def _bad_amount(raw: object) -> ValueParseError:
    en, th = digit_hint(raw)
    return ValueParseError(
        "bad-amount",
        f'"{raw}" is not an amount (write e.g. 20,000 or 20000.50){en}',
        f'"{raw}" ไม่ใช่จำนวนเงินที่ถูกต้อง (ตัวอย่างที่ถูกต้อง 20,000 หรือ 20000.50){th}',
    )


def parse_amount(raw: object) -> Amount:
    """Read an amount of baht; raise ``ValueParseError`` for anything that is not one."""
    if type(raw) is str and _PLAIN_AMOUNT.fullmatch(raw):
        return _plain_amount(raw)
    if isinstance(raw, Amount):
        return raw
    if raw is None:
        return NO_AMOUNT
    if isinstance(raw, bool) or not isinstance(raw, str | int | Decimal) \
            or (isinstance(raw, Decimal) and not raw.is_finite()):
        raise ValueParseError("bad-amount", f"{raw!r} is not an amount", f"{raw!r} ไม่ใช่จำนวนเงิน")
    if isinstance(raw, int) and abs(raw) >= 10 ** MAX_DIGITS:
        raise ValueParseError("bad-amount", "the number is too large to be an amount of baht",
                              "ตัวเลขมีค่ามากเกินกว่าจะเป็นจำนวนเงินบาท")
    text = _plain(raw)
    if text in _NO_AMOUNT_WORDS:
        return NO_AMOUNT
    if "".join(text.split()) in _NO_BUDGET_WORDS:  # words, not digits: OCR spaces are harmless here
        return NO_BUDGET
    if not _AMOUNT.fullmatch(text):
        raise _bad_amount(raw)
    digits = text.removesuffix("บาท").rstrip().replace(",", "")
    if len(digits.split(".")[0]) > MAX_DIGITS:
        raise ValueParseError(
            "bad-amount", f'"{raw}" is too large to be an amount of baht',
            f'"{raw}" มีค่ามากเกินกว่าจะเป็นจำนวนเงินบาท',
        )
    try:
        value = Decimal(digits)
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only valid decimals
        raise _bad_amount(raw) from exc
    return Amount(value.quantize(SATANG, rounding=ROUND_HALF_EVEN))


@functools.lru_cache(maxsize=4096)
def _plain_amount(text: str) -> Amount:
    """An amount of plain digits (``6800.00``); the same text read again (prices recur, in every bid
    list and winner) gives the same immutable ``Amount``."""
    return Amount(Decimal(text).quantize(SATANG, rounding=ROUND_HALF_EVEN))


def parse_count(raw: object) -> int:
    """A whole number such as a count or a year, Thai digits allowed."""
    if isinstance(raw, bool):
        raise ValueParseError("bad-number", f"{raw!r} is not a whole number", f"{raw!r} ไม่ใช่จำนวนเต็ม")
    if isinstance(raw, int):
        return raw
    text = _plain(raw) if isinstance(raw, str) else ""
    digits = text.replace(",", "")
    if not _INTEGER.fullmatch(text) or len(digits.lstrip("+-")) > MAX_DIGITS:
        en, th = digit_hint(raw)
        raise ValueParseError("bad-number", f'"{raw}" is not a whole number{en}',
                              f'"{raw}" ไม่ใช่จำนวนเต็ม{th}')
    return int(digits)


def parse_decimal(raw: object) -> Decimal:
    """A decimal figure such as a score (``๘๘.๕๙``), kept exact."""
    if isinstance(raw, bool):
        raise ValueParseError("bad-number", f"{raw!r} is not a number", f"{raw!r} ไม่ใช่ตัวเลข")
    text = _plain(raw)
    if not _DECIMAL.fullmatch(text):
        en, th = digit_hint(raw)
        raise ValueParseError("bad-number", f'"{raw}" is not a number{en}', f'"{raw}" ไม่ใช่ตัวเลข{th}')
    return Decimal(text)


def format_baht(value: Decimal) -> str:
    """``Decimal('10000')`` → ``10,000.00`` (the unit บาท is added by the page)."""
    return f"{value.quantize(SATANG):,.2f}"
