"""Files that data points to inside ``content/`` (portraits, the organisation chart, the plan PDF).

The models already refuse absolute paths and ``..``; here, with the agency directory at hand, each
file must exist, stay inside ``content/`` after symlinks are followed, fit the size limit and be
what its field expects by its *content* (a PNG starts with the PNG signature, a PDF with ``%PDF``).
An SVG must also be inert: opened on its own it runs in the site's origin, so it is checked against
an allowlist of drawing elements and attributes and published rebuilt from it; a PDF must not hold
active content and should carry text (``pdf-no-text``); no file may also be a web page
(``inspect_content``).
"""

from __future__ import annotations

import functools
import io
import re
import stat
import typing
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.checks.paths import position
from generator.checks.pdf_content import Finding, inspect_pdf, polyglot
from generator.checks.pdf_text import text_findings
from generator.checks.svg_allowlist import sanitise_svg
from generator.diagnostics import Diagnostic, FieldPath, Position, error, format_path, warning
from generator.load.agency import CONTENT_DIR, Agency, Loaded
from generator.models.base import IMAGE_TYPES, PDF_TYPES, PublishedFile
from generator.values.file_kinds import FILE_KINDS

IMAGE, PDF = IMAGE_TYPES, PDF_TYPES
_SVG_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+svg[^>\[]*(?:\[.*?\])?\s*>\s*)?(?:<!--.*?-->\s*)*<svg[\s>]",
    re.DOTALL | re.IGNORECASE,
)
_OFFICE = {kind.key: kind.office_part for kind in FILE_KINDS.values() if kind.office_part}


@dataclass(frozen=True)
class FileRef:
    """A file named by a field of a loaded data file."""

    loaded: Loaded[Any]
    field: FieldPath
    path: str
    """Relative to content/."""
    types: tuple[str, ...]


def file_refs(agency: Agency) -> list[FileRef]:
    """Every content file that data of any kind points to, found by the field's type
    (``ImagePath``, ``PdfPath``: a ``PublishedFile`` mark), not listed per kind."""
    return [FileRef(loaded, path, value, types) for loaded in agency.all_loaded()
            for path, value, types in _published_files(loaded.model, ())]


