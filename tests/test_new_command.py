"""``oitgen new KIND NAME``: every kind's example file is written where its kind reads, points the
editor at the kind's schema, and passes ``oitgen check`` (issue 15)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PurePosixPath

import pytest

from generator.load.procurement_csv import COLUMNS
from generator.registry import KINDS
from generator.render.schemas import schema_files
from tests.conftest import run_cli

BASE = Path(__file__).resolve().parent / "bad_inputs" / "base"

NAMES = {  # kind → (NAME argument, file expected under the agency root)
    "profile": (None, "content/organisation/profile.yml"),
    "executives": (None, "content/organisation/executives.yml"),
    "news": ("2026-01-15-example", "content/news/2026-01-15-example.md"),
    "plans": ("2569", "content/plans/2569.yml"),
    "no_gift": ("2569", "content/no-gift/2569.yml"),
    "risk": ("2569", "content/risk/2569.yml"),
    "integrity": ("2569", "content/integrity/2569.yml"),
    "ita": ("2569", "content/ita/2569.yml"),
    "service_statistics": ("2569", "content/statistics/2569/services.yml"),
    "satisfaction": ("2569", "content/statistics/2569/satisfaction.yml"),
    "complaints": ("2569", "content/complaints/2569.yml"),
    "complaint_channels": (None, "content/complaints/channels.yml"),
    "documents": ("work-manual", "content/documents/work-manual.yml"),
    "procurement_plans": ("2569", "content/procurement/2569/plan.yml"),
    "procurement_months": ("2569/10", "content/procurement/2569/10.csv"),
    "standard_pages": ("services", "content/about/services.md"),
}


@pytest.fixture
def agency(tmp_path: Path) -> Path:
    return Path(shutil.copytree(BASE, tmp_path / "agency"))


def _new(root: Path, key: str) -> Path:
    name, expected = NAMES[key]
    result = run_cli("--root", root, "new", key, *([name] if name else []))
    assert result.code == 0, result.err
    assert expected in result.out
    return root / expected


def _problems_in(root: Path, relative: str) -> list[dict]:
    result = run_cli("--root", root, "check", "--format", "json")
    return [d for d in json.loads(result.out)
            if d["file"] == relative and d["severity"] != "info" and not d["acknowledged"]]


def test_every_kind_has_an_example() -> None:
    assert set(NAMES) == {kind.key for kind in KINDS}


@pytest.mark.parametrize("key", sorted(NAMES))
def test_new_file_passes_check(agency: Path, key: str) -> None:
    written = _new(agency, key)
    assert written.is_file()
    relative = written.relative_to(agency).as_posix()
    assert _problems_in(agency, relative) == []
    assert "ตัวอย่าง" in written.read_text(encoding="utf-8")  # its values are marked as examples


def test_all_examples_together_pass_check(agency: Path) -> None:
    for key in NAMES:
        _new(agency, key)
    result = run_cli("--root", agency, "check", "--format", "json")
    new_files = {expected for _, expected in NAMES.values()}
    assert [d for d in json.loads(result.out)
            if d["file"] in new_files and d["severity"] != "info" and not d["acknowledged"]] == []


def test_a_broken_example_is_reported(agency: Path) -> None:
    """The check above can fail: the new file is read by its kind (a wrong year is an error)."""
    written = _new(agency, "complaints")
    written.write_text(written.read_text(encoding="utf-8").replace("fiscal_year: 2569", "fiscal_year: x"),
                       encoding="utf-8")
    assert _problems_in(agency, "content/complaints/2569.yml")


@pytest.mark.parametrize("key", sorted(k for k in NAMES if k != "procurement_months"))
def test_first_line_points_at_the_schema(agency: Path, key: str) -> None:
    written = _new(agency, key)
    lines = written.read_text(encoding="utf-8").splitlines()
    line = lines[1] if lines[0] == "---" else lines[0]  # Markdown: first line of the front matter
    prefix = "# yaml-language-server: $schema="
    assert line.startswith(prefix)
    schema = PurePosixPath(written.parent.relative_to(agency).as_posix()) / line.removeprefix(prefix)
    resolved = Path(str(agency / schema)).resolve().relative_to(agency.resolve()).as_posix()
    assert resolved == f"build/docs/schema/{key}.schema.json"
    assert resolved.removeprefix("build/") in schema_files(KINDS)


def test_csv_example_has_the_header_the_reader_expects(agency: Path) -> None:
    written = _new(agency, "procurement_months")
    header, row, *rest = written.read_text(encoding="utf-8-sig").splitlines()
    assert header.split(",") == [column.name for column in COLUMNS]
    assert len(row.split(",")) == len(COLUMNS) and rest == []


def test_existing_file_is_refused_and_kept(agency: Path) -> None:
    target = agency / "content" / "no-gift" / "2566.yml"
    before = target.read_bytes()
    result = run_cli("--root", agency, "new", "no-gift", "2566")
    assert result.code == 1
    assert "already exists" in result.err and "มีไฟล์" in result.err
    assert target.read_bytes() == before


@pytest.mark.parametrize("name", ["../escape", "ปี2569", "Plan 2569", ".hidden", ""])
def test_bad_name_is_refused_and_nothing_written(agency: Path, name: str) -> None:
    before = sorted(p.as_posix() for p in agency.rglob("*"))
    result = run_cli("--root", agency, "new", "plans", name)
    assert result.code == 1
    assert "nothing written" in result.err and "ไม่ได้บันทึก" in result.err
    assert sorted(p.as_posix() for p in agency.rglob("*")) == before


def test_year_kind_refuses_a_name_that_is_not_a_year(agency: Path) -> None:
    result = run_cli("--root", agency, "new", "complaints", "latest")
    assert result.code == 1
    assert not (agency / "content" / "complaints").exists()


@pytest.mark.parametrize("args", [(), ("bogus",)])
def test_no_or_unknown_kind_lists_the_kinds(agency: Path, args: tuple[str, ...]) -> None:
    result = run_cli("--root", agency, "new", *args)
    assert result.code == 2
    for kind in KINDS:
        assert f"  {kind.key} " in result.err
    assert ("unknown kind 'bogus'" in result.err) == bool(args)


def test_a_standard_page_s_name_writes_its_thai_default_to_edit(agency: Path) -> None:
    """The site publishes the default privacy notice while content/about/privacy.md is absent;
    ``oitgen new standard_pages privacy`` gives the webmaster that same text to edit, not an example."""
    result = run_cli("--root", agency, "new", "standard_pages", "privacy")
    assert result.code == 0, result.err
    text = (agency / "content/about/privacy.md").read_text(encoding="utf-8")
    schema = "# yaml-language-server: $schema=../../build/docs/schema/standard_pages.schema.json"
    assert text.startswith(f"---\n{schema}\n")
    assert "title: ประกาศความเป็นส่วนตัวของเว็บไซต์" in text and "ไม่ใช้คุกกี้" in text
    assert "example" not in text
    assert _problems_in(agency, "content/about/privacy.md") == []
