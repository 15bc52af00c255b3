"""Typing into Material's search box and reading its result list, as a reader does."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.conftest import Browser, Site


def search(browser: Browser, site: Site, query: str) -> list[str]:
    """The distinct pages the result list shows for ``query``, best first, as paths under the site root."""
    driver = browser.driver
    browser.open(site.url())
    opener = driver.find_element(By.CSS_SELECTOR, "label.md-header__button[for='__search']")
    if opener.is_displayed():  # on a phone the box opens from the header's search button
        opener.click()
    box = WebDriverWait(driver, 10).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    box.click()
    # wait until the worker has the index (Material shows the "type to start" hint meanwhile)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script(
        "return document.querySelector('.md-search-result__meta').textContent.trim() !== ''"))
    box.clear()
    box.send_keys(query)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "const m = document.querySelector('.md-search-result__meta').textContent;"
        "return /\\d|ไม่|No /.test(m) && m !== arguments[0]", ""))
    # Material searches as each key arrives: wait until the list has stopped changing (three equal
    # reads 300 ms apart), so a busy machine never hands back the results of a prefix of the query
    links, stable = _links(driver), 0
    for _ in range(40):
        driver.execute_script("return new Promise(r => setTimeout(r, 300))")
        now = _links(driver)
        stable, links = (stable + 1 if now == links else 0), now
        if stable == 2:
            break
    pages = [link.removeprefix(site.url()).split("?")[0].split("#")[0] for link in links[1:]]
    return list(dict.fromkeys(pages))  # a page's sections follow the page: keep its first place


def _links(driver: WebDriver) -> list[str]:
    """The result list's count line, then its links, as shown now."""
    return list(driver.execute_script(
        "return [document.querySelector('.md-search-result__meta').textContent,"
        " ...[...document.querySelectorAll('.md-search-result__list > .md-search-result__item"
        " > a.md-search-result__link')].map(a => a.href)]"))
