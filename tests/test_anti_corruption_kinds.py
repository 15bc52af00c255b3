"""Risk assessments, ITA results, integrity measures and plan detail pages: loading, checks, escaping."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline
from generator.render import render_site
from tests.conftest import EXAMPLES, copy_agency, edit_file, problems

RISK = "content/risk/2566.yml"
PLAN = "content/plans/2566-2570.yml"


def _bantom_with(tmp_path: Path, relpath: str, old: str, new: str) -> Path:
    root = copy_agency(EXAMPLES / "bantom-phayao", tmp_path / "agency")
    edit_file(root / relpath, old, new, 1)
    return root


def test_wrong_printed_risk_score_names_both_numbers(tmp_path: Path) -> None:
    root = _bantom_with(tmp_path, RISK, "stated_score: 4", "stated_score: 6")
    (found,) = problems(pipeline.check(root).diagnostics)
    assert (found.code, found.field, found.position.file) == \
        ("total-mismatch", "worked_example.stated_score", RISK)
    assert (found.details["printed"], found.details["recomputed"]) == ("6", "4")
    assert "6" in found.message_th and "2 × 2 = 4" in found.message_th


def test_acknowledged_risk_score_is_shown_on_the_page(tmp_path: Path) -> None:
    root = _bantom_with(tmp_path, RISK, "stated_score: 4", "stated_score: 6")
    with (root / RISK).open("a", encoding="utf-8") as file:
        file.write("acknowledged:\n  - {code: total-mismatch, at: worked_example.stated_score, "
                   "reason: ตามเอกสารต้นฉบับ}\n")
    checked = pipeline.check(root)
    assert checked.passes(strict=True)
    page = render_site(checked.agency, checked.diagnostics)["docs/anti-corruption/risk/2566.md"].decode()
    assert "ตัวเลขที่พิมพ์ไว้ <strong>6</strong> ยอดที่คำนวณได้ <strong>4</strong>" in page


def test_risk_level_outside_the_four_colours_is_an_error(tmp_path: Path) -> None:
    root = _bantom_with(tmp_path, RISK, "level: yellow", "level: purple")
    (found,) = problems(pipeline.check(root).diagnostics)
    assert (found.code, found.field) == ("bad-choice", "register[0].level")


def test_misspelt_register_key_suggests_the_documented_name(tmp_path: Path) -> None:
    root = _bantom_with(tmp_path, RISK, "\nregister:", "\nregistr:")
    (found,) = problems(pipeline.check(root).diagnostics)
    assert (found.code, found.details["suggestion"]) == ("unknown-key", "register")


def test_detail_page_title_from_data_is_inert(tmp_path: Path) -> None:
    title = '"มาตรการ \\"ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลบ้านต๋อม\\""'
    root = _bantom_with(tmp_path, PLAN, title, '"<script>alert(1)</script> [x](javascript:alert(1))"')
    checked = pipeline.check(root)
    files = render_site(checked.agency, checked.diagnostics)
    for path in ("docs/anti-corruption/plans/2566-2570/1.md", "docs/anti-corruption/plans/2566-2570.md"):
        _, front_matter, body = files[path].decode().split("---\n", 2)
        assert "<script>" not in front_matter + body and "](javascript:" not in body, path
    # the theme prints front-matter titles without escaping them: the title arrives HTML-escaped
    detail_page = files["docs/anti-corruption/plans/2566-2570/1.md"].decode()
    assert 'title: "&lt;script&gt;alert(1)&lt;/script&gt;' in detail_page
