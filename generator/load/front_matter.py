"""Read a Markdown file with YAML front matter, keeping file positions for every front-matter value.

The front matter between the ``---`` lines goes through the same positioned YAML loader as every
data file, with line numbers shifted to the file's own, so an error names ``file.md:line:column``.
The text after it becomes the ``body`` value (a Markdown field), positioned at its first line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from generator.diagnostics import Diagnostic, Position, error
from generator.load.yaml_source import DEFAULT_MAX_BYTES, SourceFile, parse_yaml

NEWS_FILE_NAME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
_FENCE = "---"


def read_news_file(path: Path, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """A news file: ``<YYYY-MM-DD>-<slug>.md`` (the name is its URL), Markdown with front matter."""
    problems = []
    if not NEWS_FILE_NAME.match(path.name):
        problems.append(error(
            "bad-file-name", Position(relpath), "",
            "a news file is named <YYYY-MM-DD>-<slug>.md, the slug in lower-case a-z, 0-9 and '-' "
            "(e.g. 2024-11-05-road-repair.md)",
            "ชื่อไฟล์ข่าวต้องเป็น <ปปปป-ดด-วว>-<ชื่อภาษาอังกฤษ>.md ใช้ a-z 0-9 และ - เท่านั้น "
            "(เช่น 2024-11-05-road-repair.md)",
        ))
    source, more = read_front_matter_file(path, relpath)
    problems += more
    return (None if problems else source), problems


def read_front_matter_file(path: Path, relpath: str, max_bytes: int = DEFAULT_MAX_BYTES,
                           ) -> tuple[SourceFile | None, list[Diagnostic]]:
    size = path.stat().st_size
    if size > max_bytes:
        return None, [error(
            "file-too-large", Position(relpath), "", f"file is {size:,} bytes; the limit is {max_bytes:,}",
            f"ไฟล์มีขนาด {size:,} ไบต์ เกินขีดจำกัด {max_bytes:,} ไบต์",
        )]
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [error("not-utf8", Position(relpath, 1, 1), "",
                            "file is not UTF-8 text; save it as UTF-8",
                            "ไฟล์ไม่ได้บันทึกเป็น UTF-8 กรุณาบันทึกใหม่ด้วยการเข้ารหัส UTF-8")]
    return parse_front_matter(text, relpath)


def parse_front_matter(text: str, relpath: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    end = _closing_fence(lines)
    if end is None:
        return None, [error(
            "missing-front-matter", Position(relpath, 1, 1), "",
            "the file must start with front matter: a line '---', the fields (title, date, summary), "
            "then another '---'",
            "ไฟล์ต้องเริ่มด้วยส่วนหัว: บรรทัด '---' ตามด้วยข้อมูล (title, date, summary) แล้วปิดด้วย '---'",
        )]
    source, problems = parse_yaml("\n".join(lines[1:end]), relpath)
    problems = [replace(p, position=_shift(p.position)) for p in problems]
    if source is None:
        return None, problems
    data = {} if source.data is None else source.data
    positions = {key: _shift(pos) for key, pos in source.positions.items()}
    if not isinstance(data, dict):
        return None, [*problems, error("wrong-type", Position(relpath, 2, 1), "",
                                       "front matter must be fields (key: value)",
                                       "ส่วนหัวต้องเป็นข้อมูลแบบ key: value")]
    if "body" in data:
        return None, [*problems, error(
            "unknown-key", positions[("body",)], "body",
            "'body' is not a front-matter field: the text after the closing '---' is the body",
            "'body' ไม่ใช่ข้อมูลในส่วนหัว เนื้อหาข่าวคือข้อความหลังบรรทัด '---' ที่ปิดส่วนหัว",
        )]
    data["body"] = "\n".join(lines[end + 1:])
    positions[()] = Position(relpath, 1, 1)
    positions[("body",)] = Position(relpath, min(end + 2, len(lines)), 1)
    return SourceFile(relpath, data, positions), problems


def _closing_fence(lines: list[str]) -> int | None:
    if not lines or lines[0].rstrip() != _FENCE:
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (_FENCE, "..."):
            return index
    return None


def _shift(position: Position) -> Position:
    """The front matter starts on the file's line 2: YAML line n is file line n + 1."""
    if not position.line:
        return position
    return replace(position, line=position.line + 1)
