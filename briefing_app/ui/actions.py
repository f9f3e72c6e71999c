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

from briefing_app.i18n import LANGUAGE_NAMES, LANGUAGES
from briefing_app.style.themes import THEMES
from briefing_app.ui.annotation_editor import TOOLS
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from briefing_app.ui.theme import theme_texts

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
    # The translation context `text` and `tip` are marked in (QT_TRANSLATE_NOOP) and shown
    # through: "Menu" for this table, the module's own for entries made from its table.
    tr: str = "Menu"


def _sep(menu: str) -> Entry:
    return Entry(menu=menu, separator=True)


def _choose_theme(window: MainWindow, name: str) -> None:
    from briefing_app.ui.theme import choose_theme

    choose_theme(window, name)


def _choose_language(window: MainWindow, code: str) -> None:
    from briefing_app.ui.language import choose_language

    choose_language(window, code)


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
    window.statusBar().showMessage(
        translate("Menu", "Data corrections folder: {folder}").format(folder=folder), 10000
    )


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
        QT_TRANSLATE_NOOP("Menu", "&New"),
        lambda w: w.files.new_briefing(),
        (Std.New,),
        QT_TRANSLATE_NOOP("Menu", "Start an empty briefing"),
    ),
    Entry(
        "file.open",
        "File",
        QT_TRANSLATE_NOOP("Menu", "&Open…"),
        lambda w: w.files.open_dialog(),
        (Std.Open,),
        QT_TRANSLATE_NOOP("Menu", "Open a briefing file"),
    ),
    Entry("file.recent", "File/Open &Recent", fill=lambda w, m: w.files.fill_recent_menu(m)),
    _sep("File"),
    Entry(
        "file.save",
        "File",
        QT_TRANSLATE_NOOP("Menu", "&Save"),
        lambda w: w.files.save(),
        (Std.Save,),
        QT_TRANSLATE_NOOP("Menu", "Save the briefing"),
    ),
    Entry(
        "file.save_as",
        "File",
        QT_TRANSLATE_NOOP("Menu", "Save &As…"),
        lambda w: w.files.save_as(),
        (Std.SaveAs,),
        QT_TRANSLATE_NOOP("Menu", "Save the briefing under a new name"),
    ),
    _sep("File"),
    Entry(
        "file.import",
        "File",
        QT_TRANSLATE_NOOP("Menu", "&Import Layer…"),
        lambda w: w.import_export.import_dialog(),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP(
            "Menu",
            "Add a GeoJSON, KML/KMZ, Shapefile, GeoPackage or CSV file as a layer "
            "(or drop the file on the window)",
        ),
    ),
    _sep("File"),
    Entry(
        "file.export_pdf",
        "File",
        QT_TRANSLATE_NOOP("Menu", "Export &PDF…"),
        lambda w: w.hand_off.export_pdf(),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Menu", "Write the briefing as a PDF to hand out"),
    ),
    Entry(
        "file.export_html",
        "File",
        QT_TRANSLATE_NOOP("Menu", "Export &HTML…"),
        lambda w: w.hand_off.export_html(),
        ("Ctrl+Shift+H",),
        QT_TRANSLATE_NOOP(
            "Menu", "Write the briefing as one interactive HTML file that works offline"
        ),
    ),
    Entry(
        "file.export_pptx",
        "File",
        QT_TRANSLATE_NOOP("Menu", "Export Power&Point…"),
        lambda w: w.hand_off.export_pptx(),
        ("Ctrl+Alt+P",),
        QT_TRANSLATE_NOOP("Menu", "Save the briefing as a PowerPoint deck"),
    ),
    Entry(
        "file.export_image",
        "File",
        QT_TRANSLATE_NOOP("Menu", "Export Slide &Image…"),
        lambda w: w.hand_off.export_image(),
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP(
            "Menu", "Save the map as shown as a PNG picture or a one-page vector PDF"
        ),
    ),
    Entry(
        "file.export_replay",
        "File",
        QT_TRANSLATE_NOOP("Menu", "Export &Replay…"),
        lambda w: w.hand_off.export_replay(),
        (),
        QT_TRANSLATE_NOOP(
            "Menu", "Save a grouping's membership between two dates as an animated GIF (or MP4)"
        ),
    ),
    Entry(
        "file.export_annotations_geojson",
        "File/Export &Annotations",
        QT_TRANSLATE_NOOP("Menu", "As &GeoJSON…"),
        lambda w: w.import_export.export_annotations("geojson"),
        (),
        QT_TRANSLATE_NOOP("Menu", "Write the annotations as GeoJSON (QGIS, web maps)"),
    ),
    Entry(
        "file.export_annotations_kml",
        "File/Export &Annotations",
        QT_TRANSLATE_NOOP("Menu", "As &KML…"),
        lambda w: w.import_export.export_annotations("kml"),
        (),
        QT_TRANSLATE_NOOP("Menu", "Write the annotations as KML (Google Earth, TAK)"),
    ),
    _sep("File"),
    Entry(
        "file.print",
        "File",
        QT_TRANSLATE_NOOP("Menu", "&Print…"),
        lambda w: w.hand_off.print_briefing(),
        (Std.Print,),
        QT_TRANSLATE_NOOP("Menu", "Print the handout (the PDF's pages), with a preview"),
    ),
    _sep("File"),
    Entry(
        "file.quit",
        "File",
        QT_TRANSLATE_NOOP("Menu", "&Quit"),
        lambda w: w.close(),
        (Std.Quit,),
        QT_TRANSLATE_NOOP("Menu", "Close Briefing App"),
        role=QAction.MenuRole.QuitRole,
    ),
    # ---------------------------------------------------------------- Edit
    Entry(
        "edit.undo",
        "Edit",
        owned=lambda w: w.undo_stack.createUndoAction(w, translate("Menu", "&Undo")),
        keys=(Std.Undo,),
        tip=QT_TRANSLATE_NOOP("Menu", "Undo the last change"),
    ),
    # The platform's binding is one of the two (X11 has no Ctrl+Y, Windows no Ctrl+Shift+Z);
    # the README promises both everywhere.
    Entry(
        "edit.redo",
        "Edit",
        owned=lambda w: w.undo_stack.createRedoAction(w, translate("Menu", "&Redo")),
        keys=(Std.Redo, "Ctrl+Y", "Ctrl+Shift+Z"),
        tip=QT_TRANSLATE_NOOP("Menu", "Redo what was undone"),
    ),
    _sep("Edit"),
    Entry(
        "edit.cut",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "Cu&t Annotation"),
        lambda w: w.editor.cut_selected(),
        (Std.Cut,),
        QT_TRANSLATE_NOOP("Menu", "Cut the selected annotations"),
        context="map",
    ),
    Entry(
        "edit.copy",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "&Copy Annotation"),
        lambda w: w.editor.copy_selected(),
        (Std.Copy,),
        QT_TRANSLATE_NOOP("Menu", "Copy the selected annotations"),
        context="map",
    ),
    Entry(
        "edit.paste",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "&Paste Annotation"),
        lambda w: w.editor.paste(),
        (Std.Paste,),
        QT_TRANSLATE_NOOP("Menu", "Paste annotations (also GeoJSON text)"),
        context="map",
    ),
    Entry(
        "edit.duplicate",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "D&uplicate Annotation"),
        lambda w: w.editor.duplicate_selected(),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Menu", "Duplicate the selected annotations"),
    ),
    Entry(
        "edit.delete",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "&Delete Annotation"),
        lambda w: w.editor.delete_selected(),
        (Std.Delete,),
        QT_TRANSLATE_NOOP("Menu", "Delete the selected annotations"),
        context="map",
    ),
    Entry(
        "edit.select_all",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "Select &All Annotations"),
        lambda w: w.editor.select_all(),
        (Std.SelectAll,),
        QT_TRANSLATE_NOOP("Menu", "Select every annotation"),
        context="map",
    ),
    _sep("Edit"),
    Entry(
        "edit.copy_map",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "Copy &Map"),
        lambda w: w.hand_off.copy_map(),
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP(
            "Menu", "Copy the map as shown, with its legend, scale bar and marking, as a picture"
        ),
    ),
    _sep("Edit"),
    Entry(
        "edit.new_grouping",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "New &Grouping…"),
        lambda w: w.groupings.new_grouping(),
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP("Menu", "Build a custom grouping of countries"),
    ),
    Entry(
        "edit.properties",
        "Edit",
        QT_TRANSLATE_NOOP("Menu", "Briefing &Properties…"),
        lambda w: _edit_properties(w),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Menu", "Title, classification marking, as-of date, author"),
    ),
    # ---------------------------------------------------------------- View
    Entry(
        "view.home",
        "View",
        QT_TRANSLATE_NOOP("Menu", "&Home View"),
        lambda w: w.map.set_view(w.doc.view, animate=True),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Menu", "Return to the briefing's saved map view"),
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
        tip=QT_TRANSLATE_NOOP("Menu", "Every source and as-of date of what is on the map"),
    ),
    Entry(
        "view.figures",
        "View",
        owned=lambda w: w.figures_dock.toggleViewAction(),
        keys=("Ctrl+Shift+F",),
        tip=QT_TRANSLATE_NOOP("Menu", "Members, population, GDP, defence spending of a grouping"),
    ),
    Entry("view.as_of_bar", "View", owned=lambda w: w.as_of_bar.toggleViewAction()),
    *(
        Entry(
            f"view.theme_{theme.name}",
            "View/&Theme",
            theme_texts(theme.name)[0],
            lambda w, n=theme.name: _choose_theme(w, n),
            tip=theme_texts(theme.name)[1],
            checkable=True,
            group="themes",
            tr="Theme",
        )
        for theme in THEMES.values()
    ),
    *(
        Entry(
            f"view.language_{code}",
            "View/&Language",
            # Each language in its own name: no translation (not marked).
            LANGUAGE_NAMES[code],
            lambda w, c=code: _choose_language(w, c),
            checkable=True,
            group="languages",
            tr="Language",
        )
        for code in LANGUAGES
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
            tr="AnnotationEditor",
        )
        for name, text, key, tip in TOOLS
    ),
    _sep("Draw"),
    # The menu shows Enter and Esc, but the keys themselves act only on the map (map.finish,
    # map.cancel): a menu entry with Esc would take the key from every window, the
    # presentation's too. The keys after the tab are no text to translate.
    Entry(
        "draw.finish",
        "Draw",
        QT_TRANSLATE_NOOP("Menu", "&Finish Shape") + "\tEnter",
        lambda w: w.editor.finish_shape(),
        tip=QT_TRANSLATE_NOOP("Menu", "Finish the line or area being drawn (Enter)"),
    ),
    Entry(
        "draw.cancel",
        "Draw",
        QT_TRANSLATE_NOOP("Menu", "Stop Drawing / Clear Selection") + "\tEsc",
        lambda w: w.editor.escape(),
        tip=QT_TRANSLATE_NOOP("Menu", "Stop drawing; a second Esc clears the selection (Esc)"),
    ),
    Entry(
        "map.finish",
        "",
        QT_TRANSLATE_NOOP("Menu", "&Finish Shape"),
        lambda w: w.editor.finish_shape(),
        ("Return",),
        QT_TRANSLATE_NOOP("Menu", "Finish the line or area being drawn"),
        context="map",
    ),
    Entry(
        "map.cancel",
        "",
        QT_TRANSLATE_NOOP("Menu", "Cancel / Select Tool"),
        lambda w: w.editor.escape(),
        ("Escape",),
        QT_TRANSLATE_NOOP("Menu", "Stop drawing; a second Esc clears the selection"),
        context="map",
    ),
    _sep("Draw"),
    Entry(
        "draw.place_at",
        "Draw",
        QT_TRANSLATE_NOOP("Menu", "Place at &Coordinates…"),
        lambda w: _place_at(w),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP(
            "Menu",
            "Place a marker, unit symbol or text where typed coordinates say (decimal, DMS, MGRS)",
        ),
        toolbar=lambda w: w.editor.toolbar,
    ),
    # ---------------------------------------------------------------- Slides
    Entry(
        "slides.add",
        "Slides",
        QT_TRANSLATE_NOOP("Menu", "&Add Slide from Current Map"),
        lambda w: w.slides.add_slide(),
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("Menu", "Add a slide with the current view, layers and date"),
    ),
    Entry(
        "slides.present",
        "Slides",
        QT_TRANSLATE_NOOP("Menu", "&Present from Selected Slide"),
        lambda w: w.slides.present(max(0, w.slides_dock.list.currentRow())),
        ("F5",),
        QT_TRANSLATE_NOOP("Menu", "Full-screen presentation; Esc to leave"),
    ),
    Entry(
        "slides.present_from_start",
        "Slides",
        QT_TRANSLATE_NOOP("Menu", "Present from &Start"),
        lambda w: w.slides.present(0),
        ("Shift+F5",),
        QT_TRANSLATE_NOOP("Menu", "Full-screen presentation from the first slide"),
    ),
    # ---------------------------------------------------------------- Help
    Entry(
        "help.tour",
        "Help",
        QT_TRANSLATE_NOOP("Menu", "&Welcome Tour"),
        lambda w: _welcome_tour(w),
        (),
        QT_TRANSLATE_NOOP("Menu", "Where layers, drawing tools, slides and export are"),
    ),
    Entry(
        "help.shortcuts",
        "Help",
        QT_TRANSLATE_NOOP("Menu", "&Keyboard Shortcuts"),
        lambda w: _shortcuts(w),
        ("Ctrl+/",),
        QT_TRANSLATE_NOOP("Menu", "Every menu entry and key, to search, copy or print"),
    ),
    _sep("Help"),
    Entry(
        "help.data_folder",
        "Help",
        QT_TRANSLATE_NOOP("Menu", "Open &Data Corrections Folder"),
        lambda w: _open_data_folder(w),
        (),
        QT_TRANSLATE_NOOP(
            "Menu",
            "Files here correct or extend the built-in memberships, deployments and "
            "flashpoints (see geodata/README.md)",
        ),
    ),
    Entry(
        "help.log_folder",
        "Help",
        QT_TRANSLATE_NOOP("Menu", "Open &Log Folder"),
        lambda w: _open_log_folder(w),
        (),
        QT_TRANSLATE_NOOP("Menu", "The app's log files, to send with a problem report"),
    ),
    Entry(
        "help.about",
        "Help",
        QT_TRANSLATE_NOOP("Menu", "&About Briefing App"),
        lambda w: _about(w),
        (),
        QT_TRANSLATE_NOOP("Menu", "Version, data sources and licences"),
        role=QAction.MenuRole.AboutRole,
    ),
)

