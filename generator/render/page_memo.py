"""Rendered pages kept between builds, keyed by everything a page is made from (issue 16).

A page's Markdown is ``template.render(context)``: a pure function of the template (and the code
and library versions: ``code_fingerprint``), its context and the environment's globals (the
published attachments). Its key hashes all of them, the context as a *typed* walk of its values —
``Markup("<b>")`` and ``"<b>"``, a date and its ISO text, an enum and its value all differ, as they
render differently — so an unchanged month's page is read back instead of rendered again when
another month was edited. A value of a type the walk does not know makes the page unkeyable: it is
rendered, never guessed at. A fiscal year's procurement open data is kept the same way
(``render.year_data``). Entries live in ``build/.cache/pages/`` (the generator's own tree, never
published), one file per key; entries this build did not use are removed at its end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from pydantic import BaseModel

from generator.load.cache import DigestStore
from generator.load.fingerprint import code_fingerprint

_PLAIN = frozenset({int, float, bool, Decimal, dt.date, dt.datetime, type(None)})
"""Types whose ``repr`` is exact and tells them apart (``True`` and ``1`` differ by their type's name)."""


class Unkeyable(Exception):
    """A context holds a value the walk cannot describe exactly: render the page."""


class _Category(enum.Enum):
    TEXT, PLAIN, DATACLASS, MODEL, SEQUENCE, MAPPING, SET, ENUM, UNKNOWN = range(9)


_CONTAINERS: dict[type, _Category] = {list: _Category.SEQUENCE, tuple: _Category.SEQUENCE,
                                      dict: _Category.MAPPING, set: _Category.SET, frozenset: _Category.SET}


@functools.cache
def _category(kind: type) -> _Category:
    """How a value of ``kind`` is walked; exact container types only (a named tuple, a dict
    subclass may behave otherwise)."""
    if issubclass(kind, str):
        return _Category.TEXT
    if kind in _PLAIN:
        return _Category.PLAIN
    if issubclass(kind, BaseModel):
        return _Category.MODEL
    if dataclasses.is_dataclass(kind):
        return _Category.DATACLASS
    if issubclass(kind, enum.Enum):
        return _Category.ENUM
    return _CONTAINERS.get(kind, _Category.UNKNOWN)


@functools.cache
def _type_name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    """A model's or dataclass's fields: all it holds (models forbid extra keys)."""
    if issubclass(kind, BaseModel):
        return tuple(kind.model_fields)
    return tuple(field.name for field in dataclasses.fields(cast(Any, kind)))


class Fingerprints:
    """Typed digests of context values; a model is walked once per build (the parts of a long
    month's pages share its records)."""

    def __init__(self) -> None:
        self._models: dict[int, tuple[BaseModel, str]] = {}  # the model is kept: its id stays its own

    def know(self, model: BaseModel, origin: str) -> None:
        """``model`` is determined whole by ``origin`` (``Loaded.origin``): the file's bytes and
        the code that loaded it. Its fingerprint is that, without walking its records."""
        self._models[id(model)] = (model, _hash(["origin", origin]))

    def of(self, value: object) -> str:
        tokens: list[str] = []
        self._walk(value, tokens)
        return _hash(tokens)

    def _walk(self, value: Any, out: list[str]) -> None:
        kind: type = type(value)
        category = _category(kind)
        if category is _Category.TEXT:  # str, Markup, a StrEnum: the type is part of the token
            out.append(f"{_type_name(kind)}:{len(value)}:{value}")
        elif category is _Category.PLAIN:
            out.append(f"{kind.__name__}:{value!r}")
        elif category is _Category.DATACLASS:
            out.append(_type_name(kind) + "(")
            for field in _field_names(kind):
                self._walk(getattr(value, field), out)
            out.append(")")
        elif category is _Category.MODEL:
            out.append(f"{_type_name(kind)}@{self._model(value)}")
        elif category is _Category.SEQUENCE:
            out.append(f"{kind.__name__}[{len(value)}")
            for item in value:
                self._walk(item, out)
        elif category is _Category.MAPPING:
            out.append(f"dict{{{len(value)}")
            for key, item in value.items():
                self._walk(key, out)
                self._walk(item, out)
        elif category is _Category.SET:
            out.append(f"{kind.__name__}{{{len(value)}:" + ",".join(sorted(self.of(item) for item in value)))
        elif category is _Category.ENUM:
            out.append(f"{_type_name(kind)}.{value.name}")
        else:
            raise Unkeyable(_type_name(kind))

    def _model(self, value: BaseModel) -> str:
        known = self._models.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if value.__pydantic_private__ or value.__pydantic_extra__:
            raise Unkeyable(_type_name(type(value)))
        tokens: list[str] = []
        for field in _field_names(type(value)):
            self._walk(getattr(value, field), tokens)
        digest = _hash(tokens)
        self._models[id(value)] = (value, digest)
        return digest


def _hash(tokens: list[str]) -> str:
    return hashlib.sha256("\0".join(tokens).encode("utf-8", "surrogatepass")).hexdigest()


class PageMemo(DigestStore):
    """Rendered pages, and each fiscal year's open data (``render.year_data``), by key; a page's
    ``globals_key``: what the environment's globals depend on besides the code (the published
    attachments' names, types and digests)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.fingerprints = Fingerprints()

    def key(self, template: str, context: dict[str, Any], globals_key: str) -> str | None:
        try:
            return _hash([code_fingerprint(), template, globals_key, self.fingerprints.of(context)])
        except Unkeyable:
            return None

    def get(self, key: str) -> str | None:
        text: str | None = self.read(key, lambda value: isinstance(value, str))
        return text

    def get_files(self, key: str) -> dict[str, bytes] | None:
        files: dict[str, bytes] | None = self.read(key, lambda value: isinstance(value, dict))
        return files
