"""Write generated files atomically and only when their content changed.

Each file goes through a temporary file in the same folder and ``os.replace``, so a reader (or an
interrupted run) never sees half a file; an unchanged rebuild touches nothing, which keeps
modification times meaningful and rebuilds cheap. Files the generator no longer produces are
removed (but for the tree's ``.cache/`` folder, the incremental build's own, never published:
``generator.load.cache``, ``generator.build.site_state``), and so is any symbolic link inside the
tree (the link, never what it points to: ``generator.build.refusal``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.atomic_file import write_atomic
from generator.build.refusal import refuse_link, remove_links_inside

CACHE_DIR = ".cache"
"""The folder of ``build/`` that holds caches: kept by ``write_tree``, never part of the site."""


@dataclass(frozen=True)
class WriteStats:
    written: int
    unchanged: int
    removed: int


def write_tree(root: Path, files: Iterable[tuple[str, bytes]], shown: str = "build") -> WriteStats:
    """Make ``root`` hold exactly ``files`` (relative POSIX paths and their bytes), writing each as it
    comes (``files`` may be made as they are asked for: none is kept). ``root`` being a symbolic link
    is refused (``refusal.refuse_link``); links inside it are removed, never followed."""
    refuse_link(root, shown)
    written = unchanged = 0
    removed = remove_links_inside(root) if root.is_dir() else 0
    wanted: set[Path] = set()
    for relpath, data in files:
        target = root / relpath
        wanted.add(target)
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            unchanged += 1
            continue
        write_atomic(target, data)
        written += 1
    if root.is_dir():
        for path in sorted(root.rglob("*"), reverse=True):
            if path.is_relative_to(root / CACHE_DIR):
                continue
            if path.is_file() and path not in wanted:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return WriteStats(written, unchanged, removed)
