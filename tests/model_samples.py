"""Valid records of any content model with one chosen text in every free-text field.

Used to push hostile text through every field of every data kind without writing a fixture per
kind: the model's own annotations say what each field needs. Text fields (those that accept the
text as it is) get the text; other fields get the first value their type accepts from a short list
of typical ones (a year, a date, an amount, a link, a file in content/…), or a value their JSON
Schema enumerates. A kind whose records cannot be built this way fails loudly, naming the field.
"""

from __future__ import annotations

import contextlib
import itertools
import types
import typing
from enum import Enum
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.values.paths import parse_content_path

SAMPLE_FILE = "files/sample.pdf"
"""Every path field points here; the caller creates it (a real PDF) under content/."""

CANDIDATES: tuple[Any, ...] = (
    "1", "2568", "2024-10-01", "1,000", "1.1", "https://example.org/page", "0 5300 0000",
    "saraban@example.org", "O1", "IIT", "green", "10", "ดี", True,
)


class SampleError(Exception):
    """No value found for a field: extend ``CANDIDATES`` or the model's JSON Schema."""


def record(model: type[BaseModel], text: str, depth: int = 0) -> dict[str, Any]:
    """Raw data (as a parsed file gives it) for ``model``, ``text`` in every text field.

    A record whose validator wants fields together (``amount`` or ``value``; a total or a flag)
    gets optional fields added one at a time until it validates. Recursive records (a unit and its
    sub-units) stop growing after a few levels.
    """
    data: dict[str, Any] = {}
    optional = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        annotation = _field_annotation(info)
        if info.is_required() or (depth < MAX_DEPTH and _holds_text(annotation)):
            data[key] = value(annotation, text, f"{model.__name__}.{key}", depth)
        else:
            optional.append((key, annotation))
    return _repaired(model, data, optional, text, depth)


MAX_DEPTH = 3


def _repaired(model: type[BaseModel], data: dict[str, Any], optional: list[tuple[str, Any]], text: str,
              depth: int) -> dict[str, Any]:
    """The smallest change (adding optional fields, else also dropping some) that validates."""
    if _valid(model, data):
        return data
    additions = {}
    for key, annotation in optional:
        with contextlib.suppress(SampleError):
            additions[key] = value(annotation, text, f"{model.__name__}.{key}", depth)
    required = {info.alias or name for name, info in model.model_fields.items() if info.is_required()}
    changes = [("add", key) for key in additions] + [("drop", key) for key in data if key not in required]
    for size in (1, 2, 3):
        for combination in itertools.combinations(changes, size):
            candidate = dict(data)
            for change, key in combination:
                if change == "add":
                    candidate[key] = additions[key]
                else:
                    candidate.pop(key, None)
            if _valid(model, candidate):
                return candidate
    return data


def _valid(model: type[BaseModel], data: dict[str, Any]) -> bool:
    return _errors(model, data) == 0


def _errors(model: type[BaseModel], data: dict[str, Any]) -> int:
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return exc.error_count()
    return 0


def value(annotation: Any, text: str, where: str, depth: int = 0) -> Any:
    """A raw value for ``annotation``: ``text`` where it is text, a typical valid value otherwise."""
    for alternative in _alternatives(annotation):
        base = _base(alternative)
        origin, args = typing.get_origin(base), typing.get_args(base)
        if isinstance(base, type) and issubclass(base, BaseModel):
            return record(base, text, depth + 1)
        if origin in {list, tuple, set, frozenset} and args:
            return [value(args[0], text, f"{where}[0]", depth)]
        if origin is dict and len(args) == 2:
            return {_scalar(args[0], where + ".<key>"): value(args[1], text, f"{where}.<value>", depth)}
        if _is_text(alternative, text):
            return text
    return _scalar(annotation, where)


def _holds_text(annotation: Any) -> bool:
    """Whether a field is text or contains text somewhere (records and lists of them)."""
    return _holds_text_cached(annotation) if _hashable(annotation) else False


def _hashable(annotation: Any) -> bool:
    try:
        hash(annotation)
    except TypeError:
        return False
    return True


_VISITING: set[Any] = set()


@cache
def _holds_text_cached(annotation: Any) -> bool:
    if annotation in _VISITING:  # a recursive record: its text fields are found at the first level
        return False
    _VISITING.add(annotation)
    try:
        return _holds_text_uncached(annotation)
    finally:
        _VISITING.discard(annotation)


def _holds_text_uncached(annotation: Any) -> bool:
    for alternative in _alternatives(annotation):
        base = _base(alternative)
        origin, args = typing.get_origin(base), typing.get_args(base)
        if isinstance(base, type) and issubclass(base, BaseModel):
            if any(_holds_text(_field_annotation(info)) for info in base.model_fields.values()):
                return True
        elif origin in {list, tuple, set, frozenset, dict} and args:
            if _holds_text(args[-1]):
                return True
        elif _is_text(alternative, "x <b> y"):
            return True
    return False


def _field_annotation(info: Any) -> Any:
    return typing.Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation


def _alternatives(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in {typing.Union, types.UnionType}:
        return [a for arg in typing.get_args(annotation) if arg is not type(None) for a in _alternatives(arg)]
    return [annotation]


def _base(annotation: Any) -> Any:
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is typing.Annotated else annotation


def _is_text(annotation: Any, text: str) -> bool:
    """Text fields accept any text and keep it: a path, a link or a code does not."""
    if _parsers(annotation) & {parse_content_path}:
        return False
    try:
        result = TypeAdapter(annotation).validate_python(text)
    except (ValidationError, TypeError, ValueError):
        return False
    return isinstance(result, str) and not isinstance(result, Enum) and result.strip() == text.strip()


def _parsers(annotation: Any) -> set[Any]:
    if typing.get_origin(annotation) is not typing.Annotated:
        return set()
    return {getattr(getattr(meta, "func", None), "parser", None) for meta in typing.get_args(annotation)[1:]}


def _scalar(annotation: Any, where: str) -> Any:
    if _parsers(annotation) & {parse_content_path}:
        return SAMPLE_FILE
    adapter = TypeAdapter(annotation)
    try:
        enum = adapter.json_schema().get("enum", [])
    except Exception:  # a schema is only a hint here
        enum = []
    base = _base(_alternatives(annotation)[0])
    if isinstance(base, type) and issubclass(base, Enum):
        enum = [member.value for member in base]
    if typing.get_origin(base) is typing.Literal:
        enum = list(typing.get_args(base))
    for candidate in (*enum, *CANDIDATES):
        try:
            adapter.validate_python(candidate)
        except (ValidationError, TypeError, ValueError):
            continue
        return candidate
    raise SampleError(f"no sample value for {where} ({annotation!r})")
