"""The cells of แบบ สขร.1 that print two values in one: a bidder and its price, a contract and its date.

Agencies write them many ways; these are the forms seen on published forms:

- bidder/winner: ``หจก.ตัวอย่าง — 10,000.00``, ``หจก.ตัวอย่าง - 10,000 บาท``,
  ``หจก.ตัวอย่าง ราคา 10,000 บาท``, or the name on one line and ``ราคาที่เสนอ 10,000.00`` on the next;
  a bidders cell lists one or more of them, separated by new lines or ``;``, optionally numbered
  (``1. หจก.…``);
- contract: ``สัญญาเลขที่ 12/2567 ลงวันที่ 1 ต.ค. 67``, ``ใบสั่งซื้อเลขที่ 5/2568 ลว. 3 ต.ค. 2567``,
  ``12/2567`` and the date on the next line. The reference keeps its printed words (ใบสั่งซื้อ, a
  purchase order, is not สัญญา, a contract), whether it shares a cell with the date or has its own
  column: ``contract_number`` is the one normalisation for both.

Prices and dates stay text here: the money and date parsers read them, so their errors stay theirs.
"""

from __future__ import annotations

import functools
import re

from generator.values.errors import ValueParseError
from generator.values.numbers import digit_hint

_DIGIT = "0-9๐-๙"
_PRICE_WORDS = r"(?:ราคา(?:ที่)?(?:เสนอ|ตกลง(?:ซื้อ|จ้าง)?(?:หรือจ้าง)?)?|เป็นเงิน|จำนวนเงิน)"
# name, then a separator (a dash with a space before it, an en/em dash, ":", "/", a new line, or a
# price word), then the price at the very end. The name is matched lazily, so the *first* place where
# the rest of the text is exactly "separator + price" wins: "บริษัท เอ-บี จำกัด — 500" keeps its hyphen.
_BID = re.compile(
    rf"^(?P<name>.*?\S)\s*(?:(?:\s-|[–—:/])\s*|\n\s*|\s+(?={_PRICE_WORDS}))"
    rf"(?:{_PRICE_WORDS}\s*:?\s*)?(?P<price>[{_DIGIT}][{_DIGIT},.]*)\s*(?:บาท)?\.?\s*$",
    re.DOTALL,
)
_PRICE_ONLY = re.compile(rf"^(?:{_PRICE_WORDS}\s*:?\s*)?[{_DIGIT}][{_DIGIT},.]*\s*(?:บาท)?\.?$")
_NUMBERING = re.compile(rf"^\(?[{_DIGIT}]{{1,2}}[.)]\s*")
_DATE_MARK = re.compile(r"ลงวันที่|ลว\s*\.|วันที่")
_NO_VALUE = {"", "-", "–", "—"}


def _bad_bid(text: str) -> ValueParseError:
    en, th = digit_hint(text)  # a price in another script's digits is no price
    return ValueParseError(
        "bad-bidder",
        f'"{text}" has no price: write the name, a dash and the price, e.g. หจก.ตัวอย่าง — 10,000.00{en}',
        f'"{text}" ไม่มีราคา ให้เขียนชื่อ ตามด้วยขีด และราคา เช่น หจก.ตัวอย่าง — 10,000.00{th}',
    )


@functools.lru_cache(maxsize=4096)
def split_bid(text: str) -> tuple[str, str]:
    """``"หจก.ตัวอย่าง — 10,000.00"`` → ``("หจก.ตัวอย่าง", "10,000.00")``. A bid read again (the
    same supplier and price recur) is not split again, and its name is the same string."""
    cleaned = _NUMBERING.sub("", text.strip().replace("\r", ""))
    match = _BID.match(cleaned)
    if match is None:
        raise _bad_bid(text.strip())
    name = re.sub(r"\s+", " ", match["name"]).strip(" -–—:/")
    if not name:
        raise _bad_bid(text.strip())
    return name, match["price"]


def split_bidders(text: str) -> list[tuple[str, str]]:
    """A bidders cell → ``[(name, price text), …]`` in the order printed.

    Entries are separated by new lines or ``;``; a line that is only a price belongs to the name on
    the line before it.
    """
    entries: list[str] = []
    for line in re.split(r"[\n;]", text.replace("\r", "")):
        line = line.strip()
        if not line:
            continue
        if entries and _PRICE_ONLY.match(line) and not _has_price(entries[-1]):
            entries[-1] = f"{entries[-1]}\n{line}"
        else:
            entries.append(line)
    return [split_bid(entry) for entry in entries]


def _has_price(entry: str) -> bool:
    return _BID.match(_NUMBERING.sub("", entry)) is not None


def split_contract(text: str) -> tuple[str | None, str | None]:
    """A contract cell → ``(number, date text)``; either may be ``None`` when not printed.

    ``"สัญญาเลขที่ 12/2567 ลงวันที่ 1 ต.ค. 67"`` → ``("สัญญาเลขที่ 12/2567", "1 ต.ค. 67")``.
    """
    cleaned = text.strip().replace("\r", "")
    if cleaned in _NO_VALUE:
        return None, None
    marks = list(_DATE_MARK.finditer(cleaned))
    if marks:
        number_part, date_part = cleaned[: marks[-1].start()], cleaned[marks[-1].end():]
    elif "\n" in cleaned:
        number_part, _, date_part = cleaned.partition("\n")
    else:
        number_part, date_part = cleaned, ""
    date = date_part.strip(" .:\n")
    return contract_number(number_part), (date or None)


def contract_number(text: str) -> str | None:
    """The contract or purchase-order reference as printed, on one line: ``"ใบสั่งซื้อเลขที่  9/2568,"``
    → ``"ใบสั่งซื้อเลขที่ 9/2568"``; ``None`` for an empty cell or a dash."""
    number = " ".join(text.split()).strip(" ,")
    return None if number in _NO_VALUE else number
