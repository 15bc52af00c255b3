"""The agency's executives (ข้อมูลผู้บริหาร): ``content/organisation/executives.yml``.

OIT asks for each executive's name, position, photo and contact, "ตำแหน่งว่าง" for a vacant post,
and, for a local government (อปท.), both the political side (นายก, รองนายก, เลขานุการนายก) and the
permanent side (ปลัด, รองปลัด, หัวหน้าส่วนราชการ). Contact details are the office's: the site
publishes no personal phone numbers or addresses.
"""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.models.base import DataFile, ImagePath, Record, Text, ThaiDate
from generator.models.profile import missing_alt
from generator.models.references import Email, Phone

VACANT = "ตำแหน่งว่าง"


class Executive(Record):
    """One post and who holds it."""

    position: Text
    """The post, e.g. นายกองค์การบริหารส่วนตำบล."""
    name: Text | None = None
    """Who holds it; leave empty (null) for a vacant post, shown as ตำแหน่งว่าง."""
    acting: Text | None = None
    """Who acts in a vacant post, e.g. "นาย… รองปลัด ฯ รักษาราชการแทน" (optional)."""
    photo: ImagePath | None = None
    """Portrait as a PNG, JPEG or SVG file, relative to content/ (e.g. organisation/photos/mayor.jpg)."""
    photo_alt: Text | None = None
    """Text alternative for the photo; required when ``photo`` is given."""
    phone: Phone | None = None
    """Office phone number (not a personal one)."""
    email: Email | None = None
    """Office e-mail address."""
    note: Text | None = None
    """A remark shown on the card, e.g. since when the post is held."""

    @model_validator(mode="after")
    def _photo_has_alt(self) -> Executive:
        if self.photo and not self.photo_alt:
            raise missing_alt("photo", "photo_alt")
        return self

    @property
    def vacant(self) -> bool:
        return not self.name

    @property
    def display_name(self) -> str:
        return self.name or VACANT


class Executives(DataFile):
    """Both sides of the agency's leadership, each in order of rank."""

    updated: ThaiDate | None = None
    """Date the list was last checked (ข้อมูล ณ วันที่)."""
    political: list[Executive] = Field(default_factory=list)
    """ฝ่ายการเมือง: นายก, รองนายก, เลขานุการนายก, ที่ปรึกษานายก (local governments)."""
    permanent: list[Executive] = Field(default_factory=list)
    """ฝ่ายประจำ: ปลัด, รองปลัด, heads of divisions (every agency)."""

    @model_validator(mode="after")
    def _someone_listed(self) -> Executives:
        if not self.political and not self.permanent:
            raise PydanticCustomError("no-executives", "{en}", {
                "en": "list at least one executive under 'political' or 'permanent'",
                "th": "ต้องมีผู้บริหารอย่างน้อยหนึ่งตำแหน่งใน 'political' หรือ 'permanent'",
            })
        return self
