"""OIT catalogues: built-in item lists load cleanly and follow shared/OIT.md; bad files are positioned."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.catalogue_file import load_catalogue
from generator.load.catalogues import builtin_catalogues
from generator.models.catalogue import Catalogue, CatalogueItem, Reference, SubIndicator
from generator.models.topics import TOPICS
from tests.conftest import FIXTURES

CATALOGUE_FIXTURES = FIXTURES / "catalogues"


def _builtin(name: str) -> Catalogue:
    catalogue, diagnostics = load_catalogue(builtin_catalogues()[name])
    assert diagnostics == []
    assert catalogue is not None
    return catalogue


def _item(name: str, code: str) -> CatalogueItem:
    item = _builtin(name).item(code)
    assert item is not None, f"{name} has no item {code}"
    return item


def _problems(fixture: str) -> list[tuple[str, int, str]]:
    catalogue, diagnostics = load_catalogue(CATALOGUE_FIXTURES / fixture, fixture)
    assert catalogue is None
    return [(d.code, d.position.line, d.field) for d in diagnostics]


def test_builtin_catalogues_are_listed_by_name() -> None:
    catalogues = builtin_catalogues()
    assert {"ita-2567", "ita-2568", "ita-2569"} <= set(catalogues)
    assert all(path.is_file() for path in catalogues.values())


@pytest.mark.parametrize("name", sorted(builtin_catalogues()))
def test_builtin_catalogue_loads_without_diagnostics(name: str) -> None:
    catalogue, diagnostics = load_catalogue(builtin_catalogues()[name])
    assert [d.text() for d in diagnostics] == []
    assert catalogue is not None
    assert name == f"ita-{catalogue.assessment_year}"


def test_2567_lists_43_items_o1_to_o43_in_order() -> None:
    assert [item.code for item in _builtin("ita-2567").items] == [f"O{n}" for n in range(1, 44)]


def test_2567_items_are_all_confirmed() -> None:
    assert not any(item.unconfirmed for item in _builtin("ita-2567").items)


def test_2568_lists_o1_to_o26_with_o6_and_o7_unconfirmed() -> None:
    catalogue = _builtin("ita-2568")
    assert [item.code for item in catalogue.items] == [f"O{n}" for n in range(1, 27)]
    unconfirmed = [item for item in catalogue.items if item.unconfirmed]
    assert [item.code for item in unconfirmed] == ["O6", "O7"]
    assert all(item.topics == [] and item.criterion is None for item in unconfirmed)
    assert all("ยืนยัน" in item.title for item in unconfirmed)


@pytest.mark.parametrize("name", sorted(builtin_catalogues()))
def test_every_topic_key_is_known_and_every_confirmed_item_has_one(name: str) -> None:
    for item in _builtin(name).items:
        assert set(item.topics) <= set(TOPICS), item.code
        assert item.topics or item.unconfirmed, item.code


@pytest.mark.parametrize("name", sorted(builtin_catalogues()))
def test_every_criterion_names_its_source(name: str) -> None:
    for item in _builtin(name).items:
        if item.criterion is not None:
            assert item.criterion_source, item.code


def test_criteria_are_only_those_a_source_gives() -> None:
    with_criterion = {
        name: [item.code for item in _builtin(name).items if item.criterion]
        for name in ("ita-2567", "ita-2568", "ita-2569")
    }
    assert with_criterion == {"ita-2567": ["O2", "O11", "O12", "O29"], "ita-2568": ["O1", "O3", "O9", "O12"],
                              "ita-2569": []}
    assert "ตำแหน่งว่าง" in _item("ita-2567", "O2").criterion
    assert "ค่าธรรมเนียม" in _item("ita-2568", "O9").criterion
    psu = _builtin("ita-2568").sources[_item("ita-2568", "O9").criterion_source]
    assert psu.url == "https://ita.psu.ac.th/index.php/component/sppagebuilder/page/19"


@pytest.mark.parametrize(("name", "code"), [
    ("ita-2567", "O13"), ("ita-2567", "O22"), ("ita-2567", "O26"), ("ita-2567", "O38"),
    ("ita-2568", "O13"), ("ita-2568", "O15"), ("ita-2568", "O19"),
    ("ita-2569", "O12"), ("ita-2569", "O14"), ("ita-2569", "O22"), ("ita-2569", "O24"), ("ita-2569", "O26"),
])
def test_annual_reports_ask_for_the_previous_fiscal_year(name: str, code: str) -> None:
    assert _item(name, code).year_rule == "previous"


@pytest.mark.parametrize(("name", "code"), [
    ("ita-2567", "O12"), ("ita-2568", "O14"), ("ita-2569", "O13"), ("ita-2569", "O19"),
    ("ita-2569", "O21"), ("ita-2569", "O23"),
])
def test_current_year_items_ask_for_the_assessed_fiscal_year(name: str, code: str) -> None:
    assert _item(name, code).year_rule == "current"


@pytest.mark.parametrize(("name", "code"), [("ita-2567", "O1"), ("ita-2567", "O6"), ("ita-2568", "O1"),
                                            ("ita-2569", "O1"), ("ita-2569", "O17")])
def test_structure_and_laws_are_not_tied_to_a_year(name: str, code: str) -> None:
    assert _item(name, code).year_rule == "none"


@pytest.mark.parametrize(("name", "code", "rule"), [
    ("ita-2567", "O21", "first_half"), ("ita-2568", "O12", "first_half"), ("ita-2569", "O11", "quarterly"),
])
def test_only_the_monthly_procurement_item_is_judged_per_month(name: str, code: str, rule: str) -> None:
    by_month = [item.code for item in _builtin(name).items if item.year_rule in ("first_half", "quarterly")]
    assert by_month == [code]
    assert _item(name, code).year_rule == rule
    assert _item(name, code).topics == ["procurement_monthly"]


def test_2569_lists_o1_to_o26_renumbered_from_o11_with_o6_and_o7_unconfirmed() -> None:
    catalogue = _builtin("ita-2569")
    assert [item.code for item in catalogue.items] == [f"O{n}" for n in range(1, 27)]
    assert [item.code for item in catalogue.items if item.unconfirmed] == ["O6", "O7"]
    assert _item("ita-2569", "O11").title == "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน"
    assert _item("ita-2569", "O12").topics == ["procurement_annual"]
    assert _item("ita-2569", "O25").title == "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"
    assert _item("ita-2569", "O20").topics == ["no_gift_announcement", "no_gift_culture", "no_gift_report"]


def test_2568_o23_is_about_bribery_risk_in_the_agency_s_work() -> None:
    assert _item("ita-2568", "O23").title == (
        "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน")


@pytest.mark.parametrize(("name", "code", "topics"), [
    ("ita-2567", "O22", ["procurement_annual"]),
    ("ita-2568", "O1", ["structure", "powers"]),
    ("ita-2568", "O3", ["contact", "qa"]),
    ("ita-2568", "O21", ["no_gift_announcement", "no_gift_culture"]),
    ("ita-2568", "O22", ["no_gift_report"]),
    ("ita-2569", "O13", ["hr_criteria", "hr_policy"]),
])
def test_merged_and_renamed_items_map_to_their_topics(name: str, code: str, topics: list[str]) -> None:
    assert _item(name, code).topics == topics


@pytest.mark.parametrize(("name", "code", "words"), [
    ("ita-2567", "O1", "โครงสร้าง"),
    ("ita-2567", "O12", "รอบ 6 เดือน"),
    ("ita-2567", "O21", "สรุปผลการจัดซื้อจัดจ้างรายเดือน"),
    ("ita-2567", "O29", "ข้อมูลเชิงสถิติเรื่องร้องเรียน"),
    ("ita-2567", "O31", "No Gift Policy"),
    ("ita-2567", "O36", "แผนปฏิบัติการป้องกันการทุจริต"),
    ("ita-2567", "O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรม"),
    ("ita-2568", "O1", "โครงสร้างและอำนาจหน้าที่"),
    ("ita-2568", "O9", "สำหรับผู้รับบริการหรือผู้มาติดต่อ"),
    ("ita-2568", "O12", "และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ"),
    ("ita-2568", "O16", "ประมวลจริยธรรม"),
    ("ita-2568", "O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("ita-2568", "O21", "จากการปฏิบัติหน้าที่"),
    ("ita-2568", "O22", "รายงานการรับทรัพย์สิน"),
    ("ita-2568", "O24", "ความเสี่ยงการทุจริตและประพฤติมิชอบ"),
    ("ita-2568", "O26", "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"),
    ("ita-2569", "O1", "โครงสร้าง หน้าที่และอำนาจ"),
    ("ita-2569", "O10", "(E-SERVICE)"),
    ("ita-2569", "O26", "ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
])
def test_titles_are_given_in_full_as_published(name: str, code: str, words: str) -> None:
    assert words in _item(name, code).title


@pytest.mark.parametrize(("name", "code", "sub_indicator"), [
    ("ita-2567", "O10", "9.1"), ("ita-2567", "O11", "9.2"), ("ita-2567", "O19", "9.3"),
    ("ita-2567", "O26", "9.4"), ("ita-2567", "O30", "9.5"), ("ita-2567", "O42", "10.2"),
    ("ita-2568", "O6", None), ("ita-2568", "O16", None), ("ita-2568", "O20", "9.5"),
    ("ita-2569", "O11", "9.3"), ("ita-2569", "O14", "9.5"), ("ita-2569", "O17", "10.1"),
    ("ita-2569", "O5", None),
])
def test_items_sit_under_their_sub_indicator(name: str, code: str, sub_indicator: str | None) -> None:
    assert _item(name, code).sub_indicator == sub_indicator


def test_sub_indicator_names_are_data_per_year() -> None:
    assert _builtin("ita-2568").sub_indicator_name("9.3") == "การบริหารเงินงบประมาณ"
    assert _builtin("ita-2569").sub_indicator_name("9.3") == "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ"
    assert _builtin("ita-2569").sub_indicator_name("10.1") == "การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"


@pytest.mark.parametrize("name", sorted(builtin_catalogues()))
def test_every_source_is_a_public_reference_never_repository_notes(name: str) -> None:
    catalogue = _builtin(name)
    for ref in catalogue.sources.values():
        assert ".md" not in ref.title and "shared/" not in ref.title
        assert ref.url is None or ref.url.startswith("https://")
    assert any(ref.url for ref in catalogue.sources.values())
    for item in catalogue.items:
        assert item.source and all(key in catalogue.sources for key in item.source), item.code


def test_2568_and_2569_cite_the_agency_repository_with_its_address() -> None:
    for name in ("ita-2568", "ita-2569"):
        assert _builtin(name).sources["R"].url == "https://github.com/rtrdasmartrailway/web-app-rtrda"


@pytest.mark.parametrize("name", sorted(builtin_catalogues()))
def test_titles_and_source_say_the_numbering_is_not_authoritative(name: str) -> None:
    catalogue = _builtin(name)
    assert "ไม่ใช่ฉบับทางการ" in catalogue.title
    assert "ไม่ใช่ฉบับทางการ" in catalogue.confirmation and "ป.ป.ช." in catalogue.confirmation


def test_unknown_topic_and_duplicate_code_are_reported_together_with_lines() -> None:
    assert _problems("unknown_topic_and_duplicate.yml") == [
        ("unknown-topic", 9, "items[0].topics[1]"),
        ("duplicate-item-code", 17, "items[2].code"),
    ]


def test_unknown_topic_error_names_the_key_and_suggests_one() -> None:
    _, diagnostics = load_catalogue(CATALOGUE_FIXTURES / "unknown_topic_and_duplicate.yml")
    assert "'powerz'" in diagnostics[0].message and "'powers'" in diagnostics[0].message_th
    assert "line 7" in diagnostics[1].message


def test_inconsistent_items_are_coded_and_positioned() -> None:
    assert _problems("inconsistent_items.yml") == [
        ("criterion-without-source", 12, "items[0].criterion"),
        ("missing-field", 13, "items[1].year_rule"),
        ("item-without-topics", 17, "items[2].topics"),
        ("bad-item-code", 21, "items[3].code"),
        ("bad-choice", 29, "items[4].year_rule"),
    ]


def test_unknown_sources_sub_indicators_and_notes_files_are_positioned() -> None:
    assert _problems("bad_references.yml") == [
        ("private-source", 5, "sources.notes.title"),
        ("unknown-sub-indicator", 12, "items[0].sub_indicator"),
        ("unknown-source", 15, "items[0].source[1]"),
        ("unknown-source", 22, "items[1].criterion_source"),
    ]


def test_thai_digits_are_read_in_year_code_and_sub_indicator() -> None:
    catalogue, diagnostics = load_catalogue(CATALOGUE_FIXTURES / "valid.yml")
    assert diagnostics == []
    assert catalogue is not None
    assert catalogue.assessment_year == 2567
    assert [item.code for item in catalogue.items] == ["O1", "O2"]
    assert catalogue.items[0].sub_indicator == "9.1"


@pytest.mark.parametrize("model", [Catalogue, CatalogueItem, Reference, SubIndicator])
def test_every_catalogue_field_is_documented(model: type) -> None:
    undocumented = [name for name, info in model.model_fields.items() if not info.description]
    assert undocumented == []


def test_catalogue_files_sit_inside_the_package() -> None:
    package = Path(__file__).resolve().parent.parent / "generator"
    for path in builtin_catalogues().values():
        assert path.resolve().is_relative_to(package)


def test_notes_confirmation_and_criteria_may_not_cite_notes_files_either(tmp_path: Path) -> None:
    text = (CATALOGUE_FIXTURES / "valid.yml").read_text(encoding="utf-8")
    path = tmp_path / "c.yml"
    text = text.replace("confirmation: ทดสอบ", "confirmation: ตาม DESIGN.md")
    path.write_text(text.replace("    source: t\n", "    source: t\n    note: ดู shared/OIT.md\n", 1),
                    encoding="utf-8")
    catalogue, diagnostics = load_catalogue(path, "c.yml")
    assert catalogue is None
    assert [(d.code, d.field) for d in diagnostics] == [
        ("private-source", "confirmation"), ("private-source", "items[0].note")]
