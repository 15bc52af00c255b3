"""The open-data licences an agency can name in ``site.data_licence_id`` (WEB-STANDARDS: the DGA
offers Creative Commons, Open Data Commons and the DGA Open Government Licence).

Each id is CKAN's own licence id where CKAN core has one (``cc-by``, ``cc-by-sa``, ``cc-nc``,
``odc-by``); ``gdc`` is the value of ``license_id`` in the national catalogue's ``thai_gdc``
schema (``ckanext/tgdcschema/ckan_dataset.json``), which the CKAN files publish; a licence that
vocabulary lacks is its ``อื่นๆ`` with the title in ``license_id_other``. The id is given, never
guessed from free text: an unknown id is an error listing the known ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.values.errors import ValueParseError

OTHER = "อื่นๆ"


@dataclass(frozen=True)
class Licence:
    id: str
    gdc: str
    """``license_id`` in the thai_gdc vocabulary."""
    title_en: str
    title_th: str
    url: str | None

    @property
    def title(self) -> str:
        return f"{self.title_th} / {self.title_en}"


_CC = "https://creativecommons.org/licenses/{}/4.0/"
LICENCES: dict[str, Licence] = {licence.id: licence for licence in (
    Licence("cc-by", "Creative Commons Attributions", "Creative Commons Attribution 4.0 (CC BY 4.0)",
            "ครีเอทีฟคอมมอนส์ แสดงที่มา 4.0", _CC.format("by")),
    Licence("cc-by-sa", "Creative Commons Attribution Share-Alike",
            "Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)",
            "ครีเอทีฟคอมมอนส์ แสดงที่มา-อนุญาตแบบเดียวกัน 4.0", _CC.format("by-sa")),
    Licence("cc-nc", "Creative Commons Attribution Non-Commercial",
            "Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)",
            "ครีเอทีฟคอมมอนส์ แสดงที่มา-ไม่ใช้เพื่อการค้า 4.0", _CC.format("by-nc")),
    Licence("cc-by-nd", "Creative Commons Attribution No-Derivs",
            "Creative Commons Attribution-NoDerivatives 4.0 (CC BY-ND 4.0)",
            "ครีเอทีฟคอมมอนส์ แสดงที่มา-ห้ามแก้ไขดัดแปลง 4.0", _CC.format("by-nd")),
    Licence("odc-by", "Open Data Common", "Open Data Commons Attribution License (ODC-By)",
            "สัญญาอนุญาต Open Data Commons แบบแสดงที่มา", "https://opendatacommons.org/licenses/by/"),
    Licence("dga-ogl", OTHER, "Open Government Licence - Thailand (DGA)",
            "สัญญาอนุญาตให้ใช้ข้อมูลเปิดภาครัฐ (สำนักงานพัฒนารัฐบาลดิจิทัล)", None),
)}


def parse_licence_id(value: Any) -> str:
    """A known licence id, exactly (``cc-by``); anything else is refused with the list."""
    if isinstance(value, str) and value.strip() in LICENCES:
        return value.strip()
    known = ", ".join(LICENCES)
    raise ValueParseError("unknown-licence", f'"{value}" is not a known licence id (use one of: {known})',
                          f'"{value}" ไม่ใช่รหัสสัญญาอนุญาตที่รู้จัก (ใช้ได้: {known})')
