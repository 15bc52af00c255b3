"""Harvestable catalogue files: DCAT ``/data/catalog.jsonld`` and CKAN-API-shaped JSON.

General open-data harvesters read a DCAT catalogue; CKAN portals (the national catalogue's engine)
read ``package_show`` / ``package_list`` answers. A static site cannot answer queries, so each
answer is a file: ``/data/ckan/package_list.json`` and ``/data/ckan/package_show/<name>.json``,
shaped as CKAN's API returns them (``{"help", "success", "result"}``) with the ``thai_gdc`` field
names. The JSON-LD context is inline — namespace IRIs only, no remote context document — so no
reader needs to fetch anything to interpret it. Distribution URLs are absolute under ``site.url``
when it is set, else relative to ``/data/`` (where the catalogue itself is).
"""

from __future__ import annotations

import json
from typing import Any

from generator.load.agency import Agency
from generator.opendata.metadata import Metadata
from generator.opendata.tables import DATA_DIR
from generator.values.licences import OTHER

CATALOG = f"{DATA_DIR}/catalog.jsonld"
PACKAGE_LIST = f"{DATA_DIR}/ckan/package_list.json"
PACKAGE_SHOW = f"{DATA_DIR}/ckan/package_show"
CONTEXT = {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
           "foaf": "http://xmlns.com/foaf/0.1/", "vcard": "http://www.w3.org/2006/vcard/ns#",
           "xsd": "http://www.w3.org/2001/XMLSchema#"}
_FREQUENCY = {"วัน": "daily", "สัปดาห์": "weekly", "เดือน": "monthly", "ไตรมาส": "quarterly",
              "ครึ่งปี": "semiannual", "ปี": "annual"}


def _dumps(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def package(meta: Metadata, base: str) -> dict[str, Any]:
    """A CKAN package (``thai_gdc`` scheming field names) with its resources."""
    return {
        "name": meta.name, "title": meta.title, "notes": meta.description, "data_type": meta.data_type,
        "owner_org": meta.owner_org, "maintainer": meta.maintainer,
        "maintainer_email": meta.maintainer_email or "",
        "tags": [{"name": word} for word in meta.keywords], "tag_string": ",".join(meta.keywords),
        "objective": [meta.objective], "update_frequency_unit": meta.update_frequency,
        "update_frequency_interval": "1", "geo_coverage": meta.geo_coverage,
        "data_source": meta.data_source, "data_format": [meta.data_format],
        "data_category": meta.data_category, "data_classification": meta.data_classification,
        "license_id": meta.licence_id, "license_title": meta.licence or "", "license_url": meta.licence_url,
        **({"license_id_other": meta.licence} if meta.licence_id == OTHER else {}),
        "data_language": ["ไทย"], "created_date": _date(meta.created),
        "last_updated_date": _date(meta.last_updated),
        "first_year_of_data": str(meta.first_year) if meta.first_year else None,
        "last_year_of_data": str(meta.last_year) if meta.last_year else None,
        "unit_of_measure": meta.unit_of_measure,
        "resources": [{"name": d.name, "format": d.format, "mimetype": d.media_type, "url": base + d.name}
                      for d in meta.distributions],
    }


def dcat_dataset(meta: Metadata, base: str) -> dict[str, Any]:
    dataset: dict[str, Any] = {
        "@id": f"{base}{CATALOG.removeprefix(DATA_DIR + '/')}#{meta.name}", "@type": "dcat:Dataset",
        "dct:identifier": meta.name, "dct:title": meta.title, "dct:description": meta.description,
        "dcat:keyword": list(meta.keywords), "dct:publisher": {"@type": "foaf:Organization",
                                                           "foaf:name": meta.owner_org},
        "dcat:contactPoint": {"@type": "vcard:Organization", "vcard:fn": meta.maintainer,
                              **({"vcard:hasEmail": f"mailto:{meta.maintainer_email}"}
                                 if meta.maintainer_email else {})},
        "dct:accrualPeriodicity": _FREQUENCY.get(meta.update_frequency, meta.update_frequency),
        "dct:spatial": meta.geo_coverage, "dct:source": meta.data_source,
        "dct:accessRights": meta.data_classification,
        "dct:license": meta.licence_url or meta.licence or meta.licence_id,
        "dcat:distribution": [{"@type": "dcat:Distribution", "dct:title": d.name, "dct:format": d.format,
                               "dcat:mediaType": d.media_type, "dcat:downloadURL": base + d.name,
                               "dcat:accessURL": base + d.name} for d in meta.distributions],
    }
    for key, value in (("dct:issued", meta.created), ("dct:modified", meta.last_updated)):
        if value is not None:
            dataset[key] = {"@value": value.isoformat(), "@type": "xsd:date"}
    return dataset


def catalogue_files(agency: Agency, metas: list[Metadata]) -> dict[str, bytes]:
    """The catalogue files of the datasets ``metas`` describe (``metadata.all_metadata``), keyed by
    their path in the build tree; none when there is no dataset."""
    if not metas:
        return {}
    url = agency.config.site.url
    base = f"{url.rstrip('/')}/{DATA_DIR}/" if url else ""
    org = agency.config.organisation
    catalog = {"@context": CONTEXT, "@id": base + "catalog.jsonld" if base else "catalog.jsonld",
               "@type": "dcat:Catalog", "dct:title": f"ข้อมูลเปิด {org.name}",
               "dct:publisher": {"@type": "foaf:Organization", "foaf:name": org.name},
               "dct:language": "th", "dcat:dataset": [dcat_dataset(meta, base) for meta in metas]}
    files = {f"docs/{CATALOG}": _dumps(catalog),
             f"docs/{PACKAGE_LIST}": _dumps(_answer("package_list", [meta.name for meta in metas]))}
    for meta in metas:
        # package_show lives one folder deeper: its relative URLs climb back to /data/
        files[f"docs/{PACKAGE_SHOW}/{meta.name}.json"] = _dumps(
            _answer("package_show", package(meta, base or "../../")))
    return files


def _answer(action: str, result: Any) -> dict[str, Any]:
    return {"help": f"CKAN API action {action}, published as a static file by oitgen",
            "success": True, "result": result}
