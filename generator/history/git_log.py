"""The versions of every data file, read from git in one pass for the whole build.

One ``git log --name-only`` lists, for every commit touching ``content/`` or ``site_config.yml``,
the files it changed; one ``git cat-file --batch`` then reads every version of every data file.
Two processes per build, however many pages. A shallow clone (CI's default ``fetch-depth: 1``) or
a folder outside git has no usable history: ``read_history`` says why instead of showing a
history that starts at an arbitrary commit.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

MAX_VERSIONS = 20
"""Per file, newest first: enough for a citizen to see recent alterations, cheap to read."""
DATA_SUFFIXES = (".yml", ".yaml", ".csv", ".md")
_RECORD, _FIELD = "\x1e", "\x1f"


@dataclass(frozen=True)
class Version:
    commit: str
    date: dt.date
    subject: str
    text: str | None
    """The file's content at this commit; ``None`` when it was deleted."""


@dataclass
class History:
    """Each data file (path relative to the agency root) → its versions, newest first."""

    files: dict[str, list[Version]] = field(default_factory=dict)
    absent: str | None = None
    """Why there is no history (English; the page says it in Thai), or None."""


def _git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["git", "-C", str(root), *args], input=data, capture_output=True,
                          check=True, timeout=120).stdout


def read_history(root: Path) -> History:
    """Every version of every data file under ``root`` that git knows, or why there are none."""
    try:
        inside = _git(root, "rev-parse", "--is-inside-work-tree", "--is-shallow-repository",
                      "--show-prefix").decode().split("\n")
    except (OSError, subprocess.SubprocessError):
        return History(absent="not a git repository")
    if inside[1] == "true":
        return History(absent="a shallow clone: the history before its newest commit is not there")
    prefix = inside[2]
    log = _git(root, "log", "--no-renames", "--relative", "--name-only",
               f"--format={_RECORD}%H{_FIELD}%cI{_FIELD}%s", "--", "content", "site_config.yml")
    touched: Touched = {}
    for record in log.decode("utf-8", "replace").split(_RECORD)[1:]:
        head, _, names = record.partition("\n")
        commit, when, subject = head.split(_FIELD, 2)
        date = dt.datetime.fromisoformat(when).date()
        for name in filter(None, names.split("\n")):
            versions = touched.setdefault(name, [])
            if name.endswith(DATA_SUFFIXES) and len(versions) < MAX_VERSIONS:
                versions.append((commit, date, subject))
    if not touched:
        return History(absent="no commit touches the data yet")
    return History(files=_contents(root, prefix, touched))


Touched = dict[str, list[tuple[str, dt.date, str]]]
"""File → (commit, date, subject) of the commits that changed it, newest first."""


def _contents(root: Path, prefix: str, touched: Touched) -> dict[str, list[Version]]:
    """Read every listed version in one ``git cat-file --batch``."""
    wanted = [(name, commit) for name, versions in touched.items() for commit, _, _ in versions]
    request = "".join(f"{commit}:{prefix}{name}\n" for name, commit in wanted).encode("utf-8")
    output = _git(root, "cat-file", "--batch", data=request)
    texts: dict[tuple[str, str], str | None] = {}
    position = 0
    for key in wanted:
        end = output.index(b"\n", position)
        header = output[position:end].split()
        position = end + 1
        if len(header) < 3 or header[1] != b"blob":  # "<name> missing": deleted in that commit
            texts[key] = None
            continue
        size = int(header[2])
        texts[key] = output[position:position + size].decode("utf-8", "replace")
        position += size + 1
    return {name: [Version(commit, date, subject, texts[(name, commit)]) for commit, date, subject in commits]
            for name, commits in touched.items() if name.endswith(DATA_SUFFIXES)}
