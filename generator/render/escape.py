"""Escaping for text from data that lands in generated Markdown pages.

Every string from content is untrusted. It is written into Markdown that also holds raw HTML, so it
must be inert in both languages: HTML-escaped (``<script>`` shows as text) and with every
character Markdown or its extensions give meaning to written as a numeric entity, so that
``[x](javascript:alert(1))`` cannot become a link, ``**`` cannot become bold and ``{: …}`` cannot
become attributes. Browsers show entities as the characters themselves, so readers see the text as
it was written.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from markupsafe import Markup

from generator.values.urls import SAFE_SCHEMES

# HTML specials plus everything Python-Markdown, pymdownx and attr_list react to.
_MARKDOWN_SPECIALS = "\\`*_{}[]()#+-!|~^=:<>&\"'$%@"
_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in _MARKDOWN_SPECIALS}
_TABLE[ord("\r")] = ""
# Other control characters have no business on a page; Python-Markdown uses \x02 and \x03 as its own
# placeholders, so they are dropped rather than passed on.
_TABLE.update({code: None for code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]})

_TITLE_CONTROLS = {code: " " for code in range(0x20)} | {0x7F: " "}

SAFE_LINK_SCHEMES = frozenset(SAFE_SCHEMES)


def text(value: object) -> Markup:
    """Plain text from data, inert as Markdown and as HTML; newlines become spaces."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    escaped = str(value).translate(_TABLE)
    return Markup(" ".join(escaped.split("\n")))


def theme_text(value: object) -> str:
    """Text that the MkDocs theme prints without escaping: page titles (front matter, nav) and names.

    Material's templates do not autoescape, so titles are HTML-escaped here, once: ``Markup``
    (already escaped by a page module) is unescaped first. Line breaks and other control characters
    become single spaces. (Its
    ``<title>`` would also pass titles through ``striptags``, which decodes entities back into
    tags; ``theme/overrides/main.html`` prints the escaped title instead.)
    """
    plain = value.unescape() if isinstance(value, Markup) else str(value)
    return html.escape(" ".join(plain.translate(_TITLE_CONTROLS).split()))


def paragraphs(value: object) -> list[Markup]:
    """Split free text on blank lines into escaped paragraphs (line breaks inside kept as spaces)."""
    if value is None:
        return []
    blocks = [block.strip() for block in str(value).replace("\r", "").split("\n\n")]
    return [text(block) for block in blocks if block]


def blocks(value: object) -> list[list[Markup]]:
    """Split free text on blank lines into paragraphs of escaped lines: printed line breaks are kept
    (lists of steps, "ผลผลิต" then its numbered outputs), unlike ``paragraphs``."""
    if value is None:
        return []
    paras = [block.strip() for block in str(value).replace("\r", "").split("\n\n")]
    return [[text(line.strip()) for line in para.split("\n") if line.strip()] for para in paras if para]


def safe_url(value: object) -> str | None:
    """A link from data, or ``None`` when its scheme is not https/http/mailto/tel."""
    if not isinstance(value, str):
        return None
    candidate = value.strip()
    if any(ord(ch) < 32 for ch in candidate):
        return None
    scheme = urlsplit(candidate).scheme.lower()
    return candidate if scheme in SAFE_LINK_SCHEMES else None


def html_attr(value: object) -> Markup:
    """A value for an HTML attribute (quotes and ampersands escaped)."""
    return text(value)

