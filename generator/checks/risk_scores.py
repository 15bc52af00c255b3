"""Risk scores: the worked example's printed ค่าความเสี่ยงรวม is recomputed as necessity × severity.

Code: ``total-mismatch`` (warning: printed score ≠ necessity × severity), with the details every
total-mismatch carries (printed, recomputed, label_th), so the page shows it in its findings note.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.checks.mismatch import count_mismatch
from generator.diagnostics import Diagnostic
from generator.load.agency import Agency

LABEL_TH = "ค่าความเสี่ยงรวม (ความจำเป็นของการเฝ้าระวัง × ความรุนแรงของผลกระทบ)"


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.risk:
        example = loaded.model.worked_example
        if example is None or example.stated_score is None:
            continue
        factors = f"{example.necessity} × {example.severity} ="
        found = count_mismatch(
            loaded, ("worked_example", "stated_score"), example.stated_score, example.score, LABEL_TH,
            f"necessity × severity is {factors}", f"ความจำเป็น × ความรุนแรง คำนวณได้ {factors}",
        )
        if found is not None:
            yield found
