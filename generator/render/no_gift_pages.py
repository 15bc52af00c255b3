"""No Gift Policy pages: the announcement in full, its signer and date, and its reports."""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.models.no_gift import NoGiftPolicy
from generator.render.pages import Page, corrections

ANNOUNCEMENT = "no_gift_announcement"
REPORTS = "no_gift_report"


def page_title(policy: NoGiftPolicy) -> str:
    return f"นโยบายไม่รับของขวัญ (No Gift Policy) ปีงบประมาณ {policy.fiscal_year}"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    result = []
    for loaded in agency.no_gift:
        policy = loaded.model
        title = page_title(policy)
        result.append(Page(
            f"anti-corruption/no-gift/{loaded.slug}.md", title, "no_gift.md.j2",
            {"page_title": title, "policy": policy, "corrections": corrections(loaded)},
            section="anti-corruption",
            topics=(ANNOUNCEMENT, REPORTS) if policy.reports else (ANNOUNCEMENT,),
            fiscal_year=policy.fiscal_year,
            updated=max([policy.announced, *(r.date for r in policy.reports if r.date)]),
            sources=(loaded.source.path,),
        ))
    return result
