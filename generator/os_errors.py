"""Failures of the machine, not of the data: a full disk, a read-only or forbidden folder.

They surface as ``OSError`` wherever a file is read or written (``build/``, the staged ``site/``,
an imported month file). The command line turns each into one diagnostic with the path and what to
do, in English and Thai, instead of a Python traceback; nothing here retries or writes.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

from generator.diagnostics import Diagnostic, Position, error

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EROFS, errno.EACCES, errno.EPERM}


def _shown(path: Path, root: Path) -> str:
    """The path relative to the agency directory when inside it, else as given."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def os_error_diagnostic(exc: OSError, root: Path, doing: Sequence[Path]) -> Diagnostic:
    """One diagnostic for ``exc``; ``doing`` are the files or folders the command was writing,
    named when the error itself carries no file name (a failed ``write()`` has none)."""
    places = [Path(exc.filename)] if exc.filename else list(doing)
    shown = [_shown(place, root) for place in places]
    return _diagnostic(exc, Position(shown[0]), " or ".join(shown), " หรือ ".join(shown))


def _diagnostic(exc: OSError, where: Position, path: str, path_th: str) -> Diagnostic:
    reason = exc.strerror or type(exc).__name__
    if exc.errno in _DISK_FULL:
        return error(
            "disk-full", where, "",
            f"no space left on the disk while writing {path} ({reason}): free some disk space "
            "(or write elsewhere with --out) and run the command again; the published site is unchanged",
            f"พื้นที่ดิสก์เต็มระหว่างบันทึก {path_th} ให้ลบไฟล์ที่ไม่ใช้เพื่อเพิ่มพื้นที่ (หรือใช้ --out "
            "เพื่อบันทึกที่อื่น) แล้วสั่งใหม่ เว็บไซต์ที่เผยแพร่อยู่ไม่ถูกเปลี่ยนแปลง",
        )
    if exc.errno in _DENIED:
        return error(
            "no-permission", where, "",
            f"cannot read or write {path} ({reason}): the file system is read-only or the user running "
            "oitgen has no permission there; make it writable (or readable), or choose another folder "
            "(--out for the site), and run again; the published site is unchanged",
            f"อ่านหรือบันทึก {path_th} ไม่ได้ (ระบบไฟล์เป็นแบบอ่านอย่างเดียว หรือผู้ใช้ที่รัน oitgen ไม่มีสิทธิ์) "
            "ให้เปิดสิทธิ์การเขียน (หรือการอ่าน) หรือเลือกโฟลเดอร์อื่น (--out สำหรับเว็บไซต์) แล้วสั่งใหม่ "
            "เว็บไซต์ที่เผยแพร่อยู่ไม่ถูกเปลี่ยนแปลง",
        )
    return error(
        "os-error", where, "",
        f"the system could not read or write {path} ({reason}); check the path and the disk, then run "
        "again; the published site is unchanged",
        f"ระบบอ่านหรือบันทึก {path_th} ไม่ได้ ({reason}) ให้ตรวจสอบตำแหน่งไฟล์และดิสก์ แล้วสั่งใหม่ "
        "เว็บไซต์ที่เผยแพร่อยู่ไม่ถูกเปลี่ยนแปลง",
    )
