"""CSV cells a spreadsheet will not run as formulas (OWASP "CSV injection"), in one place.

Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@``
(and strip a leading tab or carriage return first), so ``=HYPERLINK("http://…")`` in a supplier's
name would become a live link or worse in every copy of a CSV that someone opens. A cell is
neutralised the way a spreadsheet user writes text that looks like a formula: with a leading
apostrophe (``'=1+1``). Both the published open data and the agency's own month files
(``content/procurement/<fy>/<MM>.csv``, written by ``oitgen import procurement``) use this one
definition, and the content loader reads ``'=…`` back as ``=…``.

A lone ``-`` is not a formula (spreadsheets keep it as text) and means "none" in แบบ สขร.1 (no
amount, no contract number), so it is written as it is.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
"""The spreadsheet's "this is text" prefix."""


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would evaluate ``text`` as a formula."""
    return text.startswith(FORMULA_START) and text != "-"


def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return TEXT_MARK + text if looks_like_formula(text) else text


def read_cell(text: str) -> str:
    """A cell as data: the text mark that ``csv_cell`` adds before a formula-like value is dropped."""
    marked = text.startswith(TEXT_MARK) and looks_like_formula(text[1:])
    return text[1:] if marked else text
