"""What a value in a data file is typed as: the parsers of the model field it lands in.

Some checks treat fields by meaning, not by name: a juristic tax ID is allowed in a field typed as a
tax ID, a phone number is expected in a field typed as a phone number. Value types are built with
``as_validator(parse)`` (``generator.models.base``), which records ``parse``; following a data
path (``items[3].details.objectives[0]``) through the model's annotations finds those parsers.
New models need no registration: a field declared with a type is recognised by the type.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from generator.diagnostics import FieldPath


def parsers_at(model: type[BaseModel], path: FieldPath) -> frozenset[Callable[..., Any]]:
    """Parsers typing the value at ``path`` of a file read by ``model`` (empty when unknown)."""
    # list positions do not change the type: one lookup serves every row of a 12,000-row file
    return _parsers_at(model, tuple(0 if isinstance(part, int) else part for part in path))


@functools.lru_cache(maxsize=4096)
def _parsers_at(model: type[BaseModel], path: FieldPath) -> frozenset[Callable[..., Any]]:
    current: list[Any] = [model]
    for part in path:
        current = [inner for annotation in current for inner in _step(annotation, part)]
        if not current:
            return frozenset()
    return frozenset(parser for annotation in current for parser in _parsers(annotation))


def _alternatives(annotation: Any) -> list[Any]:
    """``A | None`` → [A, None]; ``Annotated[A, …]`` stays whole (its metadata is what we look for)."""
    if typing.get_origin(annotation) in {typing.Union, types.UnionType}:
        return [alt for arg in typing.get_args(annotation) for alt in _alternatives(arg)]
    return [annotation]


def _base(annotation: Any) -> Any:
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is typing.Annotated else annotation


def _step(annotation: Any, part: str | int) -> list[Any]:
    """The annotations one path part further in: a field of a record, an item of a list or mapping."""
    found = []
    for alternative in _alternatives(annotation):
        base = _base(alternative)
        origin, args = typing.get_origin(base), typing.get_args(base)
        if isinstance(base, type) and issubclass(base, BaseModel) and isinstance(part, str):
            for name, info in base.model_fields.items():
                if part in (name, info.alias):
                    found.append(typing.Annotated[(info.annotation, *info.metadata)] if info.metadata
                                 else info.annotation)
        elif origin in {list, tuple, set, frozenset} and isinstance(part, int) and args:
            found.append(args[0])
        elif origin is dict and len(args) == 2:
            found.append(args[1])
    return found


def _parsers(annotation: Any) -> list[Callable[..., Any]]:
    found = []
    for alternative in _alternatives(annotation):
        if typing.get_origin(alternative) is not typing.Annotated:
            continue
        for meta in typing.get_args(alternative)[1:]:
            parser = getattr(getattr(meta, "func", None), "parser", None)
            if parser is not None:
                found.append(parser)
    return found
