"""Values from ``site_config.yml`` that reach the generated ``mkdocs.yml`` (class 5 of issue 9).

Material prints ``site_name``, ``site_description``, ``site_url`` (canonical links, the 404 page's
base) and ``extra`` without escaping. ``site.url`` is parsed and rebuilt from its parts
(``generator/values/site_url.py``); names are text, HTML-escaped once for the theme; the palette
and the rest of the theme settings are constants of the generator, not configuration.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.diagnostics import has_errors
from generator.render import render_site
from generator.values.errors import ValueParseError
from generator.values.site_url import parse_site_url
from tests.conftest import build, edit_file, page_html, problems
from tests.tiny_pdf import make_pdf

BASE = Path(__file__).resolve().parent / "bad_inputs" / "base"
SVG_ONLOAD = '"><svg onload=alert(1)>'
HOSTILE_URLS = [
    f"https://www.example.go.th/{SVG_ONLOAD}", "https://www.example.go.th/\"><svg/onload=alert(1)>",
    "https://www.example.go.th/'onmouseover='alert(1)", "javascript:alert(document.domain)",
    "JaVaScRiPt://www.example.go.th/%0aalert(1)", "data:text/html;base64,PHNjcmlwdD4=", "//evil.example/",
    "https://www.example.go.th/\nevil", "https://www.example.go.th/{{ config }}",
    "https://www.example.go.th/<script>alert(1)</script>", "https://admin:secret@www.example.go.th/",
    "https://evil.example\\@www.example.go.th/", "https://www.example.go.th/?q=<x>",
    "https://www.example.go.th/#x", "https://www..go.th/", "https://exa mple.go.th/", "ftp://www.example.go.th/",
    "https://www.example.go.th:0/", "https://www.example.go.th/\u200b",
]
HOSTILE_NAMES = ['"><svg onload=alert(1)>', "<script>alert(1)</script>", "{{ 7*7 }} {% raw %}",
                 "อบต.\nทดสอบ <img src=x onerror=alert(1)>", "' onmouseover='alert(1)"]


@pytest.mark.parametrize("value", HOSTILE_URLS)
def test_a_site_url_that_is_not_a_plain_https_address_is_refused(value: str) -> None:
    with pytest.raises(ValueParseError) as refused:
        parse_site_url(value)
    assert refused.value.code == "bad-site-url"
    assert "https://www.example.go.th/" in refused.value.message and "ที่อยู่เว็บไซต์" in refused.value.message_th


@pytest.mark.parametrize(("value", "rebuilt"), [
    ("https://www.example.go.th", "https://www.example.go.th/"),
    ("HTTPS://WWW.Example.GO.TH/oit", "https://www.example.go.th/oit/"),
    ("https://ตัวอย่าง.go.th/", "https://xn--72c1a1bt4awk9o.go.th/"),  # IDNA, as a browser sends it
    ("https://www.example.go.th/ข่าว/", "https://www.example.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/"),
    ("http://localhost:8000/site", "http://localhost:8000/site/"),
    ("https://192.0.2.7/", "https://192.0.2.7/"),
])
def test_a_good_site_url_is_rebuilt_from_its_parts(value: str, rebuilt: str) -> None:
    assert parse_site_url(value) == rebuilt


def _agency(tmp_path: Path) -> Path:
    root = tmp_path / "agency"
    shutil.copytree(BASE, root)
    (root / "content/documents").mkdir()
    (root / "content/documents/signed.pdf").write_bytes(make_pdf(["signed announcement"]))
    return root


def test_the_refusal_names_the_line_and_column_in_site_config(tmp_path: Path) -> None:
    root = _agency(tmp_path)
    edit_file(root / "site_config.yml", "site:\n", f"site:\n  url: 'https://www.example.go.th/{SVG_ONLOAD}'\n")
    checked = pipeline.check(root)
    found = [(d.code, str(d.position), d.field, d.severity) for d in problems(checked.diagnostics)]
    assert found == [("bad-site-url", "site_config.yml:9:8", "site.url", "error")]


def _hostile_names(root: Path, name: str, short_name: str) -> None:
    config = yaml.safe_load((root / "site_config.yml").read_text(encoding="utf-8"))
    config["organisation"].update(name=name, short_name=short_name)
    config["site"]["url"] = "https://ตัวอย่าง.go.th/oit"
    (root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_names_reach_mkdocs_yml_escaped(tmp_path: Path, name: str) -> None:
    root = _agency(tmp_path)
    _hostile_names(root, name, name)
    checked = pipeline.check(root)
    assert checked.agency is not None and not has_errors(checked.diagnostics)
    config = yaml.safe_load(render_site(checked.agency, checked.diagnostics)["mkdocs.yml"])
    printed = [config["site_name"], config["site_description"], config["extra"]["organisation_name"]]
    assert not any(re.search(r"[<>\"'\n]", value) for value in printed), printed
    assert config["site_url"] == "https://xn--72c1a1bt4awk9o.go.th/oit/"
    assert config["theme"]["palette"] == {"scheme": "default", "primary": "indigo", "accent": "indigo"}


class _Elements(HTMLParser):
    """Every element a browser would create, with its attributes, and the text of scripts."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        if self.tags and self.tags[-1][0] == "script":
            self.scripts.append(data)


def test_a_real_build_prints_hostile_names_as_text_on_404_and_home(tmp_path: Path) -> None:
    root = _agency(tmp_path)
    _hostile_names(root, " ".join(HOSTILE_NAMES[1:]), HOSTILE_NAMES[0])
    assert build(root) == 0
    for page in ("404.html", "index.html"):
        html = (root / "site" / page).read_text(encoding="utf-8")
        found = _Elements(html)
        assert not [attrs for tag, attrs in found.tags if tag == "img" and attrs.get("src") == "x"], page
        assert not [(tag, name) for tag, attrs in found.tags for name in attrs if name.startswith("on")], page
        assert not [text for text in found.scripts if "alert" in text], page
        assert "&lt;svg onload=alert(1)&gt;" in html and "{{ 7*7 }}" in html, page  # shown, as text
    not_found = (root / "site/404.html").read_text(encoding="utf-8")
    assert 'href="/oit/assets/' in not_found  # the 404 page's base is the rebuilt path of site.url
    assert 'rel="canonical" href="https://xn--72c1a1bt4awk9o.go.th/oit/"' in page_html(root, "index.html")
