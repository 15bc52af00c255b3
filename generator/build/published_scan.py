"""The last look at the staged site before it replaces ``site/``: what a visitor would receive.

The data checks look at the sources; this looks at the result, so a bug anywhere between (a
template, a renderer, MkDocs, the search index) cannot publish what the checks would refuse. One
pass over the files of the staged site (pages, the news feed, the search index, open data, the
sitemap and the attachments offered as text: every file ``build/docs`` holds is copied there):

- ``published-personal-id``: a person's national ID as a reader sees it (``read_published``:
  references decoded, invisible characters dropped, any digits; a valid check digit, first digit
  1–8) in any text file;
- ``published-script`` and ``published-offsite-request`` in HTML, SVG, the feed's entries and the
  search index (whose text the search box shows as HTML), and off-site ``url()`` in CSS
  (``generator.build.live_content``).

Binary files (PDF, images, fonts, archives) and the theme's own JavaScript are not read.
Each finding names the published file and, where its needle is found, the data file it probably
came from. Messages never print a whole ID.
"""

from __future__ import annotations

import filecmp
import hashlib
import html
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from generator.build import live_content
from generator.build.live_content import Problem
from generator.diagnostics import Diagnostic, Position, error
from generator.load.yaml_source import parse_yaml
from generator.values.national_id import ids_in_read_text
from generator.values.reader_view import read_published

PERSONAL_ID = "published-personal-id"
_ID_TEXT = frozenset({".html", ".htm", ".xml", ".json", ".csv", ".txt", ".svg", ".webmanifest"})
_LIVE = frozenset({".html", ".htm", ".svg"})
_PAGES = frozenset({".html", ".htm"})
SEARCH_INDEX = "search/search_index.json"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FEED_HTML = re.compile(r"""<(?:\w+:)?(?:content|summary|title|subtitle|rights)\b"""
                        r"""[^>]*\btype=["']html["'][^>]*>(.*?)</""", re.DOTALL)


@dataclass(frozen=True)
class Site:
    """What the scan needs besides the files: the theme's own scripts, the site's own host names,
    the agency directory (to name the data file a finding probably came from)."""

    scripts: list[re.Pattern[str]]
    own_hosts: frozenset[str]
    agency_root: Path | None = None
    label: str = "site"
    """How diagnostics name the published folder (``site``), as the staging folder is removed."""


Scanned = dict[str, tuple[str, list[Diagnostic]]]
"""Files scanned ahead (``scan_ahead``): path → (digest of the bytes scanned, their findings)."""


def scan_site(staging: Path, site: Site, ahead: Scanned | None = None,
              published: Path | None = None) -> list[Diagnostic]:
    """Every finding in the staged site, in file order. A file scanned ahead with the very same
    bytes (``scan_ahead``) is not read a second time, and neither is a file identical to the one
    at the same path of ``published`` — a site this scan passed, with the same theme and host: an
    incremental build's — which would pass again."""
    found: list[Diagnostic] = []
    for relpath in _files(staging):
        suffix = os.path.splitext(relpath)[1].lower()
        if suffix not in _ID_TEXT and suffix != ".css":
            continue
        if published is not None and _same(staging / relpath, published / relpath):
            continue
        data = (staging / relpath).read_bytes()
        if ahead and (known := ahead.get(relpath)) and known[0] == _digest(data):
            found.extend(known[1])
        else:
            found.extend(_findings(site, relpath, suffix, data))
    return found


def _same(path: Path, other: Path) -> bool:
    try:
        return filecmp.cmp(path, other, shallow=False)
    except OSError:
        return False


def scan_ahead(docs: Path, site: Site) -> Scanned:
    """The findings of the files MkDocs publishes as they are (all of ``build/docs`` but the Markdown
    pages: the open data, the feed, the attachments offered as text), under their published paths.
    It runs in another process while MkDocs builds the pages, which is the cold build's longest
    wait: the release packages, CSV and JSON are most of what the scan reads (64 of 92 MB)."""
    return _scanned(docs, site, (relpath for relpath in _files(docs) if not relpath.lower().endswith(".md")))


def scan_pages(staging: Path, site: Site, helper: bool = True) -> Scanned:
    """The findings of the staged site's HTML pages, final once their tables are in. A cold build
    shares them out: another process scans two of every three while this one rewrites the search
    index, then this one scans the third (``helper=False``), so both end about together."""
    pages = [relpath for relpath in _files(staging) if os.path.splitext(relpath)[1].lower() in _PAGES]
    return _scanned(staging, site, (page for index, page in enumerate(pages) if (index % 3 != 2) == helper))


def _scanned(root: Path, site: Site, relpaths: Iterable[str]) -> Scanned:
    scanned: Scanned = {}
    for relpath in relpaths:
        suffix = os.path.splitext(relpath)[1].lower()
        if suffix not in _ID_TEXT and suffix != ".css":
            continue
        data = (root / relpath).read_bytes()
        scanned[relpath] = (_digest(data), _findings(site, relpath, suffix, data))
    return scanned


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _findings(site: Site, relpath: str, suffix: str, data: bytes) -> list[Diagnostic]:
    text = data.decode("utf-8", errors="replace")
    return [_diagnostic(site, relpath, text, problem) for problem in _scan_file(relpath, suffix, text, site)]


def _files(root: Path) -> Iterator[str]:
    for folder, folders, files in os.walk(root):
        folders.sort()
        for name in sorted(files):
            yield os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")


