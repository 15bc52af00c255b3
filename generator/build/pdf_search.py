"""Search index entries for the published PDFs: a reader finds a document by a word inside it.

Every PDF the staged site publishes (under ``files/``) becomes one entry of the search index: its
location is the file's published URL, its title the link text of the first page that offers it
(else the file name), its text what ``generator.checks.pdf_text`` extracts — bounded per file
there and here in total (``MAX_TOTAL_CHARS``), so a site of many scans keeps a small index. The
text is escaped: Material shows index text as HTML.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from generator.checks.pdf_text import pdf_text
from generator.render.media import FILES_DIR

MAX_TOTAL_CHARS = 500_000

_PDF_LINK = re.compile(r'<a href="([^"#?]+)"[^>]*type="application/pdf"[^>]*>(.*?)</a>', re.S)
_TAG = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)


def _plain(fragment: str) -> str:
    """Escaped HTML → its text, spaces collapsed, without the permalink mark."""
    return " ".join(html.unescape(_TAG.sub("", fragment)).replace("¶", "").split())


def link_titles(site_dir: Path) -> dict[str, str]:
    """Each linked PDF's path under the site → "page heading: link text" of the first page that
    links it (plain text): link texts alone ("ฉบับเต็ม (PDF)") do not say which document."""
    titles: dict[str, str] = {}
    for page in sorted(site_dir.rglob("*.html")):
        folder = page.parent.relative_to(site_dir).as_posix()
        text = page.read_text(encoding="utf-8", errors="replace")
        heading = _plain(found[1]) if (found := _HEADING.search(text)) else ""
        for href, inner in _PDF_LINK.findall(text):
            target = posixpath.normpath(posixpath.join(folder, unquote(html.unescape(href))))
            titles.setdefault(target, ": ".join(part for part in (heading, _plain(inner)) if part))
    return titles


def attachment_docs(site_dir: Path) -> list[dict[str, Any]]:
    """One search index entry per published PDF with text, within ``MAX_TOTAL_CHARS`` in all."""
    titles = link_titles(site_dir)
    docs, budget = [], MAX_TOTAL_CHARS
    for path in sorted((site_dir / FILES_DIR).rglob("*.pdf")):
        if budget <= 0:
            break
        text = pdf_text(path.read_bytes())[:budget]
        if not text:
            continue
        budget -= len(text)
        relative = path.relative_to(site_dir).as_posix()
        title = titles.get(relative, path.name)
        docs.append({"location": quote(relative, safe="/.-_~"), "title": html.escape(title, quote=False),
                     "text": html.escape(text, quote=False)})
    return docs
