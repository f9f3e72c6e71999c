"""Recovery files: the unsaved state of a briefing, kept in the user's data folder so that a
crash loses at most the last minute of work. No Qt here; `ui/autosave.py` decides when.

One file per window session, named `<pid>-<n>.json` so that two running instances never write
the same file. A file whose process is still running belongs to that process and is not
offered; a file whose process is gone is left over from a crash (or from a "Later").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_app.core.atomicfile import pid_alive, remove_leftovers_in, write_atomically
from briefing_app.core.jsonreader import DataFileError, read_json_file
from briefing_app.core.userdirs import user_data_dir
from briefing_app.geo.positions import json_default
from briefing_app.i18n import translate
from briefing_app.model import fileformat
from briefing_app.model.document import Briefing

log = logging.getLogger(__name__)

RECOVERY_FORMAT = "briefing-app-recovery"
RECOVERY_SUFFIX = ".json"

_counter = itertools.count(1)
# Files this process writes for its open windows: never offered back to itself.
_own_files: set[Path] = set()


class RecoveryError(DataFileError):
    """A recovery file that cannot be used; the message is meant for the user."""


@dataclass(frozen=True)
class FileState:
    """What a briefing file on disk looked like when it was opened or saved."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileState | None:
        """The file's state now; None when there is no file to read."""
        try:
            stat = os.stat(path)
            digest = _sha256(Path(path))
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest)

    def differs_from_disk(self, path: str | os.PathLike[str]) -> bool:
        """True when the file's content is no longer what this state recorded (a file that
        was only touched, same bytes, has not changed; a deleted file has nothing to lose)."""
        try:
            stat = os.stat(path)
        except OSError:
            return False
        if stat.st_mtime_ns == self.mtime_ns and stat.st_size == self.size:
            return False
        if stat.st_size != self.size:
            return True
        try:
            return _sha256(Path(path)) != self.sha256
        except OSError:
            return True

    def to_json(self) -> dict[str, Any]:
        return {"mtime_ns": self.mtime_ns, "size": self.size, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: Any) -> FileState | None:
        try:
            return cls(int(data["mtime_ns"]), int(data["size"]), str(data["sha256"]))
        except (TypeError, KeyError, ValueError):
            return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Recovery:
    """A recovery file found on disk. `error` says why it cannot be restored (the user can
    still discard it)."""

    path: Path
    saved_at: dt.datetime | None
    title: str
    source_path: Path | None
    builtin: bool = False
    source_state: FileState | None = None
    error: str | None = None
    briefing: Briefing | None = field(default=None, compare=False, repr=False)

    @property
    def pid(self) -> int | None:
        return _pid_of(self.path)


def recovery_dir() -> Path:
    return user_data_dir() / "recovery"


def new_recovery_path() -> Path:
    """A file name of this process's own, for one window session."""
    path = recovery_dir() / f"{os.getpid()}-{next(_counter)}{RECOVERY_SUFFIX}"
    _own_files.add(path)
    return path


def write_recovery(
    doc: Briefing,
    source_path: Path | None,
    target: Path,
    *,
    builtin: bool = False,
    source_state: FileState | None = None,
) -> None:
    """Write `doc` to the recovery file `target` atomically (readers see the previous
    version or this one). Raises RecoveryError when it cannot be written."""
    wrapper = {
        "format": RECOVERY_FORMAT,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "source_path": str(source_path) if source_path is not None else None,
        "builtin": builtin,
        "source_state": source_state.to_json() if source_state else None,
        "title": doc.title,
        "briefing": fileformat.to_json(doc),
    }
    try:
        data = json.dumps(
            wrapper, ensure_ascii=False, allow_nan=False, default=json_default
        ).encode("utf-8")
    except ValueError as exc:
        raise RecoveryError(
            target, translate("Recovery", "cannot be written: {reason}").format(reason=exc)
        ) from exc
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RecoveryError(
            target.parent,
            translate("Recovery", "cannot be created: {reason}").format(reason=exc.strerror or exc),
        ) from exc
    write_atomically(target, lambda handle: handle.write(data), error_type=RecoveryError)
    _own_files.add(target)


def list_recoveries() -> list[Recovery]:
    """Recovery files left by processes that are gone: restorable ones first, newest first.
    Files that cannot be read are listed too, last, with `error` set, so that the user learns
    of them and can discard them."""
    folder = recovery_dir()
    remove_leftovers_in(folder)  # temporary files of recovery writes that were killed
    try:
        candidates = sorted(folder.glob(f"*{RECOVERY_SUFFIX}"))
    except OSError as exc:
        log.warning("cannot list recovery folder %s: %s", folder, exc)
        return []
    found = []
    for path in candidates:
        if path in _own_files:
            continue
        pid = _pid_of(path)
        if pid is not None and pid != os.getpid() and pid_alive(pid):
            continue  # another running instance's window
        found.append(read_recovery(path))
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    # Restorable ones first, newest first.
    found.sort(key=lambda r: (r.error is None, r.saved_at or epoch), reverse=True)
    return found


def read_recovery(path: Path) -> Recovery:
    """Read and check a recovery file; problems go into `Recovery.error`, never raised."""
    try:
        data = read_json_file(
            path,
            RecoveryError,
            translate("Recovery", "recovery file"),
            fileformat.MAX_FILE_BYTES + 1024 * 1024,
        )
        if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
            raise RecoveryError(path, translate("Recovery", "is not a Briefing App recovery file"))
        doc = fileformat.from_json(data.get("briefing"), f"{path} (briefing)")
    except DataFileError as exc:
        log.warning("unusable recovery file: %s", exc)
        return Recovery(path, _modified_at(path), path.stem, None, error=str(exc))
    source = data.get("source_path")
    return Recovery(
        path,
        _parse_time(data.get("saved_at")) or _modified_at(path),
        doc.title,
        Path(source) if isinstance(source, str) and source else None,
        builtin=data.get("builtin") is True,
        source_state=FileState.from_json(data.get("source_state")),
        briefing=doc,
    )


def load_recovery(recovery: Recovery) -> tuple[Briefing, Path | None]:
    """The briefing a recovery file holds and the file it came from (None: never saved)."""
    if recovery.error is not None or recovery.briefing is None:
        raise RecoveryError(
            recovery.path, recovery.error or translate("Recovery", "cannot be read")
        )
    # A fresh copy each time: restoring twice must not share one document.
    doc = fileformat.from_json(fileformat.to_json(recovery.briefing), str(recovery.path))
    return doc, recovery.source_path


def discard(recovery: Recovery | Path) -> None:
    path = recovery.path if isinstance(recovery, Recovery) else recovery
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot delete recovery file %s: %s", path, exc)
        return
    log.info("recovery file %s removed", path)


def release(path: Path) -> None:
    """This process no longer writes `path` (its window closed)."""
    _own_files.discard(path)


def _pid_of(path: Path) -> int | None:
    head = path.name.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _parse_time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _modified_at(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return None
