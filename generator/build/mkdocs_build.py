"""Run MkDocs (strict) into a temporary folder beside ``site/``, then swap it in.

The previous site stays complete until the new one is complete: MkDocs writes into
``<site>.new-<pid>``; only after it succeeds do two renames switch the folders (old → backup,
new → site) and the backup is removed. A run interrupted between the renames is repaired by the
next run (``recover``), so ``site/`` is always either the old or the new site, never a mix.
Before the switch, the bulk tables kept out of the Markdown are put into the pages (``fragments``),
the Thai text of the search index is cut into words (``thai_search``),
``sitemap.xml`` and ``robots.txt`` are written (``sitemap``) and the staged site is scanned
(``published_scan``; in a full build the files MkDocs copies as they are — the open data — are
scanned in another process while MkDocs builds the pages, and the pages, once filled, while the
search index is rewritten: ``early_scan``); a finding stops the switch. An incremental plan
(``incremental``) may seed the staging folder with the current site and let MkDocs redo only the
changed pages.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException

from generator.build import incremental
from generator.build.early_scan import EarlyScan
from generator.build.fragments import fill_fragments, words_by_page
from generator.build.live_content import known_scripts
from generator.build.published_scan import Scanned, Site, scan_pages, scan_site
from generator.build.refusal import BuildFailed, BuildRefused, refuse_link, unresolved
from generator.build.sitemap import write_sitemap
from generator.build.thai_search import rewrite_search_index
from generator.render.fragments import FRAGMENT_DIR


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def recover(site_dir: Path) -> None:
    """Finish or undo a swap that an earlier run could not complete."""
    for leftover in site_dir.parent.glob(f"{site_dir.name}.old-*"):
        if leftover.is_symlink():  # not ours: never renamed into place, never followed
            continue
        if not site_dir.exists():
            leftover.rename(site_dir)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in site_dir.parent.glob(f"{site_dir.name}.new-*"):
        if not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


def build_site(config_file: Path, site_dir: Path, agency_root: Path | None = None, shown: str = "",
               plan: incremental.Plan = incremental.FULL) -> bytes:
    """Build with MkDocs in strict mode, scan the result, and publish into ``site_dir`` atomically.
    ``agency_root`` lets a finding of the scan name the data file it probably came from; ``shown``
    is how messages name ``site_dir``. A ``site_dir`` that is a symbolic link is refused. A
    ``dirty`` plan redoes only its pages (a full build whenever that cannot be trusted). Returns
    the search index as MkDocs made it, before post-processing, for the next incremental build."""
    refuse_link(site_dir, shown or str(site_dir))
    site_dir = unresolved(site_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(site_dir)
    staging = site_dir.parent / f"{site_dir.name}.new-{os.getpid()}"
    try:
        config, search, ahead = _run_mkdocs(config_file, staging, site_dir, agency_root, plan)
    except incremental.NotIncremental:
        shutil.rmtree(staging, ignore_errors=True)
        plan = incremental.FULL
        config, search, ahead = _run_mkdocs(config_file, staging, site_dir, agency_root, plan)
    build_dir = config_file.parent
    scan = _scan_settings(config, site_dir, agency_root)
    pages: EarlyScan | None = None
    try:
        fill_fragments(staging, build_dir / FRAGMENT_DIR)
        # a dirty build keeps the theme and configuration: files as published need no second look
        published = site_dir if plan.mode == "dirty" else None
        if published is None:  # the pages are final: scanned on the other core meanwhile
            pages = EarlyScan(staging, scan, scan_pages)
        # the tables' words from the build tree: after a dirty build most pages are copies, filled already
        rewrite_search_index(staging, words_by_page(Path(config.docs_dir), build_dir / FRAGMENT_DIR))
        write_sitemap(staging, config.site_url or None)
        own = scan_pages(staging, scan, helper=False) if published is None else {}
        if findings := scan_site(staging, scan, {**_results(ahead, pages), **own}, published):
            raise BuildRefused(findings)
        refuse_link(site_dir, shown or str(site_dir))  # a link made while MkDocs ran
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        _stop(ahead)
        _stop(pages)
    _swap(staging, site_dir)
    return search


def _run_mkdocs(config_file: Path, staging: Path, site_dir: Path, agency_root: Path | None,
                plan: incremental.Plan) -> tuple[MkDocsConfig, bytes, EarlyScan | None]:
    """MkDocs into ``staging`` (all pages, or a dirty build over a copy of the site); the raw
    search index, merged with the previous one's unchanged pages after a dirty build; in a full
    build, the open data's scan running beside it."""
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    ahead: EarlyScan | None = None
    try:
        config = load_config(config_file=str(config_file), site_dir=str(staging), strict=True)
        if plan.mode != "dirty":
            ahead = EarlyScan(Path(config.docs_dir), _scan_settings(config, site_dir, agency_root))
            mkdocs_build(config)
            return config, incremental.read_search(staging), ahead
        redone = incremental.seed(site_dir, staging, config, plan.pages)
        with incremental.dirty_notice_silenced():
            mkdocs_build(config, dirty=True)
        incremental.check_anchors(staging, site_dir, redone)
        search = incremental.merge_search(plan.search, incremental.read_search(staging), redone)
        incremental.write_search(staging, search)
        return config, search, None
    except (Abort, ConfigurationError, MkDocsException) as exc:
        _stop(ahead)
        shutil.rmtree(staging, ignore_errors=True)
        if plan.mode == "dirty":  # e.g. an anchor of a page it did not read: try in full
            raise incremental.NotIncremental(str(exc)) from exc
        raise BuildFailed([*collector.messages, str(exc)]) from exc
    except incremental.NotIncremental:
        raise
    except BaseException:
        _stop(ahead)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(collector)


def _scan_settings(config: MkDocsConfig, site_dir: Path, agency_root: Path | None) -> Site:
    """What the last line of defence needs: a staged site with a person's ID, a foreign script or an
    off-site request is not switched in (the caller removes it); the previous site stays."""
    own_host = urlsplit(config.site_url or "").hostname
    return Site(known_scripts(Path(d) for d in config.theme.dirs), frozenset({own_host} if own_host else ()),
                agency_root, site_dir.name)


def _results(*scans: EarlyScan | None) -> Scanned:
    """What the helper processes scanned (none of a scan that did not run or failed: then
    ``scan_site`` reads those files itself)."""
    found: Scanned = {}
    for scan in scans:
        found.update((scan.result() if scan is not None else None) or {})
    return found


def _stop(ahead: EarlyScan | None) -> None:
    if ahead is not None:
        ahead.stop()


def _swap(staging: Path, site_dir: Path) -> None:
    backup = site_dir.parent / f"{site_dir.name}.old-{os.getpid()}"
    if site_dir.exists():
        site_dir.rename(backup)
    staging.rename(site_dir)
    shutil.rmtree(backup, ignore_errors=True)
