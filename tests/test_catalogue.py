"""The harvestable catalogue: DCAT ``/data/catalog.jsonld`` and CKAN-shaped ``package_show`` /
``package_list`` files, with the national catalogue's metadata fields (WEB-STANDARDS.md: CKAN
``thai_gdc``), checked locally — no remote JSON-LD context is fetched, none is even named."""

from __future__ import annotations

import json
from pathlib import Path

from generator import pipeline
from generator.diagnostics import unacknowledged_warnings
from generator.opendata import anti_corruption, procurement, statistics
from generator.opendata.catalog import catalogue_files
from generator.opendata.metadata import all_metadata
from tests.conftest import DEMO, copy_agency, edit_file, page_html, visible_text

# thai_gdc's required fields and, where it has one, its vocabulary (WEB-STANDARDS.md)
REQUIRED_TEXT = ("name", "title", "notes", "owner_org", "maintainer", "maintainer_email", "tag_string",
                 "update_frequency_unit", "update_frequency_interval", "geo_coverage", "data_source",
                 "data_category", "license_id")
VOCABULARY = {
    "data_type": {"ข้อมูลระเบียน", "ข้อมูลสถิติ", "ข้อมูลภูมิสารสนเทศเชิงพื้นที่", "ข้อมูลหลากหลายประเภท",
                  "ข้อมูลประเภทอื่นๆ"},
    "update_frequency_unit": {"ปี", "ครึ่งปี", "ไตรมาส", "เดือน", "สัปดาห์", "วัน"},
    "geo_coverage": {"ประเทศ", "จังหวัด", "อำเภอ", "ตำบล", "เทศบาล/อบต."},
    "data_category": {"ข้อมูลสาธารณะ", "ข้อมูลใช้ภายใน", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง",
                      "ข้อมูลความลับทางราชการ"},
}


def _datasets(site: Path) -> set[str]:
    return {p.name.removesuffix(".schema.json") for p in (site / "data").glob("*.schema.json")}


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_catalog_lists_every_dataset_and_every_download_exists(demo_site: Path) -> None:
    site = demo_site / "site"
    catalog = _json(site / "data/catalog.jsonld")
    assert isinstance(catalog["@context"], dict)  # inline: nothing to fetch
    assert catalog["@type"] == "dcat:Catalog"
    datasets = catalog["dcat:dataset"]
    assert {d["dct:identifier"] for d in datasets} == _datasets(site)
    assert len(datasets) >= 9  # the demo: statistics, procurement years, anti-corruption data
    for dataset in datasets:
        assert dataset["@type"] == "dcat:Dataset" and dataset["dct:title"] and dataset["dcat:keyword"]
        assert dataset["dcat:contactPoint"]["vcard:hasEmail"] == "mailto:saraban@example.org"
        formats = {d["dct:format"] for d in dataset["dcat:distribution"]}
        assert {"CSV", "JSON"} <= formats
        for distribution in dataset["dcat:distribution"]:
            assert (site / "data" / distribution["dcat:downloadURL"]).is_file(), distribution


def test_every_package_has_every_required_field_with_catalogue_values(demo_site: Path) -> None:
    site = demo_site / "site"
    answer = _json(site / "data/ckan/package_list.json")
    assert answer["success"] is True and set(answer["result"]) == _datasets(site)
    for name in answer["result"]:
        path = site / f"data/ckan/package_show/{name}.json"
        shown = _json(path)
        assert shown["success"] is True
        package = shown["result"]
        assert package["name"] == name
        for key in REQUIRED_TEXT:
            assert isinstance(package[key], str) and package[key].strip(), (name, key)
        for key, allowed in VOCABULARY.items():
            assert package[key] in allowed, (name, key, package[key])
        assert package["objective"] and isinstance(package["objective"], list)
        # site_config.yml: data_licence_id: cc-by, in the thai_gdc schema's own licence vocabulary
        assert package["data_format"] == ["CSV"] and package["license_id"] == "Creative Commons Attributions"
        assert package["license_url"] == "https://creativecommons.org/licenses/by/4.0/"
        assert package["data_classification"] == "เปิดเผย"
        first, last = int(package["first_year_of_data"]), int(package["last_year_of_data"])
        assert 2560 < first <= last < 2600  # Buddhist-era fiscal years
        for resource in package["resources"]:
            assert (path.parent / resource["url"]).resolve().is_file(), resource
    procurement_2568 = _json(site / "data/ckan/package_show/procurement-2568.json")["result"]
    assert procurement_2568["update_frequency_unit"] == "เดือน"  # a monthly สขร.1 summary
    assert procurement_2568["geo_coverage"] == "เทศบาล/อบต."  # the demo is an อบต.
    assert (procurement_2568["first_year_of_data"], procurement_2568["last_year_of_data"]) == ("2568", "2568")
    services = _json(site / "data/ckan/package_show/service-statistics.json")["result"]
    assert services["unit_of_measure"] == "ครั้ง"


