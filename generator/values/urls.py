"""Links from data: only schemes that are safe on a public page (DESIGN §6).

``javascript:``, ``data:``, ``vbscript:`` and the like run code or smuggle content in a link; a
relative address from data would escape MkDocs' link checking. So a link from data is a full
address starting with ``https://``, ``http://``, ``mailto:`` or ``tel:``, without spaces or control
characters (which browsers strip, turning ``java\tscript:`` back into ``javascript:``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from generator.values.errors import ValueParseError

SAFE_SCHEMES = ("https", "http", "mailto", "tel")


def _unsafe_character(text: str) -> bool:
    return any(ord(ch) <= 32 or 127 <= ord(ch) < 160 for ch in text)


def parse_url(value: Any) -> str:
    """A URL with an allowed scheme (and a host, for web links) and no control characters or spaces."""
    text = value.strip() if isinstance(value, str) else ""
    parts = urlsplit(text) if text and not _unsafe_character(text) else None
    scheme = parts.scheme.lower() if parts else ""
    web = scheme in {"https", "http"}
    if parts is None or scheme not in SAFE_SCHEMES or (web and not parts.netloc) \
            or text.rstrip(":/") == scheme:
        raise ValueParseError(
            "bad-url",
            f'"{value}" is not a link: write a full address starting with https://, http://, mailto: or tel:',
            f'"{value}" ไม่ใช่ลิงก์ที่ถูกต้อง ต้องขึ้นต้นด้วย https:// http:// mailto: หรือ tel:',
        )
    return text
