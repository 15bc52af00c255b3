"""Name every scrolling table wrapper after its table's caption (WCAG 2.1.1, axe
``scrollable-region-focusable``).

A wide table scrolls sideways inside ``<div class="oit-table-wrap">``; keyboard users can scroll it
only if it takes focus, and a screen reader announces it only if it is a named region. Every
template writes the same wrapper followed by its table and caption, so the attributes are added
here, once, after rendering: ``tabindex="0" role="region"`` and an ``aria-label`` that is the
caption's text (already escaped by the template; tags dropped, re-escaped for the attribute).
"""

from __future__ import annotations

import re
from html import escape, unescape

WRAP = re.compile(r'<div class="oit-table-wrap" markdown="0">'
                  r"(?=\s*<table\b[^>]*>\s*<caption\b[^>]*>(.*?)</caption>)", re.S)
TAG = re.compile(r"<[^>]+>")


def caption_text(caption_html: str) -> str:
    """What a reader hears of a caption: its text, tags dropped, spaces collapsed."""
    return " ".join(unescape(TAG.sub(" ", caption_html)).split())


def label_table_regions(markdown: str) -> str:
    """``markdown`` with every captioned table wrapper focusable and named by its caption."""
    return WRAP.sub(lambda m: ('<div class="oit-table-wrap" markdown="0" role="region" tabindex="0"'
                               f' aria-label="{escape(caption_text(m.group(1)), quote=True)}">'), markdown)
