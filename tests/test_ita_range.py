"""The ITA overall score against the range of its indicator scores (``ita-total-out-of-range``)."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline
from tests.conftest import EXAMPLES, copy_agency, edit_file

ITA = "content/ita/2565.yml"


def _ita_codes(tmp_path: Path, *edits: tuple[str, str]) -> list[tuple[str, str, str]]:
    root = copy_agency(EXAMPLES / "phasing-nan", tmp_path / "agency")
    text = (root / ITA).read_text(encoding="utf-8")
    (root / ITA).write_text(text.split("acknowledged:")[0], encoding="utf-8")  # without the example's
    for old, new in edits:
        edit_file(root / ITA, old, new)
    return [(d.code, d.field, str(d.position)) for d in pipeline.check(root).diagnostics
            if d.position.file == ITA]


def test_a_total_below_every_indicator_score_is_reported(tmp_path: Path) -> None:
    # printed 40.62 (line 3 of the file); the indicators run 43.35-100.00
    assert _ita_codes(tmp_path) == [("ita-total-out-of-range", "stated_total_score", f"{ITA}:3:21")]


def test_a_total_within_the_indicator_range_is_silent(tmp_path: Path) -> None:
    assert _ita_codes(tmp_path, ('stated_total_score: "40.62"', 'stated_total_score: "๘๐.๖๒"')) == []
    # the lowest indicator score itself is a possible (if extreme) average
    assert _ita_codes(tmp_path / "b", ('stated_total_score: "40.62"', 'stated_total_score: "43.35"')) == []


def test_a_total_above_every_indicator_score_is_reported(tmp_path: Path) -> None:
    found = _ita_codes(tmp_path, ('stated_total_score: "40.62"', 'stated_total_score: "100.01"'))
    assert [code for code, _, _ in found] == ["ita-total-out-of-range"]
