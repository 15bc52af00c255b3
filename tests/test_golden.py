"""Golden files of our own output (not Material's HTML): the Markdown, CSV, JSON and SVG that
``oitgen`` generates into ``build/docs`` (and the tables of ``build/fragments``) for the demo and
for one real example, compared byte for byte with the files committed under ``tests/golden/<case>/``.

A change of output shows as a diff in review. To accept one, regenerate and read the diff like code:

    OITGEN_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_golden.py
    git diff --stat tests/golden/

Regenerating an unchanged tree changes nothing. The demo's case is built from the committed demo
(``tests.conftest.DEMO``), so an unfinished edit in ``content/`` does not show here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.render import render_site
from tests.conftest import DEMO, EXAMPLES, copy_agency

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("OITGEN_REGENERATE_GOLDEN") == "1"
SUFFIXES = (".md", ".csv", ".json", ".svg")
CASES = {"demo": (DEMO, ()), "phasing-nan": (EXAMPLES / "phasing-nan", ("docs/schema/",))}
"""Case → agency and the folders left out (the example's JSON Schemas are the demo's)."""
FRAGMENTS = "fragments/"
"""The pages' bulk tables, kept out of the Markdown (``generator.render.fragments``)."""
COPIES = ("docs/assets/",)
"""The packaged theme's files, copied as they are: not generated."""


def _generated(source: Path, left_out: tuple[str, ...], tmp_path: Path) -> dict[str, bytes]:
    root = copy_agency(source, tmp_path / "agency")
    checked = pipeline.check(root)
    assert checked.ok and checked.agency is not None
    files = render_site(checked.agency, checked.diagnostics)
    skipped = COPIES + left_out
    return {path.removeprefix("docs/"): data for path, data in files.items()
            if path.startswith(FRAGMENTS) or (path.startswith("docs/") and path.endswith(SUFFIXES)
                                               and not path.startswith(skipped))}


def _committed(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_files_match_the_golden_files(case: str, tmp_path: Path) -> None:
    source, left_out = CASES[case]
    generated = _generated(source, left_out, tmp_path)
    folder = GOLDEN / case
    if REGENERATE:
        shutil.rmtree(folder, ignore_errors=True)
        for path, data in generated.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(data)
    committed = _committed(folder)
    assert sorted(generated) == sorted(committed), "files added or removed (OITGEN_REGENERATE_GOLDEN=1)"
    differing = [path for path in generated if generated[path] != committed[path]]
    assert differing == [], "generated files differ from tests/golden (OITGEN_REGENERATE_GOLDEN=1)"
