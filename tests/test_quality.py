"""Code quality gates that belong in the normal test run: lint clean, small modules."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

MAX_MODULE_LINES = 400


def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "generator", "tests", "benchmarks"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_type_error_in_the_package() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "generator"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_is_too_long_to_read_at_once() -> None:
    long = {str(p.relative_to(REPO)): n for p in (REPO / "generator").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}
