"""Loading: YAML with positions, and every validation error positioned and coded."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from generator.load.agency import load_agency
from generator.load.yaml_source import parse_yaml, read_yaml_file
from generator.models.procurement import Bid
from generator.registry import KINDS
from tests.conftest import FIXTURES, copy_agency


def test_every_value_has_a_line_and_column() -> None:
    source, errors = parse_yaml("a:\n  b: [1, 2]\n  c: x\n", "f.yml")
    assert errors == []
    assert source is not None
    assert (source.positions[("a", "b", 1)].line, source.positions[("a", "b", 1)].column) == (2, 10)
    assert source.positions[("a", "c")].line == 3


def test_numbers_stay_text_so_money_and_phone_numbers_survive() -> None:
    source, _ = parse_yaml("amount: 10000.50\nphone: 053056563\nyear: 2566\nflag: true\nnothing:\n"
                           "answer: no\nno: 3\n", "f.yml")
    assert source is not None
    assert source.data == {"amount": "10000.50", "phone": "053056563", "year": "2566",
                           "flag": True, "nothing": None, "answer": "no", "no": "3"}  # YAML 1.2 booleans


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    _, errors = parse_yaml("title: a\ntitle: b\n", "f.yml")
    assert [(e.code, e.position.line, e.field) for e in errors] == [("duplicate-key", 2, "title")]


def test_aliases_are_refused() -> None:
    _, errors = parse_yaml("a: &x [1, 2]\nb: *x\n", "f.yml")
    assert [e.code for e in errors] == ["yaml-alias"]
    assert errors[0].position.line == 2


def test_syntax_error_is_positioned() -> None:
    source, errors = parse_yaml("a: [1, 2\nb: 3\n", "f.yml")
    assert source is None
    assert errors[0].code == "yaml-syntax" and errors[0].position.line >= 2


@pytest.mark.parametrize(("text", "at", "field"), [
    ("title: !!binary aGk=\n", (1, 8), "title"),
    ("title: !foo x\n", (1, 8), "title"),
    ("title: !!python/name:os.system\n", (1, 8), "title"),
    ("title: !!null x\n", (1, 8), "title"),          # would turn a required title into nothing
    ("title: ! x\n", (1, 8), "title"),
    ("items:\n  - !!str 10\n", (2, 5), "items[0]"),
    ("items: !!seq [1]\n", (1, 8), "items"),
    ("a:\n  !!str b: 1\n", (2, 3), "a.b"),
    ("--- !!map\ntitle: x\n", (1, 5), ""),
])
def test_every_explicit_tag_is_refused_where_it_is_written(text: str, at: tuple[int, int],
                                                           field: str) -> None:
    _, errors = parse_yaml(text, "f.yml")
    found = [(e.code, (e.position.line, e.position.column), e.field) for e in errors]
    assert found == [("yaml-tag", at, field)]
    assert "!" in errors[0].message and "แท็ก" in errors[0].message_th


def test_quoted_and_plain_values_carry_no_tag_and_pass() -> None:
    source, errors = parse_yaml('a: "!!binary x"\nb: \'!foo\'\nc: a!b\n', "f.yml")
    assert errors == [] and source is not None
    assert source.data == {"a": "!!binary x", "b": "!foo", "c": "a!b"}


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "~\n", "\ufeff"])
def test_a_file_without_data_is_named_empty_not_missing_fields(tmp_path: Path, text: str) -> None:
    path = tmp_path / "2566.yml"
    path.write_text(text, encoding="utf-8")
    source, errors = read_yaml_file(path, "content/plans/2566.yml")
    assert source is None
    assert [(e.code, str(e.position)) for e in errors] == [("empty-file", "content/plans/2566.yml:1:1")]
    assert "empty" in errors[0].message and "ว่างเปล่า" in errors[0].message_th


def _agency_with_plan(tmp_path: Path, plan_text: str) -> Path:
    root = copy_agency(FIXTURES / "wrong_total", tmp_path / "agency")
    (root / "content/plans/2566.yml").write_text(plan_text, encoding="utf-8")
    return root


def test_bad_amount_names_file_line_column_and_field(tmp_path: Path) -> None:
    root = _agency_with_plan(tmp_path, (
        "title: t\nframework: '2566'\nfiscal_years: [2566]\nitems:\n"
        "  - title: a\n    budget: '20,0000'\n"
    ))
    _, diagnostics = load_agency(root, KINDS)
    assert [(d.code, str(d.position), d.field) for d in diagnostics] == [
        ("bad-amount", "content/plans/2566.yml:6:13", "items[0].budget")]
    assert "20,0000" in diagnostics[0].message_th


def test_all_errors_are_collected_not_just_the_first(tmp_path: Path) -> None:
    root = _agency_with_plan(tmp_path, (
        "title: t\nframework: '2570'\nfiscal_years: [2566]\nitems:\n"
        "  - titel: a\n    budget: 'x'\n  - title: b\n    quarters: [5]\n"
    ))
    _, diagnostics = load_agency(root, KINDS)
    found = {(d.code, d.field) for d in diagnostics}
    assert found == {
        ("bad-choice", "framework"),
        ("unknown-key", "items[0].titel"),
        ("missing-field", "items[0].title"),
        ("bad-amount", "items[0].budget"),
        ("bad-value", "items[1].quarters[0]"),
    }


def test_unknown_key_suggests_the_closest_field(tmp_path: Path) -> None:
    root = _agency_with_plan(tmp_path, "title: t\nframework: '2566'\nfiscal_years: [2566]\nitmes: []\n")
    _, diagnostics = load_agency(root, KINDS)
    assert len(diagnostics) == 1
    assert diagnostics[0].details["suggestion"] == "items"
    assert "items" in diagnostics[0].message and "items" in diagnostics[0].message_th


def test_budget_year_key_error_points_inside_the_mapping(tmp_path: Path) -> None:
    root = _agency_with_plan(tmp_path, (
        "title: t\nframework: '2566'\nfiscal_years: [2566, 2567]\nitems:\n"
        "  - title: a\n    budget:\n      2566: '1,000'\n      2567: '1,0,00'\n"
    ))
    _, diagnostics = load_agency(root, KINDS)
    assert [(d.code, d.field, d.position.line) for d in diagnostics] == [
        ("bad-amount", "items[0].budget.2567", 8)]


def test_misplaced_file_is_reported(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "wrong_total", tmp_path / "agency")
    (root / "content/plan").mkdir()
    (root / "content/plan/x.yml").write_text("title: x\n", encoding="utf-8")
    _, diagnostics = load_agency(root, KINDS)
    assert [(d.code, d.position.file) for d in diagnostics] == [("unrecognised-file", "content/plan/x.yml")]


def test_a_record_restored_from_the_cache_is_the_record_with_its_set_fields() -> None:
    """``Record.__reduce__`` (the load cache's pickles): same values, same set fields (pydantic's
    ``model_dump(exclude_unset=True)`` reads them), and a copy with a change leaves the record
    and its neighbours sharing the set of field names as they were."""
    first, second = Bid.model_validate({"name": "ร้าน ก", "price": "10.5"}), Bid.model_validate(
        {"name": "ร้าน ข", "price": "๒๐"})
    restored = pickle.loads(pickle.dumps([first, second]))
    assert restored == [first, second] and [str(b.price) for b in restored] == ["10.50", "20.00"]
    assert restored[0].model_fields_set == {"name", "price"} == restored[1].model_fields_set
    assert restored[0].__pydantic_extra__ is None and restored[0].__pydantic_private__ is None
    renamed = restored[0].model_copy(update={"name": "ร้าน ค"})
    assert renamed.name == "ร้าน ค" and restored[0].name == "ร้าน ก"
    assert restored[1].model_fields_set == {"name", "price"}
