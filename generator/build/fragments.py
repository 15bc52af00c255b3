"""Put the bulk tables back into the built pages (``generator.render.fragments``), and give the
search index their words.

Runs on the staged site right after MkDocs, before anything reads the pages (search index, PDF
titles, sitemap, the published scan), so every later step sees the final HTML. A page's tables are
no longer in what MkDocs indexes; their distinct words are added to the page's entry of the search
index instead (``table_words``): a reader searching a supplier's or a project's name still finds
the month page, and the index does not repeat the same supplier and reason hundreds of times.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from generator.render.fragments import PLACEHOLDER_RE
from generator.render.urls import site_url

MAX_WORDS_CHARS = 20_000
"""Per page: about 200 records' distinct words; a bigger table is split over pages anyway."""
_TAG = re.compile(r"<[^>]+>")
_NUMBERISH = re.compile(r"^[0-9.,/:()\-–—]*$")
_SAFE_NAME = re.compile(r"^(?!.*(?:^|/)\.\.(?:/|$))[A-Za-z0-9/_.\-]+$")


class FragmentError(ValueError):
    """A placeholder names no fragment of this build (never expected: both come from render)."""


def table_words(fragment_html: str) -> str:
    """The distinct words of a table as plain text, in order of first appearance, without amounts,
    dates and numbers (nobody finds a page by 12,500.00), at most ``MAX_WORDS_CHARS``."""
    distinct = dict.fromkeys(html.unescape(_TAG.sub(" ", fragment_html)).split())  # a table repeats its words
    text, size = [], 0
    for word in (word for word in distinct if not _NUMBERISH.match(word)):
        size += len(word) + 1
        if size > MAX_WORDS_CHARS:
            break
        text.append(word)
    return " ".join(text)


def _fragment(fragment_dir: Path, name: str) -> str:
    path = fragment_dir / f"{name}.html"
    if not _SAFE_NAME.match(name) or not path.is_file():
        raise FragmentError(f"the page's table {name!r} is missing from {fragment_dir}")
    return path.read_text(encoding="utf-8")


def fill_page(page_html: str, fragment_dir: Path) -> str:
    """The page with each placeholder replaced by its fragment."""
    return PLACEHOLDER_RE.sub(lambda match: _fragment(fragment_dir, match[1]), page_html)


def fill_fragments(site_dir: Path, fragment_dir: Path) -> None:
    """Fill every placeholder of the staged site's pages (a page filled already holds none: after a
    dirty build, the pages MkDocs did not redo are copies of the published ones)."""
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if "<!--oitgen-fragment:" in text:
            page.write_text(fill_page(text, fragment_dir), encoding="utf-8")


def words_by_page(docs: Path, fragment_dir: Path) -> dict[str, str]:
    """Each page's location as the search index names it (``budget/procurement/2568/09/``) → the
    words of its tables, read from the build tree, so a full and a dirty build index the same."""
    words: dict[str, str] = {}
    for markdown in sorted(docs.rglob("*.md")):
        text = markdown.read_text(encoding="utf-8")
        if names := PLACEHOLDER_RE.findall(text):
            tables = "".join(_fragment(fragment_dir, name) for name in names)
            words[site_url(markdown.relative_to(docs).as_posix())] = table_words(tables)
    return words
