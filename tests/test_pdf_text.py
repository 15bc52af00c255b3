"""PDF evidence: an image-only scan is warned about (``pdf-no-text``); the text of attached PDFs is
put into the site's search index, escaped and bounded (``generator.build.pdf_search``).

The image-only case in the corpus is ``tests/bad_inputs`` ``pdf-image-only-scan``; the browser
finds a demo PDF by a word inside it in ``tests/browser/test_browser_search.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.build import pdf_search
from generator.build.pdf_search import attachment_docs
from generator.checks.pdf_text import MAX_CHARS, pdf_text, text_findings
from tests.tiny_pdf import make_pdf, make_scan_pdf


def test_an_image_only_scan_is_warned_about() -> None:
    findings = text_findings(make_scan_pdf())
    assert [(f.code, f.severity) for f in findings] == [("pdf-no-text", "warning")]
    assert "OCR" in findings[0].en and "OCR" in findings[0].th


def test_a_pdf_with_text_is_not_warned_about() -> None:
    assert text_findings(make_pdf(["Signed announcement of 1 October 2024"])) == []


def test_a_file_pypdf_cannot_parse_counts_as_no_text() -> None:
    assert [f.code for f in text_findings(b"%PDF-1.4\n%%EOF\n")] == ["pdf-no-text"]


def test_extracted_text_is_bounded_per_file() -> None:
    long = make_pdf(["x" * 90] * 400)  # 36,000 characters on one page
    assert len(pdf_text(long)) == MAX_CHARS


def _site(tmp_path: Path, files: dict[str, bytes], page: str) -> Path:
    site = tmp_path / "site"
    for name, data in files.items():
        (site / "files/documents" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "files/documents" / name).write_bytes(data)
    (site / "anti-corruption").mkdir(parents=True)
    (site / "anti-corruption/index.html").write_text(page, encoding="utf-8")
    return site


def test_pdf_text_enters_the_index_escaped_under_its_link_title(tmp_path: Path) -> None:
    site = _site(tmp_path, {"signed.pdf": make_pdf(["<script>alert(1)</script> Appraise & reward"]),
                            "scan.pdf": make_scan_pdf()},
                 '<h1>นโยบาย<a class="headerlink" href="#x">¶</a></h1>'
                 '<a href="../files/documents/signed.pdf" type="application/pdf">ประกาศ &amp; คำสั่ง (PDF)</a>')
    docs = attachment_docs(site)
    assert docs == [{"location": "files/documents/signed.pdf", "title": "นโยบาย: ประกาศ &amp; คำสั่ง (PDF)",
                     "text": "&lt;script&gt;alert(1)&lt;/script&gt; Appraise &amp; reward"}]


def test_the_index_is_bounded_in_total(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_search, "MAX_TOTAL_CHARS", 50)
    site = _site(tmp_path, {f"{n}.pdf": make_pdf([f"document number {n} " * 2]) for n in range(5)}, "")
    docs = attachment_docs(site)
    assert sum(len(d["text"]) for d in docs) == 50
    assert [d["location"] for d in docs] == ["files/documents/0.pdf", "files/documents/1.pdf"]
    assert docs[0]["title"] == "0.pdf"  # no page links it: its file name


def test_the_demo_index_holds_the_text_of_its_pdfs(demo_site: Path) -> None:
    index = json.loads((demo_site / "site/search/search_index.json").read_text(encoding="utf-8"))
    entry = next(d for d in index["docs"] if d["location"] == "files/documents/files/hr-policy-2568.pdf")
    assert "Appraise performance twice a year" in entry["text"]  # tests/tiny_pdf.py DEMO_TEXTS
    assert entry["title"]  # the link text of the documents page that offers it
