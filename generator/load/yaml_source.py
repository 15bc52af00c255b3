"""Read one YAML file into plain Python values plus the position of every value.

libyaml (``CSafeLoader``) turns the text into a stream of events with line/column marks; we build
the values from the events ourselves, iteratively, so that we can (a) remember where each value
came from, (b) reject duplicate keys, which PyYAML silently overwrites, (c) refuse aliases at the
alias itself: no node graph is ever built, so an alias bomb ("billion laughs") costs nothing,
(d) cap the nesting depth: libyaml's composer recurses in C, and a 60 kB file of ``[`` crashes the
interpreter with a segmentation fault, (e) keep numbers as the text the webmaster wrote:
``10000.50`` must reach the money parser as text, not as a float, and ``053056563`` must not become
an octal integer, and (f) refuse every explicit tag (``!!binary``, ``!!str``, ``!foo``,
``!!python/name:…``) at the tag itself: data never needs one, and a tag that a safe loader drops
or reinterprets would silently change or empty a value (a required title must never become empty).
An empty file (nothing but comments or spaces) is named as such, not as missing fields.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, FieldPath, Position, error, format_path

try:  # libyaml is ~7x faster; fall back to the pure-Python parser where it is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
"""Deepest nesting of blocks and lists accepted; real data files stay below ten."""
_STANDARD_TAG = "tag:yaml.org,2002:"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_PLAIN_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_PLAIN_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


@dataclass
class SourceFile:
    """A parsed data file: its value and where each value (by field path) starts."""

    path: str
    data: Any
    positions: MutableMapping[FieldPath, Position] = field(default_factory=dict)
    """Where each value starts; a table's are worked out when asked (``load.row_positions``)."""
    key_positions: dict[FieldPath, Position] = field(default_factory=dict)
    """Where the key of each mapping entry is written (an unknown key is reported there)."""

    def position_of(self, path: FieldPath) -> Position:
        """Position of the deepest existing prefix of ``path`` (a missing field points at its parent)."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(tuple(path[:end]))
            if found is not None:
                return found
        return Position(self.path, 1, 1)


class _TooDeep(Exception):
    """Raised by the builder to stop reading a file nested beyond ``MAX_DEPTH``."""

    def __init__(self, mark: Any) -> None:
        super().__init__("too deep")
        self.mark = mark


_NO_KEY = object()   # a mapping waiting for its next key
_DROP = object()     # a mapping whose next value belongs to a refused key


@dataclass
class _Frame:
    """A mapping or list being filled, and (for a mapping) the key its next value goes under."""

    value: dict[Any, Any] | list[Any]
    path: FieldPath
    key: Any = _NO_KEY


class _Builder:
    """Builds values and positions from parser events, refusing what safe data never needs."""

    def __init__(self, relpath: str) -> None:
        self.relpath = relpath
        self.positions: dict[FieldPath, Position] = {}
        self.key_positions: dict[FieldPath, Position] = {}
        self.errors: list[Diagnostic] = []
        self.root: Any = None
        self._stack: list[_Frame] = []
        self._skipping = 0  # depth inside a refused subtree (a list or block used as a key)

    def _pos(self, mark: Any) -> Position:
        return Position(self.relpath, mark.line + 1, mark.column + 1)

    def feed(self, events: Iterable[yaml.Event]) -> None:
        for event in events:
            if self._skipping:
                if isinstance(event, yaml.CollectionStartEvent):
                    self._skipping += 1
                elif isinstance(event, yaml.CollectionEndEvent):
                    self._skipping -= 1
            elif isinstance(event, yaml.ScalarEvent | yaml.AliasEvent | yaml.CollectionStartEvent):
                self._node(event)
            elif isinstance(event, yaml.CollectionEndEvent):
                self._stack.pop()

    def _node(self, event: yaml.Event) -> None:
        parent = self._stack[-1] if self._stack else None
        if getattr(event, "tag", None) is not None:
            self._refuse_tag(event, parent)
        if isinstance(parent, _Frame) and isinstance(parent.value, dict):
            if parent.key is _NO_KEY:
                self._key(parent, event)
                return
            if parent.key is _DROP:
                parent.key = _NO_KEY
                self._skip(event)
                return
            path = (*parent.path, parent.key)
        elif parent is not None:
            path = (*parent.path, len(parent.value))
        else:
            path = ()
        self._value(parent, path, event)
        if parent is not None and isinstance(parent.value, dict):
            parent.key = _NO_KEY

    def _value(self, parent: _Frame | None, path: FieldPath, event: yaml.Event) -> None:
        self.positions[path] = self._pos(event.start_mark)
        value: Any
        if isinstance(event, yaml.AliasEvent):
            self.errors.append(error(
                "yaml-alias", self._pos(event.start_mark), format_path(path),
                "YAML anchors and aliases (&, *) are not allowed; write the value out",
                "ไม่อนุญาตให้ใช้ anchor/alias ของ YAML (& และ *) กรุณาเขียนค่าให้ครบ",
            ))
            value = None
        elif isinstance(event, yaml.ScalarEvent):
            value = _scalar(event)
        else:
            if len(self._stack) >= MAX_DEPTH:
                raise _TooDeep(event.start_mark)
            value = {} if isinstance(event, yaml.MappingStartEvent) else []
            self._stack.append(_Frame(value, path))
        if parent is None:
            self.root = value
        elif isinstance(parent.value, dict):
            parent.value[parent.key] = value
        else:
            parent.value.append(value)

    def _key(self, parent: _Frame, event: yaml.Event) -> None:
        """A mapping key: plain text, new in its block; anything else is refused with its value."""
        where, path = self._pos(event.start_mark), format_path(parent.path)
        if isinstance(event, yaml.ScalarEvent) and event.value == "<<" \
                and (event.implicit[0] or event.tag == "tag:yaml.org,2002:merge"):
            problem = error("yaml-alias", where, path, "YAML merge keys (<<) are not allowed",
                            "ไม่อนุญาตให้ใช้ merge key (<<) ของ YAML")
        elif isinstance(event, yaml.ScalarEvent) and event.value in parent.value:
            key = event.value
            problem = error("duplicate-key", where, format_path((*parent.path, key)),
                            f"key '{key}' appears twice in the same block", f"คีย์ '{key}' ซ้ำกันในบล็อกเดียวกัน")
        elif isinstance(event, yaml.ScalarEvent):
            parent.key = event.value
            self.key_positions[(*parent.path, event.value)] = where
            return
        elif isinstance(event, yaml.AliasEvent):
            problem = error("yaml-alias", where, path,
                            "YAML anchors and aliases (&, *) are not allowed; write the value out",
                            "ไม่อนุญาตให้ใช้ anchor/alias ของ YAML (& และ *) กรุณาเขียนค่าให้ครบ")
        else:
            problem = error("yaml-complex-key", where, path, "a key must be plain text",
                            "ชื่อคีย์ต้องเป็นข้อความธรรมดา")
            self._skip(event)
        self.errors.append(problem)
        parent.key = _DROP

    def _refuse_tag(self, event: yaml.Event, parent: _Frame | None) -> None:
        """An explicit tag, on a key or a value: refused where it is written."""
        if parent is None:
            path: FieldPath = ()
        elif isinstance(parent.value, list):
            path = (*parent.path, len(parent.value))
        elif parent.key is _NO_KEY:  # the tag is on a key: name the key
            path = (*parent.path, event.value) if isinstance(event, yaml.ScalarEvent) else parent.path
        else:
            path = parent.path if parent.key is _DROP else (*parent.path, parent.key)
        tag = str(getattr(event, "tag", ""))
        shown = "!!" + tag.removeprefix(_STANDARD_TAG) if tag.startswith(_STANDARD_TAG) else tag
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        self.errors.append(error(
            "yaml-tag", self._pos(event.start_mark), format_path(path),
            f"the YAML tag {shown} is not allowed; remove the tag and write the value as plain text",
            f"ไม่อนุญาตให้ใช้แท็กของ YAML ({shown}) ให้ลบแท็กออกแล้วเขียนค่าเป็นข้อความธรรมดา",
        ))

    def _skip(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.CollectionStartEvent):
            self._skipping = 1


def _scalar(event: yaml.ScalarEvent) -> Any:
    """Null and booleans become Python values; everything else stays the text as written.

    Booleans follow YAML 1.2, as editors do: only true/false. ``yes``, ``no``, ``on``, ``off``
    stay text (YAML 1.1 would turn an answer "no" or a key ``no:`` into False).
    """
    value = event.value
    if event.tag is None or event.tag == "!":
        if not event.implicit[0]:  # quoted: always text
            return value
        if value in _PLAIN_NULLS:
            return None
        return _PLAIN_BOOLS.get(value, value)
    if event.tag == _NULL:
        return None
    if event.tag == _BOOL and value.lower() in {"true", "false"}:
        return value.lower() == "true"
    return value


def _syntax_error(relpath: str, exc: yaml.MarkedYAMLError) -> Diagnostic:
    """Positioned where libyaml noticed the problem, naming where the unfinished part began."""
    mark, problem = exc.problem_mark or exc.context_mark, exc.problem or "invalid YAML"
    position = Position(relpath, mark.line + 1, mark.column + 1) if mark else Position(relpath)
    started_en = started_th = ""
    if exc.context and exc.context_mark and exc.problem_mark and mark and exc.context_mark.line != mark.line:
        line, column = exc.context_mark.line + 1, exc.context_mark.column + 1
        started_en = f" ({exc.context} started at line {line}, column {column})"
        started_th = f" (ส่วนที่เริ่มที่บรรทัด {line} คอลัมน์ {column})"
    return error(
        "yaml-syntax", position, "", f"YAML syntax error: {problem}{started_en}",
        f"รูปแบบ YAML ไม่ถูกต้อง ({problem}){started_th} ตรวจสอบการเยื้องบรรทัด เครื่องหมาย : "
        "และเครื่องหมายคำพูด",
    )


def _one_document(events: Iterable[yaml.Event]) -> Iterable[yaml.Event]:
    """The events of the stream, stopping with a syntax error at a second document."""
    documents = 0
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise yaml.MarkedYAMLError(problem="expected a single document in the stream, but found "
                                           "another document", problem_mark=event.start_mark)  # type: ignore[arg-type]  # libyaml's Mark
        yield event


def parse_yaml(text: str, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Parse YAML text; returns ``None`` and errors when the file cannot be read at all."""
    builder = _Builder(relpath)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the values built are acyclic; pausing the collector halves load time
    try:
        builder.feed(_one_document(yaml.parse(text, Loader=_Loader)))
    except _TooDeep as exc:
        return None, [error(
            "yaml-too-deep", builder._pos(exc.mark), "",
            f"blocks and lists are nested more than {MAX_DEPTH} levels deep",
            f"ข้อมูลซ้อนกันลึกเกิน {MAX_DEPTH} ชั้น",
        )]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_error(relpath, exc)]
    except yaml.YAMLError as exc:
        return None, [error("yaml-syntax", Position(relpath, 1, 1), "", f"YAML error: {exc}",
                            "อ่านไฟล์ YAML ไม่ได้")]
    finally:
        if gc_was_enabled:
            gc.enable()
    builder.positions.setdefault((), Position(relpath, 1, 1))
    return SourceFile(relpath, builder.root, builder.positions, builder.key_positions), builder.errors


