"""Render stage: loaded agency + diagnostics → the files of the build tree (pure, no I/O).

The tree holds ``docs/`` (Markdown pages and assets), ``fragments/`` (the pages' bulk tables,
``generator.render.fragments``), ``mkdocs.yml`` and ``theme/`` (the packaged theme, with the
agency's own overrides laid over it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, Environment

from generator.diagnostics import Diagnostic
from generator.history.git_log import read_history
from generator.load.agency import Agency
from generator.opendata import nacc_form
from generator.opendata.catalog import catalogue_files
from generator.render import attachments, data_pages, history_pages, oit_pages, sitemap_page, year_data
from generator.render.environment import make_environment
from generator.render.fragments import extract
from generator.render.media import media_files
from generator.render.mkdocs_config import dump_config, mkdocs_config
from generator.render.news_feed import feed_files
from generator.render.page_dates import last_commits, page_dates, page_meta, with_front_matter
from generator.render.page_memo import PageMemo
from generator.render.pages import yaml_str
from generator.render.publishing import publishing_files
from generator.render.schemas import schema_files
from generator.render.site_pages import site_pages
from generator.render.table_regions import label_table_regions

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def theme_dir() -> Path:
    """The packaged theme: ``generator/_theme`` when installed, ``theme/`` in a source checkout."""
    installed = PACKAGE_DIR / "_theme"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "theme"


def _tree(base: Path, prefix: str) -> dict[str, bytes]:
    return {
        f"{prefix}/{path.relative_to(base).as_posix()}": path.read_bytes()
        for path in sorted(base.rglob("*")) if path.is_file() and "__pycache__" not in path.parts
    }


def _page_text(env: Environment, template: str, context: dict[str, Any], memo: PageMemo | None,
               globals_key: str) -> str:
    """The template rendered with ``context``, or the same page's text from ``memo``."""
    key = memo.key(template, context, globals_key) if memo is not None else None
    if key is not None and memo is not None and (text := memo.get(key)) is not None:
        return text
    text = env.get_template(template).render(context)
    if key is not None and memo is not None:
        memo.write(key, text)
    return text


def render_site(agency: Agency, diagnostics: list[Diagnostic]) -> dict[str, bytes]:
    """Every file of the build tree, keyed by its path relative to ``build/``."""
    return dict(site_files(agency, diagnostics))


def site_files(agency: Agency, diagnostics: list[Diagnostic], compiled: BytecodeCache | None = None,
               memo: PageMemo | None = None) -> Iterator[tuple[str, bytes]]:
    """Every file of the build tree (its path relative to ``build/``, its bytes), each given as soon
    as it is made: the writer writes it and lets it go, so a large agency's output (its data files
    alone are tens of megabytes) is never held in memory all at once. Each path comes once.
    ``compiled``: the compiled templates of earlier runs (``environment.make_environment``);
    ``memo``: the pages and yearly open data made by earlier runs (``page_memo``, ``year_data``),
    used and updated."""
    env = make_environment(compiled)
    env.filters["yaml_str"] = yaml_str
    attached = attachments.published(agency)
    env.globals["attachment_links"] = attachments.link_maker(attached)
    env.globals["data_link"] = data_pages.data_link
    datasets: list[data_pages.Dataset] = []
    data_paths: set[str] = set()
    for builder in dict.fromkeys(d for kind in agency.kinds for d in kind.datasets):
        built = year_data.files(builder, agency, memo)
        datasets += data_pages.datasets(agency, built)
        data_paths |= built.keys()
        yield from built.items()
        del built  # before the next builder makes its files
    datasets.sort(key=lambda dataset: dataset.name)
    site = site_pages(agency, diagnostics)
    pages = site.pages
    history = read_history(agency.root)  # the build's one pass over git: history page and page dates
    commits = last_commits(history)
    sections = history_pages.locations(history)
    if (data_index := data_pages.page(agency, datasets, data_paths, commits, sections)) is not None:
        pages.append(data_index)
    pages += history_pages.history(history)
    pages.append(sitemap_page.page(pages))
    org = agency.config.organisation
    yield from catalogue_files(agency, [dataset.meta for dataset in datasets]).items()
    dates = page_dates(pages, commits)
    attachments_key = attachments.fingerprint(attached)
    if memo is not None:
        for loaded in agency.all_loaded():
            if loaded.origin:
                memo.fingerprints.know(loaded.model, loaded.origin)
    for page in pages:
        context = {"org": org, "page_path": page.path, **page.context}
        text = _page_text(env, page.template, context, memo, attachments_key)
        markdown = with_front_matter(text, page_meta(page, dates[page.path], sections))
        markdown, tables = extract(label_table_regions(markdown), page.path)
        yield f"docs/{page.path}", markdown.encode("utf-8")
        yield from tables.items()
    theme = theme_dir()
    yield from _tree(theme / "overrides", "theme").items()
    yield from _tree(theme / "assets", "docs/assets").items()
    yield from oit_pages.csv_files(agency, site.coverage).items()
    yield from year_data.files(nacc_form.files, agency, memo).items()
    yield from schema_files(agency.kinds).items()
    yield from media_files(agency).items()
    yield from attachments.build_files(attached).items()
    yield from feed_files(agency).items()
    yield from publishing_files(agency).items()
    newest = max((date for date in dates.values() if date), default=None)
    yield "mkdocs.yml", dump_config(mkdocs_config(agency, pages, newest)).encode("utf-8")
    if memo is not None:
        memo.prune()
