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

import html
import re
import unicodedata
from dataclasses import dataclass

_PLAIN = re.compile(r"[^\t\n\r\x20-\x7e\u0e00-\u0e4f\u0e5a-\u0e7f]|[&<\\*`~]")
"""A character that needs the slow path: anything beyond ASCII and Thai letters, or markup."""
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