def _published_files(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str, tuple[str, ...]]]:
    """(field path, file, its types) for every marked field of a record, nested records included.
    Fields whose type can hold no marked field (``_file_fields``) are not walked: 12,000
    procurement records hold no file, and walking each of their values cost seconds."""
    if isinstance(value, BaseModel):
        for name, types in _file_fields(type(value)):
            child = getattr(value, name)
            if types and isinstance(child, str):
                yield (*path, name), child, types
            else:
                yield from _published_files(child, (*path, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _published_files(item, (*path, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _published_files(item, (*path, str(key)))


_WALKING: set[type[BaseModel]] = set()


@functools.cache
def _file_fields(model: type[BaseModel]) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """The fields of a model that are marked (with their types) or whose type may hold a marked
    field; a model being worked out (a recursive type) counts as one that may."""
    _WALKING.add(model)
    try:
        fields = ((name, _marked_types(info.annotation, info.metadata), info.annotation)
                  for name, info in model.model_fields.items())
        return tuple((name, types) for name, types, annotation in fields
                     if types or _may_hold_files(annotation))
    finally:
        _WALKING.discard(model)


def _may_hold_files(annotation: Any) -> bool:
    """False only for a type ``_published_files`` would find nothing in: a class other than a
    model or a container (it is not walked into), a model without such fields, a container or
    union of those. ``Any``, a bare container and anything unknown may hold files."""
    if isinstance(annotation, type) and not typing.get_args(annotation):
        if issubclass(annotation, BaseModel):
            return annotation in _WALKING or bool(_file_fields(annotation))
        return issubclass(annotation, list | tuple | dict) or annotation is object
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _may_hold_files(args[0])
    if origin is typing.Literal:
        return False
    return not args or any(_may_hold_files(arg) for arg in args if arg is not Ellipsis)


def _marked_types(annotation: Any, metadata: list[Any]) -> tuple[str, ...] | None:
    """The file types of a ``PublishedFile`` mark on a field, in ``X | None`` or ``Annotated`` too."""
    for mark in metadata:
        if isinstance(mark, PublishedFile):
            return mark.types
    if typing.get_origin(annotation) is typing.Annotated:
        return _marked_types(typing.get_args(annotation)[0], list(annotation.__metadata__))
    for member in typing.get_args(annotation):
        if (types := _marked_types(member, [])) is not None:
            return types
    return None


def check(agency: Agency) -> Iterator[Diagnostic]:
    limit = agency.config.site.max_attachment_mb * 1024 * 1024
    for ref in file_refs(agency):
        yield from check_file(agency.root, ref, limit)


def sniff(head: bytes) -> str | None:
    """The file type by its first bytes: png, jpeg, pdf, svg, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if _SVG_START.match(head.removeprefix(b"\xef\xbb\xbf")):
        return "svg"
    return None


def content_kind(data: bytes) -> str | None:
    """The file type by its content: ``sniff`` plus Office files (a zip holding the main part) and
    UTF-8 text (CSV, TXT: decodable, no NUL bytes)."""
    if found := sniff(data[:4096]):
        return found
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return None
        return next((kind for kind, part in _OFFICE.items() if part in names), None)
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text"


def check_file(root: Path, ref: FileRef, max_bytes: int) -> Iterable[Diagnostic]:
    where, field = position(ref.loaded.source, ref.field), format_path(ref.field)
    try:
        return _check_file(root, ref, max_bytes, where, field)
    except (OSError, RuntimeError) as exc:  # unreadable, or a symbolic link loop
        reason = getattr(exc, "strerror", None) or str(exc)
        return [error("unreadable-file", where, field, f"content/{ref.path} cannot be read: {reason}",
                      f"อ่านไฟล์ content/{ref.path} ไม่ได้ ({reason})")]


def _check_file(root: Path, ref: FileRef, max_bytes: int, where: Position, field: str) -> list[Diagnostic]:
    content = (root / CONTENT_DIR).resolve()
    target = root / CONTENT_DIR / ref.path
    if not target.resolve().is_relative_to(content):
        return [error("path-outside-content", where, field,
                      f"content/{ref.path} leads outside content/ (a symbolic link)",
                      f"content/{ref.path} ชี้ออกไปนอกโฟลเดอร์ content/ (symbolic link)")]
    if not target.exists():
        return [error("missing-attachment", where, field, f"content/{ref.path} does not exist",
                      f"ไม่พบไฟล์ content/{ref.path}")]
    if not stat.S_ISREG(target.stat().st_mode):
        return [error("special-file", where, field,
                      f"content/{ref.path} is a folder, device or pipe, not a regular file",
                      f"content/{ref.path} เป็นโฟลเดอร์ อุปกรณ์ หรือ pipe ไม่ใช่ไฟล์ปกติ")]
    size = target.stat().st_size
    if size > max_bytes:
        return [error("file-too-large", where, field,
                      f"content/{ref.path} is {size:,} bytes; the limit is {max_bytes:,} "
                      "(site.max_attachment_mb)",
                      f"ไฟล์ content/{ref.path} มีขนาด {size:,} ไบต์ เกินขีดจำกัด {max_bytes:,} ไบต์")]
    data = target.read_bytes()
    found = content_kind(data)
    if found not in ref.types:
        expected = " / ".join(FILE_KINDS[t].described for t in ref.types)
        return [error("bad-file-type", where, field,
                      f"content/{ref.path} is not a {expected} file (checked by its content)",
                      f"ไฟล์ content/{ref.path} ไม่ใช่ไฟล์ {expected} (ตรวจจากเนื้อหาไฟล์)")]
    return [(error if finding.severity == "error" else warning)(
                finding.code, where, field, f"content/{ref.path}: {finding.en}",
                f"ไฟล์ content/{ref.path}: {finding.th}")
            for finding in inspect_content(found, data)]


def inspect_content(kind: str, data: bytes) -> list[Finding]:
    """What a file of a published type may not hold: SVG by allowlist, active PDF content,
    polyglots (``generator/checks/svg_allowlist.py``, ``generator/checks/pdf_content.py``)."""
    if kind == "svg":
        problems = sanitise_svg(data).problems[:3]
        return [Finding(
            "unsafe-svg", "error",
            "; ".join(p.en for p in problems) + " (only drawing elements and attributes are published: no "
            "scripts, event handlers, animation, embedded HTML or references to other files or hosts); "
            "export a plain SVG drawing",
            "; ".join(p.th for p in problems) + " (เผยแพร่ได้เฉพาะองค์ประกอบของภาพวาด ไม่มีสคริปต์ "
            "ตัวจัดการเหตุการณ์ ภาพเคลื่อนไหว HTML ฝัง หรือการอ้างถึงไฟล์หรือเว็บไซต์อื่น) กรุณาบันทึกเป็นภาพ SVG ธรรมดา",
        )] if problems else []
    if kind == "pdf":
        return inspect_pdf(data) + text_findings(data)
    return polyglot(kind, data) if kind in ("png", "jpeg", "text") else []
