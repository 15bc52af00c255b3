"""The OCDS release packages validate against the official OCDS 1.1.5 schema, vendored unmodified.

``tests/vendor/ocds/`` holds the release schema and the release-package schema with their licence
and provenance (SOURCE.md). ``$ref``s are resolved from those files only: a registry built from
them, so validation never touches the network.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from generator import pipeline
from generator.opendata.ocds import release_id
from generator.render import render_site
from generator.values.national_id import ids_in_read_text
from generator.values.reader_view import read_published
from tests.conftest import DEMO, FIXTURES, copy_agency

VENDOR = Path(__file__).resolve().parent / "vendor/ocds"
SHA256 = {
    "release-schema.json": "bf18280598c08c9889051a61e1cd39af8e1aebbfb9c260c31be155604026a149",
    "release-package-schema.json": "44a9d8d66001af8e44112b45f5cc7923ee2f40f4790e816f90af1782c5885ee5",
}


def _validator() -> Draft4Validator:
    schemas = {name: json.loads((VENDOR / name).read_text(encoding="utf-8")) for name in SHA256}
    registry = Registry().with_resources(
        (schema["id"], Resource.from_contents(schema, default_specification=DRAFT4))
        for schema in schemas.values())
    package = schemas["release-package-schema.json"]
    assert package["$schema"] == "http://json-schema.org/draft-04/schema#"
    checker = FormatChecker()
    assert "date-time" in checker.checkers  # dates are really checked (rfc3339-validator installed)
    return Draft4Validator(package, registry=registry, format_checker=checker)


def _packages(root: Path) -> dict[str, dict]:
    checked = pipeline.check(root)
    assert checked.ok and checked.agency is not None
    files = render_site(checked.agency, checked.diagnostics)
    return {path: json.loads(data) for path, data in files.items() if path.endswith("-ocds.json")}


def test_vendored_schema_files_are_the_unmodified_ones() -> None:
    for name, digest in SHA256.items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
    assert (VENDOR / "LICENSE").read_text(encoding="utf-8").count("Apache License") >= 1
    schemas = [json.loads((VENDOR / name).read_text(encoding="utf-8")) for name in SHA256]
    assert schemas[0]["id"] == "https://standard.open-contracting.org/schema/1__1__5/release-schema.json"
    # every $ref points inside a vendored file: validation needs no network
    ids = {schema["id"] for schema in schemas}
    refs = {ref for schema in schemas for ref in _refs(schema)}
    assert refs and all(ref.startswith("#") or ref in ids for ref in refs)


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


@pytest.mark.parametrize("root", [FIXTURES / "procurement/agency", DEMO], ids=["fixture", "demo"])
def test_every_generated_package_validates(root: Path) -> None:
    packages = _packages(root)
    assert packages
    validator = _validator()
    for path, package in packages.items():
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(package)]
        assert errors == [], path


def test_a_record_maps_onto_a_release_as_oit_md_says() -> None:
    package = _packages(FIXTURES / "procurement/agency")["docs/data/procurement-2568-ocds.json"]
    assert package["version"] == "1.1"
    assert package["uri"] == "https://www.example.go.th/data/procurement-2568-ocds.json"
    assert len(package["releases"]) == 4
    road = package["releases"][1]
    assert road["ocid"] == "ocds-oitgen-example-go-th-2568-10-2"
    assert road["tender"]["title"] == "จ้างซ่อมถนนลาดยาง หมู่ที่ ๒"
    assert road["planning"]["budget"]["amount"] == {"amount": 500000, "currency": "THB"}
    assert road["tender"]["procurementMethodDetails"] == "e-bidding"
    assert road["tender"]["procurementMethod"] == "open"
    assert road["tender"]["value"] == {"amount": 495000, "currency": "THB"}
    assert [t["name"] for t in road["tender"]["tenderers"]] == ["หจก. ค", "หจก. ง", "บริษัท จ จำกัด"]
    [award] = road["awards"]
    assert award["value"] == {"amount": 480000, "currency": "THB"}
    assert [s["name"] for s in award["suppliers"]] == ["หจก. ค"]
    assert award["description"] == "เสนอราคาต่ำสุด"
    [contract] = road["contracts"]
    assert (contract["id"], contract["dateSigned"]) == ("2/2568", "2024-10-20T00:00:00+07:00")
    supplier = next(p for p in road["parties"] if "supplier" in p["roles"])
    assert supplier["roles"] == ["tenderer", "supplier"]
    assert supplier["identifier"] == {"id": "0000000000019", "legalName": "หจก. ค"}


def test_release_ids_are_stable_and_change_only_with_the_data(tmp_path: Path) -> None:
    first = _packages(FIXTURES / "procurement/agency")["docs/data/procurement-2568-ocds.json"]
    again = _packages(FIXTURES / "procurement/agency")["docs/data/procurement-2568-ocds.json"]
    assert [r["id"] for r in first["releases"]] == [r["id"] for r in again["releases"]]
    root = copy_agency(FIXTURES / "procurement/agency", tmp_path / "agency")
    path = root / "content/procurement/2568/11.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("ราคาเหมาะสม", "ราคาต่ำสุด"), encoding="utf-8")
    changed = _packages(root)["docs/data/procurement-2568-ocds.json"]
    ids = [(a["ocid"], a["id"], b["id"]) for a, b in zip(first["releases"], changed["releases"], strict=True)]
    assert [old == new for _, old, new in ids] == [True, True, False, True]


def test_a_release_id_never_reads_as_a_persons_id() -> None:
    """A digest starting with digits, after the ocid's fiscal year, month and number, once read as
    2564 09 141 0300 — 13 digits with a valid check digit — and the published scan refused the site."""
    ocid = "ocds-oitgen-ag8a23dcca-2564-09-141"
    assert ids_in_read_text(read_published(f"{ocid}-0300fac1ac62")) != []
    assert ids_in_read_text(read_published(release_id(ocid, "0300fac1ac62"))) == []
