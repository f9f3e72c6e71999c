"""The presenter's own window during a presentation: where the talk is, what to say, what
comes next and how long it has taken. It only displays; every key pressed here is passed on
to the presentation, so the clicker and keyboard work whichever window has the focus."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing_app.style.map_style import PRESENTATION_STYLE
from briefing_app.ui.banner import ClassificationBanner
from briefing_app.ui.i18n import translate

STYLE = PRESENTATION_STYLE


def plain_label(
    text: str = "", point_size: int = 14, bold: bool = False, parent: QWidget | None = None
) -> QLabel:
    # Titles and notes are user text: never let a "<b>" in them become markup.
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    return label


def format_elapsed(ms: int) -> str:
    """mm:ss; minutes keep counting past 59 because a talk rarely lasts an hour and a
    speaker reads "75:03" faster than "1:15:03"."""
    seconds = max(0, ms) // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class QtPresenterView(QWidget):
    key_pressed = Signal(int, str)  # Qt key, text

    def __init__(self, classification: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("PresenterView", "Presenter view"))
        self.setObjectName("presenterView")
        self.setStyleSheet(
            f"#presenterView {{ background: {STYLE['presenter_background']}; }}"
            f" QLabel {{ color: {STYLE['presenter_text']}; }}"
            f" QLabel#accent {{ color: {STYLE['presenter_accent']}; }}"
            f" QLabel#muted {{ color: {STYLE['muted_text']}; }}"
            " QScrollArea { background: transparent; border: none; }"
            " QScrollBar:vertical { background: transparent; width: 8px; margin: 0; }"
            f" QScrollBar::handle:vertical {{ background: {STYLE['muted_text']};"
            " border-radius: 4px; min-height: 32px; }"
            " QScrollBar::add-line, QScrollBar::sub-line { height: 0; }"
            " QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.number_label = plain_label("", 30, bold=True)
        self.number_label.setObjectName("accent")
        self.number_label.setAccessibleName(translate("PresenterView", "Slide number"))
        self.status_label = plain_label("", 16, bold=True)
        self.status_label.setObjectName("accent")
        self.clock_label = plain_label("00:00", 30, bold=True)
        self.clock_label.setAccessibleName(translate("PresenterView", "Elapsed time"))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addSpacing(24)
        header.addWidget(self.status_label, 1)
        header.addWidget(self.clock_label)

        self.title_label = plain_label("", 22, bold=True)
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(translate("PresenterView", "Current slide"))
        self.notes_label = plain_label("", 22)
        self.notes_label.setWordWrap(True)
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes_label.setAccessibleName(translate("PresenterView", "Notes"))
        self.notes_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        notes_scroll = QScrollArea()
        notes_scroll.setWidget(self.notes_label)
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        notes_scroll.viewport().setAutoFillBackground(False)
        self.notes_label.setAutoFillBackground(False)
        # Keys belong to the presentation, not to scrolling.
        notes_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        next_caption = plain_label(translate("PresenterView", "Next"), 14)
        next_caption.setObjectName("muted")
        self.next_label = plain_label("", 20, bold=True)
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(translate("PresenterView", "Next slide"))
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        keys = plain_label(
            translate(
                "PresenterView",
                "→ / PgDn / Space  next (then the end screen)\n← / PgUp  previous\n"
                "Home / End  first / last\n"
                "number + Enter  go to slide\nB / .  black   W  white\n"
                "P  pen   E  erase   K  keep\n"
                "Esc  end the presentation",
            ),
            12,
        )
        keys.setObjectName("muted")
        side = QVBoxLayout()
        side.addWidget(next_caption)
        side.addWidget(self.next_label)
        side.addStretch(1)
        side.addWidget(keys)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(320)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.title_label)
        left.addSpacing(10)
        left.addWidget(notes_scroll, 1)
        body.addLayout(left, 1)
        body.addSpacing(24)
        body.addWidget(side_box)

        # The notes are part of the briefing: this screen carries its marking as well.
        self.top_banner = ClassificationBanner()
        self.bottom_banner = ClassificationBanner()
        for banner in (self.top_banner, self.bottom_banner):
            banner.set_marking(classification)
        content = QVBoxLayout()
        content.setContentsMargins(28, 16, 28, 16)
        content.addLayout(header)
        content.addSpacing(12)
        content.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_banner)
        layout.addLayout(content, 1)
        layout.addWidget(self.bottom_banner)

        self._elapsed = QElapsedTimer()
        self._clock = QTimer(self)
        self._clock.setInterval(250)  # below a second so the display never skips a second
        self._clock.timeout.connect(self._on_tick)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(960, 600)

    def start_clock(self) -> None:
        self._elapsed.start()
        self._clock.start()
        self._on_tick()

    def elapsed_text(self) -> str:
        return self.clock_label.text()

    def show_slide(
        self, index: int, count: int, title: str, notes: str, next_title: str | None
    ) -> None:
        self.number_label.setText(f"{index + 1} / {count}")
        self.title_label.setText(title)
        self.notes_label.setText(notes or translate("PresenterView", "(no notes)"))
        self.next_label.setText(
            next_title
            if next_title is not None
            else translate("PresenterView", "End of the briefing")
        )

    def show_end(self, count: int) -> None:
        """The audience sees the end screen."""
        self.number_label.setText(
            translate("PresenterView", "End  ({count} / {count} shown)").format(count=count)
        )
        self.title_label.setText(translate("PresenterView", "End of briefing"))
        self.notes_label.setText(
            translate(
                "PresenterView",
                "The audience sees the end screen.\n\n"
                "← goes back to the last slide; Esc ends the presentation.",
            )
        )
        self.next_label.setText("—")

    def show_status(self, text: str) -> None:
        """What the audience sees besides the slide (black screen, pen) or a slide number
        being typed: the presenter cannot see the other screen."""
        self.status_label.setText(text)

    def _on_tick(self) -> None:
        if self._elapsed.isValid():
            self.clock_label.setText(format_elapsed(self._elapsed.elapsed()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        self.key_pressed.emit(event.key(), event.text())
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._clock.stop()
        super().closeEvent(event)
