"""Basic information (ข้อมูลพื้นฐาน): profile and executives models, file checks, pages, built site."""

from __future__ import annotations

import posixpath
import re
from html import unescape
from pathlib import Path

import pytest

from generator import pipeline
from generator.diagnostics import Diagnostic
from generator.render import render_site
from tests.conftest import edit_file, page_html, visible_text

EXECUTIVES = "content/organisation/executives.yml"
PROFILE = "content/organisation/profile.yml"
MAYOR_PHOTO = "photo: organisation/photos/mayor.svg"
MAYOR_ALT = "ภาพเงาคนแทนรูปถ่ายของนายสาธิต ตัวอย่าง นายก อบต. (ภาพสาธิต ไม่ใช่บุคคลจริง)"


def _edit(root: Path, relpath: str, old: str, new: str) -> None:
    edit_file(root / relpath, old, new, 1)


def _line_of(root: Path, relpath: str, needle: str) -> int:
    lines = (root / relpath).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def _errors(root: Path) -> list[Diagnostic]:
    return [d for d in pipeline.check(root).diagnostics if d.is_error or not d.is_acknowledged]


def _rendered(root: Path) -> dict[str, str]:
    checked = pipeline.check(root)
    assert checked.ok, [d.text() for d in checked.diagnostics if d.is_error]
    files = render_site(checked.agency, checked.diagnostics)
    return {path: data.decode("utf-8") for path, data in files.items() if path.endswith(".md")}


def test_demo_profile_and_executives_load_with_both_sides(demo_copy: Path) -> None:
    agency = pipeline.check(demo_copy).agency
    assert agency is not None and agency.profile is not None and agency.executives is not None
    executives = agency.executives.model
    assert [p.position.split("องค์การ")[0] for p in executives.political][:2] == ["นายก", "รองนายก"]
    assert len(executives.political) == 4 and len(executives.permanent) == 5
    assert [p.position for p in executives.permanent if p.vacant] == ["รองปลัดองค์การบริหารส่วนตำบลตัวอย่างสาธิต"]
    assert agency.profile.model.development_plan.fiscal_years == [2566, 2567, 2568, 2569, 2570]


def test_photo_without_alt_text_is_an_error_at_the_photo(demo_copy: Path) -> None:
    _edit(demo_copy, EXECUTIVES, f"    photo_alt: {MAYOR_ALT}\n", "")
    (found,) = _errors(demo_copy)
    assert (found.code, found.field, found.position.file) == ("missing-alt", "political[0].photo", EXECUTIVES)
    assert found.position.line == _line_of(demo_copy, EXECUTIVES, MAYOR_PHOTO)
    assert "photo_alt" in found.message and "คำบรรยายภาพ" in found.message_th


def test_organisation_chart_with_empty_alt_text_is_an_error(demo_copy: Path) -> None:
    path = demo_copy / PROFILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("  chart_alt:"))
    path.write_text("".join([*lines[:start], '  chart_alt: " "\n', *lines[start + 3:]]), encoding="utf-8")
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("missing-alt", "structure.chart")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "www.example.org/no-scheme"])
def test_link_with_an_unsafe_or_missing_scheme_is_rejected(demo_copy: Path, url: str) -> None:
    _edit(demo_copy, PROFILE, "url: https://www.example.org/social/facebook", f'url: "{url}"')
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("bad-url", "social[0].url")
    assert found.position.line == _line_of(demo_copy, PROFILE, url)


def test_email_and_phone_are_checked(demo_copy: Path) -> None:
    _edit(demo_copy, EXECUTIVES, "email: nayok@example.org", "email: nayok at example")
    _edit(demo_copy, EXECUTIVES, "phone: 0 0000 0000 ต่อ 102", "phone: call the office")
    assert {(d.code, d.field) for d in _errors(demo_copy)} == {
        ("bad-email", "political[0].email"), ("bad-phone", "political[1].phone")}


def test_qa_channel_needs_a_way_to_ask(demo_copy: Path) -> None:
    for line in ("  url: https://www.example.org/qa\n", "  email: saraban@example.org\n",
                 "  phone: 0 0000 0000\n"):
        _edit(demo_copy, PROFILE, line, "")
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("no-channel", "qa")