def empty_file(relpath: str) -> Diagnostic:
    """A data file with no data at all: said so, rather than as every required field missing."""
    return error("empty-file", Position(relpath, 1, 1), "",
                 "the file is empty (no data: nothing but spaces or comments): write its data, "
                 "or delete the file",
                 "ไฟล์ว่างเปล่า (ไม่มีข้อมูล มีแต่ช่องว่างหรือหมายเหตุ) ให้ใส่ข้อมูล หรือลบไฟล์นี้")


def read_yaml_file(path: Path, relpath: str, max_bytes: int = DEFAULT_MAX_BYTES,
                   ) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Read and parse a YAML file, refusing oversize and non-UTF-8 files with a clear error."""
    with path.open("rb") as handle:
        raw = handle.read(max_bytes + 1)  # never more than the limit, whatever the file claims
    if len(raw) > max_bytes:
        size = max(path.stat().st_size, len(raw))
        return None, [error(
            "file-too-large", Position(relpath), "",
            f"file is {size:,} bytes; the limit is {max_bytes:,} bytes (put bulk records in CSV)",
            f"ไฟล์มีขนาด {size:,} ไบต์ เกินขีดจำกัด {max_bytes:,} ไบต์ (ข้อมูลจำนวนมากให้ใช้ไฟล์ CSV)",
        )]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [error(
            "not-utf8", Position(relpath, line, 1), "", "file is not UTF-8 text; save it as UTF-8",
            "ไฟล์ไม่ได้บันทึกเป็น UTF-8 กรุณาบันทึกใหม่ด้วยการเข้ารหัส UTF-8",
        )]
    source, problems = parse_yaml(text, relpath)
    if source is not None and not problems and source.data is None:
        return None, [empty_file(relpath)]
    return source, problems
