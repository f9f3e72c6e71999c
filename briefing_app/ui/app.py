"""Start the GUI: prepare Qt WebEngine for offline use, open the briefing, run the event loop."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from pathlib import Path

# Set before QtWebEngine loads: Chromium must not phone home (updates, safe browsing,
# metrics), and as root it refuses to start its sandbox.
_CHROMIUM_FLAGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-sync",
    "--no-pings",
    "--disable-breakpad",
    # The map is drawn in 2-D (canvas, SVG, images): without the GPU Chromium
    # does not probe GL and Vulkan at every start (and print that it failed),
    # and runs no GPU command buffer.
    "--disable-gpu",
    # Chromium writes its own log lines to the terminal (Qt WebEngine offers no
    # log file for them): only fatal ones. Qt's messages go to the log file
    # (ui/qt_messages.py).
    "--log-level=3",
    # The page's young JavaScript objects live in two semi-spaces that V8 grows to 8 MiB
    # or more each while the map's data is parsed, and keeps: at 1 MiB the window holds
    # 10 to 13 MiB less (bench/window_memory.py), for as much CPU time.
    "--js-flags=--max-semi-space-size=1",
)
# The user's own choice of how Qt draws, which the app leaves alone.
_QT_GRAPHICS_ENV = ("QT_QUICK_BACKEND", "QSG_RHI_BACKEND", "QSG_INFO", "QT_XCB_GL_INTEGRATION")
# A flag of the user's own (QTWEBENGINE_CHROMIUM_FLAGS) wins over the app's of the same name;
# these user flags also stand for the app's flag named with them.
_USER_OVERRIDES = {
    "--log-level": ("--enable-logging", "--v", "--vmodule"),
    "--disable-gpu": (
        "--use-gl",
        "--use-angle",
        "--ignore-gpu-blocklist",
        "--enable-gpu-rasterization",
    ),
}

# The heaviest modules of the window, imported one at a time (run_gui).
_WINDOW_MODULES = (
    "briefing_app.ui.autosave",
    "briefing_app.data.datasets",
    "briefing_app.scene.build",
    "briefing_app.model.commands",
    "briefing_app.places.gazetteer",
    "briefing_app.ui.annotation_editor",
    "briefing_app.ui.figures_dock",
    "briefing_app.ui.hand_off",
    "briefing_app.ui.help_dialogs",
    "briefing_app.ui.import_export",
    "briefing_app.ui.layer_dock",
    "briefing_app.ui.slides_dock",
    "briefing_app.core.startup_memory",
    "briefing_app.style.themes",
    "briefing_app.ui.slide_thumbnails",
    "briefing_app.ui.sources_dock",
    "briefing_app.ui.search_box",
    "briefing_app.ui.coordinate_display",
    "briefing_app.ui.properties_dialog",
    "briefing_app.ui.main_window",
    "briefing_app.ui.welcome",
)

# Set to make the app print when the country layer is first drawn and quit (bench/).
EXIT_AFTER_RENDER_ENV = "BRIEFING_APP_EXIT_AFTER_RENDER"

log = logging.getLogger(__name__)


def prepare_environment() -> None:
    """Chromium's flags: the user's (QTWEBENGINE_CHROMIUM_FLAGS) and after them the app's,
    except where the user has set the same one."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = list(_CHROMIUM_FLAGS)
    if sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")
    users = {_flag_name(flag) for flag in flags}
    for flag in wanted:
        name = _flag_name(flag)
        if name in users or users.intersection(_USER_OVERRIDES.get(name, ())):
            continue
        flags.append(flag)
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)
    gpu_wanted = "--disable-gpu" not in flags
    if not gpu_wanted and not any(os.environ.get(name) for name in _QT_GRAPHICS_ENV):
        # Chromium draws the page without the GPU; Qt then shows its frames without OpenGL
        # as well: no GL context (on Mesa's software GL, 50 MiB of its libraries mapped, and
        # the OpenGL errors of a machine without GL), the same picture.
        os.environ["QT_QUICK_BACKEND"] = "software"
        # Nor does the X11 platform load GLX for windows that never draw with it: Mesa's
        # drivers (LLVM among them) stay out of the process.
        os.environ["QT_XCB_GL_INTEGRATION"] = "none"


def _flag_name(flag: str) -> str:
    return flag.split("=", 1)[0]


def run_gui(file: str | None) -> int:
    prepare_environment()
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from briefing_app import __version__
    from briefing_app.core.logsetup import setup_logging
    from briefing_app.ui.qt_messages import install_qt_message_handler
    from briefing_app.ui.web_scheme import register_scheme

    setup_logging()  # after Qt loads, so that the log says which Qt
    install_qt_message_handler()  # before the QApplication: its start has things to say
    register_scheme()
    QCoreApplication.setOrganizationName("BriefingApp")
    QCoreApplication.setApplicationName("Briefing App")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from briefing_app.ui.main_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(app)  # before any worker thread starts
    from briefing_app.ui.language import chosen_language, install_language
    from briefing_app.ui.settings import Settings

    # Before the first widget: each text is translated as its widget is made.
    install_language(chosen_language(Settings()))
    from briefing_app.core.atomicfile import remove_leftovers
    from briefing_app.core.paths import assets_dir
    from briefing_app.model import fileformat
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.i18n import translate
    from briefing_app.ui.map_view import MapWidget
    from briefing_app.ui.plain_text import install_plain_text_guard

    install_plain_text_guard(app)
    icon = assets_dir() / "icons" / "briefing-app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    error = None
    path = Path(file) if file else None
    doc = None
    if path is not None:
        try:
            doc = fileformat.load(path)
        except fileformat.BriefingFileError as exc:
            error = str(exc)
            path = None
    if doc is None:
        doc = builtin_briefing()
    early_map = MapWidget(doc.view)  # starts loading the page
    # Chromium starts the page in this thread's event loop (and the page's files come
    # through it): it runs between the imports of the rest of the window, so that the page
    # loads (in its own process) while they run.
    for module in _WINDOW_MODULES:
        importlib.import_module(module)
        app.processEvents()
    from briefing_app.ui.autosave import install_safety_net
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.welcome import maybe_show_welcome

    settings = Settings()
    window = MainWindow(
        settings, doc, path, builtin=path is None, map_widget=early_map, show_document=False
    )
    if path is not None:
        remove_leftovers(path)  # temporary files of saves that were killed part-way
        settings.add_recent_file(str(path.resolve()))
    # Shown before the document: the page is laid out at the window's size before the scene
    # comes, and reports that view once (the labels are placed for it, not for the hidden
    # page's size first).
    window.show()
    window.show_document()
    install_safety_net(window)  # autosave, offer to restore
    maybe_show_welcome(window)  # the first start only
    if error:
        # Say why the requested file is not shown, over the built-in briefing.
        QTimer.singleShot(
            0, lambda: window.show_error(translate("App", "Cannot open briefing"), error)
        )

    if os.environ.get(EXIT_AFTER_RENDER_ENV):

        def _report(layer_id: str, features: int) -> None:
            print(f"rendered {layer_id} {features} {time.time():.6f}", flush=True)
            app.quit()

        window.map.layer_rendered.connect(_report)
        if "countries" in window.map.rendered_layers:  # drawn while the window was built
            QTimer.singleShot(
                0, lambda: _report("countries", window.map.rendered_layers["countries"])
            )
    status = app.exec()
    # Web pages must go before the web profile they use, or Qt WebEngine warns at exit.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return status
