"""Final URLs of built pages, for links that MkDocs does not rewrite.

MkDocs checks and rewrites only Markdown links. A link inside a raw HTML block (our data tables)
is copied as written, so it must already be the built page's relative URL. The generated
mkdocs.yml sets ``use_directory_urls: true``: ``a/b.md`` is served as ``a/b/`` (``a/b/index.html``).
"""

from __future__ import annotations

import posixpath


def site_url(path: str) -> str:
    """``a/b.md`` → ``a/b/``; ``a/index.md`` → ``a/``; ``index.md`` → ``""`` (the site root)."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative_url(from_path: str, to_path: str) -> str:
    """Relative URL from the built page of ``from_path`` to that of ``to_path`` (generated paths).

    ``anti-corruption/plans/2566-2570.md`` → ``anti-corruption/plans/2566-2570/3.md`` gives ``3/``.
    """
    relative = posixpath.relpath(site_url(to_path) or ".", site_url(from_path) or ".")
    return "./" if relative == "." else relative + "/"
