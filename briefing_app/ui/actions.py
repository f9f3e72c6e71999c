"""Every menu entry of the window, declared once: id, text, keys, menu, tip, what it does.

The menus are built from `MENU_ENTRIES` in order; Help → Keyboard Shortcuts lists what the
menus hold, and the map's context menu takes its entries from the same actions, so a key or
a text is changed in one place. Entries whose action belongs to another part of the window
(Undo and Redo of the undo stack, the drawing tools, a dock's Show/Hide, the themes) name it
by `owned`; submenus filled when they open name their filler.

Each built action is `window.actions[id]`, and `window.action_<last part of the id>` for the
code that holds on to one (`window.action_undo`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from briefing_app.style.themes import THEMES
from briefing_app.ui.annotation_editor import TOOLS

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

Std = QKeySequence.StandardKey
Handler = Callable[["MainWindow"], object]


@dataclass(frozen=True)
class Entry:
    """One action. `menu` is its menu path ("File", "File/Export &Annotations"; empty: keys
    only); `keys` are key strings ("Ctrl+I") or standard keys; `context` says where the keys
    work: "window" (the whole window), "map" (the map and the annotation list only) or
    "application" (the presentation's windows too)."""

    id: str = ""
    menu: str = ""
    text: str = ""
    handler: Handler | None = None
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    role: QAction.MenuRole | None = None
    context: str = "window"
    owned: Callable[[MainWindow], QAction | list[QAction]] | None = None
    separator: bool = False
    fill: Callable[[MainWindow, QMenu], None] | None = None  # a submenu filled as it opens
    checkable: bool = False
    group: str = ""  # checkable entries of one group exclude each other (the drawing tools)
    toolbar: Callable[[MainWindow], QToolBar] | None = None  # also on this tool bar


def _sep(menu: str) -> Entry:
    return Entry(menu=menu, separator=True)


def _choose_theme(window: MainWindow, name: str) -> None:
    from briefing_app.ui.theme import choose_theme

    choose_theme(window, name)


def _place_at(window: MainWindow) -> None:
    from briefing_app.ui.place_at_coordinates import place_at_coordinates

    place_at_coordinates(window)


def _welcome_tour(window: MainWindow) -> None:
    from briefing_app.ui.welcome import show_welcome

    show_welcome(window)


def _about(window: MainWindow) -> None:
    from briefing_app.ui.help_dialogs import QtAboutDialog

    QtAboutDialog(window, window.data).exec()


def _edit_properties(window: MainWindow) -> None:
    from briefing_app.model import commands
    from briefing_app.ui.properties_dialog import QtPropertiesDialog

    dialog = QtPropertiesDialog(window.doc, window)
    if dialog.exec() and (changes := dialog.changes()):
        window.session.run(commands.SetProperties(changes))


def _open_data_folder(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from briefing_app.core.userdirs import data_override_dir

    folder = data_override_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    window.statusBar().showMessage(f"Data corrections folder: {folder}", 10000)


def _open_log_folder(window: MainWindow) -> None:
    from briefing_app.ui.log_actions import open_log_folder

    open_log_folder(window)


def _shortcuts(window: MainWindow) -> None:
    from briefing_app.ui.help_dialogs import QtShortcutsDialog

    QtShortcutsDialog(window).exec()


MENU_ENTRIES: tuple[Entry, ...] = (
    # ---------------------------------------------------------------- File
    Entry(
        "file.new",
        "File",
        "&New",
        lambda w: w.files.new_briefing(),
        (Std.New,),
        "Start an empty briefing",
    ),
    Entry(
        "file.open",
        "File",
        "&Open…",
        lambda w: w.files.open_dialog(),
        (Std.Open,),
        "Open a briefing file",
    ),
    Entry("file.recent", "File/Open &Recent", fill=lambda w, m: w.files.fill_recent_menu(m)),
    _sep("File"),
    Entry("file.save", "File", "&Save", lambda w: w.files.save(), (Std.Save,), "Save the briefing"),
    Entry(
        "file.save_as",
        "File",
        "Save &As…",
        lambda w: w.files.save_as(),
        (Std.SaveAs,),
        "Save the briefing under a new name",
    ),
    _sep("File"),
    Entry(
        "file.import",
        "File",
        "&Import Layer…",
        lambda w: w.import_export.import_dialog(),
        ("Ctrl+I",),
        "Add a GeoJSON, KML/KMZ, Shapefile, GeoPackage or CSV file as a layer "
        "(or drop the file on the window)",
    ),
    _sep("File"),
    Entry(
        "file.export_pdf",
        "File",
        "Export &PDF…",
        lambda w: w.hand_off.export_pdf(),
        ("Ctrl+Shift+E",),
        "Write the briefing as a PDF to hand out",
    ),
    Entry(
        "file.export_html",
        "File",
        "Export &HTML…",
        lambda w: w.hand_off.export_html(),
        ("Ctrl+Shift+H",),
        "Write the briefing as one interactive HTML file that works offline",
    ),
    Entry(
        "file.export_pptx",
        "File",
        "Export Power&Point…",
        lambda w: w.hand_off.export_pptx(),
        ("Ctrl+Alt+P",),
        "Save the briefing as a PowerPoint deck",
    ),
    Entry(
        "file.export_image",
        "File",
        "Export Slide &Image…",
        lambda w: w.hand_off.export_image(),
        ("Ctrl+Shift+I",),
        "Save the map as shown as a PNG picture or a one-page vector PDF",
    ),
    Entry(
        "file.export_replay",
        "File",
        "Export &Replay…",
        lambda w: w.hand_off.export_replay(),
        (),
        "Save a grouping's membership between two dates as an animated GIF (or MP4)",
    ),
    Entry(
        "file.export_annotations_geojson",
        "File/Export &Annotations",
        "As &GeoJSON…",
        lambda w: w.import_export.export_annotations("geojson"),
        (),
        "Write the annotations as GeoJSON (QGIS, web maps)",
    ),
    Entry(
        "file.export_annotations_kml",
        "File/Export &Annotations",
        "As &KML…",
        lambda w: w.import_export.export_annotations("kml"),
        (),
        "Write the annotations as KML (Google Earth, TAK)",
    ),
    _sep("File"),
    Entry(
        "file.print",
        "File",
        "&Print…",
        lambda w: w.hand_off.print_briefing(),
        (Std.Print,),
        "Print the handout (the PDF's pages), with a preview",
    ),
    _sep("File"),
    Entry(
        "file.quit",
        "File",
        "&Quit",
        lambda w: w.close(),
        (Std.Quit,),
        "Close Briefing App",
        role=QAction.MenuRole.QuitRole,
    ),
    # ---------------------------------------------------------------- Edit
    Entry(
        "edit.undo",
        "Edit",
        owned=lambda w: w.undo_stack.createUndoAction(w, "&Undo"),
        keys=(Std.Undo,),
        tip="Undo the last change",
    ),
    # The platform's binding is one of the two (X11 has no Ctrl+Y, Windows no Ctrl+Shift+Z);
    # the README promises both everywhere.
    Entry(
        "edit.redo",
        "Edit",
        owned=lambda w: w.undo_stack.createRedoAction(w, "&Redo"),
        keys=(Std.Redo, "Ctrl+Y", "Ctrl+Shift+Z"),
        tip="Redo what was undone",
    ),
    _sep("Edit"),
    Entry(
        "edit.cut",
        "Edit",
        "Cu&t Annotation",
        lambda w: w.editor.cut_selected(),
        (Std.Cut,),
        "Cut the selected annotations",
        context="map",
    ),
    Entry(
        "edit.copy",
        "Edit",
        "&Copy Annotation",
        lambda w: w.editor.copy_selected(),
        (Std.Copy,),
        "Copy the selected annotations",
        context="map",
    ),
    Entry(
        "edit.paste",
        "Edit",
        "&Paste Annotation",
        lambda w: w.editor.paste(),
        (Std.Paste,),
        "Paste annotations (also GeoJSON text)",
        context="map",
    ),
    Entry(
        "edit.duplicate",
        "Edit",
        "D&uplicate Annotation",
        lambda w: w.editor.duplicate_selected(),
        ("Ctrl+D",),
        "Duplicate the selected annotations",
    ),
    Entry(
        "edit.delete",
        "Edit",
        "&Delete Annotation",
        lambda w: w.editor.delete_selected(),
        (Std.Delete,),
        "Delete the selected annotations",
        context="map",
    ),
    Entry(
        "edit.select_all",
        "Edit",
        "Select &All Annotations",
        lambda w: w.editor.select_all(),
        (Std.SelectAll,),
        "Select every annotation",
        context="map",
    ),
    _sep("Edit"),
    Entry(
        "edit.copy_map",
        "Edit",
        "Copy &Map",
        lambda w: w.hand_off.copy_map(),
        ("Ctrl+Shift+C",),
        "Copy the map as shown, with its legend, scale bar and marking, as a picture",
    ),
    _sep("Edit"),
    Entry(
        "edit.new_grouping",
        "Edit",
        "New &Grouping…",
        lambda w: w.groupings.new_grouping(),
        ("Ctrl+G",),
        "Build a custom grouping of countries",
    ),
    Entry(
        "edit.properties",
        "Edit",
        "Briefing &Properties…",
        lambda w: _edit_properties(w),
        ("Ctrl+Shift+P",),
        "Title, classification marking, as-of date, author",
    ),
    # ---------------------------------------------------------------- View
    Entry(
        "view.home",
        "View",
        "&Home View",
        lambda w: w.map.set_view(w.doc.view, animate=True),
        ("Ctrl+0",),
        "Return to the briefing's saved map view",
    ),
    _sep("View"),
    Entry(
        "view.panels",
        "View",
        owned=lambda w: [
            w.layer_dock.toggleViewAction(),
            w.slides_dock.toggleViewAction(),
            w.editor.dock.toggleViewAction(),
            w.editor.toolbar.toggleViewAction(),
        ],
    ),
    Entry(
        "view.sources",
        "View",
        owned=lambda w: w.sources_dock.toggleViewAction(),
        keys=("Ctrl+Shift+O",),
        tip="Every source and as-of date of what is on the map",
    ),
    Entry(
        "view.figures",
        "View",
        owned=lambda w: w.figures_dock.toggleViewAction(),
        keys=("Ctrl+Shift+F",),
        tip="Members, population, GDP, defence spending of a grouping",
    ),
    Entry("view.as_of_bar", "View", owned=lambda w: w.as_of_bar.toggleViewAction()),
    *(
        Entry(
            f"view.theme_{theme.name}",
            "View/&Theme",
            theme.label,
            lambda w, n=theme.name: _choose_theme(w, n),
            tip=f"Show the window and the map in the {theme.label.replace('&', '')} theme",
            checkable=True,
            group="themes",
        )
        for theme in THEMES.values()
    ),
    # ---------------------------------------------------------------- Draw
    *(
        Entry(
            f"draw.{name}",
            "Draw",
            text,
            lambda w, n=name: w.editor.set_tool(n),
            (key,),
            tip,
            checkable=True,
            group="tools",
            toolbar=lambda w: w.editor.toolbar,
        )
        for name, text, key, tip in TOOLS
    ),
    _sep("Draw"),
    # The menu shows Enter and Esc, but the keys themselves act only on the map (map.finish,
    # map.cancel): a menu entry with Esc would take the key from every window, the
    # presentation's too.
    Entry(
        "draw.finish",
        "Draw",
        "&Finish Shape\tEnter",
        lambda w: w.editor.finish_shape(),
        tip="Finish the line or area being drawn (Enter)",
    ),
    Entry(
        "draw.cancel",
        "Draw",
        "Stop Drawing / Clear Selection\tEsc",
        lambda w: w.editor.escape(),
        tip="Stop drawing; a second Esc clears the selection (Esc)",
    ),
    Entry(
        "map.finish",
        "",
        "&Finish Shape",
        lambda w: w.editor.finish_shape(),
        ("Return",),
        "Finish the line or area being drawn",
        context="map",
    ),
    Entry(
        "map.cancel",
        "",
        "Cancel / Select Tool",
        lambda w: w.editor.escape(),
        ("Escape",),
        "Stop drawing; a second Esc clears the selection",
        context="map",
    ),
    _sep("Draw"),
    Entry(
        "draw.place_at",
        "Draw",
        "Place at &Coordinates…",
        lambda w: _place_at(w),
        ("Ctrl+L",),
        "Place a marker, unit symbol or text where typed coordinates say (decimal, DMS, MGRS)",
        toolbar=lambda w: w.editor.toolbar,
    ),
    # ---------------------------------------------------------------- Slides
    Entry(
        "slides.add",
        "Slides",
        "&Add Slide from Current Map",
        lambda w: w.slides.add_slide(),
        ("Ctrl+M",),
        "Add a slide with the current view, layers and date",
    ),
    Entry(
        "slides.present",
        "Slides",
        "&Present from Selected Slide",
        lambda w: w.slides.present(max(0, w.slides_dock.list.currentRow())),
        ("F5",),
        "Full-screen presentation; Esc to leave",
    ),
    Entry(
        "slides.present_from_start",
        "Slides",
        "Present from &Start",
        lambda w: w.slides.present(0),
        ("Shift+F5",),
        "Full-screen presentation from the first slide",
    ),
    # ---------------------------------------------------------------- Help
    Entry(
        "help.tour",
        "Help",
        "&Welcome Tour",
        lambda w: _welcome_tour(w),
        (),
        "Where layers, drawing tools, slides and export are",
    ),
    Entry(
        "help.shortcuts",
        "Help",
        "&Keyboard Shortcuts",
        lambda w: _shortcuts(w),
        ("Ctrl+/",),
        "Every menu entry and key, to search, copy or print",
    ),
    _sep("Help"),
    Entry(
        "help.data_folder",
        "Help",
        "Open &Data Corrections Folder",
        lambda w: _open_data_folder(w),
        (),
        "Files here correct or extend the built-in memberships, deployments and "
        "flashpoints (see geodata/README.md)",
    ),
    Entry(
        "help.log_folder",
        "Help",
        "Open &Log Folder",
        lambda w: _open_log_folder(w),
        (),
        "The app's log files, to send with a problem report",
    ),
    Entry(
        "help.about",
        "Help",
        "&About Briefing App",
        lambda w: _about(w),
        (),
        "Version, data sources and licences",
        role=QAction.MenuRole.AboutRole,
    ),
)

# The menu bar's menus, in order, and the window attribute each is kept in.
TOP_MENUS = {
    "File": ("&File", "file_menu"),
    "Edit": ("&Edit", "edit_menu"),
    "View": ("&View", "view_menu"),
    "Draw": ("&Draw", "draw_menu"),
    "Slides": ("&Slides", "slide_menu"),
    "Help": ("&Help", "help_menu"),
}
_CONTEXTS = {
    "window": Qt.ShortcutContext.WindowShortcut,
    "map": Qt.ShortcutContext.WidgetWithChildrenShortcut,
    "application": Qt.ShortcutContext.ApplicationShortcut,
}


def key_sequences(keys: tuple[str | QKeySequence.StandardKey, ...]) -> list[QKeySequence]:
    """The key sequences of an entry; a standard key gives the platform's main binding for it
    (as QAction.setShortcut does: Undo is Ctrl+Z, not also Alt+Backspace)."""
    out: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(key)
            sequence = bindings[0] if bindings else QKeySequence()
        else:
            sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in out:
            out.append(sequence)
    return out


def build_menus(window: MainWindow, entries: tuple[Entry, ...] = MENU_ENTRIES) -> None:
    """Fill the window's menu bar from `entries`."""
    menus: dict[str, QMenu] = {}
    for name, (title, attribute) in TOP_MENUS.items():
        menus[name] = window.menu_bar.addMenu(title)
        setattr(window, attribute, menus[name])
    window.actions = {}

    def menu_at(path: str) -> QMenu:
        if path not in menus:
            parent, _, title = path.rpartition("/")
            menus[path] = menu_at(parent).addMenu(title)
        return menus[path]

    groups: dict[str, QActionGroup] = {}
    for entry in entries:
        if not entry.menu:  # keys only
            action = _action(window, entry)
            window.actions[entry.id] = action
            _attach(window, entry, action)
            continue
        menu = menu_at(entry.menu)
        if entry.separator:
            menu.addSeparator()
            continue
        if entry.fill is not None:
            fill = entry.fill
            menu.aboutToShow.connect(lambda m=menu, f=fill: f(window, m))
            window.actions[entry.id] = menu.menuAction()
            setattr(window, entry.id.rpartition(".")[2] + "_menu", menu)  # window.recent_menu
            continue
        made = entry.owned(window) if entry.owned is not None else _action(window, entry)
        actions = made if isinstance(made, list) else [made]
        if entry.owned is not None and (entry.keys or entry.tip):
            _describe(actions[0], entry)
        menu.addActions(actions)
        if len(actions) == 1:
            window.actions[entry.id] = actions[0]
            setattr(window, "action_" + entry.id.rpartition(".")[2], actions[0])
            if entry.group:
                group = groups.get(entry.group) or groups.setdefault(
                    entry.group, QActionGroup(window)
                )
                group.addAction(actions[0])
            _attach(window, entry, actions[0])


def _attach(window: MainWindow, entry: Entry, action: QAction) -> None:
    if entry.toolbar is not None:
        entry.toolbar(window).addAction(action)
    if entry.context == "map":
        # The keys belong to the map and the annotation list: a text field elsewhere keeps
        # its own Delete, Ctrl+C, Enter and Esc.
        for widget in (window.map, window.editor.dock.list):
            widget.addAction(action)


def _action(window: MainWindow, entry: Entry) -> QAction:
    action = QAction(entry.text, window)
    action.setCheckable(entry.checkable)
    _describe(action, entry)
    if entry.role is not None:
        action.setMenuRole(entry.role)
    handler = entry.handler
    if handler is not None:
        action.triggered.connect(lambda _checked=False, h=handler: h(window))
    return action


def _describe(action: QAction, entry: Entry) -> None:
    """Keys, their context and the tip naming them."""
    tip = entry.tip or action.toolTip()
    if entry.keys:
        action.setShortcuts(key_sequences(entry.keys))
        action.setShortcutContext(_CONTEXTS[entry.context])
        native = QKeySequence.SequenceFormat.NativeText
        keys = " / ".join(k.toString(native) for k in action.shortcuts())
        tip = f"{tip} ({keys})" if keys and entry.tip else tip
    if entry.tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
