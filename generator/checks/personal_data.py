"""Personal data in published data (PDPA 2562; DESIGN §5): every string of every loaded file.

Codes:

- ``personal-id`` (error): a person's 13-digit national ID (valid check digit, first digit 1–8),
  however it is written (as a reader sees it: ``generator.values.national_id``), anywhere: a field,
  a list item, a key, a news body, any part of a data file's path (its page's address).
- ``misplaced-tax-id`` (error): a valid 13-digit number starting with 0 outside a field typed as a
  tax ID. Such numbers are juristic persons' tax IDs, but also the IDs of people without Thai
  registration status, so only a field that says it holds a tax ID may carry one.
- ``personal-contact`` (warning): a mobile phone number (06, 08, 09…) or an e-mail address inside
  free text. Fields typed for contact (phone, e-mail, link) are meant for them, and any number or
  address published in such a field (the office's own) is not reported elsewhere either.

Messages never repeat a whole ID: CI logs are public too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from generator.checks.field_types import parsers_at
from generator.diagnostics import Diagnostic, FieldPath, Position, error, format_path, warning
from generator.load.agency import Agency
from generator.load.yaml_source import SourceFile
from generator.models.references import parse_email, parse_phone
from generator.values.national_id import FoundId, Holder, find_ids, may_hold_id
from generator.values.numbers import to_arabic_digits
from generator.values.paths import parse_content_path
from generator.values.tax_id import parse_juristic_tax_id
from generator.values.urls import parse_url

TAX_ID_PARSERS: frozenset[Callable[..., Any]] = frozenset({parse_juristic_tax_id})
CONTACT_PARSERS: frozenset[Callable[..., Any]] = frozenset({parse_email, parse_phone, parse_url})
NOT_FREE_TEXT = CONTACT_PARSERS | TAX_ID_PARSERS | {parse_content_path}

_DIGIT = "[0-9\u0e50-\u0e59]"
_MOBILE = re.compile(rf"(?<![0-9\u0e50-\u0e59+])(?:[0\u0e50]|\+66[ -]?)[689\u0e56\u0e58\u0e59]"
                     rf"(?:[ -]?{_DIGIT}){{8}}(?![ -]?{_DIGIT})")
_LONG_NUMBER = re.compile(rf"{_DIGIT}(?:[ \u00a0\-–]?{_DIGIT}){{8}}")
"""Nine digits in a row (spaces and dashes allowed): the least an ID or a mobile number needs."""
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")


@dataclass(frozen=True)
class _Text:
    """A string of a data file that holds an ID or a contact: where it sits, what its field is."""

    value: str
    path: FieldPath
    parsers: frozenset[Callable[..., Any]]
    is_key: bool
    ids: list[FoundId]
    contacts: list[re.Match[str]]


def check(agency: Agency) -> Iterator[Diagnostic]:
    files = [(agency.config_source, type(agency.config)),
             *((loaded.source, type(loaded.model)) for loaded in agency.all_loaded())]
    finds = _Finds()
    found = [(source, text) for source, model in files for text in _suspects(source.data, model, finds)]
    published = {_contact_key(match) for _, text in found if text.parsers & CONTACT_PARSERS
                 for match in text.contacts}
    for source, _ in files:
        yield from _file_name_ids(source)
    for source, text in found:
        yield from _ids(source, text)
        if not text.is_key and not text.parsers & NOT_FREE_TEXT:
            yield from _private_contacts(source, text, published)


class _Finds(dict[str, "tuple[list[FoundId], list[re.Match[str]]] | None"]):
    """What each distinct string holds (IDs, contacts), looked for once per run: names, tax IDs,
    methods and reasons repeat on thousands of rows. Strings without a finding map to None."""

    def __missing__(self, text: str) -> tuple[list[FoundId], list[re.Match[str]]] | None:
        found = None
        if _may_hold(text):
            ids, contacts = find_ids(text), _contacts(text)
            found = (ids, contacts) if ids or contacts else None
        self[text] = found
        return found


def _suspects(data: Any, model: type[BaseModel], finds: _Finds) -> Iterator[_Text]:
    """The strings of a parsed file (keys too, each before its value) that hold an ID or a
    contact: a file of 12,000 rows has some 200,000 strings and few suspects, so a string's path is
    made only for a suspect, and only blocks and lists wait on the stack. Iterative, so no
    recursion limit to worry about (the loader caps nesting anyway)."""
    if isinstance(data, str):
        yield from _suspect(data, (), model, False, finds)
    stack: list[tuple[FieldPath, Any]] = [((), data)]
    keys_seen: set[str] = set()  # the same few field names repeat on every row
    while stack:
        path, value = stack.pop()
        is_dict = isinstance(value, dict)
        for key, item in value.items() if is_dict else enumerate(value) if isinstance(value, list) else ():
            if is_dict and isinstance(key, str) and key not in keys_seen:
                keys_seen.add(key)
                yield from _suspect(key, (*path, key), model, True, finds)
            if isinstance(item, str):
                if finds[item] is not None:
                    yield from _suspect(item, (*path, key), model, False, finds)
            elif isinstance(item, dict | list):
                stack.append(((*path, key), item))


def _may_hold(text: str) -> bool:
    """True for every string ``_suspect`` finds something in: an e-mail address needs its ``@``,
    and a phone number or an ID nine digits or more (``_LONG_NUMBER``, ``may_hold_id``)."""
    return "@" in text or (len(text) >= 9 and (_LONG_NUMBER.search(text) is not None or may_hold_id(text)))


def _suspect(value: str, path: FieldPath, model: type[BaseModel], is_key: bool,
             finds: _Finds) -> Iterator[_Text]:
    if (found := finds[value]) is not None:
        ids, contacts = found
        yield _Text(value, path, frozenset() if is_key else parsers_at(model, path), is_key, ids, contacts)


def _where(source: SourceFile, text: _Text, start: int) -> tuple[Position, tuple[str, str]]:
    """The value's position, and which line of a multi-line value holds the match."""
    line = text.value.count("\n", 0, start) + 1
    extra = (f" (line {line} of the text)", f" (บรรทัดที่ {line} ของข้อความ)") if "\n" in text.value else ("", "")
    return source.position_of(text.path), extra


