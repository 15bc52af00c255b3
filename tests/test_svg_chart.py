"""Inline SVG bar charts: well-formed, accessible, proportional, and inert whatever the labels say."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from generator.render.svg_chart import Bar, horizontal_bars, vertical_bars

SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _bars(root: ET.Element) -> list[ET.Element]:
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "bar"]


@pytest.mark.parametrize("draw", [vertical_bars, horizontal_bars])
def test_chart_is_well_formed_and_labelled_for_assistive_technology(draw) -> None:
    root = _parse(draw("chart-a", "จำนวนการให้บริการ", "คำอธิบายแผนภูมิ", [Bar("ต.ค.", 3), Bar("พ.ย.", 5)]))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = root[0], root[1]
    assert (title.tag, title.text, title.get("id")) == (f"{SVG}title", "จำนวนการให้บริการ", "chart-a-title")
    assert (desc.tag, desc.text, desc.get("id")) == (f"{SVG}desc", "คำอธิบายแผนภูมิ", "chart-a-desc")
    assert root.get("aria-labelledby") == "chart-a-title chart-a-desc"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "ต.ค." in texts and "พ.ย." in texts and "3" in texts and "5" in texts


def test_vertical_bar_heights_are_proportional_to_the_values() -> None:
    values = [21, 42, 7, 0]
    root = _parse(vertical_bars("c", "t", "d", [Bar(f"m{i}", v) for i, v in enumerate(values)]))
    heights = [float(rect.get("height", "")) for rect in _bars(root)]
    assert heights[1] == pytest.approx(2 * heights[0])
    assert heights[2] == pytest.approx(heights[0] / 3)
    assert heights[3] == 0
    # bars stand on one baseline: y + height is the same for every bar
    bottoms = {round(float(r.get("y", "")) + float(r.get("height", "")), 1) for r in _bars(root)}
    assert len(bottoms) == 1


def test_horizontal_bar_lengths_are_proportional_and_a_fixed_scale_is_respected() -> None:
    bars = [Bar("a", 45), Bar("b", 90), Bar("c", 100)]
    widths = [float(rect.get("width", "")) for rect in _bars(_parse(horizontal_bars("c", "t", "d", bars)))]
    assert widths[1] == pytest.approx(2 * widths[0], abs=0.2)
    assert widths[0] == pytest.approx(0.45 * widths[2], abs=0.2)
    # on a fixed 0–200 scale the same bars are half as long
    half = [float(r.get("width", "")) for r in _bars(_parse(horizontal_bars("c", "t", "d", bars, 200)))]
    assert half == pytest.approx([w / 2 for w in widths], abs=0.2)


@pytest.mark.parametrize("draw", [vertical_bars, horizontal_bars])
def test_labels_and_titles_from_data_are_escaped_as_text(draw) -> None:
    label = '<script>alert("x")</script> & co'
    svg = draw("c", "<b>title</b>", "a & b", [Bar(label, 1, display="<i>1</i>")])
    assert "<script" not in svg and "<b>" not in svg and "<i>" not in svg
    root = _parse(svg)
    assert root.find(f"{SVG}title").text == "<b>title</b>"
    assert not list(root.iter(f"{SVG}script"))
    tooltip = root.find(f"{SVG}g/{SVG}title")
    assert tooltip is not None and tooltip.text == f"{label}: <i>1</i>"


def test_characters_xml_forbids_are_dropped_so_the_chart_stays_well_formed() -> None:
    _parse(horizontal_bars("c", "a\x00b\x1f", "d\x0b", [Bar("x\x08y", 1)]))


def test_long_labels_are_shortened_on_the_chart_but_kept_whole_in_the_tooltip() -> None:
    label = "ขอรับเบี้ยยังชีพผู้สูงอายุและผู้พิการและผู้ป่วยเอดส์ที่ขึ้นทะเบียนไว้กับหน่วยงาน" * 2
    root = _parse(horizontal_bars("c", "t", "d", [Bar(label, 1)]))
    shown = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert any(text.endswith("…") and len(text) < len(label) for text in shown)
    assert root.find(f"{SVG}g/{SVG}title").text == f"{label}: 1"


def test_all_zero_values_draw_empty_bars_without_failing() -> None:
    root = _parse(vertical_bars("c", "t", "d", [Bar("a", 0), Bar("b", 0)]))
    assert [float(r.get("height", "")) for r in _bars(root)] == [0, 0]


def test_chart_ids_must_be_plain_slugs() -> None:
    with pytest.raises(ValueError):
        vertical_bars('x" onload="alert(1)', "t", "d", [Bar("a", 1)])
