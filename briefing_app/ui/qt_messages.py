"""Qt's own messages (and Qt WebEngine's: no Vulkan, the GPU's vendor, what the platform
plugin cannot do) go to the app's log file instead of the terminal. They help to diagnose a
report; someone who starts the app from a terminal should not meet them at every start.
Critical and fatal messages reach the terminal as well."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from briefing_app.core.logsetup import LOG_FILE_ONLY

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_message_handler() -> Callable | None:
    """Route Qt's messages to the log from now on; call before the QApplication exists so
    that what Qt says while it starts is caught too. Returns the handler it replaces."""
    return qInstallMessageHandler(_on_qt_message)


def _on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _LEVELS.get(kind, logging.WARNING)
    category = context.category or "default"
    # Warnings and below are for the log file; an error is something the user may need.
    extra = LOG_FILE_ONLY if level <= logging.WARNING else None
    log.log(level, "%s: %s", category, message, extra=extra)