def _scan_file(relpath: str, suffix: str, text: str, site: Site) -> list[Problem]:
    if suffix == ".css":
        return live_content.scan_css(text, site.own_hosts)
    live, readable = "", text
    if suffix in _LIVE:
        live = text
    elif suffix == ".xml":  # a feed's type="html" elements are escaped HTML a feed reader shows
        live = ",".join(html.unescape(body.group(1)) for body in _FEED_HTML.finditer(text))
        readable = f"{text},{live}"
    elif relpath.endswith(SEARCH_INDEX):
        live, readable = _json_text(text), _json_text(text, skip="text")
    elif suffix == ".json":
        readable = _unescaped(text)
    problems = _ids(readable)
    if live:
        problems += live_content.scan_html(live, site.scripts, site.own_hosts)
    if live is not text:  # offsets in a decoded copy give no line of the file
        problems = [replace(problem, offset=-1) for problem in problems]
    return problems


def _json_text(text: str, skip: str = "") -> str:
    """The strings and numbers of a JSON file, ``\\u0e51`` escapes decoded as a reader gets them,
    separated by commas (which end a number: neighbouring values are no ID). ``skip`` leaves out
    the values of one key: the search index's ``text`` repeats the pages' text, already read,
    with table cells run together (``4024`` ``150`` ``120`` ``334`` → ``4024150120334``)."""
    try:
        return _values_text(json.loads(text), skip)
    except ValueError:
        return text


_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)")


def _unescaped(text: str) -> str:
    """A JSON file's text with its string escapes decoded (``\\u0e51`` → ๑), for the ID scan. Its
    values are already apart: quotes, colons and commas end a number, as in ``_json_text``, which
    walks the parsed file and costs ten times as much on the 9 MB release packages."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: _decode(m.group()), text)


def _decode(escape: str) -> str:
    try:
        return str(json.loads(f'"{escape}"'))
    except ValueError:
        return escape


def _values_text(data: object, skip: str = "") -> str:
    strings, stack = [], [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            strings.extend(str(key) for key in value)
            stack.extend(item for key, item in value.items() if key != skip)
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            strings.append(str(value))
    return ",".join(strings)


def _ids(text: str) -> list[Problem]:
    """One finding per person's ID of a file, however often it shows."""
    found = ids_in_read_text(read_published(text))
    people = dict.fromkeys(digits for digits, _, _ in found if digits[0] in "12345678")
    return [Problem(PERSONAL_ID, -1, f"{digits[0]}-xxxx-xxxxx-x{digits[11]}-{digits[12]}", digits)
            for digits in people]


def _diagnostic(site: Site, relpath: str, text: str, problem: Problem) -> Diagnostic:
    problem = replace(problem, what=_CONTROL.sub("?", problem.what))  # a log is a terminal too
    line = text.count("\n", 0, problem.offset) + 1 if problem.offset >= 0 else 0
    where = Position(f"{site.label}/{relpath}", line, 1 if line else 0)
    source = _data_file(site.agency_root, problem) if site.agency_root else None
    from_en, from_th = (f" (probably from {source})", f" (น่าจะมาจาก {source})") if source else ("", "")
    if problem.code == PERSONAL_ID:
        return error("published-personal-id", where, "",
                     f"the built site shows a person's national ID number ({problem.what}){from_en}: "
                     "the site was not switched; remove the number from the data (PDPA)",
                     f"เว็บไซต์ที่สร้างแสดงเลขประจำตัวประชาชนของบุคคล ({problem.what}){from_th} "
                     "จึงไม่เผยแพร่เว็บไซต์ใหม่ กรุณาลบเลขนี้ออกจากข้อมูล")
    if problem.code == live_content.SCRIPT:
        return error("published-script", where, "",
                     f"the built page would run a script the site does not ship: {problem.what}{from_en}; "
                     "the site was not switched",
                     f"หน้าเว็บที่สร้างมีสคริปต์ที่ไม่ได้มาจากธีมของเว็บไซต์: {problem.what}{from_th} "
                     "จึงไม่เผยแพร่เว็บไซต์ใหม่")
    return error("published-offsite-request", where, "",
                 f"the built page would make the browser load from another host: {problem.what}{from_en}; "
                 "the site was not switched",
                 f"หน้าเว็บที่สร้างทำให้เบราว์เซอร์โหลดข้อมูลจากเว็บไซต์อื่น: {problem.what}{from_th} "
                 "จึงไม่เผยแพร่เว็บไซต์ใหม่")


def _data_file(root: Path, problem: Problem) -> str | None:
    """The first data file (or file name) of the agency that holds the finding's needle, as read.
    Runs only when something was found, so reading every data file again costs nothing usually."""
    needle = problem.needle.lower()
    for path in [*sorted((root / "content").rglob("*")), root / "site_config.yml"]:
        relpath = path.relative_to(root).as_posix()
        if not path.is_file() or path.stat().st_size > 16 * 1024 * 1024:
            continue
        text = f"{relpath}\n{_data_text(path)}"
        if problem.code == PERSONAL_ID:
            if any(needle == digits for digits, _, _ in ids_in_read_text(read_published(text))):
                return relpath
        elif needle and needle in html.unescape(text).lower():
            return relpath
    return None


def _data_text(path: Path) -> str:
    """A data file's text, YAML escapes (``"\\u200b"``) decoded when it parses."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix in (".yml", ".yaml"):
        source, _ = parse_yaml(text, path.name)  # our loader: no aliases, no bombs
        if source is not None:
            return f"{text}\n{_values_text(source.data)}"
    return text
