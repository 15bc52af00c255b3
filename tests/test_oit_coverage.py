"""OIT coverage rules: required fiscal year, all topics, monthly coverage, unconfirmed items."""

from __future__ import annotations

from generator.oit.catalogue import CatalogueItem
from generator.oit.coverage import Status, item_coverage
from generator.render.pages import Page


def _item(**fields: object) -> CatalogueItem:
    base = {"code": "O1", "title": "t", "topics": ["procurement_monthly"], "year_rule": "current"}
    return CatalogueItem.model_validate({**base, **fields})


def _page(topic: str, year: int | None, months: frozenset[int] = frozenset(),
          covers: frozenset[int] = frozenset()) -> Page:
    return Page(f"p{topic}{year}.md", "p", "x", topics=(topic,), fiscal_year=year,
                months=frozenset(months), covers_years=frozenset(covers))


def test_current_year_item_needs_that_fiscal_year() -> None:
    item = _item()
    assert item_coverage(item, 2568, [_page("procurement_monthly", 2567)]).status is Status.MISSING
    assert item_coverage(item, 2568, [_page("procurement_monthly", 2568)]).status is Status.PUBLISHED


def test_previous_year_item_needs_the_year_before() -> None:
    item = _item(topics=["procurement_annual"], year_rule="previous")
    result = item_coverage(item, 2568, [_page("procurement_annual", 2567)])
    assert (result.status, result.fiscal_year) == (Status.PUBLISHED, 2567)


def test_multi_year_plan_covers_each_of_its_years() -> None:
    item = _item(topics=["action_plan"])
    plan = _page("action_plan", 2566, covers={2566, 2567, 2568, 2569, 2570})
    assert item_coverage(item, 2568, [plan]).status is Status.PUBLISHED
    assert item_coverage(item, 2571, [plan]).status is Status.MISSING


def test_monthly_item_needs_october_to_march() -> None:
    item = _item(monthly=True)
    first_five = _page("procurement_monthly", 2568, months={10, 11, 12, 1, 2})
    result = item_coverage(item, 2568, [first_five])
    assert result.status is Status.INCOMPLETE
    assert result.reasons == ("สรุปผลการจัดซื้อจัดจ้างรายเดือน: ยังไม่มีข้อมูลรายเดือนของ มี.ค.",)
    six = _page("procurement_monthly", 2568, months={10, 11, 12, 1, 2, 3})
    assert item_coverage(item, 2568, [six]).status is Status.PUBLISHED


def test_item_with_two_topics_is_incomplete_with_one() -> None:
    item = _item(topics=["structure", "powers"], year_rule="none")
    result = item_coverage(item, 2568, [_page("structure", None)])
    assert result.status is Status.INCOMPLETE
    assert result.reasons == ("ยังไม่มีอำนาจหน้าที่",)


def test_unconfirmed_item_gets_no_status_claim() -> None:
    item = _item(unconfirmed=True, topics=[])
    result = item_coverage(item, 2568, [_page("procurement_monthly", 2568)])
    assert result.status is Status.UNCONFIRMED and result.evidence == ()
