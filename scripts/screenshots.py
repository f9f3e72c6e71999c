"""Screenshots of the main window on built-in slides, for docs/ and for looking at changes.

    python scripts/screenshots.py --size 1280x800 --out docs/screens [--theme dark]
        [--slide "Eastern flank"] [--language de] ...

Runs on any Qt platform (offscreen by default); uses throw-away settings and data folders so
that the real ones are never touched. Each PNG is the whole window after its map has drawn.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", default="docs/screens")
    parser.add_argument("--theme", default="")
    parser.add_argument("--language", default="en", help="en, fr, de or pl (View → Language)")
    parser.add_argument(
        "--slide", action="append", default=[], help="part of a slide title (default: every slide)"
    )
    parser.add_argument("--settle", type=int, default=2500, help="ms to wait after drawing")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    scratch = Path(tempfile.mkdtemp(prefix="briefing-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_APP_SETTINGS"] = str(scratch / "settings.ini")
    os.environ["BRIEFING_APP_DATA_DIR"] = str(scratch / "data")
    os.environ["XDG_CACHE_HOME"] = str(scratch / "cache")

    from briefing_app.ui.app import prepare_environment

    prepare_environment()  # Chromium's flags (no sandbox as root, no GPU), as the app does
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.web_scheme import register_scheme

    register_scheme()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Briefing App screenshots")
    from briefing_app.ui.language import install_language

    install_language(args.language)  # before the window, as the app's start does

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    doc = builtin_briefing()
    window = MainWindow(Settings(), doc, builtin=True)
    window.resize(width, height)
    window.show()
    for _ in range(300):
        if "countries" in window.map.rendered_layers:
            break
        wait(100)
    if args.theme:
        from briefing_app.ui.theme import apply_theme

        apply_theme(window, args.theme)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    slides = [
        s
        for s in doc.slides
        if not args.slide or any(part.lower() in s.title.lower() for part in args.slide)
    ]
    for slide in slides:
        window.slides.show_slide(slide.id)
        wait(args.settle)
        name = re.sub(r"[^a-z0-9]+", "-", slide.title.lower()).strip("-")[:40]
        suffix = (f"-{args.theme}" if args.theme else "") + (
            f"-{args.language}" if args.language != "en" else ""
        )
        path = out / f"{name}-{width}x{height}{suffix}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
