"""The main window: the map between two classification banners, the layer dock, the menus."""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing_app.atomicfile import remove_leftovers
from briefing_app.data.datasets import Datasets, load_datasets
from briefing_app.data.layers import builtin_layers
from briefing_app.gazetteer import Gazetteer, Place
from briefing_app.model import commands, fileformat
from briefing_app.model.document import (
    Annotation,
    Briefing,
    Grouping,
    MapView,
    Slide,
    new_id,
)
from briefing_app.scene import (
    CUSTOM_PREFIX,
    DEFAULT_GROUPING,
    Scene,
    build_layer,
    build_scene,
    grouping_choices,
    scene_for_slide,
)
from briefing_app.startup_memory import release_startup_memory
from briefing_app.style import PRESENTATION_STYLE
from briefing_app.themes import get_theme
from briefing_app.ui.annotation_editor import AnnotationEditor
from briefing_app.ui.as_of_bar import QtAsOfBar
from briefing_app.ui.autosave import check_before_save, remember_file_state
from briefing_app.ui.banner import ClassificationBanner
from briefing_app.ui.coordinate_display import CoordinateDisplay
from briefing_app.ui.figures_dock import QtFiguresDock
from briefing_app.ui.grouping_dialog import QtGroupingDialog
from briefing_app.ui.hand_off import HandOff
from briefing_app.ui.help_dialogs import install_help
from briefing_app.ui.import_export import ImportExport, confirm_remove_layer, is_importable
from briefing_app.ui.layer_dock import QtLayerDock
from briefing_app.ui.map_view import MapWidget
from briefing_app.ui.place_at_coordinates import place_action
from briefing_app.ui.plain_text import install_plain_text_guard, menu_text
from briefing_app.ui.properties_dialog import QtPropertiesDialog
from briefing_app.ui.search_box import QtSearchBox
from briefing_app.ui.settings import (
    LAST_FOLDER,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from briefing_app.ui.slide_thumbnails import ThumbnailMaker
from briefing_app.ui.slides_dock import THUMBNAIL, QtSlidesDock
from briefing_app.ui.sources_dock import QtSourcesDock
from briefing_app.ui.theme import apply_map_theme, current_theme, install_theme_menu
from briefing_app.ui.undo import ModelCommand
from briefing_app.userdirs import data_override_dir

log = logging.getLogger(__name__)

FILE_FILTER = "Briefings (*.briefing);;All files (*)"
# From the first map on screen to giving back the start's memory (startup_memory.py): the
# labels placed for it import their modules on their own thread meanwhile.
RELEASE_AFTER_MS = 1500
# The longest the slides' first thumbnails wait for the map's first countries.
THUMBNAILS_AFTER_MAP_MS = 3000


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
    ) -> None:
        """`map_widget`: a map made for `doc`'s view before the window (the start makes it
        first, so that its page loads while the rest of the window is built)."""
        super().__init__()
        install_plain_text_guard()
        self.settings = settings
        self.data = data if data is not None else load_datasets(data_override_dir())
        self._preview_as_of: dt.date | None = None
        self._grouping_dialog: QtGroupingDialog | None = None
        self.doc = doc
        self.path = path
        self.is_builtin = builtin
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)

        self.map = map_widget if map_widget is not None else MapWidget(doc.view, self)
        self._map_drawn = False  # the countries, once: what waits for the first map
        self.map.setAccessibleName("Map")
        self.map.layer_rendered.connect(self._on_layer_rendered)
        # The start's map loads while the window is built: what it drew meanwhile.
        for layer_id, features in list(self.map.rendered_layers.items()):
            QTimer.singleShot(0, self, lambda i=layer_id, n=features: self._on_layer_rendered(i, n))
        self.map.layer_failed.connect(self._on_layer_failed)
        self.setCentralWidget(self.map)
        # The marking spans the whole window, above the menus' contents and below everything
        # else, as on accredited systems: the top banner sits under the menu bar, the bottom
        # one in a fixed tool bar row outside the docks.
        self.banner_top = ClassificationBanner()
        self.banner_bottom = ClassificationBanner()
        self._build_banner_rows()

        self.map.country_clicked.connect(self._on_country_clicked)
        self.editor = AnnotationEditor(self)
        # The editor restores itself after a renderer restart; this says when it cannot.
        self.map.renderer_failed.connect(lambda text: self.show_error("Map stopped", text))
        self.import_export = ImportExport(self)
        self.hand_off = HandOff(self)
        # Files dropped on the window are opened or imported here, not by the web view.
        self.map.setAcceptDrops(False)
        self.setAcceptDrops(True)

        self.layer_dock = QtLayerDock(builtin_layers(), self)
        # Layer edits go to what the map shows: the slide on show, else the working map.
        self.layer_dock.visibility_requested.connect(
            lambda layer_id, visible: self.run(
                commands.SetLayerVisible(layer_id, visible, slide_id=self._shown_slide)
            )
        )
        self.layer_dock.opacity_requested.connect(
            lambda layer_id, value: self.run(
                commands.SetLayerOpacity(layer_id, value, slide_id=self._shown_slide)
            )
        )
        self.layer_dock.move_requested.connect(
            lambda layer_id, index: self.run(
                commands.MoveLayer(layer_id, index, slide_id=self._shown_slide)
            )
        )
        self.layer_dock.options_requested.connect(
            lambda layer_id, options: self.run(
                commands.SetLayerOptions(layer_id, options, slide_id=self._shown_slide)
            )
        )
        self.layer_dock.new_grouping_requested.connect(self.new_grouping)
        self.layer_dock.edit_grouping_requested.connect(self.edit_grouping)
        self.layer_dock.delete_grouping_requested.connect(self.delete_grouping)
        self.layer_dock.export_layer_requested.connect(self.export_layer)
        self.layer_dock.remove_layer_requested.connect(self.remove_imported_layer)
        self.layer_dock.rename_layer_requested.connect(
            lambda layer_id, name: self.run(commands.RenameImportedLayer(layer_id, name))
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.layer_dock)
        self.sources_dock = QtSourcesDock(self)
        self.sources_dock.set_datasets(self.data)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.sources_dock)
        self.sources_dock.hide()
        self.slides_dock = QtSlidesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.slides_dock)
        self.slides_dock.selected.connect(self.show_slide)
        self.slides_dock.add_requested.connect(self.add_slide)
        self.slides_dock.duplicate_requested.connect(self.duplicate_slide)
        self.slides_dock.delete_requested.connect(
            lambda slide_id: self.run(commands.RemoveSlide(slide_id))
        )
        self.slides_dock.update_requested.connect(self.update_slide)
        self.slides_dock.revert_requested.connect(self.revert_slide)
        self.slides_dock.working_map_requested.connect(self.show_working_map)
        self.slides_dock.moved.connect(
            lambda slide_id, index: self.run(commands.MoveSlide(slide_id, index))
        )
        self.slides_dock.renamed.connect(
            lambda slide_id, title: self.run(
                commands.UpdateSlide(slide_id, {"title": title}, label="Rename slide")
            )
        )
        self.slides_dock.notes_edited.connect(
            lambda slide_id, notes: self.run(
                commands.UpdateSlide(slide_id, {"notes": notes}, label="Edit talking points")
            )
        )
        self.slides_dock.present_requested.connect(self.present)
        # Thumbnails are drawn from each slide's own content, off the window's thread, and
        # asked for again (cheaply: unchanged ones are not redrawn) after every change.
        self.thumbnails = ThumbnailMaker(THUMBNAIL, self)
        self.thumbnails.ready.connect(self.slides_dock.set_thumbnail)
        self._thumbnail_timer = QTimer(self)
        self._thumbnail_timer.setSingleShot(True)
        self._thumbnail_timer.setInterval(150)
        self._thumbnail_timer.timeout.connect(self._refresh_thumbnails)
        # The first thumbnails wait for the map's countries (or this long, for a map that is
        # not drawn: a hidden window's): nine slide scenes on this thread and numpy,
        # shapely and PIL to import on the worker would take the cores and the thread the
        # map page loads through.
        self._thumbnails_after_map = QTimer(self)
        self._thumbnails_after_map.setSingleShot(True)
        self._thumbnails_after_map.setInterval(THUMBNAILS_AFTER_MAP_MS)
        self._thumbnails_after_map.timeout.connect(self._thumbnail_timer.start)
        # Slides and annotations share the right-hand side; selecting an annotation or
        # picking a drawing tool brings its panel to the front.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor.dock)
        self.tabifyDockWidget(self.slides_dock, self.editor.dock)
        self.slides_dock.raise_()
        self.figures_dock = QtFiguresDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.figures_dock)
        self.figures_dock.hide()
        self._shown_slide: str | None = None
        # Each slide as it was when first shown since it was last updated or reverted: the
        # panel marks a slide that differs from it as changed.
        self._slide_baselines: dict[str, Slide] = {}

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
        search_bar = QToolBar("Search", self)
        search_bar.setObjectName("search_toolbar")
        search_bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, search_bar)

        self.cursor_label = QLabel("Move the pointer over the map")
        self.cursor_label.setMinimumWidth(230)
        self.as_of_label = QLabel()
        self.as_of_label.setToolTip("The date the briefing describes")
        self.statusBar().addPermanentWidget(self.as_of_label)
        self.statusBar().addPermanentWidget(self.cursor_label)

        self._build_menus()
        install_theme_menu(self)
        for action in self.theme_actions.values():
            action.triggered.connect(self._thumbnail_timer.start)
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
        self._show_document()
        remember_file_state(self, path)
        install_help(self)
        if self.data.problems:
            # After the window is up: the user sees the map, then why a correction is ignored.
            QTimer.singleShot(
                0,
                self,
                lambda: self.show_error(
                    "Data corrections not used", "\n\n".join(self.data.problems)
                ),
            )

    # ------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menu_bar.addMenu("&File")
        self.action_new = self._action(
            file_menu,
            "&New",
            self.new_briefing,
            QKeySequence.StandardKey.New,
            "Start an empty briefing",
        )
        self.action_open = self._action(
            file_menu,
            "&Open…",
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            "Open a briefing file",
        )
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.action_save = self._action(
            file_menu, "&Save", self.save, QKeySequence.StandardKey.Save, "Save the briefing"
        )
        self.action_save_as = self._action(
            file_menu,
            "Save &As…",
            self.save_as,
            QKeySequence.StandardKey.SaveAs,
            "Save the briefing under a new name",
        )
        file_menu.addSeparator()
        self.action_import = self._action(
            file_menu,
            "&Import Layer…",
            self.import_export.import_dialog,
            QKeySequence("Ctrl+I"),
            "Add a GeoJSON, KML/KMZ, Shapefile, GeoPackage or CSV file "
            "as a layer (or drop the file on the window)",
        )
        file_menu.addSeparator()
        self.action_export_pdf = self._action(
            file_menu,
            "Export &PDF…",
            self.export_pdf,
            QKeySequence("Ctrl+Shift+E"),
            "Write the briefing as a PDF to hand out",
        )
        self.action_export_html = self._action(
            file_menu,
            "Export &HTML…",
            self.export_html,
            QKeySequence("Ctrl+Shift+H"),
            "Write the briefing as one interactive HTML file that works offline",
        )
        hand_off = self.hand_off
        file_menu.addActions(
            [
                hand_off.action_export_pptx,
                hand_off.action_export_image,
                hand_off.action_export_replay,
            ]
        )
        export_menu = file_menu.addMenu("Export &Annotations")
        self._action(
            export_menu,
            "As &GeoJSON…",
            lambda: self.import_export.export_annotations("geojson"),
            None,
            "Write the annotations as GeoJSON (QGIS, web maps)",
        )
        self._action(
            export_menu,
            "As &KML…",
            lambda: self.import_export.export_annotations("kml"),
            None,
            "Write the annotations as KML (Google Earth, TAK)",
        )
        file_menu.addSeparator()
        file_menu.addAction(hand_off.action_print)
        file_menu.addSeparator()
        self.action_quit = self._action(
            file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, "Close Briefing App"
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = edit_menu = self.menu_bar.addMenu("&Edit")
        self.action_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_undo.setToolTip("Undo the last change (Ctrl+Z)")
        self.action_redo = self.undo_stack.createRedoAction(self, "&Redo")
        # The platform's binding is one of the two (X11 has no Ctrl+Y, Windows no
        # Ctrl+Shift+Z); the README promises both everywhere.
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo_keys += [
            keys
            for keys in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
            if keys not in redo_keys
        ]
        self.action_redo.setShortcuts(redo_keys)
        self.action_redo.setToolTip("Redo what was undone (Ctrl+Y / Ctrl+Shift+Z)")
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        editor = self.editor
        edit_menu.addActions(
            [
                editor.action_cut,
                editor.action_copy,
                editor.action_paste,
                editor.action_duplicate,
                editor.action_delete,
                editor.action_select_all,
            ]
        )
        edit_menu.addSeparator()
        edit_menu.addAction(hand_off.action_copy_map)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            "New &Grouping…",
            self.new_grouping,
            QKeySequence("Ctrl+G"),
            "Build a custom grouping of countries",
        )
        self._action(
            edit_menu,
            "Briefing &Properties…",
            self.edit_properties,
            QKeySequence("Ctrl+Shift+P"),
            "Title, classification marking, as-of date, author",
        )

        self.view_menu = view_menu = self.menu_bar.addMenu("&View")
        self._action(
            view_menu,
            "&Home View",
            self.go_home,
            QKeySequence("Ctrl+0"),
            "Return to the briefing's saved map view",
        )
        view_menu.addSeparator()
        view_menu.addAction(self.layer_dock.toggleViewAction())
        view_menu.addAction(self.slides_dock.toggleViewAction())
        view_menu.addAction(self.editor.dock.toggleViewAction())
        view_menu.addAction(self.editor.toolbar.toggleViewAction())
        sources = self.sources_dock.toggleViewAction()
        sources.setShortcut(QKeySequence("Ctrl+Shift+O"))
        sources.setToolTip("Every source and as-of date of what is on the map (Ctrl+Shift+O)")
        view_menu.addAction(sources)
        figures = self.figures_dock.toggleViewAction()
        figures.setShortcut(QKeySequence("Ctrl+Shift+F"))
        figures.setToolTip(
            "Members, population, GDP, defence spending of a grouping (Ctrl+Shift+F)"
        )
        view_menu.addAction(figures)
        view_menu.addAction(self.as_of_bar.toggleViewAction())

        self.draw_menu = draw_menu = self.menu_bar.addMenu("&Draw")
        draw_menu.addActions(list(editor.tool_actions.values()))
        draw_menu.addSeparator()
        draw_menu.addActions([editor.action_finish_menu, editor.action_cancel_menu])
        draw_menu.addSeparator()
        self.action_place_at = place_action(self)
        draw_menu.addAction(self.action_place_at)
        editor.toolbar.addAction(self.action_place_at)

        self.slide_menu = slide_menu = self.menu_bar.addMenu("&Slides")
        self._action(
            slide_menu,
            "&Add Slide from Current Map",
            self.add_slide,
            QKeySequence("Ctrl+M"),
            "Add a slide with the current view, layers and date",
        )
        self.action_present = self._action(
            slide_menu,
            "&Present from Selected Slide",
            lambda: self.present(max(0, self.slides_dock.list.currentRow())),
            QKeySequence("F5"),
            "Full-screen presentation; Esc to leave",
        )
        self._action(
            slide_menu,
            "Present from &Start",
            lambda: self.present(0),
            QKeySequence("Shift+F5"),
            "Full-screen presentation from the first slide",
        )

        self.help_menu = help_menu = self.menu_bar.addMenu("&Help")
        self._action(
            help_menu,
            "Open &Data Corrections Folder",
            self.open_data_folder,
            None,
            "Files here correct or extend the built-in memberships, deployments and "
            "flashpoints (see geodata/README.md)",
        )
        about = self._action(
            help_menu, "&About Briefing App", self.about, None, "Version, data sources and licences"
        )
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_banner_rows(self) -> None:
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # Our own menu bar: QMainWindow.menuBar() would replace the menu widget set here.
        self.menu_bar = QMenuBar(top)
        column.addWidget(self.menu_bar)
        column.addWidget(self.banner_top)
        self.setMenuWidget(top)
        bottom = QToolBar("Classification marking", self)
        bottom.setObjectName("classification_bottom")
        bottom.setMovable(False)
        bottom.setFloatable(False)
        bottom.toggleViewAction().setVisible(False)  # the marking cannot be hidden
        bottom.setStyleSheet("QToolBar { border: 0; padding: 0; margin: 0; spacing: 0; }")
        bottom.addWidget(self.banner_bottom)
        self.banner_bottom.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bottom)

    def _action(self, menu: QMenu, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            keys = QKeySequence(action.shortcut()).toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({keys})" if keys else tip
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get(RECENT_FILES)
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)
            return
        for index, name in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{index % 10} {menu_text(Path(name).name)}")
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, p=name: self.open_file(Path(p)))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear list").triggered.connect(
            lambda: self.settings.set(RECENT_FILES, [])
        )

    # ------------------------------------------------------------ document

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return f"{self.doc.title} (built-in)" if self.is_builtin else self.doc.title

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name}[*] — Briefing App")
        self.setWindowModified(not self.undo_stack.isClean())

    def _layer_notes(self) -> dict[str, str]:
        unplaced = [f for f in self.data.flashpoints if not f.geometry]
        if not unplaced:
            return {}
        names = "; ".join(f"{f.name} (as of {f.as_of.isoformat()})" for f in unplaced)
        return {"flashpoints": f"Not drawn, no sourced location: {names}"}

    def shown_slide(self) -> Slide | None:
        """The slide the map shows, or None for the working map."""
        return self.doc.slide(self._shown_slide)

    def shown_state(self) -> Briefing:
        """The briefing as the map shows it now: the shown slide's layers, date and view, or
        the working map's."""
        slide = self.shown_slide()
        return self.doc if slide is None else self.doc.as_shown_on(slide)

    def scene(self) -> Scene:
        slide = self.shown_slide()
        if slide is not None:
            return scene_for_slide(
                self.doc, slide, self.data, view=self.map.current_view, as_of=self._preview_as_of
            )
        return build_scene(
            self.doc, self.data, view=self.map.current_view, as_of=self._preview_as_of
        )

    def _show_document(self) -> None:
        self._preview_as_of = None
        self.layer_dock.notes = self._layer_notes()
        self._show_meta()
        self._shown_slide = None
        self._slide_baselines = {}
        self.layer_dock.show_document(self.doc, grouping_choices(self.doc, self.data))
        self.slides_dock.thumbnails.clear()
        self.thumbnails.forget()
        self.slides_dock.show_document(self.doc)
        if self._map_drawn:
            self._thumbnail_timer.start()
        else:
            self._thumbnails_after_map.start()
        self._show_slide_marks()
        scene = build_scene(self.doc, self.data)
        self.map.show_scene(scene)
        self._show_panels(scene)
        self.editor.selected = []
        self.editor.document_changed()

    def _show_panels(self, scene: Scene) -> None:
        self.sources_dock.show_scene(scene)
        state = self.shown_state().layer("membership")
        preferred = str(state.options.get("grouping", DEFAULT_GROUPING)) if state else ""
        self.figures_dock.show_groupings(
            grouping_choices(self.doc, self.data), preferred, scene.as_of, self.data
        )

    def _show_meta(self) -> None:
        for banner in (self.banner_top, self.banner_bottom):
            banner.set_marking(self.doc.classification)
        self._show_date()
        self._update_title()

    def _show_date(self) -> None:
        day = self.shown_state().as_of
        slide = self.shown_slide()
        where = f" · slide “{slide.title}”" if slide is not None else " · working map"
        self.as_of_label.setText(f"As of {day.isoformat()}{where}")
        self.as_of_bar.show_date(day)

    def set_document(self, doc: Briefing, path: Path | None, builtin: bool = False) -> None:
        self.doc = doc
        self.path = path
        remember_file_state(self, path)
        self.is_builtin = builtin
        self.undo_stack.clear()
        self._show_document()

    def run(self, command: commands.Command) -> None:
        """Apply an edit as one undoable step."""
        self.undo_stack.push(ModelCommand(command, self.doc, self._on_document_changed))

    def _on_document_changed(self, aspects: set[str]) -> None:
        self._thumbnail_timer.start()
        if commands.META in aspects:
            self._preview_as_of = None
            self._show_meta()
        if self._shown_slide is not None and self.shown_slide() is None:
            self._shown_slide = None  # the slide on show was deleted: back to the working map
        if aspects & {commands.LAYERS, commands.GROUPINGS, commands.IMPORTS, commands.SLIDES}:
            self.layer_dock.show_document(self.shown_state(), grouping_choices(self.doc, self.data))
        if commands.SLIDES in aspects or commands.ANNOTATIONS in aspects:
            self.editor.document_changed()
        if commands.SLIDES in aspects:
            self.slides_dock.show_document(self.doc)
            self._show_slide_marks()
            self._show_date()
        if aspects <= {commands.ANNOTATIONS, commands.SLIDES} and self._update_annotations():
            return
        # The date, the layers and the groupings all change what the map shows; the map
        # widget sends only what differs (titles and notes change nothing there).
        scene = self.scene()
        self.map.update_scene(scene)
        self._show_panels(scene)

    def _update_annotations(self) -> bool:
        """Redraw the annotations alone (the quick path for every editor step); False when
        the map shows something else than the document and needs the whole scene."""
        current = self.map.scene
        slide = self.shown_slide()
        state = self.shown_state().annotations_layer()
        if current is None:
            return False
        layer = build_layer(
            state,
            self.doc,
            self.data,
            current.as_of,
            None if slide is None else slide.annotation_ids,
        )
        if layer is None or current.layer("annotations") is None:
            return False
        self.map.update_scene(current.with_layer(layer))
        return True

    def _on_as_of_previewed(self, day: dt.date) -> None:
        self._preview_as_of = day
        self.map.update_scene(self.scene())

    def _on_as_of_committed(self, day: dt.date) -> None:
        self._preview_as_of = None
        slide = self.shown_slide()
        if slide is None:
            self.run(commands.SetProperties({"as_of": day}, label="Change date"))
        elif slide.as_of != day:
            self.run(
                commands.UpdateSlide(
                    slide.id, {"as_of": day}, label=f"Change the date of “{slide.title}”"
                )
            )

    # ------------------------------------------------------------ slides

    def _slide(self, slide_id: str) -> Slide | None:
        return self.doc.slide(slide_id)

    def show_slide(self, slide_id: str) -> None:
        """Fly the map to a slide and show what it owns: its layers, date and annotations.
        From now on edits of layers, date and annotations change this slide."""
        slide = self._slide(slide_id)
        if slide is None:
            return
        self._shown_slide = slide_id
        self._preview_as_of = None
        self._slide_baselines.setdefault(slide_id, copy.deepcopy(slide))
        scene = scene_for_slide(self.doc, slide, self.data)
        self.map.set_view(slide.view, animate=True)
        self.map.update_scene(scene)
        self._show_following_panels(scene)

    def show_working_map(self) -> None:
        """Leave the slides: the map shows the working map, and edits change it only."""
        if self._shown_slide is None:
            return
        self._shown_slide = None
        self._preview_as_of = None
        self.slides_dock.clear_selection()
        scene = build_scene(self.doc, self.data, view=self.map.current_view)
        self.map.update_scene(scene)
        self._show_following_panels(scene)

    def _show_following_panels(self, scene: Scene) -> None:
        # The layer panel, the date bar, the status bar and the legend follow the map.
        self.layer_dock.show_document(self.shown_state(), grouping_choices(self.doc, self.data))
        self._show_date()
        self._show_panels(scene)
        self.editor.document_changed()

    def _show_slide_marks(self) -> None:
        changed = {
            s.id
            for s in self.doc.slides
            if s.id in self._slide_baselines
            and _content(s) != _content(self._slide_baselines[s.id])
        }
        self.slides_dock.mark_changed(changed)

    def revert_slide(self, slide_id: str) -> None:
        """Put a slide back as it was before the changes marked in the panel."""
        before = self._slide_baselines.get(slide_id)
        slide = self._slide(slide_id)
        if before is None or slide is None or _content(slide) == _content(before):
            return
        self.run(commands.UpdateSlide(slide_id, _content(before), label=f"Revert “{slide.title}”"))
        if slide_id == self._shown_slide:
            self.map.set_view(before.view, animate=True)

    def _refresh_thumbnails(self) -> None:
        theme = get_theme(current_theme(self.settings))
        ratio = self.slides_dock.devicePixelRatioF()
        for slide in self.doc.slides:
            self.thumbnails.request(
                slide.id, scene_for_slide(self.doc, slide, self.data), theme, ratio
            )

    def _new_slide_fields(self) -> dict:
        # A new slide owns a copy of what the map shows now: the working map or a slide.
        shown = self.shown_state()
        slide = self.shown_slide()
        annotations = (
            [a.id for a in self.doc.annotations]
            if slide is None
            else list(slide.annotation_ids or [])
        )
        return {
            "view": self.map.current_view,
            "layers": copy.deepcopy(shown.layers),
            "as_of": shown.as_of,
            "annotation_ids": annotations,
        }

    def add_slide(self) -> None:
        current = self.slides_dock.list.currentRow()
        index = current + 1 if current >= 0 else len(self.doc.slides)
        slide = Slide(new_id(), f"Slide {len(self.doc.slides) + 1}", **self._new_slide_fields())
        self.run(commands.AddSlide(slide, index))
        self.slides_dock.select(slide.id)

    def duplicate_slide(self, slide_id: str) -> None:
        slide = self._slide(slide_id)
        if slide is None:
            return
        twin = copy.deepcopy(slide)
        twin.id = new_id()
        twin.title = f"{slide.title} (copy)"
        self.run(commands.AddSlide(twin, self.doc.slides.index(slide) + 1, label="Duplicate slide"))
        self.slides_dock.select(twin.id)

    def update_slide(self, slide_id: str) -> None:
        """Keep the slide as the map shows it: its view from the map, and its changes
        accepted (the panel stops marking it)."""
        slide = self._slide(slide_id)
        if slide is None:
            return
        fields = (
            {"view": self.map.current_view}
            if slide_id == self._shown_slide
            else self._new_slide_fields()
        )
        self.run(commands.UpdateSlide(slide_id, fields, label="Update slide from the map"))
        updated = self._slide(slide_id)
        if updated is not None:
            self._slide_baselines[slide_id] = copy.deepcopy(updated)
        self._show_slide_marks()

    def present(self, start: int = 0) -> None:
        if not self.doc.slides:
            self.show_error(
                "Nothing to present",
                "This briefing has no slides yet: add one with Slides → Add Slide.",
            )
            return
        from PySide6.QtGui import QGuiApplication

        from briefing_app.ui.presentation import QtPresentation

        screens = QGuiApplication.screens()
        audience = self.screen()
        presenter = next((s for s in screens if s is not audience), None)
        self._presentation = QtPresentation(
            self.doc, self.data, start=start, screen=audience, presenter_screen=presenter
        )
        self._presentation.finished.connect(self._on_presentation_finished)
        self._presentation.strokes_kept.connect(self._on_strokes_kept)
        apply_map_theme(self._presentation.map, current_theme(self.settings))
        self.editor.set_keys_enabled(False)
        self._presentation.start()

    def _on_strokes_kept(self, lines: list, index: int) -> None:
        slide = self.doc.slides[index]
        annotations = [
            Annotation(
                new_id(),
                line,
                {"kind": "pen", "label": ""},
                {
                    "color": PRESENTATION_STYLE["pen_colour"],
                    "weight": float(PRESENTATION_STYLE["pen_width"]),
                },
            )
            for line in lines
        ]
        self.run(
            commands.AddAnnotations(
                annotations, slide_id=slide.id, label=f"Keep pen drawing on “{slide.title}”"
            )
        )
        self._presentation.refresh_slide()

    def _on_presentation_finished(self, index: int) -> None:
        self.editor.set_keys_enabled(True)
        if 0 <= index < len(self.doc.slides):
            self.slides_dock.select(self.doc.slides[index].id)
        self.activateWindow()

    # ------------------------------------------------------------ custom groupings

    def new_grouping(self) -> None:
        self._open_grouping_dialog(None)

    def edit_grouping(self, grouping_id: str) -> None:
        grouping = next((g for g in self.doc.groupings if g.id == grouping_id), None)
        if grouping is not None:
            self._open_grouping_dialog(grouping)

    def _open_grouping_dialog(self, grouping: Grouping | None) -> None:
        if self._grouping_dialog is not None:
            self._grouping_dialog.raise_()
            return
        day = self.shown_state().as_of
        starts = {
            c.name: c.members_on(day)
            for c in grouping_choices(self.doc, self.data)
            if c.builtin is not None
        }
        dialog = QtGroupingDialog(self.data.country_names, grouping, self, starts=starts)
        dialog.saved.connect(self._on_grouping_saved)
        dialog.finished.connect(lambda _result: setattr(self, "_grouping_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._grouping_dialog = dialog
        dialog.show()  # not modal: the user clicks countries on the map meanwhile
        # Beside the map, not over the countries it lets the user click.
        dialog.place_beside(
            QRect(self.map.mapToGlobal(QPoint(0, 0)), self.map.size()), self.frameGeometry()
        )

    def _on_grouping_saved(self, grouping: Grouping) -> None:
        # Saving a grouping also shows it: one undo step for both.
        self.undo_stack.beginMacro(f"Save grouping “{grouping.name}”")
        self.run(commands.PutGrouping(grouping))
        self.run(
            commands.SetLayerOptions(
                "membership", {"grouping": CUSTOM_PREFIX + grouping.id, "compare": None}
            )
        )
        self.run(commands.SetLayerVisible("membership", True))
        self.undo_stack.endMacro()

    def delete_grouping(self, grouping_id: str) -> None:
        grouping = next((g for g in self.doc.groupings if g.id == grouping_id), None)
        if grouping is None:
            return
        answer = QMessageBox.question(
            self, "Delete grouping", f"Delete the grouping “{grouping.name}”?"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_stack.beginMacro(f"Delete grouping “{grouping.name}”")
        self.run(commands.RemoveGrouping(grouping_id))
        state = self.doc.layer("membership")
        if state and state.options.get("grouping") == CUSTOM_PREFIX + grouping_id:
            self.run(commands.SetLayerOptions("membership", {"grouping": DEFAULT_GROUPING}))
        self.undo_stack.endMacro()

    def _on_country_clicked(self, iso_a3: str, _name: str) -> None:
        if self._grouping_dialog is not None:
            self._grouping_dialog.toggle(iso_a3)

    # ------------------------------------------------------------ file actions

    def new_briefing(self) -> None:
        if self.maybe_save():
            self.set_document(Briefing(), None)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open briefing", self._start_folder(), FILE_FILTER
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Open `path`; a file that cannot be used leaves the open document as it was."""
        try:
            doc = fileformat.load(path)
        except fileformat.BriefingFileError as exc:
            if not path.exists():
                self.settings.remove_recent_file(str(path))
            self.show_error("Cannot open briefing", str(exc))
            return False
        if not self.maybe_save():
            return False
        remove_leftovers(path)  # temporary files of saves that were killed part-way
        self.set_document(doc, path)
        self._remember(path)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        suggested = self.path or (
            Path(self._start_folder()) / f"{_file_stem(self.doc.title)}.briefing"
        )
        name, _ = QFileDialog.getSaveFileName(self, "Save briefing as", str(suggested), FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(fileformat.FILE_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        # A file changed by someone else since it was opened is not overwritten unasked.
        checked = check_before_save(self, path)
        if checked is None:
            return False
        path = checked
        # The map view is where the user left the map, not an edit: it is saved, not undone.
        self.doc.view = self.map.current_view
        try:
            try:
                fileformat.save(self.doc, path)
            except fileformat.ReadOnlyBriefingError:
                if not self.ask_replace_read_only(path):
                    return False
                fileformat.save(self.doc, path, replace_read_only=True)
        except fileformat.BriefingFileError as exc:
            self.show_error("Cannot save briefing", str(exc))
            return False
        self.path = path
        self.is_builtin = False
        self.undo_stack.setClean()
        remember_file_state(self, path)
        self._update_title()
        self._remember(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if self.undo_stack.isClean():
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_replace_read_only(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            "Replace a read-only file?",
            f"{path} is marked read-only, perhaps so that it is not changed by mistake.\n\n"
            "Replace it with this briefing anyway? (The file stays read-only; the version it "
            "holds now is kept as its .bak.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            "Save changes?",
            f"The briefing “{self.display_name}” has changes that are not saved.",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(str(path.resolve()))
        self._remember_folder(path)

    def _remember_folder(self, path: Path) -> None:
        self.settings.set(LAST_FOLDER, str(path.resolve().parent))

    def _start_folder(self) -> str:
        folder = self.settings.get(LAST_FOLDER)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def show_error(self, title: str, text: str) -> None:
        log.error("%s: %s", title, text)
        self.error_shown.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the app keeps running behind the message

    # ------------------------------------------------------------ export

    def ask_export_path(
        self,
        title: str,
        suffix: str,
        file_filter: str,
        stem: str | None = None,
        selected_filter: str = "",
    ) -> tuple[Path | None, str]:
        """Where to write an export (None: cancelled), and the file type picked."""
        name = _file_stem(stem if stem is not None else self.doc.title)
        suggested = Path(self._start_folder()) / f"{name}{suffix}"
        name, picked = QFileDialog.getSaveFileName(
            self, title, str(suggested), file_filter, selected_filter
        )
        if not name:
            return None, picked
        path = Path(name)
        return (path if path.suffix else path.with_suffix(suffix)), picked

    def export_html(self, path: Path | None = None) -> bool:
        from briefing_app.render.html_export import export_html

        path = path or self.ask_export_path("Export HTML", ".html", "HTML files (*.html)")[0]
        if path is None:
            return False
        return self.run_export(
            path,
            "HTML",
            lambda progress: export_html(self.doc_with_current_view(), self.data, path),
        )

    def export_pdf(self, path: Path | None = None, options: dict | None = None) -> bool:
        # Here, not at the top: the dialog's paper sizes come from reportlab, which the
        # window's start does without.
        from briefing_app.render.pdf import export_pdf
        from briefing_app.ui.pdf_options_dialog import QtPdfOptionsDialog

        if options is None:
            dialog = QtPdfOptionsDialog(self.settings, self)
            if not dialog.exec():
                return False
            options = dialog.options()
        path = path or self.ask_export_path("Export PDF", ".pdf", "PDF files (*.pdf)")[0]
        if path is None:
            return False
        return self.run_export(
            path,
            "PDF",
            lambda progress: export_pdf(
                self.doc_with_current_view(), self.data, path, progress=progress, **options
            ),
        )

    def doc_with_current_view(self) -> Briefing:
        doc = copy.deepcopy(self.doc)
        doc.view = self.map.current_view
        return doc

    def run_export(self, path: Path, kind: str, work) -> bool:
        """Run an export with a progress dialog the user can cancel; errors are shown, and a
        cancelled or failed export leaves no file."""
        from briefing_app.jsonreader import DataFileError
        from briefing_app.render.errors import ExportCancelled

        dialog = QProgressDialog(f"Exporting {kind}…", "Cancel", 0, 1, self)
        dialog.setWindowTitle(f"Export {kind}")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)

        def progress(done: int, total: int, message: str) -> bool:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(message)
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            work(progress)
        except ExportCancelled:
            dialog.close()
            self.statusBar().showMessage(f"{kind} export cancelled; no file written", 5000)
            return False
        except DataFileError as exc:
            dialog.close()
            self.show_error(f"Cannot export {kind}", str(exc))
            return False
        except Exception as exc:  # a bug must not take the briefing down with it
            dialog.close()
            log.exception("%s export failed", kind)
            self.show_error(f"Cannot export {kind}", f"{path}: {exc}")
            return False
        dialog.close()
        self.settings.set(LAST_FOLDER, str(path.resolve().parent))
        self.statusBar().showMessage(f"Exported {path}", 8000)
        return True

    # ------------------------------------------------------------ other actions

    def edit_properties(self) -> None:
        dialog = QtPropertiesDialog(self.doc, self)
        if dialog.exec() and (changes := dialog.changes()):
            self.run(commands.SetProperties(changes))

    def open_data_folder(self) -> None:
        folder = data_override_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.statusBar().showMessage(f"Data corrections folder: {folder}", 10000)

    def go_to_place(self, place: Place) -> None:
        self.map.set_view(MapView(place.lat, place.lon, place.zoom), animate=True)
        self.map.send({"type": "highlight", "center": [place.lat, place.lon], "label": place.name})
        where = f", {place.country}" if place.country else ""
        self.statusBar().showMessage(f"{place.name} ({place.kind}{where})", 8000)

    def go_home(self) -> None:
        self.map.set_view(self.doc.view, animate=True)

    def about(self) -> None:
        from briefing_app.ui.help_dialogs import QtAboutDialog

        QtAboutDialog(self, self.data).exec()

    # ------------------------------------------------------------ events

    def _on_layer_rendered(self, layer_id: str, features: int) -> None:
        self.statusBar().showMessage(f"Layer “{layer_id}”: {features} features drawn", 3000)
        if layer_id == "countries" and not self._map_drawn:
            self._map_drawn = True
            if self._thumbnails_after_map.isActive():
                self._thumbnails_after_map.stop()
                self._thumbnail_timer.start()
        if layer_id == "countries" and not MainWindow._start_memory_released:
            # Once the first map and its labels are done, not while they load.
            MainWindow._start_memory_released = True
            QTimer.singleShot(RELEASE_AFTER_MS, release_startup_memory)

    def _on_layer_failed(self, layer_id: str, message: str) -> None:
        self.show_error("Map layer failed", f"The layer “{layer_id}” could not be drawn: {message}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if any(_droppable(url) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if _droppable(url)]
        event.acceptProposedAction()
        # After the drop returns: the source application is not kept waiting by a dialog.
        QTimer.singleShot(0, self, lambda: self.open_or_import(paths))

    def open_or_import(self, paths: list[Path]) -> None:
        for path in paths:
            if path.suffix.lower() == fileformat.FILE_SUFFIX:
                self.open_file(path)
            else:
                self.import_export.import_file(path)

    def import_file(self, path: Path) -> bool:
        return self.import_export.import_file(path)

    def export_layer(self, layer_id: str, fmt: str) -> None:
        self.import_export.export_layer(layer_id, fmt)

    def remove_imported_layer(self, layer_id: str) -> None:
        layer = self.doc.imported_layer(layer_id)
        if layer is not None and confirm_remove_layer(self, layer.name):
            self.run(commands.RemoveImportedLayer(layer_id, label=f"Remove layer “{layer.name}”"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.maybe_save():
            event.ignore()
            return
        self._thumbnail_timer.stop()
        self.thumbnails.shutdown()
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.sync()
        event.accept()


def _droppable(url: QUrl) -> bool:
    if not url.isLocalFile():
        return False
    path = Path(url.toLocalFile())
    return path.suffix.lower() == fileformat.FILE_SUFFIX or is_importable(path)


def _file_stem(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "_")
    return stem[:60] or "briefing"


def _content(slide: Slide) -> dict:
    """What a slide shows (not its title and notes): compared to mark it changed, and put
    back to revert it."""
    return {
        "view": slide.view,
        "layers": slide.layers,
        "as_of": slide.as_of,
        "annotation_ids": slide.annotation_ids,
    }
