"""A licence named in words only (``licence-not-identified``, warning): the catalogue files need the
licence's id (``site.data_licence_id``), and oitgen does not guess one from free text."""

from __future__ import annotations

from collections.abc import Iterator

from generator.diagnostics import Diagnostic, warning
from generator.load.agency import Agency
from generator.values.licences import LICENCES


def check(agency: Agency) -> Iterator[Diagnostic]:
    site = agency.config.site
    if site.data_licence is None or site.data_licence_id is not None:
        return
    known = ", ".join(LICENCES)
    yield warning(
        "licence-not-identified", agency.config_source.position_of(("site", "data_licence")),
        "site.data_licence",
        f"the licence is named only in words: add data_licence_id ({known}) so the open-data "
        "catalogue can name it; until then it says notspecified",
        f"ระบุสัญญาอนุญาตเป็นข้อความเท่านั้น ให้เพิ่ม data_licence_id ({known}) เพื่อให้บัญชีข้อมูลระบุสัญญาอนุญาตได้ "
        "ระหว่างนี้บัญชีข้อมูลจะแสดงว่าไม่ระบุ (notspecified)",
    )
