"""Presentation mode: the briefing's slides full screen for an audience, driven by a clicker.

The audience window shows the classification banners, the slide title and the map alone. The
map shows the whole of each slide's frame (geo.mercator.SLIDE_FRAME_PX at its zoom), fitted to
the screen's shape: on a 16:9 or a 4:3 screen nothing of it is cut and nothing is stretched.
The map flies from slide to slide; a slide's own date and layers are applied only once the
flight has settled, so the audience sees first where the map goes, then what changes there.
The new title, date and slide number appear once the page reports the new slide drawn: a
title never stands over the previous slide's map. After the last slide comes an end screen.
A presenter view on a second screen shows the notes, the next slide and the time.

Pen strokes are a layer over the map for the current slide only; K keeps them as annotations
of the briefing (the window adds them as one undoable step), anything else clears them when
the slide is left.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from briefing_app.data.datasets import Datasets
from briefing_app.geo.mercator import fitted_zoom
from briefing_app.i18n import format_date
from briefing_app.model.document import Briefing, MapView, Slide
from briefing_app.render import page_protocol
from briefing_app.scene.build import Scene, scene_for_slide
from briefing_app.style.map_style import PRESENTATION_STYLE
from briefing_app.ui.banner import ClassificationBanner
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from briefing_app.ui.map_view import MapWidget
from briefing_app.ui.presenter_view import QtPresenterView, plain_label

STYLE = PRESENTATION_STYLE
T = TypeVar("T")
K = Qt.Key

# What presenter clickers send for "next" and "previous", and the usual keyboard keys.
NEXT_KEYS = frozenset(
    {K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter}
)
PREVIOUS_KEYS = frozenset({K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace})


@dataclass(frozen=True)
class PresentationKey:
    """One row of presentation mode's keys: what it does, the keys (and typed characters,
    for keyboards where "." or "," sit on another key) and the presentation's method that
    runs. A row without an action only explains (the Help dialog shows `shown`). `text` and
    `shown` are English, marked in context "Presentation"; Help translates them."""

    text: str
    keys: frozenset[int] = frozenset()
    action: str | None = None
    characters: tuple[str, ...] = ()
    shown: str | None = None
    navigates: bool = False  # leaves a black or white screen for the slide it covered


# Declared once: the presentation's key handling and Help → Keyboard Shortcuts read this.
PRESENTATION_KEYS = (
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Next slide"), NEXT_KEYS, "_next", navigates=True
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Previous slide"),
        PREVIOUS_KEYS,
        "_previous",
        navigates=True,
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP(
            "Presentation", "After the last slide: the end screen (Previous goes back)"
        ),
        shown=QT_TRANSLATE_NOOP("Presentation", "Next on the last slide"),
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "First slide"),
        frozenset({K.Key_Home}),
        "go_to_first",
        navigates=True,
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Last slide"),
        frozenset({K.Key_End}),
        "go_to_last",
        navigates=True,
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Go to slide number"),
        shown=QT_TRANSLATE_NOOP("Presentation", "digits, then Enter"),
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Black screen (again to go back)"),
        frozenset({K.Key_B, K.Key_Period}),
        "toggle_black",
        characters=(".",),
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "White screen (again to go back)"),
        frozenset({K.Key_W, K.Key_Comma}),
        "toggle_white",
        characters=(",",),
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Pen on / off"), frozenset({K.Key_P}), "toggle_pen"
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Erase the pen strokes"),
        frozenset({K.Key_E}),
        "erase_strokes",
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Keep the pen strokes as annotations"),
        frozenset({K.Key_K}),
        "_keep_strokes",
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "Show or hide the notes (without a presenter screen)"),
        frozenset({K.Key_N}),
        "_toggle_notes",
    ),
    PresentationKey(
        QT_TRANSLATE_NOOP("Presentation", "End the presentation"),
        frozenset({K.Key_Escape}),
        "close",
    ),
)


def choose_screens(screens: list[T], window_screen: T | None) -> tuple[T | None, T | None]:
    """(audience, presenter) screens for a presentation started from a window on
    `window_screen`. With a second screen (a projector beside a laptop), the audience gets
    it and the speaker keeps the presenter view, with the talking points, on the screen in
    front of them, as presentation programs do; with one screen the audience gets that one
    and there is no presenter view (the notes show on N)."""
    others = [s for s in screens if s is not window_screen]
    if window_screen is None or not others:
        return (window_screen or (screens[0] if screens else None)), None
    return others[0], window_screen


def presentation_key_for(key: int, text: str = "") -> PresentationKey | None:
    """The row a key press (or the character it typed) belongs to."""
    for row in PRESENTATION_KEYS:
        if row.action and (key in row.keys or (text and text in row.characters)):
            return row
    return None


DIGIT_KEYS = {getattr(K, f"Key_{n}"): str(n) for n in range(10)}


# The page's zoomSnap: Leaflet rounds any other zoom to a multiple of it.
ZOOM_SNAP = 0.25
# English, translated where shown (context "Presentation").
END_TITLE = QT_TRANSLATE_NOOP("Presentation", "End of briefing")
END_HINT = QT_TRANSLATE_NOOP("Presentation", "Esc to leave  ·  ← to go back")

# Leaflet's flyTo takes 1 s; if its "moveend" never arrives (an interrupted flight, a page
# that is still loading) the scene is applied anyway after this long.
FLIGHT_TIMEOUT_MS = 1600
# A page that does not answer "drawn" (it is reloading after its renderer stopped) would
# keep the previous title up for good: after this long the title follows all the same.
TITLE_TIMEOUT_MS = 3000


def _same_view(a: MapView, b: MapView) -> bool:
    # The page ends a flight on the target up to Leaflet's rounding to whole pixels, so allow
    # two pixels at the target zoom; anything further away is a moveend from elsewhere (an
    # earlier flight, a resize).
    if abs(a.zoom - b.zoom) > 0.01:
        return False
    pixel = 360.0 / (256.0 * 2.0**b.zoom)  # degrees of longitude per pixel
    return (
        abs(a.center_lat - b.center_lat) < 2 * pixel
        and abs(a.center_lon - b.center_lon) < 2 * pixel
    )


def fitted_view(view: MapView, width: float, height: float) -> MapView:
    """The view that shows all of `view`'s slide frame on a `width` x `height` map."""
    zoom = fitted_zoom(view.zoom, width, height)
    # Down to the page's zoom step: rounded up, the frame's edges would be cut.
    zoom = math.floor(zoom / ZOOM_SNAP + 1e-6) * ZOOM_SNAP
    return MapView(view.center_lat, view.center_lon, zoom)


