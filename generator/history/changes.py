"""What changed between two versions of a data file, in one Thai sentence a citizen can read.

Both versions are read as data (YAML with oitgen's own loader — no aliases — or CSV rows) and
compared field by field: records added to or removed from a list, amounts changed (a field whose
value both times is an amount: ``budget: 10,000`` → ``12,000``, named with its path and both
values), and other fields changed (counted). A version that cannot be read says so.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from generator.diagnostics import FieldPath, format_path
from generator.load.yaml_source import parse_yaml
from generator.values.errors import ValueParseError
from generator.values.numbers import parse_amount

SHOWN_AMOUNTS = 5
NOT_AMOUNTS = ("year", "date", "month", "no", "item", "number", "count", "phone")
"""Fields holding numbers that are not money: a changed year or count is "other data"."""


@dataclass
class Changes:
    added: int = 0
    removed: int = 0
    amounts: list[tuple[str, str, str]] = field(default_factory=list)
    """(field, before, after) of each amount that changed."""
    other: int = 0


def read_data(name: str, text: str) -> Any:
    """The file's data, or ``None`` when this version cannot be read."""
    if name.endswith(".csv"):
        return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    if name.endswith(".md"):
        return {"text": text}
    source, _ = parse_yaml(text, name)
    return source.data if source is not None else None


def _amount(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    try:
        parse_amount(value)
    except (ValueParseError, ValueError, TypeError):
        return False
    return True


def compare(old: Any, new: Any, path: FieldPath = (), found: Changes | None = None) -> Changes:
    """Walk both versions together, collecting what changed."""
    found = found if found is not None else Changes()
    if isinstance(old, dict) and isinstance(new, dict):
        for key in dict.fromkeys([*old, *new]):  # file order, both versions
            if key in old and key in new:
                compare(old[key], new[key], (*path, key), found)
            else:
                found.other += 1
    elif isinstance(old, list) and isinstance(new, list):
        if all(isinstance(item, dict) for item in old + new):
            _records(old, new, path, found)
        else:
            for index in range(min(len(old), len(new))):
                compare(old[index], new[index], (*path, index), found)
            found.other += len(old) != len(new)
    elif old != new:
        name = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
        if _amount(old) and _amount(new) and not any(word in name.lower() for word in NOT_AMOUNTS):
            found.amounts.append((format_path(path), str(old), str(new)))
        else:
            found.other += 1
    return found


def _key(record: dict[str, Any]) -> str:
    """What names a record across versions: its number or title, else its whole text."""
    for name in ("no", "id", "title", "name", "aspect", "service_type", "risk"):
        if record.get(name) not in (None, ""):
            return f"{name}={record[name]}"
    return repr(sorted(record.items(), key=str))


def _records(old: list[dict[str, Any]], new: list[dict[str, Any]], path: FieldPath, found: Changes) -> None:
    """Records matched by their key, so an item inserted in the middle is one added record, not a
    change to every record after it."""
    matcher = SequenceMatcher(a=[_key(r) for r in old], b=[_key(r) for r in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for offset in range(min(i2 - i1, j2 - j1) if tag in ("equal", "replace") else 0):
            compare(old[i1 + offset], new[j1 + offset], (*path, j1 + offset), found)
        found.added += max(0, (j2 - j1) - (i2 - i1))
        found.removed += max(0, (i2 - i1) - (j2 - j1))


def sentence(changes: Changes) -> str:
    """One sentence: ``เพิ่ม 1 รายการ; แก้ไขจำนวนเงิน items[0].budget จาก 10,000 เป็น 12,000``."""
    parts = []
    if changes.added:
        parts.append(f"เพิ่ม {changes.added} รายการ")
    if changes.removed:
        parts.append(f"ลบ {changes.removed} รายการ")
    for where, before, after in changes.amounts[:SHOWN_AMOUNTS]:
        parts.append(f"แก้ไขจำนวนเงิน {where} จาก {before} เป็น {after}")
    if len(changes.amounts) > SHOWN_AMOUNTS:
        parts.append(f"แก้ไขจำนวนเงินอีก {len(changes.amounts) - SHOWN_AMOUNTS} จุด")
    if changes.other:
        parts.append(f"แก้ไขข้อมูลอื่น {changes.other} จุด")
    return "; ".join(parts) or "ไม่มีการเปลี่ยนแปลงข้อมูล (แก้ไขรูปแบบการเขียนเท่านั้น)"


def describe(name: str, old_text: str | None, new_text: str | None) -> str:
    """What one version changed relative to the one before it (``old_text`` None: the first)."""
    if new_text is None:
        return "ลบไฟล์ข้อมูลออกจากเว็บไซต์"
    new = read_data(name, new_text)
    if new is None:
        return "ฉบับนี้อ่านไม่ได้ (รูปแบบไฟล์ไม่ถูกต้อง)"
    if old_text is None:
        count = len(new) if isinstance(new, list) else None
        return "เผยแพร่ครั้งแรก" + (f" ({count} รายการ)" if count is not None else "")
    old = read_data(name, old_text)
    if old is None:
        return "แก้ไขจากฉบับก่อนหน้าที่อ่านไม่ได้"
    return sentence(compare(old, new))
