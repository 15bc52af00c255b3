"""The open-data index ``/data/``: every dataset the site publishes, its files and its licence.

Built from the data files themselves (each ``<name>.schema.json`` carries the Thai title and the
description), so a dataset added anywhere appears here without being registered twice. Each
dataset shows the national catalogue's metadata (``generator.opendata.metadata``); the DCAT and
CKAN catalogue files are linked (``generator.opendata.catalog``).
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from markupsafe import Markup

from generator.load.agency import Agency
from generator.opendata.metadata import Metadata, dataset_metadata, dataset_names
from generator.opendata.tables import DATA_DIR
from generator.render.pages import Page

INDEX = f"{DATA_DIR}/index.md"


SOURCE_KINDS = {"procurement-": ("procurement_plans", "procurement_months"),
                "service-statistics": ("service_statistics",), "satisfaction-survey": ("satisfaction",),
                "complaint-": ("complaints",), "risk-register": ("risk",), "action-plan-items": ("plans",),
                "ita-scores": ("ita",), "integrity-measures": ("integrity",)}
"""Each dataset's content kinds (by name prefix): its history is theirs. A ``-<year>`` dataset is
made from that fiscal year's files only."""


def dataset_sources(agency: Agency, name: str) -> tuple[str, ...]:
    """The data files a dataset is made from, for the links to their history."""
    kinds = next((keys for prefix, keys in SOURCE_KINDS.items() if name.startswith(prefix)), ())
    year = re.search(r"-([0-9]{4})$", name)
    return tuple(loaded.source.path for key in kinds for loaded in agency.datasets.get(key, [])
                 if year is None or f"/{year.group(1)}/" in loaded.source.path
                 or loaded.source.path.endswith(f"/{year.group(1)}.yml"))


@dataclass(frozen=True)
class Dataset:
    """What the open-data index and the catalogue need of one dataset: the data files themselves are
    written as they are made (``render.site_files``), not kept until the index is rendered."""

    name: str
    title: str
    """The schema's own title (``meta.title`` may be the agency's override)."""
    description: str
    meta: Metadata


def datasets(agency: Agency, data_files: dict[str, bytes]) -> list[Dataset]:
    """The datasets among ``data_files`` (one builder's files: a dataset's schema, rows and CSV are
    made together), each with its national-catalogue metadata."""
    datasets = []
    for name in dataset_names(data_files):
        schema = json.loads(data_files[f"docs/{DATA_DIR}/{name}.schema.json"])
        datasets.append(Dataset(name, schema.get("title", name), schema.get("description", ""),
                                dataset_metadata(agency, name, data_files)))
    return datasets


def page(agency: Agency, found: list[Dataset], paths: Collection[str],
         commits: Mapping[str, dt.date] = MappingProxyType({}),
         sections: Mapping[str, str] = MappingProxyType({})) -> Page | None:
    """The index of every dataset ``found`` (in order of name); ``paths``: every data file's path
    in the build tree; ``commits``: each data file's last commit (git's history pass), ``sections``:
    where its history is (``history_pages.locations``).
    It is as new as the newest dataset: its newest record or its sources' last commit."""
    prefix = f"docs/{DATA_DIR}/"
    if not found:
        return None
    entries, dates = [], []
    for dataset in found:
        name, meta = dataset.name, dataset.meta
        sources = dataset_sources(agency, name)
        dates += [meta.last_updated] if meta.last_updated else []
        dates += [commits[path] for path in sources if path in commits]
        entries.append({
            "title": dataset.title, "description": dataset.description,
            "meta": meta, "anchor": Markup(name),
            "history": [{"file": path.removeprefix("content/"), "link": Markup(f"../{sections[path]}")}
                        for path in sources if path in sections],
            "links": [(label, Markup(f"{name}{suffix}")) for label, suffix in
                      (("CSV", ".csv"), ("JSON", ".json"), ("JSON Schema", ".schema.json"))
                      if f"{prefix}{name}{suffix}" in paths],
        })
    ocds = sorted(path[len(prefix):] for path in paths
                  if path.startswith(prefix) and path.endswith("-ocds.json"))
    return Page(INDEX, "ข้อมูลเปิด (Open Data)", "data_index.md.j2", {
        "datasets": entries, "ocds": [Markup(name) for name in ocds],
        "catalog": Markup("catalog.jsonld"), "package_list": Markup("ckan/package_list.json"),
        "licence": agency.config.site.licence_title,
    }, section="data", updated=max(dates, default=None))


def data_link(name: str, page_path: str) -> Markup:
    """Relative Markdown link target from a page to one of the files under ``docs/data/``."""
    return Markup(posixpath.relpath(f"{DATA_DIR}/{name}", posixpath.dirname(page_path) or "."))
