"""Text as a reader sees it, for *detecting* what must not be published (a person's ID).

A person reads ``&#49;``, ``１``, ``๑`` and ``1`` as the same digit, does not see a zero-width space
or a soft hyphen, and reads ``1<b>2345</b>`` or ``1**2345**`` (Markdown) as one number. The reader
view undoes all of that: HTML character references are decoded (Markdown and browsers do), each
character is NFKC-normalised, invisible format characters (Unicode category Cf: U+200B–U+200D,
U+2060, U+FEFF, the soft hyphen, direction marks), combining marks after a digit, tags and the
Markdown characters ``\\ * ` ~`` are dropped, and every decimal digit of any script becomes ASCII.

This is for detection only: which digits count as *numbers* is ``generator.values.numbers``' business
(ASCII and Thai only). Every character of the view keeps the span of the text it came from, so a
finding is reported where it is written.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass

_INERT = "".join(char for char in map(chr, range(0x2010, 0x2028))
                 if unicodedata.normalize("NFKC", char) == char
                 and unicodedata.category(char) in ("Pd", "Pi", "Pf", "Po"))
"""Typographic dashes, quotes and bullets (``—`` in every bid list): read as themselves."""
_PLAIN = re.compile(rf"[^\t\n\r\x20-\x7e\u0e00-\u0e7f{_INERT}]|[&<\\*`~]")
"""A character that needs the slow path: anything beyond ASCII, Thai letters and the inert
punctuation, or markup."""
_UNIT = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?"
                   r"|<[/!?A-Za-z][^<>\n]{0,200}>|[\s\S]")
"""One unit of source text: a character reference, a tag, or a single character."""
_DROPPED_MARKUP = frozenset("\\*`~")
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_TO_ASCII = str.maketrans(THAI_DIGITS, "0123456789")


@dataclass(frozen=True)
class ReaderView:
    """The reader's view of a text and, for each of its characters, the span it came from."""

    text: str
    starts: tuple[int, ...] | None
    """Start in the original text of each character; ``None`` when the view is the text itself."""
    ends: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``view.text[start:end]`` (``end > start``)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def needs_reading(text: str) -> bool:
    """False for plain ASCII/Thai text without markup, whose view only maps Thai digits."""
    return _PLAIN.search(text) is not None


def reader_view(text: str) -> ReaderView:
    """The text as read: plain ASCII/Thai text takes a fast path (only Thai digits change)."""
    if not needs_reading(text):
        return ReaderView(text.translate(_THAI_TO_ASCII), None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for unit in _UNIT.finditer(text):
        for char in _read(unit.group(), out[-1] if out else ""):
            out.append(char)
            starts.append(unit.start())
            ends.append(unit.end())
    return ReaderView("".join(out), tuple(starts), tuple(ends))


def _read(unit: str, previous: str) -> str:
    """What one unit of source text shows: a tag or markup shows nothing, a reference its
    character, a character its NFKC form without invisible parts, any digit as ASCII."""
    if len(unit) > 1:
        if unit[0] == "<":
            return ""
        unit = html.unescape(unit)
    elif unit in _DROPPED_MARKUP:
        return ""
    shown = []
    for char in unicodedata.normalize("NFKC", unit):
        category = unicodedata.category(char)
        if category == "Cf" or (category in ("Mn", "Me") and previous.isdigit()):
            continue
        if category == "Nd":
            char = str(unicodedata.decimal(char))
        shown.append(char)
        previous = char
    return "".join(shown)


_INLINE_TAGS = ("a|abbr|b|bdi|bdo|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup"
                "|time|u|var|wbr")
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})(?=[\s/>])[^<>]*>", re.IGNORECASE)
_OTHER_TAG = re.compile(r"</?[A-Za-z!?][^<>]*>")
_MARK_AFTER_DIGIT = re.compile(r"([0-9])[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff"
                               r"\u20d0-\u20ff\ufe20-\ufe2f]+")


@functools.cache
def _bulk_reading() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every character whose reading differs in a way that matters for digits, and its reading:
    invisible format characters and Markdown marks → nothing, any digit → ASCII, compatibility
    forms holding a digit or a separator (full-width, circled, superscript, odd spaces) → NFKC."""
    reading = {char: "" for char in _DROPPED_MARKUP}
    for code in (*range(0x80, 0x10000), *range(0x1D7CE, 0x1D800), 0x110BD, 0x110CD, 0xE0001,
                 *range(0xE0020, 0xE0080)):
        char = chr(code)
        if unicodedata.category(char) not in ("Cf", "Nd") and unicodedata.decomposition(char)[:1] != "<":
            continue  # neither invisible, nor a digit, nor a compatibility form
        if (shown := _read(char, "")) != char and (not shown or any(c in "0123456789 -./_" for c in shown)):
            reading[char] = shown
    return re.compile(f"[{_ranges(sorted(map(ord, reading)))}]"), reading


def _ranges(codes: list[int]) -> str:
    """A character class as ranges (``0-9``): a class of single characters beyond the BMP makes
    the regular expression engine test them one by one."""
    parts, start = [], codes[0]
    for previous, code in zip(codes, [*codes[1:], -1], strict=True):
        if code != previous + 1:
            parts.append(re.escape(chr(start)) + (f"-{re.escape(chr(previous))}" if previous > start else ""))
            start = code
    return "".join(parts)


def read_published(text: str) -> str:
    """A whole published file (HTML, XML, CSV, JSON text) as read, at C speed and without positions:
    the same reading as ``reader_view`` for digits and what separates them, except that tags of
    blocks (a cell, a paragraph) end a number: figures of neighbouring table cells are no ID."""
    text = html.unescape(_OTHER_TAG.sub(",", _INLINE_TAG.sub("", text)))
    pattern, reading = _bulk_reading()
    return _MARK_AFTER_DIGIT.sub(r"\1", pattern.sub(lambda found: reading[found.group()], text))
