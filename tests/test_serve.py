"""``oitgen serve``: a real server process, a real edit, the served page polled until it changes.

Every wait is bounded (``_until``): a preview that never rebuilds fails the test, it does not hang it.
"""

from __future__ import annotations

import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.serve import snapshot
from tests.conftest import REPO

PLAN_PAGE = "anti-corruption/plans/2566/"
LIMIT = 90.0  # seconds: a build of this small agency takes ~3 s on the 2-core machine


def _small_agency(target: Path) -> Path:
    shutil.copytree(REPO / "tests/bad_inputs/base", target)
    shutil.rmtree(target / "content/no-gift")  # its attachment is missing on purpose (bad-input base)
    return target


def _until(condition: Callable[[], object], what: str) -> object:
    deadline = time.monotonic() + LIMIT
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(0.3)
    pytest.fail(f"no {what} within {LIMIT:.0f} s")


class Server:
    """``oitgen serve --port 0`` in a child process; its terminal (stderr) collected line by line."""

    def __init__(self, root: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "--root", str(root), "serve", "--port", "0"],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url = str(_until(self._address, "'serving http://127.0.0.1:…' line"))

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)

    def terminal(self) -> str:
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return "".join(self.seen)

    def _address(self) -> str | None:
        found = re.search(r"serving (http://127\.0\.0\.1:\d+/)", self.terminal())
        return found.group(1) if found else None

    def page(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return response.read().decode("utf-8")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    root = _small_agency(tmp_path / "agency")
    running = Server(root)
    try:
        yield running, root
    finally:
        running.stop()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_serve_rebuilds_after_an_edit_and_survives_a_broken_one(server: tuple[Server, Path]) -> None:
    running, root = server
    assert running.url.startswith("http://127.0.0.1:")
    assert "โครงการหนึ่ง" in running.page(PLAN_PAGE)
    plan = root / "content/plans/2566.yml"

    _edit(plan, "โครงการหนึ่ง", "โครงการที่แก้ไขแล้ว")
    _until(lambda: "โครงการที่แก้ไขแล้ว" in running.page(PLAN_PAGE), "rebuilt page with the edit")

    _edit(plan, 'budget: "10,000"', 'budget: "10,0000"')  # a data mistake
    _until(lambda: "bad-amount" in running.terminal(), "bad-amount message in the terminal")
    assert "content/plans/2566.yml:7:" in running.terminal()  # named by its place
    assert running.process.poll() is None  # still running
    assert "โครงการที่แก้ไขแล้ว" in running.page(PLAN_PAGE)  # the last good site is still served

    _edit(plan, 'budget: "10,0000"', 'budget: "12,000"')
    _until(lambda: "12,000" in running.page(PLAN_PAGE), "rebuilt page after the fix")


def test_serve_listens_on_the_loopback_address_only(server: tuple[Server, Path]) -> None:
    running, _ = server
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", running.url)


def test_a_snapshot_sees_a_change_an_addition_and_a_removal(tmp_path: Path) -> None:
    root = _small_agency(tmp_path / "agency")
    before = snapshot(root)
    assert "content/plans/2566.yml" in before and "site_config.yml" in before
    (root / "content/plans/2566.yml").write_text("title: x\n", encoding="utf-8")
    changed = snapshot(root)
    assert changed != before
    (root / "theme").mkdir()
    (root / "theme/extra.css").write_text("a{}", encoding="utf-8")
    assert "theme/extra.css" in snapshot(root)
    (root / "theme/extra.css").unlink()
    assert snapshot(root) == changed
    (root / "site").mkdir()
    (root / "site/index.html").write_text("x", encoding="utf-8")  # output is not watched
    assert snapshot(root) == changed
