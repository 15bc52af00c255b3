"""Personal data: IDs found however written, never repeated in full, contact fields told apart by type."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.checks.field_types import parsers_at
from generator.models.organisation import SiteConfig
from generator.models.plan import ActionPlan
from generator.models.procurement import ProcurementMonth
from generator.models.references import parse_phone
from generator.values.national_id import Holder, find_ids, ids_in_read_text
from generator.values.reader_view import read_published
from generator.values.tax_id import check_digit, parse_juristic_tax_id
from tests.conftest import copy_agency, problems

CORPUS = Path(__file__).resolve().parent / "bad_inputs" / "base"
PERSON = "1103702345679"   # valid check digit, first digit 1: a person


def _agency(tmp_path: Path, plan_note: str) -> Path:
    root = copy_agency(CORPUS, tmp_path / "agency")
    shutil.rmtree(root / "content/no-gift")  # its attachment is not needed here
    plan = root / "content/plans/2566.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("ถอดความจากเอกสารฉบับลงนาม", plan_note),
                    encoding="utf-8")
    return root


def test_a_found_id_is_never_printed_in_full(tmp_path: Path) -> None:
    checked = pipeline.check(_agency(tmp_path, f"เลข {PERSON}"))
    (found,) = problems(checked.diagnostics)
    assert found.code == "personal-id" and "1-xxxx-xxxxx-x7-9" in found.message
    assert PERSON not in found.text() and PERSON[1:12] not in found.text()


@pytest.mark.parametrize("written", [PERSON, "1-1037-02345-67-9"])
def test_an_id_quoted_by_any_diagnostic_is_masked(tmp_path: Path, written: str) -> None:
    """A parser's message quotes what it refused (here a key it does not know, and an amount):
    the diagnostics' text goes to public CI logs, so a person's ID in it is masked there too."""
    root = _agency(tmp_path, "ถอดความจากเอกสาร")
    plan = root / "content/plans/2566.yml"
    text = plan.read_text(encoding="utf-8").replace("title: โครงการหนึ่ง",
                                                    f'title: โครงการหนึ่ง\n    "{written}": x', 1)
    plan.write_text(text, encoding="utf-8")
    found = problems(pipeline.check(root).diagnostics)
    assert [d.code for d in found] == ["unknown-key"]
    assert "1-xxxx-xxxxx-x7-9" in found[0].text()
    assert written not in found[0].text() and PERSON[1:12] not in found[0].text()


def test_the_same_text_is_reported_wherever_it_stands(tmp_path: Path) -> None:
    """What a string holds is looked for once per run, but reported at every place it stands:
    the same text in two fields of a file, and in another file."""
    text = f"ติดต่อ {PERSON[:1]}-{PERSON[1:5]}-{PERSON[5:10]}-{PERSON[10:12]}-{PERSON[12]} หรือ 081-234-5678"
    root = _agency(tmp_path, text)
    plan = root / "content/plans/2566.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("title: โครงการหนึ่ง", f'title: "{text}"'),
                    encoding="utf-8")
    (root / "content/plans/2567.yml").write_text(plan.read_text(encoding="utf-8").replace("[2566]", "[2567]"),
                                                 encoding="utf-8")
    found = sorted((d.position.file.rsplit("/", 1)[-1], d.field, d.code)
                   for d in problems(pipeline.check(root).diagnostics) if d.code.startswith("personal-"))
    assert found == [(name, field, code) for name in ("2566.yml", "2567.yml")
                     for field in ("items[0].title", "items[1].note")
                     for code in ("personal-contact", "personal-id")]


@pytest.mark.parametrize("written", [PERSON, "1-1037-02345-67-9", "1 1037 02345 67 9", "๑๑๐๓๗๐๒๓๔๕๖๗๙",
                                     "เลขที่ 12 1-1037-02345-67-9", "(1103702345679)"])
def test_a_persons_id_is_found_however_it_is_written(written: str) -> None:
    assert [(f.digits, f.holder) for f in find_ids(written)] == [(PERSON, Holder.PERSON)]


@pytest.mark.parametrize("written", [
    "1.1037.02345.67.9", "1/1037/02345/67/9", "1 - 1037 - 02345 - 67 - 9", "1_1037_02345_67_9",
    "1\u200b1037\u00ad02345\u206067\ufeff9", "&#49;&#x31;0370234567&#57;", "１１０３７０２３４５６７９",
    "1**1037**02345<b>67</b>9", "1\\-1037\\-02345\\-67\\-9", "๑.1037/０２３４５-67 9",
])
def test_a_persons_id_is_found_as_a_reader_sees_it(written: str) -> None:
    (found,) = find_ids(f"ผู้รับผิดชอบ {written} ครับ")
    assert (found.digits, found.holder) == (PERSON, Holder.PERSON)
    assert f"ผู้รับผิดชอบ {written} ครับ"[found.start:found.end] == written  # reported where written


@pytest.mark.parametrize("text", ["11037023456790", "1103702345670", "งบ 1,103,702,345,679 บาท",
                                  "โทร 081-234-5678 และ 053-123456",
                                  # these digits (1125661892567, 11037023456.79) pass the checksum:
                                  "1/1/2566 - 18/9/2567", "1-1-2566 - 18-9-2567", "11037023456.79 บาท",
                                  "1.1037.02345.67.0", "１１０３７０２３４５６７０"])
def test_longer_numbers_wrong_check_digits_and_amounts_are_not_ids(text: str) -> None:
    assert find_ids(text) == []


def test_office_contacts_given_in_contact_fields_are_not_warned_about_in_text(tmp_path: Path) -> None:
    private = _agency(tmp_path / "private", "ติดต่อ +66 81 234 5678")
    assert [d.code for d in problems(pipeline.check(private).diagnostics)] == ["personal-contact"]
    office = _agency(tmp_path / "office", "ติดต่อ +66 81 234 5678")  # the same number, written differently
    config = office / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace('"0 5300 0000"', '"081-234-5678"'),
                      encoding="utf-8")
    assert problems(pipeline.check(office).diagnostics) == []


def test_fields_are_told_apart_by_their_type() -> None:
    assert parsers_at(ProcurementMonth, ("rows", 7, "winner_tax_id")) == {parse_juristic_tax_id}
    assert parsers_at(SiteConfig, ("organisation", "phone")) == {parse_phone}
    assert parsers_at(ActionPlan, ("items", 3, "note")) and parse_phone not in parsers_at(
        ActionPlan, ("items", 3, "note"))
    assert parsers_at(ActionPlan, ("no", "such", "field")) == frozenset()


_SCRIPTS = [lambda d: d, lambda d: chr(0x0E50 + int(d)), lambda d: chr(0xFF10 + int(d)),
            lambda d: f"&#{48 + int(d)};", lambda d: f"&#x{48 + int(d):x};"]
_INVISIBLE = ["", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
_BREAKS = ["", "-", " ", ".", "/", " - ", " / ", "_", "–"]


@settings(max_examples=300, deadline=None)
@given(digits=st.text("0123456789", min_size=12, max_size=12), data=st.data())
def test_a_valid_id_is_found_by_both_readers_however_disguised(digits: str, data: st.DataObject) -> None:
    """Each digit in any script (Thai, full-width, a character reference), an invisible character
    after any digit, any separator at the ID's own breaks: the source check and the scan of the
    published page both see the ID."""
    digits += str(check_digit(digits))
    written = ""
    for index, digit in enumerate(digits):
        written += data.draw(st.sampled_from(_SCRIPTS))(digit) + data.draw(st.sampled_from(_INVISIBLE))
        if index + 1 in (1, 5, 10, 12):
            written += data.draw(st.sampled_from(_BREAKS))
    assert digits in [found.digits for found in find_ids(f"ผู้ประสานงาน {written} ครับ")]
    assert digits in [found for found, _, _ in ids_in_read_text(read_published(f"<p>เลข {written}</p>"))]
