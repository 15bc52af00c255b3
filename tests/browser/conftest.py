"""The built demo in a real browser: Debian's Chromium, headless, driven through chromium-driver.

One build of a copy of the demo, served on 127.0.0.1 (a free port) by a thread of this process, and
one browser session for the whole suite. The browser records every request through Chrome's
performance log (the DevTools Network events), so a test can say which hosts a page asked and which
answers were errors. Outside CI the suite skips when Chromium is missing; with CI=true that is a
failure (.ci/run installs it).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
REPO = Path(__file__).resolve().parents[2]
# Screenshots for people to look at (README); git-ignored. Not under build/: `oitgen build` clears
# every file there that it did not write.
SCREENSHOTS = REPO / "screenshots"


def _require_chromium() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if not missing:
        return
    reason = (f"Chromium is not installed ({', '.join(missing)} missing;"
              " apt-get install chromium chromium-driver)")
    if os.environ.get("CI") == "true":
        pytest.fail(reason + ": the browser suite must run in CI", pytrace=False)
    pytest.skip(reason)


class _Handler(SimpleHTTPRequestHandler):
    """A static host like GitHub Pages: a missing path is answered with the site's 404.html."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Site:
    """The served demo: its files on disk and the address the browser uses."""

    root: Path
    base: str

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def url(self, path: str = "") -> str:
        return f"{self.base}/{path.lstrip('/')}"


@contextlib.contextmanager
def serve(root: Path) -> Iterator[Site]:
    """Serve ``root/site`` from 127.0.0.1 on a free port for as long as the block runs."""
    handler = functools.partial(_Handler, directory=str(root / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(root, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(demo_site: Path) -> Iterator[Site]:
    """The demo copy built once (tests/conftest.py), served from 127.0.0.1 on a free port."""
    with serve(demo_site) as served:
        yield served


@dataclass
class Request:
    url: str
    status: int | None = None


@dataclass
class Browser:
    """One Chromium session and the requests it made since the last ``take_requests``."""

    driver: object
    requests: dict[str, Request] = field(default_factory=dict)

    def take_requests(self) -> list[Request]:
        """Every request the browser sent since the last call, with its HTTP status if answered."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message["method"] == "Network.requestWillBeSent":
                self.requests.setdefault(params["requestId"], Request(params["request"]["url"]))
            elif message["method"] == "Network.responseReceived":
                found = self.requests.setdefault(params["requestId"], Request(params["response"]["url"]))
                found.status = params["response"]["status"]
        taken, self.requests = list(self.requests.values()), {}
        return taken

    def resize(self, width: int, height: int = 900) -> None:
        """Make the viewport (not the window) ``width`` px wide; nothing to do when it already is."""
        inner = self.driver.execute_script("return [window.innerWidth, window.innerHeight]")
        if inner == [width, height]:
            return
        self.driver.set_window_size(width, height)
        inner = self.driver.execute_script("return [window.innerWidth, window.innerHeight]")
        if inner != [width, height]:
            size = self.driver.get_window_size()
            self.driver.set_window_size(size["width"] + width - inner[0], size["height"] + height - inner[1])

    def open(self, url: str, width: int = 1280) -> None:
        """Load ``url`` at ``width`` px and wait for its web fonts."""
        self.resize(width)
        self.driver.get(url)
        self.driver.execute_script("return document.fonts.ready")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium with background networking off; one session for the whole suite."""
    _require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-default-apps", "--disable-sync", "--no-first-run", "--disable-extensions",
                "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--lang=th-TH", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        browser = Browser(driver)
        browser.resize(1280)
        yield browser
    finally:
        driver.quit()


def other_hosts(requests: list[Request], base: str) -> list[str]:
    """URLs of requests that left the served site (data: and blob: URLs never leave the page)."""
    own = urlsplit(base).netloc
    return [r.url for r in requests
            if urlsplit(r.url).scheme in ("http", "https", "ws", "wss") and urlsplit(r.url).netloc != own]


@pytest.fixture(scope="session")
def screenshots() -> Path:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS
