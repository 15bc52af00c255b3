"""Acknowledged warnings: data may say a warning is published knowingly, with a reason.

An acknowledged warning stays a diagnostic (printed, and shown on its page as a note) but no
longer fails ``--strict``. An acknowledgement that matches no warning is itself a warning
(``unused-acknowledgement``), so stale ones do not pile up.
"""

from __future__ import annotations

from generator.diagnostics import Diagnostic, warning
from generator.load.agency import Agency
from generator.values.numbers import to_arabic_digits


def _normal(path: str) -> str:
    return to_arabic_digits(path).replace(" ", "")


def apply_acknowledgements(agency: Agency, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    result = list(diagnostics)
    for loaded in agency.all_loaded():
        for index, ack in enumerate(loaded.model.acknowledged):
            matched = False
            for i, diagnostic in enumerate(result):
                if (not diagnostic.is_error and diagnostic.position.file == loaded.source.path
                        and diagnostic.code == ack.code and _normal(diagnostic.field) == _normal(ack.at)):
                    result[i] = diagnostic.acknowledge(ack.reason)
                    matched = True
            if not matched:
                at = loaded.source.position_of(("acknowledged", index))
                result.append(warning(
                    "unused-acknowledgement", at, f"acknowledged[{index}]",
                    f"no '{ack.code}' warning at '{ack.at}' to acknowledge",
                    f"ไม่มีคำเตือน '{ack.code}' ที่ตำแหน่ง '{ack.at}' ให้รับทราบ",
                ))
    return result
