"""What a published PDF can do when opened, and files that are two things at once (polyglots).

A PDF is a program as much as a document: JavaScript, launching another program, submitting a
form to a server, embedded Flash or XFA forms. No disclosure document needs any of that, so a
file that has it is refused (``pdf-active-content``: print it to PDF again, flat). An action run
automatically on opening (``/OpenAction`` other than "show this page", ``/AA``) and files embedded
inside the PDF are shown as warnings (``pdf-auto-action``, ``pdf-embedded-file``): they have honest
uses, but the webmaster should know they are published.

Names are read the way a PDF reader reads them — ``/J#61vaScript`` is ``/JavaScript`` — in the
file's dictionaries as written (stream data left out) and inside every compressed object stream
(``/ObjStm``, Flate), which is where modern writers put dictionaries. Decompression is bounded
(``MAX_INFLATED`` in all), so a zip bomb costs nothing; other stream filters are not decoded
(object streams use Flate in practice).

A polyglot (``polyglot-file``) is a file that a browser could also take for a web page: HTML in the
first KB of a PDF or an image, or a text attachment holding a PDF or starting as HTML.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

MAX_INFLATED = 64 * 1024 * 1024
SNIFF_BYTES = 1024

ACTIVE = frozenset({b"JavaScript", b"JS", b"Launch", b"SubmitForm", b"ImportData", b"RichMedia", b"XFA"})
AUTOMATIC = frozenset({b"AA"})
EMBEDDED = frozenset({b"EmbeddedFile", b"EmbeddedFiles"})

_NAME = re.compile(rb"/([^\s/<>\[\]()%{}]+)")
_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_OPEN_ACTION = re.compile(rb"/OpenAction\s*(\S)")
_STREAM = re.compile(rb"stream\r?\n")
_STREAM_BODY = re.compile(rb"(?<!end)stream\r?\n.*?endstream", re.DOTALL)
"""Stream data (images, fonts, page content) is not scanned for names: a compressed scan holds
``/JS`` followed by a space by chance about once in 300 MB; dictionaries are what declare actions."""
_HTML = re.compile(rb"<(?:html|script|body|head|iframe|svg|object|embed|!doctype\s+html)[\s>/]",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One thing a file holds that the site should not publish silently."""

    code: str
    severity: str
    en: str
    th: str


def _names(data: bytes) -> set[bytes]:
    """Every PDF name in ``data``, with ``#xx`` escapes decoded."""
    return {_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), m.group(1)) for m in _NAME.finditer(data)}


def _object_streams(data: bytes) -> list[bytes]:
    """The inflated content of every Flate-compressed object stream, within ``MAX_INFLATED``."""
    found, budget = [], MAX_INFLATED
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 1024):match.start()]
        head = head[head.rfind(b"obj"):]
        if b"ObjStm" not in head.replace(b"#", b"") or b"Flate" not in head or budget <= 0:
            continue
        try:
            inflated = zlib.decompressobj().decompress(data[match.end():], budget)
        except zlib.error:
            continue
        budget -= len(inflated)
        found.append(inflated)
    return found


def _open_action_is_a_view(data: bytes) -> bool:
    """``/OpenAction [3 0 R /Fit]`` only says which page to show first."""
    starts = [m.group(1) for m in _OPEN_ACTION.finditer(data)]
    return all(start == b"[" for start in starts)


def inspect_pdf(data: bytes) -> list[Finding]:
    """Active content, automatic actions, embedded files and HTML in the first KB."""
    parts = [_STREAM_BODY.sub(b"stream endstream", data), *_object_streams(data)]
    names = set().union(*(_names(part) for part in parts))
    findings = polyglot("pdf", data)
    if active := sorted(name.decode("latin-1") for name in names & ACTIVE):
        shown = ", ".join(f"/{name}" for name in active)
        findings.append(Finding(
            "pdf-active-content", "error",
            f"the PDF holds {shown}: code or actions that run in the reader's PDF viewer; "
            "print or export it again as a plain PDF",
            f"ไฟล์ PDF มี {shown} ซึ่งเป็นโค้ดหรือคำสั่งที่ทำงานในโปรแกรมอ่าน PDF "
            "กรุณาสั่งพิมพ์หรือบันทึกเป็น PDF ธรรมดาใหม่"))
    if names & AUTOMATIC or not all(_open_action_is_a_view(part) for part in parts):
        findings.append(Finding(
            "pdf-auto-action", "warning",
            "the PDF runs an action by itself when opened or viewed (/OpenAction, /AA); check the file",
            "ไฟล์ PDF มีคำสั่งที่ทำงานเองเมื่อเปิดหรือดูไฟล์ (/OpenAction, /AA) กรุณาตรวจสอบไฟล์"))
    if names & EMBEDDED:
        findings.append(Finding(
            "pdf-embedded-file", "warning",
            "the PDF carries embedded files, published with it unseen; check them or remove them",
            "ไฟล์ PDF มีไฟล์อื่นฝังอยู่ภายใน ซึ่งจะถูกเผยแพร่ไปด้วยโดยมองไม่เห็น กรุณาตรวจสอบหรือลบออก"))
    return findings


def polyglot(kind: str, data: bytes) -> list[Finding]:
    """A file that a browser could also take for a web page (or, for text, that holds a PDF)."""
    html_start = _HTML.search(data[:SNIFF_BYTES]) is not None
    pdf_inside = kind == "text" and b"%PDF-" in data
    if not (html_start or pdf_inside):
        return []
    what = "a PDF" if pdf_inside else "HTML in its first KB"
    what_th = "ไฟล์ PDF" if pdf_inside else "โค้ด HTML ในส่วนต้นของไฟล์"
    return [Finding(
        "polyglot-file", "error",
        f"the file also holds {what}, so a browser could open it as something else; save it again "
        "from the program that made it",
        f"ไฟล์นี้มี{what_th} ปนอยู่ เบราว์เซอร์อาจเปิดเป็นไฟล์ชนิดอื่นได้ กรุณาบันทึกไฟล์ใหม่จากโปรแกรมต้นทาง")]
