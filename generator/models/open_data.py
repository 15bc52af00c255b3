"""``open_data:`` of ``site_config.yml``: the national catalogue's metadata of the site's datasets.

The fields and their vocabularies are those of the national data catalogue (CKAN ``thai_gdc``
scheming, ``ckanext/tgdcschema/ckan_dataset.json``; WEB-STANDARDS.md). Values given at the top
level are every dataset's defaults; ``datasets: {<name>: {...}}`` overrides them per dataset
(``<name>`` is the file stem under ``/data/``, e.g. ``service-statistics``). What is not given is
derived (``generator/opendata/metadata.py``): owner and source from the organisation, dates and
years from the data.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.models.base import Record, Text, ThaiDate
from generator.models.references import Email

Objective = Literal["พันธกิจหน่วยงาน", "ยุทธศาสตร์หน่วยงาน", "ยุทธศาสตร์ชาติ", "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ",
                    "แผนการปฏิรูปประเทศ", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", "นโยบายรัฐบาล",
                    "เพื่อการให้บริการประชาชน", "กฎหมายที่เกี่ยวข้อง", "อื่นๆ"]
UpdateFrequency = Literal["วัน", "สัปดาห์", "เดือน", "ไตรมาส", "ครึ่งปี", "ปี", "ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล",
                          "อื่นๆ"]
GeoCoverage = Literal["ไม่มีขอบเขตเชิงพื้นที่", "โลก", "ทวีปหรือกลุ่มประเทศ", "ประเทศ", "ภาค", "จังหวัด", "อำเภอ",
                      "ตำบล", "หมู่บ้าน", "เทศบาล/อบต.", "พิกัด", "อื่นๆ"]
DataType = Literal["ข้อมูลระเบียน", "ข้อมูลสถิติ", "ข้อมูลภูมิสารสนเทศเชิงพื้นที่", "ข้อมูลหลากหลายประเภท", "ข้อมูลประเภทอื่นๆ"]
DataCategory = Literal["ข้อมูลสาธารณะ", "ข้อมูลใช้ภายใน", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง", "ข้อมูลความลับทางราชการ"]
Classification = Literal["เปิดเผย", "ใช้ภายใน", "ลับ", "ลับมาก", "ลับที่สุด"]


class DatasetMetadata(Record):
    """Catalogue fields of a dataset; each optional here (defaults and derived values fill them)."""

    title: Text | None = None
    """ชื่อชุดข้อมูล (default: the dataset's Thai title)."""
    description: Text | None = None
    """รายละเอียด (default: the dataset's description)."""
    data_type: DataType | None = None
    """ประเภทชุดข้อมูล (default: ข้อมูลสถิติ for statistics, else ข้อมูลระเบียน)."""
    maintainer: Text | None = None
    """ชื่อผู้ติดต่อ: the contact unit (default: the organisation's name)."""
    maintainer_email: Email | None = None
    """อีเมลผู้ติดต่อ (default: the organisation's e-mail)."""
    keywords: list[Text] = Field(default_factory=list)
    """คำสำคัญ, added to the built-in ones (ITA, OIT, and the dataset's own)."""
    objective: Objective | None = None
    """วัตถุประสงค์ (default: กฎหมายที่เกี่ยวข้อง, the disclosure duty)."""
    update_frequency: UpdateFrequency | None = None
    """หน่วยความถี่ของการปรับปรุงข้อมูล (default: เดือน for monthly data, else ปี)."""
    geo_coverage: GeoCoverage | None = None
    """ขอบเขตเชิงภูมิศาสตร์ (default: เทศบาล/อบต. for a local government, else ประเทศ)."""
    data_source: Text | None = None
    """แหล่งที่มา (default: the organisation's name)."""
    data_category: DataCategory | None = None
    """หมวดหมู่ตามธรรมาภิบาลข้อมูล (default: ข้อมูลสาธารณะ)."""
    data_classification: Classification | None = None
    """ระดับชั้นข้อมูล (default: เปิดเผย)."""
    unit_of_measure: Text | None = None
    """หน่วยวัด, for statistics (default: the data's own unit column, when it has one)."""
    created: ThaiDate | None = None
    """วันที่สร้าง (default: the earliest date in the data)."""


class OpenDataSettings(DatasetMetadata):
    """``open_data:``: defaults for every dataset, and per-dataset overrides."""

    datasets: dict[str, DatasetMetadata] = Field(default_factory=dict)
    """Overrides by dataset name (the file stem under /data/)."""
