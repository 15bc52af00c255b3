"""What the last successful build of a site was made from, so the next one can skip or shorten it.

After each successful build, ``build/.cache/site-<key>.pickle`` (one per site folder: ``--out`` may
name several) records the fingerprint of the agency's inputs, a digest of every generated file of
``build/``, the page titles MkDocs' navigation showed, the raw search index MkDocs wrote, the
build's diagnostics, and a manifest of every file of ``build/`` and of the published site (size,
modification time, inode and SHA-256). A later run trusts the record only while both folders still
match it: a site or a build tree changed or removed by hand since is rebuilt in full. A file whose
size, time and inode are as recorded is not read again; one whose time or inode differ (restored
from a CI cache, copied) matches if its bytes do. A record that cannot be read is no record.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.atomic_file import write_atomic
from generator.build.writer import CACHE_DIR
from generator.diagnostics import Diagnostic
from generator.load.fingerprint import code_fingerprint, digest, folder_files, tree_digest

INPUTS = ("site_config.yml", "content", "theme", "catalogues")
"""What a build reads from the agency directory (the packaged theme and catalogues are part of
the code fingerprint); ``serve`` watches the same."""
Manifest = dict[str, tuple[int, int, int, str]]
"""Each file under a folder (relative path) → (size, modification time in ns, inode, SHA-256 of its
bytes, or of its target for a symbolic link)."""


@dataclass
class SiteState:
    inputs: str
    """``input_fingerprint`` of the agency when it was built."""
    files: dict[str, str]
    """Each generated file of ``build/`` → the SHA-256 of its bytes."""
    titles: dict[str, str]
    """Each Markdown page of ``build/docs`` → ``title_key`` (what the navigation shows of it)."""
    search: bytes
    """The search index as MkDocs wrote it, before post-processing (``thai_search``)."""
    diagnostics: list[Diagnostic]
    build: Manifest = field(default_factory=dict)
    site: Manifest = field(default_factory=dict)


def _entries(folder: Path, skip: str) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """Every file and link under ``folder`` (``skip``: a top-level folder left out), never followed."""
    pending = [folder]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                relpath = Path(entry.path).relative_to(folder).as_posix()
                if relpath == skip:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                else:
                    yield relpath, entry


def _sha256(entry: os.DirEntry[str]) -> str:
    if entry.is_symlink():
        return digest("link", os.readlink(entry.path))
    with open(entry.path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def manifest(folder: Path, skip: str = "", known: dict[str, str] | None = None) -> Manifest:
    """Size, modification time, inode and SHA-256 of every file under ``folder`` (``known``: the
    SHA-256 of files just written from memory, not read back)."""
    found: Manifest = {}
    for relpath, entry in _entries(folder, skip):
        stat = entry.stat(follow_symlinks=False)
        sha = (known or {}).get(relpath) if not entry.is_symlink() else None
        found[relpath] = (stat.st_size, stat.st_mtime_ns, stat.st_ino, sha or _sha256(entry))
    return found


def matches(folder: Path, recorded: Manifest, skip: str = "") -> bool:
    """Whether ``folder`` holds exactly the files ``recorded``, with the same bytes (read only when
    size, time or inode differ from the record); False when it is missing, a link or unreadable."""
    try:
        if folder.is_symlink() or not folder.is_dir():
            return False
        seen = 0
        for relpath, entry in _entries(folder, skip):
            stat, known = entry.stat(follow_symlinks=False), recorded.get(relpath)
            if known is None or stat.st_size != known[0]:
                return False
            if (stat.st_mtime_ns, stat.st_ino) != known[1:3] and _sha256(entry) != known[3]:
                return False
            seen += 1
        return seen == len(recorded)
    except OSError:
        return False


def _history_key(root: Path) -> str:
    """What the published history of data files depends on (``generator.history``): the newest
    commit that touched them, and whether the clone is shallow; nothing outside git."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--is-shallow-repository"],
                              capture_output=True, check=True, timeout=60).stdout
        newest = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%H", "--", "content",
                                 "site_config.yml"], capture_output=True, check=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return "no git"
    return (head + newest).decode("utf-8", "replace")


def input_fingerprint(root: Path, *options: str) -> str:
    """Everything a build's output depends on: the agency's files, its git history, the code, and
    the ``options`` of the command that change what it publishes (an address given to it)."""
    files = [(f"{name}/{inner}", data) for name in INPUTS
             for inner, data in folder_files(root / name)]
    if (root / INPUTS[0]).is_file():
        files.append((INPUTS[0], (root / INPUTS[0]).read_bytes()))
    return digest(code_fingerprint(), tree_digest(files), _history_key(root), *options)


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_TITLE_LINES = re.compile(r"^ {0,3}#(?:[ \t].*)?$|^.*<h1.*$|^.+\n {0,3}=+[ \t]*$", re.M)


def title_key(markdown: bytes) -> str:
    """What MkDocs may take a page's title from: its front matter and every line that can be a
    first-level heading (``# …``, ``<h1``, a line underlined with ``=``)."""
    text = markdown.decode("utf-8", "replace")
    front = _FRONT_MATTER.match(text)
    return digest(front.group(0) if front else "", *(match.group(0) for match in _TITLE_LINES.finditer(text)))


def _state_file(build_dir: Path, site_dir: Path) -> Path:
    return build_dir / CACHE_DIR / f"site-{digest(os.path.abspath(site_dir))[:20]}.pickle"


def load_state(build_dir: Path, site_dir: Path) -> SiteState | None:
    """The record of the last build of ``site_dir``, or None (none, unreadable, another version)."""
    try:
        key, state = pickle.loads(_state_file(build_dir, site_dir).read_bytes())
    except Exception:  # missing, truncated, corrupt or another version's: no record
        return None
    return state if key == code_fingerprint() and isinstance(state, SiteState) else None


def save_state(build_dir: Path, site_dir: Path, state: SiteState | None) -> None:
    """Record ``state`` (None: forget the record, before anything it describes is changed)."""
    path = _state_file(build_dir, site_dir)
    if state is None:
        path.unlink(missing_ok=True)
        return
    write_atomic(path, pickle.dumps((code_fingerprint(), state), protocol=pickle.HIGHEST_PROTOCOL))


def up_to_date(build_dir: Path, site_dir: Path, inputs: str) -> SiteState | None:
    """The record of the last build when nothing it depends on changed since: same inputs, and
    neither ``build/`` nor the site touched by anyone. None when a build has work to do."""
    state = load_state(build_dir, site_dir)
    if state is None or state.inputs != inputs:
        return None
    if not matches(build_dir, state.build, CACHE_DIR) or not matches(site_dir, state.site):
        return None
    return state

