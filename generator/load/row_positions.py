"""The positions of a table's cells, worked out when asked instead of stored one by one.

A month file of 12,000 rows and 15 columns has 180,000 cells; a ``Position`` and a field-path key
for each took some 50 MB of a loaded agency and most of its load cache. A table's layout says it
all in two lists: the line each row starts on and the column of each field. ``RowPositions`` is
the mapping ``SourceFile.positions`` expects (``("rows", 4, "winner", "price")`` → ``file:7:8``),
answering from those lists; positions set on it (what ``plan.yml`` says about the month, a
correction's value) are kept as given and come first.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping

from generator.diagnostics import FieldPath, Position

ROWS = "rows"


class RowPositions(MutableMapping[FieldPath, Position]):
    """``("rows", i)`` → the row's line, column 1; ``("rows", i, *field)`` → its cell, for each field
    in ``columns`` (field path → 1-based column) but those ``absent`` from row ``i``."""

    __slots__ = ("absent", "columns", "file", "given", "lines")

    def __init__(self, file: str, lines: list[int], columns: dict[FieldPath, int],
                 absent: Mapping[int, frozenset[FieldPath]], given: dict[FieldPath, Position]) -> None:
        self.file = file
        self.lines = lines
        """The line each row starts on."""
        self.columns = columns
        self.absent = absent
        """Fields without a position in a row (by row index; most rows have none)."""
        self.given = given
        """Positions set one by one: the file's own, the notes from ``plan.yml``, corrections."""

    def __getitem__(self, path: FieldPath) -> Position:
        found = self.given.get(path)
        if found is not None:
            return found
        if len(path) >= 2 and path[0] == ROWS and type(path[1]) is int and 0 <= path[1] < len(self.lines):
            index, field = path[1], path[2:]
            if not field:
                return Position(self.file, self.lines[index], 1)
            column = self.columns.get(field)
            if column is not None and field not in self.absent.get(index, ()):
                return Position(self.file, self.lines[index], column)
        raise KeyError(path)

    def __setitem__(self, path: FieldPath, position: Position) -> None:
        self.given[path] = position

    def __delitem__(self, path: FieldPath) -> None:
        del self.given[path]  # a row's own cells cannot be removed: it is read as it was written

    def __iter__(self) -> Iterator[FieldPath]:
        yield from self.given
        for index in range(len(self.lines)):
            if (ROWS, index) not in self.given:
                yield ROWS, index
            absent = self.absent.get(index, ())
            for field in self.columns:
                if field not in absent and (ROWS, index, *field) not in self.given:
                    yield ROWS, index, *field

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, path: object) -> bool:
        try:
            self[path]  # type: ignore[index]
        except (KeyError, TypeError):
            return False
        return True

    def __copy__(self) -> RowPositions:
        """A copy to set positions on (a correction's): the layout is shared, never changed."""
        return RowPositions(self.file, self.lines, self.columns, self.absent, dict(self.given))
