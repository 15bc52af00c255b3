"""Attachments: published for download with type, size and SHA-256; only files that pass the checks."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from html import unescape
from pathlib import Path

import pytest

from generator.checks.content_files import content_kind
from generator.render.attachments import size_label
from tests.conftest import EXAMPLES, build, copy_agency
from tests.tiny_pdf import make_pdf


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "kind"), [
    (make_pdf(["x"]), "pdf"),
    (_zip("[Content_Types].xml", "word/document.xml"), "docx"),
    (_zip("[Content_Types].xml", "xl/workbook.xml"), "xlsx"),
    (_zip("readme.txt"), None),                       # a zip, but no Office document
    (b"PK\x03\x04 not really a zip", None),
    ("ลำดับ,รายการ\n1,ทดสอบ\n".encode(), "text"),
    (b"\xff\xfe\x00t\x00e\x00x\x00t", None),           # UTF-16 (NUL bytes): not UTF-8 text
    ("ข้อความ".encode("cp874"), None),
    (b"\x89PNG\r\n\x1a\n....", "png"),
    (b"\xff\xd8\xff\xe0....", "jpeg"),
])
def test_file_type_is_read_from_the_content(data: bytes, kind: str | None) -> None:
    assert content_kind(data) == kind


@pytest.mark.parametrize(("size", "label"), [(900, "900 ไบต์"), (2048, "2 KB"), (1_258_291, "1.2 MB")])
def test_sizes_are_shown_as_readers_expect(size: int, label: str) -> None:
    assert size_label(size) == label


def test_demo_attachment_is_listed_with_size_and_hash_and_its_link_works(demo_site: Path) -> None:
    page = demo_site / "site/anti-corruption/no-gift/2568/index.html"
    html = unescape(page.read_text(encoding="utf-8"))
    item = re.search(r'<li><a href="([^"]+)" type="application/pdf">ประกาศฉบับลงนาม \(PDF\)</a> '
                     r'<span class="oit-file-meta">\(PDF, ([^)]+)\)</span>.*?<code>([0-9a-f]{64})</code>',
                     html)
    assert item, "the attachment is listed"
    target = (page.parent / item.group(1)).resolve()
    data = target.read_bytes()
    assert item.group(2) == size_label(len(data))
    assert item.group(3) == hashlib.sha256(data).hexdigest()
    source = demo_site / "content/documents/files/no-gift-2568.pdf"
    assert data == source.read_bytes()


def test_attachments_are_published_on_every_kind_of_page(tmp_path: Path) -> None:
    """Attachments are accepted on every data file, so every kind's page must list them."""
    root = copy_agency(EXAMPLES / "phasing-nan", tmp_path / "agency")
    pdf = make_pdf("integrity report")
    (root / "content/files").mkdir()
    (root / "content/files/integrity-2566.pdf").write_bytes(pdf)
    data = root / "content/integrity/2566.yml"
    data.write_text(data.read_text(encoding="utf-8") + (
        "attachments:\n  - title: รายงานฉบับลงนาม\n    path: files/integrity-2566.pdf\n"), encoding="utf-8")
    assert build(root, "--strict") == 0
    pages = [p for p in (root / "site/anti-corruption").rglob("index.html")
             if "รายงานฉบับลงนาม" in p.read_text(encoding="utf-8")]
    assert len(pages) == 1
    html = pages[0].read_text(encoding="utf-8")
    assert hashlib.sha256(pdf).hexdigest() in html
    href = re.search(r'<a href="([^"]+)" type="application/pdf">รายงานฉบับลงนาม', html)
    assert href and (pages[0].parent / href.group(1)).resolve().read_bytes() == pdf
