"""Presentation mode: the briefing's slides full screen for an audience, driven by a clicker.

The audience window shows the classification banners, the slide title and the map alone. The
map flies from slide to slide; a slide's own date and layers are applied only once the flight
has settled, so the audience sees first where the map goes, then what changes there. A
presenter view on a second screen shows the notes, the next slide and the time.

Pen strokes are a layer over the map for the current slide only; K keeps them as annotations
of the briefing (the window adds them as one undoable step), anything else clears them when
the slide is left.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
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

from briefing_app import page_protocol
from briefing_app.data.datasets import Datasets
from briefing_app.model.document import Briefing, MapView, Slide
from briefing_app.scene import Scene, scene_for_slide
from briefing_app.style import PRESENTATION_STYLE
from briefing_app.ui.banner import ClassificationBanner
from briefing_app.ui.map_view import MapWidget
from briefing_app.ui.presenter_view import QtPresenterView, plain_label

STYLE = PRESENTATION_STYLE
K = Qt.Key

# What presenter clickers send for "next" and "previous", and the usual keyboard keys.
NEXT_KEYS = frozenset({K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return,
                       K.Key_Enter})
PREVIOUS_KEYS = frozenset({K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace})
NAVIGATION_KEYS = NEXT_KEYS | PREVIOUS_KEYS | {K.Key_Home, K.Key_End}
DIGIT_KEYS = {getattr(K, f"Key_{n}"): str(n) for n in range(10)}


# Leaflet's flyTo takes 1 s; if its "moveend" never arrives (an interrupted flight, a page
# that is still loading) the scene is applied anyway after this long.
FLIGHT_TIMEOUT_MS = 1600


def _same_view(a: MapView, b: MapView) -> bool:
    # The page ends a flight on the target up to Leaflet's rounding to whole pixels, so allow
    # two pixels at the target zoom; anything further away is a moveend from elsewhere (an
    # earlier flight, a resize).
    if abs(a.zoom - b.zoom) > 0.01:
        return False
    pixel = 360.0 / (256.0 * 2.0 ** b.zoom)   # degrees of longitude per pixel
    return (abs(a.center_lat - b.center_lat) < 2 * pixel
            and abs(a.center_lon - b.center_lon) < 2 * pixel)


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
        self.setCursor(Qt.CursorShape.BlankCursor)   # the highlight is the pointer
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
            points = [(path.elementAt(i).x, path.elementAt(i).y)
                      for i in range(path.elementCount())]
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
        pen = QPen(QColor(STYLE["pen_colour"]), STYLE["pen_width"], Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
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
        self.notes.setAccessibleName("Notes")
        self.notes.setStyleSheet(
            f"QLabel {{ background: {STYLE['notes_background']}; color: {STYLE['notes_text']};"
            " padding: 14px 20px; border-radius: 6px; }")
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
        self.notes.setText(text or "(no notes)")
        self._place_notes()

    def _place_notes(self) -> None:
        margin = 24
        width = max(100, self.width() - 2 * margin)
        height = min(self.notes.heightForWidth(width), int(self.height() * 0.45))
        self.notes.setGeometry(margin, self.height() - margin - height, width, height)


class QtPresentation(QWidget):
    finished = Signal(int)        # the user left; the slide index last shown
    slide_changed = Signal(int)
    settled = Signal(int)         # the slide's view and scene are drawn (after the flight)
    strokes_kept = Signal(list, int)  # GeoJSON LineStrings of the pen, the slide index

    def __init__(self, doc: Briefing, data: Datasets, start: int = 0,
                 screen: QScreen | None = None, presenter_screen: QScreen | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.doc = doc
        self.data = data
        # A briefing without slides is presented as one slide of its own view.
        self._slides: list[Slide] = list(doc.slides) or [
            Slide(id="briefing", title=doc.title, view=doc.view, notes=doc.summary)]
        self._index = self._clamp(start)
        self._screen = screen
        self._presenter_screen = presenter_screen
        self._scenes: dict[int, Scene] = {}
        self._flight: _Flight | None = None
        self._ping_seq = 0
        self._settle_ping: tuple[int, int] | None = None   # (seq, slide index)
        self._typed = ""
        self._blank: str | None = None
        self._finished_sent = False
        self._as_of_text = ""

        self.setWindowTitle(f"{doc.title} — presentation")
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
        self.title_label.setAccessibleName("Slide title")
        self.title_label.setWordWrap(True)
        self.info_label = QLabel()
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title_bar = QWidget()
        title_bar.setObjectName("titleBar")
        title_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title_bar.setStyleSheet(
            f"#titleBar {{ background: {STYLE['title_background']}; }}"
            f" QLabel {{ color: {STYLE['title_text']}; }}")
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

        self.map.show_scene(first)
        self._ask_settled(self._index)
        self._show_texts()
        self._show_as_of(first)
        self.resize(1280, 800)

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
            own_screen = (self._presenter_screen is not None
                          and self._presenter_screen is not self._screen)
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

    def slide_count(self) -> int:
        return len(self._slides)

    def go_to(self, index: int) -> None:
        index = self._clamp(index)
        self._set_blank(None)
        if index == self._index:
            return
        self._index = index
        self.map_area.overlay.clear()   # strokes belong to the slide they were drawn on
        self._show_texts()
        self.slide_changed.emit(index)
        self._fly_to(index)

    @property
    def blanked(self) -> str | None:
        """"black", "white" or None."""
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
        handled = True
        if key == K.Key_Escape:
            self.close()
        elif key in (K.Key_B, K.Key_Period) or text == ".":
            self._set_blank(None if self._blank == "black" else "black")
        elif key in (K.Key_W, K.Key_Comma) or text == ",":
            self._set_blank(None if self._blank == "white" else "white")
        elif self._blank is not None and key in NAVIGATION_KEYS:
            # As in common presentation programs: back to the slide that was showing.
            self._set_blank(None)
        elif key in NEXT_KEYS:
            self.go_to(self._index + 1)
        elif key in PREVIOUS_KEYS:
            self.go_to(self._index - 1)
        elif key == K.Key_Home:
            self.go_to(0)
        elif key == K.Key_End:
            self.go_to(len(self._slides) - 1)
        elif key == K.Key_P:
            self.map_area.overlay.set_pen(not self.map_area.overlay.pen_on)
        elif key == K.Key_E:
            self.map_area.overlay.clear()
        elif key == K.Key_K:
            self._keep_strokes()
        elif key == K.Key_N:
            self._toggle_notes()
        else:
            handled = False
        self._update_status()
        return handled

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
        self.map.request("container_to_latlng", on_reply,
                         strokes=page_protocol.stroke_points(strokes))

    def refresh_slide(self) -> None:
        """The briefing changed under the talk (strokes kept): redraw the current slide."""
        self._scenes.pop(self._index, None)
        self.map.update_scene(self._scene(self._index))

    # ------------------------------------------------------------------ slides and flights

    def _clamp(self, index: int) -> int:
        return max(0, min(index, len(self._slides) - 1))

    def _scene(self, index: int) -> Scene:
        # The document does not change during a talk, so each slide's scene is built once.
        if index not in self._scenes:
            self._scenes[index] = scene_for_slide(self.doc, self._slides[index], self.data)
        return self._scenes[index]

    def _fly_to(self, index: int) -> None:
        scene = self._scene(index)
        # A new press during a flight replaces it: the page's flyTo starts from wherever the
        # map is, and only the last slide's scene is applied, so nothing queues up.
        self._flight = _Flight(index, scene)
        self._settle_ping = None
        self.map.set_view(scene.view, animate=True)
        self._flight_timer.start()

    def _on_view_changed(self, view: MapView) -> None:
        if self._flight is not None and _same_view(view, self._flight.scene.view):
            self._settle()

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
        self._show_as_of(flight.scene)
        self._ask_settled(flight.index)

    def _ask_settled(self, index: int) -> None:
        self._ping_seq += 1
        self._settle_ping = (self._ping_seq, index)
        self.map.ping(self._ping_seq)

    def _on_applied(self, seq: int) -> None:
        if self._settle_ping is not None and seq == self._settle_ping[0]:
            index = self._settle_ping[1]
            self._settle_ping = None
            self.settled.emit(index)

    def _on_map_loaded(self, _ok: bool) -> None:
        # The zoom buttons are clutter in front of an audience, and the sheet over the map
        # makes them unusable anyway. Element styles pass the page's Content-Security-Policy.
        self.map.page().runJavaScript(
            "document.querySelectorAll('.leaflet-control-zoom')"
            ".forEach(function (e) { e.style.display = 'none'; });", 0)
        proxy = self.map.focusProxy()
        if proxy is not None:
            proxy.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            proxy.installEventFilter(self)
        if self.isActiveWindow():
            self.setFocus()

    # ------------------------------------------------------------------ what is shown

    def _show_texts(self) -> None:
        slide = self._slides[self._index]
        count = len(self._slides)
        self.title_label.setText(slide.title)
        self.map_area.set_notes(slide.notes)
        self._show_number()
        if self.presenter is not None:
            following = self._slides[self._index + 1].title if self._index + 1 < count else None
            self.presenter.show_slide(self._index, count, slide.title, slide.notes, following)

    def _show_as_of(self, scene: Scene) -> None:
        self._as_of_text = f"As of {scene.as_of.isoformat()}"
        self._show_number()

    def _show_number(self) -> None:
        number = f"{self._index + 1} / {len(self._slides)}"
        self.info_label.setText(f"{self._as_of_text}    {number}".strip())

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
            parts.append(f"Go to slide {self._typed}…")
        if self._blank:
            parts.append(f"{self._blank.capitalize()} screen")
        if self.map_area.overlay.pen_on:
            parts.append("Pen on")
        self.presenter.show_status("   ".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        font = QFont(self.title_label.font())
        font.setPixelSize(max(22, int(self.height() * STYLE["title_height_ratio"])))
        font.setBold(True)
        self.title_label.setFont(font)
        info = QFont(self.info_label.font())
        info.setPixelSize(max(14, font.pixelSize() // 2))
        self.info_label.setFont(info)
        self.blank_cover.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._flight_timer.stop()
        if self.presenter is not None:
            self.presenter.close()
        if not self._finished_sent:
            self._finished_sent = True
            self.finished.emit(self._index)
        super().closeEvent(event)
