"""Values that point somewhere: an e-mail address, a phone number, a file in ``content/``.

Each is checked where it enters (DESIGN §6), like web links (``generator.models.links.Url``):
e-mail and phone in a shape that makes a safe ``mailto:``/``tel:`` link; file paths relative to
``content/`` with no way out of it. Whether a file exists and what it holds is checked
later, with the agency's directory at hand (``generator/checks/content_files.py``).
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema

from generator.models.base import ContentPath, as_validator
from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits
from generator.values.paths import parse_content_path

__all__ = ["ContentPath", "Email", "Phone", "parse_content_path", "parse_email", "parse_phone",
           "tel_href"]

_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{4,}[0-9](?:\s*(?:ต่อ|#|ext\.?)\s*[0-9]{1,6})?$")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueParseError("wrong-type", "expected text", "ต้องเป็นข้อความ")
    return value.strip()


def parse_email(value: Any) -> str:
    text = _text(value)
    if not _EMAIL.match(text):
        raise ValueParseError("bad-email", f'"{text}" is not an e-mail address',
                              f'"{text}" ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง')
    return text


def parse_phone(value: Any) -> str:
    """A phone number as written (``0 5300 0000``, ``053-000000 ต่อ 12``); Thai digits become Arabic."""
    text = to_arabic_digits(_text(value))
    if not _PHONE.match(text):
        raise ValueParseError(
            "bad-phone", f'"{text}" is not a phone number (digits, spaces, -, and "ต่อ" for an extension)',
            f'"{text}" ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง (ใช้ตัวเลข ช่องว่าง - และ "ต่อ" สำหรับเบอร์ภายใน)',
        )
    return text


def tel_href(phone: str) -> str:
    """``0 5300 0000 ต่อ 12`` → ``tel:053000000``: the dialable part only."""
    main = re.split(r"ต่อ|#|ext", phone)[0]
    return "tel:" + re.sub(r"[^0-9+]", "", main)


Email = Annotated[str, PlainValidator(as_validator(parse_email)), WithJsonSchema(
    {"type": "string", "format": "email"})]
Phone = Annotated[str, PlainValidator(as_validator(parse_phone)), WithJsonSchema(
    {"type": "string", "description": "0 5300 0000 | 053-000000 ต่อ 12"})]
