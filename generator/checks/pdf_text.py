"""Whether an attached PDF carries text, and that text, bounded (WEB-STANDARDS: accessibility).

Evidence published as a scanned image is unreadable to screen readers and to search: a PDF whose
pages yield no letter or digit when its text is extracted (``pdf-no-text``, a warning) should be
published again from the program that wrote it, or with an OCR text layer. The same extraction
feeds the site's search index (``generator.build.pdf_search``), so a reader finds a document by a
word inside it. Extraction is bounded (pages and characters) so a large scan costs little; a file
pypdf cannot parse counts as having no text.
"""

from __future__ import annotations

import io
import logging
from functools import lru_cache

from pypdf import PdfReader

from generator.checks.pdf_content import Finding

MAX_PAGES = 100
MAX_CHARS = 20_000
"""Per file: enough for a reader to find a document by its words, small enough for the index."""

logging.getLogger("pypdf").setLevel(logging.ERROR)  # a malformed PDF is reported, not logged


@lru_cache(maxsize=64)
def pdf_text(data: bytes) -> str:
    """The text of the first ``MAX_PAGES`` pages, at most ``MAX_CHARS`` characters; "" when the
    file yields none or cannot be parsed."""
    parts: list[str] = []
    size = 0
    try:
        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages[:MAX_PAGES]:
            text = " ".join((page.extract_text() or "").split())
            parts.append(text)
            size += len(text) + 1
            if size >= MAX_CHARS:
                break
    except Exception:  # pypdf raises many kinds on malformed input; the file is just unreadable
        return ""
    return " ".join(p for p in parts if p)[:MAX_CHARS]


def has_text(data: bytes) -> bool:
    return any(ch.isalnum() for ch in pdf_text(data))


def text_findings(data: bytes) -> list[Finding]:
    """``pdf-no-text`` for a PDF with no extractable text (an image-only scan)."""
    if has_text(data):
        return []
    return [Finding(
        "pdf-no-text", "warning",
        "the PDF has no text that can be extracted (an image-only scan?): screen readers and search "
        "cannot read it; publish it from the program that wrote it, or add an OCR text layer",
        "ไฟล์ PDF ไม่มีข้อความที่ดึงออกมาได้ (อาจเป็นภาพสแกนล้วน) โปรแกรมอ่านหน้าจอและการค้นหาอ่านไม่ได้ "
        "กรุณาบันทึกเป็น PDF จากโปรแกรมต้นทาง หรือเพิ่มชั้นข้อความด้วย OCR")]
