"""Write a file so that readers see the old version or the new one, never half of either:
write a temporary file in the same folder, flush it to disk, then rename it over the target.

With a backup, the previous version becomes `<name>.bak` by a hard link (or, where the file
system has none, a copy to a temporary file) renamed over the old `.bak`: at every moment the
target and the `.bak` are each a complete version, whenever the process is killed. Temporary
files that killed saves left behind are removed by the next save into the same folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from briefing_app.core.jsonreader import DataFileError
from briefing_app.i18n import translate

TEMP_SUFFIX = ".tmp"


def write_atomically(
    path: str | os.PathLike[str],
    write: Callable[[IO[bytes]], object],
    *,
    backup: bool = False,
    error_type: type[DataFileError] = DataFileError,
) -> None:
    """Call `write` with a binary file; on success it replaces `path` (the old file kept as
    `<path>.bak` with `backup`). Any failure, including an exception from `write`, leaves
    `path` (and its `.bak`) as they were and no temporary file behind."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_leftovers(target)
    try:
        # The process id in the name tells a later save whether the file is left over.
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{_temp_prefix(target)}{os.getpid()}.", suffix=TEMP_SUFFIX, dir=folder
        )
    except OSError as exc:
        raise error_type(
            target,
            translate("AtomicFile", "cannot write in {folder}: {reason}").format(
                folder=folder, reason=exc.strerror
            ),
        ) from exc
    try:
        # mkstemp makes the file private (0600); the result gets the permissions the file it
        # replaces had, or the user's usual ones.
        os.chmod(tmp_name, _file_mode(target))
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.exists():
            _keep_previous(target, folder)
        os.replace(tmp_name, target)
        _sync_folder(folder)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise error_type(
            target,
            translate("AtomicFile", "cannot be written: {reason}").format(
                reason=exc.strerror or exc
            ),
        ) from exc
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def backup_path(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    return target.with_name(target.name + ".bak")


def _keep_previous(target: Path, folder: Path) -> None:
    """Make the current `target` the `.bak`, replacing the old `.bak` in one rename."""
    # os.urandom is what secrets.token_hex reads; the secrets module brings hmac with it.
    staged = folder / f"{_temp_prefix(target)}{os.getpid()}.{os.urandom(4).hex()}.bak{TEMP_SUFFIX}"
    try:
        try:
            os.link(target, staged)
        except (OSError, NotImplementedError):
            # FAT, some network shares: no hard links. The copy goes to a new file, never
            # over the .bak, which a crash during the copy would leave cut off.
            shutil.copy2(target, staged)
            with open(staged, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(staged, backup_path(target))
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_leftovers(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that saves of `path` killed part-way left in its folder
    (those of a process still running are its saves in progress). Returns those removed."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    return _remove_matching(folder, re.escape(_temp_prefix(target)))


def remove_leftovers_in(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove what killed saves of any file left in `folder` (the app's own folders)."""
    return _remove_matching(Path(folder), r"\..+\.")


def _remove_matching(folder: Path, prefix: str) -> list[Path]:
    # The random part has no dots, so another file's name cannot pass for a process id.
    pattern = re.compile(prefix + r"(\d+)\.[A-Za-z0-9_]+(?:\.bak)?" + re.escape(TEMP_SUFFIX))
    removed: list[Path] = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return removed
    for candidate in candidates:
        match = pattern.fullmatch(candidate.name)
        if match is None:
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or _owner_alive(pid, candidate):
            continue
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """True for an existing file its owner marked read-only (replacing it needs a yes)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not mode & stat.S_IWUSR


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the renamed file, so that it survives a power cut."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _owner_alive(pid: int, leftover: Path) -> bool:
    """Whether the process that wrote `leftover` still runs: a process with its id runs and
    did not start after the file was written. Ids are reused (32,768 of them on many Linux
    systems), so a busy machine can hand a killed save's id to a new process within seconds."""
    if not pid_alive(pid):
        return False
    started = _process_start_time(pid)
    if started is None:
        return True
    try:
        written = leftover.stat().st_mtime
    except OSError:
        return True
    # Start times are known to a clock tick; a second of slack keeps the real owner.
    return started <= written + 1.0


def _process_start_time(pid: int) -> float | None:
    """When process `pid` started (seconds since the epoch), where the system tells (Linux)."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        # The command name in parentheses may hold spaces; the fields after it do not.
        ticks = int(stat_line.rsplit(")", 1)[1].split()[19])
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs now. (A reused id after a reboot makes a leftover
    file look owned; it is removed once that process ends.)"""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
