"""Attachments (``attachments:`` of any data file): files published for download beside the data.

The file name's extension says what the file must be; its content must agree (a ``.pdf`` starts
with ``%PDF``, a ``.docx`` is a zip holding ``word/document.xml``, a ``.csv`` is UTF-8 text). The
file checks are those of ``generator.checks.content_files``: inside content/ after symbolic links,
a regular file (not a folder, device or pipe), within ``site.max_attachment_mb``.

Codes: ``bad-file-type`` (an extension not offered for download, or content that does not match
it) and those of ``check_file``: ``missing-attachment``, ``path-outside-content``, ``special-file``,
``unreadable-file``, ``file-too-large``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from generator.checks.content_files import FileRef, check_file
from generator.checks.paths import position
from generator.diagnostics import Diagnostic, error, format_path
from generator.load.agency import Agency
from generator.values.file_kinds import KIND_BY_SUFFIX


def attachment_refs(agency: Agency) -> list[FileRef]:
    """Every attachment of every loaded file whose extension is one we publish."""
    return [
        FileRef(loaded, ("attachments", index, "path"), item.path, (kind,))
        for loaded in agency.all_loaded()
        for index, item in enumerate(getattr(loaded.model, "attachments", []))
        if (kind := KIND_BY_SUFFIX.get(PurePosixPath(item.path).suffix.lower())) is not None
    ]


def check(agency: Agency) -> Iterator[Diagnostic]:
    limit = agency.config.site.max_attachment_mb * 1024 * 1024
    yield from _unsupported(agency)
    for ref in attachment_refs(agency):
        yield from check_file(agency.root, ref, limit)


def _unsupported(agency: Agency) -> Iterator[Diagnostic]:
    allowed = ", ".join(KIND_BY_SUFFIX)
    for loaded in agency.all_loaded():
        for index, item in enumerate(getattr(loaded.model, "attachments", [])):
            if PurePosixPath(item.path).suffix.lower() in KIND_BY_SUFFIX:
                continue
            path = ("attachments", index, "path")
            yield error(
                "bad-file-type", position(loaded.source, path), format_path(path),
                f"content/{item.path}: attachments must be one of {allowed}",
                f"content/{item.path}: ไฟล์แนบต้องเป็นชนิด {allowed} เท่านั้น",
            )
