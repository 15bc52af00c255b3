"""Render stage: loaded agency + diagnostics → the files of the build tree (pure, no I/O).

The tree holds ``docs/`` (Markdown pages and assets), ``mkdocs.yml`` and ``theme/`` (the packaged
theme, with the agency's own overrides laid over it).
"""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.render.environment import make_environment
from generator.render.mkdocs_config import dump_config, mkdocs_config
from generator.render.pages import build_pages, yaml_str

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


def render_site(agency: Agency, diagnostics: list[Diagnostic]) -> dict[str, bytes]:
    """Every file of the build tree, keyed by its path relative to ``build/``."""
    env = make_environment()
    env.filters["yaml_str"] = yaml_str
    pages = build_pages(agency, diagnostics)
    org = agency.config.organisation
    files: dict[str, bytes] = {}
    for page in pages:
        template = env.get_template(page.template)
        files[f"docs/{page.path}"] = template.render(org=org, **page.context).encode("utf-8")
    theme = theme_dir()
    files.update(_tree(theme / "overrides", "theme"))
    files.update(_tree(theme / "assets", "docs/assets"))
    files["mkdocs.yml"] = dump_config(mkdocs_config(agency, pages)).encode("utf-8")
    return files
