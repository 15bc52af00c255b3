"""Scan the open data on the other core while MkDocs builds the pages, and the pages while the
search index is rewritten (issue 16).

MkDocs copies every file of ``build/docs`` but the Markdown pages as it is; those files — the
release packages, CSV and JSON, 64 of the 92 MB the published scan reads at 12,000 records — are
scanned by a forked process (``published_scan.scan_ahead``) while MkDocs runs, and ``scan_site``
reuses a finding only for a staged file with the very same bytes. Once the pages are final (their
tables filled in), a second process scans them (``scan_pages``) while the search index is rewritten.

The process is forked, never spawned (a spawned one imports the caller's main script again, and an
unguarded script would run a second build), and only where fork exists and no other thread runs
(the live preview's server thread: a forked child could inherit a lock held there); elsewhere the
whole scan runs after MkDocs, as before. It sends one result and ends: if the build process dies
first, the send fails (the child holds no reading end) and the child ends too, so an interrupted
build leaves no process behind.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from generator.build.published_scan import Scanned, Site, scan_ahead

Scan = Callable[[Path, Site], Scanned]


def _run(reader: Connection, writer: Connection, scan: Scan, folder: Path, site: Site) -> None:
    reader.close()  # only the build process reads: when it is gone, sending fails and this ends
    try:
        writer.send(scan(folder, site))
    except OSError:
        pass
    finally:
        writer.close()


class EarlyScan:
    """The scan of ``folder`` (``scan_ahead``, or ``scan_pages``) in a forked process, when one can
    be forked safely."""

    def __init__(self, folder: Path, site: Site, scan: Scan = scan_ahead) -> None:
        self._process: BaseProcess | None = None
        self._reader: Connection | None = None
        if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
            return
        context = multiprocessing.get_context("fork")
        reader, writer = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(reader, writer, scan, folder, site), daemon=True)
        self._process.start()
        writer.close()
        self._reader = reader

    def result(self) -> Scanned | None:
        """The findings scanned ahead; none (so everything is scanned after MkDocs) without a helper
        process or if it failed: a failed helper only costs time."""
        try:
            return self._reader.recv() if self._reader is not None else None
        except (EOFError, OSError):
            return None
        finally:
            self.stop()

    def stop(self) -> None:
        """End the helper process (at once if it is still scanning) and wait for it."""
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
            self._process = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None
