"""axe-core (vendored, default rules) on every page type at desktop and phone width: no serious or
critical violation. axe is injected by the test driver, never served by the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Browser, Site
from tests.browser.pages import PAGE_TYPES

AXE_JS = Path(__file__).resolve().parents[1] / "vendor" / "axe-core" / "axe.min.js"
AXE = AXE_JS.read_text(encoding="utf-8")
WIDTHS = (1280, 360)


def axe_violations(browser: Browser) -> list[dict]:
    driver = browser.driver
    if not driver.execute_script("return typeof window.axe !== 'undefined'"):
        driver.execute_script(AXE)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        "  nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]))")


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
@pytest.mark.parametrize("width", WIDTHS)
def test_no_serious_accessibility_violation(browser: Browser, site: Site, kind: str, width: int) -> None:
    browser.open(site.url(PAGE_TYPES[kind]), width)
    found = [v for v in axe_violations(browser) if v["impact"] in ("serious", "critical")]
    assert not found, "\n".join(f"{v['id']} ({v['impact']}): {node}" for v in found for node in v["nodes"])
