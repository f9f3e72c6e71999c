"""The main window: the map between two classification banners, the layer dock, the menus."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
)

from briefing_app.core.startup_memory import release_startup_memory
from briefing_app.core.userdirs import data_override_dir
from briefing_app.data.datasets import Datasets, load_datasets
from briefing_app.data.layers import builtin_layers, layer_def
from briefing_app.i18n import format_date
from briefing_app.model import commands
from briefing_app.model.document import (
    DEFAULT_GROUPING,
    Briefing,
    MapView,
    Slide,
)
from briefing_app.model.session import SAVED, DocumentSession
from briefing_app.places.gazetteer import Gazetteer, Place
from briefing_app.scene.build import (
    Scene,
    build_layer,
    build_scene,
    grouping_choices,
    scene_for_slide,
)
from briefing_app.ui.actions import build_menus
from briefing_app.ui.annotation_editor import AnnotationEditor
from briefing_app.ui.as_of_bar import QtAsOfBar
from briefing_app.ui.autosave import remember_file_state
from briefing_app.ui.banner import install_marking_rows
from briefing_app.ui.coordinate_display import CoordinateDisplay
from briefing_app.ui.figures_dock import QtFiguresDock
from briefing_app.ui.file_actions import FileActions
from briefing_app.ui.grouping_actions import GroupingActions
from briefing_app.ui.hand_off import HandOff
from briefing_app.ui.help_dialogs import install_help
from briefing_app.ui.i18n import translate
from briefing_app.ui.import_export import ImportExport
from briefing_app.ui.language import install_language_menu
from briefing_app.ui.layer_actions import LayerActions
from briefing_app.ui.layer_dock import QtLayerDock
from briefing_app.ui.map_view import MapWidget
from briefing_app.ui.plain_text import install_plain_text_guard
from briefing_app.ui.search_box import QtSearchBox
from briefing_app.ui.settings import (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from briefing_app.ui.slide_actions import SlideActions
from briefing_app.ui.slide_thumbnails import SlideThumbnails
from briefing_app.ui.slides_dock import QtSlidesDock
from briefing_app.ui.sources_dock import QtSourcesDock
from briefing_app.ui.theme import install_theme
from briefing_app.ui.undo import QtUndoHistory

log = logging.getLogger(__name__)

# From the first map on screen to giving back the start's memory (startup_memory.py): the
# labels placed for it import their modules on their own thread meanwhile.
RELEASE_AFTER_MS = 1500


class MainWindow(QMainWindow):
    error_shown = Signal(str)  # every error message the user is shown, for logs and tests
    _start_memory_released = False  # once per process, after the first window's first map

    def __init__(
        self,
        settings: Settings,
        doc: Briefing,
        path: Path | None = None,
        builtin: bool = False,
        data: Datasets | None = None,
        map_widget: MapWidget | None = None,
        show_document: bool = True,
    ) -> None:
        """`map_widget`: a map made for `doc`'s view before the window (the start makes it
        first, so that its page loads while the rest of the window is built).
        `show_document=False`: the caller shows the window first and then calls
        `show_document()` (the start: the page lays itself out at the window's size once,
        before the scene reaches it)."""
        super().__init__()
        install_plain_text_guard()
        self.settings = settings
        self.data = data if data is not None else load_datasets(data_override_dir())
        self.preview_as_of: dt.date | None = None
        self.undo_stack = QtUndoHistory(self)
        self.session = DocumentSession(doc, path, builtin, history=self.undo_stack)
        self.session.subscribe(self._on_document_changed, commands.EDIT_ASPECTS)
        self.session.subscribe(lambda _aspects: self._update_title(), {SAVED})
        self.files = FileActions(self.session, settings, self)
        self.undo_stack.cleanChanged.connect(self._update_title)

        self.map = map_widget if map_widget is not None else MapWidget(doc.view, self)
        self.map.setAccessibleName(translate("MainWindow", "Map"))
        self.map.layer_rendered.connect(self._on_layer_rendered)
        # The start's map loads while the window is built: what it drew meanwhile.
        for layer_id, features in list(self.map.rendered_layers.items()):
            QTimer.singleShot(0, self, lambda i=layer_id, n=features: self._on_layer_rendered(i, n))
        self.map.layer_failed.connect(self._on_layer_failed)
        self.setCentralWidget(self.map)
        # The marking spans the whole window, above the menus' contents and below everything
        # else, as on accredited systems: the top banner sits under the menu bar, the bottom
        # one in a fixed tool bar row outside the docks.
        self.menu_bar, self.banner_top, self.banner_bottom = install_marking_rows(self)

        self.editor = AnnotationEditor(self)
        # The editor restores itself after a renderer restart; this says when it cannot.
        self.map.renderer_failed.connect(
            lambda text: self.show_error(translate("MainWindow", "Map stopped"), text)
        )
        self.import_export = ImportExport(self)
        self.hand_off = HandOff(self)
        # Files dropped on the window are opened or imported here, not by the web view.
        self.map.setAcceptDrops(False)
        self.setAcceptDrops(True)

        self.layer_dock = QtLayerDock(builtin_layers(), self)
        self.layers = LayerActions(self.session, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.layer_dock)
        self.groupings = GroupingActions(self.session, self)
        self.sources_dock = QtSourcesDock(self)
        self.sources_dock.set_datasets(self.data)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.sources_dock)
        self.sources_dock.hide()
        self.slides_dock = QtSlidesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.slides_dock)
        self.slides = SlideActions(self.session, self)
        # Drawn from each slide's own content, off the window's thread, asked for again
        # (cheaply: unchanged ones are not redrawn) after every change.
        self.thumbnails = SlideThumbnails(self.session, self)
        # Slides and annotations share the right-hand side; selecting an annotation or
        # picking a drawing tool brings its panel to the front.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor.dock)
        self.tabifyDockWidget(self.slides_dock, self.editor.dock)
        self.slides_dock.raise_()
        self.figures_dock = QtFiguresDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.figures_dock)
        self.figures_dock.hide()

        self.as_of_bar = QtAsOfBar(self)
        self.as_of_bar.previewed.connect(self._on_as_of_previewed)
        self.as_of_bar.committed.connect(self._on_as_of_committed)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.as_of_bar)
        # The drawing tools get a row of their own: all of them stay in sight.
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.editor.toolbar)
        # Place search: the gazetteer is built on first use, off the GUI thread.
        self.search_box = QtSearchBox(lambda: Gazetteer(self.data), self)
        self.search_box.place_chosen.connect(self.go_to_place)
        search_bar = QToolBar(translate("MainWindow", "Search"), self)
        search_bar.setObjectName("search_toolbar")
        search_bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, search_bar)

        self.cursor_label = QLabel(translate("MainWindow", "Move the pointer over the map"))
        self.cursor_label.setMinimumWidth(230)
        self.as_of_label = QLabel()
        self.as_of_label.setToolTip(translate("MainWindow", "The date the briefing describes"))
        self.statusBar().addPermanentWidget(self.as_of_label)
        self.statusBar().addPermanentWidget(self.cursor_label)

        self._build_menus()
        install_theme(self)
        install_language_menu(self)
        for action in self.theme_actions.values():
            action.triggered.connect(self.thumbnails.ask_soon)
        self.coordinates = CoordinateDisplay(self, self.cursor_label)
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if not self.restoreState(settings.get(WINDOW_STATE)):
            # Sizes apply once the window is laid out; the map keeps the most room.
            QTimer.singleShot(
                0,
                self,
                lambda: self.resizeDocks(
                    [self.layer_dock, self.slides_dock], [230, 260], Qt.Orientation.Horizontal
                ),
            )
        if show_document:
            self._show_document()
        remember_file_state(self, path)
        install_help(self)
        if self.data.problems:
            # After the window is up: the user sees the map, then why a correction is ignored.
            QTimer.singleShot(
                0,
                self,
                lambda: self.show_error(
                    translate("MainWindow", "Data corrections not used"),
                    "\n\n".join(self.data.problems),
                ),
            )

    # ------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        build_menus(self)
        self.editor.bind_actions(self.actions)

    # ------------------------------------------------------------ document

    # The session's state, as the window's helpers and tests read it.
    @property
    def doc(self) -> Briefing:
        return self.session.doc

    @property
    def display_name(self) -> str:
        return self.session.display_name

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name}[*] — Briefing App")
        self.setWindowModified(not self.undo_stack.isClean())

    def _layer_notes(self) -> dict[str, str]:
        unplaced = [f for f in self.data.flashpoints if not f.geometry]
        if not unplaced:
            return {}
        names = "; ".join(
            translate("MainWindow", "{name} (as of {date})").format(
                name=f.name, date=format_date(f.as_of)
            )
            for f in unplaced
        )
        return {
            "flashpoints": translate(
                "MainWindow", "Not drawn, no sourced location: {names}"
            ).format(names=names)
        }

    def shown_slide(self) -> Slide | None:
        """The slide the map shows, or None for the working map."""
        return self.session.shown_slide()

    def shown_state(self) -> Briefing:
        """The briefing as the map shows it now (see DocumentSession.shown_state)."""
        return self.session.shown_state()

    def scene(self) -> Scene:
        slide = self.shown_slide()
        if slide is not None:
            return scene_for_slide(
                self.doc, slide, self.data, view=self.map.current_view, as_of=self.preview_as_of
            )
        return build_scene(
            self.doc, self.data, view=self.map.current_view, as_of=self.preview_as_of
        )

    def show_document(self) -> None:
        """Show the session's document in every part of the window (see __init__)."""
        self._show_document()

    def _show_document(self) -> None:
        self.preview_as_of = None
        self.layer_dock.notes = self._layer_notes()
        self._show_meta()
        self.layer_dock.show_document(self.doc, grouping_choices(self.doc, self.data))
        self.slides_dock.show_document(self.doc)
        self.thumbnails.start_document()
        self.slides.show_slide_marks()
        scene = build_scene(self.doc, self.data)
        self.map.show_scene(scene)
        self.show_panels(scene)
        self.editor.selected = []
        self.editor.document_changed()

    def show_panels(self, scene: Scene) -> None:
        self.sources_dock.show_scene(scene)
        state = self.shown_state().layer("membership")
        preferred = str(state.options.get("grouping", DEFAULT_GROUPING)) if state else ""
        self.figures_dock.show_groupings(
            grouping_choices(self.doc, self.data), preferred, scene.as_of, self.data
        )

    def _show_meta(self) -> None:
        for banner in (self.banner_top, self.banner_bottom):
            banner.set_marking(self.doc.classification)
        self.show_date()
        self._update_title()

    def show_date(self) -> None:
        day = self.shown_state().as_of
        slide = self.shown_slide()
        text = (
            translate("MainWindow", "As of {date} · slide “{title}”").format(
                date=format_date(day), title=slide.title
            )
            if slide is not None
            else translate("MainWindow", "As of {date} · working map").format(date=format_date(day))
        )
        self.as_of_label.setText(text)
        self.as_of_bar.show_date(day)

    def set_document(self, doc: Briefing, path: Path | None, builtin: bool = False) -> None:
        self.session.open(doc, path, builtin)
        remember_file_state(self, path)
        self._show_document()

    def run(self, command: commands.Command) -> None:
        """Apply an edit as one undoable step."""
        self.session.run(command)

    def _on_document_changed(self, aspects: set[str]) -> None:
        if commands.META in aspects:
            self.preview_as_of = None
            self._show_meta()
        if aspects & {commands.LAYERS, commands.GROUPINGS, commands.IMPORTS, commands.SLIDES}:
            self.layer_dock.show_document(self.shown_state(), grouping_choices(self.doc, self.data))
        if commands.SLIDES in aspects or commands.ANNOTATIONS in aspects:
            self.editor.document_changed()
        if commands.SLIDES in aspects:
            self.slides_dock.show_document(self.doc)
            self.show_date()
        if aspects <= {commands.ANNOTATIONS, commands.SLIDES} and self._update_annotations():
            return
        # The date, the layers and the groupings all change what the map shows; the map
        # widget sends only what differs (titles and notes change nothing there).
        scene = self.scene()
        self.map.update_scene(scene)
        self.show_panels(scene)

    def _update_annotations(self) -> bool:
        """Redraw the annotations alone (the quick path for every editor step); False when
        the map shows something else than the document and needs the whole scene."""
        current = self.map.scene
        slide = self.shown_slide()
        state = self.shown_state().annotations_layer()
        previous = None if current is None else current.layer("annotations")
        if previous is None:
            return False
        layer = build_layer(
            state,
            self.doc,
            self.data,
            current.as_of,
            None if slide is None else slide.annotation_ids,
            previous,
        )
        if layer is None:
            return False
        self.map.update_scene(current.with_layer(layer))
        return True

    def _on_as_of_previewed(self, day: dt.date) -> None:
        self.preview_as_of = day
        self.map.update_scene(self.scene())

    def _on_as_of_committed(self, day: dt.date) -> None:
        self.preview_as_of = None
        slide = self.shown_slide()
        if slide is None:
            self.run(
                commands.SetProperties({"as_of": day}, label=translate("Command", "Change date"))
            )
        elif slide.as_of != day:
            self.run(
                commands.UpdateSlide(
                    slide.id,
                    {"as_of": day},
                    label=translate("Command", "Change the date of “{title}”").format(
                        title=slide.title
                    ),
                )
            )

    def show_error(self, title: str, text: str) -> None:
        log.error("%s: %s", title, text)
        self.error_shown.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the app keeps running behind the message

    # ------------------------------------------------------------ other actions

    def go_to_place(self, place: Place) -> None:
        self.map.set_view(MapView(place.lat, place.lon, place.zoom), animate=True)
        self.map.send({"type": "highlight", "center": [place.lat, place.lon], "label": place.name})
        where = f", {place.country}" if place.country else ""
        self.statusBar().showMessage(f"{place.name} ({place.kind}{where})", 8000)

    # ------------------------------------------------------------ events

    def _on_layer_rendered(self, layer_id: str, features: int) -> None:
        definition = layer_def(layer_id)  # a built-in layer by its title (imports by id)
        self.statusBar().showMessage(
            translate("MainWindow", "Layer “{layer}”: {count} features drawn").format(
                layer=definition.title if definition is not None else layer_id, count=features
            ),
            3000,
        )
        if layer_id == "countries" and not MainWindow._start_memory_released:
            # Once the first map and its labels are done, not while they load.
            MainWindow._start_memory_released = True
            QTimer.singleShot(RELEASE_AFTER_MS, release_startup_memory)

    def _on_layer_failed(self, layer_id: str, message: str) -> None:
        self.show_error(
            translate("MainWindow", "Map layer failed"),
            translate("MainWindow", "The layer “{layer}” could not be drawn: {message}").format(
                layer=layer_id, message=message
            ),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        self.files.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        self.files.dropped(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.files.maybe_save():
            event.ignore()
            return
        self.thumbnails.shutdown()
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.sync()
        event.accept()
