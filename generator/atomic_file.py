"""Write a file so that no reader, and no interrupted run, ever sees half of it.

The bytes go to a temporary file in the same folder, which then replaces the target
(``os.replace``); on any failure the temporary file is removed and the target is as it was. Used
for the build tree, the caches beside it and an imported month file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
