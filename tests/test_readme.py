"""The README and the guides say what the tool does: their sample output is the tool's, their links
stay inside the repository (a clone has no ../shared/)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import DEMO, REPO, copy_agency, edit_file, run_cli

GUIDES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_readmes_sample_message_is_what_oitgen_check_prints(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"^\s+(content/plans/2568\.yml:\S+ error: bad-amount: .*)$", readme, flags=re.M)
    assert sample is not None
    root = copy_agency(DEMO, tmp_path / "agency")
    edit_file(root / "content/plans/2568.yml", 'budget: "10,000"', 'budget: "20,0000"', count=1)
    result = run_cli("--root", root, "check")
    assert result.code == 1
    assert sample.group(1) in result.err.splitlines()


def test_every_relative_link_of_the_readme_and_docs_names_a_file_of_the_repository() -> None:
    broken = []
    for guide in GUIDES:
        for target in _LINK.findall(guide.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "#", "mailto:")):
                continue
            path = (guide.parent / target.split("#")[0]).resolve()
            if not path.exists() or REPO not in path.parents:
                broken.append(f"{guide.relative_to(REPO)}: {target}")
    assert broken == []


def test_no_guide_cites_the_design_notes_a_clone_does_not_have() -> None:
    citing = re.compile(r"DESIGN\s*§|shared/DESIGN")
    assert [g.name for g in GUIDES if citing.search(g.read_text(encoding="utf-8"))] == []
