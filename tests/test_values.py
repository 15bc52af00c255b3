"""Parsers for amounts, counts, dates and fiscal years as Thai documents print them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from generator.values.dates import format_thai_date, parse_date
from generator.values.errors import ValueParseError
from generator.values.fiscal import fiscal_year_bounds, fiscal_year_of, quarter_of_month
from generator.values.numbers import (
    NO_AMOUNT,
    NO_BUDGET,
    foreign_digit,
    format_baht,
    parse_amount,
    parse_count,
    parse_decimal,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ("10,000", Decimal("10000.00")),
    ("๑๐,๐๐๐", Decimal("10000.00")),
    ("10000.50", Decimal("10000.50")),
    ("๑๔๐,๐๐๐.๒๕", Decimal("140000.25")),
    ("1,234,567", Decimal("1234567.00")),
    ("30,000 บาท", Decimal("30000.00")),
    (" 5,000 ", Decimal("5000.00")),   # whitespace around the value is ignored
    ("\t๕,๐๐๐.๕๐ บาท\n", Decimal("5000.50")),
    ("0", Decimal("0.00")),
])
def test_amounts_are_exact_decimals(raw: str, expected: Decimal) -> None:
    amount = parse_amount(raw)
    assert amount.value == expected
    assert amount.value.as_tuple().exponent == -2  # always satang precision


def test_float_text_is_not_rounded_through_binary_floats() -> None:
    # 0.1 + 0.2 style error would show up as 0.30000000000000004
    total = parse_amount("0.10").counted + parse_amount("0.20").counted
    assert total == Decimal("0.30")


@pytest.mark.parametrize("raw", ["-", "", "–", None])
def test_dash_or_empty_is_no_amount_not_zero(raw: object) -> None:
    amount = parse_amount(raw)
    assert amount == NO_AMOUNT
    assert amount.value is None and not amount.no_budget


@pytest.mark.parametrize("raw", ["ไม่ใช้งบประมาณ", "ไม่ใช้ งบประมาณ", "ไม่ใช้งบ"])
def test_no_budget_words(raw: str) -> None:
    assert parse_amount(raw) == NO_BUDGET
    assert str(parse_amount(raw)) == "ไม่ใช้งบประมาณ"


@pytest.mark.parametrize("raw", ["20,0000", "1,0,00", "๑o,๐๐๐", "10.123", "abc", "1,00", "--5"])
def test_malformed_amounts_raise_typed_error(raw: str) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_amount(raw)
    assert caught.value.code == "bad-amount"
    assert raw in caught.value.message and raw in caught.value.message_th


def test_bool_is_not_an_amount() -> None:
    with pytest.raises(ValueParseError):
        parse_amount(True)


def test_money_display_has_thousands_and_two_places() -> None:
    assert format_baht(Decimal("140000")) == "140,000.00"


@pytest.mark.parametrize(("raw", "expected"), [("๔๑", 41), ("41", 41), ("1,200", 1200), (7, 7)])
def test_counts_accept_thai_digits(raw: object, expected: int) -> None:
    assert parse_count(raw) == expected


@pytest.mark.parametrize("raw", ["4.5", "สี่สิบ", "", True])
def test_bad_counts(raw: object) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_count(raw)
    assert caught.value.code == "bad-number"


@pytest.mark.parametrize(("raw", "expected"), [
    ("2022-12-06", dt.date(2022, 12, 6)),
    ("6 ธ.ค. 2565", dt.date(2022, 12, 6)),
    ("๖ ธันวาคม ๒๕๖๕", dt.date(2022, 12, 6)),
    ("วันที่ ๖ เดือน ธันวาคม พ.ศ. ๒๕๖๕", dt.date(2022, 12, 6)),  # seed 004 line 238
    ("6/12/2565", dt.date(2022, 12, 6)),
    ("1 ต.ค. 67", dt.date(2024, 10, 1)),   # two-digit BE year
    ("29 ก.พ. 2567", dt.date(2024, 2, 29)),  # 2024 is a leap year
])
def test_dates_in_thai_and_iso_forms(raw: str, expected: dt.date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31 ก.พ. 2566", "30/02/2566", "29 ก.พ. 2566", "6 ธค 2565x", "32 ม.ค. 2566",
                                 "6 มกรา 2566", "yesterday", ""])
def test_impossible_or_unreadable_dates(raw: str) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_date(raw)
    assert caught.value.code == "bad-date"


def test_dates_are_shown_in_buddhist_era() -> None:
    assert format_thai_date(dt.date(2022, 12, 6)) == "6 ธันวาคม 2565"


@pytest.mark.parametrize(("date", "fiscal_year"), [
    (dt.date(2022, 9, 30), 2565),   # 30 Sep is the last day of FY 2565
    (dt.date(2022, 10, 1), 2566),   # 1 Oct starts FY 2566
    (dt.date(2022, 12, 31), 2566),
    (dt.date(2023, 1, 1), 2566),
    (dt.date(2023, 9, 30), 2566),
])
def test_fiscal_year_boundary(date: dt.date, fiscal_year: int) -> None:
    assert fiscal_year_of(date) == fiscal_year


def test_fiscal_year_bounds_round_trip() -> None:
    start, end = fiscal_year_bounds(2566)
    assert (start, end) == (dt.date(2022, 10, 1), dt.date(2023, 9, 30))
    assert fiscal_year_of(start) == fiscal_year_of(end) == 2566
    assert fiscal_year_of(start - dt.timedelta(days=1)) == 2565


@pytest.mark.parametrize(("month", "quarter"), [(10, 1), (12, 1), (1, 2), (3, 2), (4, 3), (7, 4), (9, 4)])
def test_fiscal_quarters_start_in_october(month: int, quarter: int) -> None:
    assert quarter_of_month(month) == quarter


# --- issue 9: nothing is guessed from whitespace, other scripts' digits or the era -----------------

@pytest.mark.parametrize("raw", [
    "10 000 20 000",    # two numbers, once published as 1,000,020,000.00
    "10 000",           # a space is never a thousands separator, however well grouped
    "10\u00a0000", "10\u2009000", "1 0,000", "๑๐ ๐๐๐", "10,000. 50", "10 ,000", "10,000 .50",
])
def test_a_space_inside_an_amount_is_an_error_with_a_hint(raw: str) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_amount(raw)
    assert caught.value.code == "bad-amount"
    assert "space" in caught.value.message and "เว้นวรรค" in caught.value.message_th


@pytest.mark.parametrize(("raw", "expected"), [
    (" 10,000 ", Decimal("10000.00")), ("\t10000.5\n", Decimal("10000.50")),
    ("10,000บาท", Decimal("10000.00")),
    ("10,000\u00a0บาท", Decimal("10000.00")), ("๑,๒๓๔,๕๖๗.๘๙ บาท", Decimal("1234567.89")),
])
def test_whitespace_around_an_amount_and_before_baht_is_fine(raw: str, expected: Decimal) -> None:
    assert parse_amount(raw).value == expected


OTHER_SCRIPTS = {
    "arabic-indic": "١٢٣", "extended-arabic-indic": "۱۲۳", "full-width": "１２３", "devanagari": "१२३",
    "bengali": "১২৩", "lao": "໑໒໓", "myanmar": "၁၂၃", "khmer": "១២៣", "mathematical bold": "𝟏𝟐𝟑",
    "one among thai": "๑๒۳",
}


@pytest.mark.parametrize("digits", OTHER_SCRIPTS.values(), ids=OTHER_SCRIPTS.keys())
def test_digits_of_other_scripts_are_not_numbers(digits: str) -> None:
    parsers = ((parse_amount, "bad-amount"), (parse_count, "bad-number"), (parse_decimal, "bad-number"))
    for parse, code in parsers:
        with pytest.raises(ValueParseError) as caught:
            parse(digits)
        assert caught.value.code == code
        assert "0-9 or ๐-๙" in caught.value.message and "๐-๙" in caught.value.message_th
    with pytest.raises(ValueParseError) as caught:
        parse_date(f"{foreign_digit(digits)} ต.ค. 2567")
    assert caught.value.code == "bad-date"


def test_superscripts_and_python_number_syntax_are_not_numbers() -> None:
    for raw in ("²", "1_000", "1e3", "NaN", "Infinity", "0x10"):
        for parse in (parse_amount, parse_count, parse_decimal):
            with pytest.raises(ValueParseError):
                parse(raw)


@pytest.mark.parametrize(("raw", "hint"), [
    ("2567-10-01", "write e.g. 1 ต.ค. 2567 or 2024-10-01"),     # BE year in ISO form (was shown as 3110)
    ("2565-12-06", "write e.g. 6 ธ.ค. 2565 or 2022-12-06"),
    ("1 ต.ค. 2024", "write e.g. 1 ต.ค. 2567 or 2024-10-01"),    # CE year with a Thai month (was BE 2024)
    ("๑ ตุลาคม ๒๐๒๔", "write e.g. 1 ต.ค. 2567 or 2024-10-01"),
    ("1/10/2024", "write e.g. 1 ต.ค. 2567 or 2024-10-01"),
])
def test_a_year_of_the_other_era_is_refused_with_both_correct_forms(raw: str, hint: str) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_date(raw)
    assert caught.value.code == "bad-date"
    assert hint in caught.value.message
    assert hint.removeprefix("write e.g. ").replace(" or ", " หรือ ") in caught.value.message_th


@pytest.mark.parametrize("raw", ["1 ม.ค. 2300", "1 ม.ค. 2399", "1 ม.ค. 2701", "1800-01-01", "2158-01-01",
                                 "2300-01-01", "3110-01-01", "0001-01-01", "9999-12-31"])
def test_years_outside_be_2400_to_2700_are_refused(raw: str) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_date(raw)
    assert caught.value.code == "bad-date" and "2400–2700" in caught.value.message


@pytest.mark.parametrize(("raw", "expected"), [
    ("1 ม.ค. 2400", dt.date(1857, 1, 1)), ("31 ธ.ค. 2700", dt.date(2157, 12, 31)),
    ("1857-01-01", dt.date(1857, 1, 1)), ("2157-12-31", dt.date(2157, 12, 31)),
    ("1 ต. ค. 2567", dt.date(2024, 10, 1)),   # an OCR space inside a month's name is harmless
])
def test_the_edges_of_the_plausible_range_are_accepted(raw: str, expected: dt.date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["1 ต.ค. 25 67", "1 0 ต.ค. 2567", "20 24-10-01", "1/1 0/2567"])
def test_spaces_inside_the_numbers_of_a_date_are_refused(raw: str) -> None:
    with pytest.raises(ValueParseError):
        parse_date(raw)
