"""A month of many records (issue 16): its table never goes through the Markdown parser, it is
split over pages of at most ``ROWS_PER_PAGE`` records so that no page passes 300 KB, every record
is published exactly once, and a reader still finds the month by a supplier's name."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.render.paging import ROWS_PER_PAGE
from tests.conftest import FIXTURES, build, copy_agency

HEADER = ("no,title,budget,reference_price,method,bidders,winner,agreed_price,winner_tax_id,reason,"
          "contract_no,contract_date")
RECORDS = 2 * ROWS_PER_PAGE + 50
MONTH = "budget/procurement/2568/11"


def _row(n: int) -> str:
    supplier = f"ร้านทดสอบรายที่{n}"
    return (f"{n},จัดซื้อวัสดุรายการที่ {n} สำหรับโครงการทดสอบหน้ายาว,5000,5000,เฉพาะเจาะจง,"
            f"{supplier} — 4900,{supplier},4900,,เสนอราคาต่ำสุดและมีคุณสมบัติครบถ้วนตามที่กำหนดไว้,{n}/2568,15 พ.ย. 67")


def test_a_big_month_is_split_into_pages_under_300_kb_and_stays_findable(tmp_path: Path) -> None:
    root = copy_agency(FIXTURES / "procurement/agency", tmp_path / "agency")
    month = root / "content/procurement/2568/11.csv"
    month.write_text("\n".join([HEADER, *(_row(n) for n in range(1, RECORDS + 1))]) + "\n", encoding="utf-8")
    assert build(root) == 0
    site = root / "site"

    markdown = (root / f"build/docs/{MONTH}.md").read_text(encoding="utf-8")
    assert "<table" not in markdown and "<!--oitgen-fragment:" in markdown  # kept from the parser
    pages = [site / f"{MONTH}{suffix}/index.html" for suffix in ("", "-2", "-3")]
    assert not (site / f"{MONTH}-4").exists()
    texts = [page.read_text(encoding="utf-8") for page in pages]
    numbers = [int(n) for text in texts for n in re.findall(r"<tr>\s*<td>(\d+)</td>", text)]
    assert numbers == list(range(1, RECORDS + 1))  # every record once, in order, over three pages
    assert all("<!--oitgen-fragment:" not in text for text in texts)
    assert 'href="../11-3/"' in texts[0] and 'href="../11/"' in texts[2]
    assert max(page.stat().st_size for page in site.rglob("*.html")) <= 300 * 1024

    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    words = {doc["location"]: doc["text"].replace("\u200b", "") for doc in index["docs"]}
    assert "ร้านทดสอบรายที่150" in words[f"{MONTH}/"] and "ร้านทดสอบรายที่450" in words[f"{MONTH}-3/"]
    first = words[f"{MONTH}/"]
    assert first.count("จัดซื้อวัสดุรายการที่") == 1 and "4,900.00" not in first  # distinct words, no amounts
