"""Validate one parsed file against its model, turning every pydantic error into a diagnostic."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.diagnostics import Diagnostic, FieldPath, error, format_path
from generator.load.yaml_source import SourceFile

M = TypeVar("M", bound=BaseModel)

_WRONG_TYPE = {"string_type", "int_type", "int_parsing", "list_type", "dict_type", "model_type",
               "bool_type", "bool_parsing", "model_attributes_type", "float_parsing", "is_instance_of"}
_TYPE_TH = {"string_type": "ข้อความ", "int_type": "จำนวนเต็ม", "int_parsing": "จำนวนเต็ม",
            "list_type": "รายการ (list)", "dict_type": "กลุ่มข้อมูล (key: value)",
            "model_type": "กลุ่มข้อมูล (key: value)", "model_attributes_type": "กลุ่มข้อมูล (key: value)",
            "bool_type": "true หรือ false", "bool_parsing": "true หรือ false"}


def validate(source: SourceFile, model: type[M]) -> tuple[M | None, list[Diagnostic]]:
    """Validate a parsed file; on failure return every error, positioned."""
    data = source.data if source.data is not None else {}
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_diagnostic(source, model, err) for err in exc.errors()]


def _data_path(data: Any, loc: tuple[Any, ...]) -> FieldPath:
    """Keep only the parts of a pydantic location that index into the data (drops union tags)."""
    path: list[str | int] = []
    current = data
    for part in loc:
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and not part.startswith(("[", "function")):
            path.append(part)  # a missing key: still worth naming
            current = None
    return tuple(path)


def _diagnostic(source: SourceFile, model: type[BaseModel], err: Any) -> Diagnostic:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    path = _data_path(source.data, tuple(err["loc"]) + tuple(ctx.get("subpath", ())))
    field = format_path(path)
    name = str(path[-1]) if path else ""
    if kind == "missing":
        return error("missing-field", source.position_of(path), field,
                     f"required field '{name}' is missing", f"ขาดข้อมูลที่จำเป็น '{name}'")
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, path[:-1])
        hint = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        en = f"unknown key '{name}'" + (f"; did you mean '{hint[0]}'?" if hint else "")
        th = f"ไม่รู้จักคีย์ '{name}'" + (f" หมายถึง '{hint[0]}' หรือไม่" if hint else "")
        where = source.key_positions.get(path) or source.position_of(path)
        return error("unknown-key", where, field, en, th,
                     suggestion=hint[0] if hint else None)
    if "th" in ctx:
        return error(kind, source.position_of(path), field, ctx["en"], ctx["th"])
    if kind in _WRONG_TYPE:
        expected = _TYPE_TH.get(kind, "ชนิดข้อมูลที่ถูกต้อง")
        return error("wrong-type", source.position_of(path), field, err["msg"],
                     f"ชนิดข้อมูลไม่ถูกต้อง ต้องเป็น{expected}")
    if kind in {"literal_error", "enum"}:
        return error("bad-choice", source.position_of(path), field, err["msg"],
                     f"ค่าไม่อยู่ในตัวเลือกที่กำหนด ({ctx.get('expected', '')})")
    if kind == "value_error":
        return error("inconsistent", source.position_of(path), field, str(ctx.get("error", err["msg"])),
                     "ข้อมูลขัดแย้งกัน: " + str(ctx.get("error", err["msg"])))
    return error("bad-value", source.position_of(path), field, err["msg"], "ค่าไม่ถูกต้อง: " + err["msg"])


def _allowed_keys(model: type[BaseModel], parent: FieldPath) -> list[str]:
    """Field names of the record at ``parent`` (for "did you mean" hints)."""
    current: Any = model
    for part in parent:
        if isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel) and part in _fields(current):
            current = _inner_model(_fields(current)[part].annotation)
        elif current is not None and not (isinstance(current, type) and issubclass(current, BaseModel)):
            continue  # a dict key
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(_fields(current))
    return []


def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """A record's fields by the key written in files (the alias, where a field has one)."""
    return {info.alias or name: info for name, info in model.model_fields.items()}


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in {typing.Union, types.UnionType, list, dict, typing.Annotated}:
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None
