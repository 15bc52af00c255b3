"""The one exception the value parsers raise: a typed, bilingual parse error."""

from __future__ import annotations


class ValueParseError(ValueError):
    """A value that cannot be read; ``code`` is the stable diagnostic code."""

    def __init__(self, code: str, message: str, message_th: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.message_th = message_th
