"""Paths of files inside ``content/`` as data names them (attachments, photos, the plan PDF).

Checked where they enter (DESIGN §6): relative to ``content/``, no way out of it (``..``, an
absolute path, a drive letter), no characters that would make a bad URL or file name. Whether the
file exists, stays inside ``content/`` after symbolic links and holds what its name says is
checked later, with the agency's directory at hand (``generator/checks/content_files.py``).
"""

from __future__ import annotations

import re
from typing import Any

from generator.values.errors import ValueParseError

_PATH_PART = re.compile(r"^[^\x00-\x1f<>:\"|?*\\]+$")


def parse_content_path(value: Any) -> str:
    """A file inside ``content/``, written relative to it: ``organisation/photos/mayor.svg``."""
    if not isinstance(value, str):
        raise ValueParseError("wrong-type", "expected text", "ต้องเป็นข้อความ")
    text = value.strip()
    parts = text.split("/")
    problem = None
    if not text or text.startswith("/") or re.match(r"^[A-Za-z]:", text):
        problem = ("must be a relative path inside content/", "ต้องเป็นตำแหน่งไฟล์แบบสัมพัทธ์ภายในโฟลเดอร์ content/")
    elif parts[0] == "content":
        problem = ("write the path relative to content/ (without 'content/')",
                   "ให้เขียนตำแหน่งไฟล์นับจากโฟลเดอร์ content/ (ไม่ต้องขึ้นต้นด้วย content/)")
    elif any(part in {"", ".", ".."} or not _PATH_PART.match(part) for part in parts):
        problem = ("must not contain '..', empty parts, backslashes or special characters",
                   "ห้ามมี '..' ส่วนที่ว่าง เครื่องหมาย \\ หรืออักขระพิเศษ")
    if problem:
        raise ValueParseError("bad-path", f'"{text}": {problem[0]}', f'"{text}": {problem[1]}')
    return text
