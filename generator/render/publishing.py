"""Files the host reads rather than the visitor: ``CNAME`` for GitHub Pages under a custom domain.

GitHub Pages serves a repository's site at https://<owner>.github.io/<repository>/ (set ``site.url``
to that: MkDocs, the feed, the sitemap and the assessors' CSV take their base from it), or at the
agency's own domain, named in a ``CNAME`` file at the site's root (``site.cname: true``).
"""

from __future__ import annotations

from generator.load.agency import Agency


def publishing_files(agency: Agency) -> dict[str, bytes]:
    """``docs/CNAME`` (copied to the site's root by MkDocs) when the site has its own domain."""
    host = agency.config.site.cname_host
    return {"docs/CNAME": f"{host}\n".encode("ascii")} if host else {}
