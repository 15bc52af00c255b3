"""Complaint pages: statistics per fiscal year (aggregates, chart + table) and the complaint channels."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.complaints import ComplaintChannel, ComplaintChannels, ComplaintStatistics
from generator.models.references import tel_href
from generator.models.statistics_figures import by_type_total
from generator.opendata import statistics as opendata
from generator.render.open_data_links import data_links
from generator.render.pages import Page, findings
from generator.render.svg_chart import Bar, horizontal_bars

STATISTICS_TOPIC = "complaint_statistics"
CHANNELS_TOPIC = "complaint_channels"
CHANNELS_PATH = "transparency/complaint-channels.md"
NONE_RECEIVED = "ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"


def statistics_path(fiscal_year: int | str) -> str:
    return f"transparency/complaints/{fiscal_year}.md"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    years = sorted(agency.complaints, key=lambda loaded: -loaded.model.fiscal_year)
    result = [_statistics_page(loaded, diagnostics) for loaded in years]
    result += [_channels_page(loaded) for loaded in agency.complaint_channels]
    return result


def _share(part: int, whole: int) -> str:
    """``ร้อยละ 60.00`` of the received complaints; empty when nothing was received."""
    if not whole:
        return ""
    return str((Decimal(part) * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def status_rows(stats: ComplaintStatistics) -> list[dict[str, Any]]:
    return [{"label": label, "count": f"{count:,}", "share": _share(count, stats.received)}
            for label, count in (("เรื่องที่ได้รับ", stats.received),
                                 ("ดำเนินการแล้วเสร็จ", stats.completed),
                                 ("อยู่ระหว่างดำเนินการ", stats.in_progress))]


def _statistics_page(loaded: Loaded[ComplaintStatistics], diagnostics: list[Diagnostic]) -> Page:
    stats = loaded.model
    year = stats.fiscal_year
    title = stats.title or f"สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ {year}"
    path = statistics_path(loaded.slug)
    rows = status_rows(stats)
    chart = "" if stats.none_received else horizontal_bars(
        "chart-complaints", f"เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ {year}",
        f"แผนภูมิแท่งแสดงจำนวนเรื่องที่ได้รับ {stats.received} เรื่อง ดำเนินการแล้วเสร็จ {stats.completed} "
        f"เรื่อง และอยู่ระหว่างดำเนินการ {stats.in_progress} เรื่อง ตัวเลขเดียวกันอยู่ในตารางด้านล่าง",
        [Bar(row["label"], count, row["count"]) for row, count in
         zip(rows, (stats.received, stats.completed, stats.in_progress), strict=True)])
    summary = NONE_RECEIVED if stats.none_received else \
        f"ได้รับ {stats.received} เรื่อง แล้วเสร็จ {stats.completed} เรื่อง"
    return Page(path, title, "complaint_statistics.md.j2", {
        "page_title": title, "stats": stats,
        "none_statement": f"{NONE_RECEIVED} ในปีงบประมาณ {year}",
        "rows": rows, "chart": Markup(chart),  # built by svg_chart, which escapes every string for XML
        "types": [{"type": kind, "count": f"{count:,}"} for kind, count in stats.by_type.items()],
        "types_total": f"{by_type_total(stats):,}",
        "findings": findings(loaded, diagnostics),
        "data_links": data_links(path, opendata.COMPLAINTS),
        "type_links": data_links(path, opendata.COMPLAINT_TYPES),
    }, section="transparency", topics=(STATISTICS_TOPIC,), fiscal_year=year, updated=stats.as_of,
        summary=summary, sources=(loaded.source.path,))


def channel_view(channel: ComplaintChannel) -> dict[str, Any]:
    return {"channel": channel, "tel": tel_href(channel.phone) if channel.phone else None,
            "mailto": f"mailto:{channel.email}" if channel.email else None}


def _channels_page(loaded: Loaded[ComplaintChannels]) -> Page:
    listing = loaded.model
    title = listing.title or "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"
    return Page(CHANNELS_PATH, title, "complaint_channels.md.j2", {
        "page_title": title, "listing": listing,
        "channels": [channel_view(c) for c in listing.channels],
    }, section="transparency", topics=(CHANNELS_TOPIC,), fiscal_year=listing.fiscal_year,
        updated=listing.date, summary=f"{len(listing.channels)} ช่องทาง", sources=(loaded.source.path,))

