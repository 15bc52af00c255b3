"""The site's standard pages (หน้ามาตรฐานของเว็บไซต์): accessibility statement, website policy,
privacy notice, contact page… ``content/about/<slug>.md``, linked from every page's footer.

Each is Markdown with YAML front matter, like news: the agency edits the Thai text the demo ships
with. The contact page shows the address, phone and e-mail of ``site_config.yml`` (``contact``), so
they are written once.
"""

from __future__ import annotations

from generator.models.base import DataFile, Text
from generator.models.news import MarkdownText


class StandardPage(DataFile):
    """One standard page: its title and Markdown text."""

    title: Text
    """The page's heading and its link text in the footer."""
    contact: bool = False
    """True on the contact page: the address, phone and e-mail of site_config.yml follow the text."""
    body: MarkdownText = ""
    """The text after the front matter (not a front-matter key)."""
