"""Run MkDocs (strict) into a temporary folder beside ``site/``, then swap it in.

The previous site stays complete until the new one is complete: MkDocs writes into
``<site>.new-<pid>``; only after it succeeds do two renames switch the folders (old → backup,
new → site) and the backup is removed. A run interrupted between the renames is repaired by the
next run (``recover``), so ``site/`` is always either the old or the new site, never a mix.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException


class BuildFailed(Exception):
    """MkDocs refused the generated site (a broken link in strict mode, a bad config)."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages) or "MkDocs build failed")
        self.messages = messages


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def recover(site_dir: Path) -> None:
    """Finish or undo a swap that an earlier run could not complete."""
    for leftover in site_dir.parent.glob(f"{site_dir.name}.old-*"):
        if not site_dir.exists():
            leftover.rename(site_dir)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in site_dir.parent.glob(f"{site_dir.name}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def build_site(config_file: Path, site_dir: Path) -> None:
    """Build with MkDocs in strict mode and publish into ``site_dir`` atomically."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(site_dir)
    staging = site_dir.parent / f"{site_dir.name}.new-{os.getpid()}"
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(config_file=str(config_file), site_dir=str(staging), strict=True)
        mkdocs_build(config)
    except (Abort, ConfigurationError, MkDocsException) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed([*collector.messages, str(exc)]) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(collector)
    _swap(staging, site_dir)


def _swap(staging: Path, site_dir: Path) -> None:
    backup = site_dir.parent / f"{site_dir.name}.old-{os.getpid()}"
    if site_dir.exists():
        site_dir.rename(backup)
    staging.rename(site_dir)
    shutil.rmtree(backup, ignore_errors=True)
