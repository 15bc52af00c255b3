"""Procurement records (แบบ สขร.1) of each fiscal year as open data, and the year's OCDS package.

One dataset per fiscal year (``procurement-2568``: CSV, JSON, JSON Schema; ``generator.opendata.tables``)
with one row per record. The bidders, which the form prints in one cell, stay in one cell
(``name — price; name — price``); the OCDS package (``generator.opendata.ocds``) lists them as
tenderers.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from generator.load.agency import Agency
from generator.load.procurement_csv import COLUMN_BY_NAME
from generator.models.procurement import ProcurementMonth, ProcurementRecord
from generator.opendata.tables import DATA_DIR, Column, Dataset, dataset_files
from generator.values.fiscal import FISCAL_MONTH_ORDER
from generator.values.numbers import Amount


def _th(name: str) -> str:
    return COLUMN_BY_NAME[name].label_th


COLUMNS: tuple[Column, ...] = (
    Column("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "integer", "Buddhist-era fiscal year (1 Oct – 30 Sep)"),
    Column("month", "เดือน", "integer", "calendar month of the summary, 1-12 (10 = October)"),
    Column("no", _th("no"), "string", "record number as printed"),
    Column("title", _th("title"), "string", "what was bought or hired"),
    Column("budget", _th("budget"), "number", "budget, baht", required=False),
    Column("reference_price", _th("reference_price"), "number", "reference price, baht", required=False),
    Column("method", _th("method"), "string", "procurement method as printed, e.g. เฉพาะเจาะจง, e-bidding"),
    Column("bidders", _th("bidders"), "string",
           "bidders and their prices (baht): 'name — price; name — price'"),
    Column("winner", _th("winner"), "string", "the selected supplier"),
    Column("agreed_price", _th("agreed_price"), "number", "agreed price, baht", required=False),
    Column("winner_tax_id", _th("winner_tax_id"), "string", "the supplier's 13-digit juristic tax ID",
           required=False),
    Column("reason", _th("reason"), "string", "reason for the selection", required=False),
    Column("contract_no", _th("contract_no"), "string", "contract or purchase-order number", required=False),
    Column("contract_date", _th("contract_date"), "string", "contract date, ISO 8601", required=False),
    Column("budget_source", _th("budget_source"), "string", "budget source (NACC form)", required=False),
    Column("status", _th("status"), "string", "procurement status (NACC form)", required=False),
    Column("egp_project", _th("egp_project"), "string",
           "e-GP project number: 11 digits, YYMM (BE year, month) then 7 digits", required=False),
)


def dataset_name(fiscal_year: int) -> str:
    return f"procurement-{fiscal_year}"


def dataset_paths(fiscal_year: int) -> dict[str, str]:
    """Where a fiscal year's procurement files are, relative to ``docs/`` (pages link to them)."""
    stem = f"{DATA_DIR}/{dataset_name(fiscal_year)}"
    return {"csv": f"{stem}.csv", "json": f"{stem}.json", "schema": f"{stem}.schema.json",
            "ocds": f"{stem}-ocds.json"}


def months_by_year(agency: Agency) -> dict[int, list[ProcurementMonth]]:
    """Month files with a valid name, per fiscal year, in fiscal order (ต.ค. … ก.ย.)."""
    years: dict[int, list[ProcurementMonth]] = {}
    for loaded in agency.procurement_months:
        if loaded.model.month is not None:
            years.setdefault(loaded.model.fiscal_year, []).append(loaded.model)
    return {year: sorted(months, key=lambda m: FISCAL_MONTH_ORDER.index(m.month or 10))
            for year, months in sorted(years.items())}


def records(months: list[ProcurementMonth]) -> Iterator[tuple[ProcurementMonth, ProcurementRecord]]:
    for month in months:
        for record in month.rows:
            yield month, record


def _money(amount: Amount | None) -> Decimal | None:
    return amount.value if amount is not None else None


def _bids(record: ProcurementRecord) -> str:
    return "; ".join(f"{bid.name} — {bid.price.value:.2f}" if bid.price.value is not None else bid.name
                     for bid in record.bidders)


def row(month: ProcurementMonth, record: ProcurementRecord) -> dict[str, Any]:
    return {
        "fiscal_year": month.fiscal_year, "month": month.month, "no": record.no, "title": record.title,
        "budget": _money(record.budget), "reference_price": _money(record.reference_price),
        "method": record.method, "bidders": _bids(record), "winner": record.winner.name,
        "agreed_price": _money(record.winner.price), "winner_tax_id": record.winner_tax_id,
        "reason": record.reason, "contract_no": record.contract_no, "contract_date": record.contract_date,
        "budget_source": record.budget_source, "status": record.status, "egp_project": record.egp_project,
    }


def dataset(fiscal_year: int, months: list[ProcurementMonth]) -> Dataset:
    return Dataset(dataset_name(fiscal_year),
                   f"สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) ปีงบประมาณ พ.ศ. {fiscal_year}",
                   "Monthly procurement summaries of one fiscal year, one row per record.",
                   COLUMNS, [row(month, record) for month, record in records(months)])


def files(agency: Agency) -> dict[str, bytes]:
    """Each fiscal year's CSV, JSON and JSON Schema (its OCDS release package: ``ocds.files``)."""
    found: dict[str, bytes] = {}
    for year, months in months_by_year(agency).items():
        found.update(dataset_files(dataset(year, months)))
    return found
