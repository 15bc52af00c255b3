"""Which pages the site has: each content kind contributes pages through its own module.

A page builder is a function ``(agency, diagnostics) -> list[Page]``. Templates receive view
models prepared here and in the builders; arithmetic happens in Python, never in templates.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.oit.evidence import Evidence
from generator.render.escape import theme_text


@dataclass
class Page:
    """One generated Markdown page: where it goes, its (trusted) title, template and context.

    ``section`` lists the page under that section's index; ``topics`` are the section's OIT
    topics the page covers (the index shows the others as not yet published); ``in_nav`` is
    false for record-level pages reached from tables (DESIGN §8: keep them out of the nav).
    """

    path: str
    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    section: str | None = None
    topics: tuple[str, ...] = ()
    summary: str = ""
    in_nav: bool = True
    footer: bool = False
    """Linked from every page's footer (the site's standard pages: privacy notice, contact…)."""
    fiscal_year: int | None = None
    """Fiscal year (BE) of the evidence on the page, for the OIT index; None if not tied to a year."""
    months: frozenset[int] = frozenset()
    """Calendar months covered by monthly evidence (e.g. procurement summaries)."""
    covers_years: frozenset[int] = frozenset()
    """Further fiscal years the evidence covers (a 2566–2570 plan is evidence for each year)."""
    updated: dt.date | None = None
    """Date of the newest dated record on the page (an announcement, a report), for "last updated"."""
    sources: tuple[str, ...] = ()
    """The data files the page is made from (paths relative to the agency root): their git history
    dates the page and its history links (``generator.render.page_dates``)."""

    @property
    def evidence(self) -> Evidence:
        """What the page offers the OIT assessment (``generator.oit.coverage`` reads only this)."""
        return Evidence(self.path, self.title, self.topics, self.fiscal_year, self.months,
                        self.covers_years, self.updated)


PageBuilder = Callable[[Agency, list[Diagnostic]], list[Page]]


def years_label(years: list[int]) -> str:
    """``[2566, 2567, 2568]`` → ``พ.ศ. 2566–2568``; non-consecutive years are listed."""
    ordered = sorted(years)
    if len(ordered) > 1 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"พ.ศ. {ordered[0]}–{ordered[-1]}"
    return "พ.ศ. " + ", ".join(str(y) for y in ordered)


def findings(loaded: Loaded[Any], diagnostics: list[Diagnostic]) -> list[dict[str, Any]]:
    """Recomputed-figure discrepancies of one file, shown openly on its page (acknowledged or not)."""
    return [
        {"label": d.details.get("label_th", d.field), "field": d.field, "printed": d.details["printed"],
         "recomputed": d.details["recomputed"], "reason": d.acknowledged_reason}
        for d in diagnostics
        if "printed" in d.details and "recomputed" in d.details and d.position.file == loaded.source.path
    ]


def corrections(loaded: Loaded[Any]) -> list[dict[str, Any]]:
    """Values the file records as printed with a correction: shown on the page with the reason."""
    return [{"field": field, "printed": c.printed, "value": "ไม่ระบุ" if c.value is None else str(c.value),
             "reason": c.reason} for field, c in loaded.corrections.items()]


def yaml_str(value: str) -> Markup:
    """A page title as a quoted YAML (JSON) string for front matter, made safe for the theme, which
    prints it unescaped (``escape.theme_text``); already-escaped ``Markup`` is not escaped twice."""
    return Markup(json.dumps(theme_text(value), ensure_ascii=False))
