"""Why a build stopped before touching the published site, as diagnostics; and symbolic links.

oitgen replaces ``build/`` and ``site/`` as wholes: it writes, renames and deletes inside them. A
symbolic link there that oitgen did not make would send those writes and deletions somewhere
else (a web server's folder, a home directory), so the switch never follows one:

- ``build/``, ``site/`` (or ``--out``) being a link is refused (``symlinked-output``), naming the
  link and its target: remove the link, or build straight into the target with ``--out``;
- a link *inside* ``build/`` (which oitgen generates entirely) is removed itself, never followed,
  and replaced by what oitgen generates; links inside an old ``site/`` are removed with it, their
  targets untouched (``shutil.rmtree`` does not follow links).
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.diagnostics import Diagnostic, Position, error


class BuildRefused(Exception):
    """The build stopped before the switch; the previous site is as it was."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.text() for d in diagnostics))
        self.diagnostics = diagnostics


class BuildFailed(Exception):
    """MkDocs refused the generated site (a broken link in strict mode, a bad config)."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages) or "MkDocs build failed")
        self.messages = messages


def unresolved(path: Path) -> Path:
    """``path`` made absolute without following its last part (``Path.resolve`` would follow a
    ``site`` link to its target and build there)."""
    return Path(os.path.abspath(path.parent)).resolve() / path.name


def shown(path: Path, root: Path) -> str:
    """How messages name an output folder: relative to the agency directory when inside it."""
    absolute = unresolved(path)
    return absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else str(absolute)


def refuse_link(path: Path, shown: str) -> None:
    """Raise ``BuildRefused`` if ``path`` itself is a symbolic link (``shown`` names it)."""
    if not path.is_symlink():
        return
    target = f"{os.readlink(path)} ({os.path.realpath(path)})"
    raise BuildRefused([error(
        "symlinked-output", Position(shown), "",
        f"{shown} is a symbolic link to {target}: oitgen replaces this folder as a whole and never "
        f"writes or deletes through a link it did not make; remove the link, or build straight into "
        f"the target with --out {os.path.realpath(path)}",
        f"{shown} เป็น symbolic link ที่ชี้ไปยัง {target} oitgen จะแทนที่โฟลเดอร์นี้ทั้งโฟลเดอร์ และจะไม่เขียน"
        f"หรือลบไฟล์ผ่านลิงก์ที่ไม่ได้สร้างเอง กรุณาลบลิงก์ออก หรือสร้างเว็บไซต์ลงในโฟลเดอร์ปลายทางโดยตรงด้วย "
        f"--out {os.path.realpath(path)}",
    )])


def remove_links_inside(root: Path) -> int:
    """Remove every symbolic link inside ``root`` (the links, not their targets); how many."""
    removed = 0
    for folder, folders, files in os.walk(root):  # os.walk does not descend into linked folders
        for name in folders + files:
            if os.path.islink(link := os.path.join(folder, name)):
                os.unlink(link)
                removed += 1
    return removed
