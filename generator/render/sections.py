"""The site's sections: the five OIT disclosure categories and anti-corruption (DESIGN §4).

Section text is product copy, not data: what each category holds under the OIT criteria, so a
citizen sees what to expect and, until data exists, what is not yet published.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.models.topics import topics_of_section


@dataclass(frozen=True)
class SectionSpec:
    slug: str
    title: str
    summary: str

    @property
    def topics(self) -> tuple[str, ...]:
        """Keys of the OIT evidence topics the section publishes, in the assessors' order."""
        return tuple(topic.key for topic in topics_of_section(self.slug))


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "basic", "ข้อมูลพื้นฐาน",
        "ข้อมูลพื้นฐานของหน่วยงาน ได้แก่ โครงสร้าง ผู้บริหาร อำนาจหน้าที่ แผนพัฒนา ข้อมูลการติดต่อ "
        "กฎหมายที่เกี่ยวข้อง ข่าวประชาสัมพันธ์ และช่องทางการสื่อสาร",
    ),
    SectionSpec(
        "administration", "การบริหารงาน",
        "แผนการดำเนินงาน รายงานผลการดำเนินงาน คู่มือการปฏิบัติงานและการให้บริการ "
        "สถิติการให้บริการ ผลสำรวจความพึงพอใจ และบริการออนไลน์ (E-Service)",
    ),
    SectionSpec(
        "budget", "การบริหารเงินงบประมาณ",
        "แผนการใช้จ่ายงบประมาณ รายงานการใช้จ่ายงบประมาณ แผนการจัดซื้อจัดจ้าง ประกาศต่าง ๆ "
        "และสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
    ),
    SectionSpec(
        "hr", "การบริหารและพัฒนาทรัพยากรบุคคล",
        "นโยบายและแผนการบริหารทรัพยากรบุคคล หลักเกณฑ์การบริหารและพัฒนาบุคลากร "
        "การดำเนินการตามนโยบาย และรายงานผลประจำปี",
    ),
    SectionSpec(
        "transparency", "การส่งเสริมความโปร่งใส",
        "แนวปฏิบัติและช่องทางการแจ้งเรื่องร้องเรียนการทุจริต สถิติเรื่องร้องเรียน "
        "และการเปิดโอกาสให้ประชาชนมีส่วนร่วม",
    ),
    SectionSpec(
        "anti-corruption", "การป้องกันการทุจริต",
        "นโยบายไม่รับของขวัญ (No Gift Policy) การประเมินความเสี่ยงการทุจริต "
        "แผนปฏิบัติการป้องกันการทุจริต และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    ),
)

SECTION_BY_SLUG = {section.slug: section for section in SECTIONS}