@pytest.mark.parametrize("path", ["../site_config.yml", "/etc/passwd", "organisation/../../site_config.yml",
                                  "content/organisation/photos/mayor.svg"])
def test_photo_path_must_stay_inside_content(demo_copy: Path, path: str) -> None:
    _edit(demo_copy, EXECUTIVES, MAYOR_PHOTO, f"photo: {path}")
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("bad-path", "political[0].photo")


def test_missing_photo_file_is_an_error(demo_copy: Path) -> None:
    (demo_copy / "content/organisation/photos/mayor.svg").unlink()
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("missing-attachment", "political[0].photo")
    assert found.position.line == _line_of(demo_copy, EXECUTIVES, MAYOR_PHOTO)


def test_photo_type_is_checked_by_content_not_name(demo_copy: Path) -> None:
    (demo_copy / "content/organisation/photos/fake.png").write_text("not an image", encoding="utf-8")
    (demo_copy / "content/organisation/photos/real.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    _edit(demo_copy, EXECUTIVES, MAYOR_PHOTO, "photo: organisation/photos/fake.png")
    _edit(demo_copy, EXECUTIVES, "photo: organisation/photos/deputy-mayor-1.svg",
          "photo: organisation/photos/real.png")
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("bad-file-type", "political[0].photo")


@pytest.mark.parametrize("payload", ['<script>alert(1)</script>', '<rect onload="alert(1)"/>',
                                     '<image href="https://tracker.example/x.png"/>'])
def test_svg_that_could_run_code_or_call_out_is_refused(demo_copy: Path, payload: str) -> None:
    photo = demo_copy / "content/organisation/photos/mayor.svg"
    svg = photo.read_text(encoding="utf-8")
    photo.write_text(svg.replace("</svg>", payload + "</svg>"), encoding="utf-8")
    (found,) = _errors(demo_copy)
    assert (found.code, found.field) == ("unsafe-svg", "political[0].photo")


def test_symlink_leading_out_of_content_is_refused(demo_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.svg"
    outside.write_bytes((demo_copy / "content/organisation/photos/mayor.svg").read_bytes())
    (demo_copy / "content/organisation/photos/link.svg").symlink_to(outside)
    _edit(demo_copy, EXECUTIVES, MAYOR_PHOTO, "photo: organisation/photos/link.svg")
    (found,) = _errors(demo_copy)
    assert found.code == "path-outside-content"


def test_local_government_without_permanent_executives_is_warned(demo_copy: Path) -> None:
    path = demo_copy / EXECUTIVES
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("\npermanent:")] + "\n", encoding="utf-8")
    (found,) = _errors(demo_copy)
    assert (found.code, found.field, found.is_error) == ("executives-side-missing", "permanent", False)


def test_vacant_post_is_shown_as_vacant_with_who_acts(demo_copy: Path) -> None:
    page = _rendered(demo_copy)["docs/basic/executives.md"]
    vacant = page[page.index('<li class="oit-person oit-person-vacant">'):]
    vacant = vacant[: vacant.index("</li>")]
    assert "<strong>ตำแหน่งว่าง</strong>" in vacant
    assert "หัวหน้าสำนักปลัดรักษาราชการแทน" in vacant and "<img" not in vacant


def test_executive_photo_has_its_alt_text_and_is_published(demo_copy: Path) -> None:
    checked = pipeline.check(demo_copy)
    files = render_site(checked.agency, checked.diagnostics)
    page = files["docs/basic/executives.md"].decode()
    images = re.findall(r'<img class="oit-person-photo" src="([^"]+)" alt="([^"]+)"', page)
    assert len(images) == 8
    src, alt = (unescape(value) for value in images[0])
    assert alt == MAYOR_ALT
    # the page is served at basic/executives/; the photo is copied into the docs tree
    target = posixpath.normpath(posixpath.join("basic/executives", src))
    assert target == "files/organisation/photos/mayor.svg"
    assert files["docs/files/organisation/photos/mayor.svg"].startswith(b"<svg")
    assert not any(path.startswith("docs/files/") and path.endswith(".yml") for path in files)


