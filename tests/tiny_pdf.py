"""A tiny one-page PDF writer for demo documents and fixtures: real, selectable text, no tools.

Only the standard Helvetica font is used (no font is embedded), so the text must be ASCII; Thai
text would need an embedded Thai font. ``python -m tests.tiny_pdf`` rewrites the demo's PDFs.
"""

from __future__ import annotations

import zlib
from pathlib import Path

DEMO_FILES = Path(__file__).resolve().parent.parent / "content" / "documents" / "files"

DEMO_TEXTS: dict[str, list[str]] = {
    "hr-policy-2568.pdf": [
        "DEMO DATA - invented for the oitgen demonstration site",
        "Demo Subdistrict Administrative Organisation",
        "Human resources policy and plan, fiscal year 2568 (Oct 2024 - Sep 2025)",
        "1. Recruit and appoint staff fairly, by published criteria.",
        "2. Give every staff member at least one training course a year.",
        "3. Appraise performance twice a year, openly.",
        "4. Promote integrity and ethics in daily work.",
        "Staff: 48. Target: 100 per cent of staff trained.",
    ],
    "hr-criteria.pdf": [
        "DEMO DATA - invented for the oitgen demonstration site",
        "Demo Subdistrict Administrative Organisation",
        "Criteria for human resources management and development",
        "Recruitment, selection, appointment, development, appraisal, reward and discipline.",
        "Appraisal twice a year: results of work 70 per cent, conduct 30 per cent.",
    ],
    "hr-annual-report-2567.pdf": [
        "DEMO DATA - invented for the oitgen demonstration site",
        "Demo Subdistrict Administrative Organisation",
        "Annual report on human resources management and development, fiscal year 2567",
        "All 46 staff completed at least one course; 6 courses in total.",
        "Development budget used: 184,000.00 baht.",
        "Next year: more in-house training to reduce cost.",
    ],
    "no-gift-2568.pdf": [
        "DEMO DATA - invented for the oitgen demonstration site",
        "Demo Subdistrict Administrative Organisation",
        "Announcement: No Gift Policy, fiscal year 2568 (signed copy)",
        "Announced 1 October 2024.",
    ],
}


def _escape(text: str) -> str:
    if not text.isascii():
        raise ValueError("standard PDF fonts carry ASCII text only")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str], *, catalog: bytes = b"", page: bytes = b"",
             extra: tuple[bytes, ...] = ()) -> bytes:
    """A valid PDF 1.4 file: one A4 page, the lines in 12 pt Helvetica, a correct xref table.

    For tests of what a PDF may hold: ``catalog`` and ``page`` are added to those dictionaries
    (``b"/OpenAction 6 0 R"``), ``extra`` are further objects numbered from 6."""
    text = "BT /F1 12 Tf 16 TL 56 780 Td " + " ".join(f"({_escape(line)}) '" for line in lines) + " ET"
    stream = text.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" " * bool(catalog) + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R " + page + b" " * bool(page) + b">>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        *extra,
    ]
    return _assemble(objects)


def make_scan_pdf(pixels: bytes = bytes(range(0, 256, 4))) -> bytes:
    """A PDF like a scanner's: one A4 page showing an 8×8 grey image and no text at all."""
    image = (b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream")
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        image,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return _assemble(objects)


def _assemble(objects: list[bytes]) -> bytes:
    """The file: header, numbered objects, a correct xref table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def object_stream(first_number: int, bodies: list[bytes]) -> bytes:
    """A Flate-compressed object stream (``/Type /ObjStm``) holding ``bodies`` as objects numbered
    from ``first_number``: where PDF 1.5+ writers put dictionaries, out of sight of a byte scan."""
    offsets, packed = [], b""
    for body in bodies:
        offsets.append(len(packed))
        packed += body + b"\n"
    header = b" ".join(b"%d %d" % (first_number + i, offset) for i, offset in enumerate(offsets)) + b"\n"
    data = zlib.compress(header + packed)
    return (b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
            % (len(bodies), len(header), len(data)) + data + b"\nendstream")


if __name__ == "__main__":
    DEMO_FILES.mkdir(parents=True, exist_ok=True)
    for name, lines in DEMO_TEXTS.items():
        (DEMO_FILES / name).write_bytes(make_pdf(lines))
