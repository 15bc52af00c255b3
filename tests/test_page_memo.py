"""Rendered pages kept between builds (issue 16): a page is read back only when everything it is
made from is the same, told apart by type as well as by value; after any edit the build tree is
exactly what a build without the memo writes."""

from __future__ import annotations

import datetime as dt
import enum
import pickle
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from markupsafe import Markup

from generator import pipeline
from generator.models.procurement import Bid
from generator.render.page_memo import Fingerprints, PageMemo, Unkeyable
from generator.values.numbers import Amount
from tests.conftest import DEMO, copy_agency, edit_file


class Colour(enum.StrEnum):
    RED = "red"


SAME_TEXT_OTHER_TYPE = [
    ("<b>", Markup("<b>")),  # escaped when printed, or printed as it is
    ("2024-01-01", dt.date(2024, 1, 1)),  # as written, or shown in the Buddhist era
    ("red", Colour.RED),
    (1, True),
    (Decimal("1.0"), Decimal("1.00")),  # 1.0 and 1.00 are printed differently
    ([1, 2], (1, 2)),
    ({"a": 1, "b": 2}, {"b": 2, "a": 1}),  # another order is another iteration
    (Amount(None), Amount(None, no_budget=True)),  # "-" and ไม่ใช้งบประมาณ
    (None, ""),
]


@pytest.mark.parametrize(("one", "other"), SAME_TEXT_OTHER_TYPE)
def test_values_that_print_differently_have_different_fingerprints(one: object, other: object) -> None:
    prints = Fingerprints()
    assert prints.of({"x": one}) != prints.of({"x": other})


def test_equal_values_made_separately_have_one_fingerprint() -> None:
    def context() -> dict[str, object]:
        return {"bid": Bid(name="ร้านตัวอย่าง", price="1,000.50"), "when": dt.date(2025, 1, 10),
                "rows": [Amount(Decimal("5.00"))], "links": {Markup("a.md")}}
    assert Fingerprints().of(context()) == Fingerprints().of(context())
    assert Fingerprints().of(context()) != Fingerprints().of({**context(), "bid": Bid(name="ร้านตัวอย่าง",
                                                                                      price="1,000.51")})


def test_a_value_of_an_unknown_type_makes_the_page_unkeyable() -> None:
    with pytest.raises(Unkeyable):
        Fingerprints().of({"call": lambda: 1})
    assert PageMemo(Path("unused")).key("page.md.j2", {"data": b"bytes"}, "") is None


def _generated(root: Path) -> dict[str, bytes]:
    checked = pipeline.check(root, cache=True)  # as oitgen build: records know their file's digest
    assert checked.agency is not None and checked.ok, checked.diagnostics
    pipeline.generate(checked, root / "build")
    build = root / "build"
    return {path.relative_to(build).as_posix(): path.read_bytes() for path in sorted(build.rglob("*"))
            if path.is_file() and ".cache" not in path.parts}


def _memo_files(root: Path) -> dict[str, object]:
    """Each entry of the memo and what it holds: a page's text, or a year's open-data files."""
    return {path.name: pickle.loads(path.read_bytes())[1]
            for path in (root / "build" / ".cache" / "pages").iterdir()}


def test_after_an_edit_the_tree_is_what_a_build_without_the_memo_writes(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    _generated(root)
    before = _memo_files(root)
    assert len(before) > 100  # every page of the demo is kept
    edit_file(root / "content" / "procurement" / "2568" / "01.csv", "จ้างเหมาจัดทำป้ายประชาสัมพันธ์โครงการ",
              "จ้างเหมาจัดทำป้ายประชาสัมพันธ์โครงการ ฉบับแก้ไขทดสอบ")
    edited = _generated(root)
    after = _memo_files(root)
    made = set(after) - set(before)
    pages = {name for name in made if isinstance(after[name], str)}
    assert 0 < len(pages) < 5  # that month's page, and what shows its records
    assert len(made - pages) == 3  # 2568's procurement tables, OCDS package and NACC lists
    kept = set(after) & set(before)
    assert len([name for name in kept if isinstance(after[name], str)]) > 100  # the other pages, read back
    assert len([name for name in kept if isinstance(after[name], dict)]) >= 4  # the other years' open data
    fresh = copy_agency(root, tmp_path / "fresh")
    shutil.rmtree(fresh / "build", ignore_errors=True)
    assert _generated(fresh) == edited
    tables = [data.decode() for path, data in edited.items() if path.startswith("fragments/")]
    assert any("ฉบับแก้ไขทดสอบ" in table for table in tables)


def test_an_entry_written_for_another_key_is_not_read(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    first = _generated(root)
    for path in (root / "build" / ".cache" / "pages").iterdir():
        path.write_bytes(pickle.dumps(("not this key", "# another page\n")))
    assert _generated(root) == first