def _ids(source: SourceFile, text: _Text) -> Iterator[Diagnostic]:
    for found in text.ids:
        position, (where_en, where_th) = _where(source, text, found.start)
        field = format_path(text.path)
        if found.holder is Holder.PERSON:
            yield error(
                "personal-id", position, field,
                f"a person's national ID number ({found.masked}){where_en} must not be published: "
                "remove it (PDPA)",
                f"พบเลขประจำตัวประชาชนของบุคคล ({found.masked}){where_th} ห้ามเผยแพร่ตาม "
                "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล กรุณาลบออก",
            )
        elif found.holder is Holder.JURISTIC and not text.parsers & TAX_ID_PARSERS:
            yield error(
                "misplaced-tax-id", position, field,
                f"a 13-digit ID starting with 0 ({found.masked}){where_en} may only be given in a field "
                "for a tax ID (e.g. winner_tax_id): it may also identify a person",
                f"พบเลข 13 หลักที่ขึ้นต้นด้วย 0 ({found.masked}){where_th} ให้ระบุได้เฉพาะในช่องเลขประจำตัว"
                "ผู้เสียภาษี (เช่น winner_tax_id) เพราะอาจเป็นเลขประจำตัวของบุคคลได้",
            )


def _file_name_ids(source: SourceFile) -> Iterator[Diagnostic]:
    """A data file's name is its page's address (and a news item's feed and search entry), so an
    ID in any part of the path is published as surely as one in a field."""
    for found in find_ids(source.path):
        code, what_en, what_th = (("personal-id", "a person's national ID number", "เลขประจำตัวประชาชนของบุคคล")
                                  if found.holder is Holder.PERSON else
                                  ("misplaced-tax-id", "a 13-digit ID", "เลข 13 หลัก"))
        if found.holder is not Holder.UNISSUED:
            yield error(code, Position(source.path), "",
                        f"the file name holds {what_en} ({found.masked}), which would be published in "
                        "the page's address: rename the file",
                        f"ชื่อไฟล์มี{what_th} ({found.masked}) ซึ่งจะถูกเผยแพร่ในที่อยู่หน้าเว็บ "
                        "กรุณาเปลี่ยนชื่อไฟล์")


def _contacts(value: str) -> list[re.Match[str]]:
    phones = list(_MOBILE.finditer(value))
    return phones + list(_EMAIL.finditer(value)) if "@" in value else phones


def _contact_key(found: re.Match[str]) -> str:
    """Phone numbers compare by their digits (+66 8… = 08…), e-mail addresses case-insensitively."""
    text = found.group()
    if "@" in text:
        return text.casefold()
    digits = re.sub(r"\D", "", to_arabic_digits(text))
    return "0" + digits[2:] if digits.startswith("66") else digits


def _private_contacts(source: SourceFile, text: _Text, published: set[str]) -> Iterator[Diagnostic]:
    for found in text.contacts:
        if _contact_key(found) in published or _inside_id(text, found):
            continue
        what_en, what_th = ("an e-mail address", "อีเมล") if "@" in found.group() \
            else ("a mobile phone number", "หมายเลขโทรศัพท์มือถือ")
        position, (where_en, where_th) = _where(source, text, found.start())
        yield warning(
            "personal-contact", position, format_path(text.path),
            f"{what_en}{where_en} in free text may be a person's private contact: publish the office's "
            "contact in its own field, or acknowledge this warning",
            f"พบ{what_th}{where_th} ในข้อความ ซึ่งอาจเป็นข้อมูลติดต่อส่วนตัวของบุคคล ให้ใช้ช่องทางติดต่อของ"
            "หน่วยงานในช่องข้อมูลติดต่อ หรือรับทราบคำเตือนนี้ (acknowledged)",
        )


def _inside_id(text: _Text, found: re.Match[str]) -> bool:
    """A phone-like run inside a 13-digit ID is the ID's business, reported once as such."""
    return any(ident.start <= found.start() and found.end() <= ident.end for ident in text.ids)
