"""How diagnostics are printed: compiler-style text, GitHub annotations, or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable

from generator.diagnostics import Diagnostic

FORMATS = ("text", "github", "json")


def as_text(diagnostics: Iterable[Diagnostic]) -> str:
    return "\n".join(d.text() for d in diagnostics)


def _github_escape(value: str, is_property: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if is_property:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def as_github(diagnostics: Iterable[Diagnostic]) -> str:
    """``::error file=…,line=…,col=…,title=code::message`` lines for GitHub Actions."""
    lines = []
    for d in diagnostics:
        level = "error" if d.is_error else \
            ("notice" if d.is_acknowledged or d.severity == "info" else "warning")
        props = [f"file={_github_escape(d.position.file, True)}"]
        if d.position.line:
            props += [f"line={d.position.line}", f"col={d.position.column}"]
        props.append(f"title={_github_escape(d.code, True)}")
        field = f"{d.field}: " if d.field else ""
        message = _github_escape(f"{field}{d.message} / {d.message_th}")
        lines.append(f"::{level} {','.join(props)}::{message}")
    return "\n".join(lines)


def as_json(diagnostics: Iterable[Diagnostic]) -> str:
    """A stable list of objects: code, severity, file, line, column, field, message, message_th,
    acknowledged (reason or null). Documented in docs/checks.md."""
    return json.dumps([
        {"code": d.code, "severity": str(d.severity), "file": d.position.file,
         "line": d.position.line, "column": d.position.column, "field": d.field,
         "message": d.message, "message_th": d.message_th, "acknowledged": d.acknowledged_reason}
        for d in diagnostics
    ], ensure_ascii=False, indent=2)


def render(diagnostics: list[Diagnostic], fmt: str) -> str:
    return {"text": as_text, "github": as_github, "json": as_json}[fmt](diagnostics)
