"""Generate the demo agency's procurement data: content/procurement/<fy>/plan.yml and 01–12.csv.

Run from the repository root: ``python scripts/make_demo_procurement.py``. The output is the same on
every run (seeded), so a rerun shows no diff unless this script changed.

Everything is invented and labelled so: ``example: true`` in each plan.yml (pages show ข้อมูลสาธิต),
every supplier's name says ตัวอย่าง / สาธิต / สมมติ / ทดลอง / ทดสอบ, and the juristic tax IDs are
fake (office code 99, which no registration office has) though checksum-valid, starting with 0 and
given only in the ``winner_tax_id`` column, and only for juristic persons (หจก., บริษัท, สหกรณ์):
a shop (ร้าน) is usually a natural person, whose tax ID is a personal ID and is never published.
"""

from __future__ import annotations

import hashlib
import random
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.build.writer import write_atomic  # noqa: E402
from generator.load.procurement_csv import month_csv  # noqa: E402
from generator.models.procurement import ProcurementRecord  # noqa: E402
from generator.values.dates import MONTHS_ABBR  # noqa: E402
from generator.values.fiscal import FISCAL_MONTH_ORDER  # noqa: E402
from generator.values.tax_id import check_digit  # noqa: E402

YEARS = (2567, 2568, 2569)
SPECIFIC = "เฉพาะเจาะจง"
BIDDING = "e-bidding"

SUPPLIERS = {
    "office": ("ร้านตัวอย่างเครื่องเขียน", "หจก.สาธิตพาณิชย์", "ร้านสมมติการพิมพ์"),
    "computer": ("ร้านทดลองคอมพิวเตอร์", "หจก.ตัวอย่างไอที"),
    "fuel": ("บริษัท สาธิตปิโตรเลียม จำกัด", "หจก.ตัวอย่างบริการน้ำมัน"),
    "electric": ("ร้านตัวอย่างการไฟฟ้า", "ร้านทดลองไฟฟ้า"),
    "household": ("ร้านสมมติค้าส่ง", "ร้านตัวอย่างของใช้"),
    "milk": ("สหกรณ์โคนมตัวอย่าง จำกัด", "บริษัท สาธิตแดรี่ จำกัด"),
    "materials": ("หจก.ตัวอย่างวัสดุก่อสร้าง", "ร้านสมมติค้าวัสดุ"),
    "furniture": ("ร้านตัวอย่างเฟอร์นิเจอร์", "หจก.สาธิตพาณิชย์"),
    "garage": ("อู่ตัวอย่างการช่าง", "อู่สมมติยนต์"),
    "signs": ("ร้านตัวอย่างป้ายโฆษณา", "ร้านทดลองอิงค์เจ็ท"),
    "cleaning": ("หจก.ทดลองบริการ", "ร้านสมมติคลีนนิ่ง"),
    "aircon": ("ร้านตัวอย่างแอร์เซอร์วิส", "ร้านสมมติเครื่องเย็น"),
    "civil": ("หจก.ตัวอย่างการช่าง", "หจก.สมมติก่อสร้าง", "บริษัท ทดสอบโยธา จำกัด", "หจก.สาธิตรับเหมา"),
}
# (title, suppliers, lowest and highest budget in baht)
SMALL = (
    ("จัดซื้อวัสดุสำนักงาน (กระดาษ หมึกพิมพ์ แฟ้มเอกสาร)", "office", 5_000, 30_000),
    ("จัดซื้อวัสดุคอมพิวเตอร์ (ตลับหมึกเครื่องพิมพ์)", "computer", 8_000, 25_000),
    ("จัดซื้อน้ำมันเชื้อเพลิงสำหรับรถยนต์ส่วนกลาง", "fuel", 15_000, 40_000),
    ("จัดซื้อวัสดุไฟฟ้าและวิทยุ", "electric", 5_000, 20_000),
    ("จัดซื้อวัสดุงานบ้านงานครัว", "household", 3_000, 12_000),
    ("จัดซื้อวัสดุก่อสร้างสำหรับซ่อมแซมอาคารสำนักงาน", "materials", 10_000, 50_000),
    ("จัดซื้อครุภัณฑ์สำนักงาน (เก้าอี้สำนักงาน)", "furniture", 10_000, 45_000),
    ("จ้างเหมาซ่อมแซมรถบรรทุกน้ำอเนกประสงค์", "garage", 8_000, 35_000),
    ("จ้างเหมาจัดทำป้ายประชาสัมพันธ์โครงการ", "signs", 2_000, 9_000),
    ("จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน", "cleaning", 9_000, 9_000),
    ("จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ {village}", "civil", 50_000, 450_000),
    ("จ้างเหมาตัดหญ้าริมทางสาธารณะ หมู่ที่ {village}", "civil", 10_000, 30_000),
    ("จ้างซ่อมบำรุงเครื่องปรับอากาศสำนักงาน", "aircon", 5_000, 20_000),
)
MILK = ("จัดซื้ออาหารเสริม (นม) โรงเรียน", "milk", 80_000, 250_000)
LARGE = (
    ("จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ {village}", 1_000_000, 2_500_000),
    ("จ้างก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก หมู่ที่ {village}", 600_000, 1_500_000),
    ("จ้างเหมาขุดลอกคลองสาธารณะ หมู่ที่ {village}", 550_000, 900_000),
)
LARGE_MONTHS = (12, 3, 6)  # months whose summary holds one e-bidding contract
REASON_SPECIFIC = "เป็นผู้มีอาชีพขายหรือรับจ้างโดยตรง เสนอราคาต่ำสุดและไม่เกินวงเงินงบประมาณ"
REASON_BIDDING = "เป็นผู้เสนอราคาต่ำสุดและมีคุณสมบัติครบถ้วนตามประกาศประกวดราคา"
BUDGET_SOURCE = "งบประมาณรายจ่ายประจำปี"
STATUS = "ลงนามในสัญญาแล้ว"


