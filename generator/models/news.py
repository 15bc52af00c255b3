"""News and announcements (ข่าวประชาสัมพันธ์): ``content/news/<YYYY-MM-DD>-<slug>.md``.

Each file is Markdown with YAML front matter (title, date, summary, category). The front matter
is read by the positioned YAML loader; the body reaches the model as the ``body`` field, typed as
Markdown: the only kind of field that is rendered as Markdown, then sanitised (DESIGN §5).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema

from generator.models.base import DataFile, Text, ThaiDate, as_validator
from generator.values.errors import ValueParseError


def _parse_markdown(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueParseError("wrong-type", "expected Markdown text", "ต้องเป็นข้อความ Markdown")
    return value.strip("\n")


MarkdownText = Annotated[str, PlainValidator(as_validator(_parse_markdown)), WithJsonSchema(
    {"type": "string", "description": "Markdown (tables, admonitions); HTML is sanitised"})]


class NewsCategory(StrEnum):
    NEWS = "ข่าวประชาสัมพันธ์"
    ANNOUNCEMENT = "ประกาศ"


class NewsItem(DataFile):
    """One news item or announcement: the front matter fields plus the Markdown body."""

    title: Text
    """Headline, shown as the item's heading, in lists and in the feed."""
    date: ThaiDate
    """Publication date; must match the date at the start of the file name."""
    summary: Text
    """One or two sentences: shown in lists, on the home page and in the feed."""
    category: NewsCategory = NewsCategory.NEWS
    """ข่าวประชาสัมพันธ์ (default) or ประกาศ."""
    body: MarkdownText = ""
    """The text after the front matter (not a front-matter key)."""
