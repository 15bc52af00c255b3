"""Load an agency directory (``site_config.yml`` + ``content/``) into validated models.

Each content kind is one ``Kind``: where its files live, which model reads them, and what the later
stages do with them (checks, page builders, open-data files). The kinds themselves are declared
once, in ``generator.registry``, which sits above every stage and hands them down: loading reads
their files, and the agency carries them so checks, render and open data find their parts.
Every file is read and validated even after an error elsewhere, so one run reports every mistake.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path, PurePath
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from generator.diagnostics import Diagnostic, Position, error, has_errors, warning
from generator.load.cache import LoadCache
from generator.load.catalogues import load_oit_catalogues
from generator.load.corrections import Correction, extract_corrections
from generator.load.recovery import validate_recovering
from generator.load.yaml_source import SourceFile, read_yaml_file
from generator.models.catalogue import Catalogue
from generator.models.complaints import ComplaintChannels, ComplaintStatistics
from generator.models.document import DisclosureDocument
from generator.models.executives import Executives
from generator.models.integrity import IntegrityMeasures
from generator.models.ita import ItaResult
from generator.models.news import NewsItem
from generator.models.no_gift import NoGiftPolicy
from generator.models.organisation import SiteConfig
from generator.models.plan import ActionPlan
from generator.models.procurement import ProcurementMonth, ProcurementPlan
from generator.models.profile import OrganisationProfile
from generator.models.risk import RiskAssessment
from generator.models.statistics import SatisfactionSurvey, ServiceStatistics

CONFIG_FILE = "site_config.yml"
CONTENT_DIR = "content"
YAML_SUFFIXES = (".yml", ".yaml")
M = TypeVar("M", bound=BaseModel)
Reader = Callable[[Path, str], tuple[SourceFile | None, list[Diagnostic]]]
KindCheck = Callable[["Agency"], Iterable[Diagnostic]]
"""A check of the checks stage: the loaded agency → diagnostics (``generator.checks``)."""
KindPages = Callable[["Agency", list[Diagnostic]], list[Any]]
"""A page builder of the render stage: agency and diagnostics → its ``render.pages.Page`` list."""
KindFiles = Callable[["Agency"], dict[str, bytes]]
"""An open-data builder: agency → data files by their path in the build tree (``docs/data/…``)."""


@dataclass(frozen=True)
class Kind:
    """A content kind, declared once (``generator.registry``): its key, its folder under
    ``content/`` and its model, and the checks, page builders and open-data files that use it."""

    key: str
    folder: str
    model: type[BaseModel]
    pattern: str = "*"
    """Which files of the folder it reads: their path inside it without suffix, one glob per part
    (``*`` = ``<folder>/<name>.yml``; ``*/services`` = ``<folder>/<year>/services.yml``)."""
    suffixes: tuple[str, ...] = YAML_SUFFIXES
    reader: Reader = read_yaml_file
    """Parses one file into values with positions (YAML; Markdown with front matter for news)."""
    checks: tuple[KindCheck, ...] = ()
    """Checks of this kind's records (checks that read every kind are site checks)."""
    pages: tuple[KindPages, ...] = ()
    """Page builders showing this kind (a builder shared by kinds is listed by the first of them)."""
    datasets: tuple[KindFiles, ...] = ()
    """Open-data files made from this kind (CSV, JSON), listed on the open-data page."""
    reads_beside: tuple[str, ...] = ()
    """Files beside each file that its reader reads too (a month's ``plan.yml``): part of the
    file's key in the load cache, so an edit of them reloads the file."""

    def reads(self, inside: PurePath) -> bool:
        parts, globs = inside.with_suffix("").parts, self.pattern.split("/")
        return len(parts) == len(globs) and all(fnmatchcase(p, g) for p, g in zip(parts, globs, strict=True))

    def slug(self, inside: PurePath) -> str:
        """URL slug of a file: its name, or its first folder for nested files (``2568/services`` → 2568)."""
        parts = inside.with_suffix("").parts
        return parts[0] if len(parts) > 1 else parts[-1]


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A validated record with the file it came from (for positions) and its URL slug."""

    model: M
    source: SourceFile
    slug: str
    corrections: dict[str, Correction] = field(default_factory=dict)
    """Values recorded as printed with their correction, by field path (``items[0].budget.2566``)."""
    unknown: frozenset[str] = frozenset()
    """Field paths whose value was malformed (reported as an error) and is treated as unknown."""
    origin: str = field(default="", compare=False)
    """The load cache's key of the file (``LoadCache.key``: its bytes, what it reads beside it, its
    model and reader, the code), which determines ``model`` whole; empty when loaded without the
    cache. Lets a rendered page be known unchanged without reading the record (``page_memo``)."""


@dataclass
class Agency:
    """Everything loaded from one agency directory."""

    root: Path
    config: SiteConfig
    config_source: SourceFile
    datasets: dict[str, list[Loaded[Any]]] = field(default_factory=dict)
    catalogues: dict[int, Catalogue] = field(default_factory=dict)
    """OIT catalogues by assessment year, as site_config.yml lists them."""
    kinds: tuple[Kind, ...] = ()
    """The kinds it was loaded with, in the registry's order: later stages take their parts here."""

    @property
    def plans(self) -> list[Loaded[ActionPlan]]:
        return self.datasets.get("plans", [])

    @property
    def no_gift(self) -> list[Loaded[NoGiftPolicy]]:
        return self.datasets.get("no_gift", [])

    @property
    def risk(self) -> list[Loaded[RiskAssessment]]:
        return self.datasets.get("risk", [])

    @property
    def ita(self) -> list[Loaded[ItaResult]]:
        return self.datasets.get("ita", [])

    @property
    def integrity(self) -> list[Loaded[IntegrityMeasures]]:
        return self.datasets.get("integrity", [])

    @property
    def documents(self) -> list[Loaded[DisclosureDocument]]:
        return self.datasets.get("documents", [])

    @property
    def service_statistics(self) -> list[Loaded[ServiceStatistics]]:
        return self.datasets.get("service_statistics", [])

    @property
    def satisfaction(self) -> list[Loaded[SatisfactionSurvey]]:
        return self.datasets.get("satisfaction", [])

    @property
    def complaints(self) -> list[Loaded[ComplaintStatistics]]:
        return self.datasets.get("complaints", [])

    @property
    def complaint_channels(self) -> list[Loaded[ComplaintChannels]]:
        return self.datasets.get("complaint_channels", [])

    @property
    def profile(self) -> Loaded[OrganisationProfile] | None:
        return next(iter(self.datasets.get("profile", [])), None)

    @property
    def executives(self) -> Loaded[Executives] | None:
        return next(iter(self.datasets.get("executives", [])), None)

    @property
    def news(self) -> list[Loaded[NewsItem]]:
        return self.datasets.get("news", [])

    @property
    def procurement_plans(self) -> list[Loaded[ProcurementPlan]]:
        return self.datasets.get("procurement_plans", [])

    @property
    def procurement_months(self) -> list[Loaded[ProcurementMonth]]:
        return self.datasets.get("procurement_months", [])

    def all_loaded(self) -> list[Loaded[Any]]:
        return [item for kind in self.kinds for item in self.datasets.get(kind.key, [])]


