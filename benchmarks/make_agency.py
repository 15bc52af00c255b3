"""Generate a synthetic agency at real scale for the benchmark (issue 16): seeded, deterministic.

``python benchmarks/make_agency.py OUT [--records 12000] [--years 2564-2568]`` writes OUT/
``site_config.yml`` and ``content/`` laid out exactly as a real agency: the demo agency's own files
(organisation, documents, risk, complaints, standard pages) as the starting point, and the bulk
generated in the demo's own formats — per fiscal year a procurement plan and twelve monthly สขร.1
files (varied months: a September peak, one very large month, empty months stated as such), an
anti-corruption plan of ``--plan-items`` items with detail sheets, service statistics, a
satisfaction survey, a No Gift Policy with its reports, and ``--news`` news posts.

Everything is invented and labelled so (``example: true``; suppliers named ตัวอย่าง/สาธิต/สมมติ/
ทดลอง/ทดสอบ; juristic tax IDs from office code 99, as ``scripts/make_demo_procurement.py``).
The same arguments give byte-identical files. The output passes ``oitgen check`` with 0 errors.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agency_documents import PROJECTS, UNITS, anti_corruption_plan, news, no_gift, statistics  # noqa: E402

from generator.load.procurement_csv import COLUMNS  # noqa: E402
from generator.values.tax_id import check_digit  # noqa: E402

HEADER = tuple(column.name for column in COLUMNS)

# What the generator replaces; everything else of the demo is copied as it is.
GENERATED = ("procurement", "plans", "statistics", "no-gift", "news")
FISCAL_MONTHS = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)
MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

# An agency buys from a few hundred suppliers: trade × stem × suffix, every name marked invented.
TRADES = {
    "office": ("ร้าน{stem}เครื่องเขียน", "หจก.{stem}พาณิชย์"),
    "computer": ("ร้าน{stem}คอมพิวเตอร์", "หจก.{stem}ไอที"),
    "fuel": ("บริษัท {stem}ปิโตรเลียม จำกัด", "หจก.{stem}บริการน้ำมัน"),
    "electric": ("ร้าน{stem}การไฟฟ้า",),
    "household": ("ร้าน{stem}ค้าส่ง", "ร้าน{stem}ของใช้"),
    "milk": ("สหกรณ์โคนม{stem} จำกัด", "บริษัท {stem}แดรี่ จำกัด"),
    "materials": ("หจก.{stem}วัสดุก่อสร้าง", "ร้าน{stem}ค้าวัสดุ"),
    "garage": ("อู่{stem}การช่าง", "อู่{stem}ยนต์"),
    "signs": ("ร้าน{stem}ป้ายโฆษณา", "ร้าน{stem}อิงค์เจ็ท"),
    "cleaning": ("หจก.{stem}บริการ", "ร้าน{stem}คลีนนิ่ง"),
    "food": ("ร้าน{stem}อาหาร", "ร้าน{stem}จัดเลี้ยง"),
    "civil": ("หจก.{stem}การช่าง", "หจก.{stem}ก่อสร้าง", "บริษัท {stem}โยธา จำกัด"),
}
STEMS = ("ตัวอย่าง", "สาธิต", "สมมติ", "ทดลอง", "ทดสอบ")
SUFFIXES = ("", "เจริญ", "รุ่งเรือง", "พัฒนา", "มั่นคง", "ทวีทรัพย์", "สมบูรณ์", "ศรีสุข")
# (title, trade, lowest and highest budget in baht)
WORKS = (
    ("จัดซื้อวัสดุสำนักงาน (กระดาษ หมึกพิมพ์ แฟ้มเอกสาร)", "office", 5_000, 30_000),
    ("จัดซื้อวัสดุคอมพิวเตอร์ (ตลับหมึกเครื่องพิมพ์) ของ{unit}", "computer", 8_000, 25_000),
    ("จัดซื้อน้ำมันเชื้อเพลิงสำหรับรถยนต์ส่วนกลาง", "fuel", 15_000, 40_000),
    ("จัดซื้อวัสดุไฟฟ้าและวิทยุ ของ{unit}", "electric", 5_000, 20_000),
    ("จัดซื้อวัสดุงานบ้านงานครัว", "household", 3_000, 12_000),
    ("จัดซื้อวัสดุก่อสร้างสำหรับซ่อมแซมอาคาร{unit}", "materials", 10_000, 50_000),
    ("จ้างเหมาซ่อมแซมรถบรรทุกน้ำอเนกประสงค์ ทะเบียน {plate}", "garage", 8_000, 35_000),
    ("จ้างเหมาจัดทำป้ายประชาสัมพันธ์โครงการ{project}", "signs", 2_000, 9_000),
    ("จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน", "cleaning", 9_000, 9_000),
    ("จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ {village}", "civil", 50_000, 450_000),
    ("จ้างเหมาตัดหญ้าริมทางสาธารณะ หมู่ที่ {village}", "civil", 10_000, 30_000),
    ("จ้างเหมาประกอบอาหารกลางวันโครงการ{project}", "food", 3_000, 25_000),
    ("จัดซื้ออาหารเสริม (นม) โรงเรียนในตำบล", "milk", 80_000, 250_000),
)
LARGE_WORKS = (
    "จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ {village}",
    "จ้างก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก หมู่ที่ {village}",
    "จ้างเหมาขุดลอกคลองสาธารณะ หมู่ที่ {village}",
)
REASON_SPECIFIC = "เป็นผู้มีอาชีพขายหรือรับจ้างโดยตรง เสนอราคาต่ำสุดและไม่เกินวงเงินงบประมาณ"
REASON_BIDDING = "เป็นผู้เสนอราคาต่ำสุดและมีคุณสมบัติครบถ้วนตามประกาศประกวดราคา"


@dataclass(frozen=True)
class Scale:
    """How big the agency is: ``records`` procurement records over the fiscal years ``years``."""

    records: int = 12_000
    years: tuple[int, ...] = (2564, 2565, 2566, 2567, 2568)
    plan_items: int = 40
    sheets_per_plan: int = 40
    news: int = 300


SMALL = Scale(records=480, years=(2567, 2568), plan_items=12, sheets_per_plan=12, news=20)


def calendar_year(fiscal_year: int, month: int) -> int:
    return fiscal_year - 1 if month >= 10 else fiscal_year


def iso(fiscal_year: int, month: int, day: int) -> str:
    return f"{calendar_year(fiscal_year, month) - 543}-{month:02d}-{day:02d}"


def fake_tax_id(name: str) -> str:
    """A checksum-valid juristic tax ID no registration office issues (office code 99)."""
    first = "099" + str(int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16))[:9]
    return first + str(check_digit(first))


def dump(data: object, header: str) -> bytes:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
    return (f"# {header} — generated by benchmarks/make_agency.py (ข้อมูลสาธิต).\n" + text).encode("utf-8")


def month_sizes(scale: Scale, rng: random.Random) -> dict[tuple[int, int], int]:
    """Records per (fiscal year, month), adding up to ``scale.records``: uneven weights, every
    September a peak (the year-end rush), one month five times the peak, two months empty."""
    keys = [(fy, m) for fy in scale.years for m in FISCAL_MONTHS]
    weights = {key: rng.uniform(0.5, 1.5) * (3.0 if key[1] == 9 else 1.0) for key in keys}
    weights[(scale.years[-1], 9)] = 6.5  # the very large month (about 1,000 records at 12,000)
    for key in (keys[4], keys[-8]):  # empty months: stated as no procurement in plan.yml
        weights[key] = 0.0
    whole = sum(weights.values())
    sizes = {key: int(scale.records * weight / whole) for key, weight in weights.items()}
    busiest = max(sizes, key=lambda k: sizes[k])
    sizes[busiest] += scale.records - sum(sizes.values())
    return sizes


class Suppliers:
    def __init__(self, rng: random.Random) -> None:
        self.by_trade = {
            trade: [
                pattern.format(stem=stem) + suffix
                for pattern in patterns
                for stem in STEMS
                for suffix in SUFFIXES
            ]
            for trade, patterns in TRADES.items()
        }
        self.rng = rng

    def pick(self, trade: str, count: int) -> list[str]:
        return self.rng.sample(self.by_trade[trade], count)


def _price(value: float, step: int = 10) -> int:
    return int(value // step * step)


def _csv_cell(text: str) -> str:
    return f'"{text}"' if any(c in text for c in ',"\n') else text


def record_row(
    rng: random.Random, suppliers: Suppliers, fy: int, month: int, no: int, contract: int, large: bool
) -> list[str]:
    """One สขร.1 row in the month file's column order (``HEADER``)."""
    if large:
        title, trade, low, high, method = rng.choice(LARGE_WORKS), "civil", 600_000, 2_500_000, "e-bidding"
    else:
        title, trade, low, high = rng.choice(WORKS)
        method = "เฉพาะเจาะจง"
    title = title.format(
        village=rng.randint(1, 12),
        unit=rng.choice(UNITS),
        project=rng.choice(PROJECTS),
        plate=f"{rng.choice('กขคงจ')}{rng.choice('กขคงจ')} {rng.randint(1000, 9999)}",
    )
    budget = _price(rng.uniform(low, high), 100) if high > low else low
    names = suppliers.pick(trade, 3 if large else rng.choice((1, 2, 2, 3)))
    won = _price(budget * rng.uniform(0.88, 0.99))
    prices = [won] + [_price(won * rng.uniform(1.01, 1.08)) for _ in names[1:]]
    juristic = names[0].startswith(("หจก.", "บริษัท", "สหกรณ์"))
    reference = budget if rng.random() < 0.7 else _price(budget * 0.98, 100)
    yymm = f"{str(calendar_year(fy, month))[2:]}{month:02d}"
    cells = {
        "no": str(no),
        "title": title,
        "budget": f"{budget}.00",
        "reference_price": f"{reference}.00",
        "method": method,
        "bidders": "; ".join(f"{n} — {p}.00" for n, p in zip(names, prices, strict=True)),
        "winner": names[0],
        "agreed_price": f"{won}.00",
        "winner_tax_id": fake_tax_id(names[0]) if juristic else "",
        "reason": REASON_BIDDING if large else REASON_SPECIFIC,
        "contract_no": f"{contract}/{fy}",
        "contract_date": iso(fy, month, rng.randint(1, 28)),
        "budget_source": "งบประมาณรายจ่ายประจำปี",
        "status": "ลงนามในสัญญาแล้ว",
        "egp_project": yymm + f"{rng.randint(0, 9_999_999):07d}",
    }
    return [_csv_cell(cells[column]) for column in HEADER]


