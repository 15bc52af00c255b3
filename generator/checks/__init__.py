"""Checks stage: every check is a function of the loaded agency yielding diagnostics.

Each kind's own checks are declared with the kind (``generator.registry``) and reach this stage
through ``agency.kinds``; the site checks below read every kind.

A check has stable codes (documented in ``docs/checks.md``); errors stop the build, warnings are
printed and may be acknowledged by the data (see ``acknowledge``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.checks import (
    attachments,
    content_files,
    corrections_shown,
    file_names,
    licence,
    personal_data,
)
from generator.checks.acknowledge import apply_acknowledgements
from generator.checks.unknowns import mark_incomplete
from generator.diagnostics import Diagnostic, sort_key
from generator.load.agency import Agency

Check = Callable[[Agency], Iterable[Diagnostic]]

SITE_CHECKS: tuple[Check, ...] = (
    content_files.check,
    personal_data.check,
    attachments.check,
    file_names.check,
    corrections_shown.check,
    licence.check,
)
"""Checks over every kind's files; a kind's own checks are declared with the kind."""


def checks_of(agency: Agency) -> list[Check]:
    """The kinds' checks (each once, in registry order), then the site checks."""
    kind_checks = dict.fromkeys(check for kind in agency.kinds for check in kind.checks)
    return [*kind_checks, *SITE_CHECKS]


def run_checks(agency: Agency) -> list[Diagnostic]:
    """Run every check, then mark the warnings the data acknowledges."""
    found = [diagnostic for check in checks_of(agency) for diagnostic in check(agency)]
    found = mark_incomplete(agency, found)
    return sorted(apply_acknowledgements(agency, found), key=sort_key)
