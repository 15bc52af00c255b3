"""The open-data index ``/data/``: every dataset the site publishes, its files and its licence.

Built from the data files themselves (each ``<name>.schema.json`` carries the Thai title and the
description), so a dataset added anywhere appears here without being registered twice. Each
dataset shows the national catalogue's metadata (``generator.opendata.metadata``); the DCAT and
CKAN catalogue files are linked (``generator.opendata.catalog``).
"""

from __future__ import annotations

import json
import posixpath

from markupsafe import Markup

from generator.load.agency import Agency
from generator.opendata.metadata import dataset_metadata
from generator.opendata.tables import DATA_DIR
from generator.render.pages import Page

INDEX = f"{DATA_DIR}/index.md"


def page(agency: Agency, data_files: dict[str, bytes]) -> Page | None:
    prefix = f"docs/{DATA_DIR}/"
    names = sorted(path[len(prefix):].removesuffix(".schema.json") for path in data_files
                   if path.startswith(prefix) and path.endswith(".schema.json"))
    if not names:
        return None
    datasets = []
    for name in names:
        schema = json.loads(data_files[f"{prefix}{name}.schema.json"])
        datasets.append({
            "title": schema.get("title", name), "description": schema.get("description", ""),
            "meta": dataset_metadata(agency, name, data_files), "anchor": Markup(name),
            "links": [(label, Markup(f"{name}{suffix}")) for label, suffix in
                      (("CSV", ".csv"), ("JSON", ".json"), ("JSON Schema", ".schema.json"))
                      if f"{prefix}{name}{suffix}" in data_files],
        })
    ocds = sorted(path[len(prefix):] for path in data_files
                  if path.startswith(prefix) and path.endswith("-ocds.json"))
    return Page(INDEX, "ข้อมูลเปิด (Open Data)", "data_index.md.j2", {
        "datasets": datasets, "ocds": [Markup(name) for name in ocds],
        "catalog": Markup("catalog.jsonld"), "package_list": Markup("ckan/package_list.json"),
        "licence": agency.config.site.licence_title,
    }, section="data")


def data_link(name: str, page_path: str) -> Markup:
    """Relative Markdown link target from a page to one of the files under ``docs/data/``."""
    return Markup(posixpath.relpath(f"{DATA_DIR}/{name}", posixpath.dirname(page_path) or "."))
