"""Open data of the anti-corruption datasets: action-plan items, risk registers, ITA scores and
integrity measures. One dataset per kind across all files, one row per record, printed values
as printed (scores exact); totals are not stored, they are sums of the rows."""

from __future__ import annotations

from generator.load.agency import Agency
from generator.models.plan_figures import budget_of_year
from generator.opendata.tables import Column, Dataset, dataset_files


def plan_items(agency: Agency) -> Dataset:
    rows = []
    for loaded in agency.plans:
        plan = loaded.model
        for index, item in enumerate(plan.items, 1):
            for year in plan.fiscal_years:
                amount = budget_of_year(plan, item, year, loaded.unknown)
                printed = loaded.corrections.get(f"items[{index - 1}].budget.{year}") \
                    or loaded.corrections.get(f"items[{index - 1}].budget")
                rows.append({
                    "plan": loaded.slug, "fiscal_year": year, "item": index, "item_no": item.no,
                    "title": item.title, "type": item.type.value if item.type else None,
                    "dimension": item.dimension_number, "mission": item.mission,
                    "budget": amount.value if amount else None,
                    "no_budget": bool(amount and amount.no_budget),
                    # an unknown is not zero: the document gives no (readable) budget for the year
                    "budget_unknown": amount is None,
                    "budget_printed": printed.printed if printed else None,
                    "budget_correction": printed.reason if printed else None,
                    "quarters": ";".join(map(str, item.quarters)) or None,
                    "months": ";".join(map(str, item.months)) or None,
                    "indicator": item.indicator, "responsible": item.responsible,
                    "remark": item.remark,
                })
    return Dataset("action-plan-items", "รายการในแผนปฏิบัติการป้องกันการทุจริต",
                   "Items of the anti-corruption action plans, one row per item and fiscal year.", (
                       Column("plan", "แผน", "string", "file name of the plan"),
                       Column("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "integer"),
                       Column("item", "ลำดับในแผน", "integer", "1-based position in the plan"),
                       Column("item_no", "ที่ (ตามเอกสาร)", "string", required=False),
                       Column("title", "ชื่อมาตรการ/โครงการ/กิจกรรม", "string"),
                       Column("type", "ประเภท", "string", "มาตรการ | โครงการ | กิจกรรม", required=False),
                       Column("dimension", "มิติ", "integer", required=False),
                       Column("mission", "ภารกิจ", "string", required=False),
                       Column("budget", "งบประมาณ (บาท)", "number", "baht; null when none is given",
                              required=False),
                       Column("no_budget", "ไม่ใช้งบประมาณ", "boolean"),
                       Column("budget_unknown", "ไม่ระบุงบประมาณ", "boolean",
                              "true when the document gives no budget for the year (not zero)"),
                       Column("budget_printed", "งบประมาณตามที่พิมพ์", "string",
                              "the amount as printed, where the file records a correction", required=False),
                       Column("budget_correction", "เหตุผลที่แก้ไข", "string",
                              "why the printed amount was corrected", required=False),
                       Column("quarters", "ไตรมาสที่ดำเนินการ", "string", "fiscal quarters, ';'-separated",
                              required=False),
                       Column("months", "เดือนที่ดำเนินการ", "string", "calendar months, ';'-separated",
                              required=False),
                       Column("indicator", "ตัวชี้วัด", "string", required=False),
                       Column("responsible", "หน่วยงานรับผิดชอบ", "string", required=False),
                       Column("remark", "หมายเหตุ", "string", "the remark column as printed",
                              required=False),
                   ), rows)


def risk_register(agency: Agency) -> Dataset:
    rows = [{"fiscal_year": loaded.model.fiscal_year, "no": entry.no, "risk": entry.risk,
             "level": entry.level.value, "level_th": entry.level.colour_th}
            for loaded in agency.risk for entry in loaded.model.risk_register]
    return Dataset("risk-register", "ทะเบียนความเสี่ยงการทุจริตและประพฤติมิชอบ",
                   "Corruption-risk register rows with their traffic-light level.", (
                       Column("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "integer"),
                       Column("no", "ลำดับ", "string", required=False),
                       Column("risk", "โอกาส/ความเสี่ยงการทุจริต", "string"),
                       Column("level", "ระดับความเสี่ยง (รหัส)", "string", "green | yellow | orange | red"),
                       Column("level_th", "ระดับความเสี่ยง", "string"),
                   ), rows)


def ita_scores(agency: Agency) -> Dataset:
    rows = [{"assessment_year": loaded.model.assessment_year, "tool": tool.code.value,
             "indicator_no": indicator.no, "indicator": indicator.title, "score": indicator.score}
            for loaded in agency.ita for tool in loaded.model.tools for indicator in tool.indicators]
    return Dataset("ita-scores", "คะแนนผลการประเมิน ITA รายตัวชี้วัด",
                   "ITA scores per tool and indicator, as printed.", (
                       Column("assessment_year", "ปีที่ประเมิน (พ.ศ.)", "integer"),
                       Column("tool", "แบบวัด", "string", "IIT | EIT | OIT"),
                       Column("indicator_no", "ตัวชี้วัดที่", "string", required=False),
                       Column("indicator", "ตัวชี้วัด", "string"),
                       Column("score", "คะแนน (ร้อยละ)", "number"),
                   ), rows)


def integrity_measures(agency: Agency) -> Dataset:
    rows = [{"fiscal_year": loaded.model.fiscal_year, "tool": m.tool.value if m.tool else None,
             "indicator": m.indicator, "score": m.score, "measure": m.measure,
             "responsible": m.responsible, "status": m.status.value if m.status else None}
            for loaded in agency.integrity for m in loaded.model.measures]
    return Dataset("integrity-measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                   "Integrity measures answering the ITA result, with their status.", (
                       Column("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "integer"),
                       Column("tool", "แบบวัด", "string", required=False),
                       Column("indicator", "ตัวชี้วัด", "string"),
                       Column("score", "คะแนน", "number", required=False),
                       Column("measure", "มาตรการ", "string"),
                       Column("responsible", "หน่วยงานรับผิดชอบ", "string", required=False),
                       Column("status", "สถานะ", "string", "not_started | in_progress | done | cannot_do",
                              required=False),
                   ), rows)


def files(agency: Agency) -> dict[str, bytes]:
    """The files of every anti-corruption dataset that has rows."""
    found: dict[str, bytes] = {}
    for dataset in (plan_items(agency), risk_register(agency), ita_scores(agency),
                    integrity_measures(agency)):
        if dataset.rows:
            found.update(dataset_files(dataset))
    return found
