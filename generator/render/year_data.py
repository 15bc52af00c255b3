"""A fiscal year's procurement open data, kept between builds (issue 16).

The procurement tables, the OCDS release package and the NACC lists are made per fiscal year from
the agency's configuration and that year's procurement files only (each builder loops over
``months_by_year``), so a builder called on the agency with one fiscal year's procurement files
makes exactly that year's files. Each year's files are kept in the page memo under a key that
hashes the code, the builder, the configuration (its typed fingerprint) and the load-cache key of
every loaded file the restricted agency holds (``Loaded.origin``): an edit to one month makes
again the open data of its year only. A file loaded without the cache has no origin: then nothing
is kept and the builder runs on the whole agency, as without a memo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from generator.load.agency import Agency
from generator.load.fingerprint import code_fingerprint, digest
from generator.opendata import nacc_form, ocds
from generator.opendata import procurement as procurement_data
from generator.render.page_memo import PageMemo, Unkeyable

Builder = Callable[[Agency], dict[str, bytes]]
BY_FISCAL_YEAR: tuple[Builder, ...] = (procurement_data.files, ocds.files, nacc_form.files)
"""Builders whose files are, year by year, made from the configuration and that year's
procurement files alone."""
YEARLY = ("procurement_months", "procurement_plans")
"""The datasets a fiscal year's view keeps only that year's files of."""


def files(builder: Builder, agency: Agency, memo: PageMemo | None) -> dict[str, bytes]:
    """``builder(agency)``; for a builder of ``BY_FISCAL_YEAR``, each year's files from ``memo``
    where that year's inputs are what they were."""
    if memo is None or builder not in BY_FISCAL_YEAR:
        return builder(agency)
    try:
        config = memo.fingerprints.of(agency.config)
    except Unkeyable:
        return builder(agency)
    years = sorted({loaded.model.fiscal_year for key in YEARLY for loaded in agency.datasets.get(key, [])})
    views = {year: _view(agency, year) for year in years}
    if not all(loaded.origin for view in views.values() for loaded in view.all_loaded()):
        return builder(agency)
    found: dict[str, bytes] = {}
    name = f"{builder.__module__}.{builder.__qualname__}"
    for year, view in views.items():
        origins = sorted(loaded.origin for loaded in view.all_loaded())
        key = digest(code_fingerprint(), name, config, str(year), *origins)
        built = memo.get_files(key)
        if built is None:
            built = builder(view)
            memo.write(key, built)
        found.update(built)
    return found


def _view(agency: Agency, year: int) -> Agency:
    """The agency with one fiscal year's procurement files only."""
    kept = {key: [loaded for loaded in agency.datasets.get(key, []) if loaded.model.fiscal_year == year]
            for key in YEARLY}
    return replace(agency, datasets={**agency.datasets, **kept})
