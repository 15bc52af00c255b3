"""What a published file may hold (class 7 of issue 9): SVG by allowlist, active PDF content,
polyglots. The bad-input corpus holds one case per attack (``svg-*``, ``pdf-*``, ``*polyglot*``);
these tests pin the rules and what is actually published."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import pipeline
from generator.checks import pdf_content
from generator.checks.pdf_content import inspect_pdf, polyglot
from generator.checks.svg_allowlist import SVG_NS, sanitise_svg
from generator.render import render_site
from tests.conftest import problems
from tests.tiny_pdf import make_pdf, object_stream

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
WRAP = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'viewBox="0 0 10 10">\n<rect width="10" height="10"/>\n{}\n</svg>')

HOSTILE_SVG = {
    "script": "<script>alert(1)</script>",
    "handler": '<rect onload="alert(1)"/>',
    "set": '<rect><set attributeName="onmouseover" to="alert(1)"/></rect>',
    "animate": '<use href="#a"><animate attributeName="href" values="javascript:alert(1)"/></use>',
    "animateTransform": '<g><animateTransform attributeName="transform" type="rotate"/></g>',
    "use-data": '<use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/>',
    "use-other-file": '<use xlink:href="other.svg#a"/>',
    "foreignObject": "<foreignObject><p>x</p></foreignObject>",
    "iframe-in-xhtml": '<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/>',
    "a-javascript": '<a href="javascript:alert(1)"><text>x</text></a>',
    "image-remote": '<image href="https://tracker.example/p.png"/>',
    "image-svg-data": '<image href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/>',
    "style-import": "<style>@import url(http://evil.example/x.css);</style>",
    "style-import-string": '<style>@import "//evil.example/x.css";</style>',
    "style-font-face": "<style>@font-face { font-family: x; src: url(https://evil.example/f.woff) }</style>",
    "style-escape": r"<style>rect { fill: \75 rl(//evil.example/) }</style>",
    "style-attribute": "<rect style=\"background-image:url('https://evil.example/')\"/>",
    "fill-url": '<rect fill="url(https://evil.example/#g)"/>',
    "filter-feImage": '<filter id="f"><feImage href="https://evil.example/x.png"/></filter>',
    "xml-stylesheet-free-attribute": '<rect xml:base="https://evil.example/"/>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SVG))
def test_svg_constructs_outside_the_allowlist_are_refused_with_their_line(name: str) -> None:
    result = sanitise_svg(WRAP.format(HOSTILE_SVG[name]).encode())
    assert result.problems and result.data == b""
    assert result.problems[0].en.startswith("line 3: ") and result.problems[0].th.startswith("บรรทัด 3: ")


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
])
def test_entities_are_refused_before_anything_is_expanded(doctype: str) -> None:
    svg = f'<?xml version="1.0"?>{doctype}<svg xmlns="{SVG_NS}"><text>&x;</text></svg>'
    result = sanitise_svg(svg.encode())
    assert [p.en for p in result.problems] == ["it declares XML entities or external references"]


def test_a_plain_drawing_is_published_as_rebuilt_without_editor_metadata() -> None:
    source = WRAP.format(
        '<!-- exported by an editor -->\n'
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>\n'
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>\n'
        '<g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:label="L" data-name="x">'
        '<rect fill="url(#g)" style="fill:url(#g);stroke:#000" width="5" height="5"/>'
        '<use xlink:href="#g"/><text xml:space="preserve" x="1" y="9">กองคลัง &amp; &lt;ฝ่าย&gt;</text>'
        '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></g>')
    result = sanitise_svg(source.encode())
    assert result.problems == []
    root = ET.fromstring(result.data)
    names = [element.tag.split("}")[1] for element in root.iter()]
    assert names == ["svg", "rect", "defs", "linearGradient", "stop", "g", "rect", "use", "text", "image"]
    assert next(root.iter(f"{{{SVG_NS}}}use")).get("href") == "#g"  # xlink:href as SVG 2 href
    assert next(root.iter(f"{{{SVG_NS}}}text")).text == "กองคลัง & <ฝ่าย>"
    assert not re.search(rb"inkscape|metadata|data-name|<!--", result.data)


def _agency_with_chart(tmp_path: Path, svg: str) -> Path:
    root = tmp_path / "agency"
    shutil.copytree(CORPUS / "base", root)
    shutil.copytree(CORPUS / "cases/svg-style-import", root, dirs_exist_ok=True)
    (root / "content/documents").mkdir()
    (root / "content/documents/signed.pdf").write_bytes(make_pdf(["signed"]))
    (root / "content/organisation/chart.svg").write_text(svg, encoding="utf-8")
    return root


def test_an_unsafe_svg_is_not_published_even_when_rendering_without_the_checks(tmp_path: Path) -> None:
    root = _agency_with_chart(tmp_path, WRAP.format(HOSTILE_SVG["set"]))
    checked = pipeline.check(root)
    assert [d.code for d in problems(checked.diagnostics)] == ["unsafe-svg"]
    assert "docs/files/organisation/chart.svg" not in render_site(checked.agency, [])


JS = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"


@pytest.mark.parametrize(("pdf", "codes"), [
    (make_pdf(["plain"]), []),
    (make_pdf(["x"], catalog=b"/OpenAction [3 0 R /FitH 800]"), []),
    (make_pdf(["x"], catalog=b"/OpenAction 6 0 R", extra=(JS,)), ["pdf-active-content", "pdf-auto-action"]),
    (make_pdf(["x"], catalog=b"/OpenAction 6 0 R", extra=(b"<< /S /URI /URI (https://t.example/) >>",)),
     ["pdf-auto-action"]),
    (make_pdf(["x"], extra=(b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>",)), ["pdf-active-content"]),
    (make_pdf(["x"], extra=(object_stream(6, [JS]),)), ["pdf-active-content"]),
    (make_pdf(["x"], extra=(object_stream(6, [b"<< /Type /EmbeddedFile >>"]),)), ["pdf-embedded-file"]),
    (make_pdf(["x"], page=b"/AA << /C 6 0 R >>", extra=(b"<< /S /Named /N /NextPage >>",)),
     ["pdf-auto-action"]),
    (make_pdf(["x"], catalog=b"/AcroForm << /XFA [(template) 6 0 R] >>"), ["pdf-active-content"]),
    (make_pdf(["x"], extra=(b"<< /Type /Annot /Subtype /RichMedia >>",)), ["pdf-active-content"]),
    # stream data is not dictionaries: a scanned page's bytes may spell "/JS " by chance
    (make_pdf(["x"], extra=(b"<< /Length 9 /Filter /DCTDecode >>\nstream\n\xff/JS /AA \nendstream",)), []),
])
def test_pdf_active_content_is_found_by_name_also_escaped_and_compressed(pdf: bytes,
                                                                        codes: list[str]) -> None:
    assert [finding.code for finding in inspect_pdf(pdf)] == codes


def test_pdf_decompression_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    hidden = make_pdf(["x"], extra=(object_stream(6, [b" " * 5000 + JS]),))
    assert [f.code for f in inspect_pdf(hidden)] == ["pdf-active-content"]
    monkeypatch.setattr(pdf_content, "MAX_INFLATED", 1000)  # a zip bomb stops at the bound
    assert inspect_pdf(hidden) == []


@pytest.mark.parametrize(("kind", "data", "found"), [
    ("pdf", b"%PDF-1.4\n%<!DOCTYPE html><p>x</p>\n", True),
    ("pdf", b"%PDF-1.4\n" + b"%" * 2000 + b"<script>alert(1)</script>", False),  # beyond the first KB
    ("text", b"no,title\n1,x\n" + b"\n" * 5000 + b"%PDF-1.7\n", True),
    ("text", "ลำดับ,ชื่อ\n1,<b>ตัวหนา</b>\n".encode(), False),
    ("jpeg", b"\xff\xd8\xff\xe0" + b"<SCRIPT>alert(1)</SCRIPT>", True),
])
def test_polyglots_are_found(kind: str, data: bytes, found: bool) -> None:
    assert bool(polyglot(kind, data)) is found


def test_an_attachment_with_only_a_warning_is_still_published(tmp_path: Path) -> None:
    root = tmp_path / "agency"
    shutil.copytree(CORPUS / "base", root)
    shutil.copytree(CORPUS / "cases/pdf-embedded-file", root, dirs_exist_ok=True)
    checked = pipeline.check(root)
    assert [(d.code, d.is_error) for d in problems(checked.diagnostics)] == [("pdf-embedded-file", False)]
    assert "docs/files/documents/signed.pdf" in render_site(checked.agency, checked.diagnostics)
