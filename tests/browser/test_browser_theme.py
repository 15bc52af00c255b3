"""The theme as a reader meets it: the home page's entry points and OIT status, the footer, the
Thai 404 page, the self-hosted Thai font."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from tests.browser.conftest import Browser, Site
from tests.browser.pages import CATEGORIES


def test_home_shows_categories_as_entry_points_and_the_oit_status(browser: Browser, site: Site) -> None:
    browser.open(site.url())
    entries = browser.driver.find_elements(By.CSS_SELECTOR, ".oit-entries a.oit-entry")
    assert [e.text for e in entries] == list(CATEGORIES)
    assert all(e.size["height"] >= 24 for e in entries)  # large targets, not a line of small links
    status = browser.driver.find_element(By.ID, "oit-status").text
    assert "OIT ปี 2569" in status  # the latest assessment year of site_config.yml
    assert browser.driver.find_elements(By.CSS_SELECTOR, "ul.oit-status-counts li")


def test_footer_gives_contact_licence_and_a_buddhist_era_date(browser: Browser, site: Site) -> None:
    browser.open(site.url("basic/"))
    footer = browser.driver.find_element(By.CSS_SELECTOR, ".oit-site-footer").text
    for expected in ("องค์การบริหารส่วนตำบลตัวอย่างสาธิต", "0 0000 0000", "saraban@example.org",
                     "CC BY 4.0", "ข้อมูลปรับปรุงล่าสุด"):
        assert expected in footer
    assert any(f"25{d}" in footer for d in "6789")  # a year of the Buddhist era (25xx)


def test_not_found_page_is_thai_with_search_and_categories(browser: Browser, site: Site) -> None:
    browser.open(site.url("no/such/page/"))
    assert "ไม่พบหน้าที่ต้องการ" in browser.driver.find_element(By.TAG_NAME, "h1").text
    assert browser.driver.find_element(By.CSS_SELECTOR, "a.md-skip").get_attribute("href")
    links = {a.text: a.get_attribute("href") for a in
             browser.driver.find_elements(By.CSS_SELECTOR, "article a[href]")}
    for title, path in CATEGORIES.items():
        assert links.get(title) == site.url(path)
    browser.driver.find_element(By.CSS_SELECTOR, "article label[for='__search']").click()
    assert browser.driver.find_element(By.CSS_SELECTOR, "input.md-search__input").is_displayed()


def test_text_is_set_in_the_self_hosted_sarabun(browser: Browser, site: Site) -> None:
    browser.open(site.url())
    assert browser.driver.execute_async_script(
        "const done = arguments[0]; document.fonts.ready.then(() =>"
        " done(document.fonts.check('16px Sarabun', 'ของขวัญ')"
        " && [...document.fonts].some(f => f.family.includes('Sarabun') && f.status === 'loaded')))")
    family = browser.driver.execute_script("return getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Sarabun"') or family.startswith("Sarabun")
