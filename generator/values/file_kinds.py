"""The kinds of file the site publishes, each defined once: name suffixes, how its content is
recognised (Office files: the part a zip must hold), its media type and its labels.

Checks recognise a file by its content (``checks.content_files.content_kind``) and compare with the
kind its name or field promises; pages label a download with ``label`` and its media type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileKind:
    key: str
    suffixes: tuple[str, ...]
    """Name suffixes an attachment of this kind may have (none: not an attachment kind)."""
    described: str
    """How a check message names it (``expected PNG / JPEG``)."""
    label: str
    """How a page's download link names it."""
    media_type: str
    office_part: str | None = None
    """For an Office file: the part its zip holds."""


FILE_KINDS: dict[str, FileKind] = {kind.key: kind for kind in (
    FileKind("pdf", (".pdf",), "PDF", "PDF", "application/pdf"),
    FileKind("docx", (".docx",), "Word (.docx)", "Word",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml"),
    FileKind("xlsx", (".xlsx",), "Excel (.xlsx)", "Excel",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml"),
    FileKind("png", (".png",), "PNG", "PNG", "image/png"),
    FileKind("jpeg", (".jpg", ".jpeg"), "JPEG", "JPEG", "image/jpeg"),
    FileKind("text", (".csv", ".txt"), "UTF-8 text (.csv, .txt)", "ข้อความ", "text/plain"),
    FileKind("svg", (), "SVG", "SVG", "image/svg+xml"),
)}

KIND_BY_SUFFIX: dict[str, str] = {
    suffix: kind.key for kind in FILE_KINDS.values() for suffix in kind.suffixes}
"""Attachment name suffix → file kind."""
