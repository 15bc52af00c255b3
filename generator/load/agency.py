"""Load an agency directory (``site_config.yml`` + ``content/``) into validated models.

Each content kind is one line of ``KINDS``: where its files live and which model reads them.
Every file is read and validated even after an error elsewhere, so one run reports every mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from generator.diagnostics import Diagnostic, Position, error, warning
from generator.load.validation import validate
from generator.load.yaml_source import SourceFile, read_yaml_file
from generator.models.no_gift import NoGiftPolicy
from generator.models.organisation import SiteConfig
from generator.models.plan import ActionPlan

CONFIG_FILE = "site_config.yml"
CONTENT_DIR = "content"
YAML_SUFFIXES = (".yml", ".yaml")
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Kind:
    """A content kind: its key, its folder under ``content/`` and its model."""

    key: str
    folder: str
    model: type[BaseModel]


KINDS: tuple[Kind, ...] = (
    Kind("plans", "plans", ActionPlan),
    Kind("no_gift", "no-gift", NoGiftPolicy),
)


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A validated record with the file it came from (for positions) and its URL slug."""

    model: M
    source: SourceFile
    slug: str


@dataclass
class Agency:
    """Everything loaded from one agency directory."""

    root: Path
    config: SiteConfig
    config_source: SourceFile
    datasets: dict[str, list[Loaded[Any]]] = field(default_factory=dict)

    @property
    def plans(self) -> list[Loaded[ActionPlan]]:
        return self.datasets.get("plans", [])

    @property
    def no_gift(self) -> list[Loaded[NoGiftPolicy]]:
        return self.datasets.get("no_gift", [])

    def all_loaded(self) -> list[Loaded[Any]]:
        return [item for kind in KINDS for item in self.datasets.get(kind.key, [])]


def load_agency(root: Path) -> tuple[Agency | None, list[Diagnostic]]:
    """Read and validate everything; ``None`` when the site configuration itself is unusable."""
    diagnostics: list[Diagnostic] = []
    config_loaded = _load_file(root, root / CONFIG_FILE, SiteConfig, diagnostics)
    datasets: dict[str, list[Loaded[Any]]] = {}
    for kind in KINDS:
        folder = root / CONTENT_DIR / kind.folder
        datasets[kind.key] = [
            loaded for path in _data_files(folder)
            if (loaded := _load_file(root, path, kind.model, diagnostics)) is not None
        ]
    diagnostics.extend(_unrecognised_files(root))
    if config_loaded is None:
        return None, diagnostics
    return Agency(root, config_loaded.model, config_loaded.source, datasets), diagnostics


def _data_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file())


def _load_file(root: Path, path: Path, model: type[M], sink: list[Diagnostic]) -> Loaded[M] | None:
    relpath = path.relative_to(root).as_posix()
    if not path.is_file():
        sink.append(error("missing-file", Position(relpath), "", f"{relpath} is missing",
                          f"ไม่พบไฟล์ {relpath}"))
        return None
    source, problems = read_yaml_file(path, relpath)
    sink.extend(problems)
    if source is None or problems:
        return None
    record, problems = validate(source, model)
    sink.extend(problems)
    return None if record is None else Loaded(record, source, path.stem)


def _unrecognised_files(root: Path) -> list[Diagnostic]:
    """YAML files under content/ that no kind reads are probably misplaced: say so."""
    content = root / CONTENT_DIR
    if not content.is_dir():
        return []
    known = {kind.folder for kind in KINDS}
    found = []
    for path in sorted(content.rglob("*")):
        if path.suffix not in YAML_SUFFIXES:
            continue
        rel = path.relative_to(content)
        if len(rel.parts) != 2 or rel.parts[0] not in known:
            relpath = path.relative_to(root).as_posix()
            found.append(warning(
                "unrecognised-file", Position(relpath), "",
                "no content kind reads this file; expected content/<kind>/<name>.yml with <kind> one of "
                + ", ".join(sorted(known)),
                "ไม่มีข้อมูลประเภทใดอ่านไฟล์นี้ ตรวจสอบชื่อโฟลเดอร์และตำแหน่งไฟล์",
            ))
    return found
