"""Shared test helpers: run the real CLI, build real sites with real MkDocs, copy agencies."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

from generator.cli import main
from generator.diagnostics import Diagnostic, Severity

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path) -> CliResult:
    """Run ``python -m generator`` in a subprocess (real exit code, real output streams)."""
    proc = subprocess.run([sys.executable, "-m", "generator", *map(str, args)],
                          capture_output=True, text=True, cwd=REPO)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def page_html(root: Path, page: str) -> str:
    """A built page of the agency at ``root``, e.g. ``page_html(root, "basic/index.html")``."""
    return (root / "site" / page).read_text(encoding="utf-8")


def visible_text(html: str) -> str:
    """What a reader sees of an HTML page: tags removed, entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def edit_file(path: Path, old: str, new: str, count: int = -1) -> str:
    """Replace ``old`` — which must be there — with ``new`` in a text file (every occurrence, or the
    first ``count``); returns the text as it was, so a test can find the line it changed."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text


def problems(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Errors and warnings only: info diagnostics are hints (e.g. bantom's item 15 names no type)."""
    return [d for d in diagnostics if d.severity is not Severity.INFO]


def copy_agency(source: Path, target: Path) -> Path:
    """Copy an agency's data (site_config.yml + content/) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / "site_config.yml", target / "site_config.yml")
    shutil.copytree(source / "content", target / "content")
    return target


def build(root: Path, *extra: str) -> int:
    """Build in-process (fast) and return the exit code."""
    return main(["--root", str(root), "build", *extra])


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo agency built once per session with real MkDocs; returns the agency copy's root."""
    root = copy_agency(REPO, tmp_path_factory.mktemp("demo"))
    assert build(root, "--strict") == 0
    return root


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A fresh, writable copy of the demo agency's data."""
    return copy_agency(REPO, tmp_path / "agency")
