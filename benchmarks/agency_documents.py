"""The synthetic agency's documents besides procurement (``make_agency``): per fiscal year an
anti-corruption plan whose every item has its detail sheet, service statistics and a satisfaction
survey, a No Gift Policy with its reports; and the news. Everything invented, ``example: true``."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from make_agency import Scale

FISCAL_MONTHS = (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)
UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข")
PROJECTS = (
    "วันเด็กแห่งชาติ",
    "ประเพณีลอยกระทง",
    "ผู้สูงอายุสัมพันธ์",
    "ป้องกันไข้เลือดออก",
    "อบรมอาสาสมัคร",
    "ส่งเสริมอาชีพ",
    "กีฬาตำบลต้านยาเสพติด",
    "รณรงค์ลดขยะ",
)
MISSIONS = {
    "1.1": "การสร้างจิตสำนึกและความตระหนักแก่บุคลากรขององค์กร",
    "1.2": "การสร้างจิตสำนึกและความตระหนักแก่ประชาชนและเยาวชนในท้องถิ่น",
    "2.1": "การเปิดเผยข้อมูลและความโปร่งใสในการบริหารงาน",
    "2.2": "การบริหารงานบุคคลและงบประมาณอย่างโปร่งใส",
    "3.1": "การรับฟังความคิดเห็นและเรื่องร้องเรียนของประชาชน",
    "4.1": "การควบคุมภายในและการตรวจสอบ",
}
ACTIVITIES = (
    "ปลูกจิตสำนึกการเป็นข้าราชการที่ดี",
    "เยาวชนรุ่นใหม่ใส่ใจต่อต้านการทุจริต",
    "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง",
    "ป้องกันผลประโยชน์ทับซ้อน",
    "ประชาคมหมู่บ้าน",
    "จัดการเรื่องร้องเรียน",
    "ควบคุมภายใน",
    "อบรมคุณธรรมจริยธรรม",
)


def anti_corruption_plan(fy: int, scale: Scale, rng: random.Random) -> dict[str, object]:
    items = []
    for n in range(1, scale.plan_items + 1):
        kind = rng.choice(("โครงการ", "มาตรการ", "กิจกรรม"))
        title = f"{kind}{rng.choice(ACTIVITIES)} ครั้งที่ {n}"
        item: dict[str, object] = {
            "no": str(n),
            "title": title,
            "type": kind,
            "mission": rng.choice(list(MISSIONS)),
            "indicator": "ผู้เข้าร่วมไม่น้อยกว่าร้อยละ 80",
            "quarters": sorted(rng.sample((1, 2, 3, 4), 2)),
            "responsible": rng.choice(UNITS),
        }
        if n <= scale.sheets_per_plan:  # every item of a plan has its sheet, or none: item-without-sheet
            people, meals, price = rng.randint(20, 80), 2, 35
            lines = [
                {
                    "description": "ค่าอาหารว่างและเครื่องดื่ม",
                    "quantities": [people, meals],
                    "unit_price": price,
                    "amount": f"{people * meals * price:,}",
                },
                {"description": "ค่าวัสดุ", "amount": f"{rng.randint(10, 60) * 100:,}"},
            ]
            total = sum(int(str(line["amount"]).replace(",", "")) for line in lines)
            item["budget"] = f"{total:,}"
            item["details"] = {
                "rationale": f"เพื่อ{title} ตามแผนปฏิบัติการป้องกันการทุจริต",
                "objectives": ["เพื่อสร้างจิตสำนึกในการต่อต้านการทุจริต", "เพื่อเผยแพร่ข้อมูลแก่ประชาชน"],
                "target_group": f"บุคลากรและประชาชน {people} คน",
                "method": ["ขออนุมัติโครงการ", "ดำเนินการ", "สรุปผล"],
                "period": f"ปีงบประมาณ พ.ศ. {fy}",
                "budget": f"{total:,}",
                "lines": lines,
                "total": f"{total:,}",
                "responsible": item["responsible"],
                "outputs": "ผู้เข้าร่วมมีความรู้ความเข้าใจเพิ่มขึ้น",
            }
        else:
            item["budget"] = rng.choice(("ไม่ใช้งบประมาณ", f"{rng.randint(1, 50) * 1000:,}"))
        items.append(item)
    return {
        "title": f"แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {fy} (ข้อมูลสาธิต)",
        "framework": "2566",
        "fiscal_years": [fy],
        "example": True,
        "missions": MISSIONS,
        "items": items,
    }


def statistics(fy: int, rng: random.Random) -> tuple[dict[str, object], dict[str, object]]:
    services = [
        {"type": name, "counts": {m: rng.randint(0, 40) for m in FISCAL_MONTHS}}
        for name in (
            "ขออนุญาตก่อสร้างอาคาร",
            "จดทะเบียนพาณิชย์",
            "ชำระภาษีที่ดินและสิ่งปลูกสร้าง",
            "ขอรับเบี้ยยังชีพผู้สูงอายุและผู้พิการ",
            "ขอใช้น้ำประปาหมู่บ้าน",
        )
    ]
    for service in services:
        service["stated_total"] = sum(service["counts"].values())  # type: ignore[attr-defined]
    stats = {
        "fiscal_year": fy,
        "example": True,
        "title": f"สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. {fy}",
        "unit": "ครั้ง",
        "as_of": f"30 ก.ย. {fy}",
        "services": services,
    }
    aspects = [
        {"aspect": a, "score": f"{s:.2f}", "percentage": f"{s * 20:.2f}"}
        for a, s in (
            ("ด้านกระบวนการและขั้นตอนการให้บริการ", rng.uniform(4, 5)),
            ("ด้านเจ้าหน้าที่ผู้ให้บริการ", rng.uniform(4, 5)),
        )
    ]
    score = round(sum(float(a["score"]) for a in aspects) / len(aspects), 2)
    survey = {
        "fiscal_year": fy,
        "example": True,
        "title": f"รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปีงบประมาณ พ.ศ. {fy}",
        "respondents": 400,
        "scale": 5,
        "score": f"{score:.2f}",
        "percentage": f"{score * 20:.2f}",
        "aspects": aspects,
        "method": "แบบสอบถามผู้มารับบริการ สุ่มตัวอย่างผู้รับบริการ 400 คน",
        "period": f"ต.ค. {fy - 1} – ส.ค. {fy}",
        "date": f"15 ก.ย. {fy}",
    }
    return stats, survey


def no_gift(fy: int) -> dict[str, object]:
    return {
        "fiscal_year": fy,
        "example": True,
        "title": f"ประกาศองค์การบริหารส่วนตำบลตัวอย่างสาธิต เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
        f"(No Gift Policy) ประจำปีงบประมาณ พ.ศ. {fy}",
        "text": "ข้าพเจ้า นายสาธิต ตัวอย่าง ขอประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่\n\n"
        "โดยร่วมกันสร้างวัฒนธรรมสุจริตให้เกิดขึ้นในองค์กร\n",
        "announced": f"1 ต.ค. {fy - 1}",
        "signer": {"name": "นายสาธิต ตัวอย่าง", "position": "นายกองค์การบริหารส่วนตำบลตัวอย่างสาธิต"},
        "reports": [
            {
                "title": "รายงานผลการรับของขวัญหรือประโยชน์อื่นใด รอบ 6 เดือน",
                "period": f"ต.ค. {fy - 1} – มี.ค. {fy}",
                "date": f"10 เม.ย. {fy}",
                "gifts_received": 0,
                "summary": "ไม่มีบุคลากรรายงานการรับของขวัญหรือประโยชน์อื่นใดในรอบรายงาน",
            },
            {
                "title": "รายงานผลการรับของขวัญหรือประโยชน์อื่นใด รอบ 12 เดือน",
                "period": f"ต.ค. {fy - 1} – ก.ย. {fy}",
                "date": f"10 ต.ค. {fy}",
                "gifts_received": 0,
                "summary": "ไม่มีบุคลากรรายงานการรับของขวัญหรือประโยชน์อื่นใดในรอบรายงาน",
            },
        ],
    }


def news(out: Path, scale: Scale, rng: random.Random) -> None:
    folder = out / "content" / "news"
    first = date(scale.years[0] - 544, 10, 1)
    span = (date(scale.years[-1] - 543, 9, 30) - first).days
    for n in range(scale.news):
        day = first + timedelta(days=span * n // max(scale.news, 1))
        project = rng.choice(PROJECTS)
        meta = {
            "title": f"กิจกรรม{project} ครั้งที่ {n + 1}",
            "date": day.isoformat(),
            "summary": f"อบต.ตัวอย่างสาธิตจัดกิจกรรม{project} ร่วมกับชุมชน หมู่ที่ {rng.randint(1, 12)}",
            "category": rng.choice(("ข่าวประชาสัมพันธ์", "ประกาศ")),
            "example": True,
        }
        body = (
            f"องค์การบริหารส่วนตำบลตัวอย่างสาธิตจัดกิจกรรม{project}\n\n# รายละเอียด\n\n"
            "- ผู้เข้าร่วมจากทุกหมู่บ้าน\n- สรุปผลเผยแพร่ทางเว็บไซต์\n"
        )
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body
        (folder / f"{day.isoformat()}-news-{n + 1:04d}.md").write_bytes(text.encode("utf-8"))
