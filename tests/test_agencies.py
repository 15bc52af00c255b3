"""Several agencies in one repository (``orgs/<id>/``): built side by side, sharing nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator.agencies import org_ids
from tests.conftest import REPO, run_cli

NAMES = {"north": "องค์การบริหารส่วนตำบลเหนือทดสอบ", "south": "องค์การบริหารส่วนตำบลใต้ทดสอบ"}


def _repository(tmp_path: Path) -> Path:
    """Two small agencies under orgs/, differing in name and in one plan item."""
    root = tmp_path / "repo"
    for org, name in NAMES.items():
        agency = root / "orgs" / org
        shutil.copytree(REPO / "tests/bad_inputs/base", agency)
        shutil.rmtree(agency / "content/no-gift")
        config = agency / "site_config.yml"
        config.write_text(config.read_text(encoding="utf-8").replace(
            "องค์การบริหารส่วนตำบลทดสอบ", name), encoding="utf-8")
        plan = agency / "content/plans/2566.yml"
        plan.write_text(plan.read_text(encoding="utf-8").replace("โครงการหนึ่ง", f"โครงการของ{org}"),
                        encoding="utf-8")
    (root / "orgs/notes").mkdir()  # a folder without site_config.yml is not an agency
    return root


def test_the_agencies_of_a_repository_are_its_orgs_folders_with_a_config(tmp_path: Path) -> None:
    assert org_ids(_repository(tmp_path)) == ["north", "south"]


def test_two_agencies_built_in_parallel_give_two_independent_sites(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    builds = [subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "build",
                                "--org", org, "--strict"], cwd=REPO, stderr=subprocess.PIPE, text=True)
              for org in NAMES]
    outcomes = [(process.wait(timeout=300), process.stderr.read()) for process in builds if process.stderr]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    for org, name in NAMES.items():
        other = next(o for o in NAMES if o != org)
        site = root / "orgs" / org / "site"
        home = (site / "index.html").read_text(encoding="utf-8")
        plan = (site / "anti-corruption/plans/2566/index.html").read_text(encoding="utf-8")
        assert name in home and NAMES[other] not in home
        assert f"โครงการของ{org}" in plan and f"โครงการของ{other}" not in plan
        assert (root / "orgs" / org / "build/mkdocs.yml").is_file()
    assert not (root / "site").exists() and not (root / "build").exists()  # nothing shared at the top


def test_an_unknown_or_escaping_org_is_refused_with_the_list(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    for org in ("west", "../north", "north/../south"):
        result = run_cli("--root", root, "check", "--org", org)
        assert result.code == 2
        assert "agencies: north, south" in result.err
