"""Evidence: what a published page offers the OIT assessment, apart from how it looks.

The render stage's page builders say which topics each page publishes, for which fiscal year and
months; coverage (``generator.oit.coverage``) reads only these records, so the OIT stage never
depends on render, and coverage is computed once per build from all of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """One page's evidence: its address in the build, title, OIT topics and the period it covers."""

    path: str
    """The page's Markdown path in the build (``budget/procurement/2568/index.md``)."""
    title: str
    topics: tuple[str, ...] = ()
    fiscal_year: int | None = None
    """Fiscal year (BE) of the evidence; None if not tied to a year."""
    months: frozenset[int] = frozenset()
    """Calendar months covered by monthly evidence (e.g. procurement summaries)."""
    covers_years: frozenset[int] = frozenset()
    """Further fiscal years the evidence covers (a 2566–2570 plan is evidence for each year)."""
    updated: dt.date | None = None
    """Date of the newest dated record of the evidence, for "last updated"."""
