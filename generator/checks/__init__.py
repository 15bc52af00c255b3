"""Checks stage: every check is a function of the loaded agency yielding diagnostics.

A check has stable codes (documented in ``docs/checks.md``); errors stop the build, warnings are
printed and may be acknowledged by the data (see ``acknowledge``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.checks import (
    attachments,
    basic_info,
    complaint_totals,
    content_files,
    corrections_shown,
    detail_sheets,
    duplicates,
    file_names,
    ita_scores,
    personal_data,
    plan_rows,
    plan_totals,
    procurement,
    risk_scores,
    service_totals,
)
from generator.checks.acknowledge import apply_acknowledgements
from generator.checks.unknowns import mark_incomplete
from generator.diagnostics import Diagnostic, sort_key
from generator.load.agency import Agency

Check = Callable[[Agency], Iterable[Diagnostic]]

CHECKS: tuple[Check, ...] = (
    plan_totals.check,
    detail_sheets.check,
    plan_rows.check,
    duplicates.check,
    risk_scores.check,
    ita_scores.check,
    service_totals.check,
    complaint_totals.check,
    basic_info.check,
    content_files.check,
    procurement.check,
    personal_data.check,
    attachments.check,
    file_names.check,
    corrections_shown.check,
)


def run_checks(agency: Agency) -> list[Diagnostic]:
    """Run every check, then mark the warnings the data acknowledges."""
    found = mark_incomplete(agency, [diagnostic for check in CHECKS for diagnostic in check(agency)])
    return sorted(apply_acknowledgements(agency, found), key=sort_key)
