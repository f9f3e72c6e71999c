"""Write a file so that readers see the old version or the new one, never half of either:
write a temporary file in the same folder, flush it to disk, then rename it over the target."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from briefing_app.jsonreader import DataFileError


def write_atomically(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None], *,
                     backup: bool = False,
                     error_type: type[DataFileError] = DataFileError) -> None:
    """Call `write` with a binary file; on success it replaces `path` (the old file kept as
    `<path>.bak` with `backup`). Any failure, including an exception from `write`, leaves
    `path` as it was and no temporary file behind."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise error_type(target, f"cannot write in {folder}: {exc.strerror}") from exc
    try:
        # mkstemp makes the file private (0600); the result gets the permissions the file it
        # replaces had, or the user's usual ones.
        os.chmod(tmp_name, _file_mode(target))
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise error_type(target, f"cannot be written: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
