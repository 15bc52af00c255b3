"""Every page type in Chromium: no request to another host, no missing file, no script error;
navigation from home into every category and back."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import Browser, Site, other_hosts
from tests.browser.pages import CATEGORIES, PAGE_TYPES


def _visit(browser: Browser, site: Site, path: str) -> list:
    browser.take_requests()
    browser.driver.get_log("browser")  # drop what earlier pages logged
    browser.open(site.url(path))
    # the search index is fetched by the page's worker: wait until the page settled
    browser.driver.execute_script(
        "return new Promise(r => requestIdleCallback(() => setTimeout(r, 300)))")
    return browser.take_requests()


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_page_requests_only_its_own_existing_files(browser: Browser, site: Site, kind: str) -> None:
    path = PAGE_TYPES[kind]
    requests = _visit(browser, site, path)
    assert other_hosts(requests, site.base) == []
    missing = [r.url for r in requests if r.status is not None and r.status >= 400
               and not (kind.startswith("not found") and r.url == site.url(path))]
    assert missing == []
    assert browser.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "th"
    errors = [e["message"] for e in browser.driver.get_log("browser") if e["level"] == "SEVERE"
              and not (kind.startswith("not found") and path in e["message"])]
    assert errors == []


def test_home_leads_into_every_category_and_back(browser: Browser, site: Site) -> None:
    for title, path in CATEGORIES.items():
        browser.open(site.url())
        links = [a for a in browser.driver.find_elements(By.CSS_SELECTOR, "article a[href]")
                 if a.get_attribute("href") == site.url(path)]
        assert links, f"no link to {title} in the home page's content"
        links[0].click()
        assert browser.driver.current_url == site.url(path)
        assert title in browser.driver.find_element(By.TAG_NAME, "h1").text
        browser.driver.back()
        assert browser.driver.current_url == site.url()
