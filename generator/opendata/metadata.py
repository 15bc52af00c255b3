"""The national catalogue's metadata of each published dataset (WEB-STANDARDS: data.go.th).

One record per dataset under ``/data/`` with the ``thai_gdc`` fields: the values an agency gives
in ``open_data:`` of ``site_config.yml`` (defaults, then per-dataset overrides), else derived —
owner and source from the organisation, the e-mail from its office address, dates and first/last
year from the data itself (the earliest and latest date, the fiscal years), the unit from the data's
``unit`` column. A value nobody gave and the data cannot tell stays ``None`` (shown ไม่ระบุ), never
a guess. Built from the dataset files (``<name>.schema.json`` and ``<name>.json``), so a dataset
added anywhere is catalogued without being registered twice.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from generator.load.agency import Agency
from generator.models.open_data import DatasetMetadata
from generator.opendata.tables import DATA_DIR

STATISTICS = ("service-statistics", "satisfaction-survey", "complaint-statistics", "complaint-types")
MONTHLY = ("service-statistics", "procurement-")
KEYWORDS = {"procurement-": ("จัดซื้อจัดจ้าง", "สขร.1"), "service-statistics": ("สถิติการให้บริการ",),
            "satisfaction-survey": ("ความพึงพอใจ",), "complaint-": ("เรื่องร้องเรียน", "การทุจริต"),
            "risk-register": ("ความเสี่ยงการทุจริต",), "action-plan-items": ("ป้องกันการทุจริต",),
            "ita-scores": ("คะแนน ITA",), "integrity-measures": ("คุณธรรมและความโปร่งใส",)}
LOCAL_GOVERNMENT = ("อบต", "อบจ", "เทศบาล", "ส่วนท้องถิ่น", "ส่วนตำบล", "ส่วนจังหวัด")
FORMATS = ((".csv", "CSV", "text/csv"), (".json", "JSON", "application/json"),
           (".schema.json", "JSON Schema", "application/schema+json"))
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # [0-9]: \d would admit other scripts


@dataclass(frozen=True)
class Distribution:
    name: str
    """File name under /data/, e.g. ``service-statistics.csv``."""
    format: str
    media_type: str


@dataclass(frozen=True)
class Metadata:
    """Every catalogue field of one dataset; ``None`` where nobody said and the data cannot tell."""

    name: str
    title: str
    description: str
    data_type: str
    owner_org: str
    maintainer: str
    maintainer_email: str | None
    keywords: tuple[str, ...]
    objective: str
    update_frequency: str
    geo_coverage: str
    data_source: str
    data_format: str
    data_category: str
    data_classification: str
    licence: str | None
    licence_id: str
    """``license_id`` in the national catalogue's vocabulary; ``notspecified`` when none is named."""
    licence_url: str | None
    created: dt.date | None
    last_updated: dt.date | None
    first_year: int | None
    last_year: int | None
    unit_of_measure: str | None
    distributions: tuple[Distribution, ...]


def dataset_names(data_files: dict[str, bytes]) -> list[str]:
    """Datasets published under /data/, by the schema each carries."""
    prefix = f"docs/{DATA_DIR}/"
    inside = (path[len(prefix):] for path in data_files if path.startswith(prefix))
    return sorted(name.removesuffix(".schema.json") for name in inside
                  if name.endswith(".schema.json") and "/" not in name)


def all_metadata(agency: Agency, data_files: dict[str, bytes]) -> list[Metadata]:
    return [dataset_metadata(agency, name, data_files) for name in dataset_names(data_files)]


def dataset_metadata(agency: Agency, name: str, data_files: dict[str, bytes]) -> Metadata:
    """One dataset's record: given values first (per dataset, then defaults), then derived ones."""
    config, org = agency.config, agency.config.organisation
    given = _given(config.open_data, name)
    schema = json.loads(data_files[f"docs/{DATA_DIR}/{name}.schema.json"])
    rows = json.loads(data_files.get(f"docs/{DATA_DIR}/{name}.json", b"[]"))
    dates, years = _dates(rows), _years(rows)
    local = any(word in f"{org.type} {org.agency_type or ''} {org.name}" for word in LOCAL_GOVERNMENT)
    return Metadata(
        name=name,
        title=given.get("title") or schema.get("title") or name,
        description=given.get("description") or schema.get("description") or "",
        data_type=given.get("data_type") or ("ข้อมูลสถิติ" if name in STATISTICS else "ข้อมูลระเบียน"),
        owner_org=org.name,
        maintainer=given.get("maintainer") or org.name,
        maintainer_email=given.get("maintainer_email") or org.email,
        keywords=tuple(dict.fromkeys(["ITA", "OIT", *_own_keywords(name), *given.get("keywords", [])])),
        objective=given.get("objective") or "กฎหมายที่เกี่ยวข้อง",
        update_frequency=given.get("update_frequency") or ("เดือน" if name.startswith(MONTHLY) else "ปี"),
        geo_coverage=given.get("geo_coverage") or ("เทศบาล/อบต." if local else "ประเทศ"),
        data_source=given.get("data_source") or org.name,
        data_format="CSV",
        data_category=given.get("data_category") or "ข้อมูลสาธารณะ",
        data_classification=given.get("data_classification") or "เปิดเผย",
        licence=config.site.licence_title,
        licence_id=config.site.licence.gdc if config.site.licence else "notspecified",
        licence_url=config.site.licence.url if config.site.licence else None,
        created=given.get("created") or (min(dates) if dates else None),
        last_updated=max(dates) if dates else None,
        first_year=min(years) if years else None, last_year=max(years) if years else None,
        unit_of_measure=given.get("unit_of_measure") or _unit(rows),
        distributions=tuple(Distribution(f"{name}{suffix}", label, media)
                            for suffix, label, media in FORMATS
                            if f"docs/{DATA_DIR}/{name}{suffix}" in data_files),
    )


def _given(settings: DatasetMetadata, name: str) -> dict[str, Any]:
    """The values the agency wrote: the defaults, overridden by the dataset's own entry."""
    defaults = settings.model_dump(exclude_none=True, exclude={"datasets"})
    own = getattr(settings, "datasets", {}).get(name)
    merged = {**defaults, **(own.model_dump(exclude_none=True) if own else {})}
    merged["keywords"] = [*defaults.get("keywords", []), *(own.keywords if own else [])]
    return merged


def _own_keywords(name: str) -> tuple[str, ...]:
    return next((words for prefix, words in KEYWORDS.items() if name.startswith(prefix)), ())


def _dates(rows: list[dict[str, Any]]) -> list[dt.date]:
    found = []
    for row in rows:
        for value in row.values():
            if isinstance(value, str) and _ISO_DATE.match(value):
                try:
                    found.append(dt.date.fromisoformat(value))
                except ValueError:
                    continue
    return found


def _years(rows: list[dict[str, Any]]) -> list[int]:
    return [row["fiscal_year"] for row in rows if isinstance(row.get("fiscal_year"), int)]


def _unit(rows: list[dict[str, Any]]) -> str | None:
    units = sorted({row["unit"] for row in rows if isinstance(row.get("unit"), str) and row["unit"]})
    return ", ".join(units) or None