# The menu bar's menus, in order, and the window attribute each is kept in.
TOP_MENUS = {
    "File": (QT_TRANSLATE_NOOP("Menu", "&File"), "file_menu"),
    "Edit": (QT_TRANSLATE_NOOP("Menu", "&Edit"), "edit_menu"),
    "View": (QT_TRANSLATE_NOOP("Menu", "&View"), "view_menu"),
    "Draw": (QT_TRANSLATE_NOOP("Menu", "&Draw"), "draw_menu"),
    "Slides": (QT_TRANSLATE_NOOP("Menu", "&Slides"), "slide_menu"),
    "Help": (QT_TRANSLATE_NOOP("Menu", "&Help"), "help_menu"),
}
# The title of each submenu, by the path the entries name it with (the path stays English:
# it is an id; the title is shown in the chosen language).
SUBMENU_TITLES = {
    "File/Open &Recent": QT_TRANSLATE_NOOP("Menu", "Open &Recent"),
    "File/Export &Annotations": QT_TRANSLATE_NOOP("Menu", "Export &Annotations"),
    "View/&Theme": QT_TRANSLATE_NOOP("Menu", "&Theme"),
    "View/&Language": QT_TRANSLATE_NOOP("Menu", "&Language"),
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
        menus[name] = window.menu_bar.addMenu(translate("Menu", title))
        setattr(window, attribute, menus[name])
    window.actions = {}

    def menu_at(path: str) -> QMenu:
        if path not in menus:
            parent, _, segment = path.rpartition("/")
            title = SUBMENU_TITLES.get(path, segment)
            menus[path] = menu_at(parent).addMenu(translate("Menu", title))
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
    # Keys shown after a tab (Draw → Finish Shape, Enter) are not for the translator.
    text, tab, keys = entry.text.partition("\t")
    action = QAction(translate(entry.tr, text) + tab + keys, window)
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
    tip = translate(entry.tr, entry.tip) if entry.tip else action.toolTip()
    if entry.keys:
        action.setShortcuts(key_sequences(entry.keys))
        action.setShortcutContext(_CONTEXTS[entry.context])
        native = QKeySequence.SequenceFormat.NativeText
        keys = " / ".join(k.toString(native) for k in action.shortcuts())
        tip = f"{tip} ({keys})" if keys and entry.tip else tip
    if entry.tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
