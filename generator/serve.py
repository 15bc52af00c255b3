"""``oitgen serve``: a live preview on 127.0.0.1 that rebuilds when the agency's files change.

The webmaster edits ``content/``, ``site_config.yml``, the agency's ``theme/`` or ``catalogues/``
and reloads the page. Changes are found by polling modification times (no watcher library, no
thread per file): a poll costs one ``stat`` per file, so a second between polls is cheap even for
thousands of files. A data mistake is printed in the terminal like ``oitgen check`` prints it and
the last good site stays served: the build only replaces ``site/`` when it is complete and clean
(``generator/build/``), so a broken edit never takes the preview down.
"""

from __future__ import annotations

import functools
import sys
import threading
import time
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

from generator import pipeline
from generator.build.refusal import BuildFailed, BuildRefused
from generator.build.site_state import INPUTS, input_fingerprint
from generator.diagnostic_format import render
from generator.render import theme_dir

WATCHED = INPUTS
"""What a change to rebuilds for, relative to the agency directory (what a build reads); the
packaged theme is watched too (in a source checkout it is ``theme/`` of the repository, whichever
agency is served)."""

Snapshot = dict[str, tuple[int, int]]


def snapshot(root: Path) -> Snapshot:
    """Each watched file's modification time and size: a change, an addition or a removal shows."""
    state: Snapshot = {}
    for top in [*(root / name for name in WATCHED), theme_dir()]:
        paths = [top] if top.is_file() else sorted(top.rglob("*")) if top.is_dir() else []
        for path in paths:
            try:
                stat = path.stat()
            except OSError:  # removed between listing and stat: the next poll sees it gone
                continue
            if path.is_file():
                key = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
                state[key] = (stat.st_mtime_ns, stat.st_size)
    return state


def rebuild(root: Path, site_dir: Path, out: TextIO = sys.stderr) -> bool:
    """Check and build once; print every problem; True when ``site_dir`` now holds the new site."""
    inputs = input_fingerprint(root)  # before loading: an edit made meanwhile is seen next time
    checked = pipeline.check(root, cache=True)
    if checked.diagnostics:
        print(render(checked.diagnostics, "text"), file=out)
    if not checked.ok:
        print("not rebuilt: fix the errors above; still serving the last good site / "
              "ยังไม่สร้างใหม่ กรุณาแก้ข้อผิดพลาดข้างต้น เว็บไซต์ที่แสดงอยู่คือฉบับล่าสุดที่ถูกต้อง", file=out)
        return False
    try:
        pipeline.build(root, site_dir, checked, inputs)
    except BuildRefused as exc:
        print(render(exc.diagnostics, "text"), file=out)
        return False
    except BuildFailed as exc:
        for message in exc.messages:
            print(f"mkdocs: {message}", file=out)
        return False
    print(f"rebuilt / สร้างเว็บไซต์ใหม่แล้ว {time.strftime('%H:%M:%S')}", file=out)
    return True


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files; request lines are not printed, so the terminal shows only data problems."""

    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server(site_dir: Path, port: int) -> ThreadingHTTPServer:
    """An HTTP server on 127.0.0.1 only (never the network), serving ``site_dir`` by path, so a
    rebuilt site swapped into place is served from the next request on."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def watch(root: Path, on_change: Callable[[], object], interval: float,
          stop: threading.Event) -> None:
    """Call ``on_change`` after each change of the watched files, until ``stop`` is set."""
    seen = snapshot(root)
    while not stop.wait(interval):
        now = snapshot(root)
        if now != seen:
            seen = now
            on_change()


def serve(root: Path, site_dir: Path, port: int = 8000, interval: float = 0.5,
          stop: threading.Event | None = None, out: TextIO = sys.stderr) -> int:
    """Build, serve, rebuild on change until interrupted (Ctrl+C) or ``stop`` is set."""
    stop = stop or threading.Event()
    rebuild(root, site_dir, out)
    site_dir.mkdir(parents=True, exist_ok=True)  # served (empty) until the first good build
    server = start_server(site_dir, port)
    host, bound = str(server.server_address[0]), server.server_address[1]  # bound to 127.0.0.1 (text)
    print(f"serving http://{host}:{bound}/ (Ctrl+C stops) / เปิดดูได้ที่ http://{host}:{bound}/", file=out)
    out.flush()

    def on_change() -> None:
        rebuild(root, site_dir, out)
        out.flush()

    try:
        watch(root, on_change, interval, stop)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return 0
