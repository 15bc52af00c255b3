"""Layout at desktop and phone width: no page-level sideways scroll on a phone, every table column
reachable, wide tables whole on a desktop; screenshots for people to look at (README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Browser, Site
from tests.browser.pages import CATEGORIES, PAGE_TYPES

# what each table wrapper measures: its box, its scrollable width, and what holds it
MEASURE_TABLES = """
return [...document.querySelectorAll('.oit-table-wrap')].map(w => {
  const r = w.getBoundingClientRect();
  return {caption: (w.querySelector('caption') || {}).textContent || '',
          left: r.left, right: r.right, client: w.clientWidth, scroll: w.scrollWidth,
          focusable: w.tabIndex === 0, role: w.getAttribute('role'),
          named: !!(w.getAttribute('aria-labelledby') || w.getAttribute('aria-label'))};
});
"""


def _load(browser: Browser, site: Site, path: str, width: int) -> None:
    browser.open(site.url(path), width)


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_phone_has_no_page_scroll_and_every_column_is_reachable(
        browser: Browser, site: Site, kind: str) -> None:
    _load(browser, site, PAGE_TYPES[kind], 360)
    driver = browser.driver
    page_width = driver.execute_script("return document.documentElement.scrollWidth")
    assert page_width <= 360, f"the page scrolls sideways: {page_width} px wide"
    for table in driver.execute_script(MEASURE_TABLES):
        assert table["left"] >= 0 and table["right"] <= 360, table
        if table["scroll"] > table["client"]:  # columns beyond the edge are reached by scrolling
            assert table["focusable"] and table["role"] == "region" and table["named"], table


@pytest.mark.parametrize("kind", ["plan", "procurement month (สขร.1)", "procurement plan", "oit index",
                                  "risk", "complaints", "statistics chart"])
def test_desktop_shows_wide_tables_whole(browser: Browser, site: Site, kind: str) -> None:
    _load(browser, site, PAGE_TYPES[kind], 1280)
    clipped = [t for t in browser.driver.execute_script(MEASURE_TABLES) if t["scroll"] > t["client"] + 1]
    assert clipped == []


def _shot(browser: Browser, site: Site, path: str, width: int, target: Path) -> None:
    _load(browser, site, path, width)
    height = browser.driver.execute_script("return document.documentElement.scrollHeight")
    browser.resize(width, min(height, 6000))
    browser.driver.save_screenshot(str(target))
    assert target.stat().st_size > 10_000


@pytest.mark.parametrize("width", [1280, 360])
def test_screenshots_of_home_and_every_category(
        browser: Browser, site: Site, screenshots: Path, width: int) -> None:
    pages = {"home": "", **{path.strip("/"): path for path in CATEGORIES.values()},
             "plan": PAGE_TYPES["plan"], "procurement-month": PAGE_TYPES["procurement month (สขร.1)"],
             "statistics": PAGE_TYPES["statistics chart"], "404": PAGE_TYPES["not found (404)"],
             "privacy": PAGE_TYPES["privacy notice"], "sitemap": PAGE_TYPES["sitemap page"]}
    for name, path in pages.items():
        _shot(browser, site, path, width, screenshots / f"{name}-{width}.png")


def test_chart_text_is_legible_on_a_phone(browser: Browser, site: Site) -> None:
    """At 360 px every label and value of the statistics charts renders at 10 px or more."""
    _load(browser, site, PAGE_TYPES["statistics chart"], 360)
    sizes = browser.driver.execute_script(
        "return [...document.querySelectorAll('.oit-bar-chart svg text')]"
        ".map(t => t.getBoundingClientRect().height)")
    assert sizes and min(sizes) >= 10, sorted(sizes)[:5]


def test_print_shows_content_only_with_tables_whole(browser: Browser, site: Site) -> None:
    """Printed on A4 (about 718 px between 15 mm margins): no header, navigation or search, and the
    widest table (สขร.1) fits the page instead of being cut."""
    browser.open(site.url(PAGE_TYPES["procurement month (สขร.1)"]), 718)
    driver = browser.driver
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = driver.execute_script(
            "return ['.md-header', '.md-sidebar--primary', '.md-search'].map(s =>"
            " getComputedStyle(document.querySelector(s)).display)")
        tables = driver.execute_script(MEASURE_TABLES)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert hidden == ["none", "none", "none"]
    assert tables and all(t["scroll"] <= t["client"] + 1 for t in tables), tables
