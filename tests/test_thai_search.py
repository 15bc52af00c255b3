"""The search index's Thai text is cut into words (DESIGN §4); table wrappers are named regions.

Expected cuts are ICU's (and so Chromium's Intl.Segmenter's), as DESIGN §4 records them:
ของขวัญ → ของ|ขวัญ, จัดซื้อจัดจ้าง → จัด|ซื้อ|จัด|จ้าง.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.build.thai_search import ZWSP, segment, segment_index, thai_words
from generator.render.table_regions import label_table_regions


def test_thai_runs_are_cut_as_the_browser_cuts_them() -> None:
    assert thai_words("ของขวัญ") == ["ของ", "ขวัญ"]
    assert thai_words("จัดซื้อจัดจ้าง") == ["จัด", "ซื้อ", "จัด", "จ้าง"]
    assert thai_words("ป้องกันการทุจริต") == ["ป้องกัน", "การ", "ทุจริต"]


def test_only_thai_is_cut_and_markup_and_latin_stay_as_they_were() -> None:
    text = '<p>นโยบายไม่รับของขวัญ (No Gift Policy) 2568</p>'
    cut = segment(text)
    assert cut.replace(ZWSP, "") == text
    assert f"ของ{ZWSP}ขวัญ" in cut and "(No Gift Policy) 2568</p>" in cut


def test_index_gets_the_zero_width_space_as_a_separator(tmp_path: Path) -> None:
    index = {"config": {"separator": r"[\s\-]+", "lang": ["th"]},
             "docs": [{"location": "", "title": "หน้าแรก", "text": "การป้องกันการทุจริต"}]}
    result = segment_index(index)
    assert result["config"]["separator"] == "\\u200b|[\\s\\-]+"  # a JS RegExp source: \u200b escape
    assert result["docs"][0]["text"] == ZWSP.join(["การ", "ป้องกัน", "การ", "ทุจริต"])
    assert index["docs"][0]["text"] == "การป้องกันการทุจริต"  # the input is not changed
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result


def test_every_captioned_table_wrapper_becomes_a_focusable_named_region() -> None:
    html = ('<div class="oit-table-wrap" markdown="0">\n<table class="oit-table">\n'
            '<caption>แผน &quot;ก&quot; <span>2568</span></caption>\n</table>\n</div>')
    labelled = label_table_regions(html)
    assert ('<div class="oit-table-wrap" markdown="0" role="region" tabindex="0" '
            'aria-label="แผน &quot;ก&quot; 2568">') in labelled
    assert "<caption>แผน &quot;ก&quot; <span>2568</span></caption>" in labelled  # caption untouched


def test_demo_build_writes_a_cut_utf8_index(demo_site: Path) -> None:
    raw = (demo_site / "site/search/search_index.json").read_text(encoding="utf-8")
    assert "\\u0e" not in raw.lower()  # Thai written as UTF-8, not as \\uXXXX escapes
    index = json.loads(raw)
    assert index["config"]["separator"].startswith("\\u200b|")
    no_gift = next(d for d in index["docs"] if d["location"] == "anti-corruption/no-gift/2568/")
    assert f"ของ{ZWSP}ขวัญ" in no_gift["title"] + no_gift["text"]
    page = (demo_site / "site/anti-corruption/no-gift/2568/index.html").read_text(encoding="utf-8")
    assert ZWSP not in page  # pages stay untouched: copied text carries no hidden characters


def test_pages_kept_out_of_search_are_found_by_their_title(demo_site: Path) -> None:
    """Each month's สขร.1 page has ``search: exclude`` (its table is long); its title stays."""
    index = json.loads((demo_site / "site/search/search_index.json").read_text(encoding="utf-8"))
    month = [d for d in index["docs"] if d["location"] == "budget/procurement/2568/01/"]
    assert [(d["title"].replace(ZWSP, ""), d["text"]) for d in month] == [
        ("สรุปผลการจัดซื้อจัดจ้าง เดือนมกราคม 2568", "")]
