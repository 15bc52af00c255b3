"""Properties of the value parsers: any input yields a value or a typed parse error, nothing else.

A webmaster may type anything into a cell; a parser that raises ``IndexError`` or
``decimal.InvalidOperation`` becomes a traceback instead of a positioned message. Hypothesis
generates arbitrary text plus text built from the characters these parsers care about (Thai and
Arabic digits, separators, Thai month names), where the corner cases hide.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.load.yaml_source import parse_yaml
from generator.values.dates import MONTHS_ABBR, MONTHS_FULL, parse_date
from generator.values.errors import ValueParseError
from generator.values.national_id import find_ids, parse_national_id
from generator.values.numbers import Amount, parse_amount, parse_count, parse_decimal
from generator.values.tax_id import check_digit, parse_juristic_tax_id

VALUES = Path(__file__).resolve().parent.parent / "generator" / "values"

_PIECES = st.sampled_from([
    *"0123456789๐๑๒๓๔๕๖๗๘๙", ",", ".", "-", "–", " ", "/", "+", "\n", "\u00a0", "บาท",
    "ไม่ใช้งบประมาณ", "พ.ศ.", "วันที่", "เดือน", *MONTHS_ABBR, *MONTHS_FULL, "o", "e", "E", "٣", "²",
])
TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=30).map("".join))
ANY_VALUE = st.one_of(TEXTS, st.none(), st.booleans(), st.integers(), st.floats(),
                      st.decimals(allow_nan=True), st.lists(st.integers(), max_size=3))

PARSERS: dict[str, Callable[[Any], Any]] = {
    "amount": parse_amount, "count": parse_count, "decimal": parse_decimal, "date": parse_date,
    "national_id": parse_national_id, "tax_id": parse_juristic_tax_id,
}
RESULT_TYPES = {"amount": Amount, "count": int, "decimal": Decimal, "date": dt.date, "national_id": str,
                "tax_id": str}


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=300, deadline=None)
@given(raw=ANY_VALUE)
@example(raw="9" * 5000)          # beyond int()'s 4,300-digit limit
@example(raw="1" * 40)            # beyond Decimal's 28 digits of precision
@example(raw=10 ** 30)
@example(raw="๑๒,๓๔๕.๖๗๘")
def test_parser_returns_a_value_or_a_typed_error(name: str, raw: object) -> None:
    try:
        value = PARSERS[name](raw)
    except ValueParseError as exc:
        assert exc.code and exc.message and exc.message_th
    else:
        assert isinstance(value, RESULT_TYPES[name])


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_id_finder_never_raises_and_finds_only_valid_numbers(text: str) -> None:
    for found in find_ids(text):
        assert len(found.digits) == 13 and found.digits.isascii() and found.digits.isdigit()
        assert check_digit(found.digits[:12]) == int(found.digits[12])
        assert 0 <= found.start < found.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(first=st.integers(0, 9), rest=st.text("0123456789", min_size=11, max_size=11),
       style=st.sampled_from(["plain", "dashes", "spaces", "thai"]), before=TEXTS, after=TEXTS)
def test_every_valid_id_is_found_however_it_is_written(first: int, rest: str, style: str,
                                                      before: str, after: str) -> None:
    digits = f"{first}{rest}"
    digits += str(check_digit(digits))
    groups = [digits[0], digits[1:5], digits[5:10], digits[10:12], digits[12]]
    written = {"plain": digits, "dashes": "-".join(groups), "spaces": " ".join(groups),
               "thai": "-".join(groups).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))}[style]
    # keep the number apart from the surrounding text, as any reader would need
    text = f"{before} เลข {written} ค่ะ {after}"
    assert digits in [found.digits for found in find_ids(text)]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_yaml_loader_returns_values_or_positioned_errors(text: str) -> None:
    source, problems = parse_yaml(text, "f.yml")
    assert source is not None or problems
    assert all(p.position.file == "f.yml" and p.code for p in problems)


def test_no_blanket_except_in_the_parsers() -> None:
    blanket = re.compile(r"except\s*(?:Exception|BaseException)?\s*(?:as\s+\w+\s*)?:")
    offenders = [f"{path.name}:{number}" for path in sorted(VALUES.glob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if blanket.search(line)]
    assert offenders == []
