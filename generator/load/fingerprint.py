"""Fingerprints: hashes that say whether the inputs of a stage are what they were last time.

Every cache of the incremental build (``generator.load.cache``, ``generator.build.incremental``)
is keyed by them, so a cached result is reused only for the very bytes it was made from, by the
very code that made it: the generator's own files (code, templates, catalogues, packaged theme),
the versions of the libraries whose output we publish, and the Python version.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
"""The installed ``generator`` package."""
ENGINE = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pydantic",
          "pyyaml", "nh3", "pypdf", "pyicu-wheels", "defusedxml", "openpyxl")
"""The distributions whose version may change what a load or a build produces (MkDocs and its
theme, the Markdown engine, templates, validation, sanitising, PDF text, ICU's Thai word breaks)."""


def digest(*parts: bytes | str) -> str:
    """SHA-256 of the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ."""
    sha = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(len(data).to_bytes(8, "big"))
        sha.update(data)
    return sha.hexdigest()


def tree_digest(files: Iterable[tuple[str, bytes]]) -> str:
    """One hash of named contents (relative path → bytes), independent of their order."""
    return digest(*(f"{name}\0{hashlib.sha256(data).hexdigest()}" for name, data in sorted(files)))


def folder_files(base: Path) -> list[tuple[str, bytes]]:
    """Every regular file under ``base`` (path relative to it, bytes); none when it is missing."""
    if not base.is_dir():
        return []
    return [(path.relative_to(base).as_posix(), path.read_bytes()) for path in sorted(base.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"]


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


@cache
def code_fingerprint() -> str:
    """The generator as installed (every file of the package, the packaged theme in a checkout),
    the engine's versions and Python's: a change to any of them invalidates every cache."""
    checkout_theme = PACKAGE_DIR.parent / "theme"
    files = folder_files(PACKAGE_DIR)
    if not (PACKAGE_DIR / "_theme").is_dir():
        files += [(f"theme/{name}", data) for name, data in folder_files(checkout_theme)]
    versions = ",".join(f"{name}={_version(name)}" for name in ENGINE)
    return digest(tree_digest(files), versions, sys.version)