def procurement(out: Path, scale: Scale, rng: random.Random) -> None:
    suppliers = Suppliers(rng)
    sizes = month_sizes(scale, rng)
    for fy in scale.years:
        folder = out / "content" / "procurement" / str(fy)
        folder.mkdir(parents=True, exist_ok=True)
        contract, empty, items, announcements = 0, [], [], []
        for month in FISCAL_MONTHS:
            rows = []
            for no in range(1, sizes[(fy, month)] + 1):
                contract += 1
                rows.append(
                    record_row(rng, suppliers, fy, month, no, contract, large=no == 1 and month in (12, 3, 6))
                )
            if not rows:
                empty.append(month)
            lines = [",".join(HEADER), *(",".join(row) for row in rows)]
            (folder / f"{month:02d}.csv").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
            if rows and month in (12, 3, 6):
                items.append(_plan_item(len(items) + 1, fy, month, rows[0], rng))
                announcements += _announcements(fy, month, items[-1])
        plan = {
            "fiscal_year": fy,
            "example": True,
            "title": f"แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {fy} (ข้อมูลสาธิต)",
            "announced": f"15 ต.ค. {fy - 1}",
            "items": items,
            "announcements": sorted(announcements, key=lambda a: a["date"]),
        }
        if empty:
            plan["months"] = {m: {"no_procurement": True, "note": "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"} for m in empty}
        (folder / "plan.yml").write_bytes(dump(plan, f"Procurement plan FY {fy}"))


