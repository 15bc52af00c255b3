"""The bad-input corpus (``tests/bad_inputs/``): every case gives exactly its expected diagnostic.

Each case is the small agency in ``bad_inputs/base`` with the files of ``bad_inputs/cases/<case>/``
laid over it, plus what git cannot hold (symbolic links, a named pipe, an oversize or non-UTF-8
file), made by the ``setup`` steps of ``bad_inputs/cases.yml``. The manifest gives each case's
expected code, position (``file:line:column``) and field, and how many diagnostics the run gives
in all; ``code: none`` means the input is fine (a wrong check digit is no ID) and ``renders``
names text the page must show escaped; ``stage: build`` also builds the site (for what only the
build refuses, such as a ``site`` that is a symbolic link). A file a ``setup`` step puts outside
the agency must be unchanged afterwards, whatever the case. The last test prints the share of
cases that give exactly what the manifest says; it must be 100%.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.build.refusal import BuildRefused
from generator.diagnostics import Severity
from generator.render import render_site
from tests.tiny_pdf import make_pdf

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
CASES: dict[str, dict[str, Any]] = yaml.safe_load((CORPUS / "cases.yml").read_text(encoding="utf-8"))


def _setup(root: Path, step: dict[str, Any]) -> None:
    """One step git cannot hold: ``symlink`` (to a path relative to the link, or absolute),
    ``fifo``, ``big`` (a file of ``bytes`` bytes), ``encode`` (rewrite a file in ``as``),
    ``outside`` (a file beside the agency directory, for links to point at)."""
    kind = next(key for key in ("symlink", "fifo", "big", "encode", "outside") if key in step)
    options, path = step, root / step[kind]
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "symlink":
        path.symlink_to(options["to"])
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "outside":
        (root.parent / step[kind]).parent.mkdir(parents=True, exist_ok=True)
        (root.parent / step[kind]).write_text(options["text"], encoding="utf-8")
    elif kind == "big":
        head = options.get("head", "").encode("utf-8")
        path.write_bytes(head + b"#" * (options["bytes"] - len(head)))
    else:
        path.write_bytes(path.read_text(encoding="utf-8").encode(options["as"]))


def _agency(name: str, tmp_path: Path) -> Path:
    root = tmp_path / name
    shutil.copytree(CORPUS / "base", root)
    (root / "content/documents").mkdir(parents=True, exist_ok=True)
    (root / "content/documents/signed.pdf").write_bytes(make_pdf(["signed announcement"]))
    overlay = CORPUS / "cases" / name
    if overlay.is_dir():
        shutil.copytree(overlay, root, dirs_exist_ok=True)
    for step in CASES[name].get("setup", []):
        _setup(root, step)
    return root


def _outside_untouched(root: Path, steps: list[dict[str, Any]]) -> bool:
    """Files set up outside the agency hold what they held, and their folders nothing more."""
    outside = {root.parent / step["outside"]: step["text"] for step in steps if "outside" in step}
    folders = {path.parent for path in outside if path.parent != root.parent}
    return all(path.read_text(encoding="utf-8") == text for path, text in outside.items()) and \
        all(path in outside for folder in folders for path in folder.rglob("*"))


def _build(root: Path, checked: pipeline.Checked) -> list[tuple[str, str, str]]:
    """``stage: build`` cases also build the site: what refuses it, as (code, position, field)."""
    try:
        pipeline.build(root, root / "site", checked)
    except BuildRefused as refused:
        return [(d.code, str(d.position), d.field) for d in refused.diagnostics]
    return []


def _outcome(name: str, tmp_path: Path) -> tuple[bool, str]:
    """Whether the case gives exactly its expected result, and what it gave."""
    expected = CASES[name]
    root = _agency(name, tmp_path)
    checked = pipeline.check(root)
    # info diagnostics are hints (e.g. the base plan's items name no type), not what a case is about
    found = [(d.code, str(d.position), d.field) for d in checked.diagnostics
             if d.severity is not Severity.INFO]
    if expected.get("stage") == "build" and checked.ok:
        found += _build(root, checked)
    if expected["code"] == "none":
        ok = found == []
    else:
        want = (expected["code"], expected["at"], expected.get("field", ""))
        ok = bool(found) and found[0] == want and len(found) == expected.get("count", 1)
    ok = ok and _outside_untouched(root, expected.get("setup", []))
    if ok and "renders" in expected:
        assert checked.agency is not None
        page = render_site(checked.agency, checked.diagnostics)[expected["renders"]["page"]].decode("utf-8")
        ok = all(text in page for text in expected["renders"]["contains"]) and \
            not any(text in page for text in expected["renders"].get("not_contains", []))
    return ok, "; ".join(f"{code} at {at} {field}" for code, at, field in found[:3]) or "no diagnostics"


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gives_its_exact_code_and_position(name: str, tmp_path: Path) -> None:
    ok, got = _outcome(name, tmp_path)
    assert ok, f"{name}: expected {CASES[name]}, got {got}"


def test_every_case_of_the_corpus_gives_the_expected_result(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    results = {name: _outcome(name, tmp_path)[0] for name in sorted(CASES)}
    share = sum(results.values()) / len(results)
    with capsys.disabled():
        print(f"\nbad inputs: {len(results)} cases, {sum(results.values())} as expected ({share:.0%})")
    assert len(results) >= 40
    assert share == 1.0, [name for name, ok in results.items() if not ok]
