"""Name every scrolling table wrapper after its table's caption (WCAG 2.1.1, axe
``scrollable-region-focusable``).

A wide table scrolls sideways inside ``<div class="oit-table-wrap">``; keyboard users can scroll it
only if it takes focus, and a screen reader announces it only if it is a named region. Every
template writes the same wrapper followed by its table and caption, so the attributes are added
here, once, after rendering: ``tabindex="0" role="region"`` and ``aria-labelledby`` pointing at the
caption (which gets an id), so the name is the caption itself, never a copy of it.
"""

from __future__ import annotations

import itertools
import re

WRAP = re.compile(r'<div class="oit-table-wrap" markdown="0">(\s*<table\b[^>]*>\s*)<caption\b')


def label_table_regions(markdown: str) -> str:
    """``markdown`` with every table wrapper focusable and named by its caption."""
    counter = itertools.count(1)

    def labelled(match: re.Match[str]) -> str:
        caption_id = f"oit-table-{next(counter)}"
        return (f'<div class="oit-table-wrap" markdown="0" role="region" tabindex="0"'
                f' aria-labelledby="{caption_id}">{match.group(1)}<caption id="{caption_id}"')

    return WRAP.sub(labelled, markdown)
