"""The benchmark's synthetic agency (benchmarks/make_agency.py) is a valid agency: a benchmark of
data that fails its checks would time the error path, not a build."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import DEMO, REPO, run_cli

sys.path.insert(0, str(REPO / "benchmarks"))
from make_agency import Scale, make_agency

TINY = Scale(records=90, years=(2567, 2568), plan_items=3, sheets_per_plan=3, news=4)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_generated_agency_passes_the_checks_and_is_the_same_every_time(tmp_path: Path) -> None:
    root = make_agency(tmp_path / "a", TINY, demo=DEMO)
    result = run_cli("--root", root, "check", "--strict")
    assert result.code == 0, result.out + result.err
    assert "0 error(s), 0 warning(s)" in result.out + result.err
    months = sorted((root / "content/procurement").rglob("*.csv"))
    assert len(months) == 24  # twelve month files per fiscal year, the empty ones included
    records = sum(len(p.read_text(encoding="utf-8").splitlines()) - 1 for p in months)
    assert records == TINY.records
    assert any(len(p.read_text(encoding="utf-8").splitlines()) == 1 for p in months)  # an empty month
    assert len(list((root / "content/news").glob("*.md"))) == TINY.news
    assert _files(root) == _files(make_agency(tmp_path / "b", TINY, demo=DEMO))
