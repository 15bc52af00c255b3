"""Evidence topics: the things an OIT item asks an agency to disclose, one stable key each.

Catalogues (which change every assessment year) name topics; pages declare the topics they
publish; the OIT index joins the two. Labels follow the wording of the 2566–2567 item list
(shared/OIT.md); topics that later lists added (ITA 2569 O25) come last. The key is the
contract: never rename one, add a new one instead.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema

from generator.models.base import as_validator
from generator.values.errors import ValueParseError


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    section: str
    """Slug of the site section that publishes it."""


_TOPICS: tuple[Topic, ...] = (
    Topic("structure", "โครงสร้างหน่วยงาน", "basic"),
    Topic("executives", "ข้อมูลผู้บริหาร", "basic"),
    Topic("powers", "อำนาจหน้าที่", "basic"),
    Topic("development_plan", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "basic"),
    Topic("contact", "ข้อมูลการติดต่อ", "basic"),
    Topic("laws", "กฎหมายที่เกี่ยวข้อง", "basic"),
    Topic("news", "ข่าวประชาสัมพันธ์", "basic"),
    Topic("qa", "ช่องทางถาม-ตอบ (Q&A)", "basic"),
    Topic("social", "Social Network", "basic"),
    Topic("privacy_policy", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "basic"),
    Topic("operating_plan", "แผนดำเนินงานและการใช้งบประมาณประจำปี", "administration"),
    Topic("operating_report_6m", "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
          "administration"),
    Topic("operating_report_annual", "รายงานผลการดำเนินงานประจำปี", "administration"),
    Topic("work_manual", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "administration"),
    Topic("service_manual", "คู่มือหรือมาตรฐานการให้บริการ", "administration"),
    Topic("service_statistics", "ข้อมูลเชิงสถิติการให้บริการ", "administration"),
    Topic("satisfaction", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "administration"),
    Topic("eservice", "E-Service", "administration"),
    Topic("spending_plan", "แผนการใช้จ่ายงบประมาณประจำปี", "budget"),
    Topic("budget_report_6m", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน", "budget"),
    Topic("budget_report_annual", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "budget"),
    Topic("procurement_plan", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "budget"),
    Topic("procurement_announcements", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "budget"),
    Topic("procurement_monthly", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "budget"),
    Topic("procurement_annual", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "budget"),
    Topic("hr_policy", "นโยบายหรือแผนการบริหารทรัพยากรบุคคล", "hr"),
    Topic("hr_implementation", "การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล", "hr"),
    Topic("hr_criteria", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr"),
    Topic("hr_annual_report", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "hr"),
    Topic("complaint_procedure", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "transparency"),
    Topic("complaint_channels", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "transparency"),
    Topic("complaint_statistics", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "transparency"),
    Topic("participation", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "transparency"),
    Topic("no_gift_announcement", "ประกาศเจตนารมณ์นโยบาย No Gift Policy", "anti-corruption"),
    Topic("no_gift_culture", "การสร้างวัฒนธรรม No Gift Policy", "anti-corruption"),
    Topic("no_gift_report", "รายงานผลตามนโยบาย No Gift Policy", "anti-corruption"),
    Topic("risk_assessment", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี", "anti-corruption"),
    Topic("risk_mitigation", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", "anti-corruption"),
    Topic("action_plan", "แผนปฏิบัติการป้องกันการทุจริต", "anti-corruption"),
    Topic("action_plan_report_6m", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน",
          "anti-corruption"),
    Topic("action_plan_report_annual", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "anti-corruption"),
    Topic("ethics_code", "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ", "anti-corruption"),
    Topic("ethics_drive", "การขับเคลื่อนจริยธรรม", "anti-corruption"),
    Topic("ethics_assessment", "การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ", "anti-corruption"),
    Topic("integrity_measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "anti-corruption"),
    Topic("integrity_implementation", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
          "anti-corruption"),
    Topic("ita_improvement", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", "anti-corruption"),
)

TOPICS: dict[str, Topic] = {topic.key: topic for topic in _TOPICS}


def topics_of_section(slug: str) -> list[Topic]:
    return [topic for topic in _TOPICS if topic.section == slug]


def parse_topic(value: Any) -> str:
    """A topic key, in a catalogue or a document: an unknown one names the closest key (or the key
    of a Thai label written instead)."""
    text = value.strip() if isinstance(value, str) else str(value)
    if text in TOPICS:
        return text
    by_label = {topic.label: key for key, topic in TOPICS.items()}
    hint = [by_label[text]] if text in by_label else difflib.get_close_matches(text, TOPICS, n=1, cutoff=0.5)
    en = f"unknown topic '{text}'" + (f"; did you mean '{hint[0]}'?" if hint else
                                       "; see docs/documents-and-statistics.md for the list")
    th = f"ไม่รู้จักหัวข้อ '{text}'" + (f" หมายถึง '{hint[0]}' หรือไม่" if hint else
                                         " ดูรายการหัวข้อใน docs/documents-and-statistics.md")
    raise ValueParseError("unknown-topic", en, th)


TopicKey = Annotated[str, PlainValidator(as_validator(parse_topic)), WithJsonSchema(
    {"type": "string", "enum": sorted(TOPICS), "description": "OIT topic key, e.g. hr_policy"})]
