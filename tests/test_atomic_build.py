"""Nothing lost: a failed or interrupted build leaves the published ``site/`` byte for byte as it was.

DESIGN §1: MkDocs builds into ``site.new-<pid>`` beside ``site/``; only a complete build is
switched in by renames, and the next run clears what an interrupted one left behind.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from generator.build.mkdocs_build import recover
from tests.conftest import REPO, build, edit_file, run_cli


def site_hash(site: Path) -> str:
    """One hash over every file's path and bytes (and every folder's path)."""
    digest = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        digest.update(path.relative_to(site).as_posix().encode() + b"\0")
        if path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _replace(path: Path, old: str, new: str) -> int:
    """Replace ``old`` once; return the line it was on."""
    text = edit_file(path, old, new, 1)
    return text[:text.index(old)].count("\n") + 1


def test_failed_build_exits_1_with_a_positioned_message_and_keeps_the_site(demo_copy: Path) -> None:
    assert build(demo_copy) == 0
    before = site_hash(demo_copy / "site")
    line = _replace(demo_copy / "content/plans/2568.yml", 'budget: "10,000"', 'budget: "20,0000"')
    result = run_cli("--root", demo_copy, "build")
    assert result.code == 1
    assert f"content/plans/2568.yml:{line}:13: error: bad-amount: items[0].budget:" in result.err
    assert "Traceback" not in result.err
    assert site_hash(demo_copy / "site") == before


# The child process is the real CLI with one MkDocs function wrapped: when MkDocs writes its first
# page (static files already copied into the staging folder), it says so on stdout and waits to be
# killed, so the kill lands mid-build every time, without timing guesses.
_PAUSE_IN_MKDOCS = """
import sys, time
import mkdocs.commands.build as engine
from generator.cli import main
_build_page = engine._build_page
def _paused(*args, **kwargs):
    _build_page(*args, **kwargs)
    print("in-mkdocs", flush=True)
    time.sleep(600)
engine._build_page = _paused
sys.exit(main(sys.argv[1:]))
"""


def test_build_killed_while_mkdocs_runs_keeps_the_site_and_the_next_build_recovers(demo_copy: Path) -> None:
    assert build(demo_copy) == 0
    site = demo_copy / "site"
    before = site_hash(site)
    _replace(demo_copy / "content/no-gift/2568.yml", "ไม่มีบุคลากรรายงาน", "ฉบับแก้ไข ไม่มีบุคลากรรายงาน")
    process = subprocess.Popen([sys.executable, "-c", _PAUSE_IN_MKDOCS, "--root", str(demo_copy), "build"],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    marker = process.stdout.readline()  # blocks until MkDocs has written a page (or the child ended)
    staging = [p for p in demo_copy.glob("site.new-*") if any(p.iterdir())]
    killed_mid_build = marker == "in-mkdocs\n" and process.poll() is None and bool(staging)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert killed_mid_build, "the build ended before MkDocs started writing"
    assert process.returncode == -signal.SIGKILL
    assert site_hash(site) == before
    assert build(demo_copy) == 0
    assert list(demo_copy.glob("site.new-*")) == [] and list(demo_copy.glob("site.old-*")) == []
    assert site_hash(site) != before
    page = (site / "anti-corruption/no-gift/2568/index.html").read_text(encoding="utf-8")
    assert "ฉบับแก้ไข ไม่มีบุคลากรรายงาน" in page


def test_a_run_killed_between_the_two_renames_is_finished_by_the_next(tmp_path: Path) -> None:
    site = tmp_path / "site"
    old = tmp_path / "site.old-4242"   # the old site was moved aside, the new one never moved in
    old.mkdir()
    (old / "index.html").write_text("previous", encoding="utf-8")
    (tmp_path / "site.new-4242").mkdir()
    recover(site)
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
