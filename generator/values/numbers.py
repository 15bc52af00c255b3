"""Numbers and money as Thai documents print them.

``๑๐,๐๐๐`` and ``10,000.50`` are amounts; ``-`` or an empty cell means "no amount" (distinct from
zero); ``ไม่ใช้งบประมาณ`` means the activity needs no budget. Money is always ``Decimal`` with two
places: a float would turn 0.1 + 0.2 into 0.30000000000000004 baht.
"""

from __future__ import annotations

import re
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
# 1,234,567.89 or 1234567.89; groups of exactly three digits after the first comma.
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$")
_INTEGER = re.compile(r"^[+-]?\d+$")


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def _squash(text: str) -> str:
    """Normalise digits and drop the spaces OCR and people put inside words and numbers."""
    return re.sub(r"\s+", "", to_arabic_digits(text))


@dataclass(frozen=True)
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

    def __str__(self) -> str:
        if self.no_budget:
            return "ไม่ใช้งบประมาณ"
        return "-" if self.value is None else format_baht(self.value)


NO_AMOUNT = Amount(None)
NO_BUDGET = Amount(None, no_budget=True)


def parse_amount(raw: object) -> Amount:
    """Read an amount of baht; raise ``ValueParseError`` for anything that is not one."""
    if isinstance(raw, Amount):
        return raw
    if raw is None:
        return NO_AMOUNT
    if isinstance(raw, bool) or not isinstance(raw, str | int | Decimal):
        raise ValueParseError("bad-amount", f"{raw!r} is not an amount", f"{raw!r} ไม่ใช่จำนวนเงิน")
    if isinstance(raw, int) and abs(raw) >= 10 ** MAX_DIGITS:
        raise ValueParseError("bad-amount", "the number is too large to be an amount of baht",
                              "ตัวเลขมีค่ามากเกินกว่าจะเป็นจำนวนเงินบาท")
    text = _squash(str(raw))
    if text in _NO_AMOUNT_WORDS:
        return NO_AMOUNT
    if text in _NO_BUDGET_WORDS:
        return NO_BUDGET
    text = text.removesuffix("บาท")
    if not _AMOUNT.match(text):
        raise ValueParseError(
            "bad-amount",
            f'"{raw}" is not an amount (write e.g. 20,000 or 20000.50)',
            f'"{raw}" ไม่ใช่จำนวนเงินที่ถูกต้อง (ตัวอย่างที่ถูกต้อง 20,000 หรือ 20000.50)',
        )
    if len(text.split(".")[0].replace(",", "")) > MAX_DIGITS:
        raise ValueParseError(
            "bad-amount", f'"{raw}" is too large to be an amount of baht',
            f'"{raw}" มีค่ามากเกินกว่าจะเป็นจำนวนเงินบาท',
        )
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only valid decimals
        raise ValueParseError("bad-amount", f'"{raw}" is not an amount', f'"{raw}" ไม่ใช่จำนวนเงิน') from exc
    return Amount(value.quantize(SATANG, rounding=ROUND_HALF_EVEN))


def parse_count(raw: object) -> int:
    """A whole number such as a count or a year, Thai digits allowed."""
    if isinstance(raw, bool):
        raise ValueParseError("bad-number", f"{raw!r} is not a whole number", f"{raw!r} ไม่ใช่จำนวนเต็ม")
    if isinstance(raw, int):
        return raw
    text = _squash(str(raw)) if isinstance(raw, str) else ""
    if "," in text and re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        text = text.replace(",", "")
    if not _INTEGER.match(text) or len(text) > MAX_DIGITS:
        raise ValueParseError("bad-number", f'"{raw}" is not a whole number', f'"{raw}" ไม่ใช่จำนวนเต็ม')
    return int(text)


def parse_decimal(raw: object) -> Decimal:
    """A decimal figure such as a score (``๘๘.๕๙``), kept exact."""
    if isinstance(raw, bool):
        raise ValueParseError("bad-number", f"{raw!r} is not a number", f"{raw!r} ไม่ใช่ตัวเลข")
    text = _squash(str(raw))
    if not re.fullmatch(r"[+-]?\d+(?:\.\d+)?", text):
        raise ValueParseError("bad-number", f'"{raw}" is not a number', f'"{raw}" ไม่ใช่ตัวเลข')
    return Decimal(text)


def format_baht(value: Decimal) -> str:
    """``Decimal('10000')`` → ``10,000.00`` (the unit บาท is added by the page)."""
    return f"{value.quantize(SATANG):,.2f}"
