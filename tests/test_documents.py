"""Generic disclosure documents: topic keys, key figures, links, PDF files, one page per document."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from generator import pipeline
from generator.render import render_site
from generator.render.site_pages import build_pages
from tests.conftest import DEMO, FIXTURES, REPO, copy_agency, edit_file, page_html, visible_text
from tests.tiny_pdf import DEMO_FILES, DEMO_TEXTS, make_pdf

DOC = "content/documents/hr-policy-2568.yml"


def _fixture(tmp_path: Path, old: str = "", new: str = "") -> Path:
    root = copy_agency(FIXTURES / "documents", tmp_path / "agency")
    if old:
        edit_file(root / DOC, old, new)
    return root


def _errors(root: Path) -> list[tuple[str, str, int]]:
    return [(d.code, d.field, d.position.line) for d in pipeline.check(root).diagnostics if d.is_error]


def test_fixture_document_is_clean() -> None:
    assert pipeline.check(FIXTURES / "documents").diagnostics == []


def test_unknown_topic_is_an_error_naming_the_closest_key(tmp_path: Path) -> None:
    root = _fixture(tmp_path, "topic: hr_policy", "topic: hr_polcy")
    checked = pipeline.check(root)
    assert _errors(root) == [("unknown-topic", "topic", 1)]
    error = checked.diagnostics[0]
    assert "'hr_polcy'" in error.message and "did you mean 'hr_policy'" in error.message
    assert "หมายถึง 'hr_policy'" in error.message_th


def test_thai_label_written_as_topic_suggests_its_key(tmp_path: Path) -> None:
    root = _fixture(tmp_path, "topic: hr_policy", "topic: นโยบายหรือแผนการบริหารทรัพยากรบุคคล")
    assert "'hr_policy'" in pipeline.check(root).diagnostics[0].message


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('    value: "62.5"\n    unit: ร้อยละ', '    value: "62.5"', ("inconsistent", "key_figures[1]", 9)),
    ('    amount: "1,500,000"', '    amount: "1,500,000"\n    value: 3',
     ("inconsistent", "key_figures[0]", 7)),
    ('    amount: "1,500,000"', '    amount: "1,5000,000"', ("bad-amount", "key_figures[0].amount", 8)),
    ("    url: https://example.org/hr", "    url: javascript:alert(1)", ("bad-url", "links[0].url", 17)),
    ("    path: documents/files/policy.pdf", "    path: ../secret.pdf",
     ("bad-path", "attachments[0].path", 14)),
    ("date: 1 ต.ค. 2567", "date: 31 ก.พ. 2568", ("bad-date", "date", 4)),
])
def test_document_errors_are_positioned(tmp_path: Path, old: str, new: str, expected: tuple) -> None:
    assert _errors(_fixture(tmp_path, old, new)) == [expected]


def test_document_file_must_exist_and_be_a_real_pdf(tmp_path: Path) -> None:
    root = _fixture(tmp_path)
    (root / "content/documents/files/policy.pdf").write_text("not a pdf", encoding="utf-8")
    assert _errors(root) == [("bad-file-type", "attachments[0].path", 14)]
    (root / "content/documents/files/policy.pdf").unlink()
    assert _errors(root) == [("missing-attachment", "attachments[0].path", 14)]


def test_file_name_must_make_a_clean_url(tmp_path: Path) -> None:
    root = _fixture(tmp_path)
    (root / DOC).rename(root / "content/documents/HR Policy.yml")
    assert [(code, line) for code, _, line in _errors(root)] == [("bad-file-name", 0)]


def test_page_lands_in_the_section_of_its_topic(tmp_path: Path) -> None:
    checked = pipeline.check(FIXTURES / "documents")
    assert checked.agency is not None
    pages = [p for p in build_pages(checked.agency, []) if p.template == "document.md.j2"]
    assert [(p.path, p.section, p.topics, p.fiscal_year, str(p.updated)) for p in pages] == [
        ("hr/documents/hr-policy-2568.md", "hr", ("hr_policy",), 2568, "2024-10-01")]


def test_title_and_summary_from_data_stay_text(tmp_path: Path) -> None:
    root = _fixture(tmp_path, "title: นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568",
                    'title: "<img src=x onerror=alert(1)> นโยบาย"')
    path = root / DOC
    path.write_text(path.read_text(encoding="utf-8").replace(
        "summary: นโยบายทดสอบ", 'summary: "<script>alert(1)</script> [x](javascript:y)"'), encoding="utf-8")
    checked = pipeline.check(root)
    assert checked.ok and checked.agency is not None, checked.diagnostics
    page = render_site(checked.agency, [])["docs/hr/documents/hr-policy-2568.md"].decode()
    assert "<script" not in page and "<img" not in page and "](javascript" not in page
    assert "&lt;img" in page.split("---")[1]  # front matter: HTML-escaped for the theme


def test_key_figures_keep_their_units(tmp_path: Path) -> None:
    checked = pipeline.check(FIXTURES / "documents")
    assert checked.agency is not None
    page = render_site(checked.agency, [])["docs/hr/documents/hr-policy-2568.md"].decode()
    text = unescape(re.sub(r"<[^>]+>", " ", page))
    assert re.search(r"งบประมาณที่ได้รับ\s+1,500,000.00\s+บาท", text)
    assert re.search(r"เบิกจ่าย\s+62.5\s+ร้อยละ", text)
    # the PDF is an attachment: served from files/, linked relative to hr/documents/hr-policy-2568/
    assert 'href="../../../files/documents/files/policy.pdf" type="application/pdf"' in page


def test_tiny_pdf_is_structurally_valid() -> None:
    data = make_pdf(["Hello (world)"])
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    xref_at = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert data[xref_at:].startswith(b"xref\n0 6\n")
    offsets = [int(line[:10]) for line in data[xref_at:].split(b"\n")[3:8]]
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(b"%d 0 obj" % number)
    assert b"(Hello \\(world\\)) '" in data


def test_demo_pdfs_are_the_ones_the_script_writes() -> None:
    for name, lines in DEMO_TEXTS.items():
        committed = DEMO / "content/documents/files" / name
        assert committed.read_bytes() == make_pdf(lines), f"run python -m tests.tiny_pdf ({name})"
    assert DEMO_FILES.relative_to(REPO).as_posix() == "content/documents/files"


# --- the demo, built with real MkDocs ---

def _text(root: Path, page: str) -> str:
    return visible_text(page_html(root, page))


def test_demo_budget_report_shows_its_key_figures(demo_site: Path) -> None:
    text = _text(demo_site, "budget/documents/budget-report-6m-2568/index.html")
    # content/documents/budget-report-6m-2568.yml: 11,250,000 of 25,000,000 = 45.00 %
    assert "งบประมาณที่ได้รับ 25,000,000.00 บาท" in text
    assert "เบิกจ่ายแล้ว 11,250,000.00 บาท" in text
    assert "ร้อยละการเบิกจ่าย 45.00 ร้อยละ" in text
    assert "ต.ค. 2567 – มี.ค. 2568" in text and "10 เมษายน 2568" in text


def test_demo_hr_report_links_its_pdf_which_is_published(demo_site: Path) -> None:
    html = (demo_site / "site/hr/documents/hr-annual-report-2567/index.html").read_text(encoding="utf-8")
    link = re.search(r'href="([^"]+hr-annual-report-2567\.pdf)"', html)
    assert link is not None
    target = (demo_site / "site/hr/documents/hr-annual-report-2567" / link.group(1)).resolve()
    assert target.read_bytes().startswith(b"%PDF-")


def test_demo_eservice_links_are_listed(demo_site: Path) -> None:
    page = demo_site / "site/administration/documents/eservice/index.html"
    html = unescape(page.read_text(encoding="utf-8"))
    assert 'href="https://example.org/eservice/building-permit"' in html
