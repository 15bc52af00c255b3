"""Attachments on pages: a download list giving each file's type, size and SHA-256.

The size tells a reader on a slow connection what a click costs; the SHA-256 lets anyone prove
that a downloaded copy is the one published (an assessor's saved copy, a journalist's). Files are
copied like other media to ``docs/files/<path inside content/>`` (``generator.render.media``), so
a file keeps its URL when a corrected version replaces it: assessors paste these URLs.

Only files that pass the file checks are published, even when rendering without the checks
stage (tests): a file outside content/, of the wrong type or too large is never copied.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.checks.attachments import attachment_refs
from generator.checks.content_files import check_file
from generator.diagnostics import has_errors
from generator.load.agency import CONTENT_DIR, Agency
from generator.models.base import Attachment
from generator.render.media import media_path, media_url
from generator.values.file_kinds import FILE_KINDS


@dataclass(frozen=True)
class PublishedFile:
    """An attachment that passed the checks, with what the page says about it."""

    data: bytes
    kind: str
    sha256: str

    @property
    def size_label(self) -> str:
        return size_label(len(self.data))


def size_label(size: int) -> str:
    """``1234567`` → ``1.2 MB``; ``2048`` → ``2 KB``; ``900`` → ``900 ไบต์`` (1 KB = 1,024 bytes,
    as the size limit counts)."""
    if size < 1024:
        return f"{size:,} ไบต์"
    if size < 1024 * 1024:
        return f"{size / 1024:,.0f} KB"
    return f"{size / (1024 * 1024):,.1f} MB"


def published(agency: Agency) -> dict[str, PublishedFile]:
    """Every attachment that passes the file checks, by its path inside content/."""
    limit = agency.config.site.max_attachment_mb * 1024 * 1024
    found: dict[str, PublishedFile] = {}
    for ref in attachment_refs(agency):
        if ref.path in found or has_errors(check_file(agency.root, ref, limit)):  # warnings publish
            continue
        data = (agency.root / CONTENT_DIR / ref.path).read_bytes()
        found[ref.path] = PublishedFile(data, ref.types[0], hashlib.sha256(data).hexdigest())
    return found


def fingerprint(files: dict[str, PublishedFile]) -> str:
    """What the pages' download lists (``link_maker``) show of ``files``, as one text: a page
    rendered with the same text lists the same files (``page_memo``)."""
    return "\n".join(f"{path}\0{file.kind}\0{len(file.data)}\0{file.sha256}"
                     for path, file in sorted(files.items()))


def build_files(files: dict[str, PublishedFile]) -> dict[str, bytes]:
    """Build-tree entries of the published attachments."""
    return {f"docs/{media_path(path)}": file.data for path, file in files.items()}


def link_maker(files: dict[str, PublishedFile]) -> Callable[[list[Attachment], str], list[dict[str, Any]]]:
    """The template function ``attachment_links(model.attachments, page_path)``."""

    def links(attachments: list[Attachment], page_path: str) -> list[dict[str, Any]]:
        views = []
        for item in attachments:
            file = files.get(item.path)
            if file is None:
                continue
            label, media_type = FILE_KINDS[file.kind].label, FILE_KINDS[file.kind].media_type
            views.append({
                "title": item.title, "description": item.description,
                # percent-encoded, relative to the built page: safe in an attribute as it is
                "href": Markup(media_url(page_path, item.path)), "media_type": Markup(media_type),
                "kind": label, "size": file.size_label, "sha256": Markup(file.sha256),
            })
        return views

    return links
