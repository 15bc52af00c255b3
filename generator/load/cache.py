"""A cache of loaded files, keyed by the hash of their bytes, so a rebuild parses only what changed.

Loading is a pure function of a file's bytes (and of the files its reader also reads, such as the
``plan.yml`` beside a month's CSV), its path, its model and the generator's code: the key hashes all
of them (``fingerprint``), and the entry holds the validated record with every diagnostic loading
gave, so a run from the cache reports exactly what a run without it reports. Entries are pickles
under ``build/.cache/load/`` (build/ is the generator's own, git-ignored, never published); one
that cannot be read, or was written for another key, is ignored and replaced, never trusted.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator.atomic_file import write_atomic
from generator.load.fingerprint import code_fingerprint, digest

Entry = tuple[Any, list[Any]]
"""What loading one file gave: its record (or None) and its diagnostics."""


class DigestStore:
    """Values in ``folder`` by key (a digest of everything that made them), each pickled with its
    key; the rendered pages (``render.page_memo``) are kept the same way. A read-only store
    (``oitgen check`` writes nothing) only reads."""

    def __init__(self, folder: Path, writable: bool = True) -> None:
        self.folder = folder
        self.writable = writable
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def read(self, key: str, valid: Callable[[Any], bool]) -> Any:
        """The value kept under ``key``, or None: missing, unreadable, written for another key or
        not ``valid``, it is not an entry."""
        self.used.add(key)
        try:
            stored_key, value = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except Exception:  # missing, truncated, corrupt, written by another version
            stored_key, value = None, None
        if stored_key != key or not valid(value):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def write(self, key: str, value: Any) -> None:
        if not self.writable:
            return
        try:
            data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(self.folder / f"{key}.pickle", data)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            return  # an entry that cannot be written only costs the next run its time

    def prune(self) -> None:
        """Remove entries this run did not use (old versions): the store stays the size of what it
        serves."""
        if not self.writable or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.stem not in self.used or path.suffix != ".pickle":
                path.unlink(missing_ok=True)


def _is_entry(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list)


class LoadCache(DigestStore):
    """Loaded files by ``key``."""

    def key(self, relpath: str, slug: str, model: type, reader: object, files: Sequence[Path]) -> str:
        """The key of a file's entry: the bytes of ``files`` (the file, then what it reads beside
        it; a missing one counts as missing), its path and slug, its model and reader, the code."""
        contents = [path.read_bytes() if path.is_file() else b"\0missing" for path in files]
        name = f"{getattr(reader, '__module__', '')}.{getattr(reader, '__qualname__', '')}"
        return digest(code_fingerprint(), relpath, slug, f"{model.__module__}.{model.__qualname__}", name,
                      *(f"{path.name}\0" for path in files), *contents)

    def get(self, key: str) -> Entry | None:
        entry: Entry | None = self.read(key, _is_entry)
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self.write(key, entry)
