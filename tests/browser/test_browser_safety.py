"""What a reader's browser does with the published files: every open-data download answers with a
file, and a site built from the XSS payload corpus opens no dialog and gains no element."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from selenium.common.exceptions import NoAlertPresentException

from tests.browser.conftest import Browser, Site, serve
from tests.conftest import DEMO, build, copy_agency
from tests.test_xss import MARK, SAMPLE, _edit, _marked

FETCH = """
const done = arguments[arguments.length - 1];
Promise.all(arguments[0].map(u => fetch(u).then(r => r.arrayBuffer().then(b =>
  ({url: u, status: r.status, type: r.headers.get('content-type'), size: b.byteLength})))))
  .then(done, e => done(String(e)));
"""


def test_every_open_data_link_answers_with_a_file(browser: Browser, site: Site) -> None:
    browser.open(site.url("data/"))
    links = browser.driver.execute_script(
        "return [...document.querySelectorAll('article a[href]')].map(a => a.href)"
        ".filter(h => /\\.(csv|json)$/.test(h))")
    assert len(links) >= 10  # every dataset as CSV and JSON (and a schema)
    answers = browser.driver.execute_async_script(FETCH, links)
    assert [a for a in answers if a["status"] != 200 or a["size"] == 0] == []


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The demo with payloads of the XSS corpus in its name, a plan, the No Gift Policy, a document
    and a news item (the same fields as tests/test_xss.py's real build)."""
    root = copy_agency(DEMO, tmp_path_factory.mktemp("hostile"))
    sample = [_marked(p) for p in SAMPLE]
    content = root / "content"
    _edit(root / "site_config.yml", r"^  name: .*$", sample[0])
    _edit(content / "plans/2568.yml", r"^title: .*$", sample[1])
    _edit(content / "plans/2568.yml", r"^    title: .*$", sample[3])
    _edit(content / "no-gift/2568.yml", r"^  - title: .*$", sample[4])
    _edit(content / "documents/hr-policy-2568.yml", r"^title: .*$", sample[5])
    news = content / "news/2024-10-01-no-gift-policy.md"
    _edit(news, r"^title: .*$", sample[6])
    news.write_text(news.read_text(encoding="utf-8") + "\n" + "\n\n".join(sample) + "\n", encoding="utf-8")
    assert build(root) == 0
    with serve(root) as served:
        yield served


TRAP = "window.__oitDialogs = []; for (const f of ['alert', 'confirm', 'prompt'])" \
       " window[f] = (...a) => { window.__oitDialogs.push(f + ':' + a.join(',')); };"
INJECTED = f"""
return [...document.querySelectorAll('*')].filter(e =>
  [...e.attributes].some(a => /^on/i.test(a.name)
    || (/^(src|href|srcdoc|action)$/i.test(a.name) && /^\\s*(javascript|data|vbscript):/i.test(a.value)))
  || (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG'].includes(e.tagName) && e.outerHTML.includes('{MARK}'))
).map(e => e.outerHTML.slice(0, 120));
"""


@pytest.mark.parametrize("path", ["", "anti-corruption/plans/2568/", "anti-corruption/no-gift/2568/",
                                  "hr/documents/hr-policy-2568/", "basic/news/2568/"])
def test_payload_pages_open_no_dialog_and_gain_no_element(
        browser: Browser, hostile_site: Site, path: str) -> None:
    driver = browser.driver
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    try:
        browser.open(hostile_site.url(path))
        driver.execute_script("return new Promise(r => setTimeout(r, 300))")
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text  # noqa: B018 - reading it is the check
        assert driver.execute_script("return window.__oitDialogs") == []
        assert driver.execute_script(INJECTED) == []
        assert f"m{MARK}" in driver.find_element("tag name", "body").text  # the payload shows as text
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument",
                               {"identifier": script["identifier"]})
        browser.take_requests()