def egp_project(fiscal_year: int, month: int, no: int) -> str:
    """A fake e-GP project number of the month: YYMM (BE year, month) then 7 digits from a hash
    (no random draw, so adding it left every other generated value as it was)."""
    yymm = f"{str(calendar_year(fiscal_year, month))[2:]}{month:02d}"
    digits = str(int(hashlib.sha256(f"{fiscal_year}-{month}-{no}".encode()).hexdigest(), 16))[:7]
    return yymm + digits


def fake_tax_id(name: str) -> str:
    """A checksum-valid juristic tax ID that no real registration office issues (office code 99)."""
    digits = str(int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16))[:9]
    first = "099" + digits
    return first + str(check_digit(first))


def is_juristic(name: str) -> bool:
    return name.startswith(("หจก.", "บริษัท", "สหกรณ์"))


def _round(value: float, step: int = 10) -> Decimal:
    return Decimal(int(value // step * step))


def calendar_year(fiscal_year: int, month: int) -> int:
    return fiscal_year - 1 if month >= 10 else fiscal_year


class Year:
    """One fiscal year of demo procurement: month records, the plan and its announcements."""

    def __init__(self, fiscal_year: int) -> None:
        self.fy = fiscal_year
        self.rng = random.Random(fiscal_year)
        self.contracts = 0
        self.large: list[dict] = []

    def record(self, no: int, month: int, title: str, suppliers: tuple[str, ...], budget: Decimal,
               method: str) -> ProcurementRecord:
        rng = self.rng
        count = len(suppliers) if method == BIDDING else min(len(suppliers), rng.choice((2, 2, 3)))
        names = rng.sample(suppliers, count)
        winner_price = _round(float(budget) * rng.uniform(0.88, 0.99))
        prices = [winner_price] + [_round(float(winner_price) * rng.uniform(1.01, 1.08)) for _ in names[1:]]
        self.contracts += 1
        day = rng.randint(1, 28)
        return ProcurementRecord.model_validate({
            "no": str(no), "title": title, "budget": str(budget),
            "reference_price": str(budget if rng.random() < 0.7 else _round(float(budget) * 0.98, 100)),
            "method": method,
            "bidders": [{"name": n, "price": str(p)} for n, p in zip(names, prices, strict=True)],
            "winner": {"name": names[0], "price": str(winner_price)},
            "winner_tax_id": fake_tax_id(names[0]) if is_juristic(names[0]) else None,
            "reason": REASON_BIDDING if method == BIDDING else REASON_SPECIFIC,
            "contract_no": f"{self.contracts}/{self.fy}",
            "contract_date": f"{calendar_year(self.fy, month) - 543}-{month:02d}-{day:02d}",
            "budget_source": BUDGET_SOURCE, "status": STATUS, "egp_project": egp_project(self.fy, month, no),
        })

    def month(self, month: int) -> list[ProcurementRecord]:
        rng = self.rng
        picks = rng.sample(SMALL, rng.randint(5, 8))
        if month in (11, 5):  # school milk at the start of each term
            picks.append(MILK)
        records = []
        for title, kind, low, high in picks:
            budget = _round(rng.uniform(low, high), 100) if high > low else Decimal(low)
            title = title.format(village=rng.randint(1, 12))
            records.append(self.record(len(records) + 1, month, title, SUPPLIERS[kind], budget, SPECIFIC))
        if month in LARGE_MONTHS:
            title, low, high = LARGE[LARGE_MONTHS.index(month)]
            title = title.format(village=rng.randint(1, 12))
            budget = _round(rng.uniform(low, high), 1000)
            record = self.record(len(records) + 1, month, title, SUPPLIERS["civil"], budget, BIDDING)
            records.append(record)
            self.large.append({"month": month, "record": record})
        return records

    def plan(self) -> dict:
        items, announcements = [], []
        for index, entry in enumerate(self.large, 1):
            record, month = entry["record"], entry["month"]
            announce_month = month - 1  # LARGE_MONTHS are December, March, June
            code = f"P{str(self.fy - 1)[2:]}{announce_month:02d}{self.rng.randint(100000, 999999)}"
            expected = f"{MONTHS_ABBR[announce_month - 1]} {calendar_year(self.fy, announce_month)}"
            items.append({"no": str(index), "code": code, "project": record.title,
                          "budget": f"{record.budget.value:,.2f}", "method": BIDDING, "expected": expected})
            signed = record.contract_date
            announcements.append({"kind": "invitation", "date": (signed - timedelta(days=35)).isoformat(),
                                  "title": f"ประกาศเชิญชวนประกวดราคา{record.title} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ "
                                           "(e-bidding)", "plan_code": code})
            announcements.append({"kind": "winner", "date": (signed - timedelta(days=7)).isoformat(),
                                  "title": f"ประกาศผู้ชนะการเสนอราคา{record.title}", "plan_code": code})
        return {
            "fiscal_year": self.fy,
            "example": True,
            "title": f"แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {self.fy} (ข้อมูลสาธิต)",
            "announced": f"15 ต.ค. {self.fy - 1}",
            "items": items,
            "announcements": sorted(announcements, key=lambda a: a["date"]),
        }


# Months the demo deliberately leaves unpublished, so that the 2567 OIT index shows a monthly item
# as incomplete (ม.ค.–มี.ค. 2567 missing). The FY 2567 annual report is a document instead
# (content/documents/procurement-annual-2567.yml).
# FY 2569 is the assessed year of ITA 2569: its first six months are published (ไตรมาส 1–2).
UNPUBLISHED = {2567: (1, 2, 3), 2569: (4, 5, 6, 7, 8, 9)}
# Months the agency states it had no procurement (ไม่มีการจัดซื้อจัดจ้าง): an empty month file and
# ``no_procurement: true`` in plan.yml, which counts as published for the OIT item.
NO_PROCUREMENT = {2569: (1,)}


def main() -> None:
    for fiscal_year in YEARS:
        year = Year(fiscal_year)
        folder = ROOT / "content" / "procurement" / str(fiscal_year)
        for month in FISCAL_MONTH_ORDER:
            data = month_csv(year.month(month))  # every month is generated: the random sequence stays put
            target = folder / f"{month:02d}.csv"
            if month in NO_PROCUREMENT.get(fiscal_year, ()):
                write_atomic(target, month_csv([]))
            elif month in UNPUBLISHED.get(fiscal_year, ()):
                target.unlink(missing_ok=True)
            else:
                write_atomic(target, data)
        header = (f"# Demo procurement plan and announcements, FY {fiscal_year} — generated by "
                  "scripts/make_demo_procurement.py (do not edit by hand; rerun the script).\n")
        plan = year.plan()
        if none := NO_PROCUREMENT.get(fiscal_year):
            plan["months"] = {m: {"no_procurement": True, "note": "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"} for m in none}
        text = yaml.safe_dump(plan, allow_unicode=True, sort_keys=False, width=200)
        write_atomic(folder / "plan.yml", (header + text).encode("utf-8"))
        months = 12 - len(UNPUBLISHED.get(fiscal_year, ()))
        print(f"wrote {folder.relative_to(ROOT)}/ (plan.yml, {months} month files)")


if __name__ == "__main__":
    main()
