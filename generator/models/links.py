"""Links from data: a title and a URL whose scheme is safe to put on a public page.

Checked at load time (not only when rendering) so that a ``javascript:`` link is an error the
webmaster sees with its line, rather than a link that silently disappears from the page.
"""

from __future__ import annotations

from generator.models.base import Record, Text, Url
from generator.values.urls import SAFE_SCHEMES, parse_url

__all__ = ["SAFE_SCHEMES", "Url", "WebLink", "parse_url"]


class WebLink(Record):
    """A link shown on a page: where to read or use something online."""

    title: Text
    """What the link leads to, as shown to readers."""
    url: Url
    """Full address (https://, http://, mailto: or tel:)."""
    note: Text | None = None
    """Optional remark shown beside the link."""