def load_agency(root: Path, kinds: Sequence[Kind], cache: LoadCache | None = None,
                ) -> tuple[Agency | None, list[Diagnostic]]:
    """Read and validate everything of ``kinds`` (``generator.registry.KINDS``); ``None`` when the
    site configuration itself is unusable. With a ``cache``, a file whose bytes it has seen is not
    parsed again."""
    diagnostics: list[Diagnostic] = []
    config_loaded = _cached_load(cache, root, root / CONFIG_FILE, SiteConfig, diagnostics)
    datasets: dict[str, list[Loaded[Any]]] = {}
    for kind in kinds:
        folder = root / CONTENT_DIR / kind.folder
        datasets[kind.key] = [
            loaded for path in _data_files(folder, kind)
            if (loaded := _cached_load(cache, root, path, kind.model, diagnostics,
                                       kind.slug(path.relative_to(folder)), kind.reader,
                                       kind.reads_beside)) is not None
        ]
    if cache is not None:
        cache.prune()
    diagnostics.extend(_unrecognised_files(root, kinds))
    if config_loaded is None:
        return None, diagnostics
    catalogues, problems = load_oit_catalogues(root, config_loaded.model, config_loaded.source)
    diagnostics.extend(problems)
    agency = Agency(root, config_loaded.model, config_loaded.source, datasets, catalogues, tuple(kinds))
    return agency, diagnostics


