"""Bulk HTML tables stay out of the Markdown (issue 16): a page's big table is written beside the
pages as a fragment, and the page holds a one-line placeholder in its place.

Python-Markdown reads a raw-HTML block twice (MkDocs' raw-HTML pre-pass and ``md_in_html``) even
when it is ``markdown="0"``, so the month tables of an agency of 12,000 records — 11 MB of finished
HTML that no Markdown rule touches — took 84% of MkDocs' Markdown time. A table wrapper of more than
``MIN_BYTES`` (``<div class="oit-table-wrap" …><table …>…</table></div>``, every template's shape)
goes to ``build/fragments/<name>.html``, outside ``docs/`` so MkDocs neither reads nor copies it;
``generator.build.fragments`` puts it back into the built page before the search index is rewritten
and the site is scanned, so what is published and scanned is the same HTML as before. Links inside
such tables are already final URLs (``generator.render.urls``): MkDocs never rewrote them.
"""

from __future__ import annotations

import re

FRAGMENT_DIR = "fragments"
MIN_BYTES = 8 * 1024
"""Smaller tables stay in the page: the parser's cost is in the bulk, and a page stays readable."""
PLACEHOLDER = "<!--oitgen-fragment:{name}-->"
PLACEHOLDER_RE = re.compile(r"<!--oitgen-fragment:(\S+?)-->")
_WRAPPER = re.compile(r'<div class="oit-table-wrap"[^>]*>\s*<table\b.*?</table>\s*</div>', re.S)


def fragment_path(name: str) -> str:
    """Where fragment ``name`` is in the build tree."""
    return f"{FRAGMENT_DIR}/{name}.html"


def extract(markdown: str, page_path: str) -> tuple[str, dict[str, bytes]]:
    """``markdown`` with each bulk table replaced by its placeholder, and the fragments, keyed by
    their path in the build tree. Names are the page's path and the table's number on the page."""
    fragments: dict[str, bytes] = {}
    stem = page_path.removesuffix(".md")

    def move(match: re.Match[str]) -> str:
        if len(match.group()) < MIN_BYTES:
            return match.group()
        name = f"{stem}.{len(fragments) + 1}"
        fragments[fragment_path(name)] = match.group().encode("utf-8")
        return PLACEHOLDER.format(name=name)

    return _WRAPPER.sub(move, markdown), fragments
