"""Post-processing of the staged site: cut the Thai text of the search index into words (DESIGN §4).

Thai is written without spaces, and Material's search splits text only on its ``separator``, so a
word inside a sentence (ของขวัญ in นโยบายไม่รับของขวัญ) was unfindable. After the build this hook
cuts every Thai run of ``search/search_index.json`` with ICU's word break iterator, joins the words
with U+200B and adds U+200B to the index's separator. The browser cuts the query with
``Intl.Segmenter`` — ICU too, in Chromium — (``theme/assets/javascripts/thai-search.js``), so both
sides cut the same way. Pages stay untouched: copied text carries no hidden characters.

Pages whose body is kept out of the index (``search: exclude``, e.g. each month's สขร.1 table) are
added back by their heading alone, so a reader still finds them by name. This runs on the staged
site before it is scanned and switched in, not as an MkDocs hook: the generator stays outside the
engine (DESIGN §1).
"""

from __future__ import annotations

import html
import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import icu

from generator.build.pdf_search import attachment_docs

ZWSP = "\u200b"
THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


@cache
def _breaker() -> icu.BreakIterator:
    return icu.BreakIterator.createWordInstance(icu.Locale("th"))


def thai_words(run: str) -> list[str]:
    """The words of one run of Thai letters, as ICU (and so Chromium) cuts them."""
    breaker = _breaker()
    breaker.setText(run)
    start, words = 0, []
    for end in breaker:
        words.append(run[start:end])
        start = end
    return words


@lru_cache(maxsize=1 << 16)
def _cut(run: str) -> str:
    """A Thai run cut by ZWSP: the same names and words come back in entry after entry."""
    return ZWSP.join(thai_words(run))


def segment(text: str) -> str:
    """``text`` with a zero-width space between the Thai words of every Thai run."""
    return THAI_RUN.sub(lambda m: _cut(m.group()), text)


def segment_index(index: dict[str, Any]) -> dict[str, Any]:
    """The search index with its titles and texts cut into words and U+200B a separator."""
    docs = [{**doc, **{key: segment(doc[key]) for key in ("title", "text") if isinstance(doc.get(key), str)}}
            for doc in index.get("docs", [])]
    config = dict(index.get("config", {}))
    config["separator"] = "\\u200b|" + config.get("separator", r"[\s\-]+")
    return {**index, "config": config, "docs": docs}


_HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_TAG = re.compile(r"<[^>]+>")


def page_headings(site_dir: Path) -> dict[str, str]:
    """Each built page's location (as the index names it) → its first heading, as escaped HTML."""
    found = {}
    for page in sorted(site_dir.rglob("index.html")):
        if match := _HEADING.search(page.read_text(encoding="utf-8", errors="replace")):
            location = page.parent.relative_to(site_dir).as_posix()
            heading = html.unescape(_TAG.sub("", match[1])).replace("¶", "").strip()  # no permalink mark
            found["" if location == "." else f"{location}/"] = html.escape(heading, quote=False)
    return found


def with_titles(index: dict[str, Any], titles: dict[str, str]) -> dict[str, Any]:
    """The index with a title-only entry for each page it lacks (titles are escaped HTML already)."""
    present = {doc.get("location", "").split("#")[0] for doc in index.get("docs", [])}
    extra = [{"location": url, "title": title, "text": ""}
             for url, title in sorted(titles.items()) if url not in present]
    return {**index, "docs": [*index.get("docs", []), *extra]}


def with_table_words(index: dict[str, Any], words: dict[str, str]) -> dict[str, Any]:
    """The index with the words of each page's bulk tables (``fragments.table_words``, plain text)
    added to the page's own entry (its location without ``#``), which ``with_titles`` ensures."""
    def added(doc: dict[str, Any]) -> dict[str, Any]:
        extra = html.escape(words.get(doc.get("location", ""), ""), quote=False)
        return {**doc, "text": f"{doc.get('text', '')} {extra}".strip()} if extra else doc

    return {**index, "docs": [added(doc) for doc in index.get("docs", [])]}


def rewrite_search_index(site_dir: Path, table_words: dict[str, str] | None = None) -> None:
    """Rewrite the built ``search/search_index.json``: every page findable by its heading and by
    the words of its bulk tables, the text of published PDFs added (``pdf_search``), Thai text cut
    into words."""
    path = site_dir / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index = with_table_words(with_titles(index, page_headings(site_dir)), table_words or {})
    index = segment_index({**index, "docs": [*index.get("docs", []), *attachment_docs(site_dir)]})
    # UTF-8 rather than Material's \uXXXX escapes: Thai text is a third of the size.
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
