"""The Jinja2 environment for page templates: everything printed is escaped unless marked safe.

``finalize`` runs on every ``{{ … }}`` value before output, so a template cannot forget to escape a
value from data: only ``Markup`` built by our own helpers passes through unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from generator.render import escape
from generator.values.dates import format_thai_date
from generator.values.numbers import Amount, format_baht


def _finalize(value: object) -> object:
    if isinstance(value, Markup):
        return value
    if isinstance(value, dt.date):
        return escape.text(format_thai_date(value))
    if isinstance(value, Decimal):
        return escape.text(format_baht(value))
    return escape.text(value)


def baht(value: Amount | Decimal | None) -> Markup:
    """Money as ``10,000.00``; ``-`` for no amount; ไม่ใช้งบประมาณ for no budget."""
    if value is None:
        return Markup("-")
    if isinstance(value, Decimal):
        return escape.text(format_baht(value))
    return escape.text(str(value))


def make_environment(compiled: BytecodeCache | None = None) -> Environment:
    """The templates' environment; ``compiled``: where compiled templates are kept between runs
    (compiling them is about half a second of every build)."""
    env = Environment(
        loader=PackageLoader("generator.render", "templates"),
        bytecode_cache=compiled,
        # finalize escapes for Markdown *and* HTML first; autoescape then leaves that Markup alone
        # and makes macro output Markup too, so nothing is escaped twice.
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        baht=baht,
        thaidate=lambda d: escape.text(format_thai_date(d)) if d else Markup(""),
        paragraphs=escape.paragraphs,
        blocks=escape.blocks,
        safe_url=escape.safe_url,
    )
    return env
