"""Incremental builds: run MkDocs not at all, or only over the pages that changed.

``plan`` compares the generated files with the record of the site's last build (``site_state``):
nothing changed → MkDocs does not run and the site is not touched; only pages and data files of
``docs/`` changed, while the page set, every title the navigation shows, ``mkdocs.yml`` and the
theme stayed → a *dirty* build; anything else, or any doubt → a full build.

A dirty build (``mkdocs build --dirty``: a page is rebuilt only when its output is missing or
older than its source) runs in a staging folder seeded with a copy of the current site — never
links to it, so the live site stays as it is until the swap. The output of every changed page and
file is deleted from the copy first, so MkDocs must redo them whatever the clocks say, and so is
any page MkDocs would redo on its own (its output older than its source): the set of redone pages
is known exactly. Because every other page's navigation, neighbours and links depend only on the
page set, the titles and the configuration, all unchanged, the copies are what a full build would
write. The one file MkDocs makes from all pages, the search index, is then merged: the previous
build's raw index with the redone pages' entries replaced in place, in the same order as a full
build. The post-processing (``mkdocs_build``) then runs on the staged site as after a full build,
so it must make its result from ``build/`` and the staged pages and leave a page it has already
processed as it is: the pages not redone are copies of processed ones.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import posixpath
import re
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from generator.build.site_state import SiteState, matches, title_key
from generator.render.fragments import PLACEHOLDER_RE, fragment_path

DOCS = "docs/"
SEARCH_INDEX = "search/search_index.json"


class NotIncremental(Exception):
    """The dirty build cannot be trusted to equal a full one: build in full instead."""


@dataclass(frozen=True)
class Plan:
    mode: str
    """``skip`` (site up to date), ``dirty`` (only ``pages`` redone) or ``full``."""
    pages: frozenset[str] = frozenset()
    """Paths under ``docs/`` whose output a dirty build must redo."""
    search: bytes = b""
    """The previous raw search index (dirty) or the current one (skip)."""


FULL = Plan("full")


@dataclass(frozen=True)
class Generated:
    """What a plan needs of the generated files (not the files: they need not stay in memory)."""

    digests: dict[str, str]
    """Each file → the SHA-256 of its bytes."""
    titles: dict[str, str]
    """Each page → its ``title_key``."""
    filled: dict[str, set[str]]
    """Each table fragment → the pages (under ``docs/``) whose Markdown holds its placeholder."""


class Describing:
    """A ``Generated`` made while the files go by (``passing``), so they need not be kept."""

    def __init__(self) -> None:
        self.generated = Generated({}, {}, {})

    def passing(self, files: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, bytes]]:
        for path, data in files:
            self.add(path, data)
            yield path, data

    def add(self, path: str, data: bytes) -> None:
        """A table kept out of a page's Markdown (``render.fragments``) is put into the built page by
        the post-processing: a change to it is a change to the pages that hold its placeholder."""
        generated = self.generated
        generated.digests[path] = hashlib.sha256(data).hexdigest()
        if path.startswith(DOCS) and path.endswith(".md"):
            generated.titles[path] = title_key(data)
            for name in PLACEHOLDER_RE.findall(data.decode("utf-8", "replace")):
                generated.filled.setdefault(fragment_path(name), set()).add(path.removeprefix(DOCS))


def describe(files: Mapping[str, bytes]) -> Generated:
    describing = Describing()
    for path, data in files.items():
        describing.add(path, data)
    return describing.generated


def plan(previous: SiteState | None, generated: Generated, site_dir: Path) -> Plan:
    """How to bring ``site_dir`` up to date with the files ``generated`` describes."""
    if previous is None or not matches(site_dir, previous.site):
        return FULL  # no record, or the site was changed by hand since: start afresh
    digests = generated.digests
    if digests == previous.files:
        return Plan("skip", search=previous.search)
    if digests.keys() != previous.files.keys() or generated.titles != previous.titles:
        return FULL  # the page set or the navigation changed: every page shows them
    pages: set[str] = set()
    for path in (path for path in digests if digests[path] != previous.files[path]):
        if path.startswith(DOCS):
            pages.add(path.removeprefix(DOCS))
        elif path in generated.filled:
            pages |= generated.filled[path]
        else:
            return FULL  # mkdocs.yml, the theme: what every page is made with
    return Plan("dirty", frozenset(pages), previous.search)


def seed(site_dir: Path, staging: Path, config: MkDocsConfig, pages: frozenset[str]) -> set[str]:
    """Copy the current site into ``staging`` and delete the output of every page or file to redo;
    returns the URLs of the Markdown pages MkDocs will build again."""
    shutil.copytree(site_dir, staging, symlinks=True)
    docs, redone = Path(config.docs_dir), set()
    for path in sorted(docs.rglob("*")):
        if not path.is_file():
            continue
        file = File(path.relative_to(docs).as_posix(), str(docs), str(staging), config.use_directory_urls)
        output = Path(file.abs_dest_path)
        stale = not output.is_file() or output.stat().st_mtime_ns < path.stat().st_mtime_ns
        if file.src_uri in pages or stale:
            output.unlink(missing_ok=True)
            if file.is_documentation_page():
                redone.add(file.url)
    return redone


class _DirtyNotice(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation stale; it cannot here (``plan``), and
    in strict mode the warning would abort the build."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


@contextmanager
def dirty_notice_silenced() -> Iterator[None]:
    logger, notice = logging.getLogger("mkdocs.commands.build"), _DirtyNotice()
    logger.addFilter(notice)
    try:
        yield
    finally:
        logger.removeFilter(notice)


_ID = re.compile(r"""\bid=["']([^"']*)["']""")
_HREF = re.compile(r"""\bhref=["']([^"']*)["']""")


def _html(path: Path) -> str | None:
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None


def _ids(text: str) -> set[str]:
    return {html.unescape(found) for found in _ID.findall(text)}


def _page_file(url: str) -> str:
    return url if url.endswith(".html") else f"{url}index.html"


def check_anchors(staging: Path, site_dir: Path, redone: set[str]) -> None:
    """What a dirty build leaves unchecked, checked on the HTML (strict MkDocs checks it on the
    Markdown): no anchor of a redone page may disappear, as a page not redone may link to it, and
    each link of a redone page to an anchor of a page not redone must find it there. Any doubt
    (an id gone, an anchor not found) means a full build, where MkDocs judges."""
    for url in redone:
        new = _html(staging / _page_file(url))
        if new is None:
            continue
        old = _html(site_dir / _page_file(url))
        if old is not None and _ids(old) - _ids(new):
            raise NotIncremental(f"an anchor of {url or 'the home page'} is gone")
        for href in _HREF.findall(new):
            target, _, anchor = html.unescape(href).partition("#")
            if not anchor or not target or urlsplit(target).scheme or target.startswith("/"):
                continue  # no anchor, the same page (checked by MkDocs), another site, or not ours
            page = posixpath.normpath(posixpath.join(url or ".", unquote(target)))
            page = "" if page == "." else page + ("/" if target.endswith("/") else "")
            if page in redone or page.startswith("..") or not (page == "" or page.endswith(("/", ".html"))):
                continue  # checked by MkDocs, outside the site, or a file that is not a page
            found = _html(staging / _page_file(page))
            if found is not None and not {anchor, unquote(anchor)} & _ids(found):
                raise NotIncremental(f"{url} links to #{anchor} of {page}, not there")


def _page(location: str) -> str:
    return location.split("#", 1)[0]


def merge_search(previous: bytes, rebuilt: bytes, redone: set[str]) -> bytes:
    """The raw index a full build would write: ``previous`` with the entries of the ``redone``
    pages replaced by those of ``rebuilt`` (which holds only theirs), each page in its place."""
    try:
        old, new = json.loads(previous), json.loads(rebuilt)
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotIncremental("unreadable search index") from exc
    if old.get("config") != new.get("config"):
        raise NotIncremental("search configuration changed")
    fresh: dict[str, list[Any]] = {}
    for entry in new.get("docs", []):
        fresh.setdefault(_page(entry["location"]), []).append(entry)
    placed = {_page(entry["location"]) for entry in old.get("docs", [])}
    if not fresh.keys() <= redone or not fresh.keys() <= placed:
        raise NotIncremental("a page's place in the search index is unknown")
    docs: list[Any] = []
    for entry in old.get("docs", []):
        page = _page(entry["location"])
        if page not in redone:
            docs.append(entry)
        elif page in fresh:
            docs.extend(fresh.pop(page))
    return json.dumps({**new, "docs": docs}, separators=(",", ":"), default=str).encode("utf-8")


def read_search(staging: Path) -> bytes:
    path = staging / SEARCH_INDEX
    return path.read_bytes() if path.is_file() else b""


def write_search(staging: Path, data: bytes) -> None:
    path = staging / SEARCH_INDEX
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
