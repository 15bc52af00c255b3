"""Bar charts as inline SVG, drawn at build time: data in, an SVG string out (no I/O, no scripts).

Accessible by construction: ``role="img"`` with ``aria-labelledby`` pointing at the chart's own
``<title>`` and ``<desc>``, every label written as text (Thai), each bar's value printed beside it
and repeated in a tooltip ``<title>``. The page always puts the data table next to the chart, so
the chart adds a picture, never information found nowhere else. No external font: text inherits
the page's font and colour (``currentColor``), so dark mode and print work. Every string from
data is escaped for XML.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

BAR_COLOUR = "#3f51b5"  # Material indigo 500: 8.6:1 against white, well above 3:1 for graphics
# Drawn narrow and scaled by the browser: at 360 px a phone shows it at ~0.8× (text ≈ 11.5 px);
# the stylesheet caps its width on a desktop so the text stays near 16 px there.
FONT_SIZE = 14
WIDTH = 400
_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_LABEL_PX = 170  # longer labels end in …; the table beside the chart has them whole


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value and the text printed for the value (default: the number)."""

    label: str
    value: int | float | Decimal
    display: str | None = None

    @property
    def shown(self) -> str:
        if self.display is not None:
            return self.display
        return f"{self.value:,}" if isinstance(self.value, int) else str(self.value)


def xml_text(value: object) -> str:
    """Text for an XML text node or a double-quoted attribute; characters XML forbids are dropped."""
    return escape(_NOT_XML.sub("", str(value)), {'"': "&quot;"})


def text_width(text: str) -> float:
    """Rough rendered width in px: Thai vowel and tone marks stack on their consonant (no width)."""
    # Thai above/below marks are category Mn but mostly combining class 0, so ask the category;
    # dots and spaces are narrow (month labels ต.ค., มี.ค. must fit their column).
    return sum(0.3 if ch in ".,:; " else 1
               for ch in text if unicodedata.category(ch) != "Mn") * FONT_SIZE * 0.62


def _fit(label: str, max_px: float) -> str:
    if text_width(label) <= max_px:
        return label
    while label and text_width(label + "…") > max_px:
        label = label[:-1]
    return label + "…"


def _scale(bars: Sequence[Bar], max_value: float | None) -> float:
    top = max_value if max_value is not None else max((float(b.value) for b in bars), default=0.0)
    return float(top) if top and top > 0 else 1.0


def _svg(chart_id: str, title: str, description: str, height: float, body: list[str]) -> str:
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" class="oit-chart-svg" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {WIDTH} {height:g}" '
        f'width="{WIDTH}" height="{height:g}" font-size="{FONT_SIZE}" '
        f'style="max-width:100%;height:auto">',
        f'<title id="{chart_id}-title">{xml_text(title)}</title>',
        f'<desc id="{chart_id}-desc">{xml_text(description)}</desc>',
        *body,
        "</svg>",
    ])


def _bar(label: str, bar: Bar, rect: tuple[float, float, float, float], texts: list[str]) -> str:
    x, y, w, h = rect
    return (f'<g class="oit-bar"><title>{xml_text(label)}: {xml_text(bar.shown)}</title>'
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="{BAR_COLOUR}" data-value="{xml_text(bar.value)}"/>' + "".join(texts) + "</g>")


def _text(x: float, y: float, content: str, anchor: str = "start") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="currentColor">'
            f"{xml_text(content)}</text>")


def horizontal_bars(chart_id: str, title: str, description: str, bars: Sequence[Bar],
                    max_value: float | None = None) -> str:
    """Bars from left to right, one row per label: suits long labels (service types, aspects)."""
    _check_id(chart_id)
    row, thickness, top = 28, 18, 8
    label_px = min(MAX_LABEL_PX, max((text_width(b.label) for b in bars), default=0) + 8)
    value_px = max((text_width(b.shown) for b in bars), default=0) + 12
    plot = WIDTH - label_px - value_px - 8
    scale = _scale(bars, max_value)
    body = []
    for i, bar in enumerate(bars):
        y = top + i * row
        length = plot * float(bar.value) / scale
        baseline = y + thickness / 2 + FONT_SIZE * 0.35
        body.append(_bar(bar.label, bar, (label_px + 4, y, length, thickness), [
            _text(label_px - 4, baseline, _fit(bar.label, label_px - 8), "end"),
            _text(label_px + 8 + length, baseline, bar.shown),
        ]))
    axis_bottom = top + len(bars) * row
    body.append(f'<line x1="{label_px + 4:.1f}" y1="{top - 4}" x2="{label_px + 4:.1f}" '
                f'y2="{axis_bottom - 6}" stroke="currentColor" stroke-width="1"/>')
    return _svg(chart_id, title, description, axis_bottom + 4, body)


def vertical_bars(chart_id: str, title: str, description: str, bars: Sequence[Bar],
                  max_value: float | None = None) -> str:
    """Columns side by side with short labels underneath: suits months (ต.ค. … ก.ย.)."""
    _check_id(chart_id)
    plot_height, top, left, bottom = 180, 22, 8, 26
    slot = (WIDTH - 2 * left) / max(len(bars), 1)
    width = slot * 0.6
    scale = _scale(bars, max_value)
    baseline = top + plot_height
    body = []
    for i, bar in enumerate(bars):
        height = plot_height * float(bar.value) / scale
        centre = left + slot * (i + 0.5)
        body.append(_bar(bar.label, bar, (centre - width / 2, baseline - height, width, height), [
            _text(centre, baseline - height - 6, bar.shown, "middle"),
            _text(centre, baseline + FONT_SIZE + 4, _fit(bar.label, slot + 2), "middle"),
        ]))
    body.append(f'<line x1="{left}" y1="{baseline:.1f}" x2="{WIDTH - left}" y2="{baseline:.1f}" '
                f'stroke="currentColor" stroke-width="1"/>')
    return _svg(chart_id, title, description, baseline + bottom, body)


def _check_id(chart_id: str) -> None:
    """Chart ids come from our code, never from data: refuse anything that is not a plain slug."""
    if not _ID.match(chart_id):
        raise ValueError(f"chart id must match {_ID.pattern}: {chart_id!r}")
