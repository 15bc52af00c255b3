"""MkDocs hook: cut the Thai text of the search index into words (DESIGN §4).

Thai is written without spaces, and Material's search splits text only on its ``separator``, so a
word inside a sentence (ของขวัญ in นโยบายไม่รับของขวัญ) was unfindable. After the build this hook
cuts every Thai run of ``search/search_index.json`` with ICU's word break iterator, joins the words
with U+200B and adds U+200B to the index's separator. The browser cuts the query with
``Intl.Segmenter`` — ICU too, in Chromium — (``theme/assets/javascripts/thai-search.js``), so both
sides cut the same way. Pages stay untouched: copied text carries no hidden characters.

Pages whose body is kept out of the index (``search: exclude``, e.g. each month's สขร.1 table) are
added back by their title alone, so a reader still finds them by name.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import icu

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


def segment(text: str) -> str:
    """``text`` with a zero-width space between the Thai words of every Thai run."""
    return THAI_RUN.sub(lambda m: ZWSP.join(thai_words(m.group())), text)


def segment_index(index: dict[str, Any]) -> dict[str, Any]:
    """The search index with its titles and texts cut into words and U+200B a separator."""
    docs = [{**doc, **{key: segment(doc[key]) for key in ("title", "text") if isinstance(doc.get(key), str)}}
            for doc in index.get("docs", [])]
    config = dict(index.get("config", {}))
    config["separator"] = "\\u200b|" + config.get("separator", r"[\s\-]+")
    return {**index, "config": config, "docs": docs}


_title_only: dict[str, str] = {}


def on_config(config: Any) -> Any:
    _title_only.clear()
    return config


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """Remember the pages whose body is excluded from search, to index their titles."""
    search = page.meta.get("search")
    if isinstance(search, dict) and search.get("exclude"):
        _title_only[page.url] = page.title
    return context


def with_titles(index: dict[str, Any], titles: dict[str, str]) -> dict[str, Any]:
    """The index with a title-only entry for each excluded page (titles are escaped HTML already)."""
    present = {doc.get("location") for doc in index.get("docs", [])}
    extra = [{"location": url, "title": title, "text": ""}
             for url, title in sorted(titles.items()) if url not in present]
    return {**index, "docs": [*index.get("docs", []), *extra]}


def on_post_build(config: Any) -> None:
    """Rewrite ``search/search_index.json`` once the search plugin has written it."""
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.exists():
        return
    index = segment_index(with_titles(json.loads(path.read_text(encoding="utf-8")), _title_only))
    # UTF-8 rather than Material's \uXXXX escapes: Thai text is a third of the size.
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
