"""A long table over several pages: no page grows with the data (issue 16: at most about 300 KB).

A month of 1,000 procurement records is 1.1 MB of HTML in one table; browsers on a phone, readers
and the assessors all do better with pages of ``ROWS_PER_PAGE`` records. Part 1 is the page itself
(its URL, which the OIT index and every link use, never changes); part n of ``…/09.md`` is
``…/09-n.md``; each part links to all the others.
"""

from __future__ import annotations

import posixpath
from typing import Any

from markupsafe import Markup

ROWS_PER_PAGE = 200
"""About 1.1 KB of HTML per procurement record: 200 of them and the theme stay under 300 KB."""


def part_path(path: str, part: int) -> str:
    """Part 1 of a split table is the page itself; part 2 of ``…/09.md`` is ``…/09-2.md``."""
    return path if part == 1 else f"{path.removesuffix('.md')}-{part}.md"


def parts(count: int, size: int = ROWS_PER_PAGE) -> list[range]:
    """Row ranges of at most ``size`` (one empty range when there is no row)."""
    return [range(start, min(start + size, count)) for start in range(0, count, size)] or [range(0)]


def pager(path: str, here: int, count: int) -> list[dict[str, Any]]:
    """Links to every part (none when the table fits one page), relative to part ``here``."""
    if count <= 1:
        return []
    own = part_path(path, here)
    return [{"label": str(n), "current": n == here,
             "link": Markup(posixpath.relpath(part_path(path, n), posixpath.dirname(own)))}
            for n in range(1, count + 1)]
