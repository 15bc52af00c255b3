"""Files from ``content/`` that pages show or offer (portraits, the organisation chart, a plan PDF).

Only the files data points to are published, copied to ``docs/files/<path inside content/>``;
nothing else under ``content/`` reaches the site. The checks stage has already made sure each one
exists, stays inside ``content/`` and is of the expected type (``generator/checks/content_files``).
Pages show them from raw HTML (``<img>``), which MkDocs does not rewrite: the URL is made relative
to the built page here.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote

from generator.checks.content_files import file_refs, sniff
from generator.checks.svg_allowlist import sanitise_svg
from generator.load.agency import CONTENT_DIR, Agency
from generator.render.urls import site_url

FILES_DIR = "files"


def media_path(content_path: str) -> str:
    """Where a content file lands in the docs tree (``organisation/a.svg`` → ``files/organisation/a.svg``)."""
    return f"{FILES_DIR}/{content_path}"


def media_url(page_path: str, content_path: str) -> str:
    """Relative, percent-encoded URL of a content file from the built page of ``page_path``."""
    relative = posixpath.relpath(media_path(content_path), site_url(page_path) or ".")
    return quote(relative, safe="/.-_~")


def media_files(agency: Agency) -> dict[str, bytes]:
    """The build-tree entries of every content file that data points to; an SVG is published as
    rebuilt from the allowlist (and not at all if it fails it, even when rendering unchecked)."""
    files = {}
    for ref in file_refs(agency):
        data = (agency.root / CONTENT_DIR / ref.path).read_bytes()
        if sniff(data[:4096]) == "svg":
            data = sanitise_svg(data).data
        if data:
            files[f"docs/{media_path(ref.path)}"] = data
    return files
