"""The NACC's anti-corruption plan frameworks for local government: dimension numbers and titles.

Titles as printed in the seed documents: 2561 from อบต.โสกก่าม's FY 2561 plan (body headings,
seed 000 lines 105–205, dimension 1 from its table of contents line 34), 2566 from เทศบาลตำบล
บ้านต๋อม's 2566–2570 plan (seed 001 lines 60–66).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Framework:
    version: str
    name: str
    dimensions: dict[int, str]


FRAMEWORKS: dict[str, Framework] = {
    "2561": Framework("2561", "กรอบแผนป้องกันการทุจริต พ.ศ. 2561 (4 มิติ เดิม)", {
        1: "การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        2: "การบริหารราชการเพื่อป้องกันการทุจริต",
        3: "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
        4: "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น",
    }),
    "2566": Framework("2566", "กรอบแผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566–2570 (4 มิติ ใหม่)", {
        1: "การสร้างวัฒนธรรมสุจริต",
        2: "การบริหารราชการด้วยความโปร่งใส",
        3: "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
        4: "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
    }),
}
