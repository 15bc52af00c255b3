"""Live content in published HTML that the site did not ship: scripts, and requests to other hosts.

The last line of defence behind escaping (DESIGN §6): whatever a bug lets through, a page must not
run script the theme did not ship or make a browser fetch anything from another host. Looked for:

- ``published-script``: an inline ``<script>`` that is not one of the theme's own (the theme's
  templates are read, each ``{{ … }}`` standing for a value without quotes or markup), an event
  attribute (``onerror=``, also named by an SVG ``attributeName``), a ``javascript:`` or
  ``vbscript:`` URL.
- ``published-offsite-request``: a URL to another host that a browser *loads* without a click:
  ``script src``, ``link rel=stylesheet/preload/icon…``, ``img``/``source`` ``src``/``srcset``,
  ``iframe``, ``embed``, ``object``, media, SVG ``image``/``use``, ``base href``, a refresh,
  CSS ``url()`` and ``@import``. A link (``<a href>``) to another site is fine.

A page is read with regular expressions over its tags (a few tens of thousands per site), which
is fast and sees what a browser sees for the markup MkDocs and our templates write.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

SCRIPT = "published-script"
OFFSITE = "published-offsite-request"

_TAG = re.compile(r"""<([A-Za-z][A-Za-z0-9:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>""")
_ATTR = re.compile(r"""([^\s/>="']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?""")
_SCRIPT_ELEMENT = re.compile(r"""<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>(.*?)</script\s*>""",
                             re.IGNORECASE | re.DOTALL)
_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""",
                      re.IGNORECASE)
_JINJA = re.compile(r"(\{\{.*?\}\}|\{#.*?#\})", re.DOTALL)
_BLOCK = re.compile(r"\{%.*?%\}", re.DOTALL)
_VALUE = r"""[^"'`<>\\\n]*"""
"""What a ``{{ … }}`` of a theme script may print: a value that cannot end its string."""
_DATA_BLOCKS = frozenset({"application/json", "application/ld+json"})
_LOADS = {"script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"),
          "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "iframe": ("src",),
          "frame": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",),
          "image": ("href", "xlink:href"), "use": ("href", "xlink:href"), "feimage": ("href", "xlink:href"),
          "base": ("href",)}
_LOADING_RELS = frozenset({"stylesheet", "preload", "modulepreload", "prefetch", "prerender", "icon",
                           "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon", "manifest",
                           "preconnect", "dns-prefetch", "import"})
_READ_ALWAYS = frozenset({*_LOADS, "link", "meta"})
_SUSPECT = re.compile(r"""[\s/"']on[a-z]|script|&|attributename|style|background""", re.IGNORECASE)
"""Whether another tag's attributes need a close look (most are ``class``, ``href``, ``id``)."""
_SUSPECT_WORDS = ("&", "on", "script", "style", "attributename", "background")
_SUSPECT_LOWER = re.compile(_SUSPECT.pattern)
"""``_SUSPECT`` for lower-cased ASCII text, where it finds the same; the words a match must hold
are tested first, which clears most tags many times faster than the case-blind pattern."""
_TEXT_ATTRIBUTES = frozenset({"title", "alt", "content", "value", "placeholder", "aria-label", "label"})
_NO_REQUEST = ("data", "blob", "about", "javascript", "vbscript")
"""Schemes that fetch nothing from a host (script URLs are reported as scripts)."""
_URL_NOISE = re.compile(r"[\x00-\x20]")
"""Browsers drop tabs and line breaks inside a URL and spaces around it: ``java\tscript:``."""


@dataclass(frozen=True)
class Problem:
    """Live content found in a published file: its code, where (character offset), what, and a
    needle to look for in the data files it may have come from."""

    code: str
    offset: int
    what: str
    needle: str


def known_scripts(theme_dirs: Iterable[Path]) -> list[re.Pattern[str]]:
    """The inline scripts the theme ships, as patterns, read from its templates (Material's and
    our overrides): a theme update brings its own scripts along, and nothing else passes."""
    patterns = []
    for folder in theme_dirs:
        for template in sorted(Path(folder).rglob("*.html")):
            if "integrations" in template.parts:  # analytics: it loads from another host by design
                continue
            text = template.read_text(encoding="utf-8", errors="replace")
            for element in _SCRIPT_ELEMENT.finditer(text):
                attributes, body = _attributes(element.group(1)), element.group(2).strip()
                if {"src", "type"} & attributes.keys() or not _JINJA.sub("", _BLOCK.sub("", body)).strip():
                    continue  # not inline script, a data block, or nothing of it is the theme's own
                patterns.append(re.compile(_template_pattern(body), re.DOTALL))
    return patterns


def _template_pattern(body: str) -> str:
    """A script template as a pattern: ``{{ … }}`` a value without quotes; around ``{% … %}``
    (conditions, loops) each stretch of the template's own text may be left out or repeated."""
    stretches = _BLOCK.split(body)
    if len(stretches) == 1:
        return _stretch_pattern(body)
    kept = [stretch.strip() for stretch in stretches if stretch.strip()]
    return "".join(rf"(?:\s*{_stretch_pattern(stretch)})*" for stretch in kept)  # no two \s* in a row


def _stretch_pattern(body: str) -> str:
    parts = []
    for index, part in enumerate(_JINJA.split(body)):
        if index % 2:
            parts.append(_VALUE if part.startswith("{{") else "")
        else:
            parts.append(r"\s*".join(re.escape(word) for word in re.split(r"\s+", part)))
    return "".join(parts)


def scan_html(text: str, scripts: list[re.Pattern[str]], own_hosts: frozenset[str]) -> list[Problem]:
    """Every live script and off-site request of an HTML (or SVG) document."""
    found = list(_inline_scripts(text, scripts))
    for tag in _TAG.finditer(text):
        if _worth_reading(tag.group()):
            found.extend(_tag_problems(tag, own_hosts))
    for style in _STYLE_ELEMENT.finditer(text):
        found.extend(scan_css(style.group(1), own_hosts, style.start(1)))
    return found


@lru_cache(maxsize=1 << 14)
def _worth_reading(tag: str) -> bool:
    """Whether a tag (as ``_TAG`` matched it, so it matches it whole with the same groups) needs a
    close look. Judged once per distinct tag: the pages of a site repeat a few thousand tags (a
    table's cells and rows) hundreds of thousands of times."""
    found = _TAG.fullmatch(tag)
    assert found is not None
    name, attributes = found.groups()
    return name.lower() in _READ_ALWAYS or _suspect(attributes)


def _suspect(attributes: str) -> bool:
    """Whether ``_SUSPECT`` matches, the case-blind pattern kept for text beyond ASCII (whose
    letters may fold to ASCII ones: ``ſcript``)."""
    if attributes.isascii():
        lowered = attributes.lower()
        return any(word in lowered for word in _SUSPECT_WORDS) and _SUSPECT_LOWER.search(lowered) is not None
    return _SUSPECT.search(attributes) is not None


def scan_css(text: str, own_hosts: frozenset[str], base: int = 0) -> list[Problem]:
    """``url(…)`` and ``@import`` of a style sheet or style attribute that leave the site."""
    urls = ((found, next(group for group in found.groups() if group is not None))
            for found in _CSS_URL.finditer(text))
    return [Problem(OFFSITE, base + found.start(), f"CSS {found.group()[:80]}", url)
            for found, url in urls if _offsite(url, own_hosts)]


def _inline_scripts(text: str, scripts: list[re.Pattern[str]]) -> Iterator[Problem]:
    for element in _SCRIPT_ELEMENT.finditer(text):
        attributes = _attributes(element.group(1))
        body = element.group(2).strip()
        if "src" in attributes or not body or attributes.get("type", "").strip().lower() in _DATA_BLOCKS:
            continue
        if not any(pattern.fullmatch(body) for pattern in scripts):
            yield Problem(SCRIPT, element.start(), f"inline <script> not shipped by the theme: {body[:60]!r}",
                          body[:40])


def _attributes(source: str) -> dict[str, str]:
    """Attribute names (lower case) and their values, character references decoded."""
    found: dict[str, str] = {}
    for match in _ATTR.finditer(source):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


def _tag_problems(tag: re.Match[str], own_hosts: frozenset[str]) -> Iterator[Problem]:
    name, attributes = tag.group(1).lower(), _attributes(tag.group(2))
    for attribute, value in attributes.items():
        if (attribute.startswith("on") and len(attribute) > 2) or \
                (attribute == "attributename" and value.strip().lower().startswith("on")):
            yield Problem(SCRIPT, tag.start(), f"event handler {attribute}= on <{name}>", attribute)
        elif attribute not in _TEXT_ATTRIBUTES and _script_url(value):
            yield Problem(SCRIPT, tag.start(), f"script URL in {attribute}= on <{name}>", value[:40])
    for url in [*_loaded_urls(name, attributes), *filter(None, [attributes.get("background")])]:
        if _offsite(url, own_hosts):
            yield Problem(OFFSITE, tag.start(), f"<{name}> loads {url[:80]}", _host(url) or url)
    if "style" in attributes:
        yield from scan_css(attributes["style"], own_hosts, tag.start())


def _loaded_urls(name: str, attributes: dict[str, str]) -> Iterator[str]:
    """The URLs a browser fetches for this tag as soon as the page loads."""
    wanted = _LOADS.get(name, ())
    if name == "link" and _LOADING_RELS & set(attributes.get("rel", "").lower().split()):
        wanted = ("href", "imagesrcset")
    for attribute in wanted:
        value = attributes.get(attribute)
        if value is None:
            continue
        if attribute.endswith("srcset"):
            yield from (candidate.split()[0] for candidate in value.split(",") if candidate.strip())
        else:
            yield value
    if name == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
        _, _, target = attributes.get("content", "").partition("=")
        if target:
            yield target.strip("'\" ")


def _script_url(value: str) -> bool:
    return _URL_NOISE.sub("", value).lower().startswith(("javascript:", "vbscript:"))


def _offsite(url: str, own_hosts: frozenset[str]) -> bool:
    """A URL that makes the browser ask another host: anything absolute (``https:``, ``//host``,
    ``file:``) except ``data:`` and the site's own address."""
    cleaned = _URL_NOISE.sub("", url).replace("\\", "/")
    parts = urlsplit(cleaned)
    if parts.scheme.lower() in _NO_REQUEST or (not parts.scheme and not cleaned.startswith("//")):
        return False
    return (parts.hostname or "") not in own_hosts or parts.scheme.lower() not in ("http", "https", "")


def _host(url: str) -> str:
    return urlsplit(_URL_NOISE.sub("", url).replace("\\", "/")).hostname or ""
