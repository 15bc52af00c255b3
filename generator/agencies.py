"""Several agencies in one repository: ``orgs/<id>/`` each hold ``site_config.yml`` and ``content/``.

Each agency is an ordinary agency directory: ``oitgen build --org <id>`` is ``oitgen --root
orgs/<id> build``, writing ``orgs/<id>/build/`` and ``orgs/<id>/site/``. Nothing is shared between
agencies (no common build folder, cache or output), so their builds run side by side, e.g. as the
jobs of a GitHub Actions matrix (``examples/workflows/agencies.yml``).
"""

from __future__ import annotations

import re
from pathlib import Path

ORGS = "orgs"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def org_ids(root: Path) -> list[str]:
    """The agencies of a repository: each folder of ``orgs/`` that holds a ``site_config.yml``."""
    folder = root / ORGS
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if _ID.match(p.name) and (p / "site_config.yml").is_file())


def org_root(root: Path, org: str) -> Path:
    """The directory of agency ``org``; a name that is not a plain folder name of ``orgs/`` (``..``,
    a slash) or that names no agency is refused with the list of those there are."""
    if not _ID.match(org) or not (root / ORGS / org / "site_config.yml").is_file():
        known = ", ".join(org_ids(root)) or "none / ไม่มี"
        raise ValueError(f"no agency '{org}' in {root / ORGS} (agencies: {known}) / "
                         f"ไม่พบหน่วยงาน '{org}' ในโฟลเดอร์ {ORGS}/")
    return root / ORGS / org
