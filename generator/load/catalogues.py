"""Resolve the OIT catalogues ``site_config.yml`` names: built-in by name, or the agency's own file.

Every file in the agency's ``catalogues/`` folder is checked too, listed or not, so a webmaster
preparing next year's list (docs/new-assessment-year.md) sees its mistakes before pointing
``site_config.yml`` at it.
"""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostic, error
from generator.load.catalogue_file import load_catalogue
from generator.load.yaml_source import SourceFile
from generator.models.catalogue import Catalogue
from generator.models.organisation import SiteConfig

AGENCY_CATALOGUES = "catalogues"
"""The agency's own catalogue files: ``catalogues/<name>.yml`` beside ``site_config.yml``."""

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "oit" / "catalogues"
"""Where the built-in catalogues ship (package data of the OIT stage)."""


def builtin_catalogues() -> dict[str, Path]:
    """The catalogues shipped with oitgen, by name (file stem), e.g. ``ita-2568``."""
    return {path.stem: path for path in sorted(CATALOGUE_DIR.glob("*.yml"))}


def _resolve(root: Path, name: str) -> Path | None:
    """A built-in catalogue, or a file inside the agency directory (never outside it)."""
    builtin = builtin_catalogues()
    if name in builtin:
        return builtin[name]
    candidate = Path(name)
    if candidate.is_absolute() or ".." in candidate.parts:
        return None
    resolved = (root / candidate).resolve()
    if not resolved.is_relative_to(root.resolve()) or not resolved.is_file():
        return None
    return resolved


def load_oit_catalogues(root: Path, config: SiteConfig, source: SourceFile,
                        ) -> tuple[dict[int, Catalogue], list[Diagnostic]]:
    catalogues: dict[int, Catalogue] = {}
    problems: list[Diagnostic] = []
    for index, entry in enumerate(config.oit):
        field = f"oit[{index}].catalogue"
        where = source.position_of(("oit", index, "catalogue"))
        path = _resolve(root, entry.catalogue)
        if path is None:
            names = ", ".join(builtin_catalogues())
            problems.append(error(
                "unknown-catalogue", where, field,
                f"'{entry.catalogue}' is neither a built-in catalogue ({names}) nor a file inside "
                "the agency directory",
                f"'{entry.catalogue}' ไม่ใช่รายการข้อ OIT ที่มีให้ ({names}) และไม่ใช่ไฟล์ในโฟลเดอร์ของหน่วยงาน",
            ))
            continue
        relpath = path.relative_to(root.resolve()).as_posix() if path.is_relative_to(root.resolve()) \
            else f"<oitgen>/{path.name}"
        catalogue, found = load_catalogue(path, relpath)
        problems.extend(found)
        if catalogue is None:
            continue
        if catalogue.assessment_year != entry.year:
            problems.append(error(
                "catalogue-year-mismatch", where, field,
                f"catalogue '{entry.catalogue}' is for {catalogue.assessment_year}, not {entry.year}",
                f"รายการข้อ '{entry.catalogue}' เป็นของปี {catalogue.assessment_year} ไม่ใช่ปี {entry.year}",
            ))
            continue
        catalogues[entry.year] = catalogue
    return catalogues, problems + _unlisted(root, config)


def _unlisted(root: Path, config: SiteConfig) -> list[Diagnostic]:
    """Problems of the agency's catalogue files that ``site_config.yml`` does not (yet) name."""
    listed = {_resolve(root, entry.catalogue) for entry in config.oit}
    problems: list[Diagnostic] = []
    for path in sorted((root / AGENCY_CATALOGUES).glob("*.yml")):
        if path.resolve() not in listed:
            problems += load_catalogue(path, path.relative_to(root).as_posix())[1]
    return problems