def _data_files(folder: Path, kind: Kind) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in kind.suffixes and p.is_file()
                  and kind.reads(p.relative_to(folder)))


def _cached_load(cache: LoadCache | None, root: Path, path: Path, model: type[M], sink: list[Diagnostic],
                 slug: str | None = None, reader: Reader = read_yaml_file,
                 beside: tuple[str, ...] = ()) -> Loaded[M] | None:
    """``_load_file`` through the cache: a file is first checked to be there and inside the agency
    (never from the cache), then its entry is reused or made."""
    relpath = path.relative_to(root).as_posix()
    if not path.is_file():
        sink.append(error("missing-file", Position(relpath), "", f"{relpath} is missing",
                          f"ไม่พบไฟล์ {relpath}"))
        return None
    if not path.resolve().is_relative_to(root.resolve()):  # a symbolic link to the runner's files
        sink.append(error("path-outside-content", Position(relpath), "",
                          f"{relpath} is a symbolic link to a file outside the agency directory",
                          f"{relpath} เป็น symbolic link ที่ชี้ไปยังไฟล์นอกโฟลเดอร์ของหน่วยงาน"))
        return None
    slug = slug or path.stem
    if cache is None:
        return _load_file(path, relpath, model, sink, slug, reader)
    files = [path, *(path.parent / name for name in beside)]
    key = cache.key(relpath, slug, model, reader, files)
    if (entry := cache.get(key)) is not None:
        sink.extend(entry[1])
        return entry[0]  # type: ignore[no-any-return]
    problems: list[Diagnostic] = []
    loaded = _load_file(path, relpath, model, problems, slug, reader)
    if cache.key(relpath, slug, model, reader, files) == key:  # not saved again meanwhile
        loaded = replace(loaded, origin=key) if loaded is not None else None
        cache.put(key, (loaded, problems))
    sink.extend(problems)
    return loaded


def _load_file(path: Path, relpath: str, model: type[M], sink: list[Diagnostic], slug: str,
               reader: Reader) -> Loaded[M] | None:
    """Parse, extract corrections and validate one file (pure but for reading it)."""
    source, problems = reader(path, relpath)
    sink.extend(problems)
    if source is None or has_errors(problems):  # a reader's warnings keep the file
        return None
    source, corrections, problems = extract_corrections(source)
    sink.extend(problems)
    record, unknown, problems = validate_recovering(source, model)
    sink.extend(problems)
    if record is None:
        return None
    # a correction to null records what the document printed as unknown, like a malformed value
    unknown |= {field for field, correction in corrections.items() if correction.value is None}
    return Loaded(record, source, slug, corrections, unknown)


def _unrecognised_files(root: Path, kinds: Sequence[Kind]) -> list[Diagnostic]:
    """YAML files under content/ that no kind reads are probably misplaced: say so."""
    content = root / CONTENT_DIR
    if not content.is_dir():
        return []
    known = {kind.folder for kind in kinds}
    found = []
    for path in sorted(content.rglob("*")):
        if path.suffix not in YAML_SUFFIXES:
            continue
        rel = path.relative_to(content)
        if not any(kind.folder == rel.parts[0] and path.suffix in kind.suffixes
                   and kind.reads(PurePath(*rel.parts[1:]))
                   for kind in kinds if len(rel.parts) > 1):
            relpath = path.relative_to(root).as_posix()
            found.append(warning(
                "unrecognised-file", Position(relpath), "",
                "no content kind reads this file; expected content/<kind>/<name>.yml with <kind> one of "
                + ", ".join(sorted(known)),
                "ไม่มีข้อมูลประเภทใดอ่านไฟล์นี้ ตรวจสอบชื่อโฟลเดอร์และตำแหน่งไฟล์",
            ))
    return found
