"""Thai search typed into the search box finds words inside sentences (DESIGN §4).

Each query is typed as a reader types it; the pages are read from the result list, best first.
Expected pages come from the demo's content: the No Gift Policy page is titled นโยบายไม่รับของขวัญ,
the procurement plan is the แผนการจัดซื้อจัดจ้าง, the action plan is แผนปฏิบัติการป้องกันการทุจริต,
complaint channels are ช่องทางการร้องเรียน, and ผลประโยชน์ทับซ้อน appears inside the indicator of
the plan's item 3 (content/plans/2568.yml) and in the risk register.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import Browser, Site
from tests.browser.search_box import search

# query → (a page that must be found, the rank it must reach or beat)
QUERIES = {
    "ของขวัญ": ("anti-corruption/no-gift/2568/", 1),
    # the OIT procurement items and the NACC lists name the word in their titles and come first;
    # the current year's list is among them
    "จัดซื้อจัดจ้าง": ("budget/procurement/2569/nacc-procurement-list/", 6),
    "ทุจริต": ("anti-corruption/", 3),
    "ป้องกันการทุจริต": ("anti-corruption/plans/2568/", 8),
    "ร้องเรียน": ("transparency/complaint-channels/", 3),
    "ของขวัญ ทุจริต": ("anti-corruption/", 3),
    "ผลประโยชน์ทับซ้อน": ("anti-corruption/plans/2568/", 2),
    # a data-heavy page found by its title: the สขร.1 summary of January 2568
    "จัดซื้อจัดจ้างเดือนมกราคม 2568": ("budget/procurement/2568/01/", 3),
}


@pytest.mark.parametrize("query", list(QUERIES))
def test_thai_query_finds_the_right_page(browser: Browser, site: Site, query: str) -> None:
    expected, rank = QUERIES[query]
    pages = search(browser, site, query)
    assert expected in pages[:rank], pages


def test_every_procurement_plan_is_in_the_first_ten_for_procurement(browser: Browser, site: Site) -> None:
    pages = search(browser, site, "จัดซื้อจัดจ้าง")[:10]
    assert {f"budget/procurement/{year}/plan/" for year in (2567, 2568, 2569)} <= set(pages), pages


def test_the_second_word_of_a_run_is_found(browser: Browser, site: Site) -> None:
    """Before the cut, only whole space-separated runs matched; ขวัญ is the second word of ของขวัญ."""
    assert "anti-corruption/no-gift/2568/" in search(browser, site, "ขวัญ")[:3]


def test_a_word_inside_an_attached_pdf_is_found(browser: Browser, site: Site) -> None:
    """"performance" is only in the text of the demo's HR policy PDFs (tests/tiny_pdf.py DEMO_TEXTS),
    extracted into the index by generator/build/pdf_search.py; the result leads to the file."""
    pages = search(browser, site, "performance")
    assert "files/documents/files/hr-policy-2568.pdf" in pages[:3], pages