@dataclass
class _Flight:
    index: int
    scene: Scene


class QtPenOverlay(QWidget):
    """A transparent sheet over the map: the pen's strokes, or the pointer highlight.

    It takes every mouse event, so a stray click or wheel turn cannot pan the map in front of
    the audience."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)  # the highlight is the pointer
        self._strokes: list[QPainterPath] = []
        self._drawing = False
        self._pen_on = False
        self._pointer: QPointF | None = None

    @property
    def pen_on(self) -> bool:
        return self._pen_on

    @property
    def stroke_count(self) -> int:
        return len(self._strokes)

    @property
    def pointer(self) -> QPointF | None:
        return self._pointer

    def set_pen(self, on: bool) -> None:
        self._pen_on = on
        self._drawing = False
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.BlankCursor)
        self.update()

    def stroke_points(self) -> list[list[tuple[float, float]]]:
        """Each stroke as its points in this widget's coordinates (those of the map)."""
        out = []
        for path in self._strokes:
            points = [
                (path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())
            ]
            if len(points) >= 2:
                out.append(points)
        return out

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._pen_on and event.button() == Qt.MouseButton.LeftButton:
            path = QPainterPath(event.position())
            # A click without a drag still leaves a dot.
            path.lineTo(event.position() + QPointF(0.1, 0.1))
            self._strokes.append(path)
            self._drawing = True
            self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._pointer = event.position()
        if self._drawing and self._strokes:
            self._strokes[-1].lineTo(event.position())
        self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._drawing = False
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._pointer = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(
            QColor(STYLE["pen_colour"]),
            STYLE["pen_width"],
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self._strokes:
            painter.drawPath(path)
        if not self._pen_on and self._pointer is not None:
            fill = QColor(STYLE["pointer_colour"])
            fill.setAlphaF(STYLE["pointer_opacity"])
            painter.setPen(QPen(QColor(STYLE["pointer_outline"]), 1.5))
            painter.setBrush(QBrush(fill))
            radius = STYLE["pointer_radius"]
            painter.drawEllipse(self._pointer, radius, radius)
        painter.end()


class QtMapArea(QWidget):
    """The map with the pen sheet and the notes panel stacked over it."""

    def __init__(self, map_widget: MapWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = map_widget
        map_widget.setParent(self)
        self.overlay = QtPenOverlay(self)
        self.notes = plain_label("", 22, parent=self)
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setAccessibleName(translate("Presentation", "Notes"))
        self.notes.setStyleSheet(
            f"QLabel {{ background: {STYLE['notes_background']}; color: {STYLE['notes_text']};"
            " padding: 14px 20px; border-radius: 6px; }"
        )
        self.notes.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.notes.hide()
        self.overlay.raise_()
        self.notes.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.map.setGeometry(self.rect())
        self.overlay.setGeometry(self.rect())
        self._place_notes()

    def set_notes(self, text: str) -> None:
        self.notes.setText(text or translate("Presentation", "(no notes)"))
        self._place_notes()

    def _place_notes(self) -> None:
        margin = 24
        width = max(100, self.width() - 2 * margin)
        height = min(self.notes.heightForWidth(width), int(self.height() * 0.45))
        self.notes.setGeometry(margin, self.height() - margin - height, width, height)


class QtPresentation(QWidget):
    finished = Signal(int)  # the user left; the slide index last shown
    slide_changed = Signal(int)
    settled = Signal(int)  # the slide's view and scene are drawn (after the flight)
    strokes_kept = Signal(list, int)  # GeoJSON LineStrings of the pen, the slide index

    def __init__(
        self,
        doc: Briefing,
        data: Datasets,
        start: int = 0,
        screen: QScreen | None = None,
        presenter_screen: QScreen | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.doc = doc
        self.data = data
        # A briefing without slides is presented as one slide of its own view.
        self._slides: list[Slide] = list(doc.slides) or [
            Slide(id="briefing", title=doc.title, view=doc.view, notes=doc.summary)
        ]
        self._index = self._clamp(start)
        self._screen = screen
        self._presenter_screen = presenter_screen
        self._scenes: dict[int, Scene] = {}
        self._flight: _Flight | None = None
        self._ping_seq = 0
        self._settle_ping: tuple[int, int] | None = None  # (seq, slide index)
        self._typed = ""
        self._blank: str | None = None
        self._finished_sent = False
        self._as_of_text = ""
        self._at_end = False
        self._audience_index = self._index  # the slide whose title the audience sees
        self._fit_size: tuple[float, float] | None = None
        self._title_font = QFont()

        self.setWindowTitle(
            translate("Presentation", "{title} — presentation").format(title=doc.title)
        )
        self.setObjectName("presentation")
        self.setStyleSheet(f"#presentation {{ background: {STYLE['title_background']}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)

        first = self._scene(self._index)
        self.map = MapWidget(first.view)
        # Leaflet pans the map on arrow keys when the page has the focus; the keys belong to
        # the slides.
        self.map.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.map.set_presenting(True)
        self.map.loadFinished.connect(self._on_map_loaded)
        self.map.view_changed.connect(self._on_view_changed)
        self.map.applied.connect(self._on_applied)
        self.map_area = QtMapArea(self.map)

        self.top_banner = ClassificationBanner()
        self.bottom_banner = ClassificationBanner()
        for banner in (self.top_banner, self.bottom_banner):
            banner.set_marking(doc.classification)
            font = QFont(banner.font())
            font.setPointSize(13)
            banner.setFont(font)

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setAccessibleName(translate("Presentation", "Slide title"))
        self.title_label.setWordWrap(True)
        self.info_label = QLabel()
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title_bar = QWidget()
        title_bar.setObjectName("titleBar")
        title_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title_bar.setStyleSheet(
            f"#titleBar {{ background: {STYLE['title_background']}; }}"
            f" QLabel {{ color: {STYLE['title_text']}; }}"
        )
        self.info_label.setStyleSheet(f"QLabel {{ color: {STYLE['muted_text']}; }}")
        bar = QHBoxLayout(title_bar)
        bar.setContentsMargins(28, 8, 28, 10)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.info_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_banner)
        layout.addWidget(title_bar)
        layout.addWidget(self.map_area, 1)
        layout.addWidget(self.bottom_banner)

        # Black and white screens cover everything, banners included: an empty screen
        # shows nothing that needs marking.
        self.blank_cover = QWidget(self)
        self.blank_cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.blank_cover.setCursor(Qt.CursorShape.BlankCursor)
        self.blank_cover.hide()

        self.presenter: QtPresenterView | None = None
        if presenter_screen is not None:
            self.presenter = QtPresenterView(doc.classification, self)
            self.presenter.key_pressed.connect(self._handle_key)

        self._flight_timer = QTimer(self)
        self._flight_timer.setSingleShot(True)
        self._flight_timer.setInterval(FLIGHT_TIMEOUT_MS)
        self._flight_timer.timeout.connect(self._on_flight_timeout)
        self._title_timer = QTimer(self)
        self._title_timer.setSingleShot(True)
        self._title_timer.setInterval(TITLE_TIMEOUT_MS)
        self._title_timer.timeout.connect(self._on_title_timeout)

        self.end_screen = self._end_screen()

        self.resize(1280, 800)
        self.map.show_scene(self._fitted_scene(self._index))
        self._ask_settled(self._index)
        self._show_texts()
        self._show_audience(self._index)

    # ------------------------------------------------------------------ public API

    def start(self) -> None:
        """Full screen on the chosen screen; the presenter view on its own screen."""
        if self._screen is not None:
            self.setScreen(self._screen)
            # The geometry as well as the state: without a window manager (kiosk set-ups)
            # the full-screen state alone does not resize the window.
            self.setGeometry(self._screen.geometry())
        self.showFullScreen()
        if self.presenter is not None:
            own_screen = (
                self._presenter_screen is not None and self._presenter_screen is not self._screen
            )
            if own_screen:
                self.presenter.setScreen(self._presenter_screen)
                self.presenter.setGeometry(self._presenter_screen.geometry())
                self.presenter.showFullScreen()
            else:
                # Same screen (tests, rehearsal): a normal window the user can move.
                self.presenter.show()
            self.presenter.start_clock()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def current(self) -> int:
        return self._index

    @property
    def at_end(self) -> bool:
        """Whether the end screen is up (after the last slide)."""
        return self._at_end

    @property
    def shown_title(self) -> str:
        """The title the audience sees (it follows the map, not the key press)."""
        return self.title_label.text()

    def target_view(self, index: int) -> MapView:
        """Slide `index`'s view fitted to this screen's map."""
        return fitted_view(self._slides[index].view, *self._map_size())

    def slide_count(self) -> int:
        return len(self._slides)

    def go_to(self, index: int) -> None:
        index = self._clamp(index)
        self._set_blank(None)
        self._show_end(False)
        if index == self._index:
            return
        self._index = index
        self.map_area.overlay.clear()  # strokes belong to the slide they were drawn on
        self._show_texts()  # the presenter's view; the audience's waits
        self.slide_changed.emit(index)
        self._fly_to(index)

    def _next(self) -> None:
        if self._at_end:
            return
        if self._index + 1 < len(self._slides):
            self.go_to(self._index + 1)
        else:
            self._show_end(True)

    def _previous(self) -> None:
        if self._at_end:
            self._show_end(False)  # back to the last slide, still on the map below
        else:
            self.go_to(self._index - 1)

    @property
    def blanked(self) -> str | None:
        """ "black", "white" or None."""
        return self._blank

    @property
    def typed_number(self) -> str:
        return self._typed

    @property
    def is_moving(self) -> bool:
        return self._flight is not None

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self._handle_key(event.key(), event.text()):
            event.accept()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The web view's inner widget may still get the focus (a click before the sheet is
        # over it); its keys drive the slides all the same.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event.key(), event.text())
        return super().eventFilter(watched, event)

    def _handle_key(self, key: int, text: str = "") -> bool:
        if key in DIGIT_KEYS:
            self._typed = (self._typed + DIGIT_KEYS[key])[-4:]
            self._update_status()
            return True
        if key in (K.Key_Return, K.Key_Enter) and self._typed:
            number, self._typed = int(self._typed), ""
            self.go_to(number - 1)
            self._update_status()
            return True
        if key == K.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self._update_status()
            return True
        self._typed = ""
        row = presentation_key_for(key, text)
        if row is None or row.action is None:
            self._update_status()
            return False
        if self._blank is not None and row.navigates:
            # As in common presentation programs: back to the slide that was showing.
            self._set_blank(None)
        else:
            getattr(self, row.action)()
        self._update_status()
        return True

    def go_to_first(self) -> None:
        self.go_to(0)

    def go_to_last(self) -> None:
        self.go_to(len(self._slides) - 1)

    def toggle_black(self) -> None:
        self._set_blank(None if self._blank == "black" else "black")

    def toggle_white(self) -> None:
        self._set_blank(None if self._blank == "white" else "white")

    def toggle_pen(self) -> None:
        self.map_area.overlay.set_pen(not self.map_area.overlay.pen_on)

    def erase_strokes(self) -> None:
        self.map_area.overlay.clear()

    def _keep_strokes(self) -> None:
        strokes = self.map_area.overlay.stroke_points()
        if not strokes:
            return
        index = self._index

        def on_reply(result: object) -> None:
            if index != self._index:
                return
            self.map_area.overlay.clear()
            self.strokes_kept.emit(page_protocol.reply_lines(result), index)

        # The page knows where each screen point lies on the map, whatever the projection.
        self.map.request(
            "container_to_latlng", on_reply, strokes=page_protocol.stroke_points(strokes)
        )

    def refresh_slide(self) -> None:
        """The briefing changed under the talk (strokes kept): redraw the current slide."""
        self._scenes.pop(self._index, None)
        self.map.update_scene(self._fitted_scene(self._index))

    # ------------------------------------------------------------------ slides and flights

    def _clamp(self, index: int) -> int:
        return max(0, min(index, len(self._slides) - 1))

    def _scene(self, index: int) -> Scene:
        # The document does not change during a talk, so each slide's scene is built once.
        if index not in self._scenes:
            self._scenes[index] = scene_for_slide(self.doc, self._slides[index], self.data)
        return self._scenes[index]

    def _map_size(self) -> tuple[float, float]:
        width, height = float(self.map_area.width()), float(self.map_area.height())
        # A legend beside the map takes part of the width: the page says how much, once
        # it has caught up with the window's size (its height is the window's then).
        page = self.map.page_size
        if page is not None and abs(page[1] - height) <= 2 and 0 < page[0] < width:
            width = page[0]
        return width, height

    def _fitted_scene(self, index: int) -> Scene:
        return dataclasses.replace(self._scene(index), view=self.target_view(index))

    def _refit(self) -> None:
        """The map's size changed (full screen, a legend beside the map): show the whole
        frame again, at once, or fly on to where the slide now fits."""
        size = self._map_size()
        if size == self._fit_size:
            return
        self._fit_size = size
        if self._flight is not None:
            self._fly_to(self._flight.index)
            return
        target = self.target_view(self._index)
        if not _same_view(self.map.current_view, target):
            self.map.set_view(target, animate=False)

    def _fly_to(self, index: int) -> None:
        scene = self._fitted_scene(index)
        # A new press during a flight replaces it: the page's flyTo starts from wherever the
        # map is, and only the last slide's scene is applied, so nothing queues up.
        self._flight = _Flight(index, scene)
        self._settle_ping = None
        self.map.set_view(scene.view, animate=True)
        self._flight_timer.start()

    def _on_view_changed(self, view: MapView) -> None:
        if self._flight is not None and _same_view(view, self._flight.scene.view):
            self._settle()
        elif self._flight is None and self._settle_ping is None:
            self._refit()

    def _on_flight_timeout(self) -> None:
        if self._flight is not None:
            self._settle()

    def _settle(self) -> None:
        flight, self._flight = self._flight, None
        self._flight_timer.stop()
        if flight is None:
            return
        # Sends only what differs from what the page shows: nothing when the slides share
        # their date and layers.
        self.map.update_scene(flight.scene)
        self._ask_settled(flight.index)

    def _on_title_timeout(self) -> None:
        if self._settle_ping is not None and self._flight is None:
            self._show_audience(self._settle_ping[1])

    def _ask_settled(self, index: int, again: bool = False) -> None:
        if not again:
            self._title_timer.start()  # from the first ask for this slide, not each refit
        self._ping_seq += 1
        self._settle_ping = (self._ping_seq, index)
        self.map.ping(self._ping_seq)

    def _on_applied(self, seq: int) -> None:
        if self._settle_ping is not None and seq == self._settle_ping[0]:
            index = self._settle_ping[1]
            self._settle_ping = None
            target = self.target_view(index)
            if not _same_view(self.map.current_view, target):
                # The slide's legend went beside the map (or came back) and the map's width
                # with it: fit again before the title joins the map.
                self._fit_size = self._map_size()
                self.map.set_view(target, animate=False)
                self._ask_settled(index, again=True)
                return
            # The page has drawn the slide: its title, date and number join it now.
            self._show_audience(index)
            self.settled.emit(index)

    def _on_map_loaded(self, _ok: bool) -> None:
        # The zoom buttons are clutter in front of an audience, and the sheet over the map
        # makes them unusable anyway. Element styles pass the page's Content-Security-Policy.
        self.map.page().runJavaScript(
            "document.querySelectorAll('.leaflet-control-zoom')"
            ".forEach(function (e) { e.style.display = 'none'; });",
            0,
        )
        proxy = self.map.focusProxy()
        if proxy is not None:
            proxy.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            proxy.installEventFilter(self)
        if self.isActiveWindow():
            self.setFocus()

    # ------------------------------------------------------------------ what is shown

    def _show_texts(self) -> None:
        """The presenter's view: where the talk is, at once (the presenter is ahead)."""
        if self.presenter is None:
            return
        slide = self._slides[self._index]
        count = len(self._slides)
        following = self._slides[self._index + 1].title if self._index + 1 < count else None
        self.presenter.show_slide(self._index, count, slide.title, slide.notes, following)

    def _show_audience(self, index: int) -> None:
        """The audience's title, date, number and notes: those of the slide on the map."""
        self._audience_index = index
        slide = self._slides[index]
        self.title_label.setText(slide.title)
        self._fit_title()
        self.map_area.set_notes(slide.notes)
        self._as_of_text = translate("Presentation", "As of {date}").format(
            date=format_date(self._scene(index).as_of)
        )
        number = f"{index + 1} / {len(self._slides)}"
        self.info_label.setText(f"{self._as_of_text}    {number}".strip())

    def _fit_title(self) -> None:
        """The title's font, smaller for a title too long for its two lines."""
        font = QFont(self._title_font)
        text = self.title_label.text()
        # The label's share of the bar: the bar less the date and number beside it.
        width = max(100, self.width() - 56 - self.info_label.sizeHint().width() - 24)
        room = self.title_label.height()
        smallest = max(14, font.pixelSize() // 2)
        while font.pixelSize() > smallest:
            needed = (
                QFontMetrics(font)
                .boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, text)
                .height()
            )
            if needed <= room:
                break
            font.setPixelSize(font.pixelSize() - 2)
        self.title_label.setFont(font)

    def _end_screen(self) -> QWidget:
        # Between the banners, over the title and the map: the map stays on the last slide
        # underneath, so going back shows it at once.
        screen = QWidget(self)
        screen.setObjectName("endScreen")
        screen.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        screen.setStyleSheet(
            f"#endScreen {{ background: {STYLE['title_background']}; }}"
            f" QLabel {{ color: {STYLE['title_text']}; }}"
            f" QLabel#endHint {{ color: {STYLE['muted_text']}; }}"
        )
        screen.setCursor(Qt.CursorShape.BlankCursor)
        column = QVBoxLayout(screen)
        column.addStretch(1)
        self.end_title = plain_label(translate("Presentation", END_TITLE), 40, bold=True)
        self.end_title.setAccessibleName(translate("Presentation", "End of the presentation"))
        self.end_hint = plain_label(translate("Presentation", END_HINT), 20)
        self.end_hint.setObjectName("endHint")
        for label in (self.end_title, self.end_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        column.addStretch(1)
        screen.hide()
        return screen

    def _show_end(self, on: bool) -> None:
        if on == self._at_end:
            return
        self._at_end = on
        if on:
            self._place_end_screen()
            self.end_screen.raise_()
            self.blank_cover.raise_()
            self.end_screen.show()
            if self.presenter is not None:
                self.presenter.show_end(len(self._slides))
        else:
            self.end_screen.hide()
            self._show_texts()

    def _place_end_screen(self) -> None:
        top = self.top_banner.geometry().bottom() + 1 if self.top_banner.isVisible() else 0
        bottom = (
            self.bottom_banner.geometry().top() if self.bottom_banner.isVisible() else self.height()
        )
        self.end_screen.setGeometry(0, top, self.width(), max(0, bottom - top))

    def _set_blank(self, colour: str | None) -> None:
        self._blank = colour
        if colour is None:
            self.blank_cover.hide()
        else:
            self.blank_cover.setStyleSheet(f"background: {STYLE[colour]};")
            self.blank_cover.setGeometry(self.rect())
            self.blank_cover.raise_()
            self.blank_cover.show()

    def _toggle_notes(self) -> None:
        # With a presenter view the notes are there; on the audience screen they would
        # only be shown by mistake.
        if self.presenter is None:
            self.map_area.notes.setVisible(not self.map_area.notes.isVisible())

    def _update_status(self) -> None:
        if self.presenter is None:
            return
        parts = []
        if self._typed:
            parts.append(
                translate("Presentation", "Go to slide {number}…").format(number=self._typed)
            )
        if self._blank == "black":
            parts.append(translate("Presentation", "Black screen"))
        elif self._blank == "white":
            parts.append(translate("Presentation", "White screen"))
        if self.map_area.overlay.pen_on:
            parts.append(translate("Presentation", "Pen on"))
        self.presenter.show_status("   ".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        font = QFont(self.title_label.font())
        font.setPixelSize(max(22, int(self.height() * STYLE["title_height_ratio"])))
        font.setBold(True)
        self._title_font = font
        # Two lines, whatever the title: the map keeps its size from slide to slide, so a
        # new title never moves or refits the map under it.
        self.title_label.setFixedHeight(2 * QFontMetrics(font).lineSpacing())
        self._fit_title()
        info = QFont(self.info_label.font())
        info.setPixelSize(max(14, font.pixelSize() // 2))
        self.info_label.setFont(info)
        self.blank_cover.setGeometry(self.rect())
        self._place_end_screen()
        # After the layout has given the map its new size.
        QTimer.singleShot(0, self, self._refit)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._flight_timer.stop()
        self._title_timer.stop()
        if self.presenter is not None:
            self.presenter.close()
        if not self._finished_sent:
            self._finished_sent = True
            self.finished.emit(self._index)
        super().closeEvent(event)
