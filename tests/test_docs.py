"""The webmaster's documentation keeps up with the code: every diagnostic code is explained.

Codes are found where diagnostics are made: the first argument of ``error(…)``, ``warning(…)``,
``ValueParseError(…)``, ``PydanticCustomError(…)`` or an ``inconsistent(…)`` helper, written as a
string literal. ``docs/checks.md`` lists each in the first column of a table as `` `code` ``.
"""

from __future__ import annotations

import re

from tests.conftest import REPO

_MADE = re.compile(
    r'\b(?:error|warning|ValueParseError|PydanticCustomError|_?inconsistent)\(\s*"([a-z][a-z0-9-]*)"')
_DOCUMENTED = re.compile(r"^\| `([a-z][a-z0-9-]*)` \|", flags=re.M)


def codes_in_generator() -> dict[str, str]:
    """Each code and a module that makes it."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "generator").rglob("*.py")):
        for match in _MADE.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(1), str(path.relative_to(REPO)))
    return found


def test_the_code_finder_sees_the_known_codes() -> None:
    found = codes_in_generator()
    assert {"bad-amount", "duplicate-key", "yaml-alias", "personal-id", "unknown-key", "total-mismatch",
            "bad-url", "inconsistent"} <= set(found)


def test_every_diagnostic_code_is_documented_in_checks_md() -> None:
    documented = set(_DOCUMENTED.findall((REPO / "docs/checks.md").read_text(encoding="utf-8")))
    missing = {code: module for code, module in codes_in_generator().items() if code not in documented}
    assert missing == {}, "add these codes to docs/checks.md"
