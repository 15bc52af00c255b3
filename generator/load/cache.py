"""A cache of loaded files, keyed by the hash of their bytes, so a rebuild parses only what changed.

Loading is a pure function of a file's bytes (and of the files its reader also reads, such as the
``plan.yml`` beside a month's CSV), its path, its model and the generator's code: the key hashes all
of them (``fingerprint``), and the entry holds the validated record with every diagnostic loading
gave, so a run from the cache reports exactly what a run without it reports. Entries are pickles
under ``build/.cache/load/`` (build/ is the generator's own, git-ignored, never published); one
that cannot be read, or was written for another key, is ignored and replaced, never trusted.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.load.fingerprint import code_fingerprint, digest

Entry = tuple[Any, list[Any]]
"""What loading one file gave: its record (or None) and its diagnostics."""


class LoadCache:
    """Entries in ``folder``; a read-only cache (``oitgen check`` writes nothing) only reads them."""

    def __init__(self, folder: Path, writable: bool = True) -> None:
        self.folder = folder
        self.writable = writable
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def key(self, relpath: str, slug: str, model: type, reader: object, files: Sequence[Path]) -> str:
        """The key of a file's entry: the bytes of ``files`` (the file, then what it reads beside
        it; a missing one counts as missing), its path and slug, its model and reader, the code."""
        contents = [path.read_bytes() if path.is_file() else b"\0missing" for path in files]
        name = f"{getattr(reader, '__module__', '')}.{getattr(reader, '__qualname__', '')}"
        return digest(code_fingerprint(), relpath, slug, f"{model.__module__}.{model.__qualname__}", name,
                      *(f"{path.name}\0" for path in files), *contents)

    def get(self, key: str) -> Entry | None:
        self.used.add(key)
        try:
            stored_key, record, problems = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except Exception:  # missing, truncated, corrupt, written by another version: not an entry
            self.misses += 1
            return None
        if stored_key != key or not isinstance(problems, list):
            self.misses += 1
            return None
        self.hits += 1
        return record, problems

    def put(self, key: str, entry: Entry) -> None:
        if not self.writable:
            return
        try:
            data = pickle.dumps((key, *entry), protocol=pickle.HIGHEST_PROTOCOL)
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, self.folder / f"{key}.pickle")
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            return  # a cache that cannot be written only costs the next run its time

    def prune(self) -> None:
        """Remove entries this run did not use (old versions of files): the cache stays the size
        of the content."""
        if not self.writable or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.stem not in self.used or path.suffix != ".pickle":
                path.unlink(missing_ok=True)
