"""Hostile text in data never becomes executable markup on the site (DESIGN §6; OWASP XSS).

Every payload of ``fixtures/xss_payloads.txt`` (the OWASP filter-evasion cheat sheet plus Markdown
tricks) goes into every text field of every data kind at once (``tests.model_samples``), through
the render stage and then through Python-Markdown configured as the generated mkdocs.yml
configures it. On every page: no element or attribute that can run code, no ``javascript:``/
``data:`` link, no markup in the front-matter title (the theme prints titles raw), and the
payload itself visible to readers as the text it is. One real MkDocs build then checks a sample
of payloads in the built HTML, the theme's own parts (header, navigation, table of contents,
``<title>``) and the search index included.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from mkdocs.utils.meta import get_data

import generator.render as render_module
from generator.load.agency import Agency, Loaded
from generator.load.yaml_source import SourceFile
from generator.models.catalogue import Catalogue
from generator.models.organisation import SiteConfig
from generator.registry import KINDS
from generator.render import render_site
from generator.render.environment import make_environment
from generator.render.schemas import schema_files
from tests.conftest import FIXTURES, build
from tests.model_samples import SAMPLE_FILE, record
from tests.tiny_pdf import make_pdf


def _payloads() -> list[str]:
    lines = (FIXTURES / "xss_payloads.txt").read_text(encoding="utf-8").splitlines()
    return [line.replace("\\n", "\n").replace("\\x02", "\x02").replace("\\x03", "\x03")
            for line in lines if line and not line.startswith("#")]


PAYLOADS = _payloads()
# Elements our templates and the sanitised Markdown produce; anything else (script, img, iframe,
# object, style, math, svg's foreignObject…) came from data.
ALLOWED_TAGS = frozenset({
    "a", "abbr", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "nav", "ol", "p", "pre",
    "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "time", "tr", "ul",
    # build-time charts (generator/render/svg_chart.py)
    "svg", "g", "rect", "line", "path", "text", "title", "desc",
})
URL_ATTRIBUTES = frozenset({"href", "src", "xlink:href", "action", "formaction", "data", "poster",
                            "background", "srcset", "cite"})
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


class _Inspector(HTMLParser):
    """Collects what could run in a browser, and the text a reader sees."""

    def __init__(self, allowed_tags: frozenset[str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed_tags = allowed_tags
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.allowed_tags is not None and tag not in self.allowed_tags:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            value = value or ""
            squashed = re.sub(r"[\x00-\x20]+", "", value).lower()
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            elif name in URL_ATTRIBUTES and squashed.startswith(BAD_SCHEMES):
                self.problems.append(f"{name}={value!r} on <{tag}>")
            elif name == "style" and re.search(r"url\(|expression|javascript", squashed):
                self.problems.append(f"style={value!r} on <{tag}>")
            elif name == "srcdoc":
                self.problems.append(f"{name}= on <{tag}>")
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
        else:
            self.text.append(data)


def inspect(html: str, allowed_tags: frozenset[str] | None = ALLOWED_TAGS) -> _Inspector:
    inspector = _Inspector(allowed_tags)
    inspector.feed(html)
    inspector.close()
    return inspector


def _visible(text: str) -> str:
    """Text as a reader compares it: control characters dropped, whitespace runs as one space."""
    return " ".join(re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text).split())


@dataclass
class RenderedPage:
    html: str
    title: str


Renderer = Callable[[str], dict[str, RenderedPage]]


def _markdown_converter(config_yaml: bytes) -> Callable[[], markdown.Markdown]:
    """Python-Markdown with exactly the extensions the generated mkdocs.yml lists."""
    config = yaml.safe_load(config_yaml)
    names, settings = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if options:
            settings[name] = options
    return lambda: markdown.Markdown(extensions=names, extension_configs=settings)


PLACEHOLDER = "⟦text⟧ <b>&amp;</b>"
"""Marks the text fields in the sample records, which are built once and then filled per payload."""


def _filled(value: object, text: str) -> object:
    if value == PLACEHOLDER:
        return text
    if isinstance(value, dict):
        return {key: _filled(item, text) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, text) for item in value]
    return value


def _samples() -> dict[str, dict]:
    """Raw data of a record of every kind (and the site config, an OIT catalogue), text fields marked."""
    return {"config": record(SiteConfig, PLACEHOLDER), "catalogue": record(Catalogue, PLACEHOLDER),
            **{kind.key: record(kind.model, PLACEHOLDER) for kind in KINDS}}


def _agency(root: Path, samples: dict[str, dict], text: str) -> Agency:
    raw = _filled(samples["config"], text)
    datasets = {}
    for kind in KINDS:
        data = _filled(samples[kind.key], text)
        source = SourceFile(f"content/{kind.folder}/sample.yml", data, {})
        datasets[kind.key] = [Loaded(kind.model.model_validate(data), source, "2568")]
    catalogue = Catalogue.model_validate(_filled(samples["catalogue"], text))
    return Agency(root, SiteConfig.model_validate(raw), SourceFile("site_config.yml", raw, {}), datasets,
                  {catalogue.assessment_year: catalogue}, KINDS)


@pytest.fixture(scope="module")
def render_pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Renderer]:
    """Render every kind with ``text`` in every text field; HTML of every page, as MkDocs would make it.

    Template compilation and JSON Schema generation do not depend on the data: they are done once
    for the module (the same environment and schemas serve every payload) to keep the test fast.
    """
    root = tmp_path_factory.mktemp("xss")
    (root / "content" / SAMPLE_FILE).parent.mkdir(parents=True)
    (root / "content" / SAMPLE_FILE).write_bytes(make_pdf(["sample attachment"]))
    env, schemas, samples = make_environment(), schema_files(KINDS), _samples()

    def render(text: str) -> dict[str, RenderedPage]:
        files = render_site(_agency(root, samples, text), [])
        converter = _markdown_converter(files["mkdocs.yml"])
        pages = {}
        for path, data in files.items():
            if path.endswith(".md"):
                body, meta = get_data(data.decode("utf-8"))
                pages[path] = RenderedPage(converter().convert(body), str(meta.get("title", "")))
            elif path.endswith(".xml"):
                pages[path] = RenderedPage(_feed_html(data), "")
        return pages

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render_module, "make_environment", lambda compiled=None: env)
        patch.setattr(render_module, "schema_files", lambda kinds: schemas)
        yield render


def _feed_html(data: bytes) -> str:
    """The HTML a feed reader renders: every ``type="html"`` element of the Atom feed."""
    tree = ET.fromstring(data)
    return "\n".join(element.text or "" for element in tree.iter() if element.get("type") == "html")


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_payload_in_every_text_field_of_every_kind_stays_text(
        render_pages: Renderer, payload: str) -> None:
    pages = render_pages(payload)
    inspected = {path: inspect(page.html) for path, page in pages.items()}
    assert {path: found.problems for path, found in inspected.items() if found.problems} == {}
    raw_titles = {path: page.title for path, page in pages.items() if re.search("[<>]", page.title)}
    assert raw_titles == {}, "the theme prints front-matter titles without escaping"
    seen = _visible(" ".join(text for found in inspected.values() for text in found.text))
    assert _visible(payload) in seen, "the payload must be shown to readers as the text it is"


SAMPLE = [PAYLOADS[i] for i in (0, 3, 8, 12, 18, 19, 17, 22, 29, 30)]
"""Site name, plan title, mission, item, report, a document's title (``</title>``: the theme passes
titles through ``striptags``, which decodes entities), a news title; all of them in a news body."""
MARK = "1337"


def _marked(payload: str) -> str:
    marked = payload.replace("alert(1)", f"alert({MARK})").replace("alert('XSS')", f"alert({MARK})")
    return f"{marked} m{MARK}"


def _edit(path: Path, pattern: str, payload: str) -> None:
    """Replace the first YAML value matched by ``pattern`` (a whole line) with ``payload``."""
    text = path.read_text(encoding="utf-8")
    line = re.search(pattern, text, flags=re.M)
    assert line, f"{pattern} not in {path}"
    key = line.group().split(":", 1)[0]
    text = text[:line.start()] + f"{key}: {json.dumps(payload, ensure_ascii=False)}" + text[line.end():]
    path.write_text(text, encoding="utf-8")


def test_real_build_with_payloads_in_data_stays_safe(demo_copy: Path) -> None:
    sample = [_marked(p) for p in SAMPLE]
    content = demo_copy / "content"
    _edit(demo_copy / "site_config.yml", r"^  name: .*$", sample[0])
    _edit(content / "plans/2568.yml", r"^title: .*$", sample[1])
    _edit(content / "plans/2568.yml", r'^  "1\.1": .*$', sample[2])
    _edit(content / "plans/2568.yml", r"^    title: .*$", sample[3])
    _edit(content / "no-gift/2568.yml", r"^  - title: .*$", sample[4])
    _edit(content / "documents/hr-policy-2568.yml", r"^title: .*$", sample[5])
    _edit(content / "news/2024-10-01-no-gift-policy.md", r"^title: .*$", sample[6])
    news = content / "news/2024-10-01-no-gift-policy.md"
    news.write_text(news.read_text(encoding="utf-8") + "\n" + "\n\n".join(sample) + "\n", encoding="utf-8")
    assert build(demo_copy) == 0
    site = demo_copy / "site"
    problems = []
    for page in sorted(site.rglob("*.html")):
        found = inspect(page.read_text(encoding="utf-8"), allowed_tags=None)
        problems += [f"{page.relative_to(site)}: {p}" for p in found.problems]
        problems += [f"{page.relative_to(site)}: script holds data" for s in found.scripts if MARK in s]
        title = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), flags=re.S)
        if title and "<" in title.group(1):
            problems.append(f"{page.relative_to(site)}: markup in <title>")
    assert problems == []
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for key in ("title", "text"):
            assert not inspect(doc[key], allowed_tags=None).problems
            assert not re.search(r"<(?:script|img|svg|iframe)", doc[key], flags=re.I), doc["location"]
    built = " ".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert built.count(f"m{MARK}") >= len(sample)
