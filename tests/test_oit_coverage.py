"""OIT coverage rules: one test per year rule (complete, and incomplete with its reason), all topics,
unconfirmed items."""

from __future__ import annotations

import pytest

from generator.models.catalogue import CatalogueItem
from generator.models.year_rules import YEAR_RULES
from generator.oit.coverage import Status, item_coverage
from generator.oit.evidence import Evidence

FIRST_HALF = {10, 11, 12, 1, 2, 3}


def _item(**fields: object) -> CatalogueItem:
    base = {"code": "O1", "title": "t", "topics": ["procurement_monthly"], "year_rule": "current",
            "source": "s"}
    return CatalogueItem.model_validate({**base, **fields})


def _page(topic: str, year: int | None, months: set[int] | frozenset[int] = frozenset(),
          covers: frozenset[int] = frozenset()) -> Evidence:
    return Evidence(f"p{topic}{year}.md", "p", topics=(topic,), fiscal_year=year,
                    months=frozenset(months), covers_years=frozenset(covers))


def test_every_rule_has_a_thai_and_english_label() -> None:
    assert set(YEAR_RULES) == {"current", "previous", "first_half", "quarterly", "none"}
    assert all(rule.label_th and rule.label_en for rule in YEAR_RULES.values())


def test_current_rule_needs_the_assessed_fiscal_year() -> None:
    item = _item(topics=["hr_policy"])
    result = item_coverage(item, 2569, [_page("hr_policy", 2568)])
    assert (result.status, result.reasons) == (Status.MISSING, (
        "ยังไม่มีนโยบายหรือแผนการบริหารทรัพยากรบุคคล ปีงบประมาณ 2569",))
    assert item_coverage(item, 2569, [_page("hr_policy", 2569)]).status is Status.PUBLISHED


def test_previous_rule_needs_the_year_before() -> None:
    item = _item(topics=["procurement_annual"], year_rule="previous")
    result = item_coverage(item, 2569, [_page("procurement_annual", 2569)])
    assert (result.status, result.fiscal_year) == (Status.MISSING, 2568)
    assert result.reasons == ("ยังไม่มีรายงานผลการจัดซื้อจัดจ้างประจำปี ปีงบประมาณ 2568",)
    assert item_coverage(item, 2569, [_page("procurement_annual", 2568)]).status is Status.PUBLISHED


def test_first_half_rule_needs_every_month_october_to_march() -> None:
    item = _item(year_rule="first_half")
    without_february = _page("procurement_monthly", 2569, FIRST_HALF - {2})
    result = item_coverage(item, 2569, [without_february])
    assert result.status is Status.INCOMPLETE
    assert result.reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ยังไม่มีข้อมูลรายเดือนของ ก.พ.",)
    complete = _page("procurement_monthly", 2569, FIRST_HALF)
    assert item_coverage(item, 2569, [complete]).status is Status.PUBLISHED


def test_first_half_months_may_come_from_several_pages() -> None:
    item = _item(year_rule="first_half")
    pages = [_page("procurement_monthly", 2569, {m}) for m in FIRST_HALF]
    assert item_coverage(item, 2569, pages).status is Status.PUBLISHED


def test_first_half_months_of_another_year_do_not_count() -> None:
    item = _item(year_rule="first_half")
    pages = [_page("procurement_monthly", 2568, FIRST_HALF), _page("procurement_monthly", 2569, {10})]
    result = item_coverage(item, 2569, pages)
    assert result.reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ยังไม่มีข้อมูลรายเดือนของ "
                              "พ.ย., ธ.ค., ม.ค., ก.พ., มี.ค.",)


def test_quarterly_rule_needs_quarters_one_and_two_each_complete() -> None:
    item = _item(year_rule="quarterly")
    result = item_coverage(item, 2569, [_page("procurement_monthly", 2569, {10, 11, 12, 1, 3})])
    assert result.status is Status.INCOMPLETE
    assert result.reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ไตรมาสที่ 2 ยังไม่ครบ (ขาด ก.พ.)",)
    only_q1 = item_coverage(item, 2569, [_page("procurement_monthly", 2569, {10, 11, 12})])
    assert only_q1.reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ไตรมาสที่ 2 ยังไม่ครบ (ขาด ม.ค., ก.พ., มี.ค.)",)
    both = item_coverage(item, 2569, [_page("procurement_monthly", 2569, FIRST_HALF)])
    assert both.status is Status.PUBLISHED


def test_none_rule_accepts_evidence_of_any_year_or_none() -> None:
    item = _item(topics=["structure"], year_rule="none")
    assert item_coverage(item, 2569, [_page("structure", None)]).status is Status.PUBLISHED
    assert item_coverage(item, 2569, [_page("structure", 2560)]).status is Status.PUBLISHED
    result = item_coverage(item, 2569, [])
    assert (result.status, result.fiscal_year, result.reasons) == (
        Status.MISSING, None, ("ยังไม่มีโครงสร้างหน่วยงาน",))


def test_multi_year_plan_covers_each_of_its_years() -> None:
    item = _item(topics=["action_plan"])
    plan = _page("action_plan", 2566, covers=frozenset({2566, 2567, 2568, 2569, 2570}))
    assert item_coverage(item, 2568, [plan]).status is Status.PUBLISHED
    assert item_coverage(item, 2571, [plan]).status is Status.MISSING


def test_item_with_two_topics_is_incomplete_with_one() -> None:
    item = _item(topics=["structure", "powers"], year_rule="none")
    result = item_coverage(item, 2568, [_page("structure", None)])
    assert result.status is Status.INCOMPLETE
    assert result.reasons == ("ยังไม่มีอำนาจหน้าที่",)


@pytest.mark.parametrize("rule", sorted(YEAR_RULES))
def test_unconfirmed_item_gets_no_status_claim_whatever_its_rule(rule: str) -> None:
    item = _item(unconfirmed=True, topics=[], year_rule=rule)
    result = item_coverage(item, 2568, [_page("procurement_monthly", 2568, FIRST_HALF)])
    assert result.status is Status.UNCONFIRMED and result.evidence == ()
