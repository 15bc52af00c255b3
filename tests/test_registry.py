"""The kind registry is the one place a kind is declared: every check and page builder is reached
through it (or is a site-wide one), and every kind's key and files are its own."""

from __future__ import annotations

import importlib
import pkgutil

from pydantic import BaseModel

from generator import checks, render
from generator.checks import SITE_CHECKS
from generator.checks.content_files import _published_files
from generator.models.base import ImagePath, PdfPath
from generator.registry import KINDS

SITE_PAGE_MODULES = {"generator.render.section_pages", "generator.render.oit_pages"}
"""Built from all the kinds' pages, not from one kind."""


def _functions(package: object, name: str) -> dict[str, object]:
    found = {}
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):  # type: ignore[attr-defined]
        module = importlib.import_module(info.name)
        if callable(function := getattr(module, name, None)) and function.__module__ == info.name:
            found[info.name] = function
    return found


def test_kind_keys_are_unique() -> None:
    keys = [kind.key for kind in KINDS]
    assert len(keys) == len(set(keys))


def test_no_two_kinds_read_the_same_files() -> None:
    places = [(kind.folder, kind.pattern, kind.suffixes) for kind in KINDS]
    assert len(places) == len(set(places))


def test_every_check_module_is_declared_by_a_kind_or_is_a_site_check() -> None:
    declared = {check for kind in KINDS for check in kind.checks} | set(SITE_CHECKS)
    missing = [name for name, check in _functions(checks, "check").items() if check not in declared]
    assert missing == []


def test_every_page_builder_module_is_declared_by_a_kind() -> None:
    declared = {builder for kind in KINDS for builder in kind.pages}
    missing = [name for name, builder in _functions(render, "pages").items()
               if builder not in declared and name not in SITE_PAGE_MODULES]
    assert missing == []


def test_file_bearing_fields_are_found_by_their_type_in_every_kind() -> None:
    class Person(BaseModel):
        photo: ImagePath | None = None
        name: str = ""

    class Record(BaseModel):
        people: list[Person]
        report: PdfPath
        named: dict[str, Person] = {}

    record = Record(people=[Person(photo="a/one.png"), Person()], report="r.pdf",
                    named={"chief": Person(photo="c.svg", name="not/a/file.png")})
    assert list(_published_files(record, ())) == [
        (("people", 0, "photo"), "a/one.png", ("png", "jpeg", "svg")),
        (("report",), "r.pdf", ("pdf",)),
        (("named", "chief", "photo"), "c.svg", ("png", "jpeg", "svg")),
    ]
