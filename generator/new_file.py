"""``oitgen new KIND NAME``: the text of a new, commented data file of one kind (pure; the CLI writes).

Each kind's example lives in ``generator/new_templates/<key>.<ext>`` (package data, not Python
strings) with ``$year`` where the file's year goes. The first line points the webmaster's editor at
the kind's JSON Schema (published by ``oitgen build`` under ``build/docs/schema/``), the same
convention as ``site_config.yml``; Markdown files carry it as the first line of the front matter and
CSV files cannot carry a comment (their header row names the columns). Every example is marked
``example: true`` so the site shows it as ข้อมูลสาธิต until the webmaster replaces it — except a
standard page's Thai default (``new_templates/standard_pages/<slug>.md``), real text to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase
from importlib.resources import files
from pathlib import PurePosixPath
from string import Template

from generator.load.agency import Kind
from generator.render.schemas import SCHEMA_DIR

_PART = re.compile(r"[a-z0-9][a-z0-9_-]*")
"""One part of a new file's name: lower-case ASCII letters, digits, ``-`` and ``_`` (safe in URLs)."""


class NewFileRefused(ValueError):
    """The name cannot make a file of this kind; the message is in English and Thai."""


@dataclass(frozen=True)
class NewFile:
    path: PurePosixPath
    """Relative to the agency root: ``content/<folder>/…``."""
    text: str


def find_kind(kinds: tuple[Kind, ...], word: str) -> Kind | None:
    """The kind a webmaster typed: its key, with ``-`` or ``_`` (``no-gift`` = ``no_gift``)."""
    wanted = word.strip().lower().replace("-", "_")
    return next((kind for kind in kinds if kind.key == wanted), None)


def new_file(kind: Kind, name: str | None, default_year: int) -> NewFile:
    """The path and text of a new file of ``kind`` named ``name`` (its wildcard parts, ``/``-separated)."""
    path = PurePosixPath("content", kind.folder, *_parts(kind, name)).with_suffix(kind.suffixes[0])
    body = Template(_template(kind, path.stem)).substitute(_values(name or "", default_year))
    return NewFile(path, _with_schema_line(kind, path, body))


_THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")


def _values(name: str, default_year: int) -> dict[str, str]:
    """``$year`` (BE) and ``$date``: a news item's Thai date from its ``YYYY-MM-DD-`` name (Christian
    era, as the demo's), a monthly procurement file's first working day (ISO) from ``<year>/<month>``."""
    if news := re.match(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", name):
        ce, month, day = map(int, news.groups())
        be = ce + 543 if ce < 2400 else ce
        return {"year": str(be), "date": f"{day} {_THAI_MONTHS[month - 1]} {be}"}
    if monthly := re.fullmatch(r"([0-9]{4})/([0-9]{2})", name):
        fiscal, month = map(int, monthly.groups())
        ce = fiscal - 543 - (month >= 10)
        return {"year": str(fiscal), "date": f"{ce}-{month:02d}-02"}
    year = re.match(r"[0-9]{4}", name)
    return {"year": year.group() if year else str(default_year), "date": ""}


def _parts(kind: Kind, name: str | None) -> list[str]:
    globs = kind.pattern.split("/")
    wild = [glob for glob in globs if any(c in glob for c in "*?[")]
    given = name.strip().split("/") if name and name.strip() else []
    if len(given) != len(wild):
        where = f"content/{kind.folder}/{kind.pattern}"
        raise NewFileRefused(f"{kind.key} needs a name of {len(wild)} part(s) for {where} / "
                             f"ชนิด {kind.key} ต้องระบุชื่อไฟล์ {len(wild)} ส่วน ตามรูปแบบ {where}")
    parts = iter(given)
    out = [glob if glob not in wild else next(parts) for glob in globs]
    for part, glob in zip(out, globs, strict=True):
        if not _PART.fullmatch(part) or not fnmatchcase(part, glob):
            raise NewFileRefused(f"'{part}' is not a valid file name here (lower-case a-z, 0-9, - and _; "
                                 f"pattern {glob}) / '{part}' ใช้เป็นชื่อไฟล์ไม่ได้ "
                                 f"(ใช้ได้เฉพาะ a-z 0-9 - และ _ ตามรูปแบบ {glob})")
    return out


def _template(kind: Kind, stem: str) -> str:
    """The kind's example, or its named template when it has one (``new_templates/<key>/<stem>``:
    a standard page's Thai default, which the site publishes while the agency has no such file)."""
    folder = files("generator") / "new_templates"
    named = folder / kind.key / f"{stem}{kind.suffixes[0]}"
    template = named if named.is_file() else folder / f"{kind.key}{kind.suffixes[0]}"
    return template.read_text(encoding="utf-8")


def _with_schema_line(kind: Kind, path: PurePosixPath, body: str) -> str:
    if kind.suffixes[0] == ".csv":
        return body
    up = "../" * (len(path.parts) - 1)
    line = f"# yaml-language-server: $schema={up}build/{SCHEMA_DIR}/{kind.key}.schema.json\n"
    if body.startswith("---\n"):
        return "---\n" + line + body.removeprefix("---\n")
    return line + body
