"""Generic documents: file names that make stable URLs, and the PDF files they publish.

Codes: ``bad-file-name`` (error: ``content/documents/<name>.yml`` needs a lower-case ASCII name,
digits and ``-``, because the name is the page's URL); the file checks of
``generator.checks.content_files`` (``missing-attachment``, ``path-outside-content``,
``file-too-large``, ``bad-file-type``) for every entry of ``files``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checks.content_files import PDF, FileRef, check_file
from generator.diagnostics import Diagnostic, Position, error
from generator.load.agency import Agency, Loaded
from generator.models.document import DisclosureDocument

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def file_refs(agency: Agency) -> list[FileRef]:
    """Every PDF a document points to."""
    return [FileRef(loaded, ("files", index, "path"), item.path, PDF)
            for loaded in agency.documents for index, item in enumerate(loaded.model.files)]


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.documents:
        yield from _name(loaded)
    limit = agency.config.site.max_attachment_mb * 1024 * 1024
    for ref in file_refs(agency):
        yield from check_file(agency.root, ref, limit)


def _name(loaded: Loaded[DisclosureDocument]) -> Iterator[Diagnostic]:
    if _NAME.match(loaded.slug) and loaded.slug != "index":
        return
    yield error(
        "bad-file-name", Position(loaded.source.path), "",
        f"'{loaded.slug}' cannot be a page address: name the file with lower-case a-z, digits and -, "
        "e.g. hr-policy-2568.yml",
        f"ชื่อไฟล์ '{loaded.slug}' ใช้เป็นที่อยู่หน้าเว็บไม่ได้ ให้ตั้งชื่อด้วยอักษร a-z ตัวเล็ก ตัวเลข และ - "
        "เช่น hr-policy-2568.yml",
    )
