"""Diagnostics: every problem oitgen finds is a value, not an exception.

A diagnostic has a stable code (``total-mismatch``, ``unknown-key`` …), a severity, a position
(file, line, column, field path) and a message in English and Thai. Stages collect them; only the
CLI prints them. Stable codes let data acknowledge a warning and let CI tools parse the output.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from generator.values.national_id import mask_person_ids

FieldPath = tuple[str | int, ...]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    """A hint for the webmaster (e.g. a row to look at); never fails a run, even with --strict."""


@dataclass(frozen=True, order=True)
class Position:
    """Where a value sits: a file relative to the agency directory, 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    position: Position
    field: str
    message: str
    message_th: str
    acknowledged_reason: str | None = None
    details: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        # A diagnostic quotes values from data (an unknown key, a value refused): its text goes to
        # CI logs, which are public. A person's national ID number in it is masked, wherever a
        # check or a parser put it.
        for name in ("field", "message", "message_th", "acknowledged_reason"):
            if (value := getattr(self, name)) and (masked := mask_person_ids(value)) != value:
                object.__setattr__(self, name, masked)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def is_acknowledged(self) -> bool:
        return self.acknowledged_reason is not None

    def acknowledge(self, reason: str) -> Diagnostic:
        return replace(self, acknowledged_reason=reason)

    def text(self) -> str:
        """Compiler-style line: ``path:line:col: code: field: message / ข้อความ``."""
        where = f"{self.field}: " if self.field else ""
        line = f"{self.position}: {self.severity}: {self.code}: {where}{self.message} / {self.message_th}"
        if self.acknowledged_reason is not None:
            line += f" [acknowledged / รับทราบแล้ว: {self.acknowledged_reason}]"
        return line


def error(code: str, position: Position, field_path: str, en: str, th: str, **details: Any) -> Diagnostic:
    return Diagnostic(code, Severity.ERROR, position, field_path, en, th, details=details)


def warning(code: str, position: Position, field_path: str, en: str, th: str, **details: Any) -> Diagnostic:
    return Diagnostic(code, Severity.WARNING, position, field_path, en, th, details=details)


def info(code: str, position: Position, field_path: str, en: str, th: str, **details: Any) -> Diagnostic:
    return Diagnostic(code, Severity.INFO, position, field_path, en, th, details=details)


def format_path(path: Iterable[str | int]) -> str:
    """``("items", 3, "budget", 2567)`` → ``items[3].budget.2567``."""
    out = ""
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def sort_key(diagnostic: Diagnostic) -> tuple:
    return (diagnostic.position, diagnostic.code, diagnostic.field)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def unacknowledged_warnings(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.WARNING and not d.is_acknowledged]
