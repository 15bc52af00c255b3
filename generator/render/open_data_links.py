"""Links from a page to the open-data files of its dataset, as Markdown links MkDocs checks."""

from __future__ import annotations

import posixpath
from typing import Any

from markupsafe import Markup

from generator.opendata.tables import DATA_DIR

FORMATS = ((".csv", "CSV (UTF-8)"), (".json", "JSON"), (".schema.json", "JSON Schema"))


def data_links(page_path: str, dataset: str) -> list[dict[str, Any]]:
    """``[{"label": "CSV (UTF-8)", "link": "../../data/service-statistics.csv"}, …]`` for one dataset."""
    here = posixpath.dirname(page_path)
    return [{"label": label, "link": Markup(posixpath.relpath(f"{DATA_DIR}/{dataset}{suffix}", here))}
            for suffix, label in FORMATS]
