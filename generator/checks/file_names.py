"""File names that make stable page addresses (``bad-file-name``, error).

A data file's name is its page's URL (``content/plans/2566-2570.yml`` → ``…/plans/2566-2570/``),
and assessors paste these URLs into the assessment system, so names are limited to lower-case
ASCII letters, digits and ``-``: no spaces, no Thai, no characters a URL must escape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.diagnostics import Diagnostic, Position, error
from generator.load.agency import Agency

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.all_loaded():
        if _NAME.match(loaded.slug) and loaded.slug != "index":
            continue
        yield error(
            "bad-file-name", Position(loaded.source.path), "",
            f"'{loaded.slug}' cannot be a page address: name the file with lower-case a-z, "
            "digits and -, e.g. hr-policy-2568.yml",
            f"ชื่อไฟล์ '{loaded.slug}' ใช้เป็นที่อยู่หน้าเว็บไม่ได้ "
            "ให้ตั้งชื่อด้วยอักษร a-z ตัวเล็ก ตัวเลข และ - เช่น hr-policy-2568.yml",
        )
