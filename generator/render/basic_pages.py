"""Basic-information pages (ข้อมูลพื้นฐาน): structure, executives, powers, development plan, laws,
the Q&A channel, social networks and the privacy notice, one page per OIT topic.

Each page declares its topic so the section index stops listing it as not yet published and the
OIT index links straight to it. None is tied to a fiscal year except the development plan, which
covers the years it is in force. Contact details are on the section index (``section_pages``).
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.executives import Executive, Executives
from generator.models.profile import OrganisationProfile
from generator.models.references import tel_href
from generator.render.media import media_url
from generator.render.pages import Page

SECTION = "basic"
EXECUTIVES_PATH = "basic/executives.md"
ORDER = ("structure", "executives", "powers", "development_plan", "laws", "qa", "social", "privacy_policy")
"""The order of the pages on the section index: the assessors' order of the topics."""


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    result: list[Page] = []
    if agency.profile is not None:
        result += _profile_pages(agency.profile)
    if agency.executives is not None:
        result.append(_executives_page(agency.executives))
    return sorted(result, key=lambda page: ORDER.index(page.topics[0]))


def _page(slug: str, title: str, topic: str, context: dict[str, Any], **extra: Any) -> Page:
    """A page of the section whose template is ``basic_<topic>.md.j2``."""
    return Page(f"{SECTION}/{slug}.md", title, f"basic_{topic}.md.j2", {"page_title": title, **context},
                section=SECTION, topics=(topic,), **extra)


def _profile_pages(loaded: Loaded[OrganisationProfile]) -> list[Page]:
    profile = loaded.model
    common = {"profile": profile}
    updated = profile.updated
    result = []
    if (structure := profile.structure) is not None:
        chart = media_url(f"{SECTION}/structure.md", structure.chart) if structure.chart else None
        result.append(_page("structure", "โครงสร้างหน่วยงาน", "structure",
                            {**common, "structure": structure, "chart_url": chart},
                            summary=f"{len(structure.units)} ส่วนราชการ" if structure.units else "",
                            updated=updated))
    if profile.powers is not None:
        result.append(_page("powers", "อำนาจหน้าที่", "powers", {**common, "powers": profile.powers},
                            updated=updated))
    if (plan := profile.development_plan) is not None:
        document = media_url(f"{SECTION}/development-plan.md", plan.document) if plan.document else None
        years = sorted(plan.fiscal_years)
        result.append(_page("development-plan", "แผนพัฒนาหน่วยงาน", "development_plan",
                            {**common, "plan": plan, "document_url": document},
                            summary=f"{plan.title} ({plan.period})", updated=plan.adopted or updated,
                            fiscal_year=years[0] if years else None, covers_years=frozenset(years)))
    if profile.laws:
        result.append(_page("laws", "กฎหมายที่เกี่ยวข้อง", "laws", {**common, "laws": profile.laws},
                            summary=f"{len(profile.laws)} ฉบับ", updated=updated))
    if (qa := profile.qa) is not None:
        result.append(_page("qa", "ช่องทางถาม-ตอบ (Q&A)", "qa",
                            {**common, "qa": qa, "tel": tel_href(qa.phone) if qa.phone else None},
                            updated=updated))
    if profile.social:
        result.append(_page("social", "Social Network", "social", {**common, "social": profile.social},
                            summary=", ".join(link.platform for link in profile.social), updated=updated))
    if profile.privacy_policy:
        result.append(_page("privacy", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "privacy_policy",
                            {**common, "text": profile.privacy_policy}, updated=updated))
    for page in result:
        page.sources = (loaded.source.path,)
    return result


def person_view(person: Executive, page_path: str) -> dict[str, Any]:
    """What a card shows: ตำแหน่งว่าง for a vacant post, the photo's page-relative URL, contact links."""
    return {
        "position": person.position, "name": person.display_name, "vacant": person.vacant,
        "acting": person.acting, "note": person.note,
        "photo_url": media_url(page_path, person.photo) if person.photo else None,
        "photo_alt": person.photo_alt,
        "phone": person.phone, "tel": tel_href(person.phone) if person.phone else None,
        "email": person.email, "mailto": f"mailto:{person.email}" if person.email else None,
    }


def _executives_page(loaded: Loaded[Executives]) -> Page:
    model = loaded.model
    sides = [
        {"title": title, "anchor": anchor, "people": [person_view(p, EXECUTIVES_PATH) for p in people]}
        for title, anchor, people in (("ฝ่ายการเมือง", "political", model.political),
                                      ("ฝ่ายประจำ", "permanent", model.permanent))
        if people
    ]
    posts = [*model.political, *model.permanent]
    vacant = sum(p.vacant for p in posts)
    summary = f"{len(posts)} ตำแหน่ง" + (f" ว่าง {vacant} ตำแหน่ง" if vacant else "")
    return Page(EXECUTIVES_PATH, "ข้อมูลผู้บริหาร", "basic_executives.md.j2",
                {"page_title": "ข้อมูลผู้บริหาร", "executives": model, "sides": sides},
                section=SECTION, topics=("executives",), summary=summary, updated=model.updated,
                sources=(loaded.source.path,))
