"""Read one YAML file into plain Python values plus the position of every value.

libyaml (``CSafeLoader``) composes the node graph with line/column marks; we walk it ourselves so
that we can (a) remember where each value came from, (b) reject duplicate keys, which PyYAML
silently overwrites, (c) refuse aliases, which is what makes alias bombs possible, and (d) keep
numbers as the text the webmaster wrote: ``10000.50`` must reach the money parser as text, not as
a float, and ``053056563`` must not become an octal integer.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, FieldPath, Position, error, format_path

try:  # libyaml is ~7x faster; fall back to the pure-Python loader where it is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"


@dataclass
class SourceFile:
    """A parsed data file: its value and where each value (by field path) starts."""

    path: str
    data: Any
    positions: dict[FieldPath, Position] = field(default_factory=dict)

    def position_of(self, path: FieldPath) -> Position:
        """Position of the deepest existing prefix of ``path`` (a missing field points at its parent)."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(tuple(path[:end]))
            if found is not None:
                return found
        return Position(self.path, 1, 1)


class _Walker:
    def __init__(self, relpath: str) -> None:
        self.relpath = relpath
        self.positions: dict[FieldPath, Position] = {}
        self.errors: list[Diagnostic] = []
        self._seen: set[int] = set()

    def _pos(self, node: yaml.Node) -> Position:
        mark = node.start_mark
        return Position(self.relpath, mark.line + 1, mark.column + 1)

    def walk(self, node: yaml.Node, path: FieldPath) -> Any:
        if id(node) in self._seen:
            self.errors.append(error(
                "yaml-alias", self._pos(node), format_path(path),
                "YAML anchors and aliases (&, *) are not allowed; write the value out",
                "ไม่อนุญาตให้ใช้ anchor/alias ของ YAML (& และ *) กรุณาเขียนค่าให้ครบ",
            ))
            return None
        self._seen.add(id(node))
        self.positions[path] = self._pos(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, (*path, i)) for i, item in enumerate(node.value)]
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.errors.append(error(
                    "yaml-complex-key", self._pos(key_node), format_path(path),
                    "a key must be plain text", "ชื่อคีย์ต้องเป็นข้อความธรรมดา",
                ))
                continue
            key = key_node.value if key_node.tag != "tag:yaml.org,2002:merge" else "<<"
            if key == "<<":
                self.errors.append(error(
                    "yaml-alias", self._pos(key_node), format_path(path),
                    "YAML merge keys (<<) are not allowed", "ไม่อนุญาตให้ใช้ merge key (<<) ของ YAML",
                ))
                continue
            if key in result:
                self.errors.append(error(
                    "duplicate-key", self._pos(key_node), format_path((*path, key)),
                    f"key '{key}' appears twice in the same block",
                    f"คีย์ '{key}' ซ้ำกันในบล็อกเดียวกัน",
                ))
                continue
            result[key] = self.walk(value_node, (*path, key))
        return result


def _scalar(node: yaml.ScalarNode) -> Any:
    """Null and booleans become Python values; everything else stays the text as written."""
    if node.tag == _NULL:
        return None
    if node.tag == _BOOL:
        return node.value.lower() in {"true", "yes", "on", "y"}
    return node.value


def parse_yaml(text: str, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Parse YAML text; returns ``None`` and errors when the file cannot be read at all."""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # node graphs are acyclic; pausing the collector halves load time
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(relpath, mark.line + 1, mark.column + 1) if mark else Position(relpath)
        problem = exc.problem or "invalid YAML"
        return None, [error(
            "yaml-syntax", position, "", f"YAML syntax error: {problem}",
            f"รูปแบบ YAML ไม่ถูกต้อง ({problem}) ตรวจสอบการเยื้องบรรทัด เครื่องหมาย : และเครื่องหมายคำพูด",
        )]
    except yaml.YAMLError as exc:
        return None, [error("yaml-syntax", Position(relpath, 1, 1), "", f"YAML error: {exc}",
                            "อ่านไฟล์ YAML ไม่ได้")]
    finally:
        if gc_was_enabled:
            gc.enable()
    if node is None:
        return SourceFile(relpath, None, {(): Position(relpath, 1, 1)}), []
    walker = _Walker(relpath)
    data = walker.walk(node, ())
    return SourceFile(relpath, data, walker.positions), _point_at_aliases(text, walker.errors)


def _point_at_aliases(text: str, errors: list[Diagnostic]) -> list[Diagnostic]:
    """The composed graph only knows the anchor; rescan (rarely needed) to point at each ``*alias``."""
    if not any(e.code == "yaml-alias" for e in errors):
        return errors
    marks = [t.start_mark for t in yaml.scan(text, Loader=_Loader) if isinstance(t, yaml.AliasToken)]
    fixed, remaining = [], iter(marks)
    for diagnostic in errors:
        if diagnostic.code == "yaml-alias" and (mark := next(remaining, None)) is not None:
            diagnostic = replace(diagnostic, position=Position(diagnostic.position.file,
                                                               mark.line + 1, mark.column + 1))
        fixed.append(diagnostic)
    return fixed


def read_yaml_file(path: Path, relpath: str, max_bytes: int = DEFAULT_MAX_BYTES,
                   ) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Read and parse a YAML file, refusing oversize and non-UTF-8 files with a clear error."""
    size = path.stat().st_size
    if size > max_bytes:
        return None, [error(
            "file-too-large", Position(relpath), "",
            f"file is {size:,} bytes; the limit is {max_bytes:,} bytes (put bulk records in CSV)",
            f"ไฟล์มีขนาด {size:,} ไบต์ เกินขีดจำกัด {max_bytes:,} ไบต์ (ข้อมูลจำนวนมากให้ใช้ไฟล์ CSV)",
        )]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [error(
            "not-utf8", Position(relpath, line, 1), "", "file is not UTF-8 text; save it as UTF-8",
            "ไฟล์ไม่ได้บันทึกเป็น UTF-8 กรุณาบันทึกใหม่ด้วยการเข้ารหัส UTF-8",
        )]
    return parse_yaml(text, relpath)
