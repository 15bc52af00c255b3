"""site_config.yml names the OIT catalogues: built-in by name, or the agency's own file inside its
directory — never a path outside it."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.load.agency import load_agency
from generator.load.catalogues import builtin_catalogues
from generator.registry import KINDS
from tests.conftest import FIXTURES, copy_agency, run_cli


def _agency(tmp_path: Path, oit: str) -> Path:
    root = copy_agency(FIXTURES / "wrong_total", tmp_path / "agency")
    config = root / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + oit, encoding="utf-8")
    return root


def test_builtin_and_own_catalogues_are_loaded(tmp_path: Path) -> None:
    root = _agency(tmp_path, "oit:\n  - year: 2568\n    catalogue: ita-2568\n"
                             "  - year: 2569\n    catalogue: catalogues/ita-2569.yml\n")
    own = (builtin_catalogues()["ita-2568"].read_text(encoding="utf-8")
           .replace("assessment_year: 2568", "assessment_year: 2569", 1))
    (root / "catalogues").mkdir()
    (root / "catalogues/ita-2569.yml").write_text(own, encoding="utf-8")
    agency, diagnostics = load_agency(root, KINDS)
    assert diagnostics == []
    assert agency is not None and sorted(agency.catalogues) == [2568, 2569]
    assert len(agency.catalogues[2569].items) == 26


def test_unknown_name_and_paths_outside_the_agency_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yml"
    shutil.copy(builtin_catalogues()["ita-2568"], outside)
    root = _agency(tmp_path, "oit:\n  - year: 2568\n    catalogue: ita-2599\n"
                             "  - year: 2568\n    catalogue: ../elsewhere.yml\n"
                             f"  - year: 2568\n    catalogue: {outside}\n")
    agency, diagnostics = load_agency(root, KINDS)
    assert [(d.code, d.field, d.position.line) for d in diagnostics] == [
        ("unknown-catalogue", "oit[0].catalogue", 10),
        ("unknown-catalogue", "oit[1].catalogue", 12),
        ("unknown-catalogue", "oit[2].catalogue", 14),
    ]
    assert agency is not None and agency.catalogues == {}


def test_catalogue_of_another_year_is_an_error(tmp_path: Path) -> None:
    root = _agency(tmp_path, "oit:\n  - year: 2569\n    catalogue: ita-2568\n")
    _, diagnostics = load_agency(root, KINDS)
    assert [(d.code, d.field) for d in diagnostics] == [("catalogue-year-mismatch", "oit[0].catalogue")]
    assert "2568" in diagnostics[0].message_th and "2569" in diagnostics[0].message_th


def test_oitgen_check_reports_a_catalogue_file_with_positions_before_it_is_named(tmp_path: Path) -> None:
    """Acceptance (issue 12): an unknown topic and a duplicate code give two positioned errors."""
    root = _agency(tmp_path, "")
    (root / "catalogues").mkdir()
    shutil.copy(FIXTURES / "catalogues/unknown_topic_and_duplicate.yml", root / "catalogues/ita-2570.yml")
    result = run_cli("--root", root, "check")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("catalogues/")]
    assert [line.split(": ")[:3] for line in errors] == [
        ["catalogues/ita-2570.yml:9:25", "error", "unknown-topic"],
        ["catalogues/ita-2570.yml:17:11", "error", "duplicate-item-code"],
    ]


def test_a_named_catalogue_file_is_not_checked_twice(tmp_path: Path) -> None:
    root = _agency(tmp_path, "oit:\n  - year: 2570\n    catalogue: catalogues/ita-2570.yml\n")
    (root / "catalogues").mkdir()
    shutil.copy(FIXTURES / "catalogues/unknown_topic_and_duplicate.yml", root / "catalogues/ita-2570.yml")
    _, diagnostics = load_agency(root, KINDS)
    assert [d.code for d in diagnostics] == ["unknown-topic", "duplicate-item-code"]
