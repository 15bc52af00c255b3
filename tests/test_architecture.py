"""The shape of the package: stages import only downward, and every import is at module level.

values ← models ← load (and history) ← checks ← oit ← opendata ← render ← build; the registry,
report, agencies, pipeline, serve and cli sit on top (DESIGN §1). A function-level import hides a
cycle instead of removing it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
LAYERS = {
    "values": 0, "diagnostics": 0, "os_errors": 0, "diagnostic_format": 0, "atomic_file": 0,
    "models": 1, "load": 2, "checks": 3, "oit": 4, "opendata": 5, "render": 6,
    "build": 7, "importer": 7, "registry": 8, "report": 8, "pipeline": 9, "cli": 10, "__main__": 10,
    # the published versions of data files, read from git: a reader of sources beside load
    "history": 2,
    # `oitgen new`: a kind's example file, with the path of its schema (render.schemas)
    "new_file": 7,
    # which agency of a repository of several (orgs/<id>/); the live preview drives the pipeline
    "agencies": 8, "serve": 9,
}


def _stage(module: str) -> str:
    """``generator.load.agency`` → ``load``; ``generator.cli`` → ``cli``."""
    return module.split(".")[1]


def _modules() -> dict[str, ast.Module]:
    return {".".join(("generator", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__"):
            ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))}


def _imported(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator."):
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("generator.")]
    return found


def test_every_stage_is_in_a_layer() -> None:
    assert {_stage(name) for name in _modules() if name != "generator"} <= set(LAYERS)


def test_stages_import_only_downward() -> None:
    upward = [f"{name} imports {target}" for name, tree in _modules().items() if name != "generator"
              for target in _imported(tree) if LAYERS[_stage(target)] > LAYERS[_stage(name)]]
    assert upward == []


def test_no_function_level_imports() -> None:
    inside = [f"{name}:{sub.lineno}" for name, tree in _modules().items() for node in ast.walk(tree)
              if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
              for sub in ast.walk(node) if isinstance(sub, ast.Import | ast.ImportFrom)]
    assert inside == []
