"""The app's log: a rotating file in the user's log folder, with what is needed to diagnose a
problem someone reports (version, platform, the time and thread of every line, tracebacks of
uncaught exceptions). No Qt here: the Qt version is logged when Qt is already loaded."""

from __future__ import annotations

import logging
import os
import platform
import re
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from briefing_app import __version__
from briefing_app.core.userdirs import DATA_DIR_ENV

LOG_FILE = "briefing-app.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4  # the current file and four old ones: at most ~5 MB
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

# A message may quote a file's text: a line feed in it must not start a forged log line, a
# terminal escape must not act on whoever reads the log, a lone surrogate must not stop the
# line from being written. Tracebacks keep their lines.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def escape_controls(text: str) -> str:
    """`text` with control characters, line separators, direction overrides (which reorder
    what a terminal shows) and lone surrogates written as escapes (\\n, \\x1b, \\u202e), so
    that it stays one line of plain text. The surrogates Python uses for the bytes of a
    file name that is not UTF-8 are shown as those bytes (\\xff)."""
    return _UNSAFE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
    if named:
        return named
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class SafeFormatter(logging.Formatter):
    """A formatter whose message part is always one line of printable text."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging API)
        record.message = escape_controls(record.message)
        return super().formatMessage(record)


class ConsoleFormatter(SafeFormatter):
    """The terminal gets one line per message; tracebacks are for the log file."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        return self.formatMessage(record)


# extra= for a record that the terminal must not repeat (the caller has said it already).
LOG_FILE_ONLY = {"log_file_only": True}
_handler: RotatingFileHandler | None = None
_previous_hooks: tuple | None = None
log = logging.getLogger("briefing_app")


def log_folder() -> Path:
    """Where the log files are; under BRIEFING_APP_DATA_DIR when that is set (tests,
    portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_path

    return user_log_path("Briefing App", appauthor=False)


def log_file() -> Path:
    return log_folder() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log to the rotating file (and warnings to stderr, as before), log what
    runs where, and log uncaught exceptions. Safe to call twice. Returns the log file, or None
    when it cannot be written (the app runs on without it)."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        return Path(_handler.baseFilename)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError as exc:
        print(
            f"briefing-app: warning: no log file ({path}: {exc.strerror or exc})", file=sys.stderr
        )
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if not any(getattr(h, "_briefing_stderr", False) for h in root.handlers):
        # With a handler on the root, Python's last-resort stderr output stops: keep it.
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(ConsoleFormatter("briefing-app: %(levelname)s: %(message)s"))
        console._briefing_stderr = True  # type: ignore[attr-defined]
        # A caller that tells the user itself marks its record LOG_FILE_ONLY.
        console.addFilter(lambda record: not getattr(record, "log_file_only", False))
        root.addHandler(console)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _handler = handler
    _install_hooks()
    log.info("Briefing App %s started (pid %d); %s", __version__, os.getpid(), describe_runtime())
    log.info("command line: %s; log file: %s", sys.argv, path)
    return path


def describe_runtime() -> str:
    parts = [
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"platform {platform_text()}",
    ]
    # Qt is named only when the window already loaded it: this module imports no Qt.
    qtcore, pyside = sys.modules.get("PySide6.QtCore"), sys.modules.get("PySide6")
    if qtcore is not None and pyside is not None:
        parts.append(f"Qt {qtcore.qVersion()}, PySide6 {pyside.__version__}")
        platform_name = os.environ.get("QT_QPA_PLATFORM")
        if platform_name:
            parts.append(f"QT_QPA_PLATFORM={platform_name}")
    if getattr(sys, "frozen", False):
        parts.append("frozen build")
    return "; ".join(parts)


def platform_text() -> str:
    """platform.platform(), but on Linux without the processor: Python asks `uname -p` in a
    subprocess for it (5 ms CPU and up to 30 ms of every export), and leaves it out where
    it answers "unknown" or the machine, as it does on Linux (Debian, Fedora)."""
    if not sys.platform.startswith("linux"):
        return platform.platform()
    system = os.uname()
    libc, version = platform.libc_ver()
    return "-".join(
        part
        for part in (system.sysname, system.release, system.machine, "with", libc + version)
        if part
    )


def shutdown_logging() -> None:
    """Undo `setup_logging` (tests; the app itself keeps logging until it exits)."""
    global _handler, _previous_hooks
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler is _handler or getattr(handler, "_briefing_stderr", False):
            root.removeHandler(handler)
            handler.close()
    _handler = None
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None


def _install_hooks() -> None:
    global _previous_hooks
    if _previous_hooks is not None:
        return
    previous_sys, previous_thread = sys.excepthook, threading.excepthook
    _previous_hooks = (previous_sys, previous_thread)

    def excepthook(kind, value, traceback) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, traceback))
        previous_sys(kind, value, traceback)  # still printed (and still fatal outside Qt)

    def thread_excepthook(args) -> None:
        if args.exc_type is not SystemExit:
            log.critical(
                "uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
