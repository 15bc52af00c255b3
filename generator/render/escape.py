"""Escaping for text from data that lands in generated Markdown pages.

Every string from content is untrusted. It is written into Markdown that also holds raw HTML, so it
must be inert in both languages: HTML-escaped (``<script>`` shows as text) and with every
character Markdown or its extensions give meaning to written as a numeric entity, so that
``[x](javascript:alert(1))`` cannot become a link, ``**`` cannot become bold and ``{: …}`` cannot
become attributes. Browsers show entities as the characters themselves, so readers see the text as
it was written.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import Markup

# HTML specials plus everything Python-Markdown, pymdownx and attr_list react to.
_MARKDOWN_SPECIALS = "\\`*_{}[]()#+-!|~^=:<>&\"'$%@"
_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in _MARKDOWN_SPECIALS}
_TABLE[ord("\r")] = ""

SAFE_LINK_SCHEMES = frozenset({"https", "http", "mailto", "tel"})


def text(value: object) -> Markup:
    """Plain text from data, inert as Markdown and as HTML; newlines become spaces."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    escaped = str(value).translate(_TABLE)
    return Markup(" ".join(escaped.split("\n")))


def paragraphs(value: object) -> list[Markup]:
    """Split free text on blank lines into escaped paragraphs (line breaks inside kept as spaces)."""
    if value is None:
        return []
    blocks = [block.strip() for block in str(value).replace("\r", "").split("\n\n")]
    return [text(block) for block in blocks if block]


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
