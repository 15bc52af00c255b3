"""Fields typed as Markdown (a news body): Python-Markdown, then a maintained sanitiser (DESIGN §5).

Markdown from data may hold raw HTML, ``javascript:`` links and attribute syntax. It is rendered
with the site's extensions *except* ``attr_list`` and ``md_in_html`` (which would let data set
attributes), and the HTML is then cleaned by nh3 (ammonia): a short list of tags, links only to
https/http/mailto/tel with ``rel="noopener noreferrer"``, no relative URLs (they would not be
checked by MkDocs), ids namespaced so they cannot clash with the page's own. The result is the one
place where HTML from data becomes ``Markup``; it is written inside a raw HTML block
(``markdown="0"``), so MkDocs does not read it as Markdown a second time.
"""

from __future__ import annotations

import markdown
import nh3
from markdown.extensions.toc import slugify_unicode
from markupsafe import Markup

from generator.values.urls import SAFE_SCHEMES

EXTENSIONS = ("tables", "admonition", "toc")
ALLOWED_TAGS = frozenset({
    "p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "pre", "blockquote", "h2", "h3", "h4",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    "div",  # only as an admonition box: its classes are filtered below
})
ALLOWED_ATTRIBUTES = {"a": {"href"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "th": {"scope"}}
ADMONITION_TYPES = frozenset({"note", "info", "tip", "warning", "danger", "important", "abstract",
                              "success", "question", "failure", "bug", "example", "quote"})
ALLOWED_CLASSES = {"div": {"admonition", *ADMONITION_TYPES}, "p": {"admonition-title"}}
LINK_SCHEMES = frozenset(SAFE_SCHEMES)


def render_markdown(text: str, *, heading_level: int = 2, id_prefix: str = "md-") -> Markup:
    """Markdown from data → sanitised HTML; ``#`` becomes ``<h{heading_level}>``, deeper levels follow."""
    converter = markdown.Markdown(
        extensions=list(EXTENSIONS),
        extension_configs={"toc": {"baselevel": heading_level, "slugify": slugify_unicode}},
        output_format="html",
    )
    html = converter.convert(text or "")
    clean = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style"},
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        url_relative="deny",
        link_rel="noopener noreferrer",
        allowed_classes={tag: set(classes) for tag, classes in ALLOWED_CLASSES.items()},
        id_prefix=id_prefix,
        strip_comments=True,
    )
    # class filtering leaves ``class=""`` where no allowed class remained
    return Markup(clean.replace(' class=""', "").strip())
