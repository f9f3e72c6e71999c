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
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

Std = QKeySequence.StandardKey
Handler = Callable[["MainWindow"], object]


@dataclass(frozen=True)
class Entry:
    """One menu entry. `menu` is its path ("File", "File/Export &Annotations"); `keys` are
    key strings ("Ctrl+I") or standard keys; `context` says where the keys work (the whole
    window unless "application": also in the presentation's windows)."""

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


def _sep(menu: str) -> Entry:
    return Entry(menu=menu, separator=True)


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
        "edit.annotations",
        "Edit",
        owned=lambda w: [
            w.editor.action_cut,
            w.editor.action_copy,
            w.editor.action_paste,
            w.editor.action_duplicate,
            w.editor.action_delete,
            w.editor.action_select_all,
        ],
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
    # ---------------------------------------------------------------- Draw
    Entry("draw.tools", "Draw", owned=lambda w: list(w.editor.tool_actions.values())),
    _sep("Draw"),
    Entry(
        "draw.finish",
        "Draw",
        owned=lambda w: [w.editor.action_finish_menu, w.editor.action_cancel_menu],
    ),
    _sep("Draw"),
    Entry("draw.place_at", "Draw", owned=lambda w: w.action_place_at),
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

    for entry in entries:
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


def _action(window: MainWindow, entry: Entry) -> QAction:
    action = QAction(entry.text, window)
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