def _plan_item(index: int, fy: int, month: int, row: list[str], rng: random.Random) -> dict[str, str]:
    cells = dict(zip(HEADER, row, strict=True))
    announce = month - 1
    return {
        "no": str(index),
        "code": f"P{str(fy - 1)[2:]}{announce:02d}{rng.randint(100000, 999999)}",
        "project": cells["title"],
        "budget": f"{int(cells['budget'][:-3]):,}.00",
        "method": "e-bidding",
        "expected": f"{MONTHS_ABBR[announce - 1]} {calendar_year(fy, announce)}",
        "_signed": cells["contract_date"],
    }


def _announcements(fy: int, month: int, item: dict[str, str]) -> list[dict[str, str]]:
    signed = date.fromisoformat(item.pop("_signed"))
    return [
        {
            "kind": "invitation",
            "date": (signed - timedelta(days=35)).isoformat(),
            "title": f"ประกาศเชิญชวนประกวดราคา{item['project']} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "plan_code": item["code"],
        },
        {
            "kind": "winner",
            "date": (signed - timedelta(days=7)).isoformat(),
            "title": f"ประกาศผู้ชนะการเสนอราคา{item['project']}",
            "plan_code": item["code"],
        },
    ]


def make_agency(out: Path, scale: Scale = Scale(), seed: int = 16, demo: Path = ROOT) -> Path:
    """Write the agency into ``out`` (replacing what is there) and return it; ``demo`` is the
    agency whose files it starts from (tests pass their snapshot of the committed demo)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    shutil.copy2(demo / "site_config.yml", out / "site_config.yml")
    top = demo / "content"
    shutil.copytree(
        top, out / "content", ignore=lambda folder, names: GENERATED if Path(folder) == top else ()
    )
    for name in GENERATED:
        (out / "content" / name).mkdir()
    rng = random.Random(seed)
    procurement(out, scale, rng)
    for fy in scale.years:
        (out / "content" / "plans" / f"{fy}.yml").write_bytes(
            dump(anti_corruption_plan(fy, scale, rng), f"Plan FY {fy}")
        )
        stats, survey = statistics(fy, rng)
        (out / "content" / "statistics" / str(fy)).mkdir()
        (out / "content" / "statistics" / str(fy) / "services.yml").write_bytes(
            dump(stats, f"Statistics FY {fy}")
        )
        (out / "content" / "statistics" / str(fy) / "satisfaction.yml").write_bytes(
            dump(survey, f"Survey FY {fy}")
        )
        (out / "content" / "no-gift" / f"{fy}.yml").write_bytes(dump(no_gift(fy), f"No Gift FY {fy}"))
    news(out, scale, rng)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--records", type=int, default=Scale.records)
    parser.add_argument("--small", action="store_true", help="the small agency of run.py --small")
    args = parser.parse_args(argv)
    scale = SMALL if args.small else Scale(records=args.records)
    make_agency(args.out, scale)
    print(f"wrote {args.out} ({scale.records} records, fiscal years {scale.years[0]}–{scale.years[-1]})")


if __name__ == "__main__":
    main()
