"""Shared test helpers: run the real CLI, build real sites with real MkDocs, copy agencies.

Tests never read the repository's live ``content/`` or ``site_config.yml``: a webmaster's
unfinished edit there must not make ``pytest`` fail. ``DEMO`` is a snapshot of the demo agency as
committed (``git archive HEAD``), taken once per session; set ``OITGEN_TEST_DEMO=worktree`` to test
the working tree's demo instead (e.g. while changing the demo and its tests together).
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

from generator.build.fragments import fill_page
from generator.cli import main
from generator.diagnostics import Diagnostic, Severity
from generator.render.fragments import FRAGMENT_DIR

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
_DEMO_PARTS = ("site_config.yml", "content")


def _demo_snapshot() -> Path:
    """The demo agency's committed data in a private folder, removed when the session ends."""
    folder = Path(tempfile.mkdtemp(prefix="oitgen-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    if os.environ.get("OITGEN_TEST_DEMO") != "worktree":
        archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", "HEAD", *_DEMO_PARTS],
                                 capture_output=True)
        if archive.returncode == 0:
            subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
            return folder
    # not a git checkout (an unpacked sdist) or asked for: the working tree, still copied
    shutil.copy2(REPO / "site_config.yml", folder / "site_config.yml")
    shutil.copytree(REPO / "content", folder / "content")
    return folder


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path) -> CliResult:
    """Run the ``oitgen`` entry point in-process, capturing its exit code and output streams."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 1
    return CliResult(code, out.getvalue(), err.getvalue())


def page_html(root: Path, page: str) -> str:
    """A built page of the agency at ``root``, e.g. ``page_html(root, "basic/index.html")``."""
    return (root / "site" / page).read_text(encoding="utf-8")


def generated_page(root: Path, page: str) -> str:
    """A generated Markdown page of ``build/docs`` with its bulk tables put back, as the built site
    has them (``generator.render.fragments``), e.g. ``generated_page(root, "oit/2568/index.md")``."""
    text = (root / "build/docs" / page).read_text(encoding="utf-8")
    return fill_page(text, root / "build" / FRAGMENT_DIR)


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
    """Copy an agency's data (site_config.yml + content/) into ``target``. Never the repository's
    live demo: a webmaster's unfinished edit must not fail the suite (copy ``DEMO`` instead)."""
    assert source.resolve() != REPO, "tests copy DEMO (the committed demo), never the live content/"
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
    root = copy_agency(DEMO, tmp_path_factory.mktemp("demo"))
    assert build(root, "--strict") == 0
    return root


@pytest.fixture
def agency_dir(tmp_path: Path) -> Path:
    """An empty agency (site_config.yml only) for `oitgen import procurement` to write into."""
    root = tmp_path / "agency"
    root.mkdir()
    shutil.copy2(FIXTURES / "procurement/agency/site_config.yml", root / "site_config.yml")
    return root


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A fresh, writable copy of the demo agency's data."""
    return copy_agency(DEMO, tmp_path / "agency")


DEMO = _demo_snapshot()
