"""Compiled page templates are kept in ``build/.cache/templates`` between builds (issue 16: compiling
them is about half a second of every build), and a damaged or foreign cache never changes a page."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator import pipeline
from tests.conftest import DEMO, copy_agency


def _generated(root: Path) -> dict[str, bytes]:
    checked = pipeline.check(root)
    assert checked.agency is not None and checked.ok
    pipeline.generate(checked, root / "build")
    docs = root / "build" / "docs"
    return {path.relative_to(docs).as_posix(): path.read_bytes() for path in docs.rglob("*.md")}


def test_templates_are_compiled_once_and_a_damaged_cache_is_compiled_again(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    first = _generated(root)
    cached = sorted((root / "build" / ".cache" / "templates").glob("*.cache"))
    assert len(cached) >= 10  # one per template used: the demo uses most of them
    for path in cached:
        path.write_bytes(b"not a compiled template")
    shutil.rmtree(root / "build" / ".cache" / "pages")  # else the rendered pages are read back
    assert _generated(root) == first
    assert all(path.read_bytes() != b"not a compiled template" for path in cached)  # compiled again


def test_a_cache_folder_that_is_a_link_is_not_used(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "build" / ".cache").mkdir(parents=True)
    (tmp_path / "build" / ".cache" / "templates").symlink_to(elsewhere)
    assert pipeline.template_cache(tmp_path / "build") is None
    assert pipeline.template_cache(tmp_path / "other-build") is not None