def test_each_dataset_shows_its_metadata(demo_site: Path) -> None:
    text = visible_text(page_html(demo_site, "data/index.html"))
    assert text.count("คำอธิบายชุดข้อมูล (metadata)") == len(_datasets(demo_site / "site"))
    assert "อีเมลผู้ติดต่อ saraban@example.org" in text
    assert "ความถี่ในการปรับปรุงข้อมูล เดือน" in text and "ระดับชั้นข้อมูล เปิดเผย" in text


def _catalogue(root: Path) -> dict[str, bytes]:
    checked = pipeline.check(root)
    assert checked.agency is not None and checked.ok, checked.diagnostics
    agency = checked.agency
    data = {**statistics.files(agency), **procurement.files(agency), **anti_corruption.files(agency)}
    return catalogue_files(agency, all_metadata(agency, data))


def test_defaults_and_per_dataset_overrides_from_site_config(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    edit_file(root / "site_config.yml", "site:\n", (
        "open_data:\n  maintainer: กองคลัง\n  maintainer_email: opendata@example.org\n"
        "  keywords: [ตัวอย่าง]\n  geo_coverage: จังหวัด\n"
        "  datasets:\n    risk-register:\n      maintainer: สำนักปลัด\n      update_frequency: ครึ่งปี\n"
        "      keywords: [ความเสี่ยง]\n"
        "site:\n  url: https://www.demo.go.th/\n"), 1)
    files = _catalogue(root)
    risk = json.loads(files["docs/data/ckan/package_show/risk-register.json"])["result"]
    other = json.loads(files["docs/data/ckan/package_show/complaint-types.json"])["result"]
    assert (risk["maintainer"], other["maintainer"]) == ("สำนักปลัด", "กองคลัง")
    assert risk["maintainer_email"] == other["maintainer_email"] == "opendata@example.org"
    assert (risk["update_frequency_unit"], other["update_frequency_unit"]) == ("ครึ่งปี", "ปี")
    assert risk["geo_coverage"] == "จังหวัด"
    assert {"ตัวอย่าง", "ความเสี่ยง"} <= {t["name"] for t in risk["tags"]}
    assert "ความเสี่ยง" not in other["tag_string"]
    assert risk["resources"][0]["url"] == "https://www.demo.go.th/data/risk-register.csv"


def test_a_value_outside_the_catalogue_vocabulary_is_refused(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    edit_file(root / "site_config.yml", "site:\n", "open_data:\n  update_frequency: บ่อยๆ\nsite:\n", 1)
    found = [(d.code, d.position.file, d.field) for d in pipeline.check(root).diagnostics if d.is_error]
    assert found == [("bad-choice", "site_config.yml", "open_data.update_frequency")]


def test_a_licence_in_words_only_is_not_guessed(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    edit_file(root / "site_config.yml", "  data_licence_id: cc-by", "  data_licence: CC BY 4.0 ครับ")
    checked = pipeline.check(root)
    assert [d.code for d in unacknowledged_warnings(checked.diagnostics)] == ["licence-not-identified"]
    agency = checked.agency
    assert agency is not None
    files = catalogue_files(agency, all_metadata(agency, statistics.files(agency)))
    package = json.loads(files["docs/data/ckan/package_show/service-statistics.json"])["result"]
    assert (package["license_id"], package["license_title"]) == ("notspecified", "CC BY 4.0 ครับ")


def test_a_licence_outside_the_vocabulary_is_published_as_other_with_its_title(tmp_path: Path) -> None:
    root = copy_agency(DEMO, tmp_path / "agency")
    edit_file(root / "site_config.yml", "data_licence_id: cc-by", "data_licence_id: dga-ogl")
    files = _catalogue(root)
    package = json.loads(files["docs/data/ckan/package_show/risk-register.json"])["result"]
    assert package["license_id"] == "อื่นๆ" and "Open Government Licence" in package["license_id_other"]
