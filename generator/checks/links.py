"""``oitgen check --links``: are the external links in the data still there? (DGA: broken links.)

Only when asked: the ordinary check and build never touch the network. Every ``http(s)://``
address written in a data file — a field that is a URL or one inside a text — is requested once
(``HEAD``, then ``GET`` when a server refuses ``HEAD``), with a short timeout and a bounded number
of requests at a time, and each address that fails is reported where it is written
(``broken-link``, a warning: a site may be down for an hour; the webmaster judges). Redirects are
followed as a browser would.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from generator.diagnostics import Diagnostic, FieldPath, format_path, warning
from generator.load.agency import Agency
from generator.load.yaml_source import SourceFile

TIMEOUT = 5.0
WORKERS = 8
_URL = re.compile(r"https?://[^\s<>\"'`)\]}]+", re.IGNORECASE)
_HEAD_REFUSED = {403, 405, 501}


def _strings(value: Any, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
    elif isinstance(value, str):
        yield path, value


def external_links(agency: Agency) -> dict[str, list[tuple[SourceFile, FieldPath]]]:
    """Each external address in the data → every place it is written (site_config.yml's own
    ``site.url`` is not one: the site may not be published yet)."""
    found: dict[str, list[tuple[SourceFile, FieldPath]]] = {}
    for source in (loaded.source for loaded in agency.all_loaded()):
        for path, text in _strings(getattr(source, "data", None)):
            for url in _URL.findall(text):
                found.setdefault(url.rstrip(".,;:"), []).append((source, path))
    return found


def probe(url: str, timeout: float = TIMEOUT) -> str | None:
    """``None`` when the address answers with success, else why not (in English)."""
    failure = None
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": "oitgen-link-check"})
        try:
            with urllib.request.urlopen(request, timeout=timeout):
                return None
        except urllib.error.HTTPError as exc:
            failure = f"HTTP {exc.code}"
            if method == "HEAD" and exc.code in _HEAD_REFUSED:
                continue
            return failure
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            return f"no answer ({reason})"
    return failure


def check_links(agency: Agency, timeout: float = TIMEOUT, workers: int = WORKERS) -> list[Diagnostic]:
    """A ``broken-link`` warning at every place an address that fails is written."""
    links = external_links(agency)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = dict(zip(links, pool.map(lambda url: probe(url, timeout), links), strict=True))
    return [warning("broken-link", source.position_of(path), format_path(path),
                    f"{url} does not work: {reason}; correct or remove the link",
                    f"ลิงก์ {url} ใช้งานไม่ได้ ({reason}) กรุณาแก้ไขหรือลบลิงก์")
            for url, reason in results.items() if reason is not None
            for source, path in links[url]]