def test_names_and_texts_from_data_are_inert(demo_copy: Path) -> None:
    _edit(demo_copy, EXECUTIVES, "name: นายสาธิต ตัวอย่าง",
          'name: "<script>alert(1)</script> [x](javascript:alert(1))"')
    _edit(demo_copy, PROFILE, "  legal_basis: พระราชบัญญัติ",
          '  legal_basis: "<img src=x onerror=alert(1)> **bold**"\n  #')
    pages = _rendered(demo_copy)
    executives, powers = pages["docs/basic/executives.md"], pages["docs/basic/powers.md"]
    assert "<script>" not in executives and "](javascript" not in executives
    assert "<img src=x" not in powers and "**bold**" not in powers


def test_each_basic_page_declares_its_topic(demo_copy: Path) -> None:
    from generator.render.site_pages import build_pages
    checked = pipeline.check(demo_copy)
    pages = {p.path: p for p in build_pages(checked.agency, checked.diagnostics)}
    expected = {"basic/structure.md": "structure", "basic/executives.md": "executives",
                "basic/powers.md": "powers", "basic/development-plan.md": "development_plan",
                "basic/laws.md": "laws", "basic/qa.md": "qa", "basic/social.md": "social",
                "basic/privacy.md": "privacy_policy"}
    for path, topic in expected.items():
        assert pages[path].topics == (topic,) and pages[path].section == "basic", path
    assert pages["basic/development-plan.md"].covers_years == frozenset(range(2566, 2571))
    executives = pages["basic/executives.md"]
    assert executives.fiscal_year is None and executives.updated is not None


def test_section_index_lists_missing_topics_by_their_thai_labels(demo_copy: Path) -> None:
    (demo_copy / PROFILE).unlink()
    index = _rendered(demo_copy)["docs/basic/index.md"]
    not_yet = index[index.index("ส่วนที่ยังไม่มีข้อมูล"):]
    for label in ("โครงสร้างหน่วยงาน", "อำนาจหน้าที่", "ช่องทางถาม&#45;ตอบ &#40;Q&#38;A&#41;"):
        assert f"<li>{label}</li>" in not_yet
    assert "ข้อมูลผู้บริหาร" not in not_yet and "privacy_policy" not in not_yet


# --- the demo built with real MkDocs ------------------------------------------------------------

def _text(root: Path, page: str) -> str:
    return visible_text(page_html(root, page))


def test_built_basic_section_has_every_page_and_nothing_left_unpublished(demo_site: Path) -> None:
    index = _text(demo_site, "basic/index.html")
    for title in ("โครงสร้างหน่วยงาน", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่", "แผนพัฒนาหน่วยงาน", "กฎหมายที่เกี่ยวข้อง",
                  "ช่องทางถาม-ตอบ (Q&A)", "Social Network", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "ข่าวประชาสัมพันธ์"):
        assert title in index
    assert "ส่วนที่ยังไม่มีข้อมูล" not in index
    for slug in ("structure", "executives", "powers", "development-plan", "laws", "qa", "social", "privacy"):
        assert (demo_site / "site" / "basic" / slug / "index.html").is_file(), slug


def test_built_executives_page_shows_photos_names_and_the_vacant_post(demo_site: Path) -> None:
    html = (demo_site / "site/basic/executives/index.html").read_text(encoding="utf-8")
    text = _text(demo_site, "basic/executives/index.html")
    assert "ฝ่ายการเมือง" in text and "ฝ่ายประจำ" in text and "ตำแหน่งว่าง" in text
    assert "นายสาธิต ตัวอย่าง" in text and "0 0000 0000 ต่อ 101" in text
    for src in re.findall(r'<img class="oit-person-photo" src="([^"]+)"', html):
        target = posixpath.normpath(posixpath.join("basic/executives", unescape(src)))
        assert (demo_site / "site" / target).is_file(), target
    chart = re.search(r'<img src="([^"]+)" alt="แผนภูมิโครงสร้าง',
                      (demo_site / "site/basic/structure/index.html").read_text(encoding="utf-8"))
    assert chart and (demo_site / "site" / posixpath.normpath(
        posixpath.join("basic/structure", unescape(chart[1])))).is_file()
